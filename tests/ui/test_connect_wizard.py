"""File › Connect… shows the first start's three choices, pre-filled with the open profile, and keeps
the saved-profiles dialog one button away (issue #15)."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import config
from app.config import Profile

from ui import connect
from ui.dialogs import connection_profiles
from ui.dialogs.first_start import FirstStartDialog, split_target

#: the real prompt (the recorder fixture replaces it on the class for the other tests)
REAL_CHOOSE_CONNECTION = connect.Connector.choose_connection


def _wizard() -> FirstStartDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, FirstStartDialog) and w.isVisible()), None)


def test_file_connect_opens_the_wizard_with_the_open_database(main_window, demo_db, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(connect.Connector, "choose_connection", REAL_CHOOSE_CONNECTION)
    other = tmp_path / "другая база.fdb"
    shutil.copy(demo_db, other)
    seen = {}

    def answer() -> None:
        dlg = _wizard()
        if dlg is None:
            QTimer.singleShot(50, answer)
            return
        seen.update(title=dlg.windowTitle(), personal=dlg.personal_radio.isChecked(), path=dlg.path_edit.text(),
                    saved=dlg.saved_button is not None and dlg.saved_button.isVisible(),
                    choices=[r.text() for r in (dlg.personal_radio, dlg.office_radio, dlg.create_radio)])
        dlg.path_edit.setText(str(other))
        dlg.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    main_window.action_by_id["file.connect"].trigger()
    assert seen["title"] == "Connect to a database" and seen["personal"] and seen["saved"]
    assert seen["path"] == str(demo_db)
    assert seen["choices"] == ["&Personal database on this computer", "&Connect to the office database",
                               "C&reate the office database on a server (administrator)"]
    qtbot.waitUntil(lambda: main_window.info is not None and main_window.info.target == str(other), timeout=30000)
    opts = config.load_options()
    assert opts.last_profile == other.stem and any(p.target == str(other) for p in opts.profiles)


def test_the_wizard_shows_the_open_server_profile(gui, kartoteka_home, qtbot):
    current = Profile(name="Branch", mode="wan", target="10.0.0.5/3059:crm", user="MGR_IVANOV",
                      remember_password=True)
    dlg = FirstStartDialog(None, current, connecting=True)
    qtbot.addWidget(dlg)
    assert dlg.office_radio.isChecked() and dlg.pages.currentIndex() == 1
    assert (dlg.host_edit.text(), dlg.port_spin.value(), dlg.db_edit.text()) == ("10.0.0.5", 3059, "crm")
    assert dlg.user_edit.text() == "MGR_IVANOV" and dlg.wan_check.isChecked()
    assert dlg.password_edit.text() == "" and "remembered" in dlg.password_edit.placeholderText()
    assert (dlg.c_host_edit.text(), dlg.c_port_spin.value()) == ("10.0.0.5", 3059)
    dlg.on_ok_clicked()
    # the same profile (its name, remembered password), no password typed: the keyring or the prompt
    assert dlg.choice.kind == "office" and dlg.choice.profile == current and dlg.choice.password is None
    dlg2 = FirstStartDialog(None, current, connecting=True)
    qtbot.addWidget(dlg2)
    dlg2.db_edit.setText("other")
    dlg2.on_ok_clicked()
    assert dlg2.choice.profile.name == "Office" and dlg2.choice.profile.target == "10.0.0.5/3059:other"


def test_saved_connections_stay_one_button_away(gui, kartoteka_home, qtbot, monkeypatch):
    branch = Profile(name="Branch", mode="lan", target="srv/3050:crm", user="SYSDBA")
    asked = []
    monkeypatch.setattr(connection_profiles.ConnectionProfilesDialog, "choose",
                        classmethod(lambda cls, parent, current=None: asked.append(current) or branch))
    dlg = FirstStartDialog(None, config.default_profile(), connecting=True)
    qtbot.addWidget(dlg)
    dlg.saved_button.click()
    assert asked == [config.default_profile().name]
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.choice.kind == "saved" and dlg.choice.profile == branch
    # the first start itself has no such button
    first = FirstStartDialog(None)
    qtbot.addWidget(first)
    assert first.saved_button is None and first.path_edit.text() == str(config.default_database_path())


def test_a_missing_file_is_one_clear_message(gui, kartoteka_home, qtbot, tmp_path):
    dlg = FirstStartDialog(None, config.default_profile(), connecting=True)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "nowhere.fdb"))
    dlg.on_ok_clicked()
    assert dlg.choice is None and "There is no database file" in dlg.message.text()


def test_split_target():
    assert split_target("127.0.0.1/3059:crm") == ("127.0.0.1", 3059, "crm")
    assert split_target("host:/var/lib/crm.fdb") == ("host", None, "/var/lib/crm.fdb")
    assert split_target("[::1]/3050:crm") == ("::1", 3050, "crm")
