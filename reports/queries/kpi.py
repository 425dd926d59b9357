"""Plan against fact for the KPI reports (REPORTS.md F, 71–82). Layer: ``reports`` (reads only,
through the visibility views: a manager's report shows his own plans, a head's his department's).

**Plan of a target in the report period** = the plans of that target whose period (of the chosen
kind: month, quarter or year) lies inside the report period, summed — or averaged for a rate
(WIN_RATE), since a 30 % target each month is a 30 % target for the quarter.
**Fact** = the indicator's fact kind computed over the whole report period (app/kpi.py FACT_SQL;
money facts only in the indicator's currency, its unit);
a department's fact is the sum of the parts of the people in it now, so its win rate is computed
over all their deals, never averaged.
**% of plan** = fact ÷ plan. **Score** of an indicator = weight × min(% of plan, cap); the
**KPI index** of a person is the sum of his scores ÷ the sum of the weights of the indicators he
has a plan for (1.0 = every plan met exactly).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, case, func, literal_column, null, select

from app.i18n import QT_TRANSLATE_NOOP
from app.kpi import FACT_KINDS, Fact, PlanPeriod, department_fact, money_currency, shown_name
from db.models import Client, CrmUser, Deal, Department, Interaction, Invoice, KpiIndicator, KpiPlan, Payment
from reports.queries import fetch
from reports.queries.labels import tr
from reports.spec import Param, Params
from reports.spec import PlanFact as PlanFactSpec

PLAN_KIND = Param("plan_kind", "choice", QT_TRANSLATE_NOOP("reports", "Plans entered per"), default="MONTH",
                  choices=(("MONTH", QT_TRANSLATE_NOOP("reports", "Month")),
                           ("QUARTER", QT_TRANSLATE_NOOP("reports", "Quarter")),
                           ("YEAR", QT_TRANSLATE_NOOP("reports", "Year"))))
FACT = Param("fact", "choice", QT_TRANSLATE_NOOP("reports", "Indicator"), default="REVENUE",
             choices=tuple((k, t) for k, t in (
                 ("REVENUE", QT_TRANSLATE_NOOP("reports", "Revenue")),
                 ("WON_DEALS", QT_TRANSLATE_NOOP("reports", "Won deals")),
                 ("NEW_DEALS", QT_TRANSLATE_NOOP("reports", "Deals created")),
                 ("NEW_CLIENTS", QT_TRANSLATE_NOOP("reports", "New clients")),
                 ("CALLS", QT_TRANSLATE_NOOP("reports", "Calls")),
                 ("MEETINGS", QT_TRANSLATE_NOOP("reports", "Meetings")),
                 ("WIN_RATE", QT_TRANSLATE_NOOP("reports", "Win rate")),
                 ("PAYMENTS", QT_TRANSLATE_NOOP("reports", "Payments received")))))
assert {k for k, _t in FACT.choices} == set(FACT_KINDS)
CAP = Param("cap", "int", QT_TRANSLATE_NOOP("reports", "Score cap, % of plan"), default=120, minimum=100, maximum=300)
NO_DEPARTMENT = QT_TRANSLATE_NOOP("reports", "(no department)")

INDICATORS_SQL = ("SELECT FIRST 500 ID, CODE, NAME, UNIT, WEIGHT, FACT_KIND FROM KPI_INDICATORS WHERE IS_ACTIVE "
                  "ORDER BY SORT_ORDER, ID")
PLANS_SQL = ("SELECT FIRST 100000 p.INDICATOR_ID, p.USER_ID, p.DEPARTMENT_ID, p.PLAN_VALUE FROM KPI_PLANS p "
             "WHERE p.PERIOD_KIND = :k AND p.PERIOD_START >= :s AND p.PERIOD_END <= :e")
USERS_SQL = ("SELECT FIRST 5000 u.ID, u.FULL_NAME, u.DEPARTMENT_ID, dp.NAME AS DEPARTMENT FROM CRM_USERS u "
             "LEFT JOIN DEPARTMENTS dp ON dp.ID = u.DEPARTMENT_ID")
DEPARTMENTS_SQL = "SELECT FIRST 1000 ID, NAME FROM DEPARTMENTS"


@dataclass
class Indicator:
    id: int
    code: str
    name: str
    unit: str
    weight: Decimal
    kind: str

    @property
    def title(self) -> str:
        return shown_name(self.name)


@dataclass
class Line:
    """Plan against fact of one indicator for one target (a manager or a department)."""

    indicator: Indicator
    target: tuple[str, int]  #: ("U", user id) or ("D", department id)
    name: str
    department: str
    plan: Decimal
    fact: Decimal | None

    @property
    def pct(self) -> float | None:
        if self.fact is None or not self.plan:
            return None
        return float(self.fact / self.plan)

    def score(self, cap: float) -> float:
        return float(self.indicator.weight) * min(self.pct or 0.0, cap)


@dataclass
class PlanFact:
    indicators: list[Indicator]
    lines: list[Line] = field(default_factory=list)
    users: dict[int, tuple[str, int | None, str]] = field(default_factory=dict)  #: id -> (name, dept id, dept)
    #: (fact kind, currency of money facts) -> user id -> fact
    facts: dict[tuple[str, str | None], dict[int, Fact]] = field(default_factory=dict)


def indicators(conn: Any) -> list[Indicator]:
    q = (select(KpiIndicator.id, KpiIndicator.code, KpiIndicator.name, KpiIndicator.unit, KpiIndicator.weight,
                KpiIndicator.fact_kind)
         .where(KpiIndicator.is_active.is_(True)).order_by(KpiIndicator.sort_order, KpiIndicator.id).limit(500))
    return [Indicator(r.id, r.code.strip(), r.name, r.unit or "", Decimal(r.weight), r.fact_kind.strip())
            for r in conn.execute(q)]


def _by_user(col: Any) -> Any:
    return func.coalesce(col, literal_column("0", Integer))


def fact_statement(kind: str, period: PlanPeriod, currency: str | None = None) -> Any:
    """app/kpi.py's FACT_SQL of ``kind`` as a Core statement: ``uid, num, den`` per user (0 =
    nobody) for ``period``; money facts limited to ``currency`` when given."""
    s, e = period.range
    none = null().label("den")
    if kind in ("REVENUE", "WON_DEALS", "NEW_DEALS", "WIN_RATE"):
        uid = _by_user(Deal.responsible_id)
        if kind == "NEW_DEALS":
            conds = [Deal.created_at >= s, Deal.created_at < e]
        elif kind == "WIN_RATE":
            conds = [Deal.outcome.in_(("WON", "LOST")), Deal.closed_at >= s, Deal.closed_at < e]
        else:
            conds = [Deal.outcome == literal_column("'WON'"), Deal.closed_at >= s, Deal.closed_at < e]
        if kind == "REVENUE":
            cols = [func.sum(Deal.amount).label("num"), none]
            if currency is not None:
                conds.append(Deal.currency == currency)
        elif kind == "WIN_RATE":
            cols = [func.sum(case((Deal.outcome == literal_column("'WON'"), literal_column("100", Integer)),
                                  else_=literal_column("0", Integer))).label("num"), func.count().label("den")]
        else:
            cols = [func.count().label("num"), none]
        return select(uid.label("uid"), *cols).select_from(Deal).where(*conds).group_by(uid)
    if kind == "NEW_CLIENTS":
        uid = _by_user(Client.responsible_id)
        return (select(uid.label("uid"), func.count().label("num"), none).select_from(Client)
                .where(Client.created_at >= s, Client.created_at < e).group_by(uid))
    if kind in ("CALLS", "MEETINGS"):
        uid = _by_user(Interaction.user_id)
        return (select(uid.label("uid"), func.count().label("num"), none).select_from(Interaction)
                .where(Interaction.kind == ("CALL" if kind == "CALLS" else "MEETING"), Interaction.occurred_at >= s,
                       Interaction.occurred_at < e).group_by(uid))
    if kind == "PAYMENTS":
        uid = func.coalesce(Deal.responsible_id, Client.responsible_id, literal_column("0", Integer))
        conds = [Payment.paid_on >= s, Payment.paid_on < e]
        if currency is not None:
            conds.append(Invoice.currency == currency)
        return (select(uid.label("uid"), func.sum(Payment.amount).label("num"), none)
                .select_from(Payment).join(Invoice, Invoice.id == Payment.invoice_id)
                .join(Client, Client.id == Invoice.client_id).outerjoin(Deal, Deal.id == Invoice.deal_id)
                .where(*conds).group_by(uid))
    raise ValueError(kind)


def user_facts_of(conn: Any, kind: str, period: PlanPeriod, currency: str | None = None) -> dict[int, Fact]:
    """{user id (0 = nobody): fact} of ``kind`` (as :func:`app.kpi.user_facts`, from Core)."""
    out: dict[int, Fact] = {}
    for r in conn.execute(fact_statement(kind, period, currency)):
        f = Fact(Decimal(r.num or 0), None if r.den is None else Decimal(r.den))
        out.setdefault(int(r.uid or 0), Fact(den=f.den if f.den is None else Decimal(0))).add(f)
    return out


def rows_of(conn: Any):
    return lambda sql, params: fetch(conn, sql, **params)


def plan_fact(conn: Any, p: Params, *, kinds: tuple[str, ...] | None = None, targets: str = "U",
              manager: int | None = None, department: int | None = None) -> PlanFact:
    """Plan against fact of every active indicator (or those of ``kinds``) for every target of
    ``targets`` ("U" managers, "D" departments) that has a plan in ``p.period``."""
    period = p["period"]
    span = PlanPeriod(p.get("plan_kind") or "MONTH", period.start, period.end)
    inds = [i for i in indicators(conn) if kinds is None or i.kind in kinds]
    out = PlanFact(inds)
    users = (select(CrmUser.id, CrmUser.full_name, CrmUser.department_id, Department.name.label("department"))
             .select_from(CrmUser).outerjoin(Department, Department.id == CrmUser.department_id).limit(5000))
    for r in conn.execute(users):
        out.users[r.id] = (r.full_name, r.department_id, r.department or tr(NO_DEPARTMENT))
    dept_names = dict(conn.execute(select(Department.id, Department.name).limit(1000)).all())
    by_ind: dict[int, Indicator] = {i.id: i for i in inds}
    plans: dict[tuple[int, tuple[str, int]], list[Decimal]] = {}
    plan_rows = (select(KpiPlan.indicator_id, KpiPlan.user_id, KpiPlan.department_id, KpiPlan.plan_value)
                 .where(KpiPlan.period_kind == span.kind, KpiPlan.period_start >= period.start,
                        KpiPlan.period_end <= period.end).limit(100000))
    for r in conn.execute(plan_rows):
        r = r._mapping
        if r["indicator_id"] not in by_ind:
            continue
        key = ("U", r["user_id"]) if r["user_id"] is not None else ("D", r["department_id"])
        if key[0] != targets:
            continue
        if manager is not None and key != ("U", manager):
            continue
        if department is not None:
            dep = key[1] if key[0] == "D" else out.users.get(key[1], ("", None, ""))[1]
            if dep != department:
                continue
        plans.setdefault((r["indicator_id"], key), []).append(Decimal(r["plan_value"]))
    members: dict[int, list[int]] = {}
    for uid, (_n, dep, _d) in out.users.items():
        if dep is not None:
            members.setdefault(dep, []).append(uid)
    for kind, cur in {(by_ind[i].kind, money_currency(by_ind[i].kind, by_ind[i].unit)) for i, _k in plans}:
        out.facts[(kind, cur)] = user_facts_of(conn, kind, span, cur)
    for (ind_id, key), values in plans.items():
        ind = by_ind[ind_id]
        plan = sum(values, Decimal(0))
        if ind.kind == "WIN_RATE":
            plan = plan / len(values)
        facts = out.facts[(ind.kind, money_currency(ind.kind, ind.unit))]
        if key[0] == "U":
            f = facts.get(key[1])
            fact = f.value if f is not None else (None if ind.kind == "WIN_RATE" else Decimal(0))
            name, _dep_id, dep_name = out.users.get(key[1], (f"#{key[1]}", None, ""))
        else:
            fact = department_fact(facts, members.get(key[1], []), ind.kind).value
            name, dep_name = dept_names.get(key[1], f"#{key[1]}"), ""
        out.lines.append(Line(ind, key, name, dep_name, plan, fact))
    order = {i.id: n for n, i in enumerate(inds)}
    out.lines.sort(key=lambda ln: (ln.department.casefold(), ln.name.casefold(), ln.target, order[ln.indicator.id]))
    return out


def as_float(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def kpi_index(lines: list[Line], cap: float) -> float | None:
    """Σ score ÷ Σ weight over the lines (None without weights)."""
    weights = sum(float(ln.indicator.weight) for ln in lines)
    return sum(ln.score(cap) for ln in lines) / weights if weights else None


def by_target(lines: list[Line]) -> Iterator[tuple[tuple[str, int], list[Line]]]:
    """Lines grouped by target, in their order."""
    groups: dict[tuple[str, int], list[Line]] = {}
    for ln in lines:
        groups.setdefault(ln.target, []).append(ln)
    yield from groups.items()


def _f(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def rows(conn: Any, spec: PlanFactSpec, p: Params) -> Iterator[dict[str, Any]]:
    """The rows of a declared plan-against-fact source (:class:`reports.spec.PlanFact`).

    ``per="line"``: one row per indicator and target — ``name`` (the manager or department; the
    key is ``spec.name_key``),
    ``department``, ``indicator``, ``unit``, ``kind``, ``weight``, ``plan``, ``fact``, ``pct``,
    ``score`` (weight × min(% of plan, the ``cap`` parameter)). ``per="target"``: one row per
    target — ``name``, ``department``, ``indicators`` (how many have a plan), ``index`` (the KPI
    index) and, per fact kind present, ``<kind>_plan``, ``<kind>_fact``, ``<kind>_pct`` (kind in
    lower case). ``floats``: plans, facts and weights as floats (else Decimals, for money)."""
    pf = plan_fact(conn, p, kinds=spec.kinds, targets=spec.targets,
                   manager=p.get("manager") if spec.targets == "U" else None, department=p.get("department"))
    cap = (p.get("cap") or 120) / 100.0
    num = _f if spec.floats else (lambda v: v)
    if spec.per == "line":
        for ln in pf.lines:
            yield {"department": ln.department, spec.name_key: ln.name, "indicator": ln.indicator.title,
                   "unit": ln.indicator.unit, "kind": ln.indicator.kind, "weight": num(ln.indicator.weight),
                   "plan": num(ln.plan), "fact": num(ln.fact), "pct": ln.pct, "score": ln.score(cap)}
        return
    for _t, lines in by_target(pf.lines):
        row: dict[str, Any] = {"department": lines[0].department, spec.name_key: lines[0].name,
                               "indicators": len(lines), "index": kpi_index(lines, cap)}
        for kind in spec.kinds or FACT_KINDS:
            ln = next((x for x in lines if x.indicator.kind == kind), None)
            k = kind.lower()
            row[f"{k}_plan"] = num(ln.plan) if ln else None
            row[f"{k}_fact"] = num(ln.fact) if ln else None
            row[f"{k}_pct"] = ln.pct if ln else None
        yield row
