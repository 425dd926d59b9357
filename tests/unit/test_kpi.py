"""Plans and KPI (app/kpi.py): facts computed from hand-counted data, plans saved and read back
as a grid, XLSX import with its errors (issue #13)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook

from app import kpi
from app.context import AppContext
from app.errors import ValidationError
from tests.reports.seed import Seed

D = dt.datetime


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


def seed(ctx):
    # Ivanov (Team K): Mar won 1000 + 2000, lost 1; Apr won 500; 2 calls + 1 meeting in Mar; 1 client in Mar
    # Petrov (Team K): Mar won 4000, lost 3; 1 call in Mar (+1 in Feb)
    with Seed(ctx) as b:
        dep = b.department("Team K")
        iv, pe = b.user("Ivanov", department=dep), b.user("Petrov", department=dep)
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        a = b.client("Alpha", responsible=iv, created=D(2026, 3, 2))
        c = b.client("Beta", responsible=pe, created=D(2026, 2, 2))

        def won(client, at, amount, resp):
            b.deal(client, f, [("Lead", at - dt.timedelta(days=5)), ("Won", at)], amount, responsible=resp)

        def lost(client, at, resp):
            b.deal(client, f, [("Lead", at - dt.timedelta(days=5)), ("Lost", at)], 100, responsible=resp)

        won(a, D(2026, 3, 10), 1000, iv)
        won(a, D(2026, 3, 31, 23, 59), 2000, iv)
        won(a, D(2026, 4, 1), 500, iv)
        lost(a, D(2026, 3, 12), iv)
        won(c, D(2026, 3, 11), 4000, pe)
        for day in (1, 2, 3):
            lost(c, D(2026, 3, day + 10), pe)
        b.interaction(a, "CALL", D(2026, 3, 3), user=iv)
        b.interaction(a, "CALL", D(2026, 3, 4), user=iv)
        b.interaction(a, "MEETING", D(2026, 3, 5), user=iv)
        b.interaction(c, "CALL", D(2026, 3, 6), user=pe)
        b.interaction(c, "CALL", D(2026, 2, 6), user=pe)
    return {"dep": dep, "iv": iv, "pe": pe}


def test_facts_of_march(ctx):
    ids = seed(ctx)
    march = kpi.period_of("MONTH", dt.date(2026, 3, 15))
    rows = kpi.reader_rows(ctx)
    rev = kpi.user_facts(rows, "REVENUE", march)
    assert rev[ids["iv"]].value == Decimal("3000") and rev[ids["pe"]].value == Decimal("4000")  # 23:59 of the 31st counts
    assert kpi.user_facts(rows, "WON_DEALS", march)[ids["iv"]].value == 2
    assert kpi.user_facts(rows, "CALLS", march)[ids["pe"]].value == 1  # the February call is out
    assert kpi.user_facts(rows, "MEETINGS", march)[ids["iv"]].value == 1
    assert kpi.user_facts(rows, "NEW_CLIENTS", march) == {ids["iv"]: kpi.Fact(Decimal(1))}
    wr = kpi.user_facts(rows, "WIN_RATE", march)
    # Ivanov 2 won of 3 closed = 66.7 %; Petrov 1 of 4 = 25 %; the department 3 of 7 (not the mean of the two)
    assert wr[ids["iv"]].value == pytest.approx(Decimal(200) / 3)
    assert wr[ids["pe"]].value == Decimal(25)
    dept = kpi.department_fact(wr, [ids["iv"], ids["pe"]], "WIN_RATE")
    assert dept.value == pytest.approx(Decimal(300) / 7)
    q1 = kpi.period_of("QUARTER", dt.date(2026, 2, 1))
    assert kpi.user_facts(rows, "CALLS", q1)[ids["pe"]].value == 2


def test_plan_grid_round_trip(ctx):
    ids = seed(ctx)
    revenue = next(i for i in kpi.indicators(ctx) if i.code == "REVENUE")
    months = kpi.periods("MONTH", 2026)
    kpi.save_plans(ctx, revenue.id, "MONTH", {(("U", ids["iv"]), months[2]): Decimal("5000"),
                                              (("D", ids["dep"]), months[2]): Decimal("10000")})
    g = kpi.load_plan_grid(ctx, revenue.id, 2026)
    assert g.values == {(("U", ids["iv"]), 2): Decimal("5000"), (("D", ids["dep"]), 2): Decimal("10000")}
    assert g.facts[(("U", ids["iv"]), 2)] == Decimal("3000")
    assert g.facts[(("D", ids["dep"]), 2)] == Decimal("7000")  # Ivanov 3000 + Petrov 4000
    assert g.facts[(("U", ids["iv"]), 3)] == Decimal("500")
    # change one, clear the other
    kpi.save_plans(ctx, revenue.id, "MONTH", {(("U", ids["iv"]), months[2]): Decimal("6000"),
                                              (("D", ids["dep"]), months[2]): None})
    assert kpi.load_plan_grid(ctx, revenue.id, 2026, with_facts=False).values == {(("U", ids["iv"]), 2): Decimal("6000")}


def test_plan_values_are_checked():
    assert kpi.parse_plan_value(" 1 500,5 ") == Decimal("1500.50")
    assert kpi.parse_plan_value("") is None
    for bad in ("abc", "-1", "1e99"):
        with pytest.raises(ValidationError):
            kpi.parse_plan_value(bad)


def test_import_plans_from_xlsx(ctx, tmp_path):
    ids = seed(ctx)
    calls = next(i for i in kpi.indicators(ctx) if i.code == "CALLS")
    wb = Workbook()
    ws = wb.active
    ws.append(["Manager", "Q1", "Q2", "Q3", "Q4"])
    ws.append(["Ivanov", 30, 40, None, "50"])
    ws.append(["team k", 100, 100, 100, 100])  # a department, names match case-insensitively
    path = tmp_path / "plans.xlsx"
    wb.save(path)
    res = kpi.import_plans(ctx, path, calls.id, 2026, "QUARTER")
    assert (res.plans, res.targets) == (7, 2)
    g = kpi.load_plan_grid(ctx, calls.id, 2026, "QUARTER")
    assert g.values[(("U", ids["iv"]), 0)] == Decimal(30) and (("U", ids["iv"]), 2) not in g.values
    assert g.values[(("D", ids["dep"]), 3)] == Decimal(100)
    # Q1 calls: Ivanov 2; the department 2 + Petrov 2
    assert g.facts[(("U", ids["iv"]), 0)] == 2 and g.facts[(("D", ids["dep"]), 0)] == 4
    # a bad sheet: one message naming the cell, nothing saved
    ws.append(["Nobody", 1])
    wb.save(path)
    with pytest.raises(ValidationError, match="Row 4"):
        kpi.import_plans(ctx, path, calls.id, 2027, "QUARTER")
    assert kpi.load_plan_grid(ctx, calls.id, 2027, "QUARTER", with_facts=False).values == {}
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    with pytest.raises(ValidationError, match="not an Excel"):
        kpi.import_plans(ctx, tmp_path / "bad.xlsx", calls.id, 2026, "QUARTER")


def test_indicator_validation_and_save(ctx):
    with pytest.raises(ValidationError):
        kpi.save_indicator(ctx, kpi.IndicatorDraft("bad code!", "X", "", Decimal(1), "CALLS"))
    with pytest.raises(ValidationError):
        kpi.save_indicator(ctx, kpi.IndicatorDraft("X", "X", "", Decimal(1), "NOPE"))
    kpi.save_indicator(ctx, kpi.IndicatorDraft("deals_new", "Deals opened", "pcs", Decimal("0.5"), "NEW_DEALS"))
    ind = next(i for i in kpi.indicators(ctx) if i.code == "DEALS_NEW")
    assert (ind.fact_kind, ind.weight, ind.title) == ("NEW_DEALS", Decimal("0.50"), "Deals opened")
    assert {i.code for i in kpi.indicators(ctx)} >= {"REVENUE", "WON_DEALS", "CALLS", "WIN_RATE", "PAYMENTS"}


def test_money_facts_never_add_currencies(ctx):
    """A plan in roubles is met by roubles: a deal won in euros does not count (issue #13)."""
    ids = seed(ctx)
    from db.models import Deal

    with Seed(ctx) as b:
        f = b.funnel("E", [("Lead", 10), ("Won", 100, "won")])
        c = b.client("Euro client", responsible=ids["iv"])
        d = b.deal(c, f, [("Lead", D(2026, 3, 1)), ("Won", D(2026, 3, 20))], 700, responsible=ids["iv"])
        b.s.get(Deal, d).currency = "EUR"
        b.s.flush()
    march = kpi.period_of("MONTH", dt.date(2026, 3, 1))
    rows = kpi.reader_rows(ctx)
    assert kpi.user_facts(rows, "REVENUE", march, "RUB")[ids["iv"]].value == Decimal(3000)
    assert kpi.user_facts(rows, "REVENUE", march, "EUR")[ids["iv"]].value == Decimal(700)
    assert kpi.money_currency("REVENUE", "rub") == "RUB" and kpi.money_currency("CALLS", "RUB") is None
    assert kpi.money_currency("REVENUE", "thousand") is None
    revenue = next(i for i in kpi.indicators(ctx) if i.code == "REVENUE")  # unit RUB
    kpi.save_plans(ctx, revenue.id, "MONTH", {(("U", ids["iv"]), march): Decimal(5000)})
    assert kpi.load_plan_grid(ctx, revenue.id, 2026).facts[(("U", ids["iv"]), 2)] == Decimal(3000)
