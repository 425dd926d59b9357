"""Security as an attacker would test it (issue #4): a manager's login used from plain fdb, not the app.

Set-up (as SYSDBA, through the app): users MGR1 and MGR2 (managers, department Sales), HEAD1 (head
of Sales), MGR3 (manager, department Export), ADMIN1 (CRM administrator), RO1 (read-only); one
client per manager. Then every attempt below connects with the attacker's own login and password
straight to the server port and must fail with a Firebird permission error or our EX_DENIED.
"""
from __future__ import annotations

import fdb
import pytest

from app import clients, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from app.errors import NotAllowed
from db import fbclient
from db.models import metadata

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
NO_PRIV = 335544352  # isc_no_priv: "no permission for ... access to ..."
USER_EXCEPTION = 335544517  # a PSQL exception (our EX_DENIED)


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    """A server database with users, roles and one client per manager."""
    import shutil

    path = fb_server.data_dir / "security.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    ids = {}
    with AppContext(admin) as ctx:
        for login, role, dept in (("MGR1", "CRM_MANAGER", "Sales"), ("MGR2", "CRM_MANAGER", "Sales"),
                                  ("HEAD1", "CRM_HEAD", "Sales"), ("MGR3", "CRM_MANAGER", "Export"),
                                  ("ADMIN1", "CRM_ADMIN", "Sales"), ("RO1", "CRM_READONLY", "Sales")):
            users.add_user(ctx, login, role, PASSWORD, department=dept, full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        for mgr in ("MGR1", "MGR2", "MGR3"):
            ids[mgr] = clients.save_client(ctx, ClientDraft(name=f"Client of {mgr}", responsible_id=uid[mgr])).id
    return {"path": path, "dsn": fb_server.dsn(path), "clients": ids, "uid": uid, "admin": admin}


def _connect(world, login, role=None):
    """Plain fdb, as any Firebird tool would connect (the bundled client library)."""
    fbclient.load()
    return fdb.connect(dsn=world["dsn"], user=login, password=PASSWORD, role=role, charset="UTF8")


def _fails_with(con, sql, params=(), codes=(NO_PRIV,), text=None):
    cur = con.cursor()
    with pytest.raises(fdb.DatabaseError) as exc:
        cur.execute(sql, params)
        if sql.lstrip().upper().startswith("SELECT"):
            cur.fetchall()
    con.rollback()
    assert exc.value.args[2] in codes, exc.value.args
    if text:
        assert text in exc.value.args[0], exc.value.args[0]
    return exc.value


def _rows(con, sql, params=()):
    cur = con.cursor()
    cur.execute(sql, params)
    rows = cur.fetchall()
    con.rollback()
    return rows


def test_manager_cannot_select_any_base_table(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    for table in sorted(metadata.tables):
        _fails_with(con, f'SELECT FIRST 1 * FROM "{table}"', text=f"TABLE {table}")
    con.close()


def test_manager_sees_only_own_clients_through_the_views(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    names = {r[0] for r in _rows(con, "SELECT NAME FROM V_CLIENTS")}
    assert names == {"Client of MGR1"}
    assert _rows(con, "SELECT NAME FROM V_CLIENTS WHERE ID = ?", (world["clients"]["MGR2"],)) == []
    assert _rows(con, "SELECT COUNT(*) FROM V_SEARCH_KEYS WHERE CLIENT_ID = ?", (world["clients"]["MGR2"],)) == [(0,)]
    con.close()


def test_manager_cannot_change_or_delete_someone_elses_client(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    cur = con.cursor()
    cur.execute("UPDATE V_CLIENTS SET CITY = 'x' WHERE ID = ?", (world["clients"]["MGR2"],))
    assert cur.rowcount == 0  # invisible rows cannot be targeted
    con.rollback()
    _fails_with(con, "DELETE FROM V_CLIENTS WHERE ID = ?", (world["clients"]["MGR1"],))  # managers archive
    con.close()


def test_manager_cannot_reassign_a_client_to_escape_the_rule(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    _fails_with(con, "UPDATE V_CLIENTS SET RESPONSIBLE_ID = ? WHERE ID = ?",
                (world["uid"]["MGR2"], world["clients"]["MGR1"]), codes=(USER_EXCEPTION,), text="EX_DENIED")
    _fails_with(con, "INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES ('X', 'X', ?)",
                (world["uid"]["MGR2"],), codes=(USER_EXCEPTION,), text="EX_DENIED")
    _fails_with(con, "INSERT INTO V_PHONES (CLIENT_ID, PHONE, PHONE_KEY) VALUES (?, '1', '1')",
                (world["clients"]["MGR2"],), codes=(USER_EXCEPTION,), text="EX_DENIED")
    con.close()


def test_manager_cannot_touch_the_audit_trail(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    _fails_with(con, "DELETE FROM AUDIT_LOG")
    _fails_with(con, "DELETE FROM V_AUDIT_LOG")
    _fails_with(con, "UPDATE V_AUDIT_LOG SET USER_NAME = 'NOBODY'")
    _fails_with(con, "INSERT INTO V_AUDIT_LOG (USER_NAME, ACTION) VALUES ('X', 'I')")
    # the one way in is the validating procedure
    _fails_with(con, "EXECUTE PROCEDURE SP_LOG_EVENT('D', 'forged')", codes=(USER_EXCEPTION,), text="EX_DENIED")
    con.close()


def test_manager_cannot_grant_himself_a_role(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    cur = con.cursor()
    with pytest.raises(fdb.DatabaseError) as exc:
        cur.execute("GRANT CRM_ADMIN TO USER MGR1")
        con.commit()
    con.rollback()
    # FB3: "GRANT failed - user MGR1 is not a member of SQL role CRM_ADMIN" (no ADMIN OPTION)
    assert any(w in exc.value.args[0].lower() for w in ("permission", "privilege", "admin option", "not a member")), exc.value.args
    con.close()
    again = _connect(world, "MGR1", "CRM_ADMIN")  # asking for a role not granted silently gives NONE
    assert _rows(again, "SELECT CURRENT_ROLE FROM RDB$DATABASE")[0][0].strip() == "NONE"
    _fails_with(again, "SELECT COUNT(*) FROM V_CLIENTS")
    again.close()


def test_manager_cannot_create_a_user_or_objects(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    cur = con.cursor()
    for sql in ("CREATE USER EVIL PASSWORD 'evil-evil'", "CREATE TABLE EVIL (X INTEGER)",
                "DROP VIEW V_CLIENTS", "GRANT SELECT ON V_CLIENTS TO USER MGR2"):
        with pytest.raises(fdb.DatabaseError):
            cur.execute(sql)
            con.commit()
        con.rollback()
    _fails_with(con, "EXECUTE PROCEDURE SP_REFRESH_CLIENT_STATS(1)")
    con.close()


def test_head_sees_the_department_admin_sees_all_readonly_cannot_write(world):
    head = _connect(world, "HEAD1", "CRM_HEAD")
    assert {r[0] for r in _rows(head, "SELECT NAME FROM V_CLIENTS")} == {"Client of MGR1", "Client of MGR2"}
    head.close()
    admin = _connect(world, "ADMIN1", "CRM_ADMIN")
    assert len(_rows(admin, "SELECT NAME FROM V_CLIENTS")) == 3
    admin.close()
    ro = _connect(world, "RO1", "CRM_READONLY")
    _fails_with(ro, "UPDATE V_CLIENTS SET CITY = 'x'")
    ro.close()


def test_the_app_shows_the_same_and_says_why(world):
    spec = spec_from(world["dsn"], "MGR1", PASSWORD)  # no role given: the app finds the login's role
    with AppContext(spec) as ctx:
        assert ctx.info.role == "CRM_MANAGER"
        rows = clients.list_clients_page(ctx).rows
        assert [r.name for r in rows] == ["Client of MGR1"]
        assert clients.search_clients(ctx, "client") == rows
        card = clients.load_client_card(ctx, world["clients"]["MGR1"])
        card.draft.responsible_id = world["uid"]["MGR2"]
        with pytest.raises(NotAllowed) as exc:
            clients.save_client(ctx, card.draft)
        assert "outside what you may see" in str(exc.value)
        card = clients.load_client_card(ctx, world["clients"]["MGR1"])
        card.draft.city = "Тверь"
        clients.save_client(ctx, card.draft)  # own client: fine
        with pytest.raises(NotAllowed):
            clients.delete_client(ctx, world["clients"]["MGR1"], card.draft.version + 1)


def test_rights_changes_take_effect_on_the_next_connection(world):
    with AppContext(world["admin"]) as ctx:
        users.set_role(ctx, "MGR2", "CRM_READONLY")
    spec = spec_from(world["dsn"], "MGR2", PASSWORD)
    with AppContext(spec) as ctx:
        assert ctx.info.role == "CRM_READONLY"
        card = clients.load_client_card(ctx, world["clients"]["MGR2"])
        card.draft.city = "x"
        with pytest.raises(NotAllowed):
            clients.save_client(ctx, card.draft)
    with AppContext(world["admin"]) as ctx:
        users.disable_user(ctx, "MGR2")
    from app.errors import ConnectionFailed

    with pytest.raises(ConnectionFailed, match="Wrong user name or password"):
        AppContext(spec)


def test_users_cli_on_the_server(fb_server, server_db):
    import os
    import subprocess
    import sys

    env = dict(os.environ, KARTOTEKA_USER="SYSDBA", KARTOTEKA_PASSWORD=fb_server.password)
    db = str(server_db.target)

    def run(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "app", "users", *args, "--db", db], input=stdin, env=env,
                              capture_output=True, text=True, timeout=120)

    res = run("add", "cli_mgr", "--role", "crm_manager", "--department", "Отдел продаж", "--full-name",
              "Иван Петров", "--password-stdin", stdin="Long-Pass-1\n")
    assert res.returncode == 0, res.stderr
    assert "CLI_MGR" in run("list").stdout
    res = run("add", "short", "--role", "CRM_MANAGER", "--password-stdin", stdin="x\n")
    assert res.returncode == 1 and "at least 8 characters" in res.stderr
    assert run("passwd", "cli_mgr", "--password-stdin", stdin="Other-Pass-2\n").returncode == 0
    with AppContext(spec_from(db, "CLI_MGR", "Other-Pass-2")) as ctx:
        assert ctx.info.role == "CRM_MANAGER"
    assert run("disable", "cli_mgr").returncode == 0
    assert "(disabled)" in run("list").stdout


def test_rights_matrix_drives_the_grants_and_menus(world):
    from app import audit, security

    with AppContext(world["admin"]) as ctx:
        matrix = security.rights_matrix(ctx)
        for r in matrix:
            if r.role == "CRM_MANAGER" and r.entity == "DEAL":
                r.create = r.edit = False
        security.save_rights(ctx, matrix)
        assert not next(r for r in security.rights_matrix(ctx) if r.role == "CRM_MANAGER" and r.entity == "DEAL").edit
    con = _connect(world, "MGR1", "CRM_MANAGER")
    _fails_with(con, "UPDATE V_DEALS SET TITLE = 'x'")
    con.close()
    with AppContext(spec_from(world["dsn"], "MGR1", PASSWORD)) as ctx:
        mine = security.my_rights(ctx)
        assert mine.can("CLIENT", "edit") and not mine.can("DEAL", "edit") and not mine.can("CLIENT", "delete")
        audit.log_event(ctx, "EXPORT", "clients.xlsx, 1 row")
    with AppContext(world["admin"]) as ctx:
        security.save_rights(ctx, security.default_matrix())
        events = ctx.reader.query("SELECT USER_NAME, ACTION, DETAILS FROM AUDIT_LOG WHERE ACTION = 'EXPORT'")
    assert [(u.strip(), a.strip(), d) for u, a, d in events] == [("MGR1", "EXPORT", "clients.xlsx, 1 row")]


def test_a_manager_cannot_switch_the_audit_off(world):
    con = _connect(world, "MGR1", "CRM_MANAGER")
    cur = con.cursor()
    cur.execute("SELECT RDB$SET_CONTEXT('USER_TRANSACTION', 'KARTOTEKA_BULK', '1') FROM RDB$DATABASE")
    cur.fetchall()
    cur.execute("UPDATE V_CLIENTS SET WEBSITE = 'sneaky.example' WHERE ID = ?", (world["clients"]["MGR1"],))
    con.commit()
    con.close()
    with AppContext(world["admin"]) as ctx:
        rows = ctx.reader.query("SELECT USER_NAME, NEW_VALUE FROM AUDIT_LOG WHERE FIELD_NAME = 'WEBSITE'")
    assert ("MGR1", "sneaky.example") in {(u.strip(), v) for u, v in rows}


def test_demo_load_by_the_administrator_is_not_audited(fb_server, server_db):
    from app import demo

    with AppContext(server_db) as ctx:
        sql = "SELECT COUNT(*) FROM AUDIT_LOG WHERE TABLE_NAME IN ('CLIENTS', 'PHONES', 'DEALS', 'TASKS')"
        before = ctx.reader.query(sql)[0][0]
        demo.generate(ctx, clients=20)  # (the demo managers it creates first are audited: real users)
        ctx.reader.restart()
        after = ctx.reader.query(sql)[0][0]
    assert after == before


def test_a_stale_remembered_role_is_corrected_at_connect(world):
    """A profile may remember a role the administrator has since changed: the app reattaches with
    the login's current CRM role instead of working with none."""
    spec = spec_from(world["dsn"], "HEAD1", PASSWORD, role="CRM_MANAGER")  # HEAD1 is a head, not a manager
    with AppContext(spec) as ctx:
        assert ctx.info.role == "CRM_HEAD"
        assert len(clients.list_clients_page(ctx).rows) == 2
