"""Facts about a connected database: engine version, ODS, size, row counts (for ``info``/``check``)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection


def engine_version(conn: Connection) -> str:
    return conn.execute(text("SELECT rdb$get_context('SYSTEM', 'ENGINE_VERSION') FROM rdb$database")).scalar_one()


USER_TABLES_SQL = (
    "SELECT CAST(TRIM(rdb$relation_name) AS VARCHAR(63)) FROM rdb$relations "
    "WHERE COALESCE(rdb$system_flag, 0) = 0 AND rdb$view_blr IS NULL ORDER BY 1"
)


def user_tables(conn: Connection) -> list[str]:
    return [r[0].strip() for r in conn.execute(text(USER_TABLES_SQL))]


def row_counts_sql(tables: list[str]) -> str:
    """Exact row counts of ``tables`` in **one** statement (one round trip over a WAN)."""
    return " UNION ALL ".join(f"SELECT CAST('{t}' AS VARCHAR(63)), COUNT(*) FROM \"{t}\"" for t in tables)


def row_counts(conn: Connection, tables: list[str] | None = None) -> dict[str, int]:
    tables = tables if tables is not None else user_tables(conn)
    if not tables:
        return {}
    rows: Any = conn.execute(text(row_counts_sql(tables)))
    return {name.strip(): int(n) for name, n in rows}


_FACTS_SELECT = (
    "SELECT rdb$get_context('SYSTEM', 'ENGINE_VERSION'), m.mon$ods_major, m.mon$ods_minor, "
    "m.mon$page_size, m.mon$pages, CURRENT_USER, CURRENT_ROLE, "
    "rdb$get_context('SYSTEM', 'WIRE_ENCRYPTED'), rdb$get_context('SYSTEM', 'WIRE_COMPRESSED'), "
    "rdb$get_context('SYSTEM', 'NETWORK_PROTOCOL'), {rev}, {role} FROM mon$database m"
)
_REV = "(SELECT FIRST 1 VERSION_NUM FROM ALEMBIC_VERSION)"
_NO_REV = "CAST(NULL AS VARCHAR(32))"
_ROLE = "(SELECT FIRST 1 CAST(ROLE_NAME AS VARCHAR(63)) FROM V_MY_ACCOUNT)"
_NO_ROLE = "CAST(NULL AS VARCHAR(63))"
#: newest schema first: the account view (0004+), the version table (0001+), nothing
FACTS_SQLS = (
    _FACTS_SELECT.format(rev=_REV, role=_ROLE),
    _FACTS_SELECT.format(rev=_REV, role=_NO_ROLE),
    _FACTS_SELECT.format(rev=_NO_REV, role=_NO_ROLE),
)


def connect_facts(reader) -> dict[str, Any]:
    """Engine version, ODS, size, user, role, wire state, schema revision and the login's CRM role
    in **one** statement on the read channel.

    Opening a card-ready connection over a WAN is dominated by round trips (bench/README.md): the
    facts and the revision travel together, and the prepared statement stays cached. A database
    without a version table (not yet migrated) gives ``revision`` None.
    """
    row = None
    for sql in FACTS_SQLS:
        try:
            row = reader.one(sql)
            break
        except Exception as exc:
            if "ALEMBIC_VERSION" not in str(exc) and "V_MY_ACCOUNT" not in str(exc):
                raise
            reader.restart()
    if row is None:
        raise RuntimeError("no facts")
    return {
        "engine_version": row[0],
        "ods": f"{row[1]}.{row[2]}",
        "page_size": row[3],
        "size_bytes": int(row[3]) * int(row[4]),
        "user": row[5].strip() if row[5] else None,
        "role": row[6].strip() if row[6] else None,
        "wire_encrypted": row[7] == "TRUE",
        "wire_compressed": row[8] == "TRUE",
        "protocol": row[9],
        "revision": row[10],
        "account_role": row[11].strip() if row[11] else None,  #: the CRM role of this login
    }


#: ``EXECUTE STATEMENT ... ON EXTERNAL`` to a port nobody listens on (issue #10): the error tells
#: whether the server would have connected out (remote provider on) or cannot (``Providers`` without
#: ``Remote``: "unavailable database", measured on FB3 3.0.11)
_OUTBOUND_PROBE = ("EXECUTE BLOCK RETURNS (X INTEGER) AS BEGIN EXECUTE STATEMENT 'SELECT 1 FROM RDB$DATABASE' "
                   "ON EXTERNAL 'inet://127.0.0.1:1/kartoteka-outbound-probe' AS USER 'PROBE' PASSWORD 'probe' "
                   "INTO :X; SUSPEND; END")
_NETWORK_ERRORS = ("335544721", "335544722", "Unable to complete network request", "Failed to establish a connection")


def outbound_connections(conn) -> bool | None:
    """Whether the server lets this database open connections elsewhere (``EXECUTE STATEMENT ... ON
    EXTERNAL``): True = it tried to connect out, False = the remote provider is off, None = the
    probe said something else. ``conn`` is a SQLAlchemy connection; nothing is written."""
    try:
        conn.exec_driver_sql(_OUTBOUND_PROBE).all()
    except Exception as exc:  # noqa: BLE001 - the error text is the answer
        message = str(exc)
        if any(s in message for s in _NETWORK_ERRORS):
            return True
        if "unavailable database" in message or "335544375" in message:
            return False
        return None
    finally:
        conn.rollback()
    return True  # something answered on port 1: the server connected out


#: the database comment that marks a database whose ``init`` has not finished (issue #10): set
#: right after CREATE DATABASE, removed after the last revision and the reference data
INIT_MARK = "Kartoteka: init in progress"
MARK_SQL = ("SELECT CAST(SUBSTRING(RDB$DESCRIPTION FROM 1 FOR 60) AS VARCHAR(60) CHARACTER SET UTF8) "
             "FROM RDB$DATABASE")


def set_init_mark(conn: Connection, on: bool) -> None:
    """Mark (or unmark) the database as being created; DDL, so the caller's owner login commits."""
    conn.execute(text(f"COMMENT ON DATABASE IS '{INIT_MARK}'" if on else "COMMENT ON DATABASE IS NULL"))


def init_marked(conn: Connection) -> bool:
    """Whether an ``init`` started on this database and never finished (see :data:`INIT_MARK`)."""
    return conn.execute(text(MARK_SQL)).scalar() == INIT_MARK

