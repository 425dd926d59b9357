"""Reminders on the Firebird 3 server: a manager sees and changes only their own reminders, through
the app and through plain fdb; a head's task for a manager reminds the manager (derived reminder)."""
from __future__ import annotations

import datetime as dt
import shutil

import fdb
import pytest

from app import clients, planner, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from app.errors import UserError
from app.planner import TaskDraft
from db import fbclient

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
NOW = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "planner.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role in (("PMGR1", "CRM_MANAGER"), ("PMGR2", "CRM_MANAGER"), ("PHEAD", "CRM_HEAD")):
            users.add_user(ctx, login, role, PASSWORD, department="Sales", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        cids = {m: clients.save_client(ctx, ClientDraft(name=f"Client of {m}", responsible_id=uid[m])).id
                for m in ("PMGR1", "PMGR2")}
    return {"dsn": fb_server.dsn(path), "uid": uid, "clients": cids}


def _as(world, login) -> AppContext:
    return AppContext(spec_from(world["dsn"], login, PASSWORD))


def test_a_manager_sees_only_own_reminders(world):
    due = NOW + dt.timedelta(minutes=30)
    with _as(world, "PMGR1") as m1:
        t1 = planner.save_task(m1, TaskDraft(title="Mine", due_at=due, client_id=world["clients"]["PMGR1"]), now=NOW).id
    with _as(world, "PMGR2") as m2:
        planner.save_task(m2, TaskDraft(title="Theirs", due_at=due, client_id=world["clients"]["PMGR2"]), now=NOW)
        assert [r.text for r in planner.due_reminders(m2, due)] == ["Theirs"]
    with _as(world, "PMGR1") as m1:
        (r,) = planner.due_reminders(m1, due)
        assert (r.text, r.task_id) == ("Mine", t1)
        mine_id = r.id
    with _as(world, "PMGR2") as m2:
        with pytest.raises(UserError):  # someone else's reminder id: not found, not changed
            planner.dismiss_reminder(m2, mine_id)
    # the same rule from any tool: plain fdb sees one row, cannot touch the other's
    fbclient.load()
    con = fdb.connect(dsn=world["dsn"], user="PMGR2", password=PASSWORD, role="CRM_MANAGER", charset="UTF8")
    try:
        cur = con.cursor()
        cur.execute("SELECT TEXT FROM V_REMINDERS")
        assert [r[0] for r in cur.fetchall()] == ["Theirs"]
        cur.execute("UPDATE V_REMINDERS SET DISMISSED = TRUE WHERE ID = ?", (mine_id,))
        assert cur.rowcount == 0
        with pytest.raises(fdb.DatabaseError):
            cur.execute("INSERT INTO V_REMINDERS (USER_ID, REMIND_AT, TEXT) VALUES (?, CURRENT_TIMESTAMP, 'spam')",
                        (world["uid"]["PMGR1"],))
        con.rollback()
    finally:
        con.close()
    with _as(world, "PMGR1") as m1:
        assert [r.id for r in planner.due_reminders(m1, due)] == [mine_id]


def test_a_heads_task_for_a_manager_reminds_the_manager(world):
    due = NOW + dt.timedelta(hours=3)
    with _as(world, "PHEAD") as head:
        tid = planner.save_task(head, TaskDraft(title="Visit the client", kind="MEETING", due_at=due,
                                                client_id=world["clients"]["PMGR1"],
                                                assignee_id=world["uid"]["PMGR1"]), now=NOW).id
        assert all(r.task_id != tid for r in planner.due_reminders(head, due))
    with _as(world, "PMGR1") as m1:
        due_now = planner.due_reminders(m1, due - dt.timedelta(minutes=10))
        assert [r.task_id for r in due_now if r.text == "Visit the client"] == [tid]
        planner.snooze_reminder(m1, None, due, task_id=tid)
        assert all(r.task_id != tid for r in planner.due_reminders(m1, due - dt.timedelta(minutes=5)))
        day = planner.my_day(m1, due.date(), due - dt.timedelta(minutes=5))
        assert tid in {t.id for t in day.today}
        planner.complete_task(m1, tid, "Signed", now=due)
        assert all(r.task_id != tid for r in planner.due_reminders(m1, due + dt.timedelta(hours=1)))
