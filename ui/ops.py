"""The one way the GUI calls ``app``: a single database worker thread and a job queue. Layer: ``ui``.

Contract (STYLE.md 2.3, Anki's ``CollectionOp``):

* One :class:`Worker` lives on one ``QThread`` and **owns the AppContext** (the fdb attachment).
  Nothing else touches it: fdb connections are never shared between threads, and no screen
  creates a ``QThread`` of its own.
* :func:`run_op` queues ``fn(ctx, *args)``; jobs run one at a time, in submission order. The result
  comes back on the GUI thread to ``on_done(result)``; an :class:`app.errors.UserError` comes back to
  ``on_error(error)`` (default: :func:`ui.errors.show_error`). Any other exception is a bug: it
  becomes an :class:`ui.errors.UnexpectedError` whose ``details`` hold the traceback.
* Callbacks are skipped when ``parent`` has been deleted meanwhile (a closed window).
* Feedback is delayed: nothing for :data:`PROGRESS_DELAY_MS`, then a progress dialog (when
  ``progress_text`` is given) or a busy cursor. With ``with_progress=True`` the function also
  gets ``progress=callback(done, total, what)``, callable from the worker thread; the calls are
  forwarded to the dialog through queued signals (throttled).
* Opening a database is a job too (:func:`open_database`): the worker closes its current context,
  runs the opener and keeps the returned context; the GUI only receives ``ctx.info``.

Callers must not keep or pass an ``AppContext`` on the GUI thread, and must not block on a job.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app.errors import UserError

from ui import errors

log = logging.getLogger(__name__)

#: Work shorter than this shows nothing at all (no flashing dialogs or cursors).
PROGRESS_DELAY_MS = 300
#: Progress callbacks are forwarded to the GUI at most this often (a tight loop would flood it).
PROGRESS_INTERVAL_S = 0.05

Progress = Callable[[int, int, str], None]


class NotConnected(UserError):
    """A job needs the database, but none is open (yet, or any more)."""


@dataclass
class _Job:
    id: int
    kind: str  #: "ctx": fn(ctx, *args) | "open": fn(*args) -> AppContext | "close"
    fn: Callable[..., Any] | None
    args: tuple[Any, ...]
    with_progress: bool = False
    after: Callable[[], None] | None = None  #: "close" only: called on the worker afterwards


class Worker(QObject):
    """Runs jobs on its own thread and owns the AppContext. Talk to it only through signals."""

    worker_did_finish_job = Signal(int, object)
    worker_did_fail_job = Signal(int, object)
    worker_did_report_progress = Signal(int, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._ctx: Any = None  #: the open AppContext; touched only on the worker thread

    @Slot(object)
    def run_job(self, job: _Job) -> None:
        try:
            result = self._execute(job)
        except UserError as exc:
            self.worker_did_fail_job.emit(job.id, exc)
        except Exception as exc:  # a bug: keep the trace for support, show a sentence
            self.worker_did_fail_job.emit(job.id, errors.UnexpectedError.from_exception(exc))
        else:
            self.worker_did_finish_job.emit(job.id, result)

    def _execute(self, job: _Job) -> Any:
        kwargs = {"progress": self._progress_for(job.id)} if job.with_progress else {}
        if job.kind == "ctx":
            if self._ctx is None:
                raise NotConnected(self.tr("Not connected to a database. Use File > Connect… to open one."))
            return job.fn(self._ctx, *job.args, **kwargs)
        if job.kind == "open":
            self._close()  # an embedded file admits one attachment holder: close before opening
            self._ctx = job.fn(*job.args, **kwargs)
            return self._ctx.info
        if job.kind == "close":
            try:
                self._close()
            finally:
                if job.after is not None:
                    job.after()
            return None
        raise ValueError(f"unknown job kind {job.kind!r}")

    def _close(self) -> None:
        ctx, self._ctx = self._ctx, None
        if ctx is not None:
            try:
                ctx.close()
            except Exception:  # closing a dead attachment must not block opening a new one
                log.exception("closing the database failed")

    def _progress_for(self, job_id: int) -> Progress:
        last = [0.0]

        def progress(done: int, total: int, what: str = "") -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL_S or (total and done >= total):
                last[0] = now
                self.worker_did_report_progress.emit(job_id, int(done), int(total), str(what))

        return progress


class Op(QObject):
    """One submitted job, as seen from the GUI thread.

    ``op_did_finish(ok)`` fires after ``on_done``/``on_error`` ran (tests wait on it); ``result`` or
    ``error`` then holds the outcome.
    """

    op_did_finish = Signal(bool)

    def __init__(self, job_id: int) -> None:
        super().__init__()
        self.job_id = job_id
        self.done = False
        self.result: Any = None
        self.error: UserError | None = None


class _ProgressDialog(QProgressDialog):
    """A progress dialog for work that cannot be cancelled: no Cancel, Esc and close do nothing."""

    def reject(self) -> None:  # Esc
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # the title bar's X
        event.ignore()


class _Feedback:
    """The delayed indicator of one job: nothing at first, then a dialog or a busy cursor."""

    def __init__(self, parent: QWidget | None, text: str | None) -> None:
        self.parent = parent
        self.text = text
        self.dialog: _ProgressDialog | None = None
        self.cursor = False
        self.last: tuple[int, int, str] | None = None
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.show)
        self.timer.start(PROGRESS_DELAY_MS)

    def show(self) -> None:
        if self.text is None:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            self.cursor = True
            return
        parent = self.parent if self.parent is not None and isValid(self.parent) else None
        dlg = _ProgressDialog(self.text, None, 0, 0, parent)
        dlg.setWindowTitle(QGuiApplication.applicationDisplayName() or "Kartoteka CRM")
        dlg.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        dlg.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumWidth(420)
        self.dialog = dlg
        if self.last is not None:
            self.progress(*self.last)
        dlg.show()

    def progress(self, done: int, total: int, what: str) -> None:
        self.last = (done, total, what)
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))
        self.dialog.setLabelText(f"{self.text}\n{what}" if what else self.text)

    def stop(self) -> None:
        self.timer.stop()
        if self.cursor:
            QGuiApplication.restoreOverrideCursor()
            self.cursor = False
        if self.dialog is not None:
            if isValid(self.dialog):
                self.dialog.hide()
                self.dialog.deleteLater()
            self.dialog = None


@dataclass
class _Pending:
    op: Op
    parent: QObject | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[UserError], None] | None
    feedback: _Feedback


class Ops(QObject):
    """The GUI side of the worker: submits jobs, routes results, shows delayed progress."""

    _ops_did_submit_job = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._thread = QThread()
        self._thread.setObjectName("kartoteka-db")
        self._worker = Worker()
        self._worker.moveToThread(self._thread)
        # the worker lives on the other thread, so these connections are queued: FIFO, one at a time
        self._ops_did_submit_job.connect(self._worker.run_job)
        self._worker.worker_did_finish_job.connect(self._on_job_did_finish)
        self._worker.worker_did_fail_job.connect(self._on_job_did_fail)
        self._worker.worker_did_report_progress.connect(self._on_job_did_report_progress)
        self._thread.start()
        self._running = True

    @property
    def busy(self) -> bool:
        """True while any job is queued or running."""
        return bool(self._pending)

    def submit(self, parent: QObject | None, kind: str, fn: Callable[..., Any] | None, args: tuple[Any, ...], *,
               on_done: Callable[[Any], None] | None, on_error: Callable[[UserError], None] | None,
               progress_text: str | None, with_progress: bool) -> Op:
        if not self._running:
            raise RuntimeError("ui.ops is shut down")
        job = _Job(next(self._ids), kind, fn, args, with_progress)
        op = Op(job.id)
        widget = parent if isinstance(parent, QWidget) else None
        self._pending[job.id] = _Pending(op, parent, on_done, on_error, _Feedback(widget, progress_text))
        self._ops_did_submit_job.emit(job)
        return op

    @Slot(int, object)
    def _on_job_did_finish(self, job_id: int, result: object) -> None:
        p = self._pending.pop(job_id, None)
        if p is None:
            return
        p.feedback.stop()
        p.op.done, p.op.result = True, result
        if p.on_done is not None and _alive(p.parent):
            try:
                p.on_done(result)
            except Exception as exc:  # a bug in a callback: a sentence for the user, the trace in details
                errors.show_error(_widget(p.parent), errors.UnexpectedError.from_exception(exc))
        p.op.op_did_finish.emit(True)

    @Slot(int, object)
    def _on_job_did_fail(self, job_id: int, error: UserError) -> None:
        p = self._pending.pop(job_id, None)
        if p is None:
            return
        p.feedback.stop()
        p.op.done, p.op.error = True, error
        if _alive(p.parent):
            try:
                if p.on_error is not None:
                    p.on_error(error)
                else:
                    errors.show_error(_widget(p.parent), error)
            except Exception as exc:
                errors.show_error(_widget(p.parent), errors.UnexpectedError.from_exception(exc))
        p.op.op_did_finish.emit(False)

    @Slot(int, int, int, str)
    def _on_job_did_report_progress(self, job_id: int, done: int, total: int, what: str) -> None:
        p = self._pending.get(job_id)
        if p is not None:
            p.feedback.progress(done, total, what)

    def shutdown(self) -> None:
        """Close the database on the worker (after the jobs already queued) and stop the thread.

        Blocks until the worker is idle: jobs are finite, and a thread destroyed while running
        would take the process down.
        """
        if not self._running:
            return
        self._running = False
        closed = threading.Event()
        self._ops_did_submit_job.emit(_Job(0, "close", None, (), after=closed.set))
        closed.wait()
        self._thread.quit()
        self._thread.wait()
        for p in self._pending.values():
            p.feedback.stop()
        self._pending.clear()


def _alive(obj: QObject | None) -> bool:
    return obj is None or isValid(obj)


def _widget(obj: QObject | None) -> QWidget | None:
    return obj if isinstance(obj, QWidget) and isValid(obj) else None


_instance: Ops | None = None


def start() -> Ops:
    """Start the worker thread (once per process; needs a QApplication)."""
    global _instance
    if _instance is None:
        _instance = Ops()
    return _instance


def instance() -> Ops:
    if _instance is None:
        raise RuntimeError("ui.ops.start() was not called")
    return _instance


def shutdown() -> None:
    """Close the database and stop the worker; :func:`start` may be called again afterwards."""
    global _instance
    if _instance is not None:
        _instance.shutdown()
        _instance = None


def run_op(parent: QObject | None, fn: Callable[..., Any], *args: Any,
           on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[UserError], None] | None = None,
           progress_text: str | None = None, with_progress: bool = False) -> Op:
    """Run ``fn(ctx, *args)`` on the worker; see the module docstring for the contract."""
    return instance().submit(parent, "ctx", fn, args, on_done=on_done, on_error=on_error,
                             progress_text=progress_text, with_progress=with_progress)


def open_database(parent: QObject | None, opener: Callable[..., Any], *args: Any,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[UserError], None] | None = None,
                  progress_text: str | None = None, with_progress: bool = False) -> Op:
    """Close the current database, then ``opener(*args)`` on the worker must return an AppContext.

    The worker keeps the context for every later job; ``on_done`` receives its ``info``
    (:class:`app.context.ConnectionInfo`). On error no database is open afterwards.
    """
    return instance().submit(parent, "open", opener, args, on_done=on_done, on_error=on_error,
                             progress_text=progress_text, with_progress=with_progress)


def close_database(parent: QObject | None = None, on_done: Callable[[Any], None] | None = None) -> Op:
    """Close the current database (if any) on the worker."""
    return instance().submit(parent, "close", None, (), on_done=on_done, on_error=None,
                             progress_text=None, with_progress=False)
