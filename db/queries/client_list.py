"""The client list page: narrow columns, no BLOBs, keyset paging, one prepared statement.

Ordered by (SEARCH_NAME, ID) through IX_CLIENTS_SEARCH_NAME, so page *n+1* starts from the last
key of page *n* with an index range scan instead of ``SKIP`` (which re-reads every skipped row).
Declared widths stay narrow (FIREBIRD.md §2.4) and the page travels in one round trip.
"""
from __future__ import annotations

from dataclasses import dataclass

from db.session import ReadChannel

PAGE_SIZE = 200

#: Column keys in SELECT order (the UI's column specs refer to them by key).
COLUMNS = (
    "id",
    "name",
    "kind",
    "status",
    "responsible",
    "city",
    "phone",
    "email",
    "last_contact_at",
    "next_step_at",
    "next_step",
    "tags",
    "open_deals_amount",
    "search_name",
)

_SELECT = """
SELECT FIRST {limit} c.ID, c.NAME, c.KIND, c.STATUS, u.FULL_NAME, c.CITY, c.MAIN_PHONE, c.MAIN_EMAIL,
       s.LAST_CONTACT_AT, s.NEXT_STEP_AT, s.NEXT_STEP, c.TAGS_TEXT, s.OPEN_DEALS_AMOUNT, c.SEARCH_NAME
FROM CLIENTS c
LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID
LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID
WHERE c.IS_ARCHIVED = FALSE {where}
ORDER BY c.SEARCH_NAME, c.ID
"""

FIRST_PAGE_SQL = _SELECT.format(limit=PAGE_SIZE, where="")
NEXT_PAGE_SQL = _SELECT.format(
    limit=PAGE_SIZE,
    where="AND c.SEARCH_NAME >= ? AND (c.SEARCH_NAME > ? OR c.ID > ?)",
)


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts: the last row's (search_name, id)."""

    search_name: str
    id: int


def page(reader: ReadChannel, after: PageKey | None = None) -> tuple[list[tuple], PageKey | None]:
    """One page of client rows (tuples in :data:`COLUMNS` order) and the key of the next page."""
    if after is None:
        rows = reader.query(FIRST_PAGE_SQL)
    else:
        rows = reader.query(NEXT_PAGE_SQL, (after.search_name, after.search_name, after.id))
    next_key = PageKey(rows[-1][-1], rows[-1][0]) if len(rows) == PAGE_SIZE else None
    return rows, next_key
