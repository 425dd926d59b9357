"""Reminder pop-ups inside the client (issue #5). Layer: ``ui``.

:class:`ReminderNotifier` polls :func:`app.planner.due_reminders` through :mod:`ui.ops` every
:data:`POLL_MS` (and at once on :meth:`~ReminderNotifier.start`, which shows overdue items at
start-up) and shows the due ones in one non-modal, always-on-top :class:`ReminderPopup` near the
bottom-right corner of the screen: one stacked card per reminder (text, client, due time) with
Open, Snooze 10 min / 1 h / tomorrow and Dismiss. No system tray is needed, so it works the same on
a terminal server. The clock is injectable (``now_fn``) so tests drive it.

Wiring (the main window): ``n = ReminderNotifier(window)``; ``n.start()`` after a database opened,
``n.stop()`` before it closes; connect ``reminder_notifier_did_activate_client`` /
``..._deal`` to the cards and ``reminder_notifier_did_change`` to ``Refresher.publish``.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import planner
from app.errors import UserError
from app.planner import ReminderItem

from ui import errors, ops

log = logging.getLogger(__name__)

#: how often the notifier asks for due reminders
POLL_MS = 30_000
#: "tomorrow" snoozes to this hour of the next day
TOMORROW_HOUR = 9


def tomorrow_morning(now: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(TOMORROW_HOUR))


class _ReminderCard(QFrame):
    """One reminder in the popup."""

    def __init__(self, item: ReminderItem, popup: ReminderPopup) -> None:
        super().__init__(popup.body)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("ReminderCard")
        title = QLabel(f"<b>{_escape(item.text)}</b>", self)
        title.setWordWrap(True)
        lines = []
        if item.client:
            lines.append(_escape(item.client))
        if item.due_at is not None:
            overdue = item.due_at < popup.now_fn()
            due = self.tr("Due {when}").format(when=item.due_at.strftime("%Y-%m-%d %H:%M"))
            lines.append(f"<span style='color:#c62828'>{due}</span>" if overdue else due)
        self.info = QLabel("<br>".join(lines), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.snooze10_button = QPushButton(self.tr("10 min"), self)
        self.snooze60_button = QPushButton(self.tr("1 hour"), self)
        self.tomorrow_button = QPushButton(self.tr("Tomorrow"), self)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        for b, tip in ((self.snooze10_button, self.tr("Remind again in 10 minutes")),
                       (self.snooze60_button, self.tr("Remind again in an hour")),
                       (self.tomorrow_button, self.tr("Remind again tomorrow at 9:00"))):
            b.setToolTip(tip)
        self.open_button.setEnabled(item.client_id is not None or item.deal_id is not None)
        self.open_button.clicked.connect(lambda: popup.reminder_popup_did_open.emit(self.item))
        self.snooze10_button.clicked.connect(lambda: popup.snooze(self.item, dt.timedelta(minutes=10)))
        self.snooze60_button.clicked.connect(lambda: popup.snooze(self.item, dt.timedelta(hours=1)))
        self.tomorrow_button.clicked.connect(lambda: popup.snooze(self.item, None))
        self.dismiss_button.clicked.connect(lambda: popup.reminder_popup_did_dismiss.emit(self.item))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Snooze:"), self))
        for b in (self.snooze10_button, self.snooze60_button, self.tomorrow_button):
            buttons.addWidget(b)
        buttons.addSpacing(8)
        buttons.addWidget(self.dismiss_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.info)
        lay.addLayout(buttons)


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReminderPopup(QWidget):
    """A small tool window stacking the due reminders; it never takes the keyboard from work."""

    #: snooze(item, until)
    reminder_popup_did_snooze = Signal(object, object)
    reminder_popup_did_dismiss = Signal(object)
    reminder_popup_did_open = Signal(object)

    def __init__(self, now_fn: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("ReminderPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.now_fn = now_fn
        self.setWindowTitle(self.tr("Reminders"))
        self.header = QLabel(self)
        self.dismiss_all_button = QPushButton(self.tr("Dismiss &all"), self)
        self.dismiss_all_button.clicked.connect(self._dismiss_all)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.setToolTip(self.tr("Hide until the next reminder (Esc)"))
        self.hide_button.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.hide)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.dismiss_all_button)
        top.addWidget(self.hide_button)
        self.body = QWidget(self)
        self.cards_layout = QVBoxLayout(self.body)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(scroll)
        self.cards: list[_ReminderCard] = []
        self.resize(600, 200)

    def set_items(self, items: list[ReminderItem]) -> list[_ReminderCard]:
        """Show exactly ``items`` (oldest first; cards of reminders still due keep their place) and
        return the new cards. The last new card is scrolled into view: it is what just fell due,
        and a manager with a dozen overdue tasks would otherwise find it below the fold."""
        keep = {c.item.key: c for c in self.cards}
        wanted = [i.key for i in items]
        for key, card in list(keep.items()):
            if key not in wanted:
                self._drop(card)
        new = []
        for item in items:
            if item.key not in keep:
                card = _ReminderCard(item, self)
                self.cards.append(card)
                self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
                new.append(card)
        self._update()
        if new:  # after the layout placed the new cards
            QTimer.singleShot(0, self, lambda card=new[-1]: self._scroll_to(card))
        return new

    def _scroll_to(self, card: _ReminderCard) -> None:
        if card in self.cards:
            # the body's new height must reach the scroll area first (its LayoutRequest)
            self.cards_layout.activate()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.scroll.ensureWidgetVisible(card, 0, 0)

    def remove(self, item: ReminderItem) -> None:
        for card in [c for c in self.cards if c.item.key == item.key]:
            self._drop(card)
        self._update()

    def snooze(self, item: ReminderItem, delta: dt.timedelta | None) -> None:
        now = self.now_fn()
        self.reminder_popup_did_snooze.emit(item, tomorrow_morning(now) if delta is None else now + delta)

    def _dismiss_all(self) -> None:
        for card in list(self.cards):
            self.reminder_popup_did_dismiss.emit(card.item)

    def _drop(self, card: _ReminderCard) -> None:
        self.cards.remove(card)
        card.hide()
        card.deleteLater()

    def _update(self) -> None:
        n = len(self.cards)
        self.header.setText(self.tr("%n reminder(s)", "", n))
        self.dismiss_all_button.setVisible(n > 1)
        if n == 0:
            self.hide()
            return
        height = min(120 + 110 * n, 560)
        self.resize(self.width(), height)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)


class ReminderNotifier(QObject):
    """Polls due reminders and drives the popup (module docstring for the wiring)."""

    reminder_notifier_did_activate_client = Signal(int)
    reminder_notifier_did_activate_deal = Signal(int)
    #: Changes of a snooze/dismiss (for Refresher.publish)
    reminder_notifier_did_change = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, now_fn: Callable[[], dt.datetime] | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.now_fn = now_fn or (lambda: dt.datetime.now().replace(microsecond=0))
        self.popup = ReminderPopup(self.now_fn, parent if isinstance(parent, QWidget) else None)
        self.popup.reminder_popup_did_snooze.connect(self.snooze)
        self.popup.reminder_popup_did_dismiss.connect(self.dismiss)
        self.popup.reminder_popup_did_open.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._polling: ops.Op | None = None
        self._running = False

    def set_clock(self, now_fn: Callable[[], dt.datetime]) -> None:
        """Use ``now_fn`` as "now" for the next polls, snoozes and the cards' overdue colour (the
        main window builds the notifier with the real clock; tests inject theirs)."""
        self.now_fn = now_fn
        self.popup.now_fn = now_fn

    def start(self) -> None:
        """Begin polling: once now (overdue items at start-up), then every ``interval_ms``."""
        self._running = True
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        """Stop polling and hide the popup (the database is closing)."""
        self._running = False
        self.timer.stop()
        self.popup.set_items([])

    def poll(self) -> ops.Op | None:
        """Ask for the reminders due at ``now_fn()``; returns the op (None if one is still running)."""
        if self._polling is not None and not self._polling.done:
            return None
        self._polling = ops.run_op(self, planner.due_reminders, self.now_fn(), on_done=self._on_due,
                                   on_error=self._on_poll_failed)
        return self._polling

    def _on_due(self, items: list[ReminderItem]) -> None:
        if not self._running:
            return
        known = {c.item.key for c in self.popup.cards}
        self.popup.set_items(items)
        if {i.key for i in items} - known:
            self.popup.show()  # new reminders (not those the user hid) bring the popup back

    def _on_poll_failed(self, error: UserError) -> None:
        # a poll every 30 s must not stack error boxes; the next poll tries again
        log.warning("reminders unavailable: %s", error)

    def snooze(self, item: ReminderItem, until: dt.datetime) -> ops.Op:
        """Hide ``item`` until ``until`` (written through the worker; the card goes at once)."""
        self.popup.remove(item)
        return ops.run_op(self, _snooze, item, until, on_done=self._on_changed, on_error=self._on_write_failed)

    def dismiss(self, item: ReminderItem) -> ops.Op:
        self.popup.remove(item)
        return ops.run_op(self, _dismiss, item, on_done=self._on_changed, on_error=self._on_write_failed)

    def _on_changed(self, saved) -> None:
        self.reminder_notifier_did_change.emit(saved.changes)

    def _on_write_failed(self, error: UserError) -> None:
        errors.show_error(self.popup if self.popup.isVisible() else None, error)
        self.poll()

    def _open(self, item: ReminderItem) -> None:
        if item.deal_id is not None:
            self.reminder_notifier_did_activate_deal.emit(item.deal_id)
        elif item.client_id is not None:
            self.reminder_notifier_did_activate_client.emit(item.client_id)


def _snooze(ctx, item: ReminderItem, until: dt.datetime):
    return planner.snooze_reminder(ctx, item.id, until, task_id=item.task_id)


def _dismiss(ctx, item: ReminderItem):
    return planner.dismiss_reminder(ctx, item.id, task_id=item.task_id)
