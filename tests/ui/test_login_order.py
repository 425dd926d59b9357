"""What the real main window runs between a login and its first screen (issue #12).

The WAN bench (``bench/wan_login.py``) and the round-trip bounds (``tests/unit/test_round_trips.py``)
replay a list of jobs; these tests watch the real window (offscreen, embedded demo database) and
fail when it runs anything else, in another order, or more round trips, before the first screen.
"""
from __future__ import annotations

import pytest

from bench.wan_login import AFTER_FIRST_SCREEN, FIRST_SCREEN
from tests.unit.test_round_trips import _RoundTrips

#: round trips of the connect on the embedded engine (attach, database info, facts: begin, prepare, execute)
CONNECT_RT = 5


class JobLog:
    """The worker's jobs (``module.name`` of the called function) and the round trips each made,
    recorded on the worker thread; :meth:`mark` snapshots them when the first screen is there."""

    def __init__(self, monkeypatch, rt: _RoundTrips):
        from ui import ops

        self.jobs: list[str] = []
        self.rts: list[int] = []
        self.at_first_screen: tuple[list[str], int] | None = None
        real = ops.Worker._execute
        log = self

        def execute(worker, job):
            if job.fn is None:  # "close" before the open: nothing is open yet, nothing is sent
                return real(worker, job)
            log.jobs.append(f"{job.fn.__module__}.{job.fn.__qualname__}")
            before = len(rt.calls)
            try:
                return real(worker, job)
            finally:
                log.rts.append(len(rt.calls) - before)

        monkeypatch.setattr(ops.Worker, "_execute", execute)

    def mark(self) -> None:
        if self.at_first_screen is None:
            self.at_first_screen = (list(self.jobs), sum(self.rts))


def _start(qtbot, monkeypatch):
    from ui import main, main_window

    # the window starts the after-login jobs at the latest 5 s after connecting even without a
    # first screen (a screen that never loads must not hold them up): on a loaded test machine
    # that fallback would fire first and make this test depend on the clock
    monkeypatch.setattr(main_window, "AFTER_FIRST_PAGE_LATEST_MS", 600_000)
    rt = _RoundTrips(monkeypatch)
    log = JobLog(monkeypatch, rt)
    # snapshot the jobs before the window queues its after-login jobs: a slot connected after the
    # window's own would run after the worker thread may already have started the reminders
    real_after = main_window.MainWindow._after_first_page

    def after_first_page(window) -> None:
        log.mark()
        real_after(window)

    monkeypatch.setattr(main_window.MainWindow, "_after_first_page", after_first_page)
    window = main.start()
    qtbot.addWidget(window)
    return window, log


@pytest.mark.parametrize("tab", ["dashboard", "clients"])
def test_the_window_runs_what_the_bench_replays_before_and_after_its_first_screen(
        gui, demo_db, recorder, qtbot, monkeypatch, tab):
    from ui import state

    if tab != "dashboard":
        state.save_main_tab(tab)  # the tab shown last time
    window, log = _start(qtbot, monkeypatch)
    assert window.workspace.current_name() == tab
    qtbot.waitUntil(lambda: log.at_first_screen is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.cards.rights is not None and window.cards.cache.data is not None, timeout=30000)
    qtbot.waitUntil(lambda: len(log.jobs) >= 1 + len(FIRST_SCREEN[tab]) + len(AFTER_FIRST_SCREEN), timeout=30000)
    jobs, rts = log.at_first_screen
    # the connect, then exactly the first screen's jobs: nothing of a hidden tab, no reminders or rights
    assert jobs == ["app.context.AppContext", *FIRST_SCREEN[tab]]
    # the same round trips as tests/unit/test_round_trips.py bounds: 7 (dashboard) or 9 (client list)
    # here, 3 more for a server's attach through the WAN emulator
    assert rts == CONNECT_RT + 2 * len(FIRST_SCREEN[tab])
    # then, queued by the first screen, what the bench replays after it, in that order
    assert log.jobs[len(jobs):len(jobs) + len(AFTER_FIRST_SCREEN)] == list(AFTER_FIRST_SCREEN)
    if tab == "dashboard":
        assert window.workspace.dashboard.data is not None and window.client_list.model.rowCount() == 0
    else:
        assert window.client_list.model.rowCount() > 0 and window.workspace.dashboard.data is None
    window.close()
