"""F. Plan, fact and KPI (reports/catalog/f_kpi.py) and invoices 63–65 (reports/catalog/e_invoices.py)
on hand-counted data (tests/reports/seed_kpi.py; the arithmetic is in the comments), a smoke run of
each on the demo database, and PDF/XLSX read back."""
from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from reports import engine
from reports.catalog import e_invoices, f_kpi
from reports.render_pdf import render_pdf
from reports.render_xlsx import render_xlsx
from reports.spec import Report
from tests.reports.helpers import assert_numeric_cells, groups, subtotals
from tests.reports.seed_kpi import build_invoices, build_kpi

TODAY = dt.date(2026, 4, 10)
MARCH = "2026-03-01..2026-03-31"
approx = pytest.approx


@pytest.mark.parametrize("defn", [d for d in f_kpi.REPORTS + e_invoices.REPORTS if isinstance(d, Report)],
                         ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


@pytest.fixture
def data(ctx):
    return build_kpi(ctx)


def run(ctx, rid, **values):
    return engine.run(ctx, rid, {"period": MARCH, **values}, today=TODAY, log=False)


def test_sales_plan_vs_fact(ctx, data):
    # "(no department)" sorts before "Team K": Sidorov 0 of 1000; Ivanov 3000 of 5000; Petrov 4000 of 4000
    r = run(ctx, "kpi.sales_plan_fact")
    assert r.rows() == [("Sidorov", "(no department)", Decimal(1000), Decimal(0), 0.0, Decimal(1000)),
                        ("Ivanov", "Team K", Decimal(5000), Decimal(3000), approx(0.6), Decimal(2000)),
                        ("Petrov", "Team K", Decimal(4000), Decimal(4000), approx(1.0), Decimal(0))]
    assert r.totals == (None, None, Decimal(10000), Decimal(7000), approx(0.7), Decimal(3000))
    assert run(ctx, "kpi.sales_plan_fact", manager=data["pe"]).column("manager") == ["Petrov"]
    assert run(ctx, "kpi.sales_plan_fact", department=data["dep"]).column("manager") == ["Ivanov", "Petrov"]
    # the quarter: Petrov's February plan 1000 joins (4000 + 1000), his fact 4000 + 500
    q = run(ctx, "kpi.sales_plan_fact", period="2026-01-01..2026-03-31", manager=data["pe"])
    assert q.rows() == [("Petrov", "Team K", Decimal(5000), Decimal(4500), approx(0.9), Decimal(500))]


def test_department_plan_vs_fact_and_scorecard(ctx, data):
    # Team K revenue: plan 10000, fact Ivanov 3000 + Petrov 4000
    r = run(ctx, "kpi.department_plan_fact")
    assert groups(r) == ["Department: Team K"]
    assert r.rows() == [("Revenue", "RUB", 10000.0, 7000.0, approx(0.7))]
    d = run(ctx, "kpi.scorecard.department")
    # weight 0.4 x 0.7 = 0.28; index 0.28 / 0.4 = 0.7
    assert d.rows() == [("Revenue", "RUB", 0.4, 10000.0, 7000.0, approx(0.7), approx(0.28))]


def test_employee_scorecard(ctx, data):
    r = run(ctx, "kpi.scorecard.employee")
    assert groups(r) == ["Employee: Sidorov", "Employee: Ivanov", "Employee: Petrov"]
    # Ivanov: revenue .4 x .6 = .24; calls 2/4 .1 x .5 = .05; meetings 1/2 .05; win rate 66.7 % of 50 % = 133 %,
    # capped at 120 %: .1 x 1.2 = .12. Sum .46 over weights .7 = .657
    assert r.rows()[1:5] == [("Revenue", "RUB", 0.4, 5000.0, 3000.0, approx(0.6), approx(0.24)),
                             ("Calls", "pcs", 0.1, 4.0, 2.0, approx(0.5), approx(0.05)),
                             ("Meetings", "pcs", 0.1, 2.0, 1.0, approx(0.5), approx(0.05)),
                             ("Win rate", "%", 0.1, 50.0, approx(200 / 3), approx(4 / 3), approx(0.12))]
    # subtotals (weight, plan, fact, %, score): Sidorov 0; Ivanov .46/.7; Petrov (.4 + .05)/.5 = .9
    assert [(s[2], s[5], s[6]) for s in subtotals(r)] == [(approx(0.4), approx(0.0), approx(0.0)),
                                                          (approx(0.7), approx(0.46 / 0.7), approx(0.46)),
                                                          (approx(0.5), approx(0.9), approx(0.45))]
    # a lower cap: win rate capped at 100 %: .1 -> Ivanov .44
    assert subtotals(run(ctx, "kpi.scorecard.employee", cap=100))[1][6] == approx(0.44)


def test_trend(ctx, data):
    # Q1 revenue: Jan no plan, nothing won; Feb plan 1000, Petrov 500; Mar plans 5000+4000+1000, won 7000
    r = run(ctx, "kpi.trend", period="2026-01-01..2026-03-31")
    assert r.rows() == [("2026-01", None, 0.0, None), ("2026-02", 1000.0, 500.0, approx(0.5)),
                        ("2026-03", 10000.0, 7000.0, approx(0.7))]
    assert r.total("plan") == approx(11000.0)
    calls = run(ctx, "kpi.trend", fact="CALLS", manager=data["iv"])
    assert calls.rows() == [("2026-03", 4.0, 2.0, approx(0.5))]


def test_bonus_ranking_quota(ctx, data):
    b = run(ctx, "kpi.bonus", base=10000)
    # index x 10000: Sidorov 0; Ivanov .657142857 -> 6571.43; Petrov .9 -> 9000
    assert b.rows() == [("Sidorov", "(no department)", 1, 0.0, Decimal(10000), Decimal(0)),
                        ("Ivanov", "Team K", 4, approx(0.46 / 0.7), Decimal(10000), Decimal("6571.43")),
                        ("Petrov", "Team K", 2, approx(0.9), Decimal(10000), Decimal("9000.00"))]
    assert b.total("bonus") == Decimal("15571.43")
    rank = run(ctx, "kpi.ranking")
    assert [(row[0], row[1], row[4]) for row in rank.rows()] == [(1, "Petrov", Decimal(4000)), (2, "Ivanov", Decimal(3000)),
                                                                 (3, "Sidorov", Decimal(0))]
    q = run(ctx, "kpi.quota")
    # Sidorov 0 % (below 50), Ivanov 60 % (50-80), Petrov 100 % (met)
    assert q.rows() == [("Below 50 % of plan", 1, Decimal(1000), Decimal(0), 0.0),
                        ("50–80 % of plan", 1, Decimal(5000), Decimal(3000), approx(0.6)),
                        ("80–100 % of plan", 0, Decimal(0), Decimal(0), None),
                        ("Plan met (100 % and more)", 1, Decimal(4000), Decimal(4000), approx(1.0))]
    assert q.totals == (None, 3, Decimal(10000), Decimal(7000), approx(0.7))


def test_activity_definitions_anomalies_coverage(ctx, data):
    a = run(ctx, "kpi.activity_plan_fact")
    assert a.rows() == [("Ivanov", "Team K", 4.0, 2.0, approx(0.5), 2.0, 1.0, approx(0.5)),
                        ("Petrov", "Team K", 2.0, 1.0, approx(0.5), None, None, None)]
    assert a.totals[2:] == (approx(6.0), approx(3.0), approx(0.5), approx(2.0), approx(1.0), approx(0.5))
    d = engine.run(ctx, "kpi.indicators", today=TODAY, log=False)
    assert d.column("code") == ["REVENUE", "WON_DEALS", "NEW_CLIENTS", "CALLS", "MEETINGS", "WIN_RATE", "PAYMENTS"]
    assert d.rows()[5][4:] == ("Win rate, %", "Won ÷ (won + lost) among deals closed in the period, in percent; "
                                              "a department's rate is computed over all its deals.", "Yes")
    an = run(ctx, "kpi.anomalies")
    # Ivanov: 2 calls of 10 s and 0 s -> both short, 1 empty, avg 5 s; Petrov 1 call of 120 s
    assert an.rows() == [("Ivanov", 2, 2, approx(1.0), 1, approx(5.0), "suspicious"),
                         ("Petrov", 1, 0, 0.0, 0, approx(120.0), "")]
    assert an.totals[:4] == (None, 3, 2, approx(2 / 3))
    assert an.total("avg_sec") == approx((5.0 * 2 + 120.0 * 1) / 3)  # over the 3 calls, not (5 + 120) / 2
    assert run(ctx, "kpi.anomalies", short=5).column("short") == [1, 0]  # only the 0 s call is under 5 s
    cov = run(ctx, "kpi.plan_coverage")
    # left: Sidorov 1000, Ivanov 2000, Petrov 0; weighted open pipeline due in March: Sidorov 2000 x 50 %,
    # Ivanov 10000 x 10 % (the April deal is out)
    assert cov.rows() == [("Sidorov", Decimal(1000), Decimal(0), Decimal(1000), Decimal(2000), Decimal("1000.00"), approx(1.0)),
                          ("Ivanov", Decimal(5000), Decimal(3000), Decimal(2000), Decimal(10000), Decimal("1000.00"),
                           approx(0.5)),
                          ("Petrov", Decimal(4000), Decimal(4000), Decimal(0), Decimal(0), Decimal("0.00"), None)]
    assert cov.total("coverage") == approx(2000 / 3000)


def test_invoice_reports(ctx):
    build_invoices(ctx)
    h1 = {"period": "2026-01-01..2026-06-30"}
    r = engine.run(ctx, "invoices.issued_paid", h1, today=TODAY, log=False)
    # never adds currencies: EUR and RUB groups, no grand total; the cancelled and the draft are out
    assert groups(r) == ["Currency: EUR", "Currency: RUB"] and r.totals is None
    assert r.rows() == [("2026-03", 1, Decimal(500), Decimal(100), Decimal(400), approx(0.2), 0),
                        ("2026-01", 1, Decimal(1000), Decimal(1000), Decimal(0), approx(1.0), 1),
                        ("2026-02", 1, Decimal(3000), Decimal(1000), Decimal(2000), approx(1 / 3), 0),
                        ("2026-03", 1, Decimal(1000), Decimal(0), Decimal(1000), 0.0, 0)]
    assert subtotals(r)[1] == (None, 3, Decimal(5000), Decimal(2000), Decimal(3000), approx(0.4), 1)
    rec = engine.run(ctx, "invoices.receivables", today=TODAY, log=False)
    # I2: due 11 Feb -> 10 Apr = 17 + 31 + 10 = 58 days; I3: due 30 Mar -> 11 days; I4 due 15 Apr: not due
    assert [(x[0], x[1], x[6], x[7], x[8]) for x in rec.rows()] == [
        ("Beta", "2026-0005", Decimal(400), 0, "Not due"),
        ("Beta", "2026-0002", Decimal(2000), 58, "31–60 days"),
        ("Alpha", "2026-0004", Decimal(1000), 11, "1–30 days")]
    assert subtotals(rec)[1][6] == Decimal(3000)
    assert engine.run(ctx, "invoices.receivables", {"overdue_only": True}, today=TODAY, log=False).column("number") == [
        "2026-0002", "2026-0004"]
    pay = engine.run(ctx, "invoices.payments", h1, today=TODAY, log=False)
    assert pay.rows() == [("2026-03", 1, 1, Decimal(100)), ("2026-01", 1, 1, Decimal(400)),
                          ("2026-02", 1, 1, Decimal(600)), ("2026-03", 1, 1, Decimal(1000))]
    assert subtotals(pay)[1][3] == Decimal(2000)


def test_pdf_and_xlsx_read_back(ctx, data, tmp_path):
    r = run(ctx, "kpi.scorecard.employee")
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"
    render_pdf(r, pdf)
    render_xlsx(r, xlsx)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "KPI scorecard per employee" in text and "Ivanov" in text and "Win rate" in text
    ws = load_workbook(xlsx).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "Ivanov" in " ".join(str(v) for v in values if v is not None)
    assert 5000 in values and 0.6 in [round(v, 4) for v in values if isinstance(v, float)]


def test_dashboard_snapshot(ctx, data, tmp_path):
    # 20 March: plans 5000 + 4000 + 1000 (the department's plan is not a manager's); won in March
    # 3000 + 4000 in 3 deals; open 10000 + 7000 + 2000; Gamma had no contact since 1 Jan: sleeping
    doc = engine.run(ctx, "summary.dashboard", {"date": "2026-03-20"}, today=TODAY, log=False)
    text = doc.text()
    assert "70 %" in text and "(3)" in text
    table = [b for b in doc.blocks if b.kind == "table"][0]
    assert table.rows == [("F", "Lead", 3, Decimal(19000))]
    render_pdf(doc, tmp_path / "d.pdf")
    out = subprocess.run(["pdftotext", str(tmp_path / "d.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Pipeline by stage" in out and "Sleeping clients" in out
