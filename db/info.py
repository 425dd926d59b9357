"""Facts about a connected database: engine version, ODS, size, row counts (for ``info``/``check``)."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection


def engine_version(conn: Connection) -> str:
    return conn.execute(text("SELECT rdb$get_context('SYSTEM', 'ENGINE_VERSION') FROM rdb$database")).scalar_one()


def user_tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT TRIM(rdb$relation_name) FROM rdb$relations "
            "WHERE COALESCE(rdb$system_flag, 0) = 0 AND rdb$view_blr IS NULL ORDER BY 1"
        )
    )
    return [r[0] for r in rows]


def row_counts(conn: Connection, tables: list[str] | None = None) -> dict[str, int]:
    """Exact row counts, all tables in **one** statement (one round trip over a WAN)."""
    tables = tables if tables is not None else user_tables(conn)
    if not tables:
        return {}
    sql = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM \"{t}\"" for t in tables)
    return {name.strip(): int(n) for name, n in conn.execute(text(sql))}


def database_facts(conn: Connection) -> dict[str, object]:
    """Engine version, ODS, page size, pages and the wire state of this attachment, in one query."""
    row = conn.execute(
        text(
            "SELECT rdb$get_context('SYSTEM', 'ENGINE_VERSION'), m.mon$ods_major, m.mon$ods_minor, "
            "m.mon$page_size, m.mon$pages, CURRENT_USER, CURRENT_ROLE, "
            "rdb$get_context('SYSTEM', 'WIRE_ENCRYPTED'), rdb$get_context('SYSTEM', 'WIRE_COMPRESSED'), "
            "rdb$get_context('SYSTEM', 'NETWORK_PROTOCOL') "
            "FROM mon$database m"
        )
    ).one()
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
    }
