"""The one way the GUI calls ``app``: a database worker thread and a job queue (plus a second one
for reports). Layer: ``ui``.

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

Reports have a lane of their own (issue #6: a 5-second report must not hold up a card save, a list
page or the reminder poll). :func:`run_report_op` has the contract of :func:`run_op`, but its jobs
run on a second thread, :class:`ReportWorker`, with a **second attachment**: an AppContext opened
from the main context's ``spec`` on the first report job (fdb connections are never shared between
threads; several attachments in one process are fine, also embedded — FIREBIRD.md §5 — so it
skips the single-instance guard the main context already holds). Report jobs run one at a time,
in order, independently of the main queue. The report attachment follows the main database:
:func:`open_database`, :func:`close_database` and :func:`shutdown` close it (after the report job
running then, which they ask to stop through its ``cancel`` event) and the next report job attaches
to whatever is open then; while an open is in flight, report jobs wait for its outcome, and one
still queued from before an open or close fails with :class:`Superseded` instead. A failed
report attach is the opener's usual UserError (to ``on_error``); a lost connection drops the
attachment so the next job attaches afresh. Report jobs show no busy cursor by default: the caller
shows its own progress and the rest of the GUI stays usable.

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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app import link
from app.errors import ConnectionLost, UserError

from ui import errors

log = logging.getLogger(__name__)

#: Work shorter than this shows nothing at all (no flashing dialogs or cursors).
PROGRESS_DELAY_MS = 300
#: Progress callbacks are forwarded to the GUI at most this often (a tight loop would flood it).
PROGRESS_INTERVAL_S = 0.05

Progress = Callable[[int, int, str], None]


class NotConnected(UserError):
    """A job needs the database, but none is open (yet, or any more)."""


class Superseded(UserError):
    """A queued report job did not run: the database was closed or changed after it was submitted."""


def _not_connected() -> NotConnected:
    return NotConnected(QCoreApplication.translate(
        "Worker", "Not connected to a database. Use File > Connect… to open one."))


def open_report_context(spec: Any) -> Any:
    """The report lane's own attachment to the database ``spec`` describes (runs on the report
    thread). No single-instance guard: the main context of this process already holds the lock,
    and a second guard on the same file would refuse (``flock`` is per open file, not per
    process). No schema check: the main context checked this very database."""
    from app.context import AppContext

    return AppContext(spec, guard=False, check_schema=False)


class _Link:
    """Which database the report lane should attach to, shared by three threads (a Condition).

    The GUI thread calls :meth:`begin` when it submits an open or a close (a new generation, no
    spec yet); the main worker :meth:`publish`-es the opened context's spec (or None on failure);
    the report worker reads :meth:`current`, waiting while an open is in flight, and re-attaches
    when the generation moved on.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._generation = 0
        self._spec: Any = None
        self._opening = False

    def begin(self, opening: bool) -> int:
        with self._cond:
            self._generation += 1
            self._spec, self._opening = None, opening
            self._cond.notify_all()
            return self._generation

    def publish(self, generation: int, spec: Any) -> None:
        with self._cond:
            if generation == self._generation:  # a later open/close was submitted: it decides
                self._spec, self._opening = spec, False
                self._cond.notify_all()

    def generation(self) -> int:
        with self._cond:
            return self._generation

    def current(self) -> tuple[int, Any]:
        with self._cond:
            self._cond.wait_for(lambda: not self._opening)
            return self._generation, self._spec


@dataclass
class _Job:
    id: int
    kind: str  #: "ctx": fn(ctx, *args) | "open": fn(*args) -> AppContext | "close"
    fn: Callable[..., Any] | None
    args: tuple[Any, ...]
    with_progress: bool = False
    after: Callable[[], None] | None = None  #: "close" only: called on the worker afterwards
    generation: int = 0  #: "open": the _Link generation its outcome is published under; report
    #: "ctx" jobs: the generation they were submitted in (a later one makes them Superseded)


class Worker(QObject):
    """Runs jobs on its own thread and owns the AppContext. Talk to it only through signals."""

    worker_did_finish_job = Signal(int, object)
    worker_did_fail_job = Signal(int, object)
    worker_did_report_progress = Signal(int, int, int, str)

    def __init__(self, link: _Link | None = None) -> None:
        super().__init__()
        self._ctx: Any = None  #: the open AppContext; touched only on the worker thread
        self._link = link  #: where an opened context's spec is published for the report lane

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
                raise _not_connected()
            return self._run_on_link(job, kwargs)
        if job.kind == "call":  # work that needs no open database (testing a connection)
            return job.fn(*job.args, **kwargs)
        if job.kind == "open":
            self._close()  # an embedded file admits one attachment holder: close before opening
            spec = None
            try:
                self._ctx = job.fn(*job.args, **kwargs)
                spec = getattr(self._ctx, "spec", None)
            finally:
                if self._link is not None:
                    self._link.publish(job.generation, spec)
            return self._ctx.info
        if job.kind == "close":
            try:
                self._close()
            finally:
                if job.after is not None:
                    job.after()
            return None
        raise ValueError(f"unknown job kind {job.kind!r}")

    def _run_on_link(self, job: _Job, kwargs: dict[str, Any]) -> Any:
        """Run a ctx job, minding the link (issue #15): while it is known to be down, a job fails at
        once with ConnectionLost (no connect timeout per job; only ``app.link.reconnect`` runs); a
        driver error that means the link is gone becomes ConnectionLost and marks it down, so the
        status bar says it once (``ui/link_status.py``) instead of a dialog per failed job."""
        ctx = self._ctx
        state = getattr(ctx, "link", None)  # an AppContext has one; a stand-in in a test may not
        if state is None:
            return job.fn(ctx, *job.args, **kwargs)
        if state.down and not getattr(job.fn, "runs_while_down", False):
            raise link.lost_error(ctx)
        try:
            return job.fn(ctx, *job.args, **kwargs)
        except Exception as exc:
            lost = link.as_link_lost(ctx, exc)
            if lost is None:
                raise
            link.note_lost(ctx, lost)
            if lost is exc:
                raise
            raise lost from exc

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


class ReportWorker(Worker):
    """The report lane's worker: its own thread and its own attachment, opened lazily from the
    spec the main worker published (see the module docstring). "open" jobs are not accepted."""

    def __init__(self, link: _Link) -> None:
        super().__init__()
        self._report_link = link
        self._generation: int | None = None  #: the _Link generation self._ctx was opened for

    def _execute(self, job: _Job) -> Any:
        if job.kind == "ctx":
            kwargs = {"progress": self._progress_for(job.id)} if job.with_progress else {}
            ctx = self._context(job.generation)
            try:
                return job.fn(ctx, *job.args, **kwargs)
            except ConnectionLost:
                self._close()  # a dead attachment: the next report attaches afresh
                raise
        if job.kind == "close":
            return super()._execute(job)
        raise ValueError(f"report worker: unsupported job kind {job.kind!r}")

    def _context(self, submitted_in: int) -> Any:
        generation, spec = self._report_link.current()
        if generation != submitted_in:
            raise Superseded(QCoreApplication.translate(
                "Worker", "The database was closed or changed before this could run. Please try again."))
        if generation != self._generation:
            self._close()  # the main database was closed or changed since this one was opened
        if self._ctx is None:
            if spec is None:
                raise _not_connected()
            self._ctx = open_report_context(spec)
            self._generation = generation
        return self._ctx

    def _close(self) -> None:
        self._generation = None
        super()._close()


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

    def __init__(self, parent: QWidget | None, text: str | None, busy_cursor: bool = True) -> None:
        self.parent = parent
        self.text = text
        self.dialog: _ProgressDialog | None = None
        self.cursor = False
        self.last: tuple[int, int, str] | None = None
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.show)
        if text is not None or busy_cursor:  # else: quiet, the caller shows its own progress
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
    cancel: threading.Event | None = None  #: report jobs: set when the database closes or changes


class Ops(QObject):
    """The GUI side of both workers: submits jobs, routes results, shows delayed progress."""

    _ops_did_submit_job = Signal(object)
    _ops_did_submit_report_job = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._link = _Link()
        self._thread, self._worker = self._lane("kartoteka-db", Worker(self._link), self._ops_did_submit_job)
        self._report_thread, self._report_worker = self._lane(
            "kartoteka-reports", ReportWorker(self._link), self._ops_did_submit_report_job)
        self._running = True

    def _lane(self, name: str, worker: Worker, submit: Any) -> tuple[QThread, Worker]:
        thread = QThread()
        thread.setObjectName(name)
        worker.moveToThread(thread)
        # the worker lives on the other thread, so these connections are queued: FIFO, one at a time
        submit.connect(worker.run_job)
        worker.worker_did_finish_job.connect(self._on_job_did_finish)
        worker.worker_did_fail_job.connect(self._on_job_did_fail)
        worker.worker_did_report_progress.connect(self._on_job_did_report_progress)
        thread.start()
        return thread, worker

    @property
    def busy(self) -> bool:
        """True while any job (main or report) is queued or running."""
        return bool(self._pending)

    def submit(self, parent: QObject | None, kind: str, fn: Callable[..., Any] | None, args: tuple[Any, ...], *,
               on_done: Callable[[Any], None] | None, on_error: Callable[[UserError], None] | None,
               progress_text: str | None, with_progress: bool, report: bool = False,
               cancel: threading.Event | None = None, busy_cursor: bool = True) -> Op:
        """Queue one job on the main lane (``report`` False) or the report lane (kind "ctx" only)."""
        if not self._running:
            raise RuntimeError("ui.ops is shut down")
        if report and kind != "ctx":
            raise ValueError("the report lane runs only ctx jobs")
        job = _Job(next(self._ids), kind, fn, args, with_progress)
        op = Op(job.id)
        widget = parent if isinstance(parent, QWidget) else None
        self._pending[job.id] = _Pending(op, parent, on_done, on_error,
                                         _Feedback(widget, progress_text, busy_cursor), cancel if report else None)
        if report:
            job.generation = self._link.generation()
            self._ops_did_submit_report_job.emit(job)
            return op
        if kind in ("open", "close"):
            # the report attachment belongs to the database being closed: stop its report, drop it
            # (after that job); the next report job attaches to what this open publishes
            job.generation = self._link.begin(opening=kind == "open")
            self._release_reports()
        self._ops_did_submit_job.emit(job)
        return op

    def _release_reports(self, after: Callable[[], None] | None = None) -> None:
        for p in self._pending.values():
            if p.cancel is not None:
                p.cancel.set()
        self._ops_did_submit_report_job.emit(_Job(0, "close", None, (), after=after))

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
        if p.on_error is None and errors.to_status_bar(error):
            pass  # a lost link, said once in the status bar (ui/link_status.py): no dialog per job
        elif _alive(p.parent):
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
        """Close both attachments on their workers (after the jobs already queued; a running report
        is asked to stop through its ``cancel`` event) and stop both threads.

        Blocks until the workers are idle: jobs are finite, and a thread destroyed while running
        would take the process down.
        """
        if not self._running:
            return
        self._running = False
        self._link.begin(opening=False)  # a report job waiting for an open must not wait forever
        closed, reports_closed = threading.Event(), threading.Event()
        self._release_reports(after=reports_closed.set)
        self._ops_did_submit_job.emit(_Job(0, "close", None, (), after=closed.set))
        closed.wait()
        reports_closed.wait()
        for thread in (self._thread, self._report_thread):
            thread.quit()
            thread.wait()
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


def run_call(parent: QObject | None, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[UserError], None] | None = None,
             progress_text: str | None = None) -> Op:
    """Run ``fn(*args)`` (no context) on the worker, in order with the other jobs: work that needs
    no open database and must not replace it, such as testing another connection."""
    return instance().submit(parent, "call", fn, args, on_done=on_done, on_error=on_error,
                             progress_text=progress_text, with_progress=False)


def open_database(parent: QObject | None, opener: Callable[..., Any], *args: Any,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[UserError], None] | None = None,
                  progress_text: str | None = None, with_progress: bool = False) -> Op:
    """Close the current database, then ``opener(*args)`` on the worker must return an AppContext.

    The worker keeps the context for every later job; ``on_done`` receives its ``info``
    (:class:`app.context.ConnectionInfo`). On error no database is open afterwards. The report
    lane's attachment is closed too (a running report is cancelled); the next report job attaches
    to the new database with the context's ``spec``.
    """
    return instance().submit(parent, "open", opener, args, on_done=on_done, on_error=on_error,
                             progress_text=progress_text, with_progress=with_progress)


def close_database(parent: QObject | None = None, on_done: Callable[[Any], None] | None = None) -> Op:
    """Close the current database (if any) on the worker, and the report lane's attachment."""
    return instance().submit(parent, "close", None, (), on_done=on_done, on_error=None,
                             progress_text=None, with_progress=False)


def run_report_op(parent: QObject | None, fn: Callable[..., Any], *args: Any,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[UserError], None] | None = None,
                  progress_text: str | None = None, with_progress: bool = False,
                  cancel: threading.Event | None = None, busy_cursor: bool = False) -> Op:
    """Run ``fn(ctx, *args)`` on the **report** worker, beside the main one (issue #6).

    The contract of :func:`run_op` (callbacks on the GUI thread, UserError to ``on_error``, skipped
    when ``parent`` is gone), with ``ctx`` = the report lane's own attachment to the open database
    (opened on first use; see the module docstring). ``cancel``, if given, is the event ``fn``
    checks: ops sets it when the database is closed, changed or the client exits, so a long report
    does not hold that up. No busy cursor unless ``busy_cursor`` (the rest of the GUI is usable).
    """
    return instance().submit(parent, "ctx", fn, args, on_done=on_done, on_error=on_error,
                             progress_text=progress_text, with_progress=with_progress, report=True,
                             cancel=cancel, busy_cursor=busy_cursor)
