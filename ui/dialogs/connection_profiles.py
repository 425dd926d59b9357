"""Connection profiles: the named ways this OS user reaches a database. Layer: ``ui``.

Three kinds (ARCHITECTURE "Connections"): an embedded database file on this computer, a server on
the local network, and a server over a slow link (WAN: the same plus wire compression). The dialog
edits a copy of the profiles; *Save* and *Connect* write them with :func:`app.config.save_options`,
*Cancel* forgets every edit. *Connect* returns the selected profile (:meth:`chosen_profile`).
Passwords are not edited here: the login prompt asks for them, and unticking "remember" (or
renaming a profile) forgets the one kept in the keyring.
"""
from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import config
from app.config import Options, Profile
from app.context import spec_from
from app.i18n import QT_TRANSLATE_NOOP

from ui.dialogs.connection_profiles_ui import Ui_ConnectionProfilesDialog
from ui.icons import icon

#: (mode, label) in combo order
MODES: tuple[tuple[str, str], ...] = (
    ("embedded", QT_TRANSLATE_NOOP("ConnectionProfilesDialog", "Database file on this computer (embedded)")),
    ("lan", QT_TRANSLATE_NOOP("ConnectionProfilesDialog", "Server on the local network")),
    ("wan", QT_TRANSLATE_NOOP("ConnectionProfilesDialog", "Server over the Internet or a slow link (compressed)")),
)

HINTS = {
    "embedded": QT_TRANSLATE_NOOP(
        "ConnectionProfilesDialog",
        "A Firebird database file (*.fdb) on this computer.\nOnly one program can have it open at a time."),
    "lan": QT_TRANSLATE_NOOP(
        "ConnectionProfilesDialog",
        "host/port:path-or-alias, for example\n127.0.0.1/3050:/var/lib/firebird/data/crm.fdb\n"
        "The connection is encrypted."),
    "wan": QT_TRANSLATE_NOOP(
        "ConnectionProfilesDialog",
        "host/port:path-or-alias, for example\ncrm.example.com/3050:crm\n"
        "The connection is encrypted and compressed, which helps on slow links."),
}


class ConnectionProfilesDialog(QDialog):
    """Edit, add and delete profiles; pick one to connect with."""

    def __init__(self, options: Options | None = None, current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectionProfilesDialog()
        self.ui.setupUi(self)
        self._options = copy.deepcopy(options if options is not None else config.load_options())
        #: (original as loaded or None when new, the edited copy)
        self._rows: list[tuple[Profile | None, Profile]] = [(p, replace(p)) for p in self._options.profiles]
        self._deleted: list[Profile] = []  #: removed saved profiles (their keyring entries go on save)
        self._current = -1
        self._filling = False
        self._chosen: Profile | None = None

        for mode, label in MODES:
            self.ui.modeCombo.addItem(QCoreApplication.translate("ConnectionProfilesDialog", label), mode)
        self._connect_button = QPushButton(icon("crm-connect"), self.tr("&Connect"))
        self._connect_button.setDefault(True)
        self.ui.buttonBox.addButton(self._connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.on_save_clicked)
        self.ui.hintLabel.setStyleSheet("color: palette(placeholder-text);")

        self.ui.profileList.currentRowChanged.connect(self._on_current_row_changed)
        self.ui.profileList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.newButton.clicked.connect(self.on_new_clicked)
        self.ui.deleteButton.clicked.connect(self.on_delete_clicked)
        self.ui.browseButton.clicked.connect(self.on_browse_clicked)
        self.ui.modeCombo.currentIndexChanged.connect(self._on_form_edited)
        for edit in (self.ui.nameEdit, self.ui.targetEdit, self.ui.userEdit, self.ui.roleEdit):
            edit.textEdited.connect(self._on_form_edited)
        self.ui.rememberCheck.toggled.connect(self._on_form_edited)

        for _orig, p in self._rows:
            self.ui.profileList.addItem(self._item(p))
        names = [p.name for _o, p in self._rows]
        want = current if current in names else self._options.last_profile
        self.ui.profileList.setCurrentRow(names.index(want) if want in names else (0 if names else -1))
        self._update_enabled()

    # --- results -----------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        """The profiles as edited so far."""
        return [p for _o, p in self._rows]

    def chosen_profile(self) -> Profile | None:
        """The profile the user connected with (after *Connect*), else None."""
        return self._chosen

    @classmethod
    def choose(cls, parent: QWidget | None, current: str | None = None) -> Profile | None:
        """Show the dialog modally; the profile to connect with, or None when cancelled."""
        dlg = cls(None, current, parent)
        try:
            return dlg.chosen_profile() if dlg.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dlg.deleteLater()

    # --- buttons -----------------------------------------------------------------------------
    def accept(self) -> None:
        if self._current < 0:
            return
        if not self.save():
            return
        self._chosen = replace(self._rows[self._current][1])
        super().accept()

    def on_save_clicked(self) -> None:
        self.save()

    def save(self) -> bool:
        """Validate every profile and write them; on a problem, show it and select the profile."""
        for row, (_orig, p) in enumerate(self._rows):
            problem = self._problem(p, row)
            if problem:
                self.ui.profileList.setCurrentRow(row)
                QMessageBox.warning(self, self.windowTitle(), problem)
                return False
        for orig, p in self._rows:
            if orig is not None and orig.remember_password and (
                    not p.remember_password or (orig.name, orig.user) != (p.name, p.user) or p.mode == "embedded"):
                config.store_password(orig, None)  # the keyring entry is keyed by name and user
        kept = {p.name for _o, p in self._rows}
        for orig in self._deleted:
            if orig.remember_password and orig.name not in kept:
                config.store_password(orig, None)
        self._options.profiles = [replace(p) for _o, p in self._rows]
        if self._options.last_profile not in kept:
            self._options.last_profile = None
        config.save_options(self._options)
        self._rows = [(replace(p), p) for _o, p in self._rows]
        self._deleted = []
        return True

    def on_new_clicked(self) -> None:
        names = {p.name for _o, p in self._rows}
        base = self.tr("New connection")
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        p = Profile(name=name, mode="lan", target="", user="SYSDBA")
        self._rows.append((None, p))
        self.ui.profileList.addItem(self._item(p))
        self.ui.profileList.setCurrentRow(len(self._rows) - 1)
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def on_delete_clicked(self) -> None:
        row = self._current
        if row < 0:
            return
        orig, _p = self._rows.pop(row)
        if orig is not None:
            self._deleted.append(orig)
        self._current = -1
        self.ui.profileList.takeItem(row)
        self.ui.profileList.setCurrentRow(min(row, len(self._rows) - 1))
        self._update_enabled()

    def on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a database file"), self.ui.targetEdit.text(),
            self.tr("Firebird databases (*.fdb *.FDB);;All files (*)"))
        if path:
            self.ui.targetEdit.setText(path)
            self._on_form_edited()

    # --- form <-> profile --------------------------------------------------------------------
    def _item(self, p: Profile) -> QListWidgetItem:
        item = QListWidgetItem(icon("crm-connect"), p.name)
        item.setToolTip(p.target)
        return item

    def _on_current_row_changed(self, row: int) -> None:
        self._current = row
        self._filling = True
        try:
            p = self._rows[row][1] if 0 <= row < len(self._rows) else Profile("", "embedded", "")
            self.ui.nameEdit.setText(p.name)
            self.ui.modeCombo.setCurrentIndex(max(0, [m for m, _l in MODES].index(p.mode)))
            self.ui.targetEdit.setText(p.target)
            self.ui.userEdit.setText(p.user or "")
            self.ui.roleEdit.setText(p.role or "")
            self.ui.rememberCheck.setChecked(p.remember_password)
        finally:
            self._filling = False
        self._update_enabled()

    def _on_form_edited(self, *_args: object) -> None:
        if self._filling or not 0 <= self._current < len(self._rows):
            self._update_enabled()
            return
        orig, _old = self._rows[self._current]
        mode = self.ui.modeCombo.currentData()
        p = Profile(
            name=self.ui.nameEdit.text().strip(),
            mode=mode,
            target=self.ui.targetEdit.text().strip(),
            user=self.ui.userEdit.text().strip() or "SYSDBA",
            role=self.ui.roleEdit.text().strip() or None,
            remember_password=self.ui.rememberCheck.isChecked() and mode != "embedded",
        )
        self._rows[self._current] = (orig, p)
        item = self.ui.profileList.item(self._current)
        item.setText(p.name or self.tr("(no name)"))
        item.setToolTip(p.target)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = 0 <= self._current < len(self._rows)
        mode = self.ui.modeCombo.currentData() or "embedded"
        self.ui.detailsBox.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)
        self._connect_button.setEnabled(has)
        self.ui.browseButton.setVisible(mode == "embedded")
        self.ui.rememberCheck.setEnabled(mode != "embedded")
        self.ui.hintLabel.setText(QCoreApplication.translate("ConnectionProfilesDialog", HINTS[mode]))
        self.ui.targetEdit.setPlaceholderText(
            self.tr("C:\\Users\\me\\Documents\\crm.fdb") if mode == "embedded"
            else "127.0.0.1/3050:/var/lib/firebird/data/crm.fdb")

    def _problem(self, p: Profile, row: int) -> str | None:
        """Why ``p`` cannot be saved, or None."""
        if not p.name:
            return self.tr("Please give the connection a name.")
        if any(i != row and q.name.casefold() == p.name.casefold() for i, (_o, q) in enumerate(self._rows)):
            return self.tr("There is already a connection named \"{name}\".").format(name=p.name)
        if not p.target:
            return self.tr("Please enter the database for \"{name}\".").format(name=p.name)
        try:
            kind = spec_from(p.target, p.user, "", p.role).target.kind
        except ValueError:
            return self.tr("\"{target}\" is not a database file or server address.").format(target=p.target)
        if p.mode == "embedded" and kind != "embedded":
            return self.tr("\"{target}\" is a server address. Choose a server connection type for it."
                           ).format(target=p.target)
        if p.mode != "embedded" and kind != "server":
            return self.tr("Enter the server as host/port:path-or-alias, "
                           "for example 127.0.0.1/3050:/var/lib/firebird/data/crm.fdb.")
        return None
