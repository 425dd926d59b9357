"""One window per user and server database: a second window of the same login on the same
database is refused in plain words; another login (another terminal-server user) is not."""
from __future__ import annotations

import pytest

from app import instance
from app.instance import AlreadyOpen

from ui import main


def test_second_window_on_the_same_server_database_is_refused(gui, kartoteka_home, recorder, server_db, qtbot,
                                                              monkeypatch):
    monkeypatch.setenv("KARTOTEKA_PASSWORD", server_db.password)
    target = str(server_db.target)
    other = instance.acquire_session(target, "SYSDBA")  # "another window" of this user
    w = main.start(target=target, user="SYSDBA")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(recorder.connection_errors), timeout=30000)
    assert isinstance(recorder.connection_errors[0], AlreadyOpen)
    assert "already open on" in str(recorder.connection_errors[0]) and w.info is None
    w.close()
    other.release()

    w2 = main.start(target=target, user="SYSDBA")
    qtbot.addWidget(w2)
    qtbot.waitUntil(lambda: w2.info is not None, timeout=30000)
    with pytest.raises(AlreadyOpen):  # the open window holds the guard now
        instance.acquire_session(target, "sysdba")
    instance.acquire_session(target, "MGR1").release()  # another login: its own guard
    w2.connector._release_session()
    w2.close()
