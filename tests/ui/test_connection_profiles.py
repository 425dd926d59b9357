"""The connection profiles dialog and the login prompt."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import config
from app.config import Options, Profile

from ui.dialogs.connection_profiles import ConnectionProfilesDialog
from ui.dialogs.login import LoginDialog


def _fill(dlg, qtbot, *, name, mode, target, user, role="", remember=False):
    ui = dlg.ui
    ui.newButton.click()
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, name)
    ui.modeCombo.setCurrentIndex(ui.modeCombo.findData(mode))
    qtbot.keyClicks(ui.targetEdit, target)
    ui.userEdit.clear()
    qtbot.keyClicks(ui.userEdit, user)
    if role:
        qtbot.keyClicks(ui.roleEdit, role)
    if remember:
        ui.rememberCheck.setChecked(True)


def test_saves_and_reloads_a_lan_and_a_wan_profile(qapp, qtbot, kartoteka_home):
    dlg = ConnectionProfilesDialog()
    qtbot.addWidget(dlg)
    assert dlg.ui.profileList.count() == 1  # the default embedded profile
    _fill(dlg, qtbot, name="Office", mode="lan", target="192.168.0.122/3059:crm", user="manager1",
          role="CRM_MANAGER")
    _fill(dlg, qtbot, name="Branch", mode="wan", target="crm.example.com/3050:/data/crm.fdb", user="ivanov",
          remember=True)
    dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    opts = config.load_options()
    by_name = {p.name: p for p in opts.profiles}
    assert by_name["Office"] == Profile("Office", "lan", "192.168.0.122/3059:crm", "manager1", "CRM_MANAGER", False)
    assert by_name["Branch"] == Profile("Branch", "wan", "crm.example.com/3050:/data/crm.fdb", "ivanov", None, True)

    again = ConnectionProfilesDialog(current="Branch")
    qtbot.addWidget(again)
    assert [again.ui.profileList.item(i).text() for i in range(again.ui.profileList.count())] == [
        config.default_profile().name, "Office", "Branch"]
    assert again.ui.nameEdit.text() == "Branch"
    assert again.ui.modeCombo.currentData() == "wan"
    assert again.ui.targetEdit.text() == "crm.example.com/3050:/data/crm.fdb"
    assert again.ui.rememberCheck.isChecked()
    assert not again.ui.browseButton.isVisibleTo(again)  # Browse… is for files only
    again.ui.profileList.setCurrentRow(0)
    assert again.ui.browseButton.isVisibleTo(again) and not again.ui.rememberCheck.isEnabled()


def test_connect_returns_the_selected_profile_and_remembers_nothing_on_cancel(qapp, qtbot, kartoteka_home):
    lan = Profile("Office", "lan", "srv/3050:crm", "SYSDBA")
    config.save_options(Options(profiles=[config.default_profile(), lan]))
    dlg = ConnectionProfilesDialog(current="Office")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.userEdit.clear()
    qtbot.keyClicks(dlg.ui.userEdit, "PETROV")
    qtbot.keyClick(dlg.ui.userEdit, Qt.Key.Key_Return)  # Enter = the default button, Connect
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.chosen_profile() == Profile("Office", "lan", "srv/3050:crm", "PETROV")
    assert {p.name: p.user for p in config.load_options().profiles}["Office"] == "PETROV"

    cancelled = ConnectionProfilesDialog(current="Office")
    qtbot.addWidget(cancelled)
    cancelled.ui.deleteButton.click()
    cancelled.reject()
    assert "Office" in {p.name for p in config.load_options().profiles}


def test_a_file_path_is_refused_for_a_server_profile(qapp, qtbot, kartoteka_home, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    dlg = ConnectionProfilesDialog()
    qtbot.addWidget(dlg)
    _fill(dlg, qtbot, name="Bad", mode="lan", target="/var/lib/firebird/data/crm.fdb", user="SYSDBA")
    assert not dlg.save()
    assert warnings and "host/port:path-or-alias" in warnings[0]
    assert "Bad" not in {p.name for p in config.load_options().profiles}
    _fill(dlg, qtbot, name="Bad", mode="lan", target="srv:crm", user="SYSDBA")
    assert not dlg.save() and "already" in warnings[-1]


def test_login_prompt_collects_user_password_and_remember(qapp, qtbot):
    profile = Profile("Office", "lan", "srv/3050:crm", "MANAGER1", remember_password=False)
    dlg = LoginDialog(profile, message="Wrong user name or password for srv/3050:crm.")
    qtbot.addWidget(dlg)
    assert dlg.ui.userEdit.text() == "MANAGER1"
    assert dlg.ui.messageLabel.isVisibleTo(dlg)
    qtbot.keyClicks(dlg.ui.passwordEdit, "s3cret")
    dlg.ui.rememberCheck.setChecked(True)
    result = dlg.result_value()
    assert (result.user, result.password, result.remember) == ("MANAGER1", "s3cret", True)
    assert "s3cret" not in repr(result)
    dlg.ui.userEdit.clear()
    assert not dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
