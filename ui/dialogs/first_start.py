"""The first-start wizard: *Personal database on this computer*, *Connect to the office database*
(with Test, which says in plain words what is wrong), *Create the office database on a server*
(for the administrator). Layer: ``ui``.

*File › Connect…* shows the same three choices (``connecting=True``), pre-filled with the profile
open now (its file, or its server, port, database, login and slow-link setting), plus *Saved
connections…*: the profiles dialog (:mod:`ui.dialogs.connection_profiles`) for what the wizard
does not do — several named profiles, renaming, deleting, forgetting a remembered password.

The dialog only collects the choice (:class:`FirstStartChoice`); the :class:`ui.connect.Connector`
opens it. Testing a connection runs on the worker (:func:`ui.ops.run_call`), never on the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import config, office
from app.config import Profile
from app.context import ConnectionInfo
from app.errors import UserError, ValidationError

from ui import ops

ERROR_STYLE = "color: #B71C1C;"


@dataclass(frozen=True)
class FirstStartChoice:
    kind: Literal["personal", "office", "create", "saved"]
    #: office / create / saved: the profile to save and open; personal: None = the default database
    profile: Profile | None = None
    password: str | None = None
    plan: office.NewOffice | None = None  #: create


def _server_fields(parent: QWidget, form: QFormLayout, prefix: str) -> tuple[QLineEdit, QSpinBox, QLineEdit]:
    host = QLineEdit(parent)
    host.setObjectName(f"{prefix}Host")
    host.setPlaceholderText("crm-server")
    port = QSpinBox(parent)
    port.setObjectName(f"{prefix}Port")
    port.setRange(1, 65535)
    port.setValue(3050)
    db = QLineEdit(parent)
    db.setObjectName(f"{prefix}Database")
    return host, port, db


def split_target(target: str) -> tuple[str, int | None, str]:
    """``host/port:path``, ``host:path`` or ``[ipv6]/port:path`` -> (host, port or None, path or alias)."""
    host = ""
    rest = target
    if target.startswith("[") and "]" in target:
        end = target.index("]")
        host, rest = target[1:end], target[end + 1:]
    head, sep, path = rest.partition(":")
    if not sep:
        return "", None, target
    name, _slash, port = head.partition("/")
    return host or name, int(port) if port.isdigit() else None, path


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, current: Profile | None = None,
                 connecting: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("FirstStartDialog")
        self.setWindowTitle(self.tr("Connect to a database") if connecting else self.tr("Welcome to Kartoteka CRM"))
        self.choice: FirstStartChoice | None = None
        self.tested: ConnectionInfo | None = None
        self.current = current
        self.personal_radio = QRadioButton(self.tr("&Personal database on this computer"))
        self.office_radio = QRadioButton(self.tr("&Connect to the office database"))
        self.create_radio = QRadioButton(self.tr("C&reate the office database on a server (administrator)"))
        group = QButtonGroup(self)
        self.pages = QStackedWidget()
        for i, r in enumerate((self.personal_radio, self.office_radio, self.create_radio)):
            group.addButton(r, i)
        group.idToggled.connect(lambda i, on: on and self.pages.setCurrentIndex(i))

        # personal
        personal = QLabel(self.tr("A database file in your user folder, opened by the built-in engine: no server, no "
                                  "password. It starts with demo data to look around."))
        personal.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(personal)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(config.default_database_path()))
        self.path_edit.setObjectName("personalPath")
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.on_browse_clicked)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path_edit)
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        box.addLayout(row)
        box.addStretch(1)
        self.pages.addWidget(page)

        # office
        page = QWidget()
        form = QFormLayout(page)
        self.host_edit, self.port_spin, self.db_edit = _server_fields(page, form, "office")
        self.db_edit.setPlaceholderText(self.tr("alias (e.g. crm) or path on the server"))
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("officeUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("officePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.wan_check = QCheckBox(self.tr("Slow link (branch office): compress the traffic"))
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.setObjectName("testButton")
        self.test_button.clicked.connect(self.on_test_clicked)
        form.addRow(self.tr("Server"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Database"), self.db_edit)
        form.addRow(self.tr("Login"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.wan_check)
        form.addRow("", self.test_button)
        self.pages.addWidget(page)

        # create
        page = QWidget()
        form = QFormLayout(page)
        self.c_host_edit, self.c_port_spin, self.c_db_edit = _server_fields(page, form, "create")
        self.c_db_edit.setPlaceholderText("/var/lib/firebird/data/crm.fdb")
        self.c_admin_edit = QLineEdit("SYSDBA")
        self.c_admin_edit.setObjectName("createAdmin")
        self.c_admin_password = QLineEdit()
        self.c_admin_password.setObjectName("createAdminPassword")
        self.c_admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.c_login_edit = QLineEdit()
        self.c_login_edit.setObjectName("createLogin")
        self.c_name_edit = QLineEdit()
        self.c_password_edit = QLineEdit()
        self.c_password_edit.setObjectName("createPassword")
        self.c_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.c_demo_spin = QSpinBox()
        self.c_demo_spin.setObjectName("createDemo")
        self.c_demo_spin.setRange(0, 100000)
        form.addRow(self.tr("Server"), self.c_host_edit)
        form.addRow(self.tr("Port"), self.c_port_spin)
        form.addRow(self.tr("New database (path on the server)"), self.c_db_edit)
        form.addRow(self.tr("Server administrator (SYSDBA or RDB$ADMIN)"), self.c_admin_edit)
        form.addRow(self.tr("Its password"), self.c_admin_password)
        form.addRow(self.tr("First CRM administrator: login"), self.c_login_edit)
        form.addRow(self.tr("Full name"), self.c_name_edit)
        form.addRow(self.tr("Password"), self.c_password_edit)
        form.addRow(self.tr("Demo clients (0: none)"), self.c_demo_spin)
        self.pages.addWidget(page)

        self.message = QLabel("")
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.saved_button: QPushButton | None = None
        if connecting:
            self.saved_button = QPushButton(self.tr("&Saved connections…"))
            self.saved_button.setObjectName("savedConnectionsButton")
            self.saved_button.setToolTip(self.tr("All saved connection profiles: add, rename, delete, forget a "
                                                 "remembered password"))
            self.buttons.addButton(self.saved_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.saved_button.clicked.connect(self.on_saved_clicked)
        layout = QVBoxLayout(self)
        for r in (self.personal_radio, self.office_radio, self.create_radio):
            layout.addWidget(r)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.personal_radio.setChecked(True)
        if current is not None:
            self.prefill(current)
        self.resize(560, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, current: Profile | None = None,
            connecting: bool = False) -> FirstStartChoice | None:
        dlg = cls(parent, current, connecting)
        return dlg.choice if dlg.exec() == QDialog.DialogCode.Accepted else None

    def prefill(self, p: Profile) -> None:
        """Show ``p`` (the profile open now): its file on the personal page, else its server."""
        if p.mode == "embedded":
            self.path_edit.setText(p.target)
            self.personal_radio.setChecked(True)
            return
        host, port, path = split_target(p.target)
        for h, s, d in ((self.host_edit, self.port_spin, self.db_edit), (self.c_host_edit, self.c_port_spin, None)):
            h.setText(host)
            s.setValue(port or 3050)
            if d is not None:
                d.setText(path)
        self.user_edit.setText(p.user)
        self.password_edit.setPlaceholderText(
            self.tr("remembered: leave empty") if p.remember_password else self.tr("empty: asked when connecting"))
        self.wan_check.setChecked(p.mode == "wan")
        self.office_radio.setChecked(True)
        self.password_edit.setFocus()

    def _profile_named(self, target: str, mode: str, user: str) -> Profile:
        """The saved profile of ``target`` (the one open now first) with this login and mode, or a
        new one named "Office" (or after its server when that name is taken)."""
        saved = config.load_options().profiles
        for p in ([self.current] if self.current else []) + saved:
            if p.target == target and p.mode != "embedded":
                return replace(p, mode=mode, user=user, role=p.role if p.user.upper() == user else None)
        name = self.tr("Office")
        if any(p.name == name for p in saved):
            name = f"{name} ({target})"
        return Profile(name=name, mode=mode, target=target, user=user)

    # --- building the choice ------------------------------------------------------------------
    def _office_target(self) -> str:
        return office.server_target(self.host_edit.text(), self.port_spin.value(), self.db_edit.text())

    def office_choice(self) -> FirstStartChoice:
        target = self._office_target()
        user = self.user_edit.text().strip().upper()
        if not user:
            raise ValidationError("user", self.tr("Enter your login."))
        mode = "wan" if self.wan_check.isChecked() else "lan"
        # no password typed: the remembered one, else the login prompt asks
        return FirstStartChoice("office", self._profile_named(target, mode, user), self.password_edit.text() or None)

    def personal_choice(self) -> FirstStartChoice:
        text = self.path_edit.text().strip()
        if not text:
            raise ValidationError("path", self.tr("Enter the database file."))
        path = Path(text).expanduser()
        default = config.default_database_path()
        if path.resolve() == default.resolve():
            return FirstStartChoice("personal")
        if not path.is_file():
            raise ValidationError("path", self.tr("There is no database file “{path}”.").format(path=str(path)))
        for p in ([self.current] if self.current else []) + config.load_options().profiles:
            if p.mode == "embedded" and Path(p.target).expanduser().resolve() == path.resolve():
                return FirstStartChoice("personal", p)
        return FirstStartChoice("personal", Profile(name=path.stem, mode="embedded", target=str(path)))

    def create_choice(self) -> FirstStartChoice:
        target = office.server_target(self.c_host_edit.text(), self.c_port_spin.value(), self.c_db_edit.text())
        login = self.c_login_edit.text().strip().upper()
        if not login:
            raise ValidationError("crm_login", self.tr("Enter a login for the first CRM administrator."))
        plan = office.NewOffice(target, self.c_admin_edit.text().strip() or "SYSDBA", self.c_admin_password.text(),
                                login, self.c_password_edit.text(), self.c_name_edit.text().strip(),
                                self.c_demo_spin.value())
        return FirstStartChoice("create", Profile(name=self.tr("Office"), mode="lan", target=target, user=login),
                                self.c_password_edit.text(), plan)

    # --- slots --------------------------------------------------------------------------------
    def on_test_clicked(self) -> None:
        try:
            c = self.office_choice()
        except UserError as e:
            self._show(str(e), error=True)
            return
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"))
        ops.run_call(self, office.test_connection, c.profile.target, c.profile.user, c.password or "",
                     c.profile.mode == "wan", on_done=self._tested, on_error=self._test_failed)

    def _tested(self, info: ConnectionInfo) -> None:
        self.tested = info
        self.test_button.setEnabled(True)
        self._show(self.tr("Connected: {info}").format(info=info.describe()))

    def _test_failed(self, error: UserError) -> None:
        self.test_button.setEnabled(True)
        self._show(str(error), error=True)

    def on_ok_clicked(self) -> None:
        try:
            if self.office_radio.isChecked():
                self.choice = self.office_choice()
            elif self.create_radio.isChecked():
                self.choice = self.create_choice()
            else:
                self.choice = self.personal_choice()
        except UserError as e:
            self._show(str(e), error=True)
            return
        self.accept()

    def on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Database file"), self.path_edit.text(),
                                                    self.tr("Firebird databases (*.fdb);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def on_saved_clicked(self) -> None:
        """The profiles dialog; a profile chosen there (Connect) is this dialog's answer."""
        from ui.dialogs.connection_profiles import ConnectionProfilesDialog

        picked = ConnectionProfilesDialog.choose(self, self.current.name if self.current else None)
        if picked is not None:
            self.choice = FirstStartChoice("saved", picked)
            self.accept()

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
