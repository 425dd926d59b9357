"""Administration: users and roles, the rights matrix, and the session lock. Layer: ``ui``.

:func:`install_admin` is the one call the main window makes (at the end of ``__init__`` and after
each successful connect). It adds the *Administration* menu and the idle lock once, and on every
call after connecting asks the server what the login may do (:func:`app.security.my_rights`):
*Users and Roles…*, *Rights…* and *Custom Fields…* are enabled for database administrators (no SQL
role: owner, SYSDBA) and CRM administrators. Enabling is a courtesy only; the server refuses what the login
may not do, and the dialogs show that refusal.

The lock items (*Lock Now*, *Automatic Lock…*) are for everybody: the timeout is a per-user option.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from app import security
from app.security import MyRights

from ui import ops
from ui.dialogs.idle_lock import MAX_IDLE_MINUTES, IdleLock, idle_minutes
from ui.settings.automation import AutomationDialog
from ui.settings.custom_fields import CustomFieldsDialog
from ui.settings.funnels import FunnelsDialog
from ui.settings.lead_distribution import LeadDistributionDialog
from ui.settings.rights_matrix import RightsMatrixDialog
from ui.settings.users_roles import UsersRolesDialog

#: roles that get the administration dialogs (None: a database administrator without a CRM role)
ADMIN_ROLES = (None, "CRM_ADMIN")


class AdminMenu(QObject):
    """The *Administration* menu and the idle lock of one main window (see the module docstring).

    The window must have ``info`` (the open :class:`~app.context.ConnectionInfo` or None) and a
    menu bar; the menu goes before the last menu (*Help*).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.is_admin = False
        self.users_dialog: UsersRolesDialog | None = None
        self.rights_dialog: RightsMatrixDialog | None = None
        self.fields_dialog: CustomFieldsDialog | None = None
        self.funnels_dialog: FunnelsDialog | None = None
        self.automation_dialog: AutomationDialog | None = None
        self.leads_dialog: LeadDistributionDialog | None = None
        self.idle_lock = IdleLock(window, lambda: getattr(window, "info", None))

        self.menu = QMenu(self.tr("&Administration"), window)
        self.menu.setObjectName("adminMenu")
        self.users_action = self._action("admin.users", self.tr("&Users and Roles…"),
                                         self.tr("Add users, change their role, reset passwords, disable logins"),
                                         self.on_users_triggered)
        self.rights_action = self._action("admin.rights", self.tr("&Rights…"),
                                          self.tr("What each role may do with clients, deals, tasks, files and "
                                                  "reports"), self.on_rights_triggered)
        self.fields_action = self._action("admin.custom_fields", self.tr("Custom &Fields…"),
                                          self.tr("Extra fields of clients, contacts and deals"),
                                          self.on_fields_triggered)
        # issue #5: funnels, automation rules, lead distribution (one dialog each, kept while open)
        self.funnels_action = self._action("admin.funnels", self.tr("F&unnels and Stages…"),
                                           self.tr("Funnels, their stages and entry rules, lost reasons"),
                                           lambda: self._open_once("funnels_dialog", FunnelsDialog))
        self.automation_action = self._action("admin.automation", self.tr("Automation &Rules…"),
                                              self.tr("Tasks and notifications created on events and for idle "
                                                      "deals"), lambda: self._open_once("automation_dialog",
                                                                                        AutomationDialog))
        self.leads_action = self._action("admin.lead_distribution", self.tr("Lead &Distribution…"),
                                         self.tr("How new leads are handed out to each department's managers"),
                                         lambda: self._open_once("leads_dialog", LeadDistributionDialog))
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
        ops.run_op(self.window, security.my_rights, on_done=self._on_rights, on_error=lambda _e: None)

    def _on_rights(self, rights: MyRights) -> None:
        self._set_admin(rights.role in ADMIN_ROLES and getattr(self.window, "info", None) is not None)

    def _set_admin(self, admin: bool) -> None:
        self.is_admin = admin
        self.users_action.setEnabled(admin)
        self.rights_action.setEnabled(admin)
        self.fields_action.setEnabled(admin)
        for action in (self.funnels_action, self.automation_action, self.leads_action):
            action.setEnabled(admin)

    # --- slots -------------------------------------------------------------------------------
    def on_users_triggered(self) -> None:
        info = getattr(self.window, "info", None)
        if info is None:
            return
        if self.users_dialog is not None:
            self.users_dialog.raise_()
            self.users_dialog.activateWindow()
            return
        dlg = self.users_dialog = UsersRolesDialog(info, self.window)
        dlg.finished.connect(lambda _r: self._forget("users_dialog", dlg))
        dlg.open()

    def on_rights_triggered(self) -> None:
        if getattr(self.window, "info", None) is None:
            return
        if self.rights_dialog is not None:
            self.rights_dialog.raise_()
            self.rights_dialog.activateWindow()
            return
        dlg = self.rights_dialog = RightsMatrixDialog(self.window)
        dlg.finished.connect(lambda _r: self._forget("rights_dialog", dlg))
        dlg.open()

    def on_fields_triggered(self) -> None:
        if getattr(self.window, "info", None) is None:
            return
        if self.fields_dialog is not None:
            self.fields_dialog.raise_()
            self.fields_dialog.activateWindow()
            return
        dlg = self.fields_dialog = CustomFieldsDialog(self.window)
        dlg.finished.connect(lambda _r: self._forget("fields_dialog", dlg))
        dlg.open()

    def _open_once(self, attr: str, cls) -> None:
        """Open the dialog ``cls`` kept in ``attr``, or raise it if it is already open."""
        if getattr(self.window, "info", None) is None:
            return
        dlg = getattr(self, attr)
        if dlg is not None:
            dlg.raise_()
            dlg.activateWindow()
            return
        dlg = cls(self.window)
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
