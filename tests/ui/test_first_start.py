"""The first-start wizard: the three choices, Test Connection in plain words, and the connector
opening what was chosen (the office database, or a new one created on the FB3 test server)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app import config
from app.context import AppContext, spec_from
from app.office import NewOffice

from ui import main
from ui.dialogs.first_start import FirstStartChoice, FirstStartDialog


def _fill_office(dlg: FirstStartDialog, fb_server, path, user="SYSDBA", password=None) -> None:
    dlg.office_radio.setChecked(True)
    dlg.host_edit.setText("127.0.0.1")
    dlg.port_spin.setValue(fb_server.port)
    dlg.db_edit.setText(str(path))
    dlg.user_edit.setText(user)
    dlg.password_edit.setText(password if password is not None else fb_server.password)


def test_wizard_tests_the_office_connection_in_plain_words(gui, kartoteka_home, fb_server, server_db, qtbot):
    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.personal_radio.isChecked() and dlg.pages.currentIndex() == 0
    dlg.office_radio.setChecked(True)
    assert dlg.pages.currentIndex() == 1
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert "server's name" in dlg.message.text()  # nothing typed: one clear message

    _fill_office(dlg, fb_server, server_db.target.database, password="wrong")
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.test_button.isEnabled() and "Connecting" not in dlg.message.text(), timeout=30000)
    assert "Wrong user name or password" in dlg.message.text()
    dlg.db_edit.setText("no_such_alias")
    dlg.password_edit.setText(fb_server.password)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.test_button.isEnabled() and "Connecting" not in dlg.message.text(), timeout=30000)
    assert "no database" in dlg.message.text()
    dlg.db_edit.setText(server_db.target.database)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.tested is not None, timeout=30000)
    assert "Connected" in dlg.message.text() and "Arc4" in dlg.message.text()

    dlg.on_ok_clicked()
    assert dlg.choice.kind == "office" and dlg.choice.profile.target == server_db.target.dsn
    assert dlg.choice.profile.user == "SYSDBA" and dlg.choice.password == fb_server.password


def test_first_start_opens_the_office_database_chosen(gui, kartoteka_home, recorder, fb_server, server_db, qtbot):
    dlg = FirstStartDialog()
    qtbot.addWidget(dlg)
    _fill_office(dlg, fb_server, server_db.target.database)
    recorder.first_start_answer = dlg.office_choice()
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.info is not None or bool(recorder.connection_errors), timeout=60000)
    assert recorder.first_starts == 1 and not recorder.connection_errors
    assert "Server" in w.connection_label.text() and "Arc4" in w.connection_label.text()
    assert not config.default_database_path().exists()  # no personal demo database was made
    opts = config.load_options()
    assert opts.last_profile == "Office" and any(p.target == server_db.target.dsn for p in opts.profiles)
    w.close()


def test_first_start_creates_the_office_database_on_the_server(gui, kartoteka_home, recorder, fb_server, qtbot):
    target = fb_server.dsn(fb_server.data_dir / "new office.fdb")
    plan = NewOffice(target, "SYSDBA", fb_server.password, "BOSS", "Boss-pass-1", "Ирина Начальник", 5)
    from app.config import Profile

    recorder.first_start_answer = FirstStartChoice("create", Profile("Office", "lan", target, "BOSS"), "Boss-pass-1",
                                                   plan)
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.info is not None or bool(recorder.connection_errors), timeout=180000)
    assert not recorder.connection_errors, recorder.connection_errors
    assert w.info.user == "BOSS" and w.info.role == "CRM_ADMIN"
    w.close()
    with AppContext(spec_from(target, "SYSDBA", fb_server.password)) as ctx, ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM CLIENTS").scalar_one() >= 5
        conn.rollback()
    assert config.load_options().last_profile == "Office"

    # a second attempt at the same path fails in plain words and leaves the existing database alone
    recorder.first_start_answer = FirstStartChoice("create", Profile("Office 2", "lan", target, "BOSS2"), "x", plan)
    config.options_path().unlink()
    w2 = main.start()
    qtbot.addWidget(w2)
    qtbot.waitUntil(lambda: bool(recorder.connection_errors), timeout=60000)
    assert "Traceback" not in str(recorder.connection_errors[0])
    with AppContext(spec_from(target, "BOSS", "Boss-pass-1")) as ctx:
        assert ctx.info.role == "CRM_ADMIN"
    w2.close()
