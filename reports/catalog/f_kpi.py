"""F. Plan, fact and KPI (REPORTS.md 71–82). Layer: ``reports``.

Plans come from KPI_PLANS (Administration › Plans and KPI), facts are computed from the data
(the rules of app/kpi.py FACT_SQL, read as Core statements: reports/queries/kpi.py
``fact_statement``), never typed; the terms (plan of a period, % of plan, score, KPI index) are in
reports/queries/kpi.py. Plan against fact is a declared source (:class:`reports.spec.PlanFact`:
targets, fact kinds, a row per indicator line or per target) shaped by declared steps; 75 (trend
per sub-period), 77 (quota bands) and 82 (coverage by the open pipeline) are still ``rows=``
functions over the same builder; 79 and 81 are plain queries.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import DOUBLE_PRECISION, case, cast, func, literal_column, select

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.kpi import FACT_RULES, FACT_TITLES, STANDARD_NAMES, department_fact, money_currency, periods, user_facts
from db.models import CrmUser, Interaction, KpiIndicator
from reports.catalog.d_funnel import MANAGER
from reports.queries import fetch
from reports.queries import kpi as K
from reports.queries.deals import NO_MANAGER, in_period, or_label, ratio, text_literal
from reports.queries.labels import tr
from reports.spec import (
    Chart,
    Codes,
    Col,
    Definition,
    Diff,
    Document,
    FromParam,
    Number,
    Param,
    Params,
    PlanFact,
    Ratio,
    Report,
    Sort,
    Times,
    Weighted,
)

PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="this_month")
YEAR = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="this_year")
DEPARTMENT = Param("department", "department", QT_TRANSLATE_NOOP("reports", "Department"))
BASE = Param("base", "int", QT_TRANSLATE_NOOP("reports", "Bonus at 100 % of plan"), default=10000, minimum=0,
             maximum=100000000)
SHORT = Param("short", "int", QT_TRANSLATE_NOOP("reports", "A short call lasts under, seconds"), default=20,
              minimum=1, maximum=3600)
SHARE = Param("share", "int", QT_TRANSLATE_NOOP("reports", "Suspicious from a short-call share of, %"), default=50,
              minimum=1, maximum=100)

MANAGER_COL = Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2.5)
DEPT_COL = Col("department", QT_TRANSLATE_NOOP("reports", "Department"), width=2)
PLAN = Col("plan", QT_TRANSLATE_NOOP("reports", "Plan"), "number", width=1.3)
FACT_COL = Col("fact", QT_TRANSLATE_NOOP("reports", "Fact"), "number", width=1.3)
PCT = Col("pct", QT_TRANSLATE_NOOP("reports", "% of plan"), "percent", total=Ratio("fact", "plan"))
IND_COL = Col("indicator", QT_TRANSLATE_NOOP("reports", "Indicator"), width=2.5)
UNIT = Col("unit", QT_TRANSLATE_NOOP("reports", "Unit"), width=0.7)
WEIGHT = Col("weight", QT_TRANSLATE_NOOP("reports", "Weight"), "number", total="sum", width=0.8)
SCORE = Col("score", QT_TRANSLATE_NOOP("reports", "Score"), "number", total="sum", width=0.8)

BANDS = (("0", QT_TRANSLATE_NOOP("reports", "Below 50 % of plan"), 0.0),
         ("1", QT_TRANSLATE_NOOP("reports", "50–80 % of plan"), 0.5),
         ("2", QT_TRANSLATE_NOOP("reports", "80–100 % of plan"), 0.8),
         ("3", QT_TRANSLATE_NOOP("reports", "Plan met (100 % and more)"), 1.0))


def _cap(p: Params) -> float:
    return (p.get("cap") or 120) / 100.0


def _f(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


# --- 71 sales plan vs fact by manager, 72 department plan vs fact -----------------------------------
# --- 73/74 scorecards ------------------------------------------------------------------------------
# --- 75 trend ----------------------------------------------------------------------------------------
def _trend(conn: Any, p: Params):
    period, kind, fact = p["period"], p.get("plan_kind") or "MONTH", p.get("fact") or "REVENUE"
    same = [i for i in K.indicators(conn) if i.kind == fact]
    inds = {i.id for i in same}
    cur = money_currency(fact, same[0].unit) if same else None
    users = {r["id"]: r["department_id"] for r in fetch(conn, K.USERS_SQL)}
    manager, dept = p.get("manager"), p.get("department")

    def counts(uid: int) -> bool:
        return (manager is None or uid == manager) and (dept is None or users.get(uid) == dept)

    for y in range(period.start.year, period.end.year + 1):
        for sub in periods(kind, y):
            if sub.start < period.start or sub.end > period.end:
                continue
            plans = [Decimal(r["plan_value"]) for r in fetch(conn, K.PLANS_SQL, k=kind, s=sub.start, e=sub.end)
                     if r["indicator_id"] in inds and r["user_id"] is not None and counts(r["user_id"])]
            plan = sum(plans, Decimal(0))
            if fact == "WIN_RATE" and plans:
                plan = plan / len(plans)
            facts = user_facts(K.rows_of(conn), fact, sub, cur)
            total = department_fact(facts, [u for u in facts if counts(u)], fact)
            yield {"period": sub.label, "plan": _f(plan) if plans else None, "fact": _f(total.value),
                   "pct": float(total.value / plan) if plans and plan and total.value is not None else None}


# --- 76 bonus sheet, 80 ranking ----------------------------------------------------------------------
# --- 77 quota achievement ---------------------------------------------------------------------------
def _quota(conn: Any, p: Params):
    pf = K.plan_fact(conn, p, kinds=("REVENUE",), department=p.get("department"))
    acc = {code: [0, Decimal(0), Decimal(0)] for code, _t, _lo in BANDS}
    for ln in pf.lines:
        pct = ln.pct or 0.0
        code = [c for c, _t, lo in BANDS if pct >= lo][-1]
        acc[code][0] += 1
        acc[code][1] += ln.plan
        acc[code][2] += ln.fact or 0
    for code, title, _lo in BANDS:
        n, plan, fact = acc[code]
        yield {"band": tr(title), "managers": n, "plan": plan, "fact": fact,
               "pct": float(fact / plan) if plan else None}


# --- 78 activity plan vs fact -------------------------------------------------------------------------
# --- 79 indicator definitions ---------------------------------------------------------------------------
def _definitions(p: Params):
    i = KpiIndicator
    return (select(i.code.label("code"), i.name.label("name"), func.coalesce(i.unit, literal_column("''")).label("unit"),
                   i.weight.label("weight"), i.fact_kind.label("kind"), i.is_active.label("is_active"))
            .order_by(i.sort_order, i.id).limit(500))


# --- 81 anomalies: many very short calls -----------------------------------------------------------------
def _anomalies(p: Params):
    short_sec = int(p.get("short") or 20)
    limit = (p.get("share") or 50) / 100.0
    one = literal_column("1")
    zero = literal_column("0")
    short = func.coalesce(func.sum(case((func.coalesce(Interaction.duration_sec, zero) < literal_column(str(short_sec)),
                                         one), else_=zero)), zero)
    empty = func.coalesce(func.sum(case((func.coalesce(Interaction.duration_sec, zero) == zero, one), else_=zero)), zero)
    calls = func.count(Interaction.id)
    share = ratio(short, calls)
    flag = case((cast(short, DOUBLE_PRECISION()) >= literal_column(repr(limit)) * cast(calls, DOUBLE_PRECISION()),
                 text_literal(QT_TRANSLATE_NOOP("reports", "suspicious"))), else_=text_literal(""))
    q = (select(or_label(CrmUser.full_name, NO_MANAGER).label("manager"), calls.label("calls"), short.label("short"),
                share.label("share"), empty.label("empty"),
                func.avg(cast(func.coalesce(Interaction.duration_sec, zero), DOUBLE_PRECISION())).label("avg_sec"),
                flag.label("flag"))
         .select_from(Interaction).outerjoin(CrmUser, CrmUser.id == Interaction.user_id)
         .where(Interaction.kind == "CALL", in_period(Interaction.occurred_at, p.get("period"))))
    if p.get("manager") is not None:
        q = q.where(Interaction.user_id == p["manager"])
    return q.group_by(CrmUser.id, CrmUser.full_name).order_by(share.desc(), CrmUser.full_name)


# --- 82 plan coverage by pipeline ------------------------------------------------------------------------
PIPELINE_SQL = """
SELECT COALESCE(d.RESPONSIBLE_ID, 0) AS UID, SUM(d.AMOUNT) AS AMOUNT,
       SUM(d.AMOUNT * COALESCE(d.PROBABILITY, s.PROBABILITY, 0) / 100) AS WEIGHTED
FROM DEALS d JOIN STAGES s ON s.ID = d.STAGE_ID
WHERE d.OUTCOME = 'OPEN' AND d.EXPECTED_CLOSE >= :s AND d.EXPECTED_CLOSE <= :e
GROUP BY COALESCE(d.RESPONSIBLE_ID, 0)
"""


def _coverage(conn: Any, p: Params):
    period = p["period"]
    pipe = {r["uid"]: (Decimal(r["amount"] or 0), Decimal(r["weighted"] or 0))
            for r in fetch(conn, PIPELINE_SQL, s=period.start, e=period.end)}
    pf = K.plan_fact(conn, p, kinds=("REVENUE",), manager=p.get("manager"), department=p.get("department"))
    for ln in pf.lines:
        amount, weighted = pipe.get(ln.target[1], (Decimal(0), Decimal(0)))
        left = max(ln.plan - (ln.fact or 0), Decimal(0))
        yield {"manager": ln.name, "plan": ln.plan, "fact": ln.fact, "left": left, "pipeline": amount,
               "weighted": weighted.quantize(Decimal("0.01")),
               "coverage": float(weighted / left) if left else None}


MONEY_PLAN = Col("plan", QT_TRANSLATE_NOOP("reports", "Revenue plan"), "money", total="sum", width=1.4)
MONEY_FACT = Col("fact", QT_TRANSLATE_NOOP("reports", "Revenue fact"), "money", total="sum", width=1.4)
LEFT = Col("left", QT_TRANSLATE_NOOP("reports", "Left to the plan"), "money", total="sum", width=1.4)
INDEX = Col("index", QT_TRANSLATE_NOOP("reports", "KPI index"), "percent")

REPORTS: list[Definition] = [
    Report(
        id="kpi.sales_plan_fact", category="F", ref=(71,),
        title=QT_TRANSLATE_NOOP("reports", "Sales plan vs fact by manager"),
        question=QT_TRANSLATE_NOOP("reports", "Who has met his revenue plan for the period, and how much is left?"),
        params=(PERIOD, K.PLAN_KIND, MANAGER, DEPARTMENT),
        plan_fact=PlanFact(kinds=("REVENUE",), floats=False, name_key="manager"),
        steps=(Diff("left", "plan", "fact", floor=Decimal(0)),),
        columns=(MANAGER_COL, DEPT_COL, MONEY_PLAN, MONEY_FACT, PCT, LEFT),
        chart=Chart("bar", x="manager", y=("plan", "fact"))),
    Report(
        id="kpi.department_plan_fact", category="F", ref=(72,),
        title=QT_TRANSLATE_NOOP("reports", "Department plan vs fact"),
        question=QT_TRANSLATE_NOOP("reports", "How far is each department from its plans?"),
        params=(PERIOD, K.PLAN_KIND, DEPARTMENT), plan_fact=PlanFact(targets="D", name_key="department"),
        group_by=("department",),
        grand_total=False,
        columns=(DEPT_COL, IND_COL, UNIT, Col("plan", QT_TRANSLATE_NOOP("reports", "Plan"), "number", width=1.3),
                 Col("fact", QT_TRANSLATE_NOOP("reports", "Fact"), "number", width=1.3),
                 Col("pct", QT_TRANSLATE_NOOP("reports", "% of plan"), "percent"))),
    Report(
        id="kpi.scorecard.employee", category="F", ref=(73,),
        title=QT_TRANSLATE_NOOP("reports", "KPI scorecard per employee"),
        question=QT_TRANSLATE_NOOP("reports", "Each employee's indicators with weight, plan, fact and % of plan; the "
                                              "subtotal's % is his KPI index (score ÷ weight)."),
        params=(PERIOD, K.PLAN_KIND, MANAGER, DEPARTMENT, K.CAP), plan_fact=PlanFact(targets="U", name_key="who"), group_by=("who",),
        columns=(Col("who", QT_TRANSLATE_NOOP("reports", "Employee"), width=2), IND_COL, UNIT, WEIGHT, PLAN, FACT_COL,
                 Col("pct", QT_TRANSLATE_NOOP("reports", "% of plan"), "percent", total=Ratio("score", "weight")),
                 SCORE)),
    Report(
        id="kpi.scorecard.department", category="F", ref=(74,),
        title=QT_TRANSLATE_NOOP("reports", "KPI scorecard per department"),
        question=QT_TRANSLATE_NOOP("reports", "Each department's indicators with weight, plan, fact and % of plan; "
                                              "the subtotal's % is its KPI index."),
        params=(PERIOD, K.PLAN_KIND, DEPARTMENT, K.CAP), plan_fact=PlanFact(targets="D", name_key="who"), group_by=("who",),
        columns=(Col("who", QT_TRANSLATE_NOOP("reports", "Department"), width=2), IND_COL, UNIT, WEIGHT, PLAN,
                 FACT_COL,
                 Col("pct", QT_TRANSLATE_NOOP("reports", "% of plan"), "percent", total=Ratio("score", "weight")),
                 SCORE)),
    Report(
        id="kpi.trend", category="F", ref=(75,),
        title=QT_TRANSLATE_NOOP("reports", "KPI trend over periods"),
        question=QT_TRANSLATE_NOOP("reports", "How did one indicator's plan and fact go month by month?"),
        params=(YEAR, K.FACT, K.PLAN_KIND, MANAGER, DEPARTMENT), rows=_trend,
        columns=(Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("plan", QT_TRANSLATE_NOOP("reports", "Plan"), "number", total="sum", width=1.3),
                 Col("fact", QT_TRANSLATE_NOOP("reports", "Fact"), "number", width=1.3),
                 Col("pct", QT_TRANSLATE_NOOP("reports", "% of plan"), "percent")),
        chart=Chart("line", x="period", y=("plan", "fact"))),
    Report(
        id="kpi.bonus", category="F", ref=(76,),
        title=QT_TRANSLATE_NOOP("reports", "Bonus calculation sheet"),
        question=QT_TRANSLATE_NOOP("reports", "What bonus does each employee earn: the bonus at 100 % times his KPI "
                                              "index (each indicator capped)?"),
        params=(PERIOD, K.PLAN_KIND, DEPARTMENT, BASE, K.CAP), orientation="portrait",
        plan_fact=PlanFact(per="target", floats=False, name_key="manager"),
        steps=(FromParam("base", "base"), Times("bonus", "base", "index")),
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Employee"), width=2.5), DEPT_COL,
                 Col("indicators", QT_TRANSLATE_NOOP("reports", "Indicators"), "int"), INDEX,
                 Col("base", QT_TRANSLATE_NOOP("reports", "Bonus at 100 %"), "money", width=1.3),
                 Col("bonus", QT_TRANSLATE_NOOP("reports", "Bonus"), "money", total="sum", width=1.3))),
    Report(
        id="kpi.quota", category="F", ref=(77,),
        title=QT_TRANSLATE_NOOP("reports", "Quota achievement"),
        question=QT_TRANSLATE_NOOP("reports", "How many managers met their revenue quota, and how many are far off?"),
        params=(PERIOD, K.PLAN_KIND, DEPARTMENT), rows=_quota,
        columns=(Col("band", QT_TRANSLATE_NOOP("reports", "Achievement"), width=2.5),
                 Col("managers", QT_TRANSLATE_NOOP("reports", "Managers"), "int", total="sum"), MONEY_PLAN, MONEY_FACT,
                 PCT),
        chart=Chart("bar", x="band", y=("managers",))),
    Report(
        id="kpi.activity_plan_fact", category="F", ref=(78,),
        title=QT_TRANSLATE_NOOP("reports", "Activity plan vs fact (calls, meetings)"),
        question=QT_TRANSLATE_NOOP("reports", "Does everyone make the calls and meetings planned?"),
        params=(PERIOD, K.PLAN_KIND, MANAGER, DEPARTMENT),
        plan_fact=PlanFact(kinds=("CALLS", "MEETINGS"), per="target", name_key="manager"),
        columns=(MANAGER_COL, DEPT_COL,
                 Col("calls_plan", QT_TRANSLATE_NOOP("reports", "Calls: plan"), "number", total="sum"),
                 Col("calls_fact", QT_TRANSLATE_NOOP("reports", "Calls: fact"), "number", total="sum"),
                 Col("calls_pct", QT_TRANSLATE_NOOP("reports", "Calls: % of plan"), "percent",
                     total=Ratio("calls_fact", "calls_plan")),
                 Col("meetings_plan", QT_TRANSLATE_NOOP("reports", "Meetings: plan"), "number", total="sum"),
                 Col("meetings_fact", QT_TRANSLATE_NOOP("reports", "Meetings: fact"), "number", total="sum"),
                 Col("meetings_pct", QT_TRANSLATE_NOOP("reports", "Meetings: % of plan"), "percent",
                     total=Ratio("meetings_fact", "meetings_plan"))),
        orientation="landscape"),
    Report(
        id="kpi.indicators", category="F", ref=(79,),
        title=QT_TRANSLATE_NOOP("reports", "KPI indicator definitions"),
        question=QT_TRANSLATE_NOOP("reports", "What exactly does each indicator count, with what weight?"),
        query=_definitions, grand_total=False, orientation="landscape",
        steps=(Codes("name", {n: n for n in STANDARD_NAMES}, context="kpi"),
               Codes("fact", FACT_TITLES, source="kind", context="kpi"),
               Codes("rule", FACT_RULES, source="kind", context="kpi"),
               Codes("active", {True: QT_TRANSLATE_NOOP("reports", "Yes"), False: QT_TRANSLATE_NOOP("reports", "No")},
                     source="is_active")),
        columns=(Col("code", QT_TRANSLATE_NOOP("reports", "Code"), width=1.2),
                 Col("name", QT_TRANSLATE_NOOP("reports", "Indicator"), width=2),
                 Col("unit", QT_TRANSLATE_NOOP("reports", "Unit"), width=0.7),
                 Col("weight", QT_TRANSLATE_NOOP("reports", "Weight"), "number", width=0.7),
                 Col("fact", QT_TRANSLATE_NOOP("reports", "Fact"), width=1.6),
                 Col("rule", QT_TRANSLATE_NOOP("reports", "How the fact is computed"), width=5),
                 Col("active", QT_TRANSLATE_NOOP("reports", "In use"), width=0.7))),
    Report(
        id="kpi.ranking", category="F", ref=(80,),
        title=QT_TRANSLATE_NOOP("reports", "Ranking of managers"),
        question=QT_TRANSLATE_NOOP("reports", "Who is first by KPI index this period?"),
        params=(PERIOD, K.PLAN_KIND, DEPARTMENT, K.CAP), grand_total=False,
        plan_fact=PlanFact(per="target", floats=False, name_key="manager"),
        steps=(Sort((("index", True), ("manager", False))), Number("rank")),
        columns=(Col("rank", QT_TRANSLATE_NOOP("reports", "Place"), "int", width=0.6), MANAGER_COL, DEPT_COL, INDEX,
                 Col("revenue_fact", QT_TRANSLATE_NOOP("reports", "Revenue fact"), "money", width=1.4),
                 Col("revenue_pct", QT_TRANSLATE_NOOP("reports", "Revenue, % of plan"), "percent")),
        chart=Chart("hbar", x="manager", y=("index",))),
    Report(
        id="kpi.anomalies", category="F", ref=(81,),
        title=QT_TRANSLATE_NOOP("reports", "KPI anomalies: many very short calls"),
        question=QT_TRANSLATE_NOOP("reports", "Whose call counts look gamed — a large share of calls lasting a few "
                                              "seconds?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_30_days"), SHORT, SHARE,
                MANAGER), query=_anomalies,
        columns=(MANAGER_COL, Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("short", QT_TRANSLATE_NOOP("reports", "Short calls"), "int", total="sum"),
                 Col("share", QT_TRANSLATE_NOOP("reports", "Share of short calls"), "percent",
                     total=Ratio("short", "calls")),
                 Col("empty", QT_TRANSLATE_NOOP("reports", "Zero length"), "int", total="sum"),
                 Col("avg_sec", QT_TRANSLATE_NOOP("reports", "Average length, s"), "number", total=Weighted("calls")),  # over every call, not an average of managers
                 Col("flag", QT_TRANSLATE_NOOP("reports", "Verdict"), width=1.2))),
    Report(
        id="kpi.plan_coverage", category="F", ref=(82,),
        title=QT_TRANSLATE_NOOP("reports", "Plan coverage by pipeline"),
        question=QT_TRANSLATE_NOOP("reports", "Is there enough weighted pipeline expected to close in the period to "
                                              "make up what is left of each revenue plan?"),
        params=(PERIOD, K.PLAN_KIND, MANAGER, DEPARTMENT), rows=_coverage,
        columns=(MANAGER_COL, MONEY_PLAN, MONEY_FACT, LEFT,
                 Col("pipeline", QT_TRANSLATE_NOOP("reports", "Open pipeline"), "money", total="sum", width=1.4),
                 Col("weighted", QT_TRANSLATE_NOOP("reports", "Weighted pipeline"), "money", total="sum", width=1.4),
                 Col("coverage", QT_TRANSLATE_NOOP("reports", "Coverage"), "percent", total=Ratio("weighted", "left"))),
        chart=Chart("bar", x="manager", y=("left", "weighted"))),
]


# --- 125 dashboard snapshot (K) ------------------------------------------------------------------------
def _dashboard(conn: Any, p: Params):
    from app import dashboard as dash
    from db.visibility import route_sql
    from reports.forms.common import date_text, money
    from reports.result import Block, DocumentResult, Header

    today = p.get("date") or p.today
    figures = conn.exec_driver_sql(route_sql(dash.FIGURES_SQL), dash.figure_params(today)).fetchone()
    pipeline = conn.exec_driver_sql(route_sql(dash.PIPELINE_SQL)).fetchall()
    d = dash.from_rows(today, tuple(figures), [tuple(r) for r in pipeline])
    pct = f"{d.plan_pct * 100:.0f} %" if d.plan_pct is not None else "\u2014"
    cur = d.currency
    pairs = [(translate("reports", "Revenue plan for the month"),
              f"{money(d.plan)} {cur}" if d.plan is not None else "\u2014"),
             (translate("reports", "Won this month"), f"{money(d.won_amount)} {cur} ({d.won_deals})"),
             (translate("reports", "% of plan"), pct),
             (translate("reports", "Open deals"), f"{d.open_deals} / {money(d.open_amount)} {cur}"),
             (translate("reports", "Overdue tasks"), str(d.overdue_tasks)),
             (translate("reports", "Sleeping clients (no contact for 60 days)"), str(d.sleeping_clients)),
             (translate("reports", "Invoices owed past due"), f"{money(d.overdue_invoices)} {cur}")]
    blocks = [Block("heading", text=translate("reports", "Dashboard on {date}").format(date=date_text(today)), level=1),
              Block("fields", pairs=pairs, columns=2),
              Block("heading", text=translate("reports", "Pipeline by stage"), level=3),
              Block("table", table_columns=(Col("funnel", tr(QT_TRANSLATE_NOOP("reports", "Funnel")), width=2),
                                            Col("stage", tr(QT_TRANSLATE_NOOP("reports", "Stage")), width=2),
                                            Col("deals", tr(QT_TRANSLATE_NOOP("reports", "Deals")), "int"),
                                            Col("amount", tr(QT_TRANSLATE_NOOP("reports", "Amount")) + f", {cur}",
                                                "money", width=1.5)),
                    rows=[(s.funnel, s.stage, s.deals, s.amount) for s in d.pipeline],
                    totals=(None, None, sum(s.deals for s in d.pipeline),
                            sum((s.amount for s in d.pipeline), Decimal(0))))]
    return DocumentResult(DASHBOARD, Header(title="", params=[]), blocks)


DASHBOARD = Document(
    id="summary.dashboard", category="K", ref=(125,),
    title=QT_TRANSLATE_NOOP("reports", "Dashboard snapshot"),
    question=QT_TRANSLATE_NOOP("reports", "The dashboard's figures of the day and month on paper."),
    params=(Param("date", "date", QT_TRANSLATE_NOOP("reports", "Day"), default=lambda today: today),), build=_dashboard)
REPORTS.append(DASHBOARD)
