"""Session end and card drafts (issue #15, terminal servers). Layer: ``ui``.

* **Session end** — SIGTERM/SIGHUP (a Linux terminal server's log-off, ``kill``) and Windows
  log-off (:attr:`QGuiApplication.commitDataRequest`) call :func:`end_session`: every open client
  and deal card with unsaved edits is written as a draft (:mod:`app.drafts`, the user's data
  folder), the cards close without asking, any modal dialog (the idle lock, a "save changes?"
  box, an error) is left behind by quitting every event loop, the attachments close
  (:func:`ui.ops.shutdown`) and the process ends without the slow interpreter teardown. A watchdog ends the process :data:`EXIT_DEADLINE_S` seconds after the
  signal whatever still runs (a long report on the worker): the drafts are on disk before it.
* **Next start** — when the same database opens for the same login, :class:`DraftsDialog` lists
  the drafts: *Restore* opens each card with the draft applied and marked unsaved, *Discard*
  deletes them, *Later* keeps them for the next start. A restored card saves against the version
  the user had seen, so a record someone changed meanwhile gets the usual "changed by someone
  else" bar and conflict question, never a silent overwrite.
"""
from __future__ import annotations

import copy
import datetime as dt
import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from app import drafts
from app.config import Profile
from app.context import ConnectionInfo

from ui import ops, state

log = logging.getLogger(__name__)

#: the process is gone at the latest this long after the session-end signal
EXIT_DEADLINE_S = 4.5


# --- writing ---------------------------------------------------------------------------------
def card_drafts(window: QWidget) -> list[drafts.Draft]:
    """A :class:`app.drafts.Draft` for every open card of ``window`` with unsaved edits."""
    info: ConnectionInfo | None = getattr(window, "info", None)
    if info is None:
        return []
    now = dt.datetime.now().replace(microsecond=0)
    found = []
    for card in window.cards.all_cards():
        if isValid(card) and card.is_dirty():
            d = card.collect()
            found.append(drafts.Draft(drafts.CLIENT, card.client_id, d.name.strip(), info.target, info.user,
                                      d, copy.deepcopy(card.original), now))
    for card in window.deal_cards.all_cards():
        if isValid(card) and card.is_dirty():
            d = card.collect()
            found.append(drafts.Draft(drafts.DEAL, card.deal_id, d.title.strip(), info.target, info.user,
                                      d, copy.deepcopy(card.original), now))
    return found


def save_card_drafts(window: QWidget) -> list[Path]:
    """Write the drafts of ``window``'s cards; a card that cannot be written is logged, not fatal."""
    paths = []
    for d in card_drafts(window):
        try:
            paths.append(drafts.save(d))
        except (OSError, TypeError) as exc:
            log.error("draft of %s %s not saved: %s", d.kind, d.record_id, exc)
    return paths


_watchdog: threading.Timer | None = None


def arm_watchdog(seconds: float = EXIT_DEADLINE_S) -> None:
    """End the process ``seconds`` from now whatever still runs (once; the drafts are written
    well before). Armed by the signal handler itself, so a busy GUI thread cannot delay it."""
    global _watchdog
    if _watchdog is None:
        _watchdog = threading.Timer(seconds, os._exit, args=(0,))
        _watchdog.daemon = True
        _watchdog.start()


def end_session(window: QWidget, *, quit_app: bool = True) -> list[Path]:
    """The session ends: drafts to disk, cards closed without asking, the window closed, every
    event loop told to end (``quit_app``, which also arms the exit watchdog; tests of the drafts
    pass False). Idempotent."""
    if getattr(window, "_session_ending", False) or not isValid(window):
        return []
    window._session_ending = True  # type: ignore[attr-defined]
    if quit_app:
        arm_watchdog()
    paths = save_card_drafts(window)
    window.cards.discard_all()
    window.deal_cards.discard_all()
    window.close()
    if quit_app:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_exit_now)
        QCoreApplication.quit()  # also ends the nested loops of modal dialogs (the idle lock's)
    return paths


def _exit_now() -> None:
    """The last step of a session end: close the attachments, then end the process without the
    interpreter's and Qt's teardown (measured: 1.2-2.2 s of C++ destructors after the loop ended,
    which twenty sessions logging off at once on a loaded host multiply). Settings are written
    (``ui.state`` syncs on every save) and the drafts are on disk before this."""
    try:
        ops.shutdown()
        state.settings().sync()
    except Exception:  # noqa: BLE001 - ending anyway: a failure here must not keep the process up
        log.exception("closing at the session end")
    finally:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        os._exit(0)


class SessionEnd(QObject):
    """Wires a main window to the session's end (log-off) and its next start (the offer)."""

    def __init__(self, window: QWidget, connector: QObject) -> None:
        super().__init__(window)
        self.window = window
        self.offered: set[tuple[str, str]] = set()
        self.dialog: DraftsDialog | None = None
        app = QGuiApplication.instance()
        if app is not None:
            app.commitDataRequest.connect(self.on_commit_data_request)
        connector.connector_did_open.connect(self.on_connector_did_open)

    def on_commit_data_request(self, _manager: object = None) -> None:
        """Windows log-off (WM_QUERYENDSESSION): no questions, drafts saved, gone in time."""
        end_session(self.window)

    def on_connector_did_open(self, _profile: Profile, info: ConnectionInfo) -> None:
        key = (drafts.database_key(info.target), info.user.upper())
        if key in self.offered:  # once per database and login in a session
            return
        self.offered.add(key)
        found = drafts.pending(info.target, info.user)
        if found:
            self.dialog = DraftsDialog(found, self.window)
            self.dialog.open()


# --- offering --------------------------------------------------------------------------------
class DraftsDialog(QDialog):
    """Unsaved edits of the last session: Restore (all), Discard (all), or Later."""

    def __init__(self, found: list[drafts.Draft], window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("DraftsDialog")
        self.window_ = window
        self.found = found
        self.setWindowTitle(self.tr("Unsaved changes from the last session"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Kartoteka was closed when your session ended, with changes not saved yet. "
                               "Restore them? Each card opens with your changes, not saved until you save it."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setObjectName("draftsList")
        for d in found:
            self.list.addItem(describe(d))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setObjectName("discardButton")
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setObjectName("laterButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.discard_button.clicked.connect(self.on_discard_clicked)
        self.later_button.clicked.connect(self.reject)  # Esc too: the drafts stay for the next start
        layout.addWidget(buttons)
        self.resize(520, 300)

    def on_restore_clicked(self) -> None:
        for d in self.found:
            restore(self.window_, d)
        self.accept()

    def on_discard_clicked(self) -> None:
        for d in self.found:
            drafts.discard(d)
        self.done(2)


def describe(d: drafts.Draft) -> str:
    saved = QDateTime(QDate(d.saved_at.year, d.saved_at.month, d.saved_at.day),
                      QTime(d.saved_at.hour, d.saved_at.minute))
    when = QLocale().toString(saved, QLocale.FormatType.ShortFormat)  # the user's own date order
    if d.kind == drafts.CLIENT:
        what = (QCoreApplication.translate("Drafts", "Client “{name}”").format(name=d.title)
                if d.record_id is not None
                else QCoreApplication.translate("Drafts", "New client “{name}”").format(name=d.title or "…"))
    else:
        what = (QCoreApplication.translate("Drafts", "Deal “{title}”").format(title=d.title)
                if d.record_id is not None
                else QCoreApplication.translate("Drafts", "New deal “{title}”").format(title=d.title or "…"))
    return QCoreApplication.translate("Drafts", "{what} — kept {when}").format(what=what, when=when)


# --- restoring -------------------------------------------------------------------------------
def restore(window: QWidget, d: drafts.Draft) -> QWidget:
    """Open the card of ``d`` and, once it has loaded, show the draft on it (unsaved). The file is
    deleted when the draft is on screen (a failed load keeps it for the next start)."""
    if d.kind == drafts.CLIENT:
        card = (window.cards.open_client(d.record_id) if d.record_id is not None else window.cards.new_client())
        signal = card.client_card_did_load
        apply = _apply_client
    else:
        card = (window.deal_cards.open_deal(d.record_id) if d.record_id is not None
                else window.deal_cards.new_deal(d.draft.client_id, d.draft.funnel_id))
        signal = card.deal_card_did_load
        apply = _apply_deal
    if card.loaded:  # the card was open already: apply now (its own edits were kept in no draft)
        apply(card, d)
        return card

    def once() -> None:
        signal.disconnect(once)
        apply(card, d)

    signal.connect(once, Qt.ConnectionType.QueuedConnection)
    return card


def _apply_client(card, d: drafts.Draft) -> None:
    # As on a card someone else saved while it was being edited: ``original`` and ``pristine`` are
    # the version the user had seen (what their edits are measured against; a save meets the
    # version check), the read-only parts (history, deals, header) are today's, the widgets show
    # the draft.
    data = card.data
    base = copy.deepcopy(d.base)
    base.custom = None
    shown = copy.deepcopy(d.draft)
    custom, shown.custom = shown.custom, None
    card.original = copy.deepcopy(base)
    card.fill()
    seen = card.pristine
    card.original = shown
    card.fill()  # the draft on every tab
    card.original = base
    card.pristine = seen
    if custom:
        def put() -> None:
            for fid, value in custom.items():
                editor = card.custom.editors.get(fid)
                if editor is not None:
                    editor.set_value(value)
            card._update_title()

        if card.custom.loaded:
            put()
        else:
            card.custom.tab_did_load.connect(put)
            card.custom.ensure_loaded()
    card._update_title()
    if data is not None and d.base.version is not None and data.draft.version != d.base.version:
        card._show_changed_bar(data.changed_by, data.changed_at)
    card.statusBar().showMessage(
        QCoreApplication.translate("Drafts", "Your unsaved changes from the last session are restored."), 8000)
    drafts.discard(d)


def _apply_deal(card, d: drafts.Draft) -> None:
    # as :func:`_apply_client`: measured against the version seen, today's read-only parts
    card.original = copy.deepcopy(d.base)
    card.fill()
    seen = card.pristine
    card.original = copy.deepcopy(d.draft)
    card.fill()
    card.original = copy.deepcopy(d.base)
    card.pristine = seen
    card._update_title()
    form = card.form
    if form is not None and d.base.version is not None and form.draft.version != d.base.version:
        card.show_changed_bar(form, d.base)
    card.statusBar().showMessage(
        QCoreApplication.translate("Drafts", "Your unsaved changes from the last session are restored."), 8000)
    drafts.discard(d)
