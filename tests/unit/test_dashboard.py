"""The dashboard's figures (app/dashboard.py) on hand-counted data, in two statements."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import dashboard
from app.context import AppContext
from tests.reports.seed import Seed
from tests.reports.seed_kpi import build_kpi


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


def test_figures_of_the_day_in_two_statements(ctx):
    ids = build_kpi(ctx)
    with Seed(ctx) as b:
        b.task("Late", dt.datetime(2026, 3, 19, 10), assignee=ids["iv"])
        b.task("Later today", dt.datetime(2026, 3, 20, 18), assignee=ids["iv"])
        b.task("Done late", dt.datetime(2026, 3, 1, 10), assignee=ids["iv"], status="DONE",
               done_at=dt.datetime(2026, 3, 2))
    dashboard.load(ctx, dt.date(2026, 3, 20), dt.datetime(2026, 3, 20, 12))  # prepares the statements
    before = ctx.reader.executions
    d = dashboard.load(ctx, dt.date(2026, 3, 20), dt.datetime(2026, 3, 20, 12))
    assert ctx.reader.executions - before == 2
    # manager plans for March 5000 + 4000 + 1000; won in March 1000 + 2000 + 4000 (3 deals)
    assert (d.plan, d.won_amount, d.won_deals, d.plan_pct) == (Decimal(10000), Decimal(7000), 3, pytest.approx(0.7))
    # open deals 10000 + 7000 + 2000; one task overdue at noon; Gamma silent since 1 Jan (> 60 days)
    assert (d.open_deals, d.open_amount, d.overdue_tasks, d.sleeping_clients) == (3, Decimal(19000), 1, 1)
    assert [(s.stage, s.deals, s.amount) for s in d.pipeline] == [("Lead", 3, Decimal(19000))]
    assert d.currency == "RUB"
    april = dashboard.load(ctx, dt.date(2026, 4, 2))
    assert (april.plan, april.won_amount, april.plan_pct) == (None, Decimal(0), None)
