"""The main window's Administration menu: enabled for administrators, opens the dialogs, locks."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.security import MyRights

from ui.settings import AdminMenu, install_admin
from ui.settings.rights_matrix import RightsMatrixDialog
from ui.settings.users_roles import UsersRolesDialog


def admin_of(window) -> AdminMenu:
    admin = window.findChild(AdminMenu)
    assert admin is not None
    return admin


def test_administration_menu_for_the_database_administrator(main_window, qtbot):
    admin = admin_of(main_window)
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert "&Administration" in titles
    assert titles.index("&Administration") == len(titles) - 2  # before Help
    # SYSDBA on the embedded demo: no CRM role, so an administrator
    qtbot.waitUntil(lambda: admin.users_action.isEnabled(), timeout=10000)
    assert admin.rights_action.isEnabled() and admin.lock_action.isEnabled()
    assert install_admin(main_window) is admin  # idempotent: one menu, one lock …
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles.count("&Administration") == 1
    qtbot.waitUntil(lambda: admin.users_action.isEnabled(), timeout=10000)  # … that asks the rights again

    admin.users_action.trigger()
    users = admin.users_dialog
    assert isinstance(users, UsersRolesDialog) and users.isVisible()
    qtbot.waitUntil(lambda: users.model.rowCount() > 0, timeout=10000)
    users.reject()
    qtbot.waitUntil(lambda: admin.users_dialog is None)

    admin.rights_action.trigger()
    rights = admin.rights_dialog
    assert isinstance(rights, RightsMatrixDialog)
    qtbot.waitUntil(lambda: rights.model.rowCount() > 0 and not rights.busy, timeout=10000)
    rights.reject()

    # Lock Now covers the window; embedded: Unlock is enough
    admin.lock_action.trigger()
    assert admin.idle_lock.locked
    qtbot.mouseClick(admin.idle_lock.dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not admin.idle_lock.locked


def test_other_roles_get_the_items_disabled(main_window, qtbot):
    admin = admin_of(main_window)
    qtbot.waitUntil(lambda: admin.users_action.isEnabled(), timeout=10000)
    admin._on_rights(MyRights("CRM_MANAGER"))
    assert not admin.users_action.isEnabled() and not admin.rights_action.isEnabled()
    assert admin.lock_action.isEnabled() and admin.idle_action.isEnabled()  # the lock is for everybody


def test_company_requisites_are_reachable_from_the_menu(main_window, qtbot):
    from ui.settings.company import CompanyDialog

    admin = admin_of(main_window)
    qtbot.waitUntil(lambda: admin.company_action.isEnabled(), timeout=10000)
    assert admin.company_action in admin.menu.actions()
    admin.company_action.trigger()
    dlg = admin.company_dialog
    assert isinstance(dlg, CompanyDialog) and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    admin.company_action.trigger()  # asked again: the same dialog is raised, not a second one
    assert admin.company_dialog is dlg
    dlg.reject()
    qtbot.waitUntil(lambda: admin.company_dialog is None)
    admin.set_rights(None)  # disconnected / not known: the items are off
    assert not admin.company_action.isEnabled() and not admin.users_action.isEnabled()
