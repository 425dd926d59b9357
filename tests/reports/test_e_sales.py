"""E. Sales and money (reports/catalog/e_sales.py): every report on a hand-countable Seed
dataset (the arithmetic is in the comments), plus a smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.models import Client
from reports import engine
from reports.catalog.e_sales import REPORTS
from reports.spec import Report
from tests.reports.helpers import assert_numeric_cells
from tests.reports.seed import Seed

D = dt.datetime


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert isinstance(defn, Report)
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


# --- one hand-countable dataset for every E report (revenue = won deals by close date) ------------
# Period H1 2026 (six months). Won deals close on the 15th of the month, created on the 1st.
#   client (resp., source)     won deals                                         revenue  XYZ (monthly CV)
#   Alpha   (Ivanov, Web)      1000 every month Jan-Jun (deal source empty)         6000  X: 0
#   Beta    (Petrov, Call)     Jan 1000, Feb 1200, Mar 800 (deal source Web),       6000  Y: sqrt(160000/6)/1000 = 0.1633
#                              Apr 1000, May 1200, Jun 800 (deal source empty)
#   Gamma   (Ivanov, -)        Mar 12000 (deal source Call); also Dec 2025 9999    12000  Z: sqrt(5) = 2.236
#   Delta   (Petrov, -)        May 3000 — the client is archived                    3000  Z
#   Epsilon (Ivanov, Call)     Jun 1500                                              1500  Z
#   Omega   (nobody, -)        Jan 1500 (deal without a manager)                    1500  Z
# Not revenue: Alpha's deal lost in Feb (5000, with a Chair line), Beta's open deal (7000).
# Total 30000. ABC by revenue (ties by name): Gamma .40 (before 0) A, Alpha .20 (.40) A, Beta .20 (.60) A,
# Delta .10 (before .80) B, Epsilon .05 (.90) B, Omega .05 (before .95) C.
# Lines: Gamma: Chair 10 x 1000 = 10000, Desk 1 x 2500 - 20 % = 2000; Alpha Jan: Delivery 1 x 1000;
#        Delta: Chair 3 x 1000 = 3000; Epsilon: free text 1 x 2000 - 25 % = 1500.
TODAY = dt.date(2026, 7, 10)
H1 = "2026-01-01..2026-06-30"


@pytest.fixture
def data(ctx):
    return build(ctx)


def build(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        web, call = b.source("Web"), b.source("Call")
        chair, desk = b.product("Chair", "Furniture"), b.product("Desk", "Furniture")
        delivery = b.product("Delivery")
        z = b.funnel("Zeta", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        alpha = b.client("Alpha", responsible=iv, source=web, city="Moscow")
        beta = b.client("Beta", responsible=pe, source=call, city="Kazan")
        gamma = b.client("Gamma", responsible=iv, city="Moscow")
        delta = b.client("Delta", responsible=pe)
        epsilon = b.client("Epsilon", responsible=iv, source=call)
        omega = b.client("Omega")

        def won(client, month, amount, resp, source=None, year=2026):
            return b.deal(client, z, [("Lead", D(year, month, 1, 9)), ("Won", D(year, month, 15, 10))], amount,
                          responsible=resp, source=source)

        alpha_jan = won(alpha, 1, 1000, iv)
        for m in range(2, 7):
            won(alpha, m, 1000, iv)
        for m, amount in ((1, 1000), (2, 1200), (3, 800)):
            won(beta, m, amount, pe, web)
        for m, amount in ((4, 1000), (5, 1200), (6, 800)):
            won(beta, m, amount, pe)
        g = won(gamma, 3, 12000, iv, call)
        old = won(gamma, 12, 9999, iv, year=2025)
        d = won(delta, 5, 3000, pe)
        e = won(epsilon, 6, 1500, iv)
        won(omega, 1, 1500, None)
        lost = b.deal(alpha, z, [("Lead", D(2026, 2, 1)), ("Lost", D(2026, 2, 20))], 5000, responsible=iv)
        b.deal(beta, z, [("Lead", D(2026, 3, 1))], 7000, responsible=pe)
        b.line(g, chair, 10, 1000)
        b.line(g, desk, 1, 2500, 20)
        b.line(alpha_jan, delivery, 1, 1000)
        b.line(d, chair, 3, 1000)
        b.line(e, None, 1, 2000, 25, name="Installation")
        b.line(lost, chair, 5, 1000)
        b.line(old, desk, 1, 9999)
        b.s.get(Client, delta).is_archived = True
        b.s.flush()
    return {"iv": iv, "pe": pe, "web": web, "call": call, "z": z}


def run(ctx, rid, **values):
    return engine.run(ctx, rid, {"period": H1, **values}, today=TODAY, log=False)


def test_sales_by_month_and_quarter(ctx, data):
    # Jan: Alpha 1000, Beta 1000, Omega 1500; Feb: 1000 + 1200; Mar: 1000 + 800 + Gamma 12000; Apr: 1000 + 1000;
    # May: 1000 + 1200 + Delta 3000; Jun: 1000 + 800 + Epsilon 1500
    r = run(ctx, "sales.by_period")
    assert r.rows() == [("2026-01", 3, Decimal("3500"), pytest.approx(3500 / 3), 3),
                        ("2026-02", 2, Decimal("2200"), pytest.approx(1100), 2),
                        ("2026-03", 3, Decimal("13800"), pytest.approx(4600), 3),
                        ("2026-04", 2, Decimal("2000"), pytest.approx(1000), 2),
                        ("2026-05", 3, Decimal("5200"), pytest.approx(5200 / 3), 3),
                        ("2026-06", 3, Decimal("3300"), pytest.approx(1100), 3)]
    assert r.totals[:4] == (None, 16, Decimal("30000"), pytest.approx(1875))
    q = run(ctx, "sales.by_period", grain="quarter")
    assert [row[:3] for row in q.rows()] == [("2026-Q1", 8, Decimal("19500")), ("2026-Q2", 8, Decimal("10500"))]
    # Petrov alone: Beta 6000 + Delta 3000
    assert run(ctx, "sales.by_period", grain="year", manager=data["pe"]).rows()[0][:3] == ("2026", 7, Decimal("9000"))


def test_sales_by_manager(ctx, data):
    # Ivanov: Alpha 6000 (6) + Gamma 12000 + Epsilon 1500 = 19500 in 8; Petrov: Beta 6000 (6) + Delta 3000 = 9000 in 7
    r = run(ctx, "sales.by_manager")
    assert r.rows() == [("Ivanov", 8, Decimal("19500"), pytest.approx(0.65), pytest.approx(2437.5)),
                        ("Petrov", 7, Decimal("9000"), pytest.approx(0.3), pytest.approx(9000 / 7)),
                        ("(no manager)", 1, Decimal("1500"), pytest.approx(0.05), pytest.approx(1500))]
    assert r.totals == (None, 16, Decimal("30000"), pytest.approx(1.0), pytest.approx(1875))


def test_top_clients(ctx, data):
    r = run(ctx, "sales.by_client", top=3)
    assert r.rows() == [("Gamma", "Moscow", "Ivanov", 1, Decimal("12000"), pytest.approx(0.4), D(2026, 3, 15, 10)),
                        ("Alpha", "Moscow", "Ivanov", 6, Decimal("6000"), pytest.approx(0.2), D(2026, 6, 15, 10)),
                        ("Beta", "Kazan", "Petrov", 6, Decimal("6000"), pytest.approx(0.2), D(2026, 6, 15, 10))]
    assert r.total("revenue") == Decimal("24000") and r.total("share") == pytest.approx(0.8)
    assert len(run(ctx, "sales.by_client").rows()) == 6  # the archived Delta counts too


def test_abc_analysis(ctx, data):
    r = run(ctx, "sales.abc")
    assert [ln.label for ln in r.lines if ln.kind == "group"] == ["Class: A", "Class: B", "Class: C"]
    assert r.rows() == [("Gamma", 1, Decimal("12000"), pytest.approx(0.4), pytest.approx(0.4)),
                        ("Alpha", 6, Decimal("6000"), pytest.approx(0.2), pytest.approx(0.6)),
                        ("Beta", 6, Decimal("6000"), pytest.approx(0.2), pytest.approx(0.8)),
                        ("Delta", 1, Decimal("3000"), pytest.approx(0.1), pytest.approx(0.9)),
                        ("Epsilon", 1, Decimal("1500"), pytest.approx(0.05), pytest.approx(0.95)),
                        ("Omega", 1, Decimal("1500"), pytest.approx(0.05), pytest.approx(1.0))]
    subtotals = [ln.values[1:4] for ln in r.lines if ln.kind == "subtotal"]
    assert subtotals == [(13, Decimal("24000"), pytest.approx(0.8)), (2, Decimal("4500"), pytest.approx(0.15)),
                         (1, Decimal("1500"), pytest.approx(0.05))]
    assert r.totals[:3] == (None, 16, Decimal("30000"))


def test_xyz_analysis(ctx, data):
    r = run(ctx, "sales.xyz")
    assert [ln.label for ln in r.lines if ln.kind == "group"] == ["Class: X", "Class: Y", "Class: Z"]
    five = pytest.approx(5 ** 0.5)
    assert r.rows() == [("Alpha", 6, 6, Decimal("6000"), pytest.approx(1000), 0.0),
                        ("Beta", 6, 6, Decimal("6000"), pytest.approx(1000), pytest.approx((160000 / 6) ** 0.5 / 1000)),
                        ("Gamma", 1, 1, Decimal("12000"), pytest.approx(2000), five),
                        ("Delta", 1, 1, Decimal("3000"), pytest.approx(500), five),
                        ("Epsilon", 1, 1, Decimal("1500"), pytest.approx(250), five),
                        ("Omega", 1, 1, Decimal("1500"), pytest.approx(250), five)]
    # a quarter: Beta Apr-Jun 1000/1200/800 -> still Y; Alpha X
    assert run(ctx, "sales.xyz", period="2026-04-01..2026-06-30").column("client")[:2] == ["Alpha", "Beta"]


def test_abc_xyz_matrix(ctx, data):
    # A: Gamma Z, Alpha X, Beta Y; B: Delta Z, Epsilon Z; C: Omega Z
    r = run(ctx, "sales.abc_xyz")
    assert r.rows() == [("A: first 80 % of revenue", 1, 1, 1, 3, Decimal("24000"), pytest.approx(0.8)),
                        ("B: next 15 %", 0, 0, 2, 2, Decimal("4500"), pytest.approx(0.15)),
                        ("C: the rest", 0, 0, 1, 1, Decimal("1500"), pytest.approx(0.05))]
    assert r.totals == (None, 1, 1, 4, 6, Decimal("30000"), pytest.approx(1.0))


def test_sales_by_product(ctx, data):
    # won in H1 only (the lost deal's Chair and the 2025 Desk stay out)
    r = run(ctx, "sales.by_product")
    assert [ln.label for ln in r.lines if ln.kind == "group"] == ["Product group: (no group)",
                                                                  "Product group: Furniture"]
    assert r.rows() == [("(not in the catalogue)", 1, Decimal("1"), Decimal("1500")),
                        ("Delivery", 1, Decimal("1"), Decimal("1000")),
                        ("Chair", 2, Decimal("13"), Decimal("13000")),
                        ("Desk", 1, Decimal("1"), Decimal("2000"))]
    assert r.totals == (None, None, Decimal("16"), Decimal("17500"))


def test_average_check(ctx, data):
    # Ivanov 19500 / 8 deals, / 3 clients (Alpha, Gamma, Epsilon); Petrov 9000 / 7, / 2; nobody 1500
    r = run(ctx, "sales.avg_check")
    assert r.rows() == [("Ivanov", 8, 3, Decimal("19500"), pytest.approx(2437.5), pytest.approx(6500)),
                        ("Petrov", 7, 2, Decimal("9000"), pytest.approx(9000 / 7), pytest.approx(4500)),
                        ("(no manager)", 1, 1, Decimal("1500"), pytest.approx(1500), pytest.approx(1500))]
    # revenue per client over all: (6500*3 + 4500*2 + 1500) / 6 = 5000
    assert r.totals == (None, 16, 6, Decimal("30000"), pytest.approx(1875), pytest.approx(5000))


def test_repeat_purchase_rate(ctx, data):
    # by the client's manager: Ivanov Alpha (6), Gamma, Epsilon -> 1 of 3; Petrov Beta (6), Delta -> 1 of 2; Omega
    r = run(ctx, "sales.repeat_rate")
    assert r.rows() == [("Ivanov", 3, 1, pytest.approx(1 / 3), 8), ("Petrov", 2, 1, pytest.approx(0.5), 7),
                        ("(no manager)", 1, 0, 0.0, 1)]
    assert r.totals == (None, 6, 2, pytest.approx(1 / 3), 16)


def test_revenue_by_source(ctx, data):
    # deal source else client source: Call = Beta Apr-Jun 3000 + Gamma 12000 + Epsilon 1500;
    # Web = Alpha 6000 + Beta Jan-Mar 3000; none = Delta 3000 + Omega 1500
    r = run(ctx, "sales.by_source")
    assert r.rows() == [("Call", 5, 3, Decimal("16500"), pytest.approx(0.55), pytest.approx(3300)),
                        ("Web", 9, 2, Decimal("9000"), pytest.approx(0.3), pytest.approx(1000)),
                        ("(no source)", 2, 2, Decimal("4500"), pytest.approx(0.15), pytest.approx(2250))]
    assert r.total("revenue") == Decimal("30000")
    assert [row[:4] for row in run(ctx, "sales.by_source", source=data["web"]).rows()] == [
        ("Web", 9, 2, Decimal("9000"))]


def test_discounts_by_manager(ctx, data):
    # Ivanov: Chair 10000 + Desk 2500 (-500) + Delivery 1000 + Installation 2000 (-500): 15500 -> 14500
    # Petrov: Chair 3000, no discount
    r = run(ctx, "sales.discounts")
    assert r.rows() == [("Ivanov", 4, 2, Decimal("15500"), Decimal("14500"), Decimal("1000"), pytest.approx(1000 / 15500)),
                        ("Petrov", 1, 0, Decimal("3000"), Decimal("3000"), Decimal("0"), 0.0)]
    assert r.totals == (None, 5, 2, Decimal("18500"), Decimal("17500"), Decimal("1000"), pytest.approx(1000 / 18500))


def test_every_report_on_the_fb3_server(server_db):
    """The same SQL on a Firebird 3 server: every report runs; key figures match the hand counts."""
    from app.context import AppContext

    with AppContext(server_db) as sctx:
        build(sctx)
        for defn in REPORTS:
            run(sctx, defn.id)
        assert run(sctx, "sales.by_period", grain="quarter").column("revenue") == [Decimal("19500"), Decimal("10500")]
        assert run(sctx, "sales.by_client", top=1).column("client") == ["Gamma"]
        assert run(sctx, "sales.abc_xyz").column("clients") == [3, 2, 1]
        assert run(sctx, "sales.discounts").total("discount") == Decimal("1000")
