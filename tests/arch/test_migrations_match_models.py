"""The migrations build exactly the schema ``db.models`` describes, and they run down and up again.

On a fresh embedded database migrated to head, Alembic's ``compare_metadata`` must find nothing to
do. Two kinds of difference are Firebird *spelling*, not schema, and are normalised or filtered
(each with its reason below); anything else, such as a missing table, column or index or a changed
type, nullability or default value, fails the test. ``test_comparison_sees_real_drift`` proves that.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.schema import CreateColumn

from app.context import AppContext, spec_from
from app.database import create_database
from db import migrate
from db.models import metadata

VERSION_TABLE = migrate.VERSION_TABLE


# --- helpers --------------------------------------------------------------------------------------


def _as_reflected(md: MetaData, dialect: Dialect) -> MetaData:
    """A copy of ``md`` with every table, constraint and index name spelt as reflection returns it.

    The models name tables and constraints in upper case (``CLIENTS``, ``PK_CLIENTS``). To SQLAlchemy
    an upper-case name is a quoted, case-sensitive identifier, while the Firebird dialect reflects the
    stored ``CLIENTS`` as the case-insensitive ``clients``. In Firebird both are the same object
    (``"CLIENTS"`` = ``CLIENTS``), but Alembic compares the strings and would report every table as
    dropped and re-added. Column names are already lower case in the models and need nothing.
    """

    def norm(name: str) -> str:
        return dialect.normalize_name(dialect.denormalize_name(name))

    out = MetaData(naming_convention=md.naming_convention)  # index=True columns are re-named on copy
    for table in md.sorted_tables:
        copy = table.to_metadata(out, name=norm(table.name))
        for fk in copy.foreign_keys:
            _retarget(fk, norm)
        for cons in copy.constraints:
            if isinstance(cons.name, str):
                cons.name = norm(str(cons.name))
        for index in copy.indexes:
            if isinstance(index.name, str):
                index.name = norm(index.name)
    for table in out.tables.values():
        for fk in table.foreign_keys:
            assert fk.column is not None  # every copied foreign key resolves to a copied table
    return out


def _retarget(fk: Any, norm: Any) -> None:
    """Point a copied ForeignKey (still naming e.g. ``CLIENTS.id``) at the renamed table."""
    tokens = getattr(fk, "_given_tokens", None)
    if tokens is not None:  # SQLAlchemy 2.1: target kept as (schema, table, column) tokens
        fk._given_tokens = tokens._replace(table_name=norm(tokens.table_name))
    else:  # SQLAlchemy 2.0: target kept as a dotted string
        table_name, column = str(fk._colspec).rsplit(".", 1)
        fk._colspec = f"{norm(table_name)}.{column}"


def _default_text(default: Any) -> str | None:
    if default is None:
        return None
    arg = getattr(default, "arg", default)
    return str(getattr(arg, "text", arg))


def _unquote(sql: str | None) -> str | None:
    if sql is None:
        return None
    sql = sql.strip()
    if len(sql) >= 2 and sql[0] == sql[-1] == "'":
        sql = sql[1:-1].replace("''", "'")
    return sql.upper()


def _is_spelling_only(diff: tuple) -> bool:
    """True for a ``modify_default`` that changes how the default is written, not its value.

    Firebird reflects a default as it was declared (``'0'``), the model may say ``server_default="0"``,
    and Alembic's comparison of the two texts is not value-aware for numeric columns: both mean 0.
    The values are compared after removing one level of SQL quoting, so ``'1'`` vs ``2`` still fails.
    """
    if diff[0] != "modify_default":
        return False
    db_default, model_default = diff[5], diff[6]
    return _unquote(_default_text(db_default)) == _unquote(_default_text(model_default))


def _differences(conn: Connection) -> list[Any]:
    def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
        return not (type_ == "table" and name is not None and name.lower() == VERSION_TABLE.lower())

    ctx = MigrationContext.configure(
        conn,
        opts={
            "version_table": VERSION_TABLE,
            "compare_type": True,
            "compare_server_default": True,
            "include_name": include_name,
        },
    )
    diffs = compare_metadata(ctx, _as_reflected(metadata, conn.dialect))
    remaining: list[Any] = []
    for diff in diffs:
        if isinstance(diff, list):  # column modifications come grouped per column
            kept = [d for d in diff if not _is_spelling_only(d)]
            if kept:
                remaining.append(kept)
        else:
            remaining.append(diff)
    return remaining


def _describe(diffs: list[Any]) -> str:
    """One line per difference: ``add_column: products.group_name``, ``modify_default: t.c ('1' -> '2')``."""
    lines = []
    for diff in diffs:
        for d in diff if isinstance(diff, list) else [diff]:
            op = d[0]
            if op.startswith("modify_"):
                old, new = _default_text(d[5]) if op == "modify_default" else d[5], d[6]
                new = _default_text(new) if op == "modify_default" else new
                lines.append(f"{op}: {d[2]}.{d[3]} ({old!r} in the database, {new!r} in the models)")
            elif op in ("add_column", "remove_column"):
                lines.append(f"{op}: {d[2]}.{d[3].name}")
            else:
                target = d[1]
                table = getattr(getattr(target, "table", None), "name", None)
                name = getattr(target, "name", None) or repr(target)
                lines.append(f"{op}: {name}" + (f" on {table}" if table and table != name else ""))
    return "\n".join(lines)


def _server_objects(conn: Connection) -> dict[str, set[str]]:
    """Non-system triggers, procedures and exceptions (what 0002 creates)."""
    queries = {
        "triggers": "SELECT TRIM(rdb$trigger_name) FROM rdb$triggers WHERE COALESCE(rdb$system_flag, 0) = 0",
        "procedures": "SELECT TRIM(rdb$procedure_name) FROM rdb$procedures WHERE COALESCE(rdb$system_flag, 0) = 0",
        "exceptions": "SELECT TRIM(rdb$exception_name) FROM rdb$exceptions WHERE COALESCE(rdb$system_flag, 0) = 0",
    }
    return {kind: {r[0] for r in conn.execute(text(sql))} for kind, sql in queries.items()}


def _user_tables(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT TRIM(rdb$relation_name) FROM rdb$relations WHERE COALESCE(rdb$system_flag, 0) = 0")
    )
    return {r[0] for r in rows}


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("migrations") / "m.fdb"
    create_database(spec_from(str(path)))
    yield path


# --- tests ----------------------------------------------------------------------------------------


def test_head_matches_models(migrated_db: Path) -> None:
    with AppContext(spec_from(str(migrated_db))) as ctx, ctx.engine.connect() as conn:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        diffs = _differences(conn)
        conn.rollback()
    assert not diffs, "the migrated schema differs from db.models:\n" + _describe(diffs)


def test_server_defaults_are_what_the_models_compile_to(migrated_db: Path) -> None:
    """Alembic ignores quoting when it compares defaults, so compare the DDL text itself.

    ``server_default="'OWN'"`` compiles to ``DEFAULT '''OWN'''`` (a value with the quotes in it),
    which is not what a migration written as ``server_default='OWN'`` stored.
    """
    with AppContext(spec_from(str(migrated_db))) as ctx, ctx.engine.connect() as conn:
        dialect = conn.dialect
        stored = {
            (r[0], r[1]): re.sub(r"^DEFAULT\s+", "", r[2].strip(), flags=re.IGNORECASE)
            for r in conn.execute(
                text(
                    "SELECT TRIM(rf.rdb$relation_name), TRIM(rf.rdb$field_name), "
                    "CAST(COALESCE(rf.rdb$default_source, f.rdb$default_source) AS VARCHAR(1000)) "
                    "FROM rdb$relation_fields rf JOIN rdb$fields f ON f.rdb$field_name = rf.rdb$field_source "
                    "WHERE COALESCE(rf.rdb$system_flag, 0) = 0 "
                    "AND COALESCE(rf.rdb$default_source, f.rdb$default_source) IS NOT NULL"
                )
            )
        }
        conn.rollback()
    problems = []
    for table in metadata.sorted_tables:
        for col in table.columns:
            if col.server_default is None or col.identity is not None:
                continue
            ddl = str(CreateColumn(col).compile(dialect=dialect))
            m = re.search(r"\bDEFAULT\s+(.+?)(?:\s+NOT NULL)?\s*$", ddl)
            assert m, ddl
            key = (table.name.upper(), col.name.upper())
            have = stored.get(key)
            if have is None or have.upper() != m.group(1).strip().upper():
                problems.append(f"{table.name}.{col.name}: models compile DEFAULT {m.group(1)}, database has {have}")
    assert not problems, "\n".join(problems)


def test_downgrade_to_base_and_upgrade_again(migrated_db: Path) -> None:
    with AppContext(spec_from(str(migrated_db)), check_schema=False) as ctx:
        with ctx.engine.connect() as conn:
            before = _server_objects(conn)
            conn.rollback()
        assert before["triggers"] and before["procedures"] and before["exceptions"]

        ctx.reader.restart()  # its prepared statements hold the views being dropped
        migrate.downgrade(ctx.engine, "base")
        assert migrate.current_revision(ctx.engine) is None
        with ctx.engine.connect() as conn:
            left = _user_tables(conn) - {VERSION_TABLE.upper()}
            objects = _server_objects(conn)
            conn.rollback()
        assert not left, f"tables left after downgrade to base: {sorted(left)}"
        assert not any(objects.values()), f"server objects left after downgrade to base: {objects}"

        migrate.upgrade(ctx.engine)
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        with ctx.engine.connect() as conn:
            after = _server_objects(conn)
            diffs = _differences(conn)
            conn.rollback()
    assert after == before
    assert not diffs, "schema after down/up differs from db.models:\n" + _describe(diffs)


def test_comparison_sees_real_drift(tmp_path: Path) -> None:
    """The filters above hide spelling only: a dropped index, column or table is still reported."""
    path = tmp_path / "drift.fdb"
    create_database(spec_from(str(path)))
    with AppContext(spec_from(str(path)), check_schema=False) as ctx, ctx.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for ddl in (
            "DROP INDEX IX_AUDIT_LOG_LOGGED_AT",
            "DROP VIEW V_PRODUCTS",  # visibility views (0004) depend on every column
            "ALTER TABLE PRODUCTS DROP GROUP_NAME",
            "ALTER TABLE KPI_INDICATORS ALTER COLUMN WEIGHT SET DEFAULT 2",
            "DROP PROCEDURE SP_SEARCH_CLIENTS",  # reads SEARCH_KEYS (0012)
            "DROP TRIGGER TRG_CLIENTS_SEARCH_ORDER",  # writes SEARCH_KEYS (0012)
            "DROP VIEW V_SEARCH_KEYS",
            "DROP TABLE SEARCH_KEYS",
        ):
            conn.exec_driver_sql(ddl)
            raw.commit()
        text_ = _describe(_differences(conn))
        conn.rollback()
    assert "add_index: ix_audit_log_logged_at" in text_, text_
    assert "add_column" in text_ and "group_name" in text_, text_
    assert "modify_default: kpi_indicators.weight" in text_, text_
    assert "add_table: search_keys" in text_, text_
