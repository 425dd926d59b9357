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

from app.i18n import QT_TRANSLATE_NOOP
from app.kpi import FACT_KINDS, Fact, PlanPeriod, department_fact, money_currency, shown_name, user_facts
from reports.queries import fetch
from reports.queries.labels import tr
from reports.spec import Param, Params

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
    return [Indicator(r["id"], r["code"].strip(), r["name"], r["unit"] or "", Decimal(r["weight"]),
                      r["fact_kind"].strip()) for r in fetch(conn, INDICATORS_SQL)]


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
    for r in fetch(conn, USERS_SQL):
        out.users[r["id"]] = (r["full_name"], r["department_id"], r["department"] or tr(NO_DEPARTMENT))
    dept_names = {r["id"]: r["name"] for r in fetch(conn, DEPARTMENTS_SQL)}
    by_ind: dict[int, Indicator] = {i.id: i for i in inds}
    plans: dict[tuple[int, tuple[str, int]], list[Decimal]] = {}
    for r in fetch(conn, PLANS_SQL, k=span.kind, s=period.start, e=period.end):
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
        out.facts[(kind, cur)] = user_facts(rows_of(conn), kind, span, cur)
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
