"""Live updates from other workstations: the Firebird event listener, as the UI may start it.

Layer: ``app``. The UI must not import ``db`` (ARCHITECTURE), so it reaches
:class:`db.events.EventListener` through here:

1. :func:`listener_spec` runs on the database worker (``ui.ops.run_op``) and returns an opaque
   handle for the open connection, or ``None`` for an embedded file (one process: nobody else can
   write, and closing an fdb conduit on the embedded engine can abort the process, db/events.py);
2. :func:`start_listener` (any thread; returns at once) opens the listener's **own** attachment on
   its own thread with that handle. Its callback runs on the listener thread with the set of event
   names that fired; the caller hops to its own thread and debounces (``ui/refresh.py``).

The handle carries the credentials of the open connection: callers keep it in memory only and
never log or store it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from app.context import AppContext
from db.engine import ConnectSpec
from db.events import EventListener


class Listener(Protocol):
    """What :func:`start_listener` returns."""

    def stop(self) -> None:
        """Stop listening and join the thread (within about half a second)."""

    @property
    def listening(self) -> bool:
        """True while the event channel is up."""


def listener_spec(ctx: AppContext) -> ConnectSpec | None:
    """The connection of ``ctx`` for a listener, or None when events are not used (embedded)."""
    if ctx.spec.target.kind == "embedded":
        return None
    return ctx.spec


def start_listener(spec: ConnectSpec, callback: Callable[[set[str]], None],
                   on_state: Callable[[bool], None] | None = None) -> Listener:
    """Start listening for the coarse change events (``client_changed`` …) of ``spec``'s database.

    ``callback(names)`` and ``on_state(up)`` run on the listener's thread. After a broken channel
    is re-created, every name is reported once (changes may have been missed meanwhile). Does not
    wait for the channel to come up: ``on_state(True)`` says when it is.
    """
    def deliver(counts: dict[str, int]) -> None:
        callback({name for name, n in counts.items() if n})

    return EventListener(spec, deliver, on_state=on_state).start(wait_ready=None)
