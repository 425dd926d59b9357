"""ui.ops: one worker, results and errors back on the GUI thread, delayed progress."""
from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.errors import UserError

from ui import ops
from ui.errors import UnexpectedError


class FakeContext:
    """Stands in for an AppContext: ops only needs ``info`` and ``close()``."""

    def __init__(self):
        self.info = "fake info"
        self.closed = False
        self.threads: set[int] = set()

    def close(self):
        self.closed = True


def _open_fake(qtbot) -> FakeContext:
    made: list[FakeContext] = []

    def opener():
        made.append(FakeContext())
        return made[0]

    op = ops.open_database(None, opener)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert op.result == "fake info"
    return made[0]


def test_jobs_run_in_order_on_one_worker_thread_and_return_on_the_gui_thread(gui, qtbot):
    ctx = _open_fake(qtbot)
    seen_threads: list[int] = []
    results: list[int] = []
    done_threads: list[int] = []

    def job(c, n):
        assert c is ctx
        seen_threads.append(threading.get_ident())
        time.sleep(0.01)
        return n

    for n in range(5):
        ops.run_op(None, job, n, on_done=lambda r: (results.append(r), done_threads.append(threading.get_ident())))
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 1, 2, 3, 4]
    assert len(set(seen_threads)) == 1 and seen_threads[0] != threading.get_ident()
    assert set(done_threads) == {threading.get_ident()}


def test_user_errors_reach_on_error(gui, qtbot):
    _open_fake(qtbot)
    got: list = []

    def job(ctx):
        raise UserError("Nope.", "technical")

    op = ops.run_op(None, job, on_done=lambda r: got.append(("done", r)), on_error=got.append)
    with qtbot.waitSignal(op.op_did_finish, timeout=5000) as blocker:
        pass
    assert blocker.args == [False]
    assert len(got) == 1 and str(got[0]) == "Nope." and got[0].details == "technical"


def test_unexpected_exceptions_become_a_sentence_with_the_trace_in_details(gui, qtbot, recorder):
    _open_fake(qtbot)

    def buggy(ctx):
        return {}["missing"]

    op = ops.run_op(None, buggy)  # default on_error: the error presenter
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    (error,) = recorder.errors
    assert isinstance(error, UnexpectedError)
    assert "Traceback" not in str(error) and "'missing'" in str(error)
    assert "Traceback" in error.details and "buggy" in error.details


def test_without_a_database_jobs_fail_politely(gui, qtbot):
    got: list = []
    op = ops.run_op(None, lambda ctx: 1, on_error=got.append)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert isinstance(got[0], ops.NotConnected)
    assert "Not connected" in str(got[0])


def test_callbacks_are_skipped_when_the_parent_is_gone(gui, qtbot):
    _open_fake(qtbot)
    parent = QWidget()
    got: list = []
    gate = threading.Event()
    op = ops.run_op(parent, lambda ctx: gate.wait(5), on_done=got.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert got == []


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def _progress_dialogs(parent) -> list[QProgressDialog]:
    return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_progress_shows_only_after_the_delay_and_follows_the_callbacks(gui, qtbot):
    _open_fake(qtbot)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    # quick work: nothing at all
    quick = ops.run_op(parent, lambda ctx: 1, progress_text="Quick…")
    qtbot.waitUntil(lambda: quick.done, timeout=5000)
    qtbot.wait(ops.PROGRESS_DELAY_MS + 100)
    assert _progress_dialogs(parent) == []

    # long work with progress: a dialog after the delay, determinate once totals arrive
    gate = threading.Event()

    def slow(ctx, *, progress):
        progress(3, 10, "clients")
        gate.wait(10)
        return "ok"

    op = ops.run_op(parent, slow, progress_text="Creating…", with_progress=True)
    qtbot.wait(ops.PROGRESS_DELAY_MS // 3)
    assert _progress_dialogs(parent) == []
    qtbot.waitUntil(lambda: bool(_progress_dialogs(parent)), timeout=3000)
    (dlg,) = _progress_dialogs(parent)
    qtbot.waitUntil(lambda: dlg.maximum() == 10 and dlg.value() == 3, timeout=3000)
    assert "Creating…" in dlg.labelText() and "clients" in dlg.labelText()
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    qtbot.waitUntil(lambda: _progress_dialogs(parent) == [], timeout=3000)


def test_quiet_jobs_show_a_busy_cursor_after_the_delay(gui, qtbot):
    _open_fake(qtbot)
    gate = threading.Event()
    op = ops.run_op(None, lambda ctx: gate.wait(10))
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert QApplication.overrideCursor() is None


def test_shutdown_closes_the_database_on_the_worker(gui, qtbot):
    ctx = _open_fake(qtbot)
    ops.shutdown()
    assert ctx.closed
    ops.start()  # the gui fixture shuts down again
