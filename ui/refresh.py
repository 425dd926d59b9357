"""One change bus for the whole GUI: "I saved" and "someone else saved" take one path. Layer: ``ui``.

Contract (STYLE.md 2.3, Anki's ``operation_did_execute``):

* Screens call :meth:`Refresher.publish` with the ``Saved.changes`` of every mutation they ran
  (in the ``on_done`` of :func:`ui.ops.run_op`). Subscribers are called at once, on the GUI thread.
* For a **server** connection the refresher runs a Firebird event listener (through
  :mod:`app.live`; ``ui`` never imports ``db``) on its own attachment and thread. Its callback
  hops to the GUI thread through a queued signal; the names are collected and published as
  ``Changes.from_events(names)`` (``remote=True``, kinds only: events carry no ids) at most once
  per :data:`DEBOUNCE_MS` — a burst of commits elsewhere costs one refresh, not one per commit.
  The first event after a quiet spell is published at once (leading edge), so a change from
  another workstation shows within the listener's half-second wait.
* **Embedded** files have no listener (one process: nobody else writes), only the local bus.
* Subscribers that are Qt objects pass ``owner``: they are unsubscribed when it is destroyed, so a
  closed card is never called.

What callers must not do: publish from another thread, or keep a reference to the listener.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from shiboken6 import isValid

from app import live
from app.changes import ChangeBus, Changes
from app.context import ConnectionInfo
from app.errors import UserError

from ui import ops

log = logging.getLogger(__name__)

#: At most one remote refresh per this many milliseconds (ARCHITECTURE: "debounced refresh").
DEBOUNCE_MS = 1500

#: While the event channel is down, open screens re-read themselves this often (a light poll).
FALLBACK_POLL_MS = 60_000
EVENT_NAMES = ("client_changed", "interaction_changed", "deal_changed", "task_changed", "ref_changed")

#: Live-update states (the status bar words them).
OFF, STARTING, ON, DOWN = "off", "starting", "on", "down"


class Refresher(QObject):
    """Owns the :class:`app.changes.ChangeBus` and, for server connections, the event listener."""

    #: the live-update state changed: one of OFF, STARTING, ON, DOWN
    refresher_did_change_state = Signal(str)
    # emitted on the listener's thread; AutoConnection makes the slots run on the GUI thread
    _refresher_did_hear = Signal(int, object)
    _refresher_did_see_channel = Signal(int, bool)

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.bus = ChangeBus()
        self.debounce_ms = debounce_ms
        self.state = OFF
        self._listener: live.Listener | None = None
        self._generation = 0  #: bumped by start/stop: events of an old listener are dropped
        self._pending: set[str] = set()
        self._last_publish = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._refresher_did_hear.connect(self._on_heard)
        self._refresher_did_see_channel.connect(self._on_channel)
        # ARCHITECTURE: "a fallback poll if the event channel dies": while the listener is down
        # (server restart, aux port blocked) open screens re-read themselves every minute
        self.poll_ms = FALLBACK_POLL_MS
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._on_poll)

    # --- the bus -----------------------------------------------------------------------------
    def subscribe(self, fn: Callable[[Changes], None], owner: QObject | None = None) -> Callable[[], None]:
        """Call ``fn(changes)`` for every published change; returns the unsubscribe function.

        With ``owner`` the subscription ends when ``owner`` is destroyed (and is skipped if the
        owner's C++ object is already gone when a change arrives).
        """
        if owner is None:
            return self.bus.subscribe(fn)

        def guarded(changes: Changes) -> None:
            if isValid(owner):
                fn(changes)

        unsubscribe = self.bus.subscribe(guarded)
        owner.destroyed.connect(lambda *_: unsubscribe())
        return unsubscribe

    def publish(self, changes: Changes) -> None:
        """Tell every subscriber what changed (GUI thread only). Empty changes are dropped."""
        if changes.kinds:
            self.bus.publish(changes)

    # --- the listener ------------------------------------------------------------------------
    def start(self, info: ConnectionInfo, parent: QObject | None = None) -> None:
        """Begin live updates for the connection just opened (stops any previous listener)."""
        self.stop()
        if info.mode == "embedded":
            return
        self._set_state(STARTING)
        generation = self._generation
        ops.run_op(parent or self, live.listener_spec,
                   on_done=lambda spec: self._start_listener(generation, spec),
                   on_error=lambda error: self._on_spec_failed(generation, error))

    def _start_listener(self, generation: int, spec: object) -> None:
        if generation != self._generation:
            return  # the connection changed while the worker answered
        if spec is None:
            self._set_state(OFF)
            return

        def heard(names: set[str]) -> None:  # listener thread
            self._refresher_did_hear.emit(generation, names)

        def channel(up: bool) -> None:  # listener thread
            self._refresher_did_see_channel.emit(generation, up)

        self._listener = live.start_listener(spec, heard, channel)  # type: ignore[arg-type]

    def _on_spec_failed(self, generation: int, error: UserError) -> None:
        if generation == self._generation:
            log.warning("live updates unavailable: %s", error)
            self._set_state(DOWN)

    def stop(self) -> None:
        """Stop the listener (joins its thread, about half a second) and forget pending events."""
        self._generation += 1
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        self._pending.clear()
        self._timer.stop()
        self._set_state(OFF)

    @Slot(int, bool)
    def _on_channel(self, generation: int, up: bool) -> None:
        if generation == self._generation and self._listener is not None:
            self._set_state(ON if up else DOWN)

    @Slot(int, object)
    def _on_heard(self, generation: int, names: set[str]) -> None:
        if generation != self._generation:
            return
        self._pending |= set(names)
        if not self._timer.isActive():
            wait_ms = self._last_publish * 1000 + self.debounce_ms - time.monotonic() * 1000
            self._timer.start(max(0, int(wait_ms)))

    def _flush(self) -> None:
        names, self._pending = self._pending, set()
        self._last_publish = time.monotonic()
        changes = Changes.from_events(names)
        log.debug("remote changes: %s", sorted(changes.kinds))
        self.publish(changes)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            if state == DOWN:
                self._poll.start(self.poll_ms)
            else:
                self._poll.stop()
            self.refresher_did_change_state.emit(state)

    def _on_poll(self) -> None:
        """The channel is down: refresh everything as if every kind of event had come."""
        self._on_heard(self._generation, set(EVENT_NAMES))

    def state_text(self) -> str:
        """The status bar's words for the live-update state."""
        return {
            OFF: self.tr("Live updates off"),
            STARTING: self.tr("Live updates: connecting…"),
            ON: self.tr("Live updates on"),
            DOWN: self.tr("Live updates: reconnecting…"),
        }[self.state]
