"""The client list page: narrow columns, no BLOBs, keyset paging, one prepared statement per shape.

Rows are ordered by a sort key ``K`` and the id; page *n+1* starts after the last (K, id) of page
*n* instead of ``SKIP`` (which re-reads every skipped row).

* Name, city, last contact and next step (:data:`INDEXED_SORTS`) walk a (value, id) index in
  either direction (revision 0007), NULLs read as a group of their own before or after the
  values, so a page of 100,000 clients costs a few milliseconds instead of a full sort (0.7 s).
* The other sorts wrap nullable columns in ``COALESCE`` with a sentinel so the keyset comparison
  is total, and let the server sort.

Declared widths stay narrow (FIREBIRD.md §2.4) and a page travels in one round trip. Filters and
custom-field columns change the SQL text; each distinct shape is prepared once and cached by the
read channel.
"""
from __future__ import annotations

from dataclasses import dataclass

from db.session import ReadChannel

PAGE_SIZE = 100

#: Column keys in SELECT order (the UI's column specs refer to them by key); custom-field values
#: follow, then the sort key.
COLUMNS = (
    "id", "name", "kind", "status", "responsible", "city", "phone", "email", "last_contact_at", "next_step_at",
    "next_step", "tags", "open_deals_amount",
)

#: sort key → (expression, sentinel for NULLs)
SORTS: dict[str, tuple[str, str]] = {
    "name": ("c.SEARCH_NAME", ""),
    "status": ("c.STATUS", ""),
    "responsible": ("u.FULL_NAME", "''"),
    "city": ("c.CITY", "''"),
    "phone": ("c.MAIN_PHONE", "''"),
    "email": ("c.MAIN_EMAIL", "''"),
    "last_contact_at": ("s.LAST_CONTACT_AT", "TIMESTAMP '1900-01-01 00:00:00'"),
    "next_step_at": ("s.NEXT_STEP_AT", "TIMESTAMP '2999-12-31 00:00:00'"),
    "created_at": ("c.CREATED_AT", ""),
    "open_deals_amount": ("s.OPEN_DEALS_AMOUNT", "-1"),
    "tags": ("c.TAGS_TEXT", "''"),
    "next_step": ("s.NEXT_STEP", "''"),
}


#: The list row, with long texts cast down: Firebird sizes a fetch batch by the *declared* row width
#: (FIREBIRD.md §2.4), and bench/wan_client_list.py showed a 200-row page needing 2 fetches at the
#: full widths. LEFT first: a plain CAST of longer text to a shorter VARCHAR is a truncation error.
#: The card shows the full values; the keyset column stays full width.
ROW_COLUMNS = """c.ID, CAST(LEFT(c.NAME, 120) AS VARCHAR(120)), c.KIND, c.STATUS,
       CAST(LEFT(u.FULL_NAME, 60) AS VARCHAR(60)), c.CITY, c.MAIN_PHONE, CAST(LEFT(c.MAIN_EMAIL, 80) AS VARCHAR(80)),
       s.LAST_CONTACT_AT, s.NEXT_STEP_AT, CAST(LEFT(s.NEXT_STEP, 80) AS VARCHAR(80)),
       CAST(LEFT(c.TAGS_TEXT, 80) AS VARCHAR(80)), s.OPEN_DEALS_AMOUNT"""


@dataclass(frozen=True)
class ListFilter:
    """Quick filters of the client list; all given conditions must hold."""

    responsible_id: int | None = None  #: "my clients"
    statuses: tuple[str, ...] = ()
    tag_id: int | None = None
    classifier_value_id: int | None = None
    sleeping_days: int | None = None  #: no contact for N days (or never)
    no_next_step: bool = False
    include_archived: bool = False

    def sql(self) -> tuple[str, list]:
        conds, params = [], []
        if not self.include_archived:
            conds.append("c.IS_ARCHIVED = FALSE")
        if self.responsible_id is not None:
            conds.append("c.RESPONSIBLE_ID = ?")
            params.append(self.responsible_id)
        if self.statuses:
            conds.append("c.STATUS IN (" + ", ".join("?" * len(self.statuses)) + ")")
            params.extend(self.statuses)
        if self.tag_id is not None:
            conds.append("EXISTS (SELECT 1 FROM CLIENT_TAGS t WHERE t.CLIENT_ID = c.ID AND t.TAG_ID = ?)")
            params.append(self.tag_id)
        if self.classifier_value_id is not None:
            conds.append("EXISTS (SELECT 1 FROM CLIENT_CLASSIFIERS cc WHERE cc.CLIENT_ID = c.ID AND cc.VALUE_ID = ?)")
            params.append(self.classifier_value_id)
        if self.sleeping_days is not None:
            conds.append("(s.LAST_CONTACT_AT IS NULL OR s.LAST_CONTACT_AT < DATEADD(DAY, -1 * CAST(? AS INTEGER), CURRENT_TIMESTAMP))")
            params.append(int(self.sleeping_days))
        if self.no_next_step:
            conds.append("s.NEXT_STEP_AT IS NULL")
        return " AND ".join(conds) or "1 = 1", params


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts: the last row's sort key and id (and, for an indexed nullable
    sort, which group of rows it is in: ``"values"`` or ``"nulls"``; ``id`` None = group start)."""

    sort_value: object
    id: int | None
    phase: str | None = None


#: Sorts that walk a (value, id) index, ascending or descending (revision 0007), instead of
#: sorting every row: the sort column, the id column of the same table, the table that drives the
#: query, and whether NULLs come first in ascending order (they keep the place the COALESCE
#: sentinels gave them). NULLs form their own group, read after or before the values.
INDEXED_SORTS: dict[str, tuple[str, str, str, bool]] = {
    "last_contact_at": ("s.LAST_CONTACT_AT", "s.CLIENT_ID", "stats", True),
    "next_step_at": ("s.NEXT_STEP_AT", "s.CLIENT_ID", "stats", False),
    "city": ("c.CITY", "c.ID", "clients", True),
    "name": ("c.SEARCH_NAME", "c.ID", "clients", True),  # never NULL: the "values" group only
}
#: "is not NULL" written as a range start, so an ascending walk skips the index's NULL entries
#: instead of reading past them (next step: 220 ms → a few ms on 100,000 clients)
_NOT_NULL = {
    "s.LAST_CONTACT_AT": "s.LAST_CONTACT_AT >= TIMESTAMP '0001-01-01 00:00:00'",
    "s.NEXT_STEP_AT": "s.NEXT_STEP_AT >= TIMESTAMP '0001-01-01 00:00:00'",
    "c.CITY": "c.CITY >= ''",
    "c.SEARCH_NAME": "c.SEARCH_NAME >= ''",
}


#: indexed sorts whose column is never NULL: no "nulls" group to read
NOT_NULL_SORTS = frozenset({"name"})


def _phases(sort: str, desc: bool) -> tuple[str, str | None]:
    if sort in NOT_NULL_SORTS:
        return "values", None
    nulls_first_asc = INDEXED_SORTS[sort][3]
    return ("nulls", "values") if nulls_first_asc != desc else ("values", "nulls")


def build_indexed_sql(flt: ListFilter, sort: str, desc: bool, phase: str, after: bool,
                      custom_field_ids: tuple[int, ...] = ()) -> tuple[str, list]:
    """One group ("values" or "nulls") of an indexed sort; keyset parameters follow when ``after``:
    (value, value, id) for values, (id,) for nulls."""
    expr, idcol, driver, _ = INDEXED_SORTS[sort]
    where, params = flt.sql()
    op, direction = ("<", "DESC") if desc else (">", "ASC")
    if phase == "values":
        where += f" AND {_NOT_NULL[expr]}"
        if after:
            where += f" AND ({expr} {op} ? OR ({expr} = ? AND {idcol} {op} ?))"
        order = f"{expr} {direction}, {idcol} {direction}"
    else:
        where += f" AND {expr} IS NULL"
        if after:
            where += f" AND {idcol} {op} ?"
        order = f"{idcol} {direction}"
    if driver == "stats":  # drive from CLIENT_STATS so the (value, CLIENT_ID) index gives the order
        source = ("CLIENT_STATS s JOIN CLIENTS c ON c.ID = s.CLIENT_ID\n"
                  "LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID")
    else:
        source = ("CLIENTS c\nLEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID\n"
                  "LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID")
    custom = "".join(f", {_custom_col(f)}" for f in custom_field_ids)
    sql = f"""
SELECT FIRST {PAGE_SIZE} {ROW_COLUMNS}{custom}, {expr}
FROM {source}
WHERE {where}
ORDER BY {order}
"""
    return sql, params


def _indexed_page(reader: ReadChannel, after: PageKey | None, flt: ListFilter, sort: str, desc: bool,
                  custom_field_ids: tuple[int, ...]) -> tuple[list[tuple], PageKey | None]:
    first, second = _phases(sort, desc)
    if sort == "next_step_at" and flt.no_next_step:
        # "no next step" sorted by next step: only the NULL group can match, and reading the
        # values group to find that out walked every dated client (0.4-1.3 s, issue #12)
        first, second = "nulls", None
    phase = after.phase if after is not None and after.phase else first
    rows: list[tuple] = []
    key = after if after is not None and after.id is not None else None
    while True:
        sql, params = build_indexed_sql(flt, sort, desc, phase, key is not None, custom_field_ids)
        if key is not None:
            params += [key.sort_value, key.sort_value, key.id] if phase == "values" else [key.id]
        got = reader.query(sql, params)
        rows.extend(got[: PAGE_SIZE - len(rows)])
        if len(got) == PAGE_SIZE or len(rows) == PAGE_SIZE:
            last = rows[-1]
            return rows, PageKey(last[-1], last[0], phase)
        if phase == second or second is None:
            return rows, None
        # this group is exhausted: the page goes on with the other one (pages stay PAGE_SIZE long:
        # a short page would look like the end to the list model)
        phase, key = second, None


def _custom_col(field_id: int) -> str:
    fid = int(field_id)  # inlined: an int cannot inject
    return (
        "(SELECT FIRST 1 CAST(LEFT(COALESCE(v.VALUE_TEXT, CAST(v.VALUE_NUM AS VARCHAR(40)),"
        " CAST(v.VALUE_DATE AS VARCHAR(10)), IIF(v.VALUE_BOOL, '✓', '')), 200) AS VARCHAR(200))"
        f" FROM CUSTOM_FIELD_VALUES v WHERE v.FIELD_ID = {fid} AND v.ENTITY_ID = c.ID)"
    )


def build_sql(flt: ListFilter, sort: str = "name", desc: bool = False, after: bool = False,
              custom_field_ids: tuple[int, ...] = ()) -> tuple[str, list]:
    """(SQL, filter parameters) of one page; keyset parameters (K, K, id) follow when ``after``."""
    expr, sentinel = SORTS.get(sort, SORTS["name"])
    key = f"COALESCE({expr}, {sentinel})" if sentinel else expr
    where, params = flt.sql()
    if after:
        op = "<" if desc else ">"
        where += f" AND ({key} {op} ? OR ({key} = ? AND c.ID {op} ?))"
    direction = "DESC" if desc else "ASC"
    custom = "".join(f", {_custom_col(f)}" for f in custom_field_ids)
    sql = f"""
SELECT FIRST {PAGE_SIZE} {ROW_COLUMNS}{custom}, {key}
FROM CLIENTS c
LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID
LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID
WHERE {where}
ORDER BY {key} {direction}, c.ID {direction}
"""
    return sql, params


def page(reader: ReadChannel, after: PageKey | None = None, flt: ListFilter | None = None, sort: str = "name",
         desc: bool = False, custom_field_ids: tuple[int, ...] = ()) -> tuple[list[tuple], PageKey | None]:
    """One page of rows (:data:`COLUMNS`, then custom values, then the sort key) and the next key."""
    flt = flt or ListFilter()
    if sort in INDEXED_SORTS:
        return _indexed_page(reader, after, flt, sort, desc, tuple(custom_field_ids))
    sql, params = build_sql(flt, sort, desc, after is not None, tuple(custom_field_ids))
    if after is not None:
        params += [after.sort_value, after.sort_value, after.id]
    rows = reader.query(sql, params)
    next_key = PageKey(rows[-1][-1], rows[-1][0]) if len(rows) == PAGE_SIZE else None
    return rows, next_key
