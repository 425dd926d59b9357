"""Row functions of the deal reports that one Core SELECT does not say well: stage-to-stage
conversion from the stage history, rotting deals, deals without a next activity and backward
moves. Layer: ``reports``; hand-written SQL through :func:`reports.queries.fetch` (table names
routed to the visibility views), every list bounded by ``FIRST n``.

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

from db.queries.deal_board import LAST_ACTIVITY
from reports.queries import fetch
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

def _deal_list_sql(p: Params, limit_days: str, inner: str, outer: str, order: str) -> tuple[str, dict[str, Any]]:
    """A bounded list of open deals with their stage age and idleness; ``inner`` filters deals
    (alias ``d``), ``outer`` filters the derived rows (alias ``x``, with LAST_AT and LIMIT_DAYS)."""
    where, args = _filters(p)
    args["today"] = p.today
    # every matching row: the engine totals them all and shows the first ``p.top`` (Report.limit)
    sql = f"""
SELECT x.ID AS deal_id, x.TITLE AS deal, x.CLIENT AS client, x.MANAGER AS manager,
       x.FUNNEL AS funnel, x.STAGE AS stage, x.AMOUNT AS amount, x.CURRENCY AS currency,
       DATEDIFF(DAY FROM x.STAGE_ENTERED_AT TO CAST(:today AS DATE)) AS days_in_stage,
       x.LAST_AT AS last_activity,
       DATEDIFF(DAY FROM x.LAST_AT TO CAST(:today AS DATE)) AS idle_days,
       x.LIMIT_DAYS AS limit_days
FROM (SELECT d.ID, CAST(LEFT(d.TITLE, 120) AS VARCHAR(120)) AS TITLE,
             CAST(LEFT(c.NAME, 120) AS VARCHAR(120)) AS CLIENT, u.FULL_NAME AS MANAGER,
             fu.NAME AS FUNNEL, s.NAME AS STAGE, d.AMOUNT, d.CURRENCY, d.STAGE_ENTERED_AT,
             {LAST_ACTIVITY} AS LAST_AT, {limit_days} AS LIMIT_DAYS
      FROM DEALS d
      JOIN STAGES s ON s.ID = d.STAGE_ID
      JOIN FUNNELS fu ON fu.ID = d.FUNNEL_ID
      LEFT JOIN CLIENTS c ON c.ID = d.CLIENT_ID
      LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
      WHERE d.OUTCOME = 'OPEN'{where} AND {inner}) x
WHERE {outer}
ORDER BY {order}"""
    return sql, args


def rotting(conn: Any, p: Params) -> Iterator[Mapping[str, Any]]:
    """Open deals idle for at least their stage's ROT_DAYS (or ``p.days`` when given), the most
    idle first (every one; the engine shows the first ``p.top``)."""
    limit = str(int(p["days"])) if p.get("days") else "s.ROT_DAYS"
    sql, args = _deal_list_sql(
        p, limit, "1 = 1",
        "x.LIMIT_DAYS > 0 AND DATEDIFF(DAY FROM x.LAST_AT TO CAST(:today AS DATE)) >= x.LIMIT_DAYS",
        "11 DESC, x.AMOUNT DESC, x.ID")  # 11: idle_days
    return fetch(conn, sql, **args)


def without_next_activity(conn: Any, p: Params) -> Iterator[Mapping[str, Any]]:
    """Open deals with no OPEN task and no ``NEXT_STEP_AT`` from ``today`` on, the largest first."""
    inner = ("NOT EXISTS (SELECT 1 FROM TASKS t WHERE t.DEAL_ID = d.ID AND t.STATUS = 'OPEN') "
             "AND (d.NEXT_STEP_AT IS NULL OR d.NEXT_STEP_AT < CAST(:today AS DATE))")
    sql, args = _deal_list_sql(p, "0", inner, "1 = 1", "x.AMOUNT DESC, x.ID")
    return fetch(conn, sql, **args)


def moved_backwards(conn: Any, p: Params) -> Iterator[Mapping[str, Any]]:
    """Stage-history rows in ``p.period`` that moved a deal to an earlier stage, newest first."""
    where, args = _filters(p)
    period = p["period"]
    args.update(start=period.start_ts, end=period.end_ts)
    sql = f"""
SELECT h.MOVED_AT AS moved_at, CAST(LEFT(d.TITLE, 120) AS VARCHAR(120)) AS deal,
       CAST(LEFT(c.NAME, 120) AS VARCHAR(120)) AS client, fu.NAME AS funnel,
       a.NAME AS from_stage, b.NAME AS to_stage, a.SORT_ORDER - b.SORT_ORDER AS steps,
       u.FULL_NAME AS manager, h.MOVED_BY AS moved_by, d.AMOUNT AS amount
FROM DEAL_STAGE_HISTORY h
JOIN DEALS d ON d.ID = h.DEAL_ID
JOIN STAGES a ON a.ID = h.FROM_STAGE_ID
JOIN STAGES b ON b.ID = h.TO_STAGE_ID
JOIN FUNNELS fu ON fu.ID = d.FUNNEL_ID
LEFT JOIN CLIENTS c ON c.ID = d.CLIENT_ID
LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
WHERE h.MOVED_AT >= :start AND h.MOVED_AT < :end AND b.SORT_ORDER < a.SORT_ORDER{where}
ORDER BY h.MOVED_AT DESC, h.ID DESC"""
    return fetch(conn, sql, **args)
