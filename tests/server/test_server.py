"""The same foundation on a real Firebird 3 server over TCP: create, migrate, connect, wire, failures,
and a schema identical to the embedded one."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import inspect

from app import database
from app.context import AppContext, spec_from
from app.errors import ConnectionFailed
from db import migrate

pytestmark = pytest.mark.server


def test_server_database_at_head_encrypted(server_db):
    with AppContext(server_db) as ctx:
        assert ctx.info.engine_version.startswith("3.0")
        assert ctx.info.mode == "lan"
        assert ctx.info.wire_encrypted and not ctx.info.wire_compressed
        assert ctx.info.schema_revision == migrate.head_revision()
        assert database.check_database(ctx).ok
        assert "Server 127.0.0.1/" in ctx.info.describe()


def test_wan_profile_turns_on_compression(fb_server, server_db):
    spec = spec_from(str(server_db.target), "SYSDBA", fb_server.password, wan=True)
    with AppContext(spec) as ctx:
        assert ctx.info.mode == "wan"
        assert ctx.info.wire_encrypted and ctx.info.wire_compressed


def test_create_by_alias(fb_server):
    spec = spec_from(fb_server.dsn("crm_test"), "SYSDBA", fb_server.password)
    database.create_database(spec, force=True)
    with AppContext(spec) as ctx:
        assert ctx.info.target.endswith(":crm_test")
        assert database.database_info(ctx).row_counts["FUNNELS"] == 1


def _schema(spec) -> dict:
    """Tables → columns (name, type, nullable, default), indexes, FKs, PK, uniques, checks."""
    with AppContext(spec) as ctx, ctx.engine.connect() as conn:
        insp = inspect(conn)
        out = {}
        for t in sorted(insp.get_table_names()):
            out[t] = {
                "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default"))) for c in insp.get_columns(t)],
                "pk": insp.get_pk_constraint(t),
                "fks": sorted((f["name"], tuple(f["constrained_columns"]), f["referred_table"]) for f in insp.get_foreign_keys(t)),
                "indexes": sorted((i["name"], tuple(i["column_names"]), i["unique"]) for i in insp.get_indexes(t)),
                "uniques": sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(t)),
                "checks": sorted((c["name"], c["sqltext"]) for c in insp.get_check_constraints(t)),
            }
        conn.rollback()
        return out


def test_schema_identical_on_embedded_and_server(embedded_db, server_db):
    emb, srv = _schema(embedded_db), _schema(server_db)
    assert sorted(emb) == sorted(srv)
    for table in emb:
        assert emb[table] == srv[table], table


def test_wrong_password_message(fb_server, server_db):
    spec = spec_from(str(server_db.target), "SYSDBA", "not-the-password")
    with pytest.raises(ConnectionFailed) as exc:
        AppContext(spec)
    assert exc.value.kind == "auth"
    assert str(exc.value).startswith("Wrong user name or password")


def test_unknown_user_gets_the_same_message(fb_server, server_db):
    spec = spec_from(str(server_db.target), "NOBODY", "whatever")
    with pytest.raises(ConnectionFailed, match="Wrong user name or password"):
        AppContext(spec)


def test_server_down_message(fb_server):
    from tests.fbserver import free_port

    spec = spec_from(f"127.0.0.1/{free_port()}:crm", "SYSDBA", "x")
    with pytest.raises(ConnectionFailed) as exc:
        AppContext(spec)
    assert exc.value.kind == "unreachable"
    assert "does not answer" in str(exc.value)


def test_unknown_alias_message(fb_server):
    spec = spec_from(fb_server.dsn("no_such_alias"), "SYSDBA", fb_server.password)
    with pytest.raises(ConnectionFailed) as exc:
        AppContext(spec)
    assert exc.value.kind == "no_database"
    assert "There is no database at" in str(exc.value)


def _cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
                          timeout=120)


def test_cli_info_and_check_on_server(fb_server, server_db):
    res = _cli("info", "--db", str(server_db.target), "--user", "sysdba", "--password-stdin",
               stdin=fb_server.password + "\n")
    assert res.returncode == 0, res.stderr
    assert "Firebird 3.0" in res.stdout and "CLIENTS" in res.stdout and "encrypted" in res.stdout
    res = _cli("check", "--db", str(server_db.target), "--password-stdin", stdin=fb_server.password + "\n")
    assert res.returncode == 0, res.stderr
    assert "current" in res.stdout


def test_cli_connection_failure_is_one_line(fb_server, server_db):
    res = _cli("info", "--db", str(server_db.target), "--password-stdin", stdin="wrong\n")
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0
    assert "Wrong user name or password" in res.stderr
    assert "Traceback" not in res.stderr
