"""D. Funnel and deals (reports/catalog/d_funnel.py): every report on a hand-countable Seed
dataset (the arithmetic is in the comments), plus a smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.models import Deal
from reports import engine
from reports.catalog.d_funnel import REPORTS
from reports.spec import Report
from tests.reports.helpers import assert_numeric_cells, groups
from tests.reports.seed import Seed

D = dt.datetime


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert isinstance(defn, Report)
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


# --- one hand-countable dataset for every D report ----------------------------------------------
# Funnel Zeta: Lead 10 % (rot 0), Offer 50 % (rot 10 days), Won, Lost. Funnel Tender Z: Apply 20 %, Won, Lost.
# Ivanov and Petrov; sources Web, Call; lost reasons Price, Timing. "today" = 2026-04-10.
#   deal  mgr     src   amount  path (created = first entry)                         outcome     cycle
#   d1    Ivanov  Web    1000   Lead 01-05, Offer 01-10, Won 02-04                    WON  02-04   30
#   d2    Ivanov  Call   3000   Lead 01-10, Won 03-01 (skips Offer)                   WON  03-01   50
#   d3    Ivanov  Web     500   Lead 02-01, Offer 02-10, Lost 03-15 (Price)           LOST 03-15   42
#   d4    Petrov  Web    2000   Lead 02-01, Won 03-11                                 WON  03-11   38
#   d5    Petrov  -       400   Lead 03-01, Lost 03-20 (no reason)                    LOST 03-20   19
#   d6    Petrov  Call    600   Lead 03-05, Lost 04-02 (Price)                        LOST 04-02   28
#   t1    Petrov  Web   10000   Apply 02-01, Won 03-31 (Tender Z)                     WON  03-31   58
#   t2    Ivanov  -      7000   Apply 03-01, Lost 03-25 (Timing, Tender Z)            LOST 03-25   24
#   o1    Ivanov  Web     800   Lead 03-01, Offer 03-10; expected 04-20; next step 04-15        weighted 400
#   o2    Ivanov  Call   1200   Lead 04-01; probability 30; expected 05-10; open task            weighted 360
#   o3    Petrov  Web    5000   Lead 01-15, Offer 02-01, back to Lead 03-20; no expected date    weighted 500
#   o4    Petrov  Call    900   Lead 03-01, Offer 03-25; expected 04-25; call 04-05; done task   weighted 450
TODAY = dt.date(2026, 4, 10)
Q1 = "2026-01-01..2026-03-31"
JAN_APR = "2026-01-01..2026-04-30"


@pytest.fixture
def data(ctx):
    return build(ctx)


def build(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        web, call = b.source("Web"), b.source("Call")
        price, timing = b.lost_reason("Price"), b.lost_reason("Timing")
        z = b.funnel("Zeta", [("Lead", 10), ("Offer", 50, None, 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        t = b.funnel("Tender Z", [("Apply", 20), ("Won", 100, "won"), ("Lost", 0, "lost")])
        a = b.client("Alpha", responsible=iv)
        c = b.client("Beta", responsible=pe)
        ids = {}
        ids["d1"] = b.deal(a, z, [("Lead", D(2026, 1, 5)), ("Offer", D(2026, 1, 10)), ("Won", D(2026, 2, 4))], 1000,
                           responsible=iv, source=web)
        ids["d2"] = b.deal(a, z, [("Lead", D(2026, 1, 10)), ("Won", D(2026, 3, 1))], 3000, responsible=iv, source=call)
        ids["d3"] = b.deal(a, z, [("Lead", D(2026, 2, 1)), ("Offer", D(2026, 2, 10)), ("Lost", D(2026, 3, 15))], 500,
                           responsible=iv, source=web, lost_reason=price)
        ids["d4"] = b.deal(c, z, [("Lead", D(2026, 2, 1)), ("Won", D(2026, 3, 11))], 2000, responsible=pe, source=web)
        ids["d5"] = b.deal(c, z, [("Lead", D(2026, 3, 1)), ("Lost", D(2026, 3, 20))], 400, responsible=pe)
        ids["d6"] = b.deal(c, z, [("Lead", D(2026, 3, 5)), ("Lost", D(2026, 4, 2))], 600, responsible=pe, source=call,
                           lost_reason=price)
        ids["t1"] = b.deal(c, t, [("Apply", D(2026, 2, 1)), ("Won", D(2026, 3, 31))], 10000, responsible=pe,
                           source=web)
        ids["t2"] = b.deal(a, t, [("Apply", D(2026, 3, 1)), ("Lost", D(2026, 3, 25))], 7000, responsible=iv,
                           lost_reason=timing)
        ids["o1"] = b.deal(a, z, [("Lead", D(2026, 3, 1)), ("Offer", D(2026, 3, 10))], 800, responsible=iv, source=web,
                           expected_close=dt.date(2026, 4, 20), title="O1")
        ids["o2"] = b.deal(a, z, [("Lead", D(2026, 4, 1))], 1200, responsible=iv, source=call, probability=30,
                           expected_close=dt.date(2026, 5, 10), title="O2")
        ids["o3"] = b.deal(c, z, [("Lead", D(2026, 1, 15)), ("Offer", D(2026, 2, 1)), ("Lead", D(2026, 3, 20))], 5000,
                           responsible=pe, source=web, title="O3")
        ids["o4"] = b.deal(c, z, [("Lead", D(2026, 3, 1)), ("Offer", D(2026, 3, 25))], 900, responsible=pe,
                           source=call, expected_close=dt.date(2026, 4, 25), title="O4")
        b.s.get(Deal, ids["o1"]).next_step_at = D(2026, 4, 15, 9, 0)
        b.s.flush()
        b.task("Call back", D(2026, 4, 12, 10, 0), assignee=iv, deal_id=ids["o2"], created=D(2026, 4, 2))
        b.task("Sent offer", D(2026, 3, 26, 10, 0), assignee=pe, deal_id=ids["o4"], status="DONE",
               done_at=D(2026, 3, 27, 10, 0), created=D(2026, 3, 26))
        b.interaction(c, "CALL", D(2026, 4, 5, 11, 0), user=pe, deal_id=ids["o4"])
    return {"iv": iv, "pe": pe, "z": z, "t": t, "web": web, "call": call, **ids}


def run(ctx, rid, **values):
    return engine.run(ctx, rid, values, today=TODAY, log=False)



def subtotals(r):
    return [ln.values for ln in r.lines if ln.kind == "subtotal"]


def test_funnel_by_manager(ctx, data):
    # open deals: Ivanov o2 Lead 1200 (w 360), o1 Offer 800 (w 400); Petrov o3 Lead 5000 (w 500), o4 Offer 900 (w 450)
    r = run(ctx, "funnel.by_manager")
    assert groups(r) == ["Manager: Ivanov", "Manager: Petrov"]
    assert r.rows() == [("Zeta", "Lead", 1, Decimal("1200"), Decimal("360")),
                        ("Zeta", "Offer", 1, Decimal("800"), Decimal("400")),
                        ("Zeta", "Lead", 1, Decimal("5000"), Decimal("500")),
                        ("Zeta", "Offer", 1, Decimal("900"), Decimal("450"))]
    assert subtotals(r) == [(None, None, 2, Decimal("2000"), Decimal("760")),
                            (None, None, 2, Decimal("5900"), Decimal("950"))]
    assert r.totals == (None, None, 4, Decimal("7900"), Decimal("1710"))
    # source Web only: o1 (Ivanov) and o3 (Petrov)
    web = run(ctx, "funnel.by_manager", source=data["web"])
    assert web.rows() == [("Zeta", "Offer", 1, Decimal("800"), Decimal("400")),
                          ("Zeta", "Lead", 1, Decimal("5000"), Decimal("500"))]


def test_funnel_by_source(ctx, data):
    # Call: o2 Lead 1200/360, o4 Offer 900/450; Web: o3 Lead 5000/500, o1 Offer 800/400
    r = run(ctx, "funnel.by_source", funnel=data["z"].id)
    assert groups(r) == ["Source: Call", "Source: Web"]
    assert r.rows() == [("Zeta", "Lead", 1, Decimal("1200"), Decimal("360")),
                        ("Zeta", "Offer", 1, Decimal("900"), Decimal("450")),
                        ("Zeta", "Lead", 1, Decimal("5000"), Decimal("500")),
                        ("Zeta", "Offer", 1, Decimal("800"), Decimal("400"))]
    assert r.total("amount") == Decimal("7900")


def test_stage_to_stage_conversion(ctx, data):
    # furthest non-lost stage reached (Zeta: Lead 1, Offer 2, Won 3):
    # d1 3, d2 3 (skipped Offer: passed it), d3 2, d4 3, d5 1, d6 1, o1 2, o2 1, o3 2 (moved back), o4 2
    # reached Lead 10, Offer 7, Won 3 -> 7/10, 3/7.  Tender Z: t1 reached Won, t2 Apply only -> 1/2
    r = run(ctx, "funnel.conversion", period=JAN_APR)
    mine = [row for row in r.rows() if row[0] in ("Lead", "Offer", "Apply")]
    assert mine == [("Lead", "Offer", 10, 7, pytest.approx(0.7)), ("Offer", "Won", 7, 3, pytest.approx(3 / 7)),
                    ("Apply", "Won", 2, 1, pytest.approx(0.5))]
    assert "Funnel: Zeta" in groups(r) and r.totals is None
    # Ivanov's Zeta deals d1 3, d2 3, d3 2, o1 2, o2 1 -> 5, 4, 2; his Tender deal t2 never reached Won -> 1, 0
    iv = run(ctx, "funnel.conversion", period=JAN_APR, manager=data["iv"], funnel=data["z"].id)
    assert iv.rows() == [("Lead", "Offer", 5, 4, pytest.approx(0.8)), ("Offer", "Won", 4, 2, pytest.approx(0.5))]
    tender = run(ctx, "funnel.conversion", period=JAN_APR, manager=data["iv"], funnel=data["t"].id)
    assert tender.rows() == [("Apply", "Won", 1, 0, 0.0)]
    # created in April only: o2 -> Lead 1, Offer 0, Won 0 (no division by zero)
    april = run(ctx, "funnel.conversion", period="2026-04-01..2026-04-30", funnel=data["z"].id)
    assert april.rows() == [("Lead", "Offer", 1, 0, 0.0), ("Offer", "Won", 0, 0, None)]


def test_win_rate_by_manager_source_funnel(ctx, data):
    # closed in Q1: Ivanov d1 W, d2 W, d3 L, t2 L -> 2/4, won 4000; Petrov d4 W, d5 L, t1 W -> 2/3, won 12000
    # (d6 lost on 04-02 is outside); total 4 won of 7 closed
    r = run(ctx, "funnel.win_rate.by_manager", period=Q1)
    assert r.rows() == [("Ivanov", 2, 2, 4, pytest.approx(0.5), Decimal("4000")),
                        ("Petrov", 2, 1, 3, pytest.approx(2 / 3), Decimal("12000"))]
    assert r.totals[:4] == (None, 4, 3, 7) and r.total("win_rate") == pytest.approx(4 / 7)
    assert r.total("won_amount") == Decimal("16000")
    # Call: d2 W; Web: d1 W, d3 L, d4 W, t1 W; no source (last): d5 L, t2 L
    s = run(ctx, "funnel.win_rate.by_source", period=Q1)
    assert s.rows() == [("Call", 1, 0, 1, pytest.approx(1.0), Decimal("3000")),
                        ("Web", 3, 1, 4, pytest.approx(0.75), Decimal("13000")),
                        ("(no source)", 0, 2, 2, 0.0, Decimal("0"))]
    # Zeta: d1, d2, d4 W; d3, d5 L -> 3/5; Tender Z: t1 W, t2 L -> 1/2
    f = run(ctx, "funnel.win_rate.by_funnel", period=Q1)
    assert f.rows() == [("Zeta", 3, 2, 5, pytest.approx(0.6), Decimal("6000")),
                        ("Tender Z", 1, 1, 2, pytest.approx(0.5), Decimal("10000"))]
    # Zeta only, by manager: Ivanov d1 W d2 W d3 L -> 2/3; Petrov d4 W d5 L -> 1/2
    z = run(ctx, "funnel.win_rate.by_manager", period=Q1, funnel=data["z"].id)
    assert [row[:4] for row in z.rows()] == [("Ivanov", 2, 1, 3), ("Petrov", 1, 1, 2)]


def test_won_lost_per_month_and_quarter(ctx, data):
    # Feb: d1 W 1000; Mar: d2 3000 + d4 2000 + t1 10000 won, d3 500 + d5 400 + t2 7000 lost
    r = run(ctx, "deals.won_lost", period=Q1)
    assert r.rows() == [("2026-02", 1, Decimal("1000"), 0, Decimal("0"), 1.0),
                        ("2026-03", 3, Decimal("15000"), 3, Decimal("7900"), 0.5)]
    assert r.totals == (None, 4, Decimal("16000"), 3, Decimal("7900"), pytest.approx(4 / 7))
    q = run(ctx, "deals.won_lost", period=JAN_APR, grain="quarter")
    # + d6 lost 600 on 04-02 in Q2
    assert q.rows() == [("2026-Q1", 4, Decimal("16000"), 3, Decimal("7900"), pytest.approx(4 / 7)),
                        ("2026-Q2", 0, Decimal("0"), 1, Decimal("600"), 0.0)]
    assert run(ctx, "deals.won_lost", period=Q1, grain="year").rows()[0][:2] == ("2026", 4)


def test_lost_by_reason(ctx, data):
    # lost Jan-Apr: Price d3 500 + d6 600; Timing t2 7000; no reason d5 400 -> 4 deals
    r = run(ctx, "deals.lost_by_reason", period=JAN_APR)
    assert r.rows() == [("Price", 2, Decimal("1100"), pytest.approx(0.5)),
                        ("Timing", 1, Decimal("7000"), pytest.approx(0.25)),
                        ("(no reason given)", 1, Decimal("400"), pytest.approx(0.25))]
    assert r.totals == (None, 4, Decimal("8500"), pytest.approx(1.0))
    assert r.chart is not None and r.chart.labels == ["Price", "Timing", "(no reason given)"]


def test_average_won_deal_size(ctx, data):
    # won in Q1: Ivanov 1000, 3000 -> avg 2000; Petrov 2000, 10000 -> avg 6000; all: 16000 / 4 = 4000
    r = run(ctx, "deals.avg_size", period=Q1)
    assert r.rows() == [("Ivanov", 2, Decimal("4000"), 2000.0, Decimal("1000"), Decimal("3000")),
                        ("Petrov", 2, Decimal("12000"), 6000.0, Decimal("2000"), Decimal("10000"))]
    assert r.totals == (None, 4, Decimal("16000"), 4000.0, Decimal("1000"), Decimal("10000"))


def test_sales_cycle(ctx, data):
    # won in Q1: Ivanov d1 30, d2 50 days; Petrov d4 38, t1 58 days
    r = run(ctx, "deals.cycle", period=Q1)
    assert r.rows() == [("Ivanov", 2, 40.0, 30, 50), ("Petrov", 2, 48.0, 38, 58)]
    assert r.totals == (None, 4, 44.0, 30, 58)
    # lost in Q1: Ivanov d3 42, t2 24; Petrov d5 19
    lost = run(ctx, "deals.cycle", period=Q1, outcome="LOST")
    assert lost.rows() == [("Ivanov", 2, 33.0, 24, 42), ("Petrov", 1, 19.0, 19, 19)]
    both = run(ctx, "deals.cycle", period=Q1, outcome="CLOSED")
    assert both.total("deals") == 7 and both.total("avg_days") == pytest.approx(261 / 7)


def test_rotting_deals(ctx, data):
    # only Offer rots (10 days): o1 idle since 03-10 -> 31 days; o4 entered Offer 03-25 but had a call on 04-05 (idle 5)
    r = run(ctx, "deals.rotting")
    assert r.rows() == [("O1", "Alpha", "Ivanov", "Offer", Decimal("800"), "RUB", 31, D(2026, 3, 10), 31)]
    # any stage idle >= 20 days: o1 31, o3 (back in Lead 03-20) 21; o2 (task planned 04-02) and o4 are fresh
    r20 = run(ctx, "deals.rotting", days=20)
    assert [(row[0], row[3], row[6], row[8]) for row in r20.rows()] == [("O1", "Offer", 31, 31), ("O3", "Lead", 21, 21)]
    assert r20.total("amount") == Decimal("5800")
    assert run(ctx, "deals.rotting", days=20, manager=data["pe"]).column("deal") == ["O3"]
    top1 = run(ctx, "deals.rotting", days=20, top=1)
    assert top1.column("deal") == ["O1"]
    # the limit shows one row; the total still covers both (800 + 5000) and the page says so
    assert top1.total("amount") == Decimal("5800") and top1.note == "Showing 1 of 2 rows; the totals cover them all."


def test_deals_without_next_activity(ctx, data):
    # o1 has a next step on 04-15, o2 an open task; o3 has nothing, o4 only a done task
    r = run(ctx, "deals.no_next_activity")
    assert [(row[0], row[4], row[5], row[6], row[8]) for row in r.rows()] == [("O3", Decimal("5000"), "RUB", 21, 21),
                                                                              ("O4", Decimal("900"), "RUB", 16, 5)]
    assert r.total("amount") == Decimal("5900")


def test_deal_aging(ctx, data):
    # age on 04-10: o2 9 days; o1 40, o4 40; o3 85
    r = run(ctx, "deals.aging")
    assert r.rows() == [("0–30 days", 1, Decimal("1200"), Decimal("360"), 9.0),
                        ("31–60 days", 2, Decimal("1700"), Decimal("850"), 40.0),
                        ("61–90 days", 1, Decimal("5000"), Decimal("500"), 85.0)]
    assert r.totals == (None, 4, Decimal("7900"), Decimal("1710"), pytest.approx(174 / 4))


def test_pipeline_by_expected_close(ctx, data):
    # April: o1 800/400 + o4 900/450; May: o2 1200/360; no date: o3 5000/500
    r = run(ctx, "deals.by_expected_close")
    assert r.rows() == [("2026-04", 2, Decimal("1700"), Decimal("850")),
                        ("2026-05", 1, Decimal("1200"), Decimal("360")),
                        ("(no date)", 1, Decimal("5000"), Decimal("500"))]
    assert r.total("weighted") == Decimal("1710")


def test_weighted_forecast(ctx, data):
    # expected in Q2: Ivanov o1 800 x 50 % + o2 1200 x 30 % (own probability) = 760 of 2000; Petrov o4 900 x 50 %
    r = run(ctx, "deals.forecast", period="2026-04-01..2026-06-30")
    assert r.rows() == [("Ivanov", 2, Decimal("2000"), Decimal("760"), pytest.approx(0.38)),
                        ("Petrov", 1, Decimal("900"), Decimal("450"), pytest.approx(0.5))]
    assert r.totals[:4] == (None, 3, Decimal("2900"), Decimal("1210"))
    assert r.total("probability") == pytest.approx(1210 / 2900)


def test_deals_created_per_month(ctx, data):
    # Jan: d1 W 1000, d2 W 3000, o3 open 5000; Feb: d3 L 500, d4 W 2000, t1 W 10000;
    # Mar: d5 L 400, d6 L 600, t2 L 7000, o1 open 800, o4 open 900; Apr: o2 open 1200
    r = run(ctx, "deals.created", period=JAN_APR)
    assert r.rows() == [("2026-01", 3, Decimal("9000"), 1, 2, 0, Decimal("4000")),
                        ("2026-02", 3, Decimal("12500"), 0, 2, 1, Decimal("12000")),
                        ("2026-03", 5, Decimal("9700"), 2, 0, 3, Decimal("0")),
                        ("2026-04", 1, Decimal("1200"), 1, 0, 0, Decimal("0"))]
    assert r.totals == (None, 12, Decimal("32400"), 4, 4, 4, Decimal("16000"))


def test_deals_moved_backwards(ctx, data):
    # the only backward move: o3 Offer -> Lead on 03-20
    r = run(ctx, "deals.moved_back", period="2026-03-01..2026-03-31")
    assert [row[:6] + (row[6], row[8]) for row in r.rows()] == [
        (D(2026, 3, 20), "O3", "Beta", "Offer", "Lead", 1, "Petrov", Decimal("5000"))]
    assert run(ctx, "deals.moved_back", period=Q1, manager=data["iv"]).rows() == []


def test_every_report_on_the_fb3_server(server_db):
    """The same SQL on a Firebird 3 server (the embedded engine is 5): every report runs, and the
    figures that exercise dates, windows and CASE labels agree with the hand counts above."""
    from app.context import AppContext

    with AppContext(server_db) as sctx:
        ids = build(sctx)
        for defn in REPORTS:
            run(sctx, defn.id)
        assert run(sctx, "funnel.win_rate.by_manager", period=Q1).total("win_rate") == pytest.approx(4 / 7)
        assert run(sctx, "deals.won_lost", period=JAN_APR, grain="quarter").column("period") == ["2026-Q1", "2026-Q2"]
        assert run(sctx, "deals.aging").column("bucket") == ["0–30 days", "31–60 days", "61–90 days"]
        assert run(sctx, "deals.rotting", days=20).column("deal") == ["O1", "O3"]
        assert run(sctx, "funnel.conversion", period=JAN_APR, funnel=ids["z"].id).column("reached_to") == [7, 3]


def test_open_vs_closed_pipeline(ctx, data):
    # open now: Ivanov o1 800 + o2 1200, Petrov o3 5000 + o4 900; Q1 won: Ivanov 1000 + 3000, Petrov 2000 + 10000;
    # Q1 lost: Ivanov d3 500 + t2 7000, Petrov d5 400 (d6 lost in April is outside)
    r = run(ctx, "deals.open_closed.by_manager", period=Q1)
    assert r.rows() == [("Ivanov", 2, Decimal("2000"), 2, Decimal("4000"), 2, Decimal("7500")),
                        ("Petrov", 2, Decimal("5900"), 2, Decimal("12000"), 1, Decimal("400"))]
    assert r.totals == (None, 4, Decimal("7900"), 4, Decimal("16000"), 3, Decimal("7900"))
    # no deal has a department: one "(no department)" row with the same totals
    d = run(ctx, "deals.open_closed.by_department", period=Q1)
    assert d.rows() == [("(no department)", 4, Decimal("7900"), 4, Decimal("16000"), 3, Decimal("7900"))]
