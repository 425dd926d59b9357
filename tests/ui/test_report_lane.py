"""ui.ops' report lane (issue #6): reports run on their own thread and attachment, so the main
worker keeps serving saves, list pages and polls; the attachment follows the main database (closed
on open/close/exit, re-opened for the new one), skips the embedded single-instance guard, and a
running report is cancelled when the database goes away. Real embedded Firebird, no mocks."""
from __future__ import annotations

import shutil
import threading
import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from app.context import AppContext, spec_from
from app.errors import ConnectionFailed
from db import engine as dbe
from reports import registry
from reports.engine import ReportCancelled
from reports.spec import Col, Report

from ui import ops
from ui.reports_window import ReportsWindow

CHUNK_SLEEP = 0.02  #: per 100 rows: 0.1 s per engine chunk (500 rows), ~40 s for all of them


class Seen:
    """What the slow report's rows() saw, written on the report thread."""

    def __init__(self):
        self.thread: int | None = None
        self.attachment: int | None = None
        self.rows = 0


SEEN = Seen()


def _slow_rows(conn, p):
    SEEN.thread = threading.get_ident()
    SEEN.attachment = conn.execute(text("SELECT CURRENT_CONNECTION FROM RDB$DATABASE")).scalar()
    for i in range(200_000):
        if i % 100 == 0:
            time.sleep(CHUNK_SLEEP)  # the engine checks cancel between its chunks of 500 rows
        SEEN.rows = i
        yield {"name": f"row {i}", "n": i}


SLOW = Report(id="test.lane.slow", category="A", title="Test: a slow report on the report lane",
              question="Does the rest wait?", rows=_slow_rows,
              columns=(Col("name", "Name"), Col("n", "N", "int", total="sum")))


@pytest.fixture
def slow_report(monkeypatch):
    index = dict(registry._index())
    index[SLOW.id] = SLOW
    monkeypatch.setattr(registry, "_index", lambda: index)
    global SEEN
    SEEN = Seen()
    return SLOW


def wait_op(qtbot, op, timeout=30000):
    qtbot.waitUntil(lambda: op.done, timeout=timeout)
    return op


def open_db(qtbot, path):
    op = wait_op(qtbot, ops.open_database(None, AppContext, spec_from(str(path))))
    assert op.error is None, op.error
    return op.result


@pytest.fixture
def db(gui, demo_db, recorder, qtbot):
    open_db(qtbot, demo_db)
    return demo_db


def main_job(qtbot, fn, *args):
    op = wait_op(qtbot, ops.run_op(None, fn, *args))
    if op.error is not None:
        raise op.error
    return op.result


def report_job(qtbot, fn, *args):
    op = wait_op(qtbot, ops.run_report_op(None, fn, *args))
    if op.error is not None:
        raise op.error
    return op.result


def my_attachment(ctx):
    """The attachment id and database file of ``ctx`` (main or report lane)."""
    with ctx.engine.connect() as c:
        row = c.execute(text("SELECT CURRENT_CONNECTION, RDB$GET_CONTEXT('SYSTEM', 'DB_NAME') "
                             "FROM RDB$DATABASE")).one()
        c.rollback()
    return int(row[0]), str(row[1]), threading.get_ident()


def user_attachments(path) -> int:
    """User attachments to the embedded file ``path`` other than this probe's own (a fresh one, so
    MON$ is a fresh snapshot)."""
    con = dbe.attach(spec_from(str(path)))
    try:
        cur = con.cursor()
        cur.execute("SELECT COUNT(*) FROM MON$ATTACHMENTS "
                    "WHERE MON$SYSTEM_FLAG = 0 AND MON$ATTACHMENT_ID <> CURRENT_CONNECTION")
        (n,) = cur.fetchone()
        con.rollback()
        return int(n)
    finally:
        con.close()


def test_a_main_job_finishes_while_a_slow_report_runs_and_cancel_still_works(db, qtbot, slow_report):
    w = ReportsWindow()
    qtbot.addWidget(w)
    w.show()
    w.select_report(SLOW.id)
    report = w.run_report()
    assert report is not None and w.running
    qtbot.waitUntil(lambda: SEEN.rows > 1000, timeout=20000)  # the report is really reading rows

    # a card-load-sized job on the main worker completes while the report keeps running
    started = time.monotonic()
    main_attachment, main_db, main_thread = main_job(qtbot, my_attachment)
    assert time.monotonic() - started < 2
    assert not report.done and w.running
    # ...on another thread and another attachment than the report's
    assert SEEN.thread is not None and SEEN.thread != main_thread
    assert SEEN.attachment is not None and SEEN.attachment != main_attachment
    assert main_db == str(db)

    # a report needs no busy cursor: the rest of the GUI is usable
    from PySide6.QtWidgets import QApplication

    assert QApplication.overrideCursor() is None

    started = time.monotonic()
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    wait_op(qtbot, report, timeout=10000)
    assert time.monotonic() - started < 5
    assert isinstance(report.error, ReportCancelled)
    assert w.status_label.text() == "Cancelled." and not w.running

    # the next run re-uses the report lane's attachment (opened once, lazily)
    again = report_job(qtbot, my_attachment)
    assert again[0] == SEEN.attachment and again[2] == SEEN.thread


def test_report_lane_attaches_lazily_and_skips_the_single_instance_guard(db, qtbot):
    # only the main context is attached before the first report job
    assert user_attachments(db) >= 1
    before = user_attachments(db)
    report_attachment, report_db, _ = report_job(qtbot, my_attachment)
    assert report_db == str(db)
    assert user_attachments(db) == before + 1
    main_attachment, _, _ = main_job(qtbot, my_attachment)
    assert report_attachment != main_attachment
    # the main context still holds this process's lock on the file: another process is refused
    with pytest.raises(dbe.EmbeddedLockError):
        dbe.EmbeddedGuard(str(db)).acquire()


def test_switching_the_database_closes_the_report_attachment(db, qtbot, tmp_path):
    other = tmp_path / "other.fdb"
    main_job(qtbot, lambda ctx: None)  # the demo copy is idle: copy it as a second database
    shutil.copy(db, other)
    first = report_job(qtbot, my_attachment)
    assert first[1] == str(db)

    open_db(qtbot, other)
    # nothing of this process stays attached to the first file (without the close: 1 left)
    qtbot.waitUntil(lambda: user_attachments(db) == 0, timeout=10000)
    # the next report attaches to the database open now
    second = report_job(qtbot, my_attachment)
    assert second[1] == str(other)

    wait_op(qtbot, ops.close_database())
    qtbot.waitUntil(lambda: user_attachments(other) == 0, timeout=10000)
    op = wait_op(qtbot, ops.run_report_op(None, my_attachment, on_error=lambda e: None))
    assert isinstance(op.error, ops.NotConnected)


def test_opening_another_database_cancels_the_running_report_and_drops_the_queued_one(db, qtbot, tmp_path):
    other = tmp_path / "other.fdb"
    main_job(qtbot, lambda ctx: None)
    shutil.copy(db, other)
    cancel = threading.Event()
    steps: list[int] = []

    def slow(ctx, cancel):
        for i in range(400):  # 40 s unless cancelled
            if cancel.is_set():
                raise ReportCancelled()
            steps.append(i)
            time.sleep(0.1)
        return "finished"

    running = ops.run_report_op(None, slow, cancel, cancel=cancel, on_error=lambda e: None)
    queued = ops.run_report_op(None, my_attachment, on_error=lambda e: None)
    qtbot.waitUntil(lambda: len(steps) > 2, timeout=10000)
    started = time.monotonic()
    open_db(qtbot, other)
    wait_op(qtbot, running, timeout=10000)
    wait_op(qtbot, queued, timeout=10000)
    assert time.monotonic() - started < 5
    assert cancel.is_set() and isinstance(running.error, ReportCancelled)
    assert isinstance(queued.error, ops.Superseded)  # it was meant for the first database
    assert report_job(qtbot, my_attachment)[1] == str(other)
    qtbot.waitUntil(lambda: user_attachments(db) == 0, timeout=10000)


def test_a_report_submitted_during_an_open_waits_for_it(gui, demo_db, recorder, qtbot):
    gate = threading.Event()

    def opener():
        gate.wait(10)
        return AppContext(spec_from(str(demo_db)))

    opening = ops.open_database(None, opener)
    report = ops.run_report_op(None, my_attachment)
    qtbot.wait(300)
    assert not report.done  # not "not connected": it waits for the open's outcome
    gate.set()
    wait_op(qtbot, opening)
    wait_op(qtbot, report)
    assert report.error is None and report.result[1] == str(demo_db)


def test_report_attach_errors_are_user_errors(gui, recorder, qtbot, tmp_path):
    class Opened:
        """A main context whose spec names a file that is not there (deleted meanwhile)."""

        info = "opened"
        spec = spec_from(str(tmp_path / "gone.fdb"))

        def close(self):
            pass

    op = wait_op(qtbot, ops.open_database(None, Opened))
    assert op.result == "opened"
    got: list = []
    op = wait_op(qtbot, ops.run_report_op(None, my_attachment, on_error=got.append))
    assert len(got) == 1 and isinstance(got[0], ConnectionFailed)
    assert str(tmp_path / "gone.fdb") in str(got[0])


def test_shutdown_cancels_a_running_report_and_closes_both_attachments(db, qtbot):
    cancel = threading.Event()

    def slow(ctx, cancel):
        if cancel.wait(20):  # bounded: a broken shutdown fails the test instead of hanging it
            raise ReportCancelled()
        return "finished"

    report_job(qtbot, my_attachment)  # the report lane is attached
    op = ops.run_report_op(None, slow, cancel, cancel=cancel, on_error=lambda e: None)
    qtbot.wait(200)
    started = time.monotonic()
    ops.shutdown()
    assert time.monotonic() - started < 5 and cancel.is_set()
    assert user_attachments(db) == 0
    ops.start()  # the gui fixture shuts down again
    assert op is not None
