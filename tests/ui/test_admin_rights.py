"""Administration > Rights: the matrix editor saves what the user ticked, and the app reads it back."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import security
from app.context import spec_from
from tests.ui.test_admin_users import open_db

from ui import ops
from ui.settings.rights_matrix import ACTIONS, RightsMatrixDialog


def column(action: str) -> int:
    return [a for a, _ in ACTIONS].index(action)


def stored_matrix(qtbot) -> dict:
    op = ops.run_op(None, security.rights_matrix)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    return {(r.role, r.entity): r for r in op.result}


def test_saving_a_change_is_what_the_app_returns(gui, demo_db, qtbot, qtmodeltester):
    open_db(qtbot, spec_from(str(demo_db)))
    dlg = RightsMatrixDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0 and not dlg.busy, timeout=10000)
    qtmodeltester.check(dlg.model)
    assert not dlg.save_button.isEnabled()  # nothing changed yet
    assert "next login" in dlg.note.text()

    dlg.select_role("CRM_MANAGER")
    assert dlg.model.role == "CRM_MANAGER"
    row = dlg.model.row_of("DEAL")
    assert dlg.model.headerData(row, Qt.Orientation.Vertical) == "Deals"
    index = dlg.model.index(row, column("delete"))
    assert dlg.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # default
    # the keyboard way: select the cell, Space ticks it
    dlg.view.setFocus()
    dlg.view.setCurrentIndex(index)
    qtbot.keyClick(dlg.view, Qt.Key.Key_Space)
    assert dlg.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dlg.dirty and dlg.save_button.isEnabled()
    # the mouse way: a click in the middle of the cell (where the box is drawn) toggles it
    export = dlg.model.index(dlg.model.row_of("TASK"), column("export"))
    center = dlg.view.visualRect(export).center()
    qtbot.mouseClick(dlg.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert dlg.model.data(export, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(dlg.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert dlg.model.data(export, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # report rows have no create/edit/delete
    rep = dlg.model.row_of("REPORT:J")
    assert dlg.model.headerData(rep, Qt.Orientation.Vertical).startswith("Reports J")
    assert not dlg.model.flags(dlg.model.index(rep, column("edit"))) & Qt.ItemFlag.ItemIsUserCheckable
    # administrators keep viewing and editing clients: the box is locked
    dlg.select_role("CRM_ADMIN")
    locked = dlg.model.index(dlg.model.row_of("CLIENT"), column("edit"))
    assert not dlg.model.flags(locked) & Qt.ItemFlag.ItemIsEnabled
    assert not dlg.model.setData(locked, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy and not dlg.dirty, timeout=20000)
    assert "next login" in dlg.status.text()
    stored = stored_matrix(qtbot)
    assert stored[("CRM_MANAGER", "DEAL")].delete is True
    assert stored[("CRM_MANAGER", "CLIENT")].delete is False  # the rest as it was
    assert stored[("CRM_READONLY", "DEAL")].create is False

    # Reset to Defaults shows the defaults; Save stores them
    qtbot.mouseClick(dlg.defaults_button, Qt.MouseButton.LeftButton)
    assert dlg.dirty and not dlg.model.is_checked("CRM_MANAGER", "DEAL", "delete")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy and not dlg.dirty, timeout=20000)
    assert stored_matrix(qtbot)[("CRM_MANAGER", "DEAL")].delete is False


def test_unsaved_changes_ask_before_closing(gui, demo_db, qtbot, monkeypatch):
    open_db(qtbot, spec_from(str(demo_db)))
    dlg = RightsMatrixDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0 and not dlg.busy, timeout=10000)
    answers = [False, True]
    monkeypatch.setattr(RightsMatrixDialog, "confirm_discard", lambda self: answers.pop(0))
    index = dlg.model.index(dlg.model.row_of("TASK"), column("export"))
    dlg.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    close = dlg.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()  # "Cancel": stays open with the edit
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible() and answers == []
