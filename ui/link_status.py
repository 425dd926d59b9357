"""The link to the server in the status bar: round-trip time, "connection lost", reconnecting with
back-off, and what comes back after it (issue #15, dropped links). Layer: ``ui``.

* On a **server** connection a label in the main window's status bar shows the measured round-trip
  time (``Link: 42 ms``), probed with a tiny prepared SELECT (:func:`app.link.probe`, one round
  trip) every :data:`PROBE_MS` when the database worker is idle. Never on an embedded file.
* The state comes from :class:`app.link.LinkState` on the worker's context: this module subscribes
  to it once per opened database and gets every change through a queued signal on the GUI thread.
* When the link drops (any job meets a lost connection: ``ui.ops`` marks it, ``ui.errors`` routes
  the error here instead of a dialog), the label says so, open windows keep their contents, and
  :func:`app.link.reconnect` is tried after 1, 2, 4, 8, 15 and then every 30 s
  (:func:`app.link.next_delay_s`). Nothing else runs on the worker meanwhile (``ui.ops`` refuses
  it at once).
* When it is back: ``link_status_did_reconnect`` fires (client cards replay a save the drop
  interrupted, exactly once), the event listener is started again (its registration died with
  the old attachment), and every screen re-reads what it shows (every change kind is published on
  the refresher's bus, as after missed events). Cards with unsaved edits never reload over them.

What callers must not do: keep the monitor of a closed window (use :func:`current`).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from app import link
from app.changes import Changes
from app.context import AppContext, ConnectionInfo
from app.errors import UserError

from ui import errors, ops
from ui.refresh import EVENT_NAMES

log = logging.getLogger(__name__)

#: How often the round-trip time is measured while the worker is idle.
PROBE_MS = 15_000
#: Round-trip times (ms) under which the link is called good / usable.
GOOD_MS, USABLE_MS = 60.0, 250.0

_current: LinkMonitor | None = None


def current() -> LinkMonitor | None:
    """The monitor of the open main window (None before one is installed)."""
    return _current


def _watch(ctx: AppContext, callback) -> object:
    """Worker job: subscribe ``callback`` to the context's link state and report it at once."""
    unsubscribe = ctx.link.subscribe(callback)
    callback(ctx.link.snapshot)
    return unsubscribe


class LinkMonitor(QObject):
    """Owns the status bar's link label and the reconnect loop of one main window."""

    #: the link is back after a drop (GUI thread)
    link_status_did_reconnect = Signal()
    #: any change of the link (a :class:`app.link.LinkSnapshot`)
    link_status_did_change = Signal(object)
    _link_status_did_hear = Signal(int, object)  # emitted on the worker thread

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel("")
        self.label.setObjectName("linkLabel")
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)  # left of the others: never cut off
        self.snapshot: link.LinkSnapshot | None = None
        self._generation = 0
        self._was_down = False
        self._probe_timer = QTimer(self)
        self._probe_timer.timeout.connect(self._probe)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._reconnect)
        self._reconnecting = False
        self._link_status_did_hear.connect(self._on_heard)

    # --- the connection's life (wired in ui/main.py) ------------------------------------------
    def start(self, _profile: object, info: ConnectionInfo) -> None:
        """Watch the database just opened (nothing to watch on an embedded file)."""
        global _current
        self.stop()
        _current = self
        if info.mode == "embedded":
            return
        errors.link_sink = self._on_lost_error
        generation = self._generation

        def heard(snapshot: link.LinkSnapshot) -> None:  # worker thread
            self._link_status_did_hear.emit(generation, snapshot)

        ops.run_op(self, _watch, heard, on_error=lambda _e: None)
        self._probe_timer.start(PROBE_MS)
        QTimer.singleShot(0, self, self._probe)

    def stop(self, *_args: object) -> None:
        """The database closes (another one opens, or the window closes)."""
        self._generation += 1
        self._probe_timer.stop()
        self._retry_timer.stop()
        self._reconnecting = False
        self._was_down = False
        self.snapshot = None
        if errors.link_sink == self._on_lost_error:
            errors.link_sink = None
        self.label.hide()

    # --- state ------------------------------------------------------------------------------
    @Slot(int, object)
    def _on_heard(self, generation: int, snapshot: link.LinkSnapshot) -> None:
        if generation != self._generation:
            return
        self.snapshot = snapshot
        if snapshot.state == link.UP:
            self._retry_timer.stop()
            if self._was_down:
                self._was_down = False
                self._on_reconnected()
        else:
            self._was_down = True
            if snapshot.state == link.LOST and not self._reconnecting and not self._retry_timer.isActive():
                self._retry_timer.start(int(link.next_delay_s(snapshot.attempts) * 1000))
        self._show(snapshot)
        self.link_status_did_change.emit(snapshot)

    def _on_lost_error(self, _error: UserError) -> None:
        """A screen met the lost link: the status bar already says it (the worker marked the
        state); nothing to show in a dialog."""

    @property
    def down(self) -> bool:
        return self.snapshot is not None and self.snapshot.state != link.UP

    def _show(self, snap: link.LinkSnapshot) -> None:
        self.label.show()
        if snap.state == link.UP:
            if snap.rtt_ms is None:
                self.label.setText(self.tr("Link: connected"))
            else:
                ms = round(snap.rtt_ms)
                quality = (self.tr("good") if snap.rtt_ms < GOOD_MS else
                           self.tr("usable") if snap.rtt_ms < USABLE_MS else self.tr("slow"))
                self.label.setText(self.tr("Link: {ms} ms ({quality})").format(ms=ms, quality=quality))
            self.label.setStyleSheet("")
            self.label.setToolTip(self.tr("Round-trip time to the database server, measured every {s} s "
                                          "while nothing else runs").format(s=PROBE_MS // 1000))
            return
        if snap.state == link.RECONNECTING:
            text = self.tr("⚠ Connection lost, reconnecting…")
        else:
            text = self.tr("⚠ Connection lost, retry in {s} s").format(
                s=int(link.next_delay_s(snap.attempts)))
        self.label.setText(text)
        self.label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.label.setToolTip(self.tr("{why}\nOpen windows keep what you typed; a save you made is sent once "
                                      "the connection is back.").format(why=snap.message))

    # --- probing and reconnecting -------------------------------------------------------------
    def _probe(self) -> None:
        try:
            busy = ops.instance().busy
        except RuntimeError:  # the worker is gone (the window is closing)
            return
        if self.down or busy:
            return  # an idle-time probe: never queued behind (or ahead of) real work
        ops.run_op(self, link.probe, on_error=lambda _e: None)

    def _reconnect(self) -> None:
        if self._reconnecting:
            return
        try:
            ops.instance()
        except RuntimeError:  # the worker is gone (the window closed while a retry was due)
            self._retry_timer.stop()
            return
        self._reconnecting = True
        ops.run_op(self, link.reconnect, on_done=lambda _s: self._reconnect_finished(),
                   on_error=lambda _e: self._reconnect_finished())

    def _reconnect_finished(self) -> None:
        self._reconnecting = False
        if self.snapshot is not None and self.snapshot.state == link.LOST and not self._retry_timer.isActive():
            self._retry_timer.start(int(link.next_delay_s(self.snapshot.attempts) * 1000))

    def _on_reconnected(self) -> None:
        window = self.window
        window.statusBar().showMessage(self.tr("The connection to the server is back."), 8000)
        info = getattr(window, "info", None)
        refresher = getattr(window, "refresher", None)
        if refresher is not None and info is not None:
            refresher.start(info, window)  # the event registration died with the old attachment
            refresher.publish(Changes.from_events(EVENT_NAMES))  # every screen reads again
        self.link_status_did_reconnect.emit()


def install(window: QMainWindow, connector: QObject) -> LinkMonitor:
    """Give ``window`` a link monitor that follows ``connector``'s opens (ui/main.py calls this)."""
    monitor = LinkMonitor(window)
    window.link_monitor = monitor  # type: ignore[attr-defined]
    connector.connector_will_open.connect(monitor.stop)
    connector.connector_did_fail.connect(monitor.stop)
    connector.connector_did_open.connect(monitor.start)
    window.destroyed.connect(lambda *_: monitor.stop())
    update_live = getattr(window, "_update_live_label", None)
    if update_live is not None:  # "Live updates paused" while the link is down
        monitor.link_status_did_change.connect(update_live)
    return monitor
