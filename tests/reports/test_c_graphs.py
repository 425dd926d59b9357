"""C 34 and 35 (reports/catalog/c_activity.py, declared at its end): completed and scheduled
activity on hand-countable data (the arithmetic in comments)."""
from __future__ import annotations

import datetime as dt

from reports import engine
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 3, 16)


def test_completed_and_scheduled_activity(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c = b.client("Alpha", responsible=iv)
        # January: Ivanov 2 calls, 1 e-mail, 1 task done; Petrov 1 meeting. February: nothing. March: Petrov 1 call
        b.interaction(c, "CALL", D(2026, 1, 5, 10), user=iv, result="REACHED")
        b.interaction(c, "CALL", D(2026, 1, 6, 10), user=iv, result="NO_ANSWER")
        b.interaction(c, "EMAIL", D(2026, 1, 7, 10), user=iv)
        b.interaction(c, "NOTE", D(2026, 1, 7, 11), user=iv)  # a note is not activity
        b.interaction(c, "MEETING", D(2026, 1, 8, 10), user=pe, result="HELD")
        b.interaction(c, "CALL", D(2026, 3, 2, 10), user=pe, result="REACHED")
        b.task("Done", D(2026, 1, 9, 10), assignee=iv, client_id=c, status="DONE", done_at=D(2026, 1, 9, 12))
        # scheduled: open tasks due 17.03 (call, Ivanov), 17.03 (meeting, Petrov), 19.03 (to-do, Ivanov);
        # a done one on 18.03 and one due in April do not count
        b.task("Call", D(2026, 3, 17, 10), assignee=iv, client_id=c, kind="CALL")
        b.task("Meet", D(2026, 3, 17, 15), assignee=pe, client_id=c, kind="MEETING")
        b.task("Todo", D(2026, 3, 19, 10), assignee=iv, client_id=c, kind="TODO")
        b.task("Done", D(2026, 3, 18, 10), assignee=iv, client_id=c, status="DONE", done_at=D(2026, 3, 10, 10))
        b.task("Later", D(2026, 4, 20, 10), assignee=iv, client_id=c)
    r = engine.run(ctx, "activity.completed.by_period", {"period": "2026-01-01..2026-03-31"}, today=TODAY, log=False)
    # March: Petrov's call + the task done 10.03
    assert r.rows() == [("2026-01", 2, 1, 1, 1, 5), ("2026-02", 0, 0, 0, 0, 0), ("2026-03", 1, 0, 0, 1, 2)]
    assert r.totals == (None, 3, 1, 1, 2, 7)
    mine = engine.run(ctx, "activity.completed.by_period", {"period": "2026-01-01..2026-03-31", "manager": iv},
                      today=TODAY, log=False)
    assert mine.totals == (None, 2, 0, 1, 2, 5)
    s = engine.run(ctx, "activity.scheduled.by_day", {"period": "2026-03-16..2026-03-31"}, today=TODAY, log=False)
    assert s.rows() == [(dt.date(2026, 3, 17), 1, 1, 0, 0, 2), (dt.date(2026, 3, 19), 0, 0, 0, 1, 1)]
    assert s.total("total") == 3
