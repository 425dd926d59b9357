"""Administration > Users and Roles: CRM logins, their role, visibility and department. Layer: ``ui``.

What the administrator sees: a table of every CRM user (login, name, role, what they see,
department, active) and *Add…*, *Change Role…*, *Reset Password…* (server only) and *Disable*.
Each button is one call of :mod:`app.users` through :func:`ui.ops.run_op`; the table is read
again after every change. The dialog does not decide who may manage logins: the server does
(SYSDBA or ``RDB$ADMIN``), and its refusal arrives as :class:`app.errors.NotAllowed`, shown in the
editor with the input kept.

An embedded database has no passwords (the engine trusts the user name), so every password field
and *Reset Password…* are hidden there; the caller says which kind of database is open by passing
its :class:`app.context.ConnectionInfo`.
"""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from app import users
from app.context import ConnectionInfo
from app.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.security import ROLE_TITLES
from app.users import UserInfo

from ui import errors, ops
from ui.models.columns import ColumnSpec
from ui.models.row_table import RowTableModel
from ui.settings.user_edit_ui import Ui_UserEditDialog
from ui.settings.users_roles_ui import Ui_UsersRolesDialog
from ui.widgets.list_view import style_list_view

#: visibility scope code -> what the user then sees (CRM_USERS.SCOPE)
SCOPE_TITLES = {
    "ALL": QT_TRANSLATE_NOOP("UsersRolesDialog", "All records"),
    "DEPT": QT_TRANSLATE_NOOP("UsersRolesDialog", "Own department"),
    "OWN": QT_TRANSLATE_NOOP("UsersRolesDialog", "Own records"),
}
ACTIVE_TITLES = {
    True: QT_TRANSLATE_NOOP("UsersRolesDialog", "Yes"),
    False: QT_TRANSLATE_NOOP("UsersRolesDialog", "No, disabled"),
}
ERROR_STYLE = "color: #b71c1c;"


def fit_height(dialog: QDialog) -> None:
    """Grow ``dialog`` to the height its word-wrapped labels need at its current width (a top-level
    window sizes itself from minimum sizes, which ignore wrapping: messages would be clipped)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def role_title(role: str) -> str:
    """A role's readable, translated name (the code itself for a role this program does not know)."""
    title = ROLE_TITLES.get(role)
    return QCoreApplication.translate("app.security", title) if title else role


def user_columns() -> tuple[ColumnSpec, ...]:
    """The table's columns. Built at run time: role titles are translated in ``app.security``'s
    context, so they enter the model already translated (the model would look them up in its own)."""
    return (
        ColumnSpec("login", QT_TRANSLATE_NOOP("UsersRolesDialog", "Login"), width=14),
        ColumnSpec("full_name", QT_TRANSLATE_NOOP("UsersRolesDialog", "Name"), width=26),
        ColumnSpec("role", QT_TRANSLATE_NOOP("UsersRolesDialog", "Role"), width=14,
                   choices={code: role_title(code) for code in users.ROLES}),
        ColumnSpec("scope", QT_TRANSLATE_NOOP("UsersRolesDialog", "Sees"), width=14, choices=SCOPE_TITLES),
        ColumnSpec("department", QT_TRANSLATE_NOOP("UsersRolesDialog", "Department"), width=16),
        ColumnSpec("is_active", QT_TRANSLATE_NOOP("UsersRolesDialog", "Active"), width=10, choices=ACTIVE_TITLES),
    )


class UsersRolesDialog(QDialog):
    """The users table and its four buttons (see the module docstring).

    ``info`` is the open connection (decides whether passwords exist). Editors open window-modal
    with :meth:`QDialog.open` (no nested event loop); the one open is :attr:`editor`.
    """

    def __init__(self, info: ConnectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersRolesDialog()
        self.ui.setupUi(self)
        self.server = info.mode != "embedded"
        self.editor: UserEditDialog | None = None
        self._select_after_load: str | None = None
        if not self.server:
            self.ui.introLabel.setText(self.tr(
                "This is an embedded database on this computer: it has no passwords. A user here "
                "records a role and what the person sees; a new role takes effect at the next login."))
        self.ui.passwordButton.setVisible(self.server)

        self.model = RowTableModel(user_columns(), self._fetch_page, context="UsersRolesDialog",
                                   row_id=lambda u: u.login, parent=self)
        view = self.ui.usersView
        view.setModel(self.model)
        style_list_view(view)  # as the client list
        avg = view.fontMetrics().averageCharWidth()
        for i, spec in enumerate(self.model.columns):
            view.setColumnWidth(i, spec.width * avg + 16)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        view.doubleClicked.connect(self.on_role_clicked)
        self.model.row_table_did_load_rows.connect(self._on_rows_did_load)
        self.model.row_table_did_fail.connect(self._on_load_failed)

        self.ui.addButton.clicked.connect(self.on_add_clicked)
        self.ui.roleButton.clicked.connect(self.on_role_clicked)
        self.ui.passwordButton.clicked.connect(self.on_password_clicked)
        self.ui.disableButton.clicked.connect(self.on_disable_clicked)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self._update_buttons()
        self.reload()

    # --- loading -----------------------------------------------------------------------------
    def _fetch_page(self, after: Any, on_page: Any, on_error: Any) -> None:
        # a handful of users: one page holds them all (next key None)
        ops.run_op(self, users.list_users, on_done=lambda rows: on_page(rows, None), on_error=on_error)

    def reload(self, select: str | None = None) -> None:
        """Read the users again (keeping the table until they arrive); then select ``select``."""
        self._select_after_load = select or self.selected_login()
        self.ui.statusLabel.setText(self.tr("Loading…"))
        self.ui.statusLabel.setStyleSheet("")
        self.model.reload(min_rows=1)

    def _on_rows_did_load(self) -> None:
        if self.model.is_loading:
            return
        n = self.model.rowCount()
        self.ui.statusLabel.setText(self.tr("%n user(s)", "", n))
        self._fit_columns()
        login, self._select_after_load = self._select_after_load, None
        row = self.model.row_of_id(login) if login else -1  # type: ignore[arg-type]
        if row < 0 and n:
            row = 0
        if row >= 0:
            view = self.ui.usersView
            view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Widths fit the longest value (a few dozen users), the name column takes what is left."""
        view = self.ui.usersView
        view.resizeColumnsToContents()
        limit = view.fontMetrics().averageCharWidth() * 40
        for i in range(self.model.columnCount() - 1):  # the last one stretches to the edge
            view.setColumnWidth(i, min(view.columnWidth(i) + 12, limit))

    def _on_load_failed(self, error: UserError) -> None:
        self.ui.statusLabel.setText(str(error))
        self.ui.statusLabel.setStyleSheet(ERROR_STYLE)

    # --- selection ---------------------------------------------------------------------------
    def selected_user(self) -> UserInfo | None:
        index = self.ui.usersView.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def selected_login(self) -> str | None:
        user = self.selected_user()
        return user.login if user else None

    def select_login(self, login: str) -> bool:
        """Make ``login`` the current row (tests and keyboard users); False when it is not listed."""
        row = self.model.row_of_id(login)  # type: ignore[arg-type]
        if row < 0:
            return False
        self.ui.usersView.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _update_buttons(self, *_: Any) -> None:
        user = self.selected_user()
        self.ui.roleButton.setEnabled(user is not None)
        self.ui.passwordButton.setEnabled(user is not None and user.is_active)
        self.ui.disableButton.setEnabled(user is not None and user.is_active)

    # --- buttons -----------------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        self._open_editor(UserEditDialog(UserEditDialog.ADD, server=self.server, parent=self))

    def on_role_clicked(self, *_: Any) -> None:
        user = self.selected_user()
        if user is not None:
            self._open_editor(UserEditDialog(UserEditDialog.ROLE, server=self.server, user=user, parent=self))

    def on_password_clicked(self) -> None:
        user = self.selected_user()
        if user is not None and self.server:
            self._open_editor(UserEditDialog(UserEditDialog.PASSWORD, server=True, user=user, parent=self))

    def _open_editor(self, editor: UserEditDialog) -> None:
        if self.editor is not None:
            self.editor.close()
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self.reload(select=editor.saved_login))
        editor.destroyed.connect(lambda *_: self._editor_did_close(editor))
        editor.open()

    def _editor_did_close(self, editor: UserEditDialog) -> None:
        if self.editor is editor:
            self.editor = None

    def confirm_disable(self, user: UserInfo) -> bool:
        """Ask before disabling (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Disable User"),
            self.tr("Disable {login} ({name})?\n\nThe login stops working at once and the user sees no "
                    "records any more. Their clients, deals and history stay in the database.").format(
                login=user.login, name=user.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def on_disable_clicked(self) -> None:
        user = self.selected_user()
        if user is None or not user.is_active or not self.confirm_disable(user):
            return
        self.ui.disableButton.setEnabled(False)
        ops.run_op(self, users.disable_user, user.login, on_done=lambda _: self.reload(select=user.login),
                   on_error=self._on_disable_failed)

    def _on_disable_failed(self, error: UserError) -> None:
        self._update_buttons()
        errors.show_error(self, error)


class UserEditDialog(QDialog):
    """Add a user, change a user's role, or set a new password: one form, three modes.

    *OK* validates what it can locally (the two passwords match), then calls :mod:`app.users`
    through :func:`ui.ops.run_op`; the dialog closes only when the call succeeded. A
    :class:`ValidationError` is shown beside its field (login, password), any other
    :class:`UserError` under the form; the input stays as typed. After success
    :attr:`saved_login` names the user that changed.
    """

    ADD, ROLE, PASSWORD = "add", "role", "password"

    def __init__(self, mode: str, *, server: bool, user: UserInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in (self.ADD, self.ROLE, self.PASSWORD) or (mode != self.ADD and user is None):
            raise ValueError(f"bad editor mode {mode!r}")
        self.mode, self.server, self.user = mode, server, user
        self.saved_login: str | None = None
        self.busy = False
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        for label in (self.ui.loginError, self.ui.passwordError, self.ui.messageLabel):
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        self._field_errors = {"login": self.ui.loginError, "password": self.ui.passwordError}

        for code in users.ROLES:
            self.ui.roleCombo.addItem(role_title(code), code)
        for code, title in SCOPE_TITLES.items():
            self.ui.scopeCombo.addItem(QCoreApplication.translate("UsersRolesDialog", title), code)
        self.ui.roleCombo.currentIndexChanged.connect(self._on_role_changed)

        form = self.ui.formLayout
        with_password = server and mode in (self.ADD, self.PASSWORD)
        for w in (self.ui.passwordEdit, self.ui.repeatEdit):
            form.setRowVisible(w, with_password)
        with_details = mode == self.ADD
        for w in (self.ui.nameEdit, self.ui.departmentCombo):
            form.setRowVisible(w, with_details)
        for w in (self.ui.roleCombo, self.ui.scopeCombo):
            form.setRowVisible(w, mode != self.PASSWORD)

        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if mode == self.ADD:
            self.setWindowTitle(self.tr("Add User"))
            ok.setText(self.tr("&Add"))
            self._select_role("CRM_MANAGER")
            self.ui.noteLabel.setText(
                self.tr("The password must have at least {n} characters. Give it to the user in person.").format(
                    n=users.MIN_PASSWORD) if server else
                self.tr("An embedded database has no passwords: the user is recorded with a role and what "
                        "they see."))
            self.ui.loginEdit.textEdited.connect(self._uppercase_login)
            ops.run_op(self, users.list_departments, on_done=self._fill_departments, on_error=lambda _e: None)
        else:
            assert user is not None
            self.ui.loginEdit.setText(user.login)
            self.ui.loginEdit.setReadOnly(True)
            self.ui.loginEdit.setEnabled(False)  # shown, not editable: a login cannot be renamed
        if mode == self.ROLE:
            assert user is not None
            self.setWindowTitle(self.tr("Change Role of {login}").format(login=user.login))
            ok.setText(self.tr("&Change Role"))
            self._select_role(user.role)
            self._select_scope(user.scope)
            self.ui.noteLabel.setText(self.tr("The new role takes effect at the user's next login; what they "
                                              "see changes at once."))
            self.ui.roleCombo.setFocus()
        elif mode == self.PASSWORD:
            assert user is not None
            self.setWindowTitle(self.tr("New Password for {login}").format(login=user.login))
            ok.setText(self.tr("&Set Password"))
            self.ui.noteLabel.setText(self.tr("The password must have at least {n} characters. It works from the "
                                              "user's next login.").format(n=users.MIN_PASSWORD))
            self.ui.passwordEdit.setFocus()
        self.ui.noteLabel.setVisible(bool(self.ui.noteLabel.text()))

        self.ui.loginEdit.textChanged.connect(lambda: self._clear_error("login"))
        self.ui.passwordEdit.textChanged.connect(lambda: self._clear_error("password"))
        self.ui.repeatEdit.textChanged.connect(lambda: self._clear_error("password"))
        self.layout().activate()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())
        fit_height(self)

    # --- form helpers ------------------------------------------------------------------------
    def _select_role(self, role: str) -> None:
        i = self.ui.roleCombo.findData(role)
        self.ui.roleCombo.setCurrentIndex(max(i, 0))
        self._on_role_changed()

    def _select_scope(self, scope: str) -> None:
        i = self.ui.scopeCombo.findData(scope)
        if i >= 0:
            self.ui.scopeCombo.setCurrentIndex(i)

    def _on_role_changed(self, *_: Any) -> None:
        """A role comes with its usual visibility (head: the department); the admin may change it."""
        role = self.ui.roleCombo.currentData()
        if role in users.ROLES:
            self._select_scope(users.ROLES[role])

    def _uppercase_login(self, text: str) -> None:
        # Firebird logins are upper-case identifiers; show what will be stored
        if text != text.upper():
            pos = self.ui.loginEdit.cursorPosition()
            self.ui.loginEdit.setText(text.upper())
            self.ui.loginEdit.setCursorPosition(pos)

    def _fill_departments(self, names: list[str]) -> None:
        combo = self.ui.departmentCombo
        typed = combo.currentText()
        combo.clear()
        combo.addItem("")
        combo.addItems(names)
        combo.setEditText(typed)

    def _clear_error(self, field: str) -> None:
        label = self._field_errors.get(field)
        if label is not None:
            label.hide()
        self.ui.messageLabel.hide()

    def show_error(self, error: UserError) -> None:
        """Show ``error`` at its field (login, password) or under the form; nothing typed is lost."""
        field = error.field if isinstance(error, ValidationError) else ""
        label = self._field_errors.get(field) if self._field_visible(field) else None
        if label is None:
            label = self.ui.messageLabel
        label.setText(str(error))
        label.show()
        fit_height(self)
        if label is self.ui.loginError:
            self.ui.loginEdit.setFocus()
        elif label is self.ui.passwordError:
            self.ui.passwordEdit.setFocus()
            self.ui.passwordEdit.selectAll()

    def _field_visible(self, field: str) -> bool:
        if field == "password":
            return self.server and self.mode in (self.ADD, self.PASSWORD)
        return field == "login"

    def error_text(self, field: str | None = None) -> str:
        """The error shown at ``field`` (None: under the form), or "" (tests)."""
        label: QLabel = self._field_errors[field] if field else self.ui.messageLabel
        return label.text() if label.isVisibleTo(self) else ""

    # --- OK ----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Validate, call ``app`` and close only on success (see the class docstring)."""
        if self.busy:
            return
        for label in (*self._field_errors.values(), self.ui.messageLabel):
            label.hide()
        password = self.ui.passwordEdit.text()
        if self._field_visible("password") and password != self.ui.repeatEdit.text():
            self.show_error(ValidationError("password", self.tr("The two passwords differ. Type the same "
                                                                "password twice.")))
            return
        role, scope = self.ui.roleCombo.currentData(), self.ui.scopeCombo.currentData()
        if self.mode == self.ADD:
            fn: Any = partial(users.add_user, department=self.ui.departmentCombo.currentText().strip() or None,
                              full_name=self.ui.nameEdit.text().strip() or None, scope=scope)
            args: tuple[Any, ...] = (self.ui.loginEdit.text().strip(), role, password if self.server else None)
        elif self.mode == self.ROLE:
            fn, args = users.set_role, (self.user.login, role, scope)  # type: ignore[union-attr]
        else:
            fn, args = users.set_password, (self.user.login, password)  # type: ignore[union-attr]
        self._set_busy(True)
        ops.run_op(self, fn, *args, on_done=self._on_saved, on_error=self._on_failed,
                   progress_text=self.tr("Saving…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.buttonBox.setEnabled(not busy)

    def _on_saved(self, result: Any) -> None:
        self._set_busy(False)
        self.saved_login = result.login if isinstance(result, UserInfo) else (
            self.user.login if self.user else None)
        super().accept()

    def _on_failed(self, error: UserError) -> None:
        self._set_busy(False)
        if isinstance(error, errors.UnexpectedError):
            errors.show_error(self, error)
            return
        self.show_error(error)
