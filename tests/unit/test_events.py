"""Live refresh: a commit on one attachment reaches an EventListener on another (server)."""
from __future__ import annotations

import queue
import time

from sqlalchemy import text

from app.changes import CLIENT, DEAL, ChangeBus, Changes
from app.context import AppContext
from db.events import EventListener
from db.models import Client


def test_commit_delivers_coarse_event_and_rollback_does_not(server_db):
    # Server only: an embedded file has one process by definition, so the client never listens
    # there (ui/refresh.py); and closing an fdb conduit on the embedded engine can race the
    # engine's event thread and abort the process (seen here under pytest-qt).
    spec = server_db
    got: queue.Queue = queue.Queue()
    with AppContext(spec) as ctx:
        listener = EventListener(spec, got.put).start()
        try:
            assert listener.listening
            with ctx.engine.connect() as conn:  # a change rolled back posts nothing
                conn.execute(text("INSERT INTO CLIENTS (NAME, SEARCH_NAME) VALUES ('X', 'X')"))
                conn.rollback()
            with ctx.sessions.begin() as s:
                s.add(Client(name="Other workstation", search_name="OTHER WORKSTATION"))
            t0 = time.monotonic()
            fired = got.get(timeout=5)
            assert time.monotonic() - t0 < 5
            assert fired.get("client_changed", 0) >= 1
            assert Changes.from_events(fired).touches(CLIENT)
        finally:
            listener.stop()


def test_listener_reconnects_and_reports_everything(server_db, monkeypatch):
    """A dead channel is re-created and every kind is reported once (changes may have been missed)."""
    got: queue.Queue = queue.Queue()
    listener = EventListener(server_db, got.put, heartbeat_s=0.2, heartbeat_timeout_s=0.5)
    # make the first heartbeat fail as if the aux channel broke
    calls = {"n": 0}
    real_loop = listener._loop

    def flaky_loop(con, conduit):
        calls["n"] += 1
        if calls["n"] == 1:
            time.sleep(0.5)  # the channel ran for a while, then broke
            raise ConnectionError("simulated aux channel break")
        return real_loop(con, conduit)

    monkeypatch.setattr(listener, "_loop", flaky_loop)
    listener.start(wait_ready=None)
    try:
        fired = got.get(timeout=10)
        assert set(fired) == {"client_changed", "interaction_changed", "deal_changed", "task_changed", "ref_changed"}
        assert listener.reconnects == 1
    finally:
        listener.stop()


def test_changes_merge_and_bus():
    a = Changes.of(CLIENT, 1, 2)
    b = Changes.of(DEAL)
    merged = a | b
    assert merged.touches(CLIENT, 1) and not merged.touches(CLIENT, 3)
    assert merged.touches(DEAL, 99)  # no ids known: anything
    bus = ChangeBus()
    seen = []
    unsub = bus.subscribe(seen.append)
    bus.publish(a)
    unsub()
    bus.publish(b)
    assert seen == [a]
