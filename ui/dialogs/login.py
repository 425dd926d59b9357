"""The password prompt for a server connection profile. Layer: ``ui``.

Collects user, password and "remember"; it does not connect and does not store anything. The
caller keeps the password in the OS keyring (:func:`app.config.store_password`) only after the
connection succeeded, so a mistyped password is never remembered.

After :data:`WAIT_HINT_AFTER` failed attempts in a row the prompt also says "please wait": Firebird 3
delays every 4th failed login of a name by 8 seconds (FIREBIRD.md §4.1), and without the hint the
user's next try looks like a hang. The prompt never says whether the user or the password was wrong.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.config import Profile

from ui.dialogs.login_ui import Ui_LoginDialog

#: Failed logins in a row after which the prompt warns that the server will make the next try wait.
WAIT_HINT_AFTER = 3


@dataclass(frozen=True)
class LoginResult:
    user: str
    password: str = ""
    remember: bool = False

    def __repr__(self) -> str:  # never print a password into a log
        return f"LoginResult(user={self.user!r}, remember={self.remember})"


class LoginDialog(QDialog):
    """Modal prompt; :meth:`ask` is the usual entry point.

    ``failures``: failed logins in a row for this profile so far (the caller counts them); from
    :data:`WAIT_HINT_AFTER` on, the "please wait" hint is shown.
    """

    def __init__(self, profile: Profile, message: str | None = None, parent: QWidget | None = None,
                 failures: int = 0) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.targetLabel.setText(
            self.tr("Connect to <b>{name}</b><br>{target}").format(
                name=html.escape(profile.name), target=html.escape(profile.target))
        )
        self.ui.userEdit.setText(profile.user or "")
        self.ui.rememberCheck.setChecked(profile.remember_password)
        self.ui.messageLabel.setText(html.escape(message or ""))
        self.ui.messageLabel.setStyleSheet("color: #b71c1c;")
        self.ui.messageLabel.setVisible(bool(message))
        self.ui.waitLabel.setVisible(failures >= WAIT_HINT_AFTER)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        self.ui.userEdit.textChanged.connect(self._update_buttons)
        self._update_buttons()
        (self.ui.passwordEdit if profile.user else self.ui.userEdit).setFocus()

    def _update_buttons(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.userEdit.text().strip()))

    def result_value(self) -> LoginResult:
        return LoginResult(self.ui.userEdit.text().strip(), self.ui.passwordEdit.text(),
                           self.ui.rememberCheck.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, profile: Profile, message: str | None = None,
            failures: int = 0) -> LoginResult | None:
        """Show the prompt; the entered values, or None when the user cancelled."""
        dlg = cls(profile, message, parent, failures)
        try:
            return dlg.result_value() if dlg.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dlg.deleteLater()
