"""The engine on known data: funnel.snapshot figures, group breaks, ratio totals, parameters."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.errors import ValidationError
from reports import engine, params
from reports.engine import aggregate
from reports.spec import Col, Param, Ratio, Report
from tests.reports.seed import Seed

D = dt.datetime


def test_funnel_snapshot_counts_open_deals_per_stage(ctx):
    with Seed(ctx) as b:
        ivanov, petrov = b.user("Ivanov"), b.user("Petrov")
        f = b.funnel("Zeta", [("Lead", 10), ("Offer", 50), ("Won", 100, "won"), ("Lost", 0, "lost")])
        c = b.client("Alpha", responsible=ivanov)
        b.deal(c, f, [("Lead", D(2026, 1, 5))], 100, responsible=ivanov)
        b.deal(c, f, [("Lead", D(2026, 1, 5)), ("Offer", D(2026, 1, 9))], 300, responsible=ivanov)
        b.deal(c, f, [("Lead", D(2026, 1, 5)), ("Offer", D(2026, 1, 9))], 500, responsible=petrov, probability=20)
        b.deal(c, f, [("Lead", D(2026, 1, 5)), ("Won", D(2026, 1, 20))], 7000, responsible=ivanov)
    r = engine.run(ctx, "funnel.snapshot", {"funnel": f.id})
    assert [ln.label for ln in r.lines if ln.kind == "group"] == ["Funnel: Zeta"]
    assert r.rows() == [("Lead", 1, Decimal("100"), Decimal("10")), ("Offer", 2, Decimal("800"), Decimal("250"))]
    assert r.total("deals") == 3 and r.total("amount") == Decimal("900") and r.total("weighted") == Decimal("260")
    only_petrov = engine.run(ctx, "funnel.snapshot", {"funnel": str(f.id), "manager": str(petrov)})
    assert only_petrov.rows() == [("Lead", 0, 0, 0), ("Offer", 1, Decimal("500"), Decimal("100"))]
    assert r.header.params == [("Funnel", "Zeta"), ("Manager", "All"), ("Currency", "RUB")]


def test_header_names_reference_values_in_one_read(ctx):
    with Seed(ctx) as b:
        petrov = b.user("Petrov")
        f = b.funnel("Zeta", [("Lead", 10), ("Won", 100, "won")])
    statements: list[str] = []
    event.listen(ctx.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    engine.run(ctx, "funnel.snapshot", {"funnel": f.id}, log=False)
    on_report_connection = len(statements)
    engine.run(ctx, "funnel.snapshot", {"funnel": f.id, "manager": petrov}, log=False)  # warm: prepared
    before, statements[:] = (ctx.reader.executions, ctx.reader.prepares), []
    r = engine.run(ctx, "funnel.snapshot", {"funnel": f.id, "manager": petrov}, log=False)
    assert (ctx.reader.executions, ctx.reader.prepares) == (before[0] + 1, before[1])
    assert len(statements) == on_report_connection  # no name lookups of its own
    assert r.header.params == [("Funnel", "Zeta"), ("Manager", "Petrov")]  # no deals: no currency to name
    gone = engine.run(ctx, "funnel.snapshot", {"funnel": f.id, "manager": 999999}, log=False)
    assert gone.header.params[1] == ("Manager", "#999999")


def test_ratio_totals_are_recomputed_not_averaged():
    col = Col("rate", "Rate", "percent", total=Ratio("won", "closed"))
    rows = [{"won": 1, "closed": 1, "rate": 1.0}, {"won": 1, "closed": 9, "rate": 1 / 9}]
    assert aggregate(col, rows) == pytest.approx(0.2)
    assert aggregate(col, [{"won": 0, "closed": 0}]) is None


def test_subtotals_per_group_and_rows_hook(ctx):
    data = [{"m": "A", "x": 1}, {"m": "A", "x": 2}, {"m": "B", "x": 5}]
    rep = Report(id="t.groups", category="A", title="T", question="Q",
                 columns=(Col("m", "M"), Col("x", "X", "int", total="sum")),
                 rows=lambda conn, p: iter(data), group_by=("m",),
                 rows_hook=lambda rows, p: rows + [{"m": "B", "x": 10}])
    r = engine.run(ctx, rep, log=False)
    kinds = [(ln.kind, ln.values, ln.label) for ln in r.lines]
    assert kinds == [("group", (), "M: A"), ("row", (1,), ""), ("row", (2,), ""), ("subtotal", (3,), "Subtotal — M: A"),
                     ("group", (), "M: B"), ("row", (5,), ""), ("row", (10,), ""), ("subtotal", (15,), "Subtotal — M: B")]
    assert r.totals == (18,)


def test_parameters_are_parsed_and_checked():
    rep = Report(id="t.p", category="D", title="T", question="Q", columns=(Col("x", "X"),), rows=lambda c, p: [],
                 params=(Param("period", "period", "Period", default="this_month"),
                         Param("days", "int", "Days", default=60, minimum=1, maximum=3650),
                         Param("funnel", "funnel", "Funnel", required=True)))
    today = dt.date(2026, 11, 24)
    p = params.resolve(rep, {"period": "2026-01-01..2026-03-31", "funnel": "3"}, today)
    assert p.period.start == dt.date(2026, 1, 1) and p.period.end_ts == dt.datetime(2026, 4, 1) and p.funnel == 3
    assert p.days == 60
    assert params.resolve(rep, {"funnel": 1}, today).period.start == dt.date(2026, 11, 1)
    with pytest.raises(ValidationError) as e:
        params.resolve(rep, {"funnel": "1", "days": "0"}, today)
    assert e.value.field == "days"
    with pytest.raises(ValidationError) as e:
        params.resolve(rep, {}, today)
    assert e.value.field == "funnel"
    with pytest.raises(ValidationError) as e:
        params.resolve(rep, {"funnel": "1", "period": "2026-05-01..2026-04-01"}, today)
    assert "starts after" in str(e.value)
    with pytest.raises(ValidationError):
        params.resolve(rep, {"funnel": "1", "nonsense": "1"}, today)


def test_a_run_is_audited(ctx):
    engine.run(ctx, "funnel.snapshot")
    with ctx.engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT COUNT(*) FROM AUDIT_LOG WHERE ACTION = 'REPORT'").scalar()
    assert n == 1


def test_cancel_stops_a_run(ctx):
    from reports.engine import ReportCancelled

    rep = Report(id="t.c", category="A", title="T", question="Q", columns=(Col("x", "X", "int"),),
                 rows=lambda conn, p: ({"x": i} for i in range(5000)))
    with pytest.raises(ReportCancelled):
        engine.run(ctx, rep, cancel=lambda: True, log=False)
