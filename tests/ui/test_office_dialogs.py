"""File › Move to the Office Server… (the open embedded demo copied to the FB3 test server with
progress, Cancel and resume) and Administration › Backups (last good backup, stale warning,
settings, Back Up Now)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import backup
from app.context import AppContext, spec_from
from db import copy as dbcopy
from db.models import metadata

from ui import ops
from ui.dialogs.move_database import MoveDatabaseDialog
from ui.settings import AdminMenu
from ui.settings.backups import BackupsDialog


def _admin(window) -> AdminMenu:
    return window.findChild(AdminMenu)


def _counts(spec) -> dict[str, int]:
    with AppContext(spec, check_schema=False, guard=False) as ctx, ctx.engine.connect() as conn:
        out = dbcopy.row_counts(conn, [t.name for t in dbcopy.plan(metadata)])
        conn.rollback()
    return out


def test_move_to_the_office_server_from_the_file_menu(main_window, demo_db, fb_server, qtbot):
    admin = _admin(main_window)
    qtbot.waitUntil(lambda: admin.move_action.isEnabled(), timeout=20000)
    exit_action = main_window.action_by_id["file.exit"]
    file_menu = next(a.menu() for a in main_window.menuBar().actions()
                     if a.menu() is not None and exit_action in a.menu().actions())
    assert admin.move_action in file_menu.actions() and admin.move_action not in admin.menu.actions()
    admin.move_action.trigger()
    dlg = admin.move_dialog
    assert isinstance(dlg, MoveDatabaseDialog) and dlg.isVisible()

    # nothing typed: one clear message, nothing started
    qtbot.mouseClick(dlg.move_button, Qt.MouseButton.LeftButton)
    assert "Enter the new database" in dlg.status.text() and not dlg.running

    target = fb_server.dsn(fb_server.data_dir / "moved from gui.fdb")
    dlg.target_edit.setText(target)
    dlg.password_edit.setText(fb_server.password)
    # Cancel as soon as the copy reports: it stops (the server database is made and marked), and the
    # next Move continues it
    dlg.relay.copy_did_progress.connect(lambda d, t, w: dlg.on_cancel_clicked())
    qtbot.mouseClick(dlg.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.running, timeout=120000)
    assert "stopped" in dlg.status.text() and dlg.move_button.isEnabled()
    dlg.relay.copy_did_progress.disconnect()
    dlg.relay.copy_did_progress.connect(dlg._on_progress)
    qtbot.mouseClick(dlg.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=300000)
    assert dlg.result.resumed and dlg.result.verified, dlg.status.text()
    assert "verified" in dlg.status.text()
    assert "MGR_" in dlg.summary.toPlainText()  # the demo managers need logins on the server
    server = spec_from(target, "SYSDBA", fb_server.password)
    assert _counts(server) == _counts(spec_from(str(demo_db)))
    dlg.accept()


def test_backups_page(main_window, tmp_path, qtbot):
    admin = _admin(main_window)
    qtbot.waitUntil(lambda: admin.backups_action.isEnabled(), timeout=20000)
    admin.backups_action.trigger()
    dlg = admin.backups_dialog
    assert isinstance(dlg, BackupsDialog)
    qtbot.waitUntil(lambda: dlg.status is not None, timeout=20000)
    assert dlg.status.last_at is None and "No backup" in dlg.last_label.text()
    assert "older than a day" in dlg.last_label.text()  # never backed up: warned

    folder = tmp_path / "Ночные копии"
    dlg.folder_edit.setText(str(folder))
    dlg.daily_spin.setValue(5)
    dlg.weekly_spin.setValue(3)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.error_label.text() == "Saved.", timeout=20000)

    dlg.backup_to(folder / "сейчас.fbk")
    qtbot.waitUntil(lambda: "verified" in dlg.error_label.text(), timeout=120000)
    qtbot.waitUntil(lambda: dlg.status is not None and dlg.status.last_at is not None, timeout=20000)
    assert (folder / "сейчас.fbk").is_file()
    assert "older than a day" not in dlg.last_label.text() and "сейчас.fbk" in dlg.last_label.text()
    dlg.reject()

    op = ops.run_op(None, backup.backup_status)
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    st = op.result
    assert (st.settings.folder, st.settings.keep_daily, st.settings.keep_weekly) == (str(folder), 5, 3)
    op = ops.run_op(None, backup.backup_status, st.last_at + dt.timedelta(hours=25))
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert op.result.stale
