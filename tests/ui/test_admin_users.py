"""Administration > Users and Roles: add, change role, disable (embedded); field errors (server)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.context import AppContext, spec_from

from ui import ops
from ui.settings.users_roles import UserEditDialog, UsersRolesDialog


def open_db(qtbot, spec):
    """Open ``spec`` on the ops worker; the ConnectionInfo."""
    op = ops.open_database(None, AppContext, spec)
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error
    return op.result


def loaded(dlg: UsersRolesDialog, qtbot) -> None:
    qtbot.waitUntil(lambda: not dlg.model.is_loading and dlg.model.rowCount() > 0, timeout=10000)


def row_of(dlg: UsersRolesDialog, login: str):
    r = dlg.model.row_of_id(login)
    return dlg.model.row_at(r) if r >= 0 else None


def click_ok(qtbot, editor: UserEditDialog) -> None:
    qtbot.mouseClick(editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_change_role_and_disable_on_embedded(gui, demo_db, qtbot, qtmodeltester, monkeypatch):
    info = open_db(qtbot, spec_from(str(demo_db)))
    dlg = UsersRolesDialog(info)
    qtbot.addWidget(dlg)
    dlg.show()
    loaded(dlg, qtbot)
    qtmodeltester.check(dlg.model)
    assert not dlg.ui.passwordButton.isVisible()  # embedded: no passwords
    before = dlg.model.rowCount()

    # Add…: no password fields on an embedded database
    qtbot.mouseClick(dlg.ui.addButton, Qt.MouseButton.LeftButton)
    editor = dlg.editor
    assert editor is not None and editor.mode == UserEditDialog.ADD
    assert not editor.ui.passwordEdit.isVisible() and not editor.ui.repeatEdit.isVisible()
    qtbot.waitUntil(lambda: editor.ui.departmentCombo.count() > 1, timeout=10000)  # existing departments
    qtbot.keyClicks(editor.ui.loginEdit, "petrov_ui")
    assert editor.ui.loginEdit.text() == "PETROV_UI"  # logins are upper case
    editor.ui.nameEdit.setText("Пётр Петров")  # QTest types Latin-1 only
    editor.ui.roleCombo.setCurrentIndex(editor.ui.roleCombo.findData("CRM_MANAGER"))
    assert editor.ui.scopeCombo.currentData() == "OWN"  # the role's usual visibility
    editor.ui.departmentCombo.setEditText(editor.ui.departmentCombo.itemText(1))
    dept = editor.ui.departmentCombo.itemText(1)
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: dlg.editor is None, timeout=10000)
    qtbot.waitUntil(lambda: row_of(dlg, "PETROV_UI") is not None and not dlg.model.is_loading, timeout=10000)
    user = row_of(dlg, "PETROV_UI")
    assert (user.full_name, user.role, user.scope, user.department, user.is_active) == (
        "Пётр Петров", "CRM_MANAGER", "OWN", dept, True)
    assert dlg.model.rowCount() == before + 1
    assert dlg.selected_login() == "PETROV_UI"  # the new user is selected
    role_col = [c.key for c in dlg.model.columns].index("role")
    assert dlg.model.data(dlg.model.index(dlg.model.row_of_id("PETROV_UI"), role_col)) == "Manager"

    # Change Role…: head of the department
    qtbot.mouseClick(dlg.ui.roleButton, Qt.MouseButton.LeftButton)
    editor = dlg.editor
    assert editor.mode == UserEditDialog.ROLE and editor.ui.loginEdit.isReadOnly()
    assert editor.ui.loginEdit.text() == "PETROV_UI"
    editor.ui.roleCombo.setCurrentIndex(editor.ui.roleCombo.findData("CRM_HEAD"))
    assert editor.ui.scopeCombo.currentData() == "DEPT"
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: dlg.editor is None, timeout=10000)
    qtbot.waitUntil(lambda: row_of(dlg, "PETROV_UI").role == "CRM_HEAD", timeout=10000)
    assert row_of(dlg, "PETROV_UI").scope == "DEPT"

    # Disable: asks first; "No" changes nothing, "Yes" disables
    asked = []
    monkeypatch.setattr(UsersRolesDialog, "confirm_disable", lambda self, u: asked.append(u.login) or len(asked) > 1)
    assert dlg.select_login("PETROV_UI")
    qtbot.mouseClick(dlg.ui.disableButton, Qt.MouseButton.LeftButton)
    assert asked == ["PETROV_UI"] and row_of(dlg, "PETROV_UI").is_active
    qtbot.mouseClick(dlg.ui.disableButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not row_of(dlg, "PETROV_UI").is_active, timeout=10000)
    qtbot.waitUntil(lambda: dlg.selected_login() == "PETROV_UI" and not dlg.model.is_loading)
    assert not dlg.ui.disableButton.isEnabled()  # already disabled

    # what the app reads back agrees with the table
    from app import users

    op = ops.run_op(None, users.list_users)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    (stored,) = [u for u in op.result if u.login == "PETROV_UI"]
    assert (stored.role, stored.is_active) == ("CRM_HEAD", False)


def test_an_invalid_login_is_shown_at_the_field_and_the_input_stays(gui, demo_db, qtbot):
    info = open_db(qtbot, spec_from(str(demo_db)))
    dlg = UsersRolesDialog(info)
    qtbot.addWidget(dlg)
    dlg.show()
    loaded(dlg, qtbot)
    dlg.on_add_clicked()
    editor = dlg.editor
    qtbot.keyClicks(editor.ui.loginEdit, "9LIVES")
    qtbot.keyClicks(editor.ui.nameEdit, "Cat")
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: bool(editor.error_text("login")), timeout=10000)
    assert "starting with a letter" in editor.error_text("login")
    assert editor.isVisible() and editor.ui.nameEdit.text() == "Cat" and editor.ui.loginEdit.text() == "9LIVES"
    qtbot.keyClick(editor.ui.loginEdit, Qt.Key.Key_Home)
    qtbot.keyClicks(editor.ui.loginEdit, "X")
    assert editor.error_text("login") == ""  # typing clears the message


@pytest.mark.server
def test_a_short_password_is_shown_at_the_password_field(gui, kartoteka_home, server_db, qtbot):
    info = open_db(qtbot, server_db)
    dlg = UsersRolesDialog(info)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.model.is_loading, timeout=10000)
    assert dlg.ui.passwordButton.isVisible()
    dlg.on_add_clicked()
    editor = dlg.editor
    assert editor.ui.passwordEdit.isVisible() and editor.ui.repeatEdit.isVisible()
    qtbot.keyClicks(editor.ui.loginEdit, "SHORTPW_UI")
    qtbot.keyClicks(editor.ui.nameEdit, "Short Password")

    # the two passwords differ: said locally, nothing sent
    qtbot.keyClicks(editor.ui.passwordEdit, "abc")
    qtbot.keyClicks(editor.ui.repeatEdit, "abd")
    click_ok(qtbot, editor)
    assert "differ" in editor.error_text("password")

    editor.ui.repeatEdit.setText("abc")
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: bool(editor.error_text("password")), timeout=15000)
    assert "at least 8 characters" in editor.error_text("password")
    assert editor.error_text() == ""  # at the field, not under the form
    assert editor.isVisible() and editor.ui.loginEdit.text() == "SHORTPW_UI"
    assert editor.ui.nameEdit.text() == "Short Password"
    assert dlg.model.row_of_id("SHORTPW_UI") == -1
