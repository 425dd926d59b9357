"""The dashboard's figures (app/dashboard.py) on hand-counted data, in one statement."""
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


def test_figures_of_the_day_in_one_statement(ctx):
    ids = build_kpi(ctx)
    with Seed(ctx) as b:
        b.task("Late", dt.datetime(2026, 3, 19, 10), assignee=ids["iv"])
        b.task("Later today", dt.datetime(2026, 3, 20, 18), assignee=ids["iv"])
        b.task("Done late", dt.datetime(2026, 3, 1, 10), assignee=ids["iv"], status="DONE",
               done_at=dt.datetime(2026, 3, 2))
    p0, e0 = ctx.reader.prepares, ctx.reader.executions
    dashboard.load(ctx, dt.date(2026, 3, 20), dt.datetime(2026, 3, 20, 12))  # prepares the statement
    assert (ctx.reader.prepares - p0, ctx.reader.executions - e0) == (1, 1)  # issue #12: one round trip warm
    before = ctx.reader.executions
    d = dashboard.load(ctx, dt.date(2026, 3, 20), dt.datetime(2026, 3, 20, 12))
    assert ctx.reader.executions - before == 1
    # manager plans for March 5000 + 4000 + 1000; won in March 1000 + 2000 + 4000 (3 deals)
    assert (d.plan, d.won_amount, d.won_deals, d.plan_pct) == (Decimal(10000), Decimal(7000), 3, pytest.approx(0.7))
    # open deals 10000 + 7000 + 2000; one task overdue at noon; Gamma silent since 1 Jan (> 60 days)
    assert (d.open_deals, d.open_amount, d.overdue_tasks, d.sleeping_clients) == (3, Decimal(19000), 1, 1)
    assert [(s.stage, s.deals, s.amount) for s in d.pipeline] == [("Lead", 3, Decimal(19000))]
    assert d.currency == "RUB"
    # more funnels and stages: the one statement keeps the pipeline's order (funnel, then stage order)
    with Seed(ctx) as b:
        g = b.funnel("Zeta", [("Qualify", 10), ("Offer", 50), ("Won", 100, "won")])
        client = b.client("Omega")
        b.deal(client, g, [("Qualify", dt.datetime(2026, 3, 2))], 300)
        b.deal(client, g, [("Qualify", dt.datetime(2026, 3, 2)), ("Offer", dt.datetime(2026, 3, 3))], 500)
    d = dashboard.load(ctx, dt.date(2026, 3, 20), dt.datetime(2026, 3, 20, 12))
    separate = dashboard.from_rows(d.today, ctx.reader.one(dashboard.FIGURES_SQL, dashboard.figure_params(
        d.today, dt.datetime(2026, 3, 20, 12))), ctx.reader.query(dashboard.PIPELINE_SQL))
    assert d == separate  # the same figures as the two queries run apart (report 125 runs them so)
    stages = [(s.funnel, s.stage) for s in d.pipeline]
    assert ("Zeta", "Qualify") in stages and stages.index(("Zeta", "Qualify")) + 1 == stages.index(("Zeta", "Offer"))
    april = dashboard.load(ctx, dt.date(2026, 4, 2))
    assert (april.plan, april.won_amount, april.plan_pct) == (None, Decimal(0), None)
