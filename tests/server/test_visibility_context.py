"""Context variables cannot widen what a login sees or may write (issue #12, FB3 server).

Revision 0016 made the visibility views cheap by reading the login's facts once per statement
(V_MY_SCOPE) instead of calling PSQL functions per row. Anything a login can set itself must not
take part in that: a ``USER_SESSION`` or ``USER_TRANSACTION`` context variable can be set by any
login from isql (``RDB$SET_CONTEXT``). Here MGR_IVANOV (scope OWN) and HEAD_VOLKOV (scope DEPT)
set every context variable name the database's own code reads or writes (found in the sources of
its procedures, triggers, functions and views, which any login can read) and a list of names a
cache could plausibly use, to values that would mean "everything" (1, ALL, TRUE, the
administrator's id and login, another department's id), in both namespaces, and then read and
write exactly as before: the same rows in every filtered view, the same refusals.
"""
from __future__ import annotations

import re
import shutil
from decimal import Decimal

import fdb
import pytest

from app import clients, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from db import fbclient
from db.models import Deal

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
USER_EXCEPTION = 335544517  # EX_DENIED
VIEWS = ("V_CLIENTS", "V_DEALS", "V_CONTACTS", "V_PHONES", "V_TASKS", "V_INTERACTIONS", "V_CLIENT_STATS",
         "V_DEAL_STAGE_HISTORY", "V_AUDIT_LOG", "V_REMINDERS", "V_SEARCH_KEYS", "V_ATTACHMENTS", "V_AUTOMATION_RUNS",
         "V_CUSTOM_FIELD_VALUES", "V_INVOICES", "V_PAYMENTS", "V_CLIENT_MERGES", "V_DEDUPE_IGNORED")
#: names a per-login cache of rights could use (besides those the database's code uses itself)
GUESSED = ("SEES_ALL", "SCOPE", "USER_ID", "DEPT_ID", "DEPARTMENT_ID", "IS_ADMIN", "IS_DB_ADMIN", "IS_CRM_ADMIN",
           "ROLE", "ROLE_NAME", "LOGIN", "ME", "MY_DEPT", "CRM_ADMIN", "KARTOTEKA_SCOPE", "KARTOTEKA_USER",
           "KARTOTEKA_ADMIN", "KARTOTEKA.SCOPE", "KARTOTEKA.SEES_ALL", "VISIBILITY", "F_IS_DB_ADMIN",
           "F_CLIENT_ROW_VISIBLE", "NOT_DB_ADMIN", "DB_ADMIN", "OWNER")
_CONTEXT_NAME = re.compile(r"RDB\$[GS]ET_CONTEXT\s*\(\s*'(?:USER_SESSION|USER_TRANSACTION)'\s*,\s*'([^']+)'", re.I)


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "visibility_context.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role, dept in (("HEAD_VOLKOV", "CRM_HEAD", "Sales"), ("MGR_IVANOV", "CRM_MANAGER", "Sales"),
                                  ("MGR_PETROVA", "CRM_MANAGER", "Sales"), ("MGR_OTHER", "CRM_MANAGER", "Export"),
                                  ("ADMIN_A", "CRM_ADMIN", "Sales")):
            users.add_user(ctx, login, role, PASSWORD, department=dept, full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        depts = {r[0]: r[1] for r in ctx.reader.query("SELECT NAME, ID FROM DEPARTMENTS")}
        funnel = ctx.reader.one("SELECT ID FROM FUNNELS WHERE IS_DEFAULT")[0]
        stage = ctx.reader.one("SELECT FIRST 1 ID FROM STAGES WHERE FUNNEL_ID = ? ORDER BY SORT_ORDER", (funnel,))[0]
        cl = {}
        for mgr in ("MGR_IVANOV", "MGR_PETROVA", "MGR_OTHER"):
            cl[mgr] = clients.save_client(ctx, ClientDraft(name=f"Клиент {mgr}", responsible_id=uid[mgr])).id
            with ctx.sessions.begin() as s:
                s.add(Deal(client_id=cl[mgr], funnel_id=funnel, stage_id=stage, title=f"Сделка {mgr}",
                           amount=Decimal("1000.00"), responsible_id=uid[mgr]))
    return {"dsn": fb_server.dsn(path), "uid": uid, "depts": depts, "clients": cl, "funnel": funnel, "stage": stage}


def _connect(world, login, role):
    fbclient.load()
    return fdb.connect(dsn=world["dsn"], user=login, password=PASSWORD, role=role, charset="UTF8")


def _seen(con) -> dict[str, list]:
    cur = con.cursor()
    out = {}
    for v in VIEWS:
        cur.execute(f"SELECT x.* FROM {v} x")
        out[v] = sorted(tuple(str(c) for c in r) for r in cur.fetchall())
    return out


def _names_in_sources(con) -> set[str]:
    cur = con.cursor()
    names: set[str] = set()
    for sql in ("SELECT RDB$PROCEDURE_SOURCE FROM RDB$PROCEDURES WHERE RDB$PROCEDURE_SOURCE IS NOT NULL",
                "SELECT RDB$TRIGGER_SOURCE FROM RDB$TRIGGERS WHERE RDB$TRIGGER_SOURCE IS NOT NULL",
                "SELECT RDB$FUNCTION_SOURCE FROM RDB$FUNCTIONS WHERE RDB$FUNCTION_SOURCE IS NOT NULL",
                "SELECT RDB$VIEW_SOURCE FROM RDB$RELATIONS WHERE RDB$VIEW_SOURCE IS NOT NULL"):
        cur.execute(sql)
        for (src,) in cur.fetchall():
            text = src.read() if hasattr(src, "read") else src
            names.update(_CONTEXT_NAME.findall(text or ""))
    return names


def _forge(con, world):
    """Set every candidate name to each "wide" value in turn, in both namespaces; yields the value
    after each round (the checks run with every name set to it)."""
    uid, depts = world["uid"], world["depts"]
    names = sorted(_names_in_sources(con) | set(GUESSED))
    assert "KARTOTEKA_BULK" in names  # the sources were read: the audit bypass's name is among them
    values = ("1", "ALL", "TRUE", str(uid["SYSDBA"]) if "SYSDBA" in uid else "1", str(uid["ADMIN_A"]),
              str(depts["Export"]), "SYSDBA", "RDB$ADMIN", "CRM_ADMIN")
    cur = con.cursor()
    for value in values:
        for name in names:
            for ns in ("USER_SESSION", "USER_TRANSACTION"):
                cur.execute("SELECT RDB$SET_CONTEXT(?, ?, ?) FROM RDB$DATABASE", (ns, name, value))
                cur.fetchall()
        yield value


@pytest.mark.parametrize("login, role", [("MGR_IVANOV", "CRM_MANAGER"), ("HEAD_VOLKOV", "CRM_HEAD")])
def test_context_variables_do_not_widen_what_a_login_sees(world, login, role):
    con = _connect(world, login, role)
    try:
        before = _seen(con)
        assert before["V_CLIENTS"], "the login sees its own clients"
        rounds = 0
        for _value in _forge(con, world):
            assert _seen(con) == before, f"{login} sees more after setting context variables to {_value!r}"
            rounds += 1
        assert rounds >= 9
        con.commit()  # USER_SESSION values outlive the transaction: check a fresh one too
        assert _seen(con) == before
    finally:
        con.rollback()
        con.close()


def test_context_variables_do_not_open_writes(world):
    """A manager with every candidate variable set still cannot touch a colleague's or another
    department's client, nor create a deal on one."""
    con = _connect(world, "MGR_IVANOV", "CRM_MANAGER")
    cur = con.cursor()
    try:
        for _value in _forge(con, world):
            pass
        for victim in ("MGR_PETROVA", "MGR_OTHER"):
            cur.execute("UPDATE V_CLIENTS SET CITY = 'forged' WHERE ID = ?", (world["clients"][victim],))
            assert cur.rowcount == 0, victim
            with pytest.raises(fdb.DatabaseError) as exc:
                cur.execute("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE) VALUES (?, ?, ?, 'x')",
                            (world["clients"][victim], world["funnel"], world["stage"]))
            assert exc.value.args[2] == USER_EXCEPTION, exc.value.args
        with pytest.raises(fdb.DatabaseError) as exc:  # nor move his own client to a colleague
            cur.execute("UPDATE V_CLIENTS SET RESPONSIBLE_ID = ? WHERE ID = ?",
                        (world["uid"]["MGR_PETROVA"], world["clients"]["MGR_IVANOV"]))
        assert exc.value.args[2] == USER_EXCEPTION, exc.value.args
    finally:
        con.rollback()
        con.close()


@pytest.mark.parametrize("sort", ["expected_close", "closed_at", "title", "amount", "days_in_stage", "stage",
                                  "responsible"])
def test_deal_list_sorts_of_0016_run_on_fb3(world, sort):
    """The deal list's index-walking sorts (two walks merged for a nullable column) are FB3 SQL."""
    from app import board

    for login, seen in (("ADMIN_A", 3), ("MGR_IVANOV", 1)):
        with AppContext(spec_from(world["dsn"], login, PASSWORD)) as ctx:
            for desc in (False, True):
                page = board.deal_page(ctx, None, sort, desc)
                assert len(page.rows) == seen, (login, sort, desc)
                assert page.next_key is None
