"""The login prompt says "please wait" after three rejected logins in a row (FIREBIRD.md §4.1)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app import config
from app.config import Options, Profile

from ui import connect, errors, main
from ui.dialogs.login import LoginDialog


def test_the_hint_is_hidden_by_default_and_shown_from_three_failures(qapp, qtbot):
    profile = Profile(name="Office", mode="lan", target="host/3050:crm", user="ANNA")
    for failures, shown in ((0, False), (2, False), (3, True), (7, True)):
        dlg = LoginDialog(profile, "Wrong user name or password for host/3050:crm.", None, failures)
        qtbot.addWidget(dlg)
        assert dlg.ui.waitLabel.isVisibleTo(dlg) is shown
        assert "Please wait a few seconds" in dlg.ui.waitLabel.text()


@pytest.mark.server
def test_three_wrong_passwords_then_the_prompt_asks_to_wait(gui, kartoteka_home, server_db, qtbot, monkeypatch):
    monkeypatch.delenv("KARTOTEKA_PASSWORD", raising=False)
    # a login of its own: the server's per-name failure counter is not shared with other tests
    profile = Profile(name="Server", mode="lan", target=str(server_db.target), user="WAIT_HINT_UI")
    config.save_options(Options(last_profile="Server", profiles=[config.default_profile(), profile]))
    shown: list[tuple[bool, str]] = []

    def exec_(self: LoginDialog) -> int:
        """The prompt as the user sees it: record it, type a wrong password; the 4th time, Cancel."""
        shown.append((self.ui.waitLabel.isVisibleTo(self), self.ui.messageLabel.text()))
        if len(shown) > 3:
            return QDialog.DialogCode.Rejected
        self.ui.passwordEdit.setText(f"wrong-{len(shown)}")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    monkeypatch.setattr(connect.Connector, "pick_profile", lambda self, current=None: None)
    monkeypatch.setattr(connect.Connector, "present_connection_error", lambda self, error: False)
    boxes: list = []
    monkeypatch.setattr(errors, "show_error", lambda parent, error, title=None: boxes.append(error))

    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: len(shown) == 4, timeout=40000)
    assert [hint for hint, _ in shown] == [False, False, False, True]
    for _, message in shown[1:]:
        # the same sentence for a wrong user and a wrong password
        assert "Wrong user name or password" in message
    assert w.connector.failed_logins == {"Server": 3}
    assert boxes == []
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)  # cancelled before anything opened: quits
