"""Statements of the pipeline reports: rotting deals, deals without a next activity and backward
moves as Core statements (routed to the visibility views by the dialect), and stage-to-stage
conversion, still a row function with hand-written SQL through :func:`reports.queries.fetch`
(one scan of the deals counted per stage order, paired here: the range join one SELECT needs made
Firebird rebuild the aggregate per stage, 14 s on 100,000 deals).

Definitions (the same as the funnel board, db/queries/deal_board.py):

* **reached a stage**: a deal reached stage S of its funnel when its stage history
  (DEAL_STAGE_HISTORY.TO_STAGE_ID, the first row included) holds S *or a later non-lost stage*
  (by SORT_ORDER). A deal that skipped S (Lead → Won) therefore passed S, so conversion never
  exceeds 100 %; a deal moved back still counts as having reached its furthest stage.
  **Conversion** A → B = deals that reached B ÷ deals that reached A (REPORTS.md), for each pair
  of consecutive non-lost stages.
* **last activity** of a deal: :data:`db.queries.deal_board.LAST_ACTIVITY` (stage entry,
  interactions, tasks). **Idle days** = calendar days from it to the report's ``today``.
* **rotting**: open, and idle for at least the stage's ``ROT_DAYS`` (stages with 0 never rot) or
  for at least the ``days`` parameter when it is given.
* **next activity**: an OPEN task on the deal (overdue ones too) or a ``NEXT_STEP_AT`` today or later.
* **moved backwards**: a stage-history row whose target stage sorts before its source stage.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Integer, String, and_, cast, exists, func, literal_column, or_, select

from db.models import Client, CrmUser, Deal, DealStageHistory, Funnel, Interaction, Stage, Task
from reports.queries import fetch
from reports.queries.labels import sql_date
from reports.spec import Params


def _filters(p: Params, alias: str = "d") -> tuple[str, dict[str, Any]]:
    conds, args = [], {}
    for key, col in (("manager", "RESPONSIBLE_ID"), ("funnel", "FUNNEL_ID"), ("source", "SOURCE_ID")):
        if p.get(key) is not None:
            conds.append(f"{alias}.{col} = :{key}")
            args[key] = int(p[key])
    return "".join(f" AND {c}" for c in conds), args


def conversion(conn: Any, p: Params) -> Iterator[Mapping[str, Any]]:
    """One row per consecutive pair of non-lost stages of each funnel (of ``p.funnel`` or all):
    funnel, from_stage, to_stage, reached_from, reached_to, conversion (fraction or None), for
    deals created in ``p.period`` (manager filter optional). One aggregate statement counts the
    deals that reached each stage; pairs are formed here."""
    where, args = _filters(p)
    period = p.get("period")
    if period is not None:
        where += " AND d.CREATED_AT >= :start AND d.CREATED_AT < :end"
        args.update(start=period.start_ts, end=period.end_ts)
    stage_where = ""
    if p.get("funnel") is not None:
        stage_where = " AND a.FUNNEL_ID = :sfunnel"
        args["sfunnel"] = int(p["funnel"])
    # one pass over the deals: how far each got (its highest non-lost stage), counted per funnel
    # and stage order; "reached stage k" = deals whose highest order is >= k, summed here. (A
    # range join of stages against the per-deal aggregate made Firebird rebuild the aggregate per
    # stage: 14 s on 100,000 deals; this is one scan.)
    tops_sql = f"""
SELECT r.FUNNEL_ID AS funnel_id, r.TOP_ORDER AS top_order, COUNT(*) AS deals
FROM (SELECT d.ID AS DEAL_ID, d.FUNNEL_ID, MAX(s.SORT_ORDER) AS TOP_ORDER
      FROM DEALS d
      JOIN DEAL_STAGE_HISTORY h ON h.DEAL_ID = d.ID
      JOIN STAGES s ON s.ID = h.TO_STAGE_ID
      WHERE s.IS_LOST = FALSE{where}
      GROUP BY d.ID, d.FUNNEL_ID) r
GROUP BY r.FUNNEL_ID, r.TOP_ORDER"""
    tops: dict[int, list[tuple[int, int]]] = {}
    for row in fetch(conn, tops_sql, **args):
        tops.setdefault(row["funnel_id"], []).append((row["top_order"], row["deals"]))
    stages_sql = f"""
SELECT a.ID AS stage_id, a.FUNNEL_ID AS funnel_id, f.NAME AS funnel, a.NAME AS stage, a.SORT_ORDER AS ord
FROM STAGES a
JOIN FUNNELS f ON f.ID = a.FUNNEL_ID
WHERE a.IS_LOST = FALSE{stage_where}
ORDER BY f.SORT_ORDER, a.FUNNEL_ID, a.SORT_ORDER"""
    prev: dict[str, Any] | None = None
    for row in fetch(conn, stages_sql, **{k: v for k, v in args.items() if k == "sfunnel"}):
        row["reached"] = sum(n for order, n in tops.get(row["funnel_id"], ()) if order >= row["ord"])
        if prev is not None and prev["funnel_id"] == row["funnel_id"]:
            a, b = prev["reached"], row["reached"]
            yield {"funnel": row["funnel"], "from_stage": prev["stage"], "to_stage": row["stage"],
                   "reached_from": a, "reached_to": b, "conversion": (b / a) if a else None}
        prev = row

def _core_filters(p: Params) -> list:
    return [col == int(p[key]) for key, col in (("manager", Deal.responsible_id), ("funnel", Deal.funnel_id),
                                                 ("source", Deal.source_id)) if p.get(key) is not None]


def last_activity() -> Any:
    """:data:`db.queries.deal_board.LAST_ACTIVITY` as a Core expression over ``Deal``: the latest of
    the stage entry, the deal's interactions and its tasks' completion/change."""
    entered = Deal.stage_entered_at
    inter = select(func.max(Interaction.occurred_at)).where(Interaction.deal_id == Deal.id).scalar_subquery()
    task = (select(func.max(func.maxvalue(func.coalesce(Task.done_at, Task.created_at),
                                          func.coalesce(Task.changed_at, Task.created_at))))
            .where(Task.deal_id == Deal.id).scalar_subquery())
    return func.maxvalue(entered, func.coalesce(inter, entered), func.coalesce(task, entered))


def _deal_list(p: Params, limit_days: Any, inner: list, outer: Any, order: Any) -> Any:
    """Open deals with their stage age and idleness; ``inner`` filters deals, ``outer(x)`` the
    derived rows (``x.c.last_at``, ``x.c.limit_days``), ``order(x, idle)`` sorts them. Every
    matching row: the engine totals them all and shows the first ``p.top`` (Report.limit)."""
    x = (select(Deal.id.label("deal_id"), cast(func.left(Deal.title, literal_column("120")), String(120)).label("deal"),
                cast(func.left(Client.name, literal_column("120")), String(120)).label("client"),
                CrmUser.full_name.label("manager"), Funnel.name.label("funnel"), Stage.name.label("stage"),
                Deal.amount.label("amount"), Deal.currency.label("currency"),
                Deal.stage_entered_at.label("entered"), last_activity().label("last_at"),
                limit_days.label("limit_days"))
         .select_from(Deal).join(Stage, Stage.id == Deal.stage_id).join(Funnel, Funnel.id == Deal.funnel_id)
         .outerjoin(Client, Client.id == Deal.client_id).outerjoin(CrmUser, CrmUser.id == Deal.responsible_id)
         .where(Deal.outcome == literal_column("'OPEN'"), *_core_filters(p), *inner)).subquery("x")
    today = sql_date(p.today)
    idle = func.datediff(literal_column("DAY"), x.c.last_at, today)
    return (select(x.c.deal_id, x.c.deal, x.c.client, x.c.manager, x.c.funnel, x.c.stage, x.c.amount, x.c.currency,
                   func.datediff(literal_column("DAY"), x.c.entered, today).label("days_in_stage"),
                   x.c.last_at.label("last_activity"), idle.label("idle_days"), x.c.limit_days)
            .where(outer(x, idle)).order_by(*order(x, idle)))


def rotting(p: Params) -> Any:
    """Open deals idle for at least their stage's ROT_DAYS (or ``p.days`` when given), the most
    idle first (every one; the engine shows the first ``p.top``)."""
    limit = literal_column(str(int(p["days"])), Integer) if p.get("days") else Stage.rot_days
    return _deal_list(p, limit, [], lambda x, idle: and_(x.c.limit_days > literal_column("0"), idle >= x.c.limit_days),
                      lambda x, idle: (idle.desc(), x.c.amount.desc(), x.c.deal_id))


def without_next_activity(p: Params) -> Any:
    """Open deals with no OPEN task and no ``NEXT_STEP_AT`` from ``today`` on, the largest first."""
    open_task = exists().where(Task.deal_id == Deal.id, Task.status == literal_column("'OPEN'"))
    inner = [~open_task, or_(Deal.next_step_at.is_(None), Deal.next_step_at < sql_date(p.today))]
    return _deal_list(p, literal_column("0", Integer), inner, lambda x, idle: literal_column("1") == literal_column("1"),
                      lambda x, idle: (x.c.amount.desc(), x.c.deal_id))


def moved_backwards(p: Params) -> Any:
    """Stage-history rows in ``p.period`` that moved a deal to an earlier stage, newest first."""
    a, b = Stage.__table__.alias("a"), Stage.__table__.alias("b")
    h = DealStageHistory
    return (select(h.moved_at.label("moved_at"),
                   cast(func.left(Deal.title, literal_column("120")), String(120)).label("deal"),
                   cast(func.left(Client.name, literal_column("120")), String(120)).label("client"),
                   Funnel.name.label("funnel"), a.c.name.label("from_stage"), b.c.name.label("to_stage"),
                   (a.c.sort_order - b.c.sort_order).label("steps"), CrmUser.full_name.label("manager"),
                   h.moved_by.label("moved_by"), Deal.amount.label("amount"))
            .select_from(h).join(Deal, Deal.id == h.deal_id).join(a, a.c.id == h.from_stage_id)
            .join(b, b.c.id == h.to_stage_id).join(Funnel, Funnel.id == Deal.funnel_id)
            .outerjoin(Client, Client.id == Deal.client_id).outerjoin(CrmUser, CrmUser.id == Deal.responsible_id)
            .where(h.moved_at >= p.period.start_ts, h.moved_at < p.period.end_ts, b.c.sort_order < a.c.sort_order,
                   *_core_filters(p))
            .order_by(h.moved_at.desc(), h.id.desc()))
