"""Administration: users and roles, the rights matrix, custom fields, funnels, automation rules,
lead distribution, company requisites, and the session lock. Layer: ``ui``.

:func:`install_admin` adds the *Administration* menu and the idle lock to a main window once (and
returns it). The administration items are enabled for database administrators (no SQL role:
owner, SYSDBA) and CRM administrators: the main window hands over the rights it reads after each
connect (:meth:`AdminMenu.set_rights`), or :meth:`AdminMenu.refresh` reads them
(:func:`app.security.my_rights`). Enabling is a courtesy only; the server refuses what the login
may not do, and the dialogs show that refusal.

The lock items (*Lock Now*, *Automatic Lock…*) are for everybody: the timeout is a per-user option.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from ui import ops
from ui.dialogs.idle_lock import MAX_IDLE_MINUTES, IdleLock, idle_minutes

if TYPE_CHECKING:
    from app.security import MyRights


def _security():
    from app import security

    return security


# The dialogs' modules (with the ORM models and app services behind them) are imported when a
# dialog is first opened: the main window builds this menu at start and needs none of them before
# (issue #12: the GUI's memory on a terminal server). Plain imports inside functions, so that
# PyInstaller still finds them.

def _new_users_roles_dialog(*args: Any) -> Any:
    from ui.settings.users_roles import UsersRolesDialog

    return UsersRolesDialog(*args)


def _new_rights_matrix_dialog(*args: Any) -> Any:
    from ui.settings.rights_matrix import RightsMatrixDialog

    return RightsMatrixDialog(*args)


def _new_custom_fields_dialog(*args: Any) -> Any:
    from ui.settings.custom_fields import CustomFieldsDialog

    return CustomFieldsDialog(*args)


def _new_funnels_dialog(*args: Any) -> Any:
    from ui.settings.funnels import FunnelsDialog

    return FunnelsDialog(*args)


def _new_automation_dialog(*args: Any) -> Any:
    from ui.settings.automation import AutomationDialog

    return AutomationDialog(*args)


def _new_lead_distribution_dialog(*args: Any) -> Any:
    from ui.settings.lead_distribution import LeadDistributionDialog

    return LeadDistributionDialog(*args)


def _new_company_dialog(*args: Any) -> Any:
    from ui.settings.company import CompanyDialog

    return CompanyDialog(*args)


def _new_plans_dialog(*args: Any) -> Any:
    from ui.settings.plans import PlansDialog

    return PlansDialog(*args)


def _new_templates_dialog(*args: Any) -> Any:
    from ui.settings.doc_templates import TemplatesDialog

    return TemplatesDialog(*args)


def _new_backups_dialog(*args: Any) -> Any:
    from ui.settings.backups import BackupsDialog

    return BackupsDialog(*args)


def _new_move_database_dialog(*args: Any) -> Any:
    from ui.dialogs.move_database import MoveDatabaseDialog

    return MoveDatabaseDialog(*args)


#: roles that get the administration dialogs (None: a database administrator without a CRM role)
ADMIN_ROLES = (None, "CRM_ADMIN")
#: heads set their department's plans too (the server's F_KPI_PLAN_WRITABLE; issue #13)
PLAN_ROLES = (None, "CRM_ADMIN", "CRM_HEAD")


class AdminMenu(QObject):
    """The *Administration* menu and the idle lock of one main window (see the module docstring).

    The window must have ``info`` (the open :class:`~app.context.ConnectionInfo` or None) and a
    menu bar; the menu goes before the last menu (*Help*).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.is_admin = False
        self.idle_lock = IdleLock(window, lambda: getattr(window, "info", None))

        self.menu = QMenu(self.tr("&Administration"), window)
        self.menu.setObjectName("adminMenu")
        #: the administrators' dialogs: (attribute stem, object name, text, tip, factory(parent));
        #: each is opened once and raised when asked for again (see _open_once)
        dialogs = (
            ("users", "admin.users", self.tr("&Users and Roles…"),
             self.tr("Add users, change their role, reset passwords, disable logins"),
             lambda parent: _new_users_roles_dialog(window.info, parent)),
            ("rights", "admin.rights", self.tr("&Rights…"),
             self.tr("What each role may do with clients, deals, tasks, files and reports"), _new_rights_matrix_dialog),
            ("fields", "admin.custom_fields", self.tr("Custom &Fields…"),
             self.tr("Extra fields of clients, contacts and deals"), _new_custom_fields_dialog),
            # issue #5: funnels, automation rules, lead distribution
            ("funnels", "admin.funnels", self.tr("F&unnels and Stages…"),
             self.tr("Funnels, their stages and entry rules, lost reasons"), _new_funnels_dialog),
            ("automation", "admin.automation", self.tr("Automation &Rules…"),
             self.tr("Tasks and notifications created on events and for idle deals"), _new_automation_dialog),
            ("leads", "admin.lead_distribution", self.tr("Lead &Distribution…"),
             self.tr("How new leads are handed out to each department's managers"), _new_lead_distribution_dialog),
            # issue #6: the requisites and logo printed on invoices and offers
            ("company", "admin.company", self.tr("&Company Requisites…"),
             self.tr("Name, requisites, bank, signatories, VAT and logo for printed forms"), _new_company_dialog),
            # issue #13: KPI plans (heads too: see PLAN_ROLES) and the texts of printed documents
            ("plans", "admin.plans", self.tr("&Plans and KPI…"),
             self.tr("KPI indicators, and plans per manager and department entered in a grid"), _new_plans_dialog),
            ("templates", "admin.templates", self.tr("Document &Templates…"),
             self.tr("The texts of the contract, act, reconciliation statement, meeting report and call sheet"),
             _new_templates_dialog),
            # issue #15: the nightly backup, and moving a personal database to the office server
            ("backups", "admin.backups", self.tr("&Backups…"),
             self.tr("The last good backup, the nightly backup's folder and rotation, a backup now"), _new_backups_dialog),
            ("move", "file.move_to_server", self.tr("&Move to the Office Server…"),
             self.tr("Copy this database with everything in it to a new database on a Firebird server"),
             _new_move_database_dialog),
        )
        self.admin_actions: list[QAction] = []
        for stem, name, text, tip, factory in dialogs:
            setattr(self, f"{stem}_dialog", None)
            action = self._action(name, text, tip, lambda _c=False, a=f"{stem}_dialog", f=factory: self._open_once(a, f))
            setattr(self, f"{stem}_action", action)
            self.admin_actions.append(action)
        self._move_to_file_menu(self.move_action)
        self.menu.addSeparator()
        self.lock_action = self._action("admin.lock", self.tr("&Lock Now"),
                                        self.tr("Cover Kartoteka's windows until your password is entered"),
                                        self.on_lock_triggered)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.idle_action = self._action("admin.idle_lock", self.tr("&Automatic Lock…"),
                                        self.tr("Lock Kartoteka after some minutes without use"),
                                        self.on_idle_triggered)
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        if menus:
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        self._set_admin(False)

    def _move_to_file_menu(self, action: QAction) -> None:
        """*Move to the Office Server…* belongs to the File menu (before Exit); enabled like the rest."""
        exit_action = getattr(self.window, "action_by_id", {}).get("file.exit")
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and exit_action is not None and exit_action in menu.actions():
                self.menu.removeAction(action)
                menu.insertAction(exit_action, action)
                menu.insertSeparator(exit_action)
                return

    def _action(self, object_name: str, text: str, tip: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(object_name)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # --- rights ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Disable the administration items, then enable them if the open login is an administrator."""
        self._set_admin(False)
        if getattr(self.window, "info", None) is None:
            return
        # a failure here only leaves the items disabled: no error box while connecting
        ops.run_op(self.window, _security().my_rights, on_done=self._on_rights, on_error=lambda _e: None)

    def set_rights(self, rights: MyRights | None) -> None:
        """The open login's rights (None: not known or no database): enable the items accordingly."""
        if rights is None:
            self._set_admin(False)
        else:
            self._on_rights(rights)

    def _on_rights(self, rights: MyRights) -> None:
        connected = getattr(self.window, "info", None) is not None
        self._set_admin(rights.role in ADMIN_ROLES and connected)
        self.plans_action.setEnabled(rights.role in PLAN_ROLES and connected)

    def _set_admin(self, admin: bool) -> None:
        self.is_admin = admin
        for action in self.admin_actions:
            action.setEnabled(admin)

    # --- slots -------------------------------------------------------------------------------
    def _open_once(self, attr: str, factory) -> None:
        """Open the dialog ``factory(parent)`` kept in ``attr``, or raise it if it is already open."""
        if getattr(self.window, "info", None) is None:
            return
        dlg = getattr(self, attr)
        if dlg is not None:
            dlg.raise_()
            dlg.activateWindow()
            return
        dlg = factory(self.window)
        setattr(self, attr, dlg)
        dlg.finished.connect(lambda _r: self._forget(attr, dlg))
        dlg.open()

    def _forget(self, attr: str, dlg: QObject) -> None:
        if getattr(self, attr) is dlg:
            setattr(self, attr, None)
        dlg.deleteLater()

    def on_lock_triggered(self) -> None:
        if not self.idle_lock.lock():
            self.window.statusBar().showMessage(self.tr("Nothing to lock: no database is open."), 4000)

    def on_idle_triggered(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window, self.tr("Automatic Lock"),
            self.tr("Lock Kartoteka after this many minutes without use (0 = never):"),
            idle_minutes(), 0, MAX_IDLE_MINUTES, 1)
        if ok:
            self.idle_lock.set_minutes(minutes)


def install_admin(window: QMainWindow) -> AdminMenu:
    """Add the Administration menu and the idle lock to ``window`` (once), then refresh the rights.

    Safe to call repeatedly: the main window calls it at the end of ``__init__`` (not connected
    yet: the administration items start disabled) and after every successful connect.
    """
    admin = window.findChild(AdminMenu)
    if admin is None:
        admin = AdminMenu(window)
    admin.refresh()
    return admin
