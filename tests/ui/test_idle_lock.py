"""The session lock: locks after the (injected, short) idle time, covers the windows, unlocks with
the password on a server and with a click on an embedded database; the database stays open."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.context import AppContext, spec_from

from ui import ops, state
from ui.dialogs import idle_lock
from ui.dialogs.idle_lock import IdleLock, IdleLockDialog


class Window(QMainWindow):
    """A stand-in main window: something on screen and the open connection as ``info``."""

    def __init__(self, info) -> None:
        super().__init__()
        self.info = info
        self.setCentralWidget(QLabel("Client: Romashka LLC, +7 495 000-00-00"))
        self.resize(500, 300)


def open_db(qtbot, spec):
    """Open ``spec`` on the ops worker; the ConnectionInfo."""
    op = ops.open_database(None, AppContext, spec)
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error
    return op.result


def covers(window) -> list:
    return [w for w in window.findChildren(idle_lock._Cover) if w.isVisible()]


def still_open(qtbot) -> None:
    """The database connection survived the lock: a job still runs on it."""
    op = ops.run_op(None, lambda ctx: ctx.reader.one("SELECT 1 FROM RDB$DATABASE")[0])
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.result == 1


def test_locks_when_idle_and_unlocks_with_a_click_on_embedded(gui, demo_db, qtbot):
    info = open_db(qtbot, spec_from(str(demo_db)))
    window = Window(info)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, lambda: window.info, timeout_ms=400)

    # input keeps it open
    for _ in range(8):
        qtbot.keyClick(window, Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert not lock.locked

    with qtbot.waitSignal(lock.idle_lock_did_lock, timeout=5000):
        pass
    dialog = lock.dialog
    assert isinstance(dialog, IdleLockDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert len(covers(window)) == 1 and covers(window)[0].geometry() == window.rect()
    assert not dialog.password_edit.isVisible()  # embedded: no password to ask
    # Esc does not unlock
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert lock.locked and dialog.isVisible()
    # a window opened while locked is covered as well
    box = QMessageBox(QMessageBox.Icon.Warning, "Kartoteka", "Someone changed the client", parent=window)
    box.show()
    qtbot.waitUntil(lambda: bool(covers(box)), timeout=2000)

    with qtbot.waitSignal(lock.idle_lock_did_unlock, timeout=5000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert covers(window) == [] and covers(box) == []
    assert not lock.locked
    box.close()
    still_open(qtbot)
    # and it locks again after the next idle period
    with qtbot.waitSignal(lock.idle_lock_did_lock, timeout=5000):
        pass
    lock.dialog.on_unlock_clicked()
    assert not lock.locked


def test_does_not_lock_without_a_database_and_zero_means_off(gui, kartoteka_home, qtbot):
    window = Window(None)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, lambda: window.info, timeout_ms=100)
    qtbot.wait(400)
    assert not lock.locked  # nothing open, nothing to protect
    assert idle_lock.idle_minutes() == idle_lock.DEFAULT_IDLE_MINUTES
    lock.set_minutes(0)
    assert lock.timeout_ms == 0 and idle_lock.idle_minutes() == 0
    assert int(state.settings().value(idle_lock.KEY_IDLE_MINUTES)) == 0  # stored per user


@pytest.mark.server
def test_server_unlock_needs_the_right_password(gui, kartoteka_home, server_db, qtbot):
    info = open_db(qtbot, server_db)
    window = Window(info)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, lambda: window.info, timeout_ms=200)
    with qtbot.waitSignal(lock.idle_lock_did_lock, timeout=5000):
        pass
    dialog = lock.dialog
    assert dialog.password_edit.isVisible()
    assert info.user in dialog.findChildren(QLabel)[1].text()

    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.message(), timeout=20000)
    assert lock.locked and dialog.isVisible() and covers(window)
    assert dialog.password_edit.text() == ""  # cleared for the next try
    assert not dialog.wait_label.isVisible()  # one failure: no hint yet

    qtbot.keyClicks(dialog.password_edit, server_db.password)
    with qtbot.waitSignal(lock.idle_lock_did_unlock, timeout=20000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not lock.locked and covers(window) == []
    still_open(qtbot)


def test_the_wait_hint_after_three_wrong_passwords(qapp, qtbot):
    """Counted by the dialog from the answers of the check (here fed directly: no server needed)."""
    from app.context import ConnectionInfo

    info = ConnectionInfo("lan", "host/3050:crm", "ANNA", "CRM_ADMIN", "3.0", None, True, False)
    dialog = IdleLockDialog(info)
    qtbot.addWidget(dialog)
    for n in range(1, 5):
        dialog.password_edit.setText(f"guess{n}")
        dialog._on_checked(False)
        assert dialog.wait_label.isVisibleTo(dialog) == (n >= 3)
        assert "Wrong password" in dialog.message()
    dialog._on_checked(True)
    assert dialog.result() == dialog.DialogCode.Accepted
