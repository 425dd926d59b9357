"""C. Activity reports on hand-countable data (the arithmetic is in the comments), plus a smoke run
of every definition of reports/catalog/c_activity.py on the demo database."""
from __future__ import annotations

import datetime as dt

import pytest

from db.models import Deal
from reports import engine
from reports.catalog.c_activity import HOURS, REPORTS
from reports.spec import Period
from tests.reports.helpers import assert_numeric_cells, groups, subtotals
from tests.reports.seed import Seed
from tests.reports.seed_ac import archive

D = dt.datetime
TODAY = dt.date(2026, 3, 15)  # a Sunday
MARCH = "2026-03-01..2026-03-31"


def run(ctx, report_id, **values):
    return engine.run(ctx, report_id, values, today=TODAY, log=False)




def test_interactions_by_manager_and_type(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c1, c2 = b.client("C1", responsible=iv), b.client("C2", responsible=pe)
        b.interaction(c1, "CALL", D(2026, 3, 2, 10), user=iv, result="REACHED", duration_sec=120)
        b.interaction(c1, "CALL", D(2026, 3, 2, 11), user=iv, result="NO_ANSWER", duration_sec=10)
        b.interaction(c1, "CALL", D(2026, 3, 3, 10), user=iv, result="REACHED", duration_sec=300, direction="IN")
        b.interaction(c1, "EMAIL", D(2026, 3, 4, 10), user=iv)
        b.interaction(c1, "MEETING", D(2026, 3, 5, 10), user=iv, direction=None, duration_sec=3600)
        b.interaction(c1, "NOTE", D(2026, 3, 5, 12), user=iv)
        b.interaction(c2, "EMAIL", D(2026, 3, 6, 10), user=pe, direction="IN")
        b.interaction(c2, "EMAIL", D(2026, 3, 6, 11), user=pe)
        b.interaction(c2, "SMS", D(2026, 3, 7, 10), user=pe)
        b.interaction(c2, "CHAT", D(2026, 3, 7, 11), user=pe, direction="IN")
        b.interaction(c2, "CALL", D(2026, 3, 8, 10), result="REACHED", duration_sec=60, direction="IN")  # nobody's
        b.interaction(c1, "CALL", D(2026, 2, 28, 23, 59), user=iv)  # outside March
        b.interaction(c1, "CALL", D(2026, 4, 1, 0, 0), user=iv)  # the end bound is exclusive
    r = run(ctx, "activity.interactions.by_manager", period=MARCH)
    assert groups(r) == ["Manager: Ivanov", "Manager: Petrov", "Manager: (no manager)"]
    # Ivanov's calls: 2 out + 1 in, 1 not reached, 120 + 10 + 300 = 430 s
    assert r.rows() == [("Call", 3, 2, 1, 1, 430 / 60), ("E-mail", 1, 1, 0, 0, 0.0), ("Meeting", 1, 0, 0, 0, 60.0),
                        ("Note", 1, 0, 0, 0, 0.0),
                        ("E-mail", 2, 1, 1, 0, 0.0), ("SMS", 1, 1, 0, 0, 0.0), ("Chat", 1, 0, 1, 0, 0.0),
                        ("Call", 1, 0, 1, 0, 1.0)]
    assert [s[1] for s in subtotals(r)] == [6, 4, 1]
    # 11 interactions, 5 out, 4 in, 1 attempt, (430 + 3600 + 60) s
    assert r.totals[:5] == (None, 11, 5, 4, 1) and r.totals[5] == pytest.approx(4090 / 60)

    t = run(ctx, "activity.interactions.by_type", period=MARCH)
    assert t.rows() == [("Ivanov", 3, 1, 1, 0, 1, 6), ("Petrov", 0, 2, 0, 2, 0, 4), ("(no manager)", 1, 0, 0, 0, 0, 1)]
    assert t.totals == (None, 4, 3, 1, 2, 1, 11)
    assert run(ctx, "activity.interactions.by_type", period=MARCH, manager=pe).rows() == [("Petrov", 0, 2, 0, 2, 0, 4)]


def test_calls_by_manager_with_short_call_share(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c = b.client("C", responsible=iv)
        for sec, result, direction in ((120, "REACHED", "OUT"), (10, "NO_ANSWER", "OUT"), (0, "BUSY", "OUT"),
                                       (29, "REACHED", "IN"), (30, "REACHED", "IN")):
            b.interaction(c, "CALL", D(2026, 3, 2, 10), user=iv, result=result, duration_sec=sec, direction=direction)
        b.interaction(c, "CALL", D(2026, 3, 3, 10), user=pe, result="REACHED", duration_sec=600)
        b.interaction(c, "CALL", D(2026, 3, 3, 11), user=pe, result="REACHED", duration_sec=300)
        b.interaction(c, "EMAIL", D(2026, 3, 3, 12), user=pe)  # not a call
    r = run(ctx, "activity.calls.by_manager", period=MARCH)
    # Ivanov: 5 calls, 189 s = 3.15 min, 37.8 s each, short (< 30 s): 10, 0, 29 → 3 of 5
    # Petrov: 2 calls, 900 s = 15 min, 450 s each, none short
    assert r.rows() == [("Ivanov", 5, 3, 2, 3, 3.15, 37.8, 3, 0.6), ("Petrov", 2, 2, 0, 2, 15.0, 450.0, 0, 0.0)]
    # totals: 7 calls, 1089 s → 155.57 s average (not the mean of 37.8 and 450), 3 of 7 short
    assert r.totals[:5] == (None, 7, 5, 2, 5) and r.totals[5] == pytest.approx(18.15)
    assert r.totals[6] == pytest.approx(1089 / 7) and r.totals[7:] == (3, pytest.approx(3 / 7))
    assert r.chart.series[0] == ("Calls", [5.0, 2.0])
    # a 60-second threshold adds the 30-second call
    assert run(ctx, "activity.calls.by_manager", period=MARCH, short_sec=60).rows()[0][7:] == (4, 0.8)


def test_meetings_held_vs_planned(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c = b.client("C", responsible=iv)
        m = dict(kind="MEETING", assignee=iv, client_id=c)
        b.task("M1", D(2026, 3, 2, 10), status="DONE", done_at=D(2026, 3, 2, 11), **m)
        b.task("M2", D(2026, 3, 5, 10), status="CANCELLED", **m)
        b.task("M3", D(2026, 3, 10, 10), **m)  # open, before today: overdue
        b.task("M4", D(2026, 3, 20, 10), **m)  # open, ahead
        b.task("M5", D(2026, 3, 18, 10), status="DONE", done_at=D(2026, 3, 12, 10), **m)  # held early
        b.task("M0", D(2026, 2, 27, 10), **m)  # outside March
        b.task("Call", D(2026, 3, 3, 10), assignee=iv, client_id=c)  # not a meeting
        b.interaction(c, "MEETING", D(2026, 3, 2, 10), user=iv, direction=None, result="HELD")
        b.interaction(c, "MEETING", D(2026, 3, 9, 10), user=iv, direction=None)
        b.interaction(c, "MEETING", D(2026, 3, 5, 10), user=iv, direction=None, result="CANCELLED")
        b.interaction(c, "MEETING", D(2026, 3, 11, 10), user=pe, direction=None)
    r = run(ctx, "activity.meetings.plan_fact", period=MARCH)
    # Ivanov: 5 planned, 2 held, 1 cancelled, 1 overdue, 1 ahead → held 2 of the 4 already due; 2 logged
    # Petrov: nothing planned, 1 logged
    assert r.rows() == [("Ivanov", 5, 2, 1, 1, 1, 0.5, 2), ("Petrov", 0, 0, 0, 0, 0, None, 1)]
    assert r.totals == (None, 5, 2, 1, 1, 1, 0.5, 3)
    assert run(ctx, "activity.meetings.plan_fact", period=MARCH, manager=pe).rows() == [
        ("Petrov", 0, 0, 0, 0, 0, None, 1)]


def _tasks(b):
    iv, pe = b.user("Ivanov"), b.user("Petrov")
    acme = b.client("Acme", responsible=iv)
    b.task("t1", D(2026, 3, 2, 10), assignee=iv, status="DONE", done_at=D(2026, 3, 2, 17))  # on time
    b.task("t2", D(2026, 3, 3, 10), assignee=iv, kind="TODO", status="DONE", done_at=D(2026, 3, 5, 9))  # late
    b.task("t3", D(2026, 3, 4, 10), assignee=iv, kind="EMAIL", client_id=acme)  # overdue 11 days
    b.task("t4", D(2026, 3, 14, 23), assignee=iv, priority=1)  # overdue 1 day
    b.task("t5", D(2026, 3, 15, 9), assignee=iv)  # due today: not overdue yet
    b.task("t6", D(2026, 3, 20, 10), assignee=iv, status="DONE", done_at=D(2026, 3, 10, 10))  # early = on time
    b.task("t7", D(2026, 3, 8, 10), assignee=iv, status="CANCELLED")
    b.task("t8", D(2026, 2, 28, 10), assignee=iv)  # February; overdue 15 days
    b.task("p1", D(2026, 3, 10, 10), assignee=pe, status="DONE", done_at=D(2026, 3, 10, 18))
    b.task("p2", D(2026, 3, 12, 10), assignee=pe, kind="MEETING", priority=3)  # overdue 3 days
    b.task("n1", D(2026, 3, 1, 10))  # nobody's, overdue 14 days
    return iv, pe


def test_tasks_completed_vs_overdue(ctx):
    with Seed(ctx) as b:
        _tasks(b)
    r = run(ctx, "activity.tasks.by_manager", period=MARCH)
    # Ivanov: t1..t6 due (t7 cancelled, t8 February): done t1 t2 t6 (t2 late), overdue t3 t4, ahead t5
    assert r.rows() == [("Ivanov", 6, 3, 2, 1, 2, 1, 0.5, 2 / 6, 1),
                        ("Petrov", 2, 1, 1, 0, 1, 0, 0.5, 0.5, 0),
                        ("(no manager)", 1, 0, 0, 0, 1, 0, 0.0, 1.0, 0)]
    assert r.totals == (None, 9, 4, 3, 1, 4, 1, 4 / 9, 4 / 9, 1)


def test_overdue_tasks_list(ctx):
    with Seed(ctx) as b:
        iv, pe = _tasks(b)
    r = run(ctx, "activity.tasks.overdue")
    assert groups(r) == ["Manager: Ivanov", "Manager: Petrov", "Manager: (no manager)"]
    assert r.rows() == [(D(2026, 2, 28, 10), 15, "t8", "Call", None, "Normal"),
                        (D(2026, 3, 4, 10), 11, "t3", "E-mail", "Acme", "Normal"),
                        (D(2026, 3, 14, 23), 1, "t4", "Call", None, "High"),
                        (D(2026, 3, 12, 10), 3, "p2", "Meeting", None, "Low"),
                        (D(2026, 3, 1, 10), 14, "n1", "Call", None, "Normal")]
    # subtotals: oldest overdue and count per manager
    assert [(s[1], s[2]) for s in subtotals(r)] == [(15, 3), (3, 1), (14, 1)]
    assert (r.total("days"), r.total("task")) == (15, 5)
    assert [x[2] for x in run(ctx, "activity.tasks.overdue", manager=pe).rows()] == ["p2"]


def test_first_response_to_new_clients(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        n1 = b.client("N1", responsible=iv, created=D(2026, 3, 2, 10))
        b.interaction(n1, "NOTE", D(2026, 3, 2, 10, 30), user=iv)  # a note is not a response
        b.interaction(n1, "CALL", D(2026, 3, 2, 12), user=iv, result="NO_ANSWER")  # an attempt is: 120 min
        n2 = b.client("N2", responsible=iv, created=D(2026, 3, 5, 9))
        b.interaction(n2, "EMAIL", D(2026, 3, 7, 9), user=iv)  # 48 h = 2880 min
        b.interaction(n2, "CALL", D(2026, 3, 8, 9), user=iv, result="REACHED")  # not the first
        n3 = b.client("N3", responsible=iv, created=D(2026, 3, 10, 9))
        b.interaction(n3, "CALL", D(2026, 3, 9, 9), user=iv, result="REACHED")  # before it was created
        m1 = b.client("M1", responsible=pe, created=D(2026, 3, 3, 8))
        b.interaction(m1, "MEETING", D(2026, 3, 3, 9, 30), user=pe, direction=None)  # 90 min
        old = b.client("Old", responsible=iv, created=D(2026, 2, 27, 9))
        b.interaction(old, "CALL", D(2026, 3, 1, 9), user=iv, result="REACHED")
    r = run(ctx, "activity.first_response", period=MARCH)
    # Ivanov: 3 new, 2 answered in (120 + 2880) / 2 = 1500 min = 25 h, 1 within 24 h; Petrov: 90 min = 1.5 h
    assert r.rows() == [("Ivanov", 3, 2, 1, 25.0, 1, 1 / 3), ("Petrov", 1, 1, 0, 1.5, 1, 1.0)]
    # the average over everyone: (50 h + 1.5 h) / 3 answered, not the mean of 25 and 1.5
    assert r.totals[:4] == (None, 4, 3, 1) and r.totals[4] == pytest.approx(51.5 / 3) and r.totals[5:] == (2, 0.5)
    assert run(ctx, "activity.first_response", period=MARCH, within_hours=48).rows()[0][5:] == (2, 2 / 3)


def test_last_contact_vs_last_attempt(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c1 = b.client("C1", responsible=iv)
        b.interaction(c1, "CALL", D(2026, 3, 1, 10), user=iv, result="REACHED")
        b.interaction(c1, "CALL", D(2026, 3, 5, 10), user=iv, result="NO_ANSWER")
        b.interaction(c1, "CALL", D(2026, 3, 10, 10), user=iv, result="BUSY")
        c2 = b.client("C2", responsible=iv)
        b.interaction(c2, "CALL", D(2026, 3, 12, 10), user=iv, result="NO_ANSWER")
        c3 = b.client("C3", responsible=pe)
        b.interaction(c3, "CALL", D(2026, 2, 1, 10), user=pe, result="NO_ANSWER")
        b.interaction(c3, "CALL", D(2026, 3, 2, 10), user=pe, result="REACHED")
        b.client("C4", responsible=pe)  # no activity at all
        c5 = b.client("C5", responsible=pe)
        b.interaction(c5, "NOTE", D(2026, 3, 2, 10), user=pe)  # a note is neither
    r = run(ctx, "activity.last_contact_vs_attempt")
    # C1: reached 01.03 (14 days), then 2 attempts, the last 10.03 (5 days); C2: never reached, 1 attempt
    assert r.rows() == [("C1", "Ivanov", "Active", D(2026, 3, 1, 10), 14, D(2026, 3, 10, 10), 5, 2),
                        ("C2", "Ivanov", "Active", None, None, D(2026, 3, 12, 10), 3, 1)]
    assert (r.total("client"), r.total("attempts")) == (2, 3)
    # everyone with any activity: C3 was reached after its attempt (0 attempts since)
    every = run(ctx, "activity.last_contact_vs_attempt", only_unreached=False).rows()
    assert [x[0] for x in every] == ["C1", "C2", "C3"] and every[2][3:] == (D(2026, 3, 2, 10), 13, D(2026, 3, 2, 10),
                                                                           13, 0)


def _heat(name, early=0, late=0, **hours):
    row = [name, early, *(hours.get(f"h{h:02d}", 0) for h in HOURS), late]
    return tuple(row + [sum(row[1:])])


def test_activity_heatmap(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c = b.client("C", responsible=iv)
        for kind, at in (("CALL", D(2026, 3, 2, 9, 15)), ("EMAIL", D(2026, 3, 2, 9, 45)),  # Monday 9h ×2
                         ("CALL", D(2026, 3, 9, 9, 5)),  # Monday 9h
                         ("CALL", D(2026, 3, 3, 7, 30)),  # Tuesday, before 8
                         ("MEETING", D(2026, 3, 11, 20, 59)),  # Wednesday 20h
                         ("EMAIL", D(2026, 3, 13, 21, 0)),  # Friday, after 20
                         ("CALL", D(2026, 3, 14, 8, 0)),  # Saturday 8h
                         ("CALL", D(2026, 2, 28, 10, 0))):  # February: outside
            b.interaction(c, kind, at, user=iv, direction=None if kind == "MEETING" else "OUT")
        b.interaction(c, "NOTE", D(2026, 3, 15, 12, 0), user=pe)  # Sunday 12h
    r = run(ctx, "activity.heatmap", period=MARCH)
    assert r.rows() == [_heat("Monday", h09=3), _heat("Tuesday", early=1), _heat("Wednesday", h20=1),
                        _heat("Thursday"), _heat("Friday", late=1), _heat("Saturday", h08=1),
                        _heat("Sunday", h12=1)]
    assert r.totals == (None, *_heat("", early=1, late=1, h08=1, h09=3, h12=1, h20=1)[1:])
    assert run(ctx, "activity.heatmap", period=MARCH, kind="CALL").total("total") == 4  # Mon ×2, Tue, Sat
    assert [row for row in run(ctx, "activity.heatmap", period=MARCH, manager=pe).rows() if row[-1]] == [
        _heat("Sunday", h12=1)]


def test_manager_daily_log(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c1, c2 = b.client("C1", responsible=iv), b.client("C2", responsible=pe)
        b.interaction(c1, "CALL", D(2026, 3, 10, 9), user=iv, result="REACHED", duration_sec=120, subject="Offer")
        b.interaction(c2, "EMAIL", D(2026, 3, 10, 11), user=iv, direction="IN", subject="Re: offer")
        b.task("Call back C1", D(2026, 3, 10, 9), assignee=iv, client_id=c1, status="DONE", done_at=D(2026, 3, 10, 10))
        b.task("Yesterday", D(2026, 3, 9, 9), assignee=iv, status="DONE", done_at=D(2026, 3, 9, 10))
        b.interaction(c1, "CALL", D(2026, 3, 11, 9), user=iv, result="REACHED")  # the next day
        b.interaction(c2, "MEETING", D(2026, 3, 10, 15), user=pe, direction=None, result="HELD", duration_sec=3600,
                      subject="Visit")
    r = run(ctx, "activity.daily_log", period="2026-03-10..2026-03-10")
    assert groups(r) == ["Manager: Ivanov", "Manager: Petrov"]
    assert r.rows() == [(D(2026, 3, 10, 9), "Call (out)", "C1", "Offer", "Reached", 2.0),
                        (D(2026, 3, 10, 10), "Task done: Call", "C1", "Call back C1", None, 0.0),
                        (D(2026, 3, 10, 11), "E-mail (in)", "C2", "Re: offer", None, 0.0),
                        (D(2026, 3, 10, 15), "Meeting", "C2", "Visit", "Held", 60.0)]
    assert (r.total("what"), r.total("minutes")) == (4, 62.0)
    assert [x[1] for x in run(ctx, "activity.daily_log", period="2026-03-10..2026-03-10", manager=pe).rows()] == [
        "Meeting"]


def test_interactions_per_client_top_and_bottom(ctx):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        a, bb, c = (b.client(n, responsible=iv) for n in ("A", "B", "C"))
        d = b.client("D", responsible=iv)
        b.client("E", responsible=iv, status="POTENTIAL")  # not a customer: never in the bottom list
        b.client("F")  # a customer nobody contacted
        b.interaction(a, "CALL", D(2026, 3, 2, 10), user=iv, result="REACHED")
        b.interaction(a, "CALL", D(2026, 3, 3, 10), user=iv, result="REACHED")
        b.interaction(a, "MEETING", D(2026, 3, 4, 10), user=iv, direction=None)
        b.interaction(a, "NOTE", D(2026, 3, 5, 10), user=iv)  # notes do not count
        b.interaction(bb, "EMAIL", D(2026, 3, 6, 10), user=iv)
        b.interaction(bb, "CALL", D(2026, 3, 7, 10), user=iv, result="REACHED")
        b.interaction(c, "CALL", D(2026, 3, 8, 10), user=iv, result="REACHED")
        b.interaction(d, "CALL", D(2026, 2, 10, 10), user=iv, result="REACHED")  # February: 0 in March
    r = run(ctx, "activity.per_client", period=MARCH, n=2)
    assert groups(r) == ["List: Most contacted clients", "List: Least contacted customers"]
    # top: A 3 (2 calls, 1 meeting), B 2; bottom among customers A3 B2 C1 D0 F0: the never-contacted F first
    assert r.rows() == [(1, "A", "Ivanov", 3, 2, 1, D(2026, 3, 4, 10)), (2, "B", "Ivanov", 2, 1, 0, D(2026, 3, 7, 10)),
                        (1, "F", None, 0, 0, 0, None), (2, "D", "Ivanov", 0, 0, 0, D(2026, 2, 10, 10))]
    assert [s[3:6] for s in subtotals(r)] == [(5, 3, 1), (0, 0, 0)] and r.totals is None


def test_coverage_of_managers_clients(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        ca, cb, cc = (b.client(n, responsible=iv) for n in ("a", "b", "c"))
        b.client("d", responsible=iv)
        b.interaction(ca, "CALL", D(2026, 3, 1, 10), user=iv, result="REACHED")
        b.interaction(cb, "CALL", D(2026, 3, 10, 10), user=iv, result="NO_ANSWER")  # touched, not reached
        b.interaction(cc, "CALL", D(2026, 2, 12, 23), user=iv, result="REACHED")  # before the 30 days
        lost = b.client("e", responsible=iv, status="LOST")
        b.interaction(lost, "CALL", D(2026, 3, 1, 10), user=iv, result="REACHED")
        arch = b.client("f", responsible=iv)
        b.interaction(arch, "CALL", D(2026, 3, 1, 10), user=iv, result="REACHED")
        archive(b, arch)
        g = b.client("g", responsible=pe)
        b.interaction(g, "EMAIL", D(2026, 2, 13, 0, 0), user=pe)  # exactly 30 days before today: inside
        b.client("h")
    r = run(ctx, "activity.coverage")
    # Ivanov: a b c d (e lost, f archived); touched a b = 50 %, reached a = 25 %
    assert r.rows() == [("Ivanov", 4, 2, 0.5, 1, 0.25, 2), ("Petrov", 1, 1, 1.0, 1, 1.0, 0),
                        ("(no manager)", 1, 0, 0.0, 0, 0.0, 1)]
    assert r.totals == (None, 6, 3, 0.5, 2, 2 / 6, 3)
    assert run(ctx, "activity.coverage", days=60).rows()[0] == ("Ivanov", 4, 3, 0.75, 2, 0.5, 1)


def test_emails_by_manager(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c1, c2, c3 = (b.client(n) for n in ("C1", "C2", "C3"))
        b.interaction(c1, "EMAIL", D(2026, 3, 2, 10), user=iv)
        b.interaction(c1, "EMAIL", D(2026, 3, 3, 10), user=iv)
        b.interaction(c2, "EMAIL", D(2026, 3, 4, 10), user=iv, direction="IN")
        b.interaction(c3, "EMAIL", D(2026, 3, 5, 10), user=pe, direction="IN")
        b.interaction(c3, "CALL", D(2026, 3, 5, 11), user=pe, result="REACHED")
        b.interaction(c3, "EMAIL", D(2026, 2, 5, 10), user=pe)
    r = run(ctx, "activity.emails.by_manager", period=MARCH)
    # Ivanov: 2 sent + 1 received to 2 clients; Petrov: 1 received
    assert r.rows() == [("Ivanov", 2, 1, 3, 2), ("Petrov", 0, 1, 1, 1)]
    assert r.totals == (None, 2, 2, 4, None)


def test_planned_next_actions_next_week(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = b.funnel("S", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        ca, cb, cc = b.client("A", responsible=iv), b.client("B", responsible=iv), b.client("C", responsible=pe)
        b.task("Call A", D(2026, 3, 16, 9), assignee=iv, client_id=ca, priority=1)
        b.task("Visit B", D(2026, 3, 22, 18), assignee=iv, client_id=cb, kind="MEETING")
        b.task("Done", D(2026, 3, 17, 9), assignee=iv, status="DONE", done_at=D(2026, 3, 14, 9))
        b.task("Week after", D(2026, 3, 23, 0, 0), assignee=iv)
        b.task("Today", D(2026, 3, 15, 9), assignee=iv)
        b.task("Prepare offer", D(2026, 3, 20, 11), assignee=pe, kind="TODO", priority=3)
        steps = ((cb, iv, "Send contract", D(2026, 3, 18, 12), False), (cc, pe, None, D(2026, 3, 19, 10), False),
                 (cb, iv, "Won already", D(2026, 3, 18, 9), True))
        for client, who, step, at, won in steps:
            path = [("Lead", D(2026, 3, 1))] + ([("Won", D(2026, 3, 5))] if won else [])
            deal = b.s.get(Deal, b.deal(client, f, path, 100, responsible=who, title=f"Deal {client}"))
            deal.next_step, deal.next_step_at = step, at
            b.s.flush()
    r = run(ctx, "activity.next_week")  # today is Sunday 15.03: next week = 16.03–22.03
    assert r.header.params[0] == ("Period", "16 Mar 2026 \u2013 22 Mar 2026")
    assert groups(r) == ["Manager: Ivanov", "Manager: Petrov"]
    assert r.rows() == [(D(2026, 3, 16, 9), "Call", "Call A", "A", "High"),
                        (D(2026, 3, 18, 12), "Deal step", "Send contract", "B", None),
                        (D(2026, 3, 22, 18), "Meeting", "Visit B", "B", "Normal"),
                        (D(2026, 3, 19, 10), "Deal step", f"Deal {cc}", "C", None),
                        (D(2026, 3, 20, 11), "To-do", "Prepare offer", None, "Low")]
    assert r.total("action") == 5
    assert len(run(ctx, "activity.next_week", period=Period(dt.date(2026, 3, 15), dt.date(2026, 3, 23))).rows()) == 7


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_every_activity_report_runs_on_the_demo_database(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


def test_the_catalogue_covers_the_c_list():
    refs = {n for d in REPORTS for n in d.ref}
    assert refs >= {21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}
    assert all(d.id.startswith("activity.") and d.category == "C" for d in REPORTS)
