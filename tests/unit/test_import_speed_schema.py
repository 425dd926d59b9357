"""Revision 0014 (issue #11, import speed) on the embedded Firebird 5 engine: the indexes it drops
were all maintained twice (each has an equal or longer copy left), the guards it rewrites still
refuse a manager, and it goes down and up again."""
from __future__ import annotations

import importlib

import fdb
import pytest

from app import clients, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from db import migrate

M = importlib.import_module("db.migrations.versions.0014_import_speed")
USER_EXCEPTION = 335544517  # EX_DENIED
FK_VIOLATION = 335544466


def _indexes(ctx) -> dict[str, tuple[str, tuple[str, ...]]]:
    """index name -> (table, its columns in order)"""
    rows = ctx.reader.query(
        "SELECT TRIM(i.RDB$INDEX_NAME), TRIM(i.RDB$RELATION_NAME), TRIM(s.RDB$FIELD_NAME) FROM RDB$INDICES i "
        "JOIN RDB$INDEX_SEGMENTS s ON s.RDB$INDEX_NAME = i.RDB$INDEX_NAME "
        "WHERE COALESCE(i.RDB$SYSTEM_FLAG, 0) = 0 AND COALESCE(i.RDB$INDEX_TYPE, 0) = 0 "
        "ORDER BY i.RDB$INDEX_NAME, s.RDB$FIELD_POSITION")
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, table, col in rows:
        t, cols = out.get(name, (table, ()))
        out[name] = (t, cols + (col,))
    return out


def _guard_source(ctx, table: str) -> str:
    return ctx.reader.one("SELECT RDB$TRIGGER_SOURCE FROM RDB$TRIGGERS WHERE RDB$TRIGGER_NAME = ?",
                          (f"TRG_{table}_GUARD",))[0]


def test_every_dropped_index_has_an_equal_or_longer_copy(embedded_db):
    with AppContext(embedded_db) as ctx:
        left = _indexes(ctx)
    for name, table, cols in M.INDEXES:
        assert name not in left
        want = tuple(c.upper() for c in cols)
        copies = [n for n, (t, c) in left.items() if t == table and c[:len(want)] == want]
        assert copies, f"{name} ({table} {want}) has no copy left"


def test_the_guards_answer_administrators_first_and_keep_the_rule(embedded_db):
    rules = importlib.import_module("db.migrations.versions.0004_visibility_and_roles").ENTITIES
    with AppContext(embedded_db) as ctx:
        for table in M.GUARDED:
            src = _guard_source(ctx, table)
            first = src.split("BEGIN", 1)[1].strip().splitlines()[0]
            assert first == "IF (CURRENT_USER = 'SYSDBA' OR CURRENT_ROLE = 'RDB$ADMIN') THEN EXIT;"
            assert f"IF (NOT ({rules[table][0].format(r='NEW')})) THEN" in src


def test_a_manager_is_still_refused_and_an_administrator_still_needs_the_client(embedded_db):
    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        for login in ("MGR1", "MGR2"):
            users.add_user(ctx, login, "CRM_MANAGER", None, department="Sales")
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        theirs = clients.save_client(ctx, ClientDraft(name="Theirs", responsible_id=uid["MGR2"])).id
    with AppContext(spec_from(path, "MGR1"), guard=False) as ctx, ctx.engine.connect() as conn:
        for sql in (f"INSERT INTO V_PHONES (CLIENT_ID, PHONE, PHONE_KEY) VALUES ({theirs}, '+7 1', '71')",
                    f"INSERT INTO V_SEARCH_KEYS (CLIENT_ID, KIND, SKEY) VALUES ({theirs}, 'N', 'X')",
                    f"INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES ('X', 'X', {uid['MGR2']})"):
            with pytest.raises(Exception) as exc:
                conn.exec_driver_sql(sql)
            conn.rollback()
            assert isinstance(exc.value.orig, fdb.DatabaseError) and exc.value.orig.args[2] == USER_EXCEPTION
    with AppContext(embedded_db) as ctx, ctx.engine.connect() as conn:  # SYSDBA: through, but not onto nothing
        conn.exec_driver_sql(f"INSERT INTO PHONES (CLIENT_ID, PHONE, PHONE_KEY) VALUES ({theirs}, '+7 1', '71')")
        with pytest.raises(Exception) as exc:
            conn.exec_driver_sql("INSERT INTO PHONES (CLIENT_ID, PHONE, PHONE_KEY) VALUES (987654, '+7 2', '72')")
        conn.rollback()
        assert exc.value.orig.args[2] == FK_VIOLATION


def test_down_to_the_previous_revision_and_up_again(embedded_db):
    with AppContext(embedded_db) as ctx:
        migrate.downgrade(ctx.engine, "0016")  # the revision before 0014 in the chain
    with AppContext(embedded_db, check_schema=False) as ctx:
        assert migrate.current_revision(ctx.engine) == "0016"
        back = _indexes(ctx)
        assert all(name in back for name, _t, _c in M.INDEXES)
        assert "RDB$ADMIN" not in _guard_source(ctx, "SEARCH_KEYS")
        migrate.upgrade(ctx.engine)
    with AppContext(embedded_db) as ctx:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        assert not any(name in _indexes(ctx) for name, _t, _c in M.INDEXES)
        assert "RDB$ADMIN" in _guard_source(ctx, "SEARCH_KEYS")
