"""Firebird events → plain callbacks, on a dedicated attachment and thread (no Qt here).

Triggers post coarse events (``client_changed``, ``deal_changed``…; db/migrations 0002) that reach
listeners only on COMMIT. :class:`EventListener` waits for them on its **own** attachment (fdb
connections are never shared between threads) and calls ``callback(counts)`` from its thread with
the names that fired, e.g. ``{"client_changed": 3}``. The receiver must debounce and hop to its own
thread (``ui/refresh.py`` does both).

Robustness (FIREBIRD.md §3.4): if the attachment or the aux channel dies, the listener reconnects
with back-off and then reports *every* event name once (changes may have been missed meanwhile). A
heartbeat event posted by the listener itself must come back within ``heartbeat_timeout_s``;
otherwise the channel is considered dead (FB 3.0.8 stops delivering after an aux break) and is
re-created. No polling of tables: a quiet database costs one tiny round trip per heartbeat.

Server connections only: an embedded file is opened by one process, so there is nobody else to
hear from, and closing an fdb conduit on the embedded engine can race the engine's event thread
and abort the process (observed with firebird-embedded 5.0.4 + fdb 2.0.4).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from db.engine import ConnectSpec, attach

log = logging.getLogger(__name__)

EVENT_NAMES = ("client_changed", "interaction_changed", "deal_changed", "task_changed", "ref_changed")
HEARTBEAT_EVENT = "kartoteka_heartbeat"
#: Seconds a broken channel is left alone before its attachment is closed (see ``_run``).
SETTLE_S = 1.0


class EventListener:
    """Background listener. ``start()`` returns at once; ``stop()`` joins the thread."""

    def __init__(
        self,
        spec: ConnectSpec,
        callback: Callable[[dict[str, int]], None],
        names: Iterable[str] = EVENT_NAMES,
        *,
        heartbeat_s: float = 30.0,
        heartbeat_timeout_s: float = 10.0,
        on_state: Callable[[bool], None] | None = None,
    ):
        if spec.target.kind == "embedded":
            raise ValueError("EventListener is for server connections (see the module docstring)")
        self.spec = spec
        self.callback = callback
        self.names = tuple(names)
        self.heartbeat_s = heartbeat_s
        self.heartbeat_timeout_s = heartbeat_timeout_s
        self.on_state = on_state  #: called with True when listening, False when the channel is down
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="firebird-events", daemon=True)
        self.reconnects = 0

    def start(self, wait_ready: float | None = 10.0) -> EventListener:
        self._thread.start()
        if wait_ready:
            self._ready.wait(wait_ready)
        return self

    @property
    def listening(self) -> bool:
        return self._ready.is_set()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _state(self, up: bool) -> None:
        if up:
            self._ready.set()
        else:
            self._ready.clear()
        if self.on_state:
            try:
                self.on_state(up)
            except Exception:  # a broken observer must not kill the listener
                log.exception("event state observer failed")

    def _run(self) -> None:
        backoff = 1.0
        first = True
        while not self._stop.is_set():
            con = conduit = None
            try:
                con = attach(self.spec)
                conduit = con.event_conduit([*self.names, HEARTBEAT_EVENT])
                conduit.begin()
                self._state(True)
                if not first:  # events may have been missed while we were away
                    self.reconnects += 1
                    self._deliver({n: 1 for n in self.names})
                first = False
                backoff = 1.0
                self._loop(con, conduit)
            except Exception as exc:  # connection refused, lost, aux port blocked…
                log.warning("event channel down: %s", exc)
                if con is not None and not self._stop.is_set():
                    # the client library's aux thread may still be tearing the dropped channel
                    # down: detaching at once raced it and crashed the process (measured, a
                    # wanproxy cut with another attachment busy; issue #15)
                    self._stop.wait(SETTLE_S)
            finally:
                self._state(False)
                for closer in (getattr(conduit, "close", None), getattr(con, "close", None)):
                    if closer:
                        try:
                            closer()
                        except Exception:
                            pass
            if not self._stop.wait(backoff):
                backoff = min(backoff * 2, 30.0)

    def _loop(self, con, conduit) -> None:
        next_beat = time.monotonic() + self.heartbeat_s
        beat_sent_at: float | None = None
        cur = con.cursor()
        while not self._stop.is_set():
            if conduit.closed:  # fdb's event thread met the dropped link (db/fbclient.py)
                raise ConnectionError("event channel closed by the client library")
            counts = conduit.wait(timeout=0.5) or {}
            fired = {k: v for k, v in counts.items() if v}
            if fired:
                conduit.flush()  # wait() never clears its flag by itself (FIREBIRD.md §3.4)
                if fired.pop(HEARTBEAT_EVENT, None):
                    beat_sent_at = None
                if fired:
                    self._deliver(fired)
            now = time.monotonic()
            if beat_sent_at is not None and now - beat_sent_at > self.heartbeat_timeout_s:
                raise ConnectionError("heartbeat event did not come back")
            if now >= next_beat:
                cur.execute(f"EXECUTE BLOCK AS BEGIN POST_EVENT '{HEARTBEAT_EVENT}'; END")
                con.commit()
                beat_sent_at = now
                next_beat = now + self.heartbeat_s

    def _deliver(self, fired: dict[str, int]) -> None:
        try:
            self.callback(fired)
        except Exception:
            log.exception("event callback failed")
