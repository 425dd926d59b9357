"""Copying every row of one Kartoteka database into another, across engines (``kartoteka copy``).

Layer: ``db`` (imports nothing of ours above it, no Qt).

A Firebird 5 file (ODS 13) cannot be opened by a Firebird 3 server, and FB3's gbak cannot restore
an FB5 backup, so a database moves between engines row by row: the target is created by the
migrations at the current schema revision, then each table is read from the source in key order
(keyset pages: ``WHERE key > last ORDER BY key``) and written to the target in
:mod:`db.bulk` ``EXECUTE BLOCK`` packs, committed per page.

Exact copies, not re-enacted history:

* every table trigger of the target (versions, who/when stamps, stage and status history, client
  statistics, audit, automation, visibility guards) is made **inactive** for the copy with
  ``ALTER TRIGGER … INACTIVE``, which only the database owner, SYSDBA or ``RDB$ADMIN`` may run, and
  only on the new target; so ids, versions, dates, history and audit arrive as they were;
* while the copy runs the target's description (``COMMENT ON DATABASE``) says so: that is the
  "copy in progress" marker. The resume point of each table is the target itself (its last key):
  a page is committed with its rows, so an interrupted copy continues where it stopped;
* columns that refer to their own table (a department's parent, a merged client) or to a table
  copied later (a department's head user) are written NULL first and set in a second pass, so
  neither key order nor a cycle of foreign keys trips a constraint;
* at the end the identity generators are restarted past the largest id, the triggers are made
  active again and the marker is removed.

Verification compares per table the row count and an order-independent checksum: the sum modulo
2**64 of a 64-bit BLAKE2 hash of each row's canonical text (the same Python values come back from
FB3 and FB5 through fdb: ``Decimal``, ``datetime``, ``str``, ``bytes``...).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import types as sat
from sqlalchemy.engine import Connection
from sqlalchemy.schema import MetaData, Table

from db import bulk

#: ``COMMENT ON DATABASE`` text while a copy runs (followed by the source's description).
MARKER = "KARTOTEKA COPY IN PROGRESS"
#: Rows per keyset page (one read and one commit on the target each).
PAGE_ROWS = 2000
#: Rows per page for tables with binary BLOBs (files): a page is held in memory.
BLOB_PAGE_ROWS = 25
#: Rows per fetchmany() while checksumming.
FETCH_ROWS = 2000

#: ``progress(done_rows, total_rows, table)``
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class TableCopy:
    """How one table is copied: its columns, its key and the columns referring to itself."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    self_refs: tuple[str, ...] = ()
    has_blobs: bool = False
    identity: str | None = None

    @property
    def page_rows(self) -> int:
        return BLOB_PAGE_ROWS if self.has_blobs else PAGE_ROWS


def plan(metadata: MetaData) -> list[TableCopy]:
    """The tables of ``metadata`` in foreign-key order (parents first)."""
    out = []
    seen: set[str] = set()
    for t in metadata.sorted_tables:
        out.append(_table_copy(t, seen))
        seen.add(t.name)
    return out


def _table_copy(t: Table, earlier: set[str]) -> TableCopy:
    cols = tuple(c.name.upper() for c in t.columns)
    key = tuple(c.name.upper() for c in t.primary_key.columns)
    # foreign keys to this table itself or to one copied later (a cycle such as departments'
    # head user <-> users' department): written NULL first, set by a second pass
    self_refs = tuple(sorted({fk.parent.name.upper() for fk in t.foreign_keys
                              if fk.column.table.name not in earlier}))
    blobs = any(isinstance(c.type, sat.LargeBinary) for c in t.columns)
    ident = next((c.name.upper() for c in t.columns if c.identity is not None), None)
    return TableCopy(t.name.upper(), cols, key, self_refs, blobs, ident)


def _cols(names: Sequence[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------

def _keyset_sql(tc: TableCopy, after: Sequence[Any] | None, limit: int) -> tuple[str, list[Any]]:
    order = ", ".join(f'"{k}"' for k in tc.key)
    where, params = "", []
    if after is not None:
        ors = []
        for i in range(len(tc.key)):
            parts = [f'"{k}" = ?' for k in tc.key[:i]] + [f'"{tc.key[i]}" > ?']
            ors.append("(" + " AND ".join(parts) + ")")
            params.extend(list(after[:i]) + [after[i]])
        where = " WHERE " + " OR ".join(ors)
    return f'SELECT FIRST {int(limit)} {_cols(tc.columns)} FROM "{tc.name}"{where} ORDER BY {order}', params


def _raw(conn: Connection) -> Any:
    """The fdb attachment under ``conn``."""
    return conn.connection.dbapi_connection


def read_page(conn: Connection, tc: TableCopy, after: Sequence[Any] | None, limit: int | None = None) -> list[tuple]:
    """The next ``limit`` rows of ``tc`` after key ``after`` (None: from the start), in key order."""
    sql, params = _keyset_sql(tc, after, limit or tc.page_rows)
    cur = _raw(conn).cursor()
    try:
        cur.execute(sql, params)
        return [tuple(r) for r in cur.fetchall()]
    finally:
        cur.close()


def last_key(conn: Connection, tc: TableCopy) -> tuple | None:
    """The largest key already in ``tc``'s table (the resume point), or None when it is empty."""
    order = ", ".join(f'"{k}" DESC' for k in tc.key)
    row = conn.exec_driver_sql(f'SELECT FIRST 1 {_cols(tc.key)} FROM "{tc.name}" ORDER BY {order}').first()
    return tuple(row) if row is not None else None


def row_counts(conn: Connection, tables: Sequence[str]) -> dict[str, int]:
    """Exact row counts of ``tables`` in one statement."""
    if not tables:
        return {}
    sql = " UNION ALL ".join(f"SELECT CAST('{t}' AS VARCHAR(63)), COUNT(*) FROM \"{t}\"" for t in tables)
    rows: Any = conn.exec_driver_sql(sql)
    return {str(n).strip(): int(c) for n, c in rows}


# ---------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------

def row_hash(row: Sequence[Any]) -> int:
    """64-bit hash of a row's canonical text (types that print the same on FB3 and FB5)."""
    h = hashlib.blake2b(digest_size=8)
    for v in row:
        if isinstance(v, (bytes, bytearray, memoryview)):
            h.update(b"B" + len(v).to_bytes(8, "little") + bytes(v))
        elif hasattr(v, "read"):  # a streamed BLOB
            data = v.read()
            h.update(b"B" + len(data).to_bytes(8, "little") + (data if isinstance(data, bytes) else data.encode()))
        else:
            s = repr(v).encode("utf-8")
            h.update(b"V" + len(s).to_bytes(4, "little") + s)
    return int.from_bytes(h.digest(), "little")


def table_checksum(conn: Connection, tc: TableCopy) -> tuple[int, int]:
    """(row count, checksum) of ``tc``'s table; the checksum does not depend on row order."""
    cur = _raw(conn).cursor()
    total, n = 0, 0
    try:
        cur.execute(f'SELECT {_cols(tc.columns)} FROM "{tc.name}"')
        while True:
            rows = cur.fetchmany(FETCH_ROWS)
            if not rows:
                break
            for r in rows:
                total = (total + row_hash(r)) & 0xFFFFFFFFFFFFFFFF
            n += len(rows)
    finally:
        cur.close()
    return n, total


# ---------------------------------------------------------------------------------------------
# Writing: triggers, marker, pages, generators
# ---------------------------------------------------------------------------------------------

_TABLE_TRIGGERS_SQL = (
    "SELECT TRIM(rdb$trigger_name) FROM rdb$triggers WHERE COALESCE(rdb$system_flag, 0) = 0 "
    "AND rdb$relation_name IS NOT NULL {extra} ORDER BY 1"
)


def table_triggers(conn: Connection, *, inactive_only: bool = False) -> list[str]:
    extra = "AND rdb$trigger_inactive = 1" if inactive_only else ""
    return [r[0].strip() for r in conn.exec_driver_sql(_TABLE_TRIGGERS_SQL.format(extra=extra))]


def _ddl_block(conn: Connection, statements: Sequence[str]) -> None:
    """Run DDL statements in one round trip (``EXECUTE STATEMENT`` inside one block) and commit."""
    raw = _raw(conn)
    for i in range(0, len(statements), 200):
        part = statements[i:i + 200]
        body = "\n".join("  EXECUTE STATEMENT '" + s.replace("'", "''") + "';" for s in part)
        cur = raw.cursor()
        cur.execute(f"EXECUTE BLOCK AS BEGIN\n{body}\nEND")
        cur.close()
    raw.commit()


def set_triggers_active(conn: Connection, active: bool) -> int:
    """Make every table trigger active or inactive (the database owner, SYSDBA or RDB$ADMIN only);
    returns how many were switched."""
    names = table_triggers(conn)
    conn.rollback()
    state = "ACTIVE" if active else "INACTIVE"
    _ddl_block(conn, [f'ALTER TRIGGER "{n}" {state}' for n in names])
    return len(names)


def description(conn: Connection) -> str | None:
    row = conn.exec_driver_sql("SELECT CAST(rdb$description AS VARCHAR(1000)) FROM rdb$database").first()
    conn.rollback()
    return row[0] if row and row[0] else None


def set_description(conn: Connection, text: str | None) -> None:
    if text is None:
        sql = "COMMENT ON DATABASE IS NULL"
    else:
        sql = "COMMENT ON DATABASE IS '" + text.replace("'", "''") + "'"
    conn.rollback()
    conn.exec_driver_sql(sql)
    _raw(conn).commit()


def clear_tables(conn: Connection, tables: Sequence[TableCopy]) -> None:
    """Delete every row of ``tables`` (children first) and commit: a new target starts empty."""
    for tc in reversed(tables):
        conn.exec_driver_sql(f'DELETE FROM "{tc.name}"')
    conn.commit()


def copy_table(src: Connection, dst: Connection, tc: TableCopy, *, on_page: Callable[[int], None] | None = None,
               should_stop: Callable[[], bool] | None = None) -> int:
    """Copy the rows of ``tc`` that the target does not have yet (keys after the target's last
    key), one committed page at a time; returns how many rows were written."""
    after = last_key(dst, tc)
    dst.commit()
    written = 0
    nulled = [tc.columns.index(c) for c in tc.self_refs]
    while True:
        if should_stop is not None and should_stop():
            break
        rows = read_page(src, tc, after)
        if not rows:
            break
        out = rows
        if nulled:
            out = [tuple(None if i in nulled else v for i, v in enumerate(r)) for r in rows]
        bulk.insert_rows(dst, tc.name, tc.columns, out)
        dst.commit()
        written += len(rows)
        kidx = [tc.columns.index(k) for k in tc.key]
        after = tuple(rows[-1][i] for i in kidx)
        if on_page is not None:
            on_page(len(rows))
    src.rollback()
    return written


def copy_self_refs(src: Connection, dst: Connection, tc: TableCopy) -> int:
    """Second pass: set the self-referring columns of ``tc`` as in the source (idempotent)."""
    if not tc.self_refs:
        return 0
    cond = " OR ".join(f'"{c}" IS NOT NULL' for c in tc.self_refs)
    rows = [tuple(r) for r in src.exec_driver_sql(
        f'SELECT {_cols(tc.self_refs + tc.key)} FROM "{tc.name}" WHERE {cond}')]
    src.rollback()
    if rows:
        bulk.update_rows(dst, tc.name, tc.self_refs, tc.key, rows)
        dst.commit()
    return len(rows)


def restart_identities(conn: Connection, tables: Sequence[TableCopy]) -> None:
    """Restart every identity generator past the largest id of its table.

    ``RESTART WITH n`` makes the next value n+1 on FB3 and n on FB4+; n = max + 1 is safe on both.
    """
    idents = [tc for tc in tables if tc.identity]
    if not idents:
        return
    sql = " UNION ALL ".join(
        f"SELECT CAST('{tc.name}' AS VARCHAR(63)), MAX(\"{tc.identity}\") FROM \"{tc.name}\"" for tc in idents)
    maxes: dict[str, Any] = {str(n).strip(): (m or 0) for n, m in conn.exec_driver_sql(sql)}
    conn.rollback()
    _ddl_block(conn, [f'ALTER TABLE "{tc.name}" ALTER COLUMN "{tc.identity}" RESTART WITH {int(maxes[tc.name]) + 1}'
                      for tc in idents])


def identity_next(conn: Connection, table: str, column: str = "ID") -> int:
    """The value the next insert into ``table`` would get from its identity (without taking it)."""
    gen = bulk.identity_generator(conn, table, column)
    cur = int(conn.exec_driver_sql(f'SELECT GEN_ID("{gen}", 0) FROM rdb$database').scalar_one())
    conn.rollback()
    return cur


def iter_pages(conn: Connection, tc: TableCopy) -> Iterator[list[tuple]]:
    """Every row of ``tc`` in key order, page by page (tests, tools)."""
    after = None
    while True:
        rows = read_page(conn, tc, after)
        if not rows:
            return
        yield rows
        kidx = [tc.columns.index(k) for k in tc.key]
        after = tuple(rows[-1][i] for i in kidx)
