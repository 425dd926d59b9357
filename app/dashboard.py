"""The dashboard's figures of the day and month (issue #13). Layer: ``app`` (pure Python).

Two queries, sent as **one** statement (:data:`DASHBOARD_SQL`, their ``UNION ALL``) prepared once on
the read channel and run through the visibility views, so a manager sees his own figures and a head
his department's. The dashboard is the first screen after a login (issue #13), and every statement
is a round trip on a slow link (FIREBIRD.md; issue #12): cold it costs prepare + execute, warm one.

1. :data:`FIGURES_SQL` — one row of scalar subqueries: the month's revenue plan (the visible
   manager plans of the REVENUE indicators for the month), revenue won this month, won deals,
   open deals and their amount, overdue open tasks, sleeping clients (no contact for
   :data:`SLEEPING_DAYS` days, as report 9 counts them), and invoices owed past due;
2. :data:`PIPELINE_SQL` — open deals per stage of every funnel (count, amount).

Amounts are in one currency: the REVENUE indicator's unit, else roubles (``Dashboard.currency``);
deals and invoices in other currencies are counted, never added to it.

The same statements feed the printed snapshot (report 125, reports/catalog/f_kpi.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app import uow
from app.context import AppContext

SLEEPING_DAYS = 60

#: amounts are in one currency, the revenue indicator's (its unit), else roubles: never added across
_CUR = ("COALESCE((SELECT FIRST 1 UPPER(k.UNIT) FROM KPI_INDICATORS k WHERE k.FACT_KIND = 'REVENUE' AND k.IS_ACTIVE "
        "ORDER BY k.SORT_ORDER, k.ID), 'RUB')")
FIGURES_SQL = """
SELECT
  (SELECT SUM(p.PLAN_VALUE) FROM KPI_PLANS p JOIN KPI_INDICATORS k ON k.ID = p.INDICATOR_ID
    WHERE k.FACT_KIND = 'REVENUE' AND k.IS_ACTIVE AND p.USER_ID IS NOT NULL AND p.PERIOD_KIND = 'MONTH'
      AND p.PERIOD_START = ?),
  (SELECT SUM(d.AMOUNT) FROM DEALS d WHERE d.OUTCOME = 'WON' AND d.CLOSED_AT >= ? AND d.CLOSED_AT < ?
      AND d.CURRENCY = {cur}),
  (SELECT COUNT(*) FROM DEALS d WHERE d.OUTCOME = 'WON' AND d.CLOSED_AT >= ? AND d.CLOSED_AT < ?),
  (SELECT COUNT(*) FROM DEALS d WHERE d.OUTCOME = 'OPEN'),
  (SELECT SUM(d.AMOUNT) FROM DEALS d WHERE d.OUTCOME = 'OPEN' AND d.CURRENCY = {cur}),
  (SELECT COUNT(*) FROM TASKS t WHERE t.STATUS = 'OPEN' AND t.DUE_AT < ?),
  (SELECT COUNT(*) FROM CLIENTS c LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID
    WHERE c.MERGED_INTO_ID IS NULL AND NOT c.IS_ARCHIVED AND c.STATUS <> 'LOST'
      AND COALESCE(s.LAST_CONTACT_AT, c.CREATED_AT) < ?),
  (SELECT SUM(i.AMOUNT - i.PAID_AMOUNT) FROM INVOICES i WHERE i.STATE IN ('ISSUED', 'PART_PAID') AND i.DUE_ON < ?
      AND i.CURRENCY = {cur}),
  {cur}
FROM RDB$DATABASE
""".format(cur=_CUR)
PIPELINE_SQL = """
SELECT FIRST 60 f.NAME, s.NAME, COUNT(d.ID), SUM(IIF(d.CURRENCY = {cur}, d.AMOUNT, 0)), f.SORT_ORDER, s.SORT_ORDER
FROM DEALS d JOIN STAGES s ON s.ID = d.STAGE_ID JOIN FUNNELS f ON f.ID = d.FUNNEL_ID
WHERE d.OUTCOME = 'OPEN'
GROUP BY f.SORT_ORDER, f.NAME, s.SORT_ORDER, s.NAME
ORDER BY f.SORT_ORDER, f.NAME, s.SORT_ORDER, s.NAME
""".format(cur=_CUR)
_N, _I = "CAST(NULL AS NUMERIC(18, 2))", "CAST(NULL AS BIGINT)"
_T = "CAST(NULL AS VARCHAR(200) CHARACTER SET UTF8)"
#: both queries in one statement: the figures row (kind 0) and the pipeline rows (kind 1, in the
#: pipeline's order); the figures' parameters (:func:`figure_params`) are the only ones
DASHBOARD_SQL = f"""
SELECT 0 AS KIND, f.*, {_T}, {_T}, {_I}, {_N}, CAST(NULL AS INTEGER) AS FS, CAST(NULL AS INTEGER) AS SS
FROM ({FIGURES_SQL}) f (P, WA, WN, ON_, OA, OT, SC, OI, CUR)
UNION ALL
SELECT 1, {_N}, {_N}, {_I}, {_I}, {_N}, {_I}, {_I}, {_N}, CAST(NULL AS VARCHAR(32)), p.FN, p.SN, p.DN, p.AM, p.FS, p.SS
FROM ({PIPELINE_SQL}) p (FN, SN, DN, AM, FS, SS)
ORDER BY 1, 15, 11, 16, 12
"""


@dataclass(frozen=True)
class StageFigure:
    funnel: str
    stage: str
    deals: int
    amount: Decimal


@dataclass
class Dashboard:
    today: dt.date
    month_start: dt.date
    plan: Decimal | None  #: None: nobody has a revenue plan for the month
    won_amount: Decimal
    won_deals: int
    open_deals: int
    open_amount: Decimal
    overdue_tasks: int
    sleeping_clients: int
    overdue_invoices: Decimal
    pipeline: list[StageFigure] = field(default_factory=list)
    currency: str = "RUB"  #: of every amount here (deals and invoices in other currencies are not added)

    @property
    def plan_pct(self) -> float | None:
        return float(self.won_amount / self.plan) if self.plan else None


def figure_params(today: dt.date, now: dt.datetime | None = None) -> tuple:
    """The bound values of :data:`FIGURES_SQL` for ``today`` (tasks are overdue before ``now``)."""
    start = today.replace(day=1)
    nxt = (start + dt.timedelta(days=32)).replace(day=1)
    s, e = dt.datetime.combine(start, dt.time()), dt.datetime.combine(nxt, dt.time())
    now = now or dt.datetime.combine(today, dt.time())
    cutoff = dt.datetime.combine(today - dt.timedelta(days=SLEEPING_DAYS), dt.time())
    return (start, s, e, s, e, now, cutoff, today)


def from_rows(today: dt.date, figures: tuple, pipeline: list[tuple]) -> Dashboard:
    f = figures
    return Dashboard(today=today, month_start=today.replace(day=1),
                     plan=Decimal(f[0]) if f[0] is not None else None, won_amount=Decimal(f[1] or 0),
                     won_deals=int(f[2] or 0), open_deals=int(f[3] or 0), open_amount=Decimal(f[4] or 0),
                     overdue_tasks=int(f[5] or 0), sleeping_clients=int(f[6] or 0),
                     overdue_invoices=Decimal(f[7] or 0), currency=(f[8] or "RUB").strip(),
                     pipeline=[StageFigure(r[0], r[1], int(r[2] or 0), Decimal(r[3] or 0)) for r in pipeline])


def load(ctx: AppContext, today: dt.date | None = None, now: dt.datetime | None = None) -> Dashboard:
    """The dashboard in one prepared statement (:data:`DASHBOARD_SQL`: one round trip once warm)."""
    today = today or dt.date.today()
    now = now or dt.datetime.now().replace(microsecond=0)
    rows = uow.read(ctx, DASHBOARD_SQL, figure_params(today, now))
    figures = next(r[1:10] for r in rows if r[0] == 0)
    return from_rows(today, figures, [r[10:14] for r in rows if r[0] == 1])
