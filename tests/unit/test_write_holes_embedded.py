"""The write rules of issue #10 on the Firebird 5 embedded engine (which trusts the user name): the
same triggers and checks as on the FB3 server (tests/server/test_write_holes.py has the full attack
with passwords; here the FB5 engine's side: identity before triggers, ReadConsistency, FB4+ roles)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import fdb
import pytest
from sqlalchemy import text

from app import automation, clients, users
from app.clients import ClientDraft
from app.context import AppContext
from db import fbclient
from db.models import Deal

USER_EXCEPTION = 335544517
CHECK_FAILED = 335544558


@pytest.fixture
def world(embedded_db):
    with AppContext(embedded_db) as ctx:
        for login, role in (("HEAD_VOLKOV", "CRM_HEAD"), ("MGR_IVANOV", "CRM_MANAGER"), ("MGR_PETROVA", "CRM_MANAGER")):
            users.add_user(ctx, login, role, None, department="Sales")
        users.add_user(ctx, "MGR_OTHER", "CRM_MANAGER", None, department="Export")
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        depts = {r[0]: r[1] for r in ctx.reader.query("SELECT NAME, ID FROM DEPARTMENTS")}
        funnel = ctx.reader.one("SELECT ID FROM FUNNELS WHERE IS_DEFAULT")[0]
        stages = ctx.reader.query("SELECT ID, IS_WON FROM STAGES WHERE FUNNEL_ID = ? ORDER BY SORT_ORDER", (funnel,))
        with ctx.sessions.begin() as s:
            s.execute(text("UPDATE DEPARTMENTS SET HEAD_USER_ID = :h WHERE ID = :d"),
                      {"h": uid["HEAD_VOLKOV"], "d": depts["Sales"]})
            automation.seed_default_rules(s)
        cl, deal = {}, {}
        for mgr in ("MGR_IVANOV", "MGR_PETROVA"):
            cl[mgr] = clients.save_client(ctx, ClientDraft(name=f"Client {mgr}", responsible_id=uid[mgr])).id
            with ctx.sessions.begin() as s:
                d = Deal(client_id=cl[mgr], funnel_id=funnel, stage_id=stages[0][0], title=f"Deal {mgr}",
                         amount=Decimal("1.00"), responsible_id=uid[mgr])
                s.add(d)
                s.flush()
                deal[mgr] = d.id
    fbclient.load()
    con = fdb.connect(database=str(embedded_db.target.database), user="MGR_IVANOV", role="CRM_MANAGER", charset="UTF8")
    yield {"con": con, "uid": uid, "depts": depts, "funnel": funnel, "first": stages[0][0],
           "won": next(s for s, w in stages if w), "clients": cl, "deals": deal}
    con.rollback()
    con.close()


def _refused(con, sql, params=(), code=USER_EXCEPTION):
    try:
        with pytest.raises(fdb.DatabaseError) as exc:
            con.cursor().execute(sql, params)
    finally:
        con.rollback()
    assert exc.value.args[2] == code, exc.value.args


def test_write_holes_closed_on_fb5(world):
    con, uid, cl, deals = world["con"], world["uid"], world["clients"], world["deals"]
    cur = con.cursor()
    # 1. a decoy deal into Won fires the head's reminder; a forged one for the head is refused
    cur.execute("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, RESPONSIBLE_ID) VALUES (?, ?, ?, 'decoy', ?)",
                (cl["MGR_IVANOV"], world["funnel"], world["won"], uid["MGR_IVANOV"]))
    _refused(con, "INSERT INTO V_REMINDERS (USER_ID, TEXT, REMIND_AT) VALUES (?, 'FORGED', CURRENT_TIMESTAMP)",
             (uid["HEAD_VOLKOV"],))
    # 3. tasks and files on her client through my deal
    _refused(con, "INSERT INTO V_TASKS (TITLE, ASSIGNEE_ID, CLIENT_ID, DEAL_ID) VALUES ('x', ?, ?, ?)",
             (uid["MGR_IVANOV"], cl["MGR_PETROVA"], deals["MGR_IVANOV"]))
    _refused(con, "INSERT INTO V_ATTACHMENTS (CLIENT_ID, DEAL_ID, FILE_NAME, STORAGE, DISK_PATH) "
                  "VALUES (?, ?, 'a.pdf.exe', 'DB', NULL)", (cl["MGR_PETROVA"], deals["MGR_IVANOV"]))
    _refused(con, "INSERT INTO V_ATTACHMENTS (CLIENT_ID, FILE_NAME, SHA256, STORAGE, DISK_PATH) "
                  "VALUES (?, 'a.pdf', ?, 'DISK', '/etc/hostname')", (cl["MGR_IVANOV"], "ab" * 32), code=CHECK_FAILED)
    # 4. the department follows the responsible
    cur.execute("UPDATE V_CLIENTS SET DEPARTMENT_ID = ? WHERE ID = ?", (world["depts"]["Export"], cl["MGR_IVANOV"]))
    cur.execute("SELECT DEPARTMENT_ID FROM V_CLIENTS WHERE ID = ?", (cl["MGR_IVANOV"],))
    assert cur.fetchone()[0] == world["depts"]["Sales"]
    con.rollback()
    # 5. ids: FB5 fills the identity before the triggers too; above the generator: refused
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES ('p', 'P', ?) RETURNING ID",
                (uid["MGR_IVANOV"],))
    top = cur.fetchone()[0]
    _refused(con, "INSERT INTO V_CLIENTS (ID, NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES (?, 'x', 'X', ?)",
             (top + 5, uid["MGR_IVANOV"]))
    # 6. bounds
    _refused(con, "INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, AMOUNT) VALUES (?, ?, ?, 'x', ?)",
             (cl["MGR_IVANOV"], world["funnel"], world["first"], Decimal("9999999999999999.99")), code=CHECK_FAILED)
    _refused(con, "INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, EXPECTED_CLOSE) VALUES (?, ?, ?, 'x', ?)",
             (cl["MGR_IVANOV"], world["funnel"], world["first"], dt.date(9999, 12, 31)), code=CHECK_FAILED)
    _refused(con, "INSERT INTO V_TASKS (TITLE, CLIENT_ID, DURATION_MIN) VALUES ('x', ?, -5)", (cl["MGR_IVANOV"],),
             code=CHECK_FAILED)
    # lower severity
    _refused(con, "INSERT INTO V_INTERACTIONS (CLIENT_ID, KIND, USER_ID) VALUES (?, 'CALL', ?)",
             (cl["MGR_IVANOV"], uid["MGR_PETROVA"]))
    _refused(con, "INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, RESPONSIBLE_ID) VALUES (?, ?, ?, 'x', ?)",
             (cl["MGR_IVANOV"], world["funnel"], world["first"], uid["MGR_PETROVA"]))
