"""Search-as-you-type over ``SEARCH_KEYS`` (issue #3): indexed prefix look-ups, no CONTAINING scans.

Since revision 0012 (issue #12) a search of up to four terms runs through ``SP_SEARCH_CLIENTS``,
which walks the keys in display order and stops at the page (:func:`build_walk_sql`); the SQL
below (:func:`build_sql`) serves longer queries.

Each search *term* (a word of what the user typed) has one or more alternative keys (a phone typed
as ``8495…`` also tries ``495…``); a client matches when every term matches one of its keys. The
first term drives the query through ``IX_SEARCH_KEYS_SKEY`` (``STARTING WITH`` is an index range
scan); further terms are checked per candidate through the index on ``CLIENT_ID``.
"""
from __future__ import annotations

from db.queries.client_list import ROW_COLUMNS
from db.session import ReadChannel

SEARCH_LIMIT = 200

_ROW = ROW_COLUMNS + ", c.SEARCH_NAME"  #: the list's row shape, so search results fill the same table


def _any_prefix(alias: str, n: int) -> str:
    return "(" + " OR ".join([f"{alias}.SKEY STARTING WITH ?"] * n) + ")"


def build_sql(shape: tuple[int, ...], limit: int = SEARCH_LIMIT) -> str:
    """SQL for terms with ``shape[i]`` alternatives each (the shape keys the statement cache)."""
    first, rest = shape[0], shape[1:]
    extra = "".join(
        f"\n  AND EXISTS (SELECT 1 FROM SEARCH_KEYS k{i} WHERE k{i}.CLIENT_ID = c.ID AND {_any_prefix(f'k{i}', n)})"
        for i, n in enumerate(rest, start=1)
    )
    return f"""
SELECT FIRST {limit} {_ROW}
FROM (SELECT DISTINCT k0.CLIENT_ID FROM SEARCH_KEYS k0 WHERE {_any_prefix('k0', first)}) m
JOIN CLIENTS c ON c.ID = m.CLIENT_ID
LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID
LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID
WHERE c.IS_ARCHIVED = FALSE{extra}
ORDER BY c.SEARCH_NAME, c.ID
"""


#: terms SP_SEARCH_CLIENTS takes (more fall back to :func:`build_sql`)
SP_TERMS = 4


def build_walk_sql(alternatives: int, limit: int = SEARCH_LIMIT) -> str:
    """SQL of a search through ``SP_SEARCH_CLIENTS`` (revision 0012): the procedure walks the keys
    in display order and stops at ``limit`` visible clients, so the cost follows the page, not the
    match count (357 → a few ms for "Иванов Пе" on 100,000 clients, issue #12). One call per
    alternative of the first term (a phone typed with its trunk prefix: "8495…" and "495…"),
    merged by UNION: the first ``limit`` of the union are the first ``limit`` overall.
    Parameters per call: the first term's alternative, then the other terms (NULL-padded to
    :data:`SP_TERMS`)."""
    calls = "\n  UNION\n  ".join(
        f"SELECT p{i}.O_CLIENT_ID AS CLIENT_ID FROM SP_SEARCH_CLIENTS(?, ?, ?, ?, {int(limit)}) p{i}"
        for i in range(alternatives))
    return f"""
SELECT FIRST {int(limit)} {_ROW}
FROM (
  {calls}) m
JOIN CLIENTS c ON c.ID = m.CLIENT_ID
LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID
LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID
ORDER BY c.SEARCH_NAME, c.ID
"""


def search(reader: ReadChannel, terms: list[list[str]], limit: int = SEARCH_LIMIT) -> list[tuple]:
    """Rows (client list shape) of clients matching every term; the most selective term first."""
    terms = [t for t in terms if t]
    if not terms:
        return []
    # longer keys are more selective: let the longest term drive the index scan
    terms = sorted(terms, key=lambda alts: -min(len(a) for a in alts))
    first, rest = terms[0], terms[1:]
    if len(terms) <= SP_TERMS and all(len(t) == 1 for t in rest):
        others = [t[0] for t in rest] + [None] * (SP_TERMS - len(terms))
        params = [p for alt in first for p in (alt, *others)]
        return reader.query(build_walk_sql(len(first), limit), params)
    shape = tuple(len(t) for t in terms)
    params = [a for t in terms for a in t]
    return reader.query(build_sql(shape, limit), params)


EXACT_SQL = """
SELECT DISTINCT k.CLIENT_ID, k.KIND, k.SKEY FROM SEARCH_KEYS k
WHERE k.SKEY = ? AND k.KIND = ?
"""

SAME_NAME_SQL = "SELECT FIRST 20 c.ID FROM CLIENTS c WHERE c.SEARCH_NAME = ?"
