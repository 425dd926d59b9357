"""Session lock after inactivity, for terminal servers and shared desks. Layer: ``ui``.

After :func:`idle_minutes` minutes without keyboard or mouse input anywhere in the application
(an event filter on the QApplication), every Kartoteka window is covered by an opaque panel and a
modal "Kartoteka is locked" dialog asks for the password. Nothing is closed, hidden or cancelled:
open cards, half-typed forms, running jobs and the database connection all stay as they are
(hiding a dialog that runs ``exec()`` would end it, so windows are covered, never hidden). Windows
that appear while locked (an error box, a progress dialog) are covered too.

* **Server profile:** the password is checked by :func:`app.context.verify_password` on the
  database worker (one extra attach with the same user and role). A wrong password leaves the
  application locked; after three wrong ones the dialog says "please wait" (Firebird 3 delays
  every 4th failed login by 8 s, FIREBIRD.md §4.1).
* **Embedded database:** there are no passwords; *Unlock* unlocks.
* No database open: nothing to protect, so the timer does not lock.

The timeout is a per-user option in :mod:`ui.state`'s store (``0`` switches the lock off). Tests
pass ``timeout_ms`` to :class:`IdleLock` instead of waiting minutes.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import context
from app.context import ConnectionInfo
from app.errors import UserError

from ui import ops, state
from ui.icons import icon

#: settings key (per user, :func:`ui.state.settings`): minutes of inactivity before locking; 0 = never
KEY_IDLE_MINUTES = "ui.idle_lock/minutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 24 * 60
#: wrong passwords in a row after which the dialog warns that the server will make the next try wait
WAIT_HINT_AFTER = 3

#: events that count as "the user is here"
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


def idle_minutes() -> int:
    """The user's idle timeout in minutes (0: never lock)."""
    try:
        value = int(state.settings().value(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return min(max(value, 0), MAX_IDLE_MINUTES)


def set_idle_minutes(minutes: int) -> None:
    s = state.settings()
    s.setValue(KEY_IDLE_MINUTES, min(max(int(minutes), 0), MAX_IDLE_MINUTES))
    s.sync()


class _Cover(QWidget):
    """An opaque panel over one window while locked (a child, so it moves and minimises with it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idleLockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#idleLockCover { background: palette(window); }")
        label = QLabel(self.tr("Kartoteka is locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: palette(mid); font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.follow()
        self.show()
        self.raise_()

    def follow(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()


class IdleLockDialog(QDialog):
    """The "Kartoteka is locked" prompt. Cannot be closed or escaped; accepted only when unlocked.

    On a server profile *Unlock* checks the password on the worker; ``verify`` may be replaced
    (tests). Wrong password: a message, the field cleared, still locked.
    """

    def __init__(self, info: ConnectionInfo, parent: QWidget | None = None,
                 verify: Callable[..., bool] = context.verify_password) -> None:
        super().__init__(parent)
        self.setObjectName("IdleLockDialog")
        self.setWindowTitle(self.tr("Kartoteka CRM — Locked"))
        self.setWindowIcon(icon("crm-app"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.server = info.mode != "embedded"
        self.verify = verify
        self.failures = 0
        self.busy = False

        title = QLabel(self.tr("<b>Kartoteka is locked</b>"), self)
        title.setStyleSheet("font-size: 13pt;")
        if self.server:
            text = self.tr("Kartoteka was locked after a period without use. Enter the password of "
                           "<b>{user}</b> to continue; nothing you were doing is lost.")
        else:
            text = self.tr("Kartoteka was locked after a period without use. Click Unlock to continue "
                           "as <b>{user}</b>; nothing you were doing is lost.")
        explain = QLabel(text.format(user=info.user), self)
        explain.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b71c1c;")
        self.message_label.hide()
        self.wait_label = QLabel(self.tr("Please wait a few seconds: the server slows down repeated failures."), self)
        self.wait_label.setObjectName("waitLabel")
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self.on_unlock_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        if self.server:
            form = QFormLayout()
            label = QLabel(self.tr("&Password:"), self)
            label.setBuddy(self.password_edit)
            form.addRow(label, self.password_edit)
            layout.addLayout(form)
        else:
            self.password_edit.hide()
        layout.addWidget(self.message_label)
        layout.addWidget(self.wait_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password_edit if self.server else self.unlock_button).setFocus()

    def on_unlock_clicked(self) -> None:
        if self.busy:
            return
        if not self.server:
            self.accept()
            return
        self.busy = True
        self.unlock_button.setEnabled(False)
        self.message_label.setText(self.tr("Checking the password…"))
        self.message_label.setStyleSheet("")
        self.message_label.show()
        ops.run_op(self, self.verify, self.password_edit.text(), on_done=self._on_checked, on_error=self._on_error)

    def _on_checked(self, ok: bool) -> None:
        self.busy = False
        self.unlock_button.setEnabled(True)
        if ok:
            self.failures = 0
            self.password_edit.clear()
            self.accept()
            return
        self.failures += 1
        self._say(self.tr("Wrong password. Kartoteka stays locked."))
        self.wait_label.setVisible(self.failures >= WAIT_HINT_AFTER)
        self._fit()

    def _on_error(self, error: UserError) -> None:
        self.busy = False
        self.unlock_button.setEnabled(True)
        self._say(self.tr("The password could not be checked: {error}").format(error=str(error)))

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #b71c1c;")
        self.message_label.show()
        self._fit()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _fit(self) -> None:
        """Grow to the height the wrapped texts need at the current width (see ui.settings.users_roles)."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit()

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    # the only way out is Unlock: Esc and the title bar do nothing
    def reject(self) -> None:
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)


class IdleLock(QObject):
    """Watches input application-wide and locks after the timeout (see the module docstring).

    ``window`` is the main window (the lock dialog's parent); ``connection()`` returns the open
    connection or None (then nothing is locked). ``timeout_ms`` overrides the user's setting
    (tests); :meth:`set_minutes` changes and stores the setting. :meth:`lock` locks at once.
    """

    idle_lock_did_lock = Signal()
    idle_lock_did_unlock = Signal()

    def __init__(self, window: QWidget, connection: Callable[[], ConnectionInfo | None],
                 timeout_ms: int | None = None, verify: Callable[..., bool] = context.verify_password) -> None:
        super().__init__(window)
        self.window = window
        self.connection = connection
        self.verify = verify
        self.dialog: IdleLockDialog | None = None
        self._covers: dict[QWidget, _Cover] = {}
        self._last_input = time.monotonic()
        self._timeout_ms = timeout_ms if timeout_ms is not None else idle_minutes() * 60_000
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._restart_timer()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._remove_filter)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, ms: int) -> None:
        """Use ``ms`` from now on (0: off) without storing it."""
        self._timeout_ms = max(int(ms), 0)
        self._last_input = time.monotonic()
        self._restart_timer()

    def set_minutes(self, minutes: int) -> None:
        """Store the user's option and apply it."""
        set_idle_minutes(minutes)
        self.set_timeout_ms(idle_minutes() * 60_000)

    def _restart_timer(self) -> None:
        self._timer.stop()
        if self._timeout_ms > 0 and not self.locked:
            # a check a few times per timeout (at most every 15 s), not a timer restart per mouse move
            self._timer.start(max(20, min(self._timeout_ms // 4, 15_000)))

    def _remove_filter(self, *_: object) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- watching ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        elif self.dialog is not None:
            if etype == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() and obj is not self.dialog:
                self._cover(obj)
                if obj.isModal():
                    # the newest modal window blocks the others: the lock dialog must stay the newest,
                    # or a covered error box would take the keyboard and nobody could unlock
                    QTimer.singleShot(0, self._bring_dialog_to_front)
            elif etype == QEvent.Type.Resize and obj in self._covers:
                self._covers[obj].follow()
        return False

    def _check(self) -> None:
        if self.locked or self._timeout_ms <= 0:
            return
        if (time.monotonic() - self._last_input) * 1000 >= self._timeout_ms:
            self.lock()

    # --- locking -----------------------------------------------------------------------------
    def lock(self) -> bool:
        """Cover every window and ask to unlock; False when nothing is open to protect."""
        if self.locked:
            return True
        info = self.connection()
        if info is None:
            self._last_input = time.monotonic()
            return False
        self._timer.stop()
        QToolTip.hideText()
        for _ in range(10):  # open menus are popups above everything: close them (nested ones too)
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        dialog = IdleLockDialog(info, self.window if isValid(self.window) else None, verify=self.verify)
        self.dialog = dialog
        for w in QApplication.topLevelWidgets():
            if w.isVisible():
                self._cover(w)
        dialog.accepted.connect(self._on_unlocked)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.idle_lock_did_lock.emit()
        return True

    def _bring_dialog_to_front(self) -> None:
        dialog = self.dialog
        if dialog is not None and isValid(dialog):
            dialog.hide()
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    def _cover(self, window: QWidget) -> None:
        if (window is self.dialog or window in self._covers or isinstance(window, _Cover)
                or window.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)):
            return
        cover = _Cover(window)
        self._covers[window] = cover
        window.destroyed.connect(lambda *_, w=window: self._covers.pop(w, None))

    def _on_unlocked(self) -> None:
        for cover in self._covers.values():
            if isValid(cover):
                cover.hide()
                cover.deleteLater()
        self._covers.clear()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._last_input = time.monotonic()
        self._restart_timer()
        self.idle_lock_did_unlock.emit()
