"""Connecting from the GUI: first start, errors as sentences, the login prompt, giving up."""
from __future__ import annotations

import pytest

from app import config
from app.config import Options, Profile
from app.context import AppContext, spec_from
from app.errors import ConnectionFailed

from ui import connect, main
from ui.dialogs.login import LoginResult


def _assert_sentence(error) -> None:
    text = str(error)
    assert text and "Traceback" not in text and "File \"" not in text


def test_first_start_creates_the_demo_database_in_kartoteka_home(gui, kartoteka_home, recorder, qtbot,
                                                                monkeypatch):
    monkeypatch.setattr(connect, "FIRST_START_CLIENTS", 30)
    db = config.default_database_path()
    assert not db.exists()
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.info is not None, timeout=60000)
    assert db.exists() and db.is_relative_to(kartoteka_home)
    assert not list(db.parent.glob("*.creating*"))  # built under a temporary name, then renamed
    assert "Embedded" in w.connection_label.text()
    # the list loads when its tab is shown (issue #12), after the reference lists arrive: wait for
    # the rows, not only for "not loading"
    w.workspace.show_tab("clients")
    qtbot.waitUntil(lambda: w.client_list.model.rowCount() == 30 + 4 and not w.client_list.model.is_loading,
                    timeout=10000)
    assert w.client_list.model.rowCount() == 30 + 4  # + the demo login's own day of work (app/demo_day.py: 4 clients)
    assert config.load_options().last_profile == config.default_profile().name
    assert recorder.errors == [] and recorder.connection_errors == []
    w.close()

    # a second start reuses the database instead of creating it again
    def must_not_run(*args, **kwargs):
        raise AssertionError("first start ran twice")

    monkeypatch.setattr(connect, "open_first_start", must_not_run)
    w2 = main.start()
    qtbot.addWidget(w2)
    qtbot.waitUntil(lambda: w2.info is not None or bool(recorder.errors or recorder.connection_errors), timeout=20000)
    assert w2.info is not None
    w2.close()


def test_missing_database_shows_the_message_and_gives_up(gui, kartoteka_home, recorder, qtbot, tmp_path):
    missing = tmp_path / "nowhere" / "crm.fdb"
    w = main.start(target=str(missing))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(recorder.connection_errors), timeout=20000)
    (error,) = recorder.connection_errors
    assert isinstance(error, ConnectionFailed)
    _assert_sentence(error)
    assert "There is no database" in str(error)
    assert str(missing) in str(error)
    # the user answered "Quit": nothing was open, so the window goes away
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert w.connection_label.text() == "Not connected"
    assert not missing.exists()  # only the default database is ever created by the GUI


def test_locked_embedded_database_says_it_is_open_elsewhere(gui, demo_db, recorder, qtbot):
    with AppContext(spec_from(str(demo_db))):  # "another Kartoteka window" holds the file
        w = main.start()
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: bool(recorder.connection_errors), timeout=20000)
    (error,) = recorder.connection_errors
    _assert_sentence(error)
    assert "already open" in str(error)


def test_after_an_error_the_user_picks_another_profile(gui, demo_db, recorder, qtbot, tmp_path):
    recorder.choose_other_connection = True
    recorder.pick_answers = [config.default_profile()]
    w = main.start(target=str(tmp_path / "missing.fdb"))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.info is not None, timeout=20000)
    assert len(recorder.connection_errors) == 1 and len(recorder.picked) == 1
    qtbot.waitUntil(lambda: w.workspace.dashboard.data is not None, timeout=10000)  # the first screen
    w.close()


def test_server_profile_asks_for_the_password_and_reports_a_dead_server(gui, kartoteka_home, recorder,
                                                                        qtbot, monkeypatch):
    monkeypatch.delenv("KARTOTEKA_PASSWORD", raising=False)
    # port 1 on localhost: nothing listens, the connection is refused at once
    lan = Profile(name="Office", mode="lan", target="127.0.0.1/1:crm", user="MANAGER1")
    config.save_options(Options(last_profile="Office", profiles=[config.default_profile(), lan]))
    recorder.login_answers = [LoginResult("MANAGER1", "secret", remember=True)]
    stored: list = []
    monkeypatch.setattr(config, "store_password", lambda p, pw: stored.append((p.name, pw)) or True)
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(recorder.connection_errors), timeout=30000)
    assert [(p.name, msg) for p, msg in recorder.logins] == [("Office", None)]
    (error,) = recorder.connection_errors
    _assert_sentence(error)
    assert "does not answer" in str(error)
    assert stored == []  # a password is remembered only after it worked


def test_cancelled_login_offers_the_profiles_then_quits(gui, kartoteka_home, recorder, qtbot, monkeypatch):
    monkeypatch.delenv("KARTOTEKA_PASSWORD", raising=False)
    lan = Profile(name="Office", mode="lan", target="127.0.0.1/1:crm")
    config.save_options(Options(last_profile="Office", profiles=[config.default_profile(), lan]))
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(recorder.picked), timeout=10000)
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert len(recorder.logins) == 1 and recorder.connection_errors == []


@pytest.mark.server
def test_wrong_password_asks_again_then_connects(gui, kartoteka_home, recorder, qtbot, monkeypatch,
                                                 server_db):
    monkeypatch.delenv("KARTOTEKA_PASSWORD", raising=False)
    target = str(server_db.target)
    config.save_options(Options(last_profile="Server", profiles=[
        config.default_profile(), Profile(name="Server", mode="wan", target=target, user="SYSDBA")]))
    recorder.login_answers = [LoginResult("SYSDBA", "wrong"), LoginResult("SYSDBA", server_db.password)]
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.info is not None, timeout=30000)
    assert len(recorder.logins) == 2
    assert recorder.logins[0][1] is None and "Wrong user name or password" in recorder.logins[1][1]
    assert recorder.connection_errors == []
    assert "Server" in w.connection_label.text() and "compressed" in w.connection_label.text()
    w.close()


def test_schema_mismatch_is_explained(gui, demo_db, recorder, qtbot, monkeypatch):
    import app.context
    from app.errors import SchemaMismatch

    def too_new(rev):
        raise SchemaMismatch("9999", "0003", newer=True)

    monkeypatch.setattr(app.context, "check_revision", too_new)
    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(recorder.connection_errors), timeout=20000)
    (error,) = recorder.connection_errors
    _assert_sentence(error)
    assert "newer Kartoteka" in str(error)


def test_start_profile_explicit_target_then_last_then_default(kartoteka_home):
    lan = Profile(name="Office", mode="lan", target="srv/3050:crm", user="MANAGER1", remember_password=True)
    assert connect.profile_for_start() == config.default_profile()
    config.save_options(Options(last_profile="Office", profiles=[config.default_profile(), lan]))
    assert connect.profile_for_start() == lan
    # an explicit target that matches a saved profile keeps its remembered password
    assert connect.profile_for_start("srv/3050:crm") == lan
    assert connect.profile_for_start("srv/3050:crm", wan=True).mode == "wan"
    other = connect.profile_for_start("/data/other.fdb", user="ivanov")
    assert (other.mode, other.target, other.user) == ("embedded", "/data/other.fdb", "ivanov")
