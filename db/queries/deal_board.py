"""The funnel board and the deal list: hot reads below the ORM (raw SQL on the read channel).

* :func:`board_rows`: **one** statement for a whole board. A derived table numbers the deals of
  the funnel per stage (``ROW_NUMBER() OVER (PARTITION BY STAGE_ID …)``) and counts/sums them per
  stage with window aggregates (Firebird 3 has both), so the stage counts and sums and the first
  ``limit`` cards of every column travel in one round trip. The costly per-card columns (next task,
  last activity) are computed only for the rows kept (``RN <= limit``), outside the derived table.
  The funnel's deals are found through ``IX_DEALS_FUNNEL_STAGE`` (FUNNEL_ID, STAGE_ID, OUTCOME).
* :func:`page`: one page of the deal list, keyset-paged on (sort key, id) like the client list;
  nullable sort columns are wrapped in ``COALESCE`` with a sentinel so the comparison is total.

"Activity" of a deal is the latest of its STAGE_ENTERED_AT, its interactions' OCCURRED_AT and its
tasks' DONE_AT / CHANGED_AT / CREATED_AT (planning a task counts as activity too). A deal is
*rotting* when it is open, its stage has ``ROT_DAYS > 0`` and it saw no activity for at least that
many calendar days (``DATEDIFF(DAY …)`` counts day boundaries, as a person counts days).

Never a BLOB (DEALS.NOTE stays out); long texts are cut with ``CAST(LEFT(x, n) AS VARCHAR(n))``
(FIREBIRD.md §2.4). Base table names are routed to the ``V_*`` visibility views by the read channel.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from db.session import ReadChannel

#: cards per board column (a column header still counts and sums all its deals; the column's footer
#: says how many are not shown). 100, not 300: a column shows about ten cards, and at 300 the
#: 5000-client demo board was 1672 rows, 68 KB and 4 round trips (0.93 s) over the WAN link
#: (bench/README.md, wan_deals)
CARD_LIMIT = 100
#: rows per deal-list page
PAGE_SIZE = 200
PERIOD_FIELDS = ("created", "expected_close")
OUTCOMES = ("OPEN", "WON", "LOST")


@dataclass(frozen=True)
class DealFilter:
    """Filters shared by the board and the list; every given condition must hold.

    * ``responsible_id``: "my deals" (the caller passes its own CRM user id) or one manager;
      ``-1`` matches nothing (a login without a CRM user asking for "my deals").
    * ``period_field`` + ``date_from``/``date_to`` (inclusive days): by creation or expected close.
    * ``tag_id``: a tag on the deal's client. ``text``: part of the title or the client's name
      (case-insensitive).
    * ``closed_days``: won/lost deals are shown only if closed in the last N days (None: all);
      open deals are always shown. The board's won/lost columns would otherwise grow forever.
    * ``funnel_id``, ``outcome`` (OPEN/WON/LOST), ``stage_id``: the list's extra filters (the board
      passes its funnel separately).
    """

    responsible_id: int | None = None
    period_field: str = "created"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tag_id: int | None = None
    text: str = ""
    closed_days: int | None = None
    funnel_id: int | None = None
    outcome: str | None = None
    stage_id: int | None = None

    def sql(self, d: str = "d", c: str = "c") -> tuple[str, list]:
        """(WHERE conditions, parameters) over deal alias ``d`` and client alias ``c``."""
        conds, params = [], []
        if self.funnel_id is not None:
            conds.append(f"{d}.FUNNEL_ID = ?")
            params.append(int(self.funnel_id))
        if self.stage_id is not None:
            conds.append(f"{d}.STAGE_ID = ?")
            params.append(int(self.stage_id))
        if self.outcome is not None:
            if self.outcome not in OUTCOMES:
                raise ValueError(f"unknown outcome {self.outcome!r}")
            conds.append(f"{d}.OUTCOME = ?")
            params.append(self.outcome)
        if self.responsible_id is not None:
            conds.append(f"{d}.RESPONSIBLE_ID = ?")
            params.append(int(self.responsible_id))
        col = f"{d}.CREATED_AT" if self.period_field == "created" else f"{d}.EXPECTED_CLOSE"
        if self.date_from is not None:
            conds.append(f"{col} >= ?")
            params.append(self.date_from if self.period_field != "created"
                          else dt.datetime.combine(self.date_from, dt.time()))
        if self.date_to is not None:
            if self.period_field == "created":  # the whole last day counts
                conds.append(f"{col} < ?")
                params.append(dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time()))
            else:
                conds.append(f"{col} <= ?")
                params.append(self.date_to)
        if self.tag_id is not None:
            conds.append(f"EXISTS (SELECT 1 FROM CLIENT_TAGS t WHERE t.CLIENT_ID = {d}.CLIENT_ID AND t.TAG_ID = ?)")
            params.append(int(self.tag_id))
        text = (self.text or "").strip()
        if text:
            conds.append(f"({d}.TITLE CONTAINING ? OR {c}.NAME CONTAINING ?)")
            params += [text, text]
        if self.closed_days is not None:
            conds.append(f"({d}.OUTCOME = 'OPEN' OR {d}.CLOSED_AT >= "
                         "DATEADD(DAY, -1 * CAST(? AS INTEGER), CURRENT_TIMESTAMP))")
            params.append(int(self.closed_days))
        return " AND ".join(conds) or "1 = 1", params


#: the latest activity of deal ``d`` (never NULL: STAGE_ENTERED_AT is NOT NULL)
LAST_ACTIVITY = """MAXVALUE(d.STAGE_ENTERED_AT,
    COALESCE((SELECT MAX(i.OCCURRED_AT) FROM INTERACTIONS i WHERE i.DEAL_ID = d.ID), d.STAGE_ENTERED_AT),
    COALESCE((SELECT MAX(MAXVALUE(COALESCE(ta.DONE_AT, ta.CREATED_AT), COALESCE(ta.CHANGED_AT, ta.CREATED_AT)))
              FROM TASKS ta WHERE ta.DEAL_ID = d.ID), d.STAGE_ENTERED_AT))"""

#: the open task of deal ``d`` due first (undated ones last)
_NEXT_TASK_ID = ("(SELECT FIRST 1 tn.ID FROM TASKS tn WHERE tn.DEAL_ID = d.ID AND tn.STATUS = 'OPEN' "
                 "ORDER BY tn.DUE_AT NULLS LAST, tn.ID)")

#: card columns in SELECT order (after STAGE_ID, CNT, TOTAL)
CARD_COLUMNS = ("id", "version", "title", "client_id", "client_name", "amount", "currency", "responsible",
                "days_in_stage", "next_task", "next_task_due", "last_activity", "idle_days", "rotting")


def numbered_deals_sql(flt: DealFilter) -> tuple[str, list]:
    """The inner SELECT of the board: ids of the funnel's matching deals numbered per stage, with
    the stage's count and sum (parameters: funnel id, then the filter's)."""
    where, params = flt.sql("d0", "c0")
    client_join = "JOIN CLIENTS c0 ON c0.ID = d0.CLIENT_ID" if (flt.text or "").strip() else ""
    sql = f"""SELECT d0.ID, d0.STAGE_ID,
               COUNT(*) OVER (PARTITION BY d0.STAGE_ID) AS CNT,
               CAST(SUM(d0.AMOUNT) OVER (PARTITION BY d0.STAGE_ID) AS NUMERIC(18, 2)) AS TOTAL,
               ROW_NUMBER() OVER (PARTITION BY d0.STAGE_ID ORDER BY d0.STAGE_ENTERED_AT DESC, d0.ID DESC) AS RN
        FROM DEALS d0 {client_join}
        WHERE d0.FUNNEL_ID = ? AND {where}"""
    return sql, params


def build_board_sql(flt: DealFilter) -> tuple[str, list]:
    """(SQL, parameters without the trailing limit) of the board of one funnel.

    Parameters: funnel id, the filter's, then the card limit (the caller appends it).
    Rows: STAGE_ID, COUNT, SUM(AMOUNT), then :data:`CARD_COLUMNS`, ordered by stage and by
    STAGE_ENTERED_AT descending (deals that arrived last on top).
    """
    numbered, params = numbered_deals_sql(flt)
    sql = f"""
SELECT y.STAGE_ID, y.CNT, y.TOTAL, y.ID, y.VERSION, y.TITLE, y.CLIENT_ID, y.CLIENT_NAME, y.AMOUNT, y.CURRENCY,
       y.RESPONSIBLE, y.DAYS_IN_STAGE, y.NEXT_TASK, y.NEXT_DUE, y.LAST_AT,
       DATEDIFF(DAY FROM y.LAST_AT TO CURRENT_TIMESTAMP),
       IIF(y.OUTCOME = 'OPEN' AND y.ROT_DAYS > 0 AND DATEDIFF(DAY FROM y.LAST_AT TO CURRENT_TIMESTAMP) >= y.ROT_DAYS,
           1, 0)
FROM (
  SELECT x.STAGE_ID, x.CNT, x.TOTAL, x.RN,
         d.ID, d.VERSION, CAST(LEFT(d.TITLE, 120) AS VARCHAR(120)) AS TITLE, d.CLIENT_ID,
         CAST(LEFT(c.NAME, 120) AS VARCHAR(120)) AS CLIENT_NAME, d.AMOUNT, d.CURRENCY,
         CAST(LEFT(u.FULL_NAME, 60) AS VARCHAR(60)) AS RESPONSIBLE,
         DATEDIFF(DAY FROM d.STAGE_ENTERED_AT TO CURRENT_TIMESTAMP) AS DAYS_IN_STAGE,
         CAST(LEFT(nt.TITLE, 80) AS VARCHAR(80)) AS NEXT_TASK, nt.DUE_AT AS NEXT_DUE,
         {LAST_ACTIVITY} AS LAST_AT,
         s.ROT_DAYS, d.OUTCOME
  FROM ({numbered}) x
  JOIN DEALS d ON d.ID = x.ID
  JOIN STAGES s ON s.ID = d.STAGE_ID
  JOIN CLIENTS c ON c.ID = d.CLIENT_ID
  LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
  LEFT JOIN TASKS nt ON nt.ID = {_NEXT_TASK_ID}
  WHERE x.RN <= ?) y
ORDER BY y.STAGE_ID, y.RN
"""
    return sql, params


def board_rows(reader: ReadChannel, funnel_id: int, flt: DealFilter, limit: int = CARD_LIMIT) -> list[tuple]:
    """The board of ``funnel_id`` in one round trip (see :func:`build_board_sql` for the rows).

    A stage with no matching deal has no row (its count is 0).
    """
    sql, params = build_board_sql(flt)
    return reader.query(sql, [int(funnel_id), *params, int(limit)])


# --- the deal list -----------------------------------------------------------------------------

#: list columns in SELECT order; the sort key follows
LIST_COLUMNS = ("id", "version", "title", "client_id", "client_name", "funnel", "stage_id", "stage", "stage_color",
                "outcome", "amount", "currency", "expected_close", "responsible", "created_at", "closed_at",
                "days_in_stage", "lost_reason")

_LIST_ROW = """d.ID, d.VERSION, CAST(LEFT(d.TITLE, 120) AS VARCHAR(120)), d.CLIENT_ID,
       CAST(LEFT(c.NAME, 120) AS VARCHAR(120)), CAST(LEFT(f.NAME, 60) AS VARCHAR(60)), d.STAGE_ID,
       CAST(LEFT(s.NAME, 60) AS VARCHAR(60)), s.COLOR, d.OUTCOME, d.AMOUNT, d.CURRENCY, d.EXPECTED_CLOSE,
       CAST(LEFT(u.FULL_NAME, 60) AS VARCHAR(60)), d.CREATED_AT, d.CLOSED_AT,
       DATEDIFF(DAY FROM d.STAGE_ENTERED_AT TO CURRENT_TIMESTAMP), CAST(LEFT(lr.NAME, 60) AS VARCHAR(60))"""

#: sort key → (expression, sentinel for NULLs or "" when never NULL)
SORTS: dict[str, tuple[str, str]] = {
    "title": ("d.TITLE", ""),
    "client_name": ("c.NAME", ""),
    # stages of different funnels: funnel order first, then the stage's place in its funnel
    "stage": ("(f.SORT_ORDER * 1000 + s.SORT_ORDER)", ""),
    "amount": ("d.AMOUNT", ""),
    "expected_close": ("d.EXPECTED_CLOSE", "DATE '2999-12-31'"),
    "responsible": ("u.FULL_NAME", "''"),
    "created_at": ("d.CREATED_AT", ""),
    # more days in stage = entered earlier: sort by the entry time, reversed
    "days_in_stage": ("d.STAGE_ENTERED_AT", ""),
    "closed_at": ("d.CLOSED_AT", "TIMESTAMP '1900-01-01 00:00:00'"),
}
#: sorts whose key runs opposite to the column shown (days in stage grow as the entry time falls)
REVERSED_SORTS = frozenset({"days_in_stage"})


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts: the last row's sort key and id."""

    sort_value: object
    id: int


#: sorts on a nullable DEALS column: key -> the column. A page walks the column's (X, ID) index for
#: the rows that have a value and the primary key for those that have none, each stopping at the
#: page, and only the two short lists are merged (revision 0016); COALESCE over every deal cannot
#: walk an index and sorted all of them (~0.2-0.5 s a page at 100,000 deals).
#: The walk over the values starts at a lower bound, not at IS NOT NULL: an ascending index keeps
#: its NULLs first, and IS NOT NULL made the walk step over every NULL entry (208 vs 1.5 ms).
NULLABLE_SORTS = {"expected_close": ("d.EXPECTED_CLOSE", "DATE '0001-01-01'"),
                  "closed_at": ("d.CLOSED_AT", "TIMESTAMP '0001-01-01 00:00:00'")}


#: sorts on a DEALS key with few values shown in the order of another table: key -> (the DEALS
#: column, the values in display order (ascending), the column's (X, ID) index). A page is one EXECUTE
#: BLOCK (:func:`build_group_walk_sql`) that walks the values in display order and, for each, that
#: value's deals through the (X, ID) index, stopping at the page (revision 0017): the plain ORDER BY
#: over the joined name sorted every deal (0.6-4.7 s a page at 100,000 deals). The page key is the
#: value (stage id; responsible id, 0 for none), ties are broken by the value's place (its funnel's
#: order and id, then its own order and id; a user's name, then id), then by the deal id.
GROUP_SORTS = {
    "stage": ("d.STAGE_ID", "SELECT s.ID FROM STAGES s JOIN FUNNELS f ON f.ID = s.FUNNEL_ID "
                            "ORDER BY f.SORT_ORDER {d}, f.ID {d}, s.SORT_ORDER {d}, s.ID {d}"),
    # deals without a responsible (value 0) come first, as NULL does in an ascending order
    "responsible": ("d.RESPONSIBLE_ID", "SELECT 0, CAST(NULL AS VARCHAR(200)) FROM RDB$DATABASE UNION ALL "
                                        "SELECT u.ID, u.FULL_NAME FROM CRM_USERS u "
                                        "ORDER BY 2 {d} NULLS {n}, 1 {d}"),
}
#: the full order of a GROUP_SORTS sort in one ORDER BY (the export, which reads every row)
GROUP_ORDER = {"stage": "f.SORT_ORDER {d}, f.ID {d}, s.SORT_ORDER {d}, s.ID {d}, d.ID {d}",
               "responsible": "u.FULL_NAME {d} NULLS {n}, d.RESPONSIBLE_ID {d}, d.ID {d}"}
#: the block's output columns (:data:`LIST_COLUMNS`, then the key)
_BLOCK_OUT = ("ID INTEGER, VERSION INTEGER, TITLE VARCHAR(120) CHARACTER SET UTF8, CLIENT_ID INTEGER, "
              "CLIENT_NAME VARCHAR(120) CHARACTER SET UTF8, FUNNEL VARCHAR(60) CHARACTER SET UTF8, "
              "STAGE_ID INTEGER, STAGE VARCHAR(60) CHARACTER SET UTF8, STAGE_COLOR VARCHAR(9) CHARACTER SET UTF8, "
              "OUTCOME VARCHAR(4) CHARACTER SET UTF8, AMOUNT NUMERIC(18, 2), CURRENCY VARCHAR(3) CHARACTER SET UTF8, "
              "EXPECTED_CLOSE DATE, RESPONSIBLE VARCHAR(60) CHARACTER SET UTF8, CREATED_AT TIMESTAMP, "
              "CLOSED_AT TIMESTAMP, DAYS_IN_STAGE BIGINT, LOST_REASON VARCHAR(60) CHARACTER SET UTF8, K INTEGER")


def _param_type(value: object) -> str:
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "BIGINT"
    if isinstance(value, dt.datetime):
        return "TIMESTAMP"
    if isinstance(value, dt.date):
        return "DATE"
    return "VARCHAR(400) CHARACTER SET UTF8"


def build_group_walk_sql(flt: DealFilter, sort: str, desc: bool, first: int) -> tuple[str, list]:
    """(EXECUTE BLOCK, parameters) of one page of a :data:`GROUP_SORTS` sort.

    Parameters: the page size, the previous page's key value and id (NULL, NULL for the first
    page), then the filter's (the block declares them by their Python types). The block reads the
    same routed tables as :func:`build_list_sql` (V_* views for a manager) with the caller's rights.
    """
    column, values = GROUP_SORTS[sort]
    where, fparams = flt.sql("d", "c")
    names = iter(range(1, len(fparams) + 1))
    where = "".join(part + (f":P{next(names)}" if i < len(fparams) else "")
                    for i, part in enumerate(where.split("?")))
    d, n = ("DESC", "LAST") if desc else ("ASC", "FIRST")
    op = "<" if desc else ">"
    start = "9223372036854775807" if desc else "0"
    inputs = ", ".join(["N INTEGER = ?", "K0 INTEGER = ?", "ID0 INTEGER = ?"]
                       + [f"P{i} {_param_type(v)} = ?" for i, v in enumerate(fparams, 1)])
    cols = [c.split()[0] for c in _BLOCK_OUT.split(", ") if not c[0].isdigit() and " " in c]
    into = ", ".join(f":{c}" for c in cols)

    def walk(cond: str) -> str:
        return f"""FOR SELECT FIRST (:N) {_LIST_ROW}, :G
        FROM {_LIST_FROM}
        WHERE {cond} AND d.ID {op} :LO AND {where}
        ORDER BY {column} {d}, d.ID {d}
        INTO {into}
      DO BEGIN N = N - 1; SUSPEND; END"""

    if sort == "responsible":
        body = f"""IF (G = 0) THEN
      {walk(f"{column} IS NULL")}
    ELSE
      {walk(f"{column} = :G")}"""
        loop = f"FOR {values.format(d=d, n=n)} INTO :G, :GNAME DO"
    else:
        body = walk(f"{column} = :G")
        loop = f"FOR {values.format(d=d, n=n)} INTO :G DO"
    sql = f"""EXECUTE BLOCK ({inputs})
RETURNS ({_BLOCK_OUT})
AS
DECLARE VARIABLE G INTEGER;
DECLARE VARIABLE GNAME VARCHAR(200) CHARACTER SET UTF8;
DECLARE VARIABLE STARTED SMALLINT = 0;
DECLARE VARIABLE LO BIGINT;
BEGIN
  IF (K0 IS NULL) THEN STARTED = 1;
  {loop}
  BEGIN
    LO = {start};
    IF (STARTED = 0 AND G = K0) THEN
    BEGIN
      STARTED = 1;
      LO = ID0;
    END
    IF (STARTED = 1) THEN
    BEGIN
      {body}
      IF (N <= 0) THEN LEAVE;
    END
  END
END"""
    return sql, [int(first), None, None, *fparams]


def build_list_sql(flt: DealFilter, sort: str = "created_at", desc: bool = False,
                   after: bool = False, first: int | None = PAGE_SIZE) -> tuple[str, list]:
    """(SQL, filter parameters) of one list page; keyset parameters (K, K, id) follow when ``after``.

    DEALS drives the query (outer joins: a visible deal always has its client, stage and funnel,
    whose keys are NOT NULL), so the default order walks IX_DEALS_CREATED_ID(_D) (revision 0012)
    and stops at the page: 13 ms instead of a hash join and a sort of every deal (1.0-2.5 s on
    100,000 clients, issue #12). Title, amount and days in stage walk their (X, ID) indexes too
    (revision 0016); a nullable column is read in two index walks (:data:`NULLABLE_SORTS`), so the
    filter parameters and the keyset parameters then come twice (:func:`page` does that).
    ``first=None``: every matching row in the same order (the export reads them in one pass)."""
    expr, sentinel = SORTS.get(sort, SORTS["created_at"])
    key = f"COALESCE({expr}, {sentinel})" if sentinel else expr
    down = desc != (sort in REVERSED_SORTS)
    where, params = flt.sql("d", "c")
    if after:
        op = "<" if down else ">"
        where += f" AND ({key} {op} ? OR ({key} = ? AND d.ID {op} ?))"
    direction = "DESC" if down else "ASC"
    if sort in GROUP_ORDER and not first:  # the export: the page's order in one ORDER BY
        group_key = "d.STAGE_ID" if sort == "stage" else "COALESCE(d.RESPONSIBLE_ID, 0)"
        order = GROUP_ORDER[sort].format(d=direction, n="LAST" if down else "FIRST")
        return f"{_list_select(first, group_key)}\nWHERE {where}\nORDER BY {order}\n", params
    column, lowest = NULLABLE_SORTS.get(sort, (None, None))
    if column and first:  # two walks of (ID, key) stopping at the page, then the page's rows
        joins = _LIST_FROM if "c." in where else "DEALS d"  # the client only for the text filter
        walks = [f"SELECT FIRST {int(first)} d.ID, {key} FROM {joins}\nWHERE {where} AND {column} >= {lowest}\n"
                 f"ORDER BY {column} {direction}, d.ID {direction}",
                 f"SELECT FIRST {int(first)} d.ID, {key} FROM {joins}\nWHERE {where} AND {column} IS NULL\n"
                 f"ORDER BY d.ID {direction}"]
        sql = f"""
SELECT FIRST {int(first)} {_LIST_ROW}, p.K
FROM (SELECT * FROM ({walks[0]}) a (ID, K)
      UNION ALL
      SELECT * FROM ({walks[1]}) b (ID, K)) p
JOIN DEALS d ON d.ID = p.ID
LEFT JOIN CLIENTS c ON c.ID = d.CLIENT_ID
LEFT JOIN STAGES s ON s.ID = d.STAGE_ID
LEFT JOIN FUNNELS f ON f.ID = d.FUNNEL_ID
LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID
ORDER BY p.K {direction}, p.ID {direction}
"""
        return sql, params
    sql = f"""{_list_select(first, key)}
WHERE {where}
ORDER BY {key} {direction}, d.ID {direction}
"""
    return sql, params


_LIST_FROM = """DEALS d
LEFT JOIN CLIENTS c ON c.ID = d.CLIENT_ID
LEFT JOIN STAGES s ON s.ID = d.STAGE_ID
LEFT JOIN FUNNELS f ON f.ID = d.FUNNEL_ID
LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID"""


def _list_select(first: int | None, key: str) -> str:
    return f"""
SELECT {f"FIRST {int(first)} " if first else ""}{_LIST_ROW}, {key}
FROM {_LIST_FROM}"""


def page(reader: ReadChannel, after: PageKey | None = None, flt: DealFilter | None = None,
         sort: str = "created_at", desc: bool = False) -> tuple[list[tuple], PageKey | None]:
    """One page of rows (:data:`LIST_COLUMNS`, then the sort key) and the key of the next page
    (None after the last page)."""
    flt = flt or DealFilter()
    if sort in GROUP_SORTS:  # one EXECUTE BLOCK walking the values in display order
        sql, params = build_group_walk_sql(flt, sort, desc, PAGE_SIZE)
        if after is not None:
            params[1:3] = [after.sort_value, after.id]
        rows = reader.query(sql, params)
        return rows, (PageKey(rows[-1][-1], rows[-1][0]) if len(rows) == PAGE_SIZE else None)
    sql, params = build_list_sql(flt, sort, desc, after is not None, PAGE_SIZE)
    if after is not None:
        params += [after.sort_value, after.sort_value, after.id]
    if sort in NULLABLE_SORTS:  # two index walks, each with the filter and keyset parameters
        params = params + params
    rows = reader.query(sql, params)
    next_key = PageKey(rows[-1][-1], rows[-1][0]) if len(rows) == PAGE_SIZE else None
    return rows, next_key


def all_rows(reader: ReadChannel, flt: DealFilter | None = None, sort: str = "created_at", desc: bool = False,
             batch: int = 1000) -> Iterator[list[tuple]]:
    """Every row of the list (same columns and order as :func:`page`) in batches of ``batch``:
    one statement and one sort at most (none for the indexed default order), not one per page."""
    sql, params = build_list_sql(flt or DealFilter(), sort, desc, first=None)
    return reader.stream(sql, params, batch)


#: the filter bars' choices in one round trip: users offered by the manager filter (active ones
#: and me), the tags, the active lost reasons (in their administered order) and my visibility scope
CHOICES_SQL = """
SELECT 'U', u.ID, CAST(LEFT(u.FULL_NAME, 200) AS VARCHAR(200)), IIF(u.LOGIN = CURRENT_USER, '1', '0'), 0
  FROM CRM_USERS u WHERE u.IS_ACTIVE = TRUE OR u.LOGIN = CURRENT_USER
UNION ALL
SELECT 'T', t.ID, CAST(t.NAME AS VARCHAR(200)), t.COLOR, 0 FROM TAGS t
UNION ALL
SELECT 'R', r.ID, CAST(LEFT(r.NAME, 200) AS VARCHAR(200)), NULL, r.SORT_ORDER FROM LOST_REASONS r
  WHERE r.IS_ACTIVE = TRUE
UNION ALL
SELECT 'S', s.ID, CAST(LEFT(s.SCOPE, 200) AS VARCHAR(200)), NULL, 0 FROM CRM_USERS s WHERE s.LOGIN = CURRENT_USER
ORDER BY 1, 5, 3
"""


def choices(reader: ReadChannel) -> list[tuple]:
    """(kind, id, name, extra, order): kind 'U' a user (extra: me flag '1'/'0'), 'T' a tag (extra:
    its colour), 'R' an active lost reason, 'S' my CRM user with my visibility scope as the name
    (no row: a login without a CRM user)."""
    return reader.query(CHOICES_SQL)
