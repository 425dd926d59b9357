"""Plans and KPI (issue #13): indicators, plans per manager or department and period, and the
**facts**, which are computed from the data and never typed.

Layer: ``app`` (pure Python; imports ``db`` only).

Facts: each indicator names one of :data:`db.models.FACT_KINDS`; :data:`FACT_SQL` gives, per kind,
one SELECT that returns ``USER_ID, NUM, DEN`` for the half-open time range ``[:s, :e)``:

* REVENUE — amount of deals WON, dated by CLOSED_AT, by the deal's responsible;
* WON_DEALS / NEW_DEALS — deals won (CLOSED_AT) / created (CREATED_AT) by the responsible;
* NEW_CLIENTS — clients created, by their responsible;
* CALLS / MEETINGS — interactions of that kind (OCCURRED_AT) by the user who had them;
* WIN_RATE — won ÷ (won + lost) among deals closed in the period, in percent (REPORTS.md terms);
* PAYMENTS — money received (PAYMENTS.PAID_ON) on invoices of the deal's responsible, else of the
  client's responsible.

``NUM`` is the value (or the numerator of a ratio) and ``DEN`` the denominator of ratios (NULL for
sums), so a department's fact is the sum of its people's parts, never an average of ratios
(STYLE.md 2.5 rule 2). Everything is read through the visibility views: a manager computes his own
facts, a head his department's. A department's fact is the fact of the users who belong to it now.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import uow
from app.changes import REF, Changes
from app.context import AppContext
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import FACT_KINDS, PERIOD_KINDS, KpiIndicator, KpiPlan  # FACT_KINDS: also for the screens (ui never imports db)

_RESP = "COALESCE(d.RESPONSIBLE_ID, 0)"
FACT_SQL: dict[str, str] = {
    "REVENUE": f"SELECT {_RESP}, SUM(d.AMOUNT), CAST(NULL AS INTEGER) FROM DEALS d "
               f"WHERE d.OUTCOME = 'WON' AND d.CLOSED_AT >= :s AND d.CLOSED_AT < :e GROUP BY {_RESP}",
    "WON_DEALS": f"SELECT {_RESP}, COUNT(*), CAST(NULL AS INTEGER) FROM DEALS d "
                 f"WHERE d.OUTCOME = 'WON' AND d.CLOSED_AT >= :s AND d.CLOSED_AT < :e GROUP BY {_RESP}",
    "NEW_DEALS": f"SELECT {_RESP}, COUNT(*), CAST(NULL AS INTEGER) FROM DEALS d "
                 f"WHERE d.CREATED_AT >= :s AND d.CREATED_AT < :e GROUP BY {_RESP}",
    "NEW_CLIENTS": "SELECT COALESCE(c.RESPONSIBLE_ID, 0), COUNT(*), CAST(NULL AS INTEGER) FROM CLIENTS c "
                   "WHERE c.CREATED_AT >= :s AND c.CREATED_AT < :e GROUP BY COALESCE(c.RESPONSIBLE_ID, 0)",
    "CALLS": "SELECT COALESCE(i.USER_ID, 0), COUNT(*), CAST(NULL AS INTEGER) FROM INTERACTIONS i "
             "WHERE i.KIND = 'CALL' AND i.OCCURRED_AT >= :s AND i.OCCURRED_AT < :e GROUP BY COALESCE(i.USER_ID, 0)",
    "MEETINGS": "SELECT COALESCE(i.USER_ID, 0), COUNT(*), CAST(NULL AS INTEGER) FROM INTERACTIONS i "
                "WHERE i.KIND = 'MEETING' AND i.OCCURRED_AT >= :s AND i.OCCURRED_AT < :e "
                "GROUP BY COALESCE(i.USER_ID, 0)",
    "WIN_RATE": f"SELECT {_RESP}, SUM(IIF(d.OUTCOME = 'WON', 100, 0)), COUNT(*) FROM DEALS d "
                f"WHERE d.OUTCOME IN ('WON', 'LOST') AND d.CLOSED_AT >= :s AND d.CLOSED_AT < :e GROUP BY {_RESP}",
    "PAYMENTS": "SELECT COALESCE(d.RESPONSIBLE_ID, c.RESPONSIBLE_ID, 0), SUM(p.AMOUNT), CAST(NULL AS INTEGER) "
                "FROM PAYMENTS p JOIN INVOICES i ON i.ID = p.INVOICE_ID JOIN CLIENTS c ON c.ID = i.CLIENT_ID "
                "LEFT JOIN DEALS d ON d.ID = i.DEAL_ID "
                "WHERE p.PAID_ON >= :s AND p.PAID_ON < :e "
                "GROUP BY COALESCE(d.RESPONSIBLE_ID, c.RESPONSIBLE_ID, 0)",
}
assert set(FACT_SQL) == set(FACT_KINDS)
#: money facts count one currency: the indicator's unit when it is a currency code (never adding
#: roubles to euros); the column that holds the currency in the fact's SQL
MONEY_KINDS = {"REVENUE": "d.CURRENCY", "PAYMENTS": "i.CURRENCY"}


def money_currency(kind: str, unit: str | None) -> str | None:
    """The currency a money fact of ``kind`` counts in: the indicator's unit if it is a three-letter
    code (RUB, EUR…), else None (every currency — only for a unit that is not one)."""
    u = (unit or "").strip().upper()
    return u if kind in MONEY_KINDS and len(u) == 3 and u.isalpha() else None


def fact_sql(kind: str, currency: str | None = None) -> str:
    """:data:`FACT_SQL` of ``kind``, limited to ``currency`` (a ``:cur`` after ``:s`` and ``:e``)."""
    sql = FACT_SQL[kind]
    if currency is not None and kind in MONEY_KINDS:
        sql = sql.replace(" GROUP BY ", f" AND {MONEY_KINDS[kind]} = :cur GROUP BY ", 1)
    return sql

FACT_TITLES = {
    "REVENUE": QT_TRANSLATE_NOOP("kpi", "Revenue of won deals"),
    "WON_DEALS": QT_TRANSLATE_NOOP("kpi", "Won deals"),
    "NEW_DEALS": QT_TRANSLATE_NOOP("kpi", "Deals created"),
    "NEW_CLIENTS": QT_TRANSLATE_NOOP("kpi", "New clients"),
    "CALLS": QT_TRANSLATE_NOOP("kpi", "Calls"),
    "MEETINGS": QT_TRANSLATE_NOOP("kpi", "Meetings"),
    "WIN_RATE": QT_TRANSLATE_NOOP("kpi", "Win rate, %"),
    "PAYMENTS": QT_TRANSLATE_NOOP("kpi", "Payments received"),
}
#: how each fact is computed, in words (printed by the indicator definitions report, 79)
FACT_RULES = {
    "REVENUE": QT_TRANSLATE_NOOP("kpi", "Sum of the amounts of deals won in the period (by close date), "
                                        "counted for the deal's responsible manager."),
    "WON_DEALS": QT_TRANSLATE_NOOP("kpi", "Number of deals won in the period (by close date), by the deal's "
                                          "responsible manager."),
    "NEW_DEALS": QT_TRANSLATE_NOOP("kpi", "Number of deals created in the period, by the deal's responsible manager."),
    "NEW_CLIENTS": QT_TRANSLATE_NOOP("kpi", "Number of clients created in the period, by the client's responsible "
                                            "manager."),
    "CALLS": QT_TRANSLATE_NOOP("kpi", "Number of calls logged in the period by the manager."),
    "MEETINGS": QT_TRANSLATE_NOOP("kpi", "Number of meetings logged in the period by the manager."),
    "WIN_RATE": QT_TRANSLATE_NOOP("kpi", "Won ÷ (won + lost) among deals closed in the period, in percent; "
                                         "a department's rate is computed over all its deals."),
    "PAYMENTS": QT_TRANSLATE_NOOP("kpi", "Money received in the period on invoices, counted for the deal's "
                                         "responsible manager (else the client's)."),
}
PERIOD_TITLES = {"MONTH": QT_TRANSLATE_NOOP("kpi", "Month"), "QUARTER": QT_TRANSLATE_NOOP("kpi", "Quarter"),
                 "YEAR": QT_TRANSLATE_NOOP("kpi", "Year")}
#: the standard indicators' names (created by revision 0013), so they show translated
STANDARD_NAMES = (QT_TRANSLATE_NOOP("kpi", "Revenue"), QT_TRANSLATE_NOOP("kpi", "Won deals"),
                  QT_TRANSLATE_NOOP("kpi", "New clients"), QT_TRANSLATE_NOOP("kpi", "Calls"),
                  QT_TRANSLATE_NOOP("kpi", "Meetings"), QT_TRANSLATE_NOOP("kpi", "Win rate"),
                  QT_TRANSLATE_NOOP("kpi", "Payments received"))

MAX_PLAN = Decimal("9999999999999999")


def shown_name(name: str) -> str:
    """An indicator's name as shown: the standard ones translated, the administrator's own as typed."""
    return translate("kpi", name) if name in STANDARD_NAMES else name


# --- periods ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanPeriod:
    kind: str  #: MONTH | QUARTER | YEAR
    start: dt.date
    end: dt.date  #: inclusive

    @property
    def label(self) -> str:
        if self.kind == "YEAR":
            return f"{self.start.year}"
        if self.kind == "QUARTER":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.year}-{self.start.month:02d}"

    @property
    def range(self) -> tuple[dt.datetime, dt.datetime]:
        """Half-open ``[start, day after end)`` as timestamps, for :data:`FACT_SQL`."""
        return (dt.datetime.combine(self.start, dt.time()),
                dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))


def periods(kind: str, year: int) -> list[PlanPeriod]:
    """The months (12), quarters (4) or the year (1) of ``year``."""
    if kind == "YEAR":
        return [PlanPeriod("YEAR", dt.date(year, 1, 1), dt.date(year, 12, 31))]
    step = 3 if kind == "QUARTER" else 1
    out = []
    for m in range(1, 13, step):
        last = m + step - 1
        out.append(PlanPeriod(kind, dt.date(year, m, 1), dt.date(year, last, calendar.monthrange(year, last)[1])))
    return out


def period_of(kind: str, day: dt.date) -> PlanPeriod:
    """The month / quarter / year that contains ``day``."""
    for p in periods(kind, day.year):
        if p.start <= day <= p.end:
            return p
    raise AssertionError(day)  # pragma: no cover


# --- facts -------------------------------------------------------------------------------------------
Fetch = Callable[..., Iterable[Mapping[str, Any] | tuple]]


@dataclass
class Fact:
    """A fact's parts: ``num`` (value or numerator) and ``den`` (denominator of a ratio, else None)."""

    num: Decimal = Decimal(0)
    den: Decimal | None = None

    def add(self, other: Fact) -> None:
        self.num += other.num
        if other.den is not None:
            self.den = (self.den or Decimal(0)) + other.den

    @property
    def value(self) -> Decimal | None:
        """The fact: the sum, or ``num / den`` for ratios (None when nothing was closed)."""
        if self.den is None:
            return self.num
        return (self.num / self.den) if self.den else None


def _parts(row: Any) -> tuple[int, Fact]:
    vals = list(row.values()) if isinstance(row, Mapping) else list(row)
    uid, num, den = vals[0], vals[1], vals[2]
    return int(uid or 0), Fact(Decimal(num or 0), None if den is None else Decimal(den))


def user_facts(rows_of: Callable[[str, dict[str, Any]], Iterable[Any]], kind: str,
               period: PlanPeriod, currency: str | None = None) -> dict[int, Fact]:
    """{user id (0 = nobody): fact} of ``kind`` in ``period`` (money facts in ``currency`` only,
    see :func:`money_currency`). ``rows_of(sql, params)`` runs the SELECT through the visibility
    views (``reports.queries.fetch`` or :func:`reader_rows`)."""
    s, e = period.range
    params: dict[str, Any] = {"s": s, "e": e}
    sql = fact_sql(kind, currency)
    if ":cur" in sql:
        params["cur"] = currency
    out: dict[int, Fact] = {}
    for row in rows_of(sql, params):
        uid, f = _parts(row)
        out.setdefault(uid, Fact(den=f.den if f.den is None else Decimal(0))).add(f)
    return out


def department_fact(facts: Mapping[int, Fact], members: Iterable[int], kind: str) -> Fact:
    """The sum of the members' parts (a ratio over all their deals)."""
    total = Fact(den=Decimal(0) if kind == "WIN_RATE" else None)
    for uid in members:
        if uid in facts:
            total.add(facts[uid])
    return total


def reader_rows(ctx: AppContext) -> Callable[[str, dict[str, Any]], list[tuple]]:
    """A ``rows_of`` for :func:`user_facts` on the read channel (cached prepared statements)."""
    def rows_of(sql: str, params: dict[str, Any]) -> list[tuple]:
        # the named values appear in this order in every fact SQL: :s, :e, then :cur (if any)
        values = tuple(params[k] for k in ("s", "e", "cur") if k in params)
        return uow.read(ctx, sql.replace(":s", "?").replace(":e", "?").replace(":cur", "?"), values)
    return rows_of


# --- indicators ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    code: str
    name: str
    unit: str
    weight: Decimal
    fact_kind: str
    is_active: bool
    version: int

    @property
    def title(self) -> str:
        return shown_name(self.name)


INDICATORS_SQL = ("SELECT FIRST 500 ID, CODE, NAME, UNIT, WEIGHT, FACT_KIND, IS_ACTIVE, VERSION FROM KPI_INDICATORS "
                  "ORDER BY SORT_ORDER, ID")


def indicators(ctx: AppContext, active_only: bool = False) -> list[IndicatorInfo]:
    out = [IndicatorInfo(r[0], r[1].strip(), r[2], r[3] or "", Decimal(r[4]), r[5].strip(), bool(r[6]), r[7])
           for r in uow.read(ctx, INDICATORS_SQL)]
    return [i for i in out if i.is_active] if active_only else out


@dataclass
class IndicatorDraft:
    code: str
    name: str
    unit: str
    weight: Decimal
    fact_kind: str
    is_active: bool = True
    id: int | None = None
    version: int | None = None


def save_indicator(ctx: AppContext, d: IndicatorDraft) -> Changes:
    """Create or change an indicator (administrators: the server refuses anybody else)."""
    code = (d.code or "").strip().upper()
    if not code or len(code) > 30 or not code.replace("_", "").isalnum():
        raise ValidationError("code", translate("kpi", "The code is 1–30 letters, digits or _."))
    if not (d.name or "").strip():
        raise ValidationError("name", translate("kpi", "The indicator needs a name."))
    if d.fact_kind not in FACT_KINDS:
        raise ValidationError("fact_kind", translate("kpi", "Choose how the fact is computed."))
    if d.weight is None or not (Decimal(0) <= Decimal(d.weight) <= Decimal(100)):
        raise ValidationError("weight", translate("kpi", "The weight is a number from 0 to 100."))

    def work(s):
        if d.id is None:
            row = KpiIndicator(code=code, name=d.name.strip(), unit=(d.unit or "").strip() or None,
                               weight=Decimal(d.weight), fact_kind=d.fact_kind, is_active=d.is_active)
            s.add(row)
        else:
            row = s.get(KpiIndicator, d.id)
            if row is None:
                raise ValidationError("id", translate("kpi", "The indicator was deleted meanwhile."))
            if d.version is not None and row.version != d.version:
                from app.errors import ConflictError, ConflictInfo
                raise ConflictError(ConflictInfo(row.changed_by, row.changed_at))
            row.code, row.name, row.unit = code, d.name.strip(), (d.unit or "").strip() or None
            row.weight, row.fact_kind, row.is_active = Decimal(d.weight), d.fact_kind, d.is_active
        s.flush()
        return row.id

    uow.run(ctx, work)
    return Changes.of(REF)


# --- plans ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanTarget:
    """One row of the plan grid: a manager (``user_id``) or a department (``department_id``)."""

    user_id: int | None
    department_id: int | None
    name: str
    department: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return ("U", self.user_id) if self.user_id is not None else ("D", self.department_id or 0)


@dataclass
class PlanGrid:
    """Plans of one indicator for one year and period kind: rows = targets, columns = periods."""

    indicator_id: int
    year: int
    kind: str
    targets: list[PlanTarget]
    periods: list[PlanPeriod]
    values: dict[tuple[tuple[str, int], int], Decimal] = field(default_factory=dict)  #: (target key, col) -> plan
    facts: dict[tuple[tuple[str, int], int], Decimal | None] = field(default_factory=dict)


TARGETS_SQL = ("SELECT FIRST 2000 u.ID, u.FULL_NAME, u.DEPARTMENT_ID, dp.NAME FROM CRM_USERS u "
               "LEFT JOIN DEPARTMENTS dp ON dp.ID = u.DEPARTMENT_ID WHERE u.IS_ACTIVE "
               "AND u.ROLE_NAME IN ('CRM_MANAGER', 'CRM_HEAD') ORDER BY dp.NAME, u.FULL_NAME, u.ID")
DEPARTMENTS_SQL = "SELECT FIRST 500 ID, NAME FROM DEPARTMENTS ORDER BY NAME, ID"
PLANS_SQL = ("SELECT FIRST 20000 p.USER_ID, p.DEPARTMENT_ID, p.PERIOD_START, p.PLAN_VALUE FROM KPI_PLANS p "
             "WHERE p.INDICATOR_ID = ? AND p.PERIOD_KIND = ? AND p.PERIOD_START >= ? AND p.PERIOD_START <= ?")
MEMBERS_SQL = "SELECT FIRST 5000 ID, DEPARTMENT_ID FROM CRM_USERS WHERE DEPARTMENT_ID IS NOT NULL"


ME_SQL = "SELECT ID, SCOPE, DEPARTMENT_ID, ROLE_NAME FROM V_MY_ACCOUNT"


def plan_targets(ctx: AppContext) -> list[PlanTarget]:
    """Managers and heads (active), then the departments — those whose plans the login sees (the
    rule of F_KPI_PLAN_VISIBLE): everybody for scope ALL, administrators and database
    administrators; a head's department and its people; a manager himself."""
    users = [(r[0], r[2], PlanTarget(r[0], None, r[1], r[3] or "")) for r in uow.read(ctx, TARGETS_SQL)]
    depts = [PlanTarget(None, r[0], r[1]) for r in uow.read(ctx, DEPARTMENTS_SQL)]
    me = uow.read(ctx, ME_SQL)
    if me and (me[0][1] or "").strip() != "ALL" and (me[0][3] or "").strip() != "CRM_ADMIN":
        my_id, scope, my_dept = me[0][0], (me[0][1] or "").strip(), me[0][2]
        if scope == "DEPT" and my_dept is not None:
            return [t for uid, dep, t in users if dep == my_dept or uid == my_id] + [
                d for d in depts if d.department_id == my_dept]
        return [t for uid, _dep, t in users if uid == my_id]
    return [t for _uid, _dep, t in users] + depts


def load_plan_grid(ctx: AppContext, indicator_id: int, year: int, kind: str = "MONTH", *,
                   with_facts: bool = True) -> PlanGrid:
    """The plans (what the login may see) and, with ``with_facts``, the computed facts."""
    if kind not in PERIOD_KINDS:
        raise ValidationError("kind", translate("kpi", "Choose month, quarter or year."))
    cols = periods(kind, year)
    grid = PlanGrid(indicator_id, year, kind, plan_targets(ctx), cols)
    col_of = {p.start: i for i, p in enumerate(cols)}
    for uid, dep, start, value in uow.read(ctx, PLANS_SQL, (indicator_id, kind, cols[0].start, cols[-1].start)):
        key = ("U", uid) if uid is not None else ("D", dep)
        if start in col_of:
            grid.values[(key, col_of[start])] = Decimal(value)
    if with_facts:
        ind = next((i for i in indicators(ctx) if i.id == indicator_id), None)
        if ind is not None:
            members: dict[int, list[int]] = {}
            for uid, dep in uow.read(ctx, MEMBERS_SQL):
                members.setdefault(dep, []).append(uid)
            rows_of = reader_rows(ctx)
            for i, p in enumerate(cols):
                facts = user_facts(rows_of, ind.fact_kind, p, money_currency(ind.fact_kind, ind.unit))
                for t in grid.targets:
                    f = (facts.get(t.user_id) if t.user_id is not None
                         else department_fact(facts, members.get(t.department_id or 0, []), ind.fact_kind))
                    grid.facts[(t.key, i)] = (f.value if f is not None
                                              else (None if ind.fact_kind == "WIN_RATE" else Decimal(0)))
    return grid


def parse_plan_value(text: str) -> Decimal | None:
    """A typed plan value: empty = no plan; spaces and a decimal comma allowed."""
    t = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not t:
        return None
    try:
        v = Decimal(t)
    except InvalidOperation:
        raise ValidationError("plan", translate("kpi", "“{text}” is not a number.").format(text=text)) from None
    if v < 0 or v > MAX_PLAN or not v.is_finite():
        raise ValidationError("plan", translate("kpi", "A plan is a number from 0 up."))
    return v.quantize(Decimal("0.01"))


def save_plans(ctx: AppContext, indicator_id: int, kind: str, values: Mapping[tuple[tuple[str, int], PlanPeriod],
               Decimal | None]) -> Changes:
    """Set (or clear, with None) plans of one indicator in one transaction: ``{(target key,
    period): value}``. The server lets administrators and heads (their department) write."""
    if kind not in PERIOD_KINDS:
        raise ValidationError("kind", translate("kpi", "Choose month, quarter or year."))

    def work(s):
        for (key, period), value in values.items():
            uid = key[1] if key[0] == "U" else None
            dep = key[1] if key[0] == "D" else None
            q = select(KpiPlan).where(KpiPlan.indicator_id == indicator_id, KpiPlan.period_start == period.start,
                                      KpiPlan.user_id.is_(None) if uid is None else KpiPlan.user_id == uid,
                                      KpiPlan.department_id.is_(None) if dep is None else KpiPlan.department_id == dep)
            row = s.scalars(q).first()
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(KpiPlan(indicator_id=indicator_id, user_id=uid, department_id=dep, period_start=period.start,
                              period_end=period.end, plan_value=value, period_kind=kind))
            elif row.plan_value != value or row.period_kind != kind:
                row.plan_value, row.period_end, row.period_kind = value, period.end, kind
        s.flush()

    uow.run(ctx, work)
    return Changes.of(REF)


# --- XLSX import ------------------------------------------------------------------------------------
@dataclass
class ImportResult:
    plans: int
    targets: int


def read_plan_sheet(path: str | Path, targets: list[PlanTarget], kind: str, year: int
                    ) -> dict[tuple[tuple[str, int], PlanPeriod], Decimal | None]:
    """Plans from an XLSX sheet laid out like the grid: the first row is a header (ignored), the
    first column names a manager (full name or login is not needed: the name as in the grid) or a
    department, and the next columns are the periods in order (12 months, 4 quarters or 1 year).
    Every problem is reported with its cell; nothing is saved from a sheet with a problem."""
    from openpyxl import load_workbook

    cols = periods(kind, year)
    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except Exception:
        raise ValidationError("file", translate("kpi", "{file} is not an Excel workbook (.xlsx).").format(
            file=Path(path).name)) from None
    by_name: dict[str, PlanTarget] = {}
    for t in targets:
        by_name.setdefault(t.name.strip().casefold(), t)
    out: dict[tuple[tuple[str, int], PlanPeriod], Decimal | None] = {}
    try:
        ws = wb.worksheets[0]
        for r, row in enumerate(ws.iter_rows(values_only=True), 1):
            if r == 1 or not row or all(v in (None, "") for v in row):
                continue
            name = str(row[0] or "").strip()
            target = by_name.get(name.casefold())
            if target is None:
                raise ValidationError("file", translate("kpi", "Row {row}: nobody called “{name}” can have a plan "
                                                               "(a manager or department as in the grid).").format(
                    row=r, name=name))
            for i, period in enumerate(cols):
                cell = row[i + 1] if i + 1 < len(row) else None
                if cell is None or cell == "":
                    continue
                try:
                    value = parse_plan_value(str(cell))
                except ValidationError:
                    raise ValidationError("file", translate("kpi", "Row {row}, column {col}: “{text}” is not a "
                                                                   "plan (a number from 0 up).").format(
                        row=r, col=i + 2, text=cell)) from None
                out[(target.key, period)] = value
    finally:
        wb.close()
    if not out:
        raise ValidationError("file", translate("kpi", "The sheet has no plans: names in column A, "
                                                       "the periods' plans in the next columns."))
    return out


def import_plans(ctx: AppContext, path: str | Path, indicator_id: int, year: int, kind: str = "MONTH") -> ImportResult:
    values = read_plan_sheet(path, plan_targets(ctx), kind, year)
    save_plans(ctx, indicator_id, kind, values)
    return ImportResult(plans=len(values), targets=len({k for k, _p in values}))
