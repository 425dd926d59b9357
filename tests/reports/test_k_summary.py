"""K. Management summaries (reports/catalog/k_summary.py) on hand-countable data (the arithmetic in
comments), plus a smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from reports import engine
from reports.catalog.k_summary import REPORTS
from tests.reports.helpers import assert_numeric_cells
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 3, 16)
WEEK = "2026-03-09..2026-03-15"  # previous week: 02.03..08.03


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


# Week 09..15.03 — Ivanov: 2 calls, 1 meeting, 1 e-mail; task done 10.03; an open task due 12.03 (overdue on the
#   16th); client Alpha created 09.03; deal D1 created 10.03 and won 12.03 for 1000; deal D2 created 11.03 (open).
#   Petrov: 1 call; a task done 02.03 (previous week); client Beta created 03.03 (previous week);
#   deal D3 created 01.03, won 04.03 for 400 (previous week); deal D4 created 02.03 lost 05.03.
# A year earlier (09..15.03.2025): deal D5 won 10.03.2025 for 500 (Petrov).
@pytest.fixture
def data(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        alpha = b.client("Alpha", responsible=iv, created=D(2026, 3, 9, 10))
        beta = b.client("Beta", responsible=pe, created=D(2026, 3, 3, 10))
        for kind, day in (("CALL", 9), ("CALL", 10), ("MEETING", 11), ("EMAIL", 12)):
            b.interaction(alpha, kind, D(2026, 3, day, 12), user=iv, result="REACHED" if kind == "CALL" else None)
        b.interaction(beta, "CALL", D(2026, 3, 13, 12), user=pe, result="REACHED")
        b.interaction(beta, "CALL", D(2026, 3, 3, 12), user=pe, result="REACHED")  # previous week
        b.task("Done", D(2026, 3, 10, 9), assignee=iv, client_id=alpha, status="DONE", done_at=D(2026, 3, 10, 15))
        b.task("Late", D(2026, 3, 12, 9), assignee=iv, client_id=alpha)
        b.task("Done before", D(2026, 3, 2, 9), assignee=pe, client_id=beta, status="DONE", done_at=D(2026, 3, 2, 15))
        b.deal(alpha, f, [("Lead", D(2026, 3, 10, 9)), ("Won", D(2026, 3, 12, 9))], 1000, responsible=iv)
        b.deal(alpha, f, [("Lead", D(2026, 3, 11, 9))], 300, responsible=iv)
        b.deal(beta, f, [("Lead", D(2026, 3, 1, 9)), ("Won", D(2026, 3, 4, 9))], 400, responsible=pe)
        b.deal(beta, f, [("Lead", D(2026, 3, 2, 9)), ("Lost", D(2026, 3, 5, 9))], 50, responsible=pe)
        b.deal(beta, f, [("Lead", D(2025, 3, 1, 9)), ("Won", D(2025, 3, 10, 9))], 500, responsible=pe)
    return {"iv": iv, "pe": pe}


def run(ctx, rid, **values):
    return engine.run(ctx, rid, values, today=TODAY, log=False)


def test_manager_week(ctx, data):
    r = run(ctx, "summary.manager_week", period=WEEK)
    # (the template's Administrator is an active user too: a row of zeros)
    assert [row for row in r.rows() if row[0] != "Administrator"] == [("Ivanov", 2, 1, 1, 1, 1, 1, 2, 1, Decimal("1000")),
                        ("Petrov", 1, 0, 0, 0, 0, 0, 0, 0, Decimal("0"))]
    assert r.totals == (None, 3, 1, 1, 1, 1, 1, 2, 1, Decimal("1000"))
    assert len(run(ctx, "summary.manager_week", period=WEEK, manager=data["pe"]).rows()) == 1


def test_weekly_digest_against_the_week_before(ctx, data):
    r = {row[0]: row[1:] for row in run(ctx, "summary.weekly_digest", period=WEEK).rows()}
    assert r["New clients"] == (1, 1, 0.0)  # Alpha vs Beta
    assert r["New deals"] == (2, 1, pytest.approx(1.0))  # D1, D2 vs D4 (D3 was created 01.03, before 02.03)
    assert r["Deals won"] == (1, 1, 0.0)
    assert r["Revenue (won amount), RUB"] == (Decimal("1000"), Decimal("400"), pytest.approx(1.5))  # (1000-400)/400
    assert r["Deals lost"] == (0, 1, pytest.approx(-1.0))
    assert r["Calls"] == (3, 1, pytest.approx(2.0))
    assert r["Meetings"] == (1, 0, None)  # nothing to compare with
    assert r["Tasks done"] == (1, 1, 0.0)
    only_petrov = {row[0]: row[1:] for row in run(ctx, "summary.weekly_digest", period=WEEK,
                                                   manager=data["pe"]).rows()}
    assert only_petrov["Calls"] == (1, 1, 0.0)


def test_company_month_against_a_year_earlier(ctx, data):
    r = {row[0]: row[1:] for row in run(ctx, "summary.company_month", period=WEEK).rows()}
    # a year earlier: D5 won 10.03.2025 for 500 -> (1000 - 500) / 500 = +100 %
    assert r["Revenue (won amount), RUB"][3:] == (Decimal("500"), pytest.approx(1.0))
    assert r["Deals won"][3:] == (1, 0.0)


def test_year_over_year(ctx, data):
    r = run(ctx, "summary.year_over_year", period="2026-01-01..2026-03-31")
    # every month of the period is shown; March 2026: 1000 + 400 (2 deals) vs March 2025: 500 (1)
    assert r.rows() == [("2026-01", 0, 0, 0, 0, 0, None), ("2026-02", 0, 0, 0, 0, 0, None),
                        ("2026-03", 2, Decimal("1400"), 1, Decimal("500"), Decimal("900"), pytest.approx(1.8))]
    assert r.total("change") == pytest.approx(1.8)


def test_digest_names_each_currency_and_never_adds_them(ctx, data):
    from sqlalchemy import update

    from db.models import Deal

    with Seed(ctx) as b:  # the deal won 12.03 for 1000 was in dollars
        b.s.execute(update(Deal).where(Deal.amount == 1000).values(currency="USD"))
    r = {row[0]: row[1:] for row in run(ctx, "summary.weekly_digest", period=WEEK).rows()}
    assert r["Revenue (won amount), USD"][:2] == (Decimal("1000"), Decimal("0"))
    assert r["Revenue (won amount), RUB"][:2] == (Decimal("0"), Decimal("400"))
