"""Every database identifier fits Firebird 3 (31 characters) and never needs case-sensitive quoting.

Firebird 3 limits identifiers to 31 characters (FB4+ allows 63; SQL must run on FB3). Sources:

* ``db.models.metadata``: table, column, constraint and index names after the naming convention
  (``db/naming.py``) has resolved them, plus the DDL SQLAlchemy actually compiles for Firebird;
* server objects of the migrations: the triggers, procedures and exceptions a revision creates
  (``TRACKED``/``EVENTS``/``TRIGGERS``/``PROCEDURES``/``EXCEPTIONS`` in ``db/migrations/versions``,
  names built with ``db.server_objects``);
* every ``db/sql/**/*.sql`` object (``CREATE OR ALTER TRIGGER|PROCEDURE|EXCEPTION|VIEW name``).

Column names must also not be Firebird reserved words: SQLAlchemy would quote them, and a quoted
lower-case name is a different, case-sensitive identifier in Firebird (isql users and reports could
then not write ``SELECT position FROM ...``).
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlalchemy_firebird import fb_info30, fb_info40

from db import migrate
from db import server_objects as so
from db.fdb_dialect import FBDialect_fdb
from db.models import metadata
from db.naming import MAX_IDENT

FB3_MAX = 31
#: An identifier that needs no quotes: a letter, then letters, digits, ``_`` or ``$`` (any case).
PLAIN_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_$]*$")
RESERVED = {w.upper() for w in (*fb_info30.RESERVED_WORDS, *fb_info40.RESERVED_WORDS)}
SQL_OBJECT = re.compile(
    r"\bCREATE\s+OR\s+ALTER\s+(TRIGGER|PROCEDURE|EXCEPTION|VIEW)\s+(\"[^\"]+\"|[^\s(]+)",
    re.IGNORECASE,
)

VERSIONS_DIR = migrate.MIGRATIONS_DIR / "versions"
SQL_DIR = so.SQL_DIR


def _too_long(names: dict[str, str]) -> list[str]:
    """``where: NAME (n chars)`` for every name longer than Firebird 3 allows."""
    return [f"{where}: {name} ({len(name)} chars)" for where, name in sorted(names.items()) if len(name) > FB3_MAX]


def _not_plain(names: dict[str, str]) -> list[str]:
    return [f"{where}: {name!r}" for where, name in sorted(names.items()) if not PLAIN_IDENT.match(name)]


def _revision_modules() -> list[ModuleType]:
    mods = []
    for path in sorted(VERSIONS_DIR.glob("[0-9]*.py")):
        spec = importlib.util.spec_from_file_location(f"_kartoteka_rev_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def _fb3_dialect() -> FBDialect_fdb:
    dialect = FBDialect_fdb()
    dialect.server_version_info = (3, 0, 11)  # compile as for the oldest server we support
    return dialect


# --- models -------------------------------------------------------------------------------------


def test_naming_limit_is_firebird_3s() -> None:
    assert MAX_IDENT == FB3_MAX


def test_table_and_column_names_fit() -> None:
    names: dict[str, str] = {}
    for table in metadata.tables.values():
        names[f"table {table.name}"] = table.name
        for col in table.columns:
            names[f"column {table.name}.{col.name}"] = col.name
    assert names
    assert not _too_long(names), "\n".join(_too_long(names))
    assert not _not_plain(names), "names that would need quoting:\n" + "\n".join(_not_plain(names))


def test_constraint_and_index_names_fit() -> None:
    names: dict[str, str] = {}
    unnamed: list[str] = []
    for table in metadata.tables.values():
        for cons in table.constraints:
            kind = type(cons).__name__
            if not isinstance(cons.name, str) or not cons.name:
                # The naming convention names every constraint; an unnamed one would get a
                # server-generated INTEG_nn name that migrations could not refer to.
                unnamed.append(f"{kind} on {table.name} ({', '.join(c.name for c in cons.columns)})")
                continue
            names[f"{kind} {table.name}.{cons.name}"] = str(cons.name)
        for index in table.indexes:
            if not isinstance(index.name, str) or not index.name:
                unnamed.append(f"Index on {table.name}")
                continue
            names[f"Index {table.name}.{index.name}"] = str(index.name)
    assert not unnamed, "constraints without a name:\n" + "\n".join(unnamed)
    # db.naming.fit() upper-cases every name it makes, so a lower-case name is one the convention
    # never touched. (SQLAlchemy converts an *explicit* name, e.g. CheckConstraint(..., name="kind"),
    # only when the convention's template text contains "constraint_name".) Such a name reaches the
    # DDL as it is, and since Firebird constraint names are global, "kind" on two tables collides.
    raw = [f"{where} (expected CK_/UQ_/... from db.naming)" for where, n in sorted(names.items()) if n != n.upper()]
    assert not raw, "constraint names the naming convention did not resolve:\n" + "\n".join(raw)
    assert any(n.startswith("PK_") for n in names.values())
    assert not _too_long(names), "\n".join(_too_long(names))
    assert not _not_plain(names), "names that would need quoting:\n" + "\n".join(_not_plain(names))
    dupes = sorted({n for n in names.values() if list(names.values()).count(n) > 1})
    assert not dupes, f"constraint/index names must be unique in the database: {dupes}"


def test_compiled_ddl_names_fit() -> None:
    """The DDL SQLAlchemy sends (what ``0001`` was generated from) names nothing over 31 characters."""
    dialect = _fb3_dialect()
    names: dict[str, str] = {}
    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        for i, m in enumerate(re.finditer(r"\bCONSTRAINT\s+(\"[^\"]+\"|\S+)", ddl)):
            names[f"{table.name} constraint #{i}"] = m.group(1).strip('"')
        for index in table.indexes:
            ddl_ix = str(CreateIndex(index).compile(dialect=dialect))
            m = re.search(r"\bINDEX\s+(\"[^\"]+\"|\S+)\s+ON\b", ddl_ix)
            assert m, ddl_ix
            names[f"{table.name} index {index.name}"] = m.group(1).strip('"')
    assert names
    assert not _too_long(names), "\n".join(_too_long(names))


def test_column_names_are_not_reserved_words() -> None:
    bad = sorted(
        f"{table.name}.{col.name}"
        for table in metadata.tables.values()
        for col in table.columns
        if col.name.upper() in RESERVED
    )
    assert not bad, f"column names that are Firebird reserved words (would be quoted case-sensitively): {bad}"


def test_column_names_need_no_quotes() -> None:
    """Lower-case plain names compile unquoted, so the database stores them upper-case."""
    preparer = _fb3_dialect().identifier_preparer
    quoted = sorted(
        f"{table.name}.{col.name}"
        for table in metadata.tables.values()
        for col in table.columns
        if preparer.quote(col.name) != col.name
    )
    assert not quoted, f"column names SQLAlchemy would quote: {quoted}"


# --- server objects created by migrations ---------------------------------------------------------


def _migration_object_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for mod in _revision_modules():
        rev = getattr(mod, "revision", mod.__name__)
        for table in getattr(mod, "TRACKED", ()):
            names[f"{rev} tracked trigger of {table}"] = so.tracked_trigger(table)[0]
        for table, event in getattr(mod, "EVENTS", {}).items():
            names[f"{rev} event trigger of {table}"] = so.event_trigger(table, event)[0]
            # Event names travel in POST_EVENT strings (max 127 bytes), not identifiers; keep them short anyway.
            assert len(event) <= FB3_MAX, f"{rev}: event name {event!r} is longer than {FB3_MAX}"
        for kind in ("TRIGGERS", "PROCEDURES", "EXCEPTIONS"):
            for name in getattr(mod, kind, ()):
                names[f"{rev} {kind[:-1].lower()} {name}"] = name
    return names


def test_migration_server_object_names_fit() -> None:
    names = _migration_object_names()
    assert any("tracked trigger" in k for k in names), "no revision defines TRACKED: did 0002 move?"
    assert not _too_long(names), "\n".join(_too_long(names))
    assert not _not_plain(names), "\n".join(_not_plain(names))
    values = list(names.values())
    dupes = sorted({n for n in values if values.count(n) > 1})
    assert not dupes, f"two server objects share a name: {dupes}"


def test_tracked_trigger_sql_uses_the_checked_name() -> None:
    """The generated trigger text creates exactly the name the test above measured."""
    name, sql = so.tracked_trigger("CUSTOM_FIELD_VALUES")
    m = SQL_OBJECT.search(sql)
    assert m and m.group(2) == name and len(name) <= FB3_MAX
    name, sql = so.event_trigger("CUSTOM_FIELD_VALUES", "client_changed")
    m = SQL_OBJECT.search(sql)
    assert m and m.group(2) == name and len(name) <= FB3_MAX


def _sql_files() -> list[Path]:
    return sorted(p for p in SQL_DIR.rglob("*.sql") if p.parent.name != "templates")


@pytest.mark.parametrize("path", _sql_files(), ids=lambda p: str(p.relative_to(SQL_DIR)))
def test_sql_file_object_names_fit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = SQL_OBJECT.findall(text)
    if path.parent.name in ("triggers", "procedures", "exceptions", "views"):
        assert found, f"{path.name}: no CREATE OR ALTER TRIGGER|PROCEDURE|EXCEPTION|VIEW statement found"
    for kind, name in found:
        bare = name.strip('"')
        assert len(bare) <= FB3_MAX, f"{path.name}: {kind} {bare} has {len(bare)} chars (Firebird 3 allows {FB3_MAX})"
        assert PLAIN_IDENT.match(bare) and not name.startswith('"'), f"{path.name}: {kind} {name} needs quotes"
