"""Automation and lead distribution on the FB3 server (issue #5), as real logins.

* A CRM_MANAGER has no rights on base tables (FIREBIRD.md §4.4): moving a deal still fires the
  stage rule (trigger -> SP_RUN_RULE -> TASKS/REMINDERS through object grants), the task goes to
  the responsible and the head gets the reminder; the manager cannot call SP_RUN_RULE directly.
* Two connections entering leads at the same time: round-robin stays fair (FB3 turns the race for
  the pointer into an update conflict, which create_lead retries).
"""
from __future__ import annotations

import shutil
import threading
from collections import Counter

import fdb
import pytest
from sqlalchemy import text

from app import automation, leads, users
from app.automation import Rule
from app.context import AppContext, spec_from
from app.leads import Distribution, LeadDraft
from db import fbclient
from db.models import Deal

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "automation.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role in (("AMGR1", "CRM_MANAGER"), ("AMGR2", "CRM_MANAGER"), ("AMGR3", "CRM_MANAGER"),
                            ("AHEAD1", "CRM_HEAD")):
            users.add_user(ctx, login, role, PASSWORD, department="Robins", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        with ctx.sessions.begin() as s:
            s.execute(text("UPDATE DEPARTMENTS SET HEAD_USER_ID = :h WHERE NAME = 'Robins'"), {"h": uid["AHEAD1"]})
        dept = ctx.reader.one("SELECT ID FROM DEPARTMENTS WHERE NAME = 'Robins'")[0]
        funnel = ctx.reader.one("SELECT ID FROM FUNNELS WHERE IS_DEFAULT")[0]
        stages = [r[0] for r in ctx.reader.query("SELECT ID FROM STAGES WHERE FUNNEL_ID = ? ORDER BY SORT_ORDER",
                                                 (funnel,))]
    return {"dsn": fb_server.dsn(path), "admin": admin, "uid": uid, "dept": dept, "funnel": funnel,
            "stages": stages}


def _as(world, login):
    return AppContext(spec_from(world["dsn"], login, PASSWORD))


def test_manager_moving_a_deal_fires_the_rules(world):
    uid, stages = world["uid"], world["stages"]
    with AppContext(world["admin"]) as ctx:
        task_rule = automation.save_rule(ctx, Rule(name="Offer -> call", event_kind="STAGE_ENTERED",
                                                   stage_id=stages[2], task_kind="CALL", due_hours=2,
                                                   title="Call about {deal}"))
        automation.save_rule(ctx, Rule(name="Offer -> head", event_kind="STAGE_ENTERED", stage_id=stages[2],
                                       action_kind="NOTIFY", target_kind="HEAD", title="Offer sent: {deal}"))
    with _as(world, "AMGR1") as ctx:
        assert ctx.info.role == "CRM_MANAGER"
        deal = leads.create_lead(ctx, LeadDraft(funnel_id=world["funnel"], client_name="Server client",
                                                title="Server deal"))
        assert deal.responsible_id == uid["AMGR1"]  # no distribution configured yet: the author keeps it
        with ctx.sessions.begin() as s:
            d = s.get(Deal, deal.id)
            d.stage_id, d.amount = stages[2], 5000  # the offer stage requires an amount on the card
        ctx.reader.restart()
        mine = ctx.reader.query("SELECT TITLE, ASSIGNEE_ID, RULE_ID FROM TASKS WHERE DEAL_ID = ?", (deal.id,))
        assert mine == [("Call about Server deal", uid["AMGR1"], task_rule.id)]
        assert ctx.reader.query("SELECT COUNT(*) FROM REMINDERS")[0][0] == 0  # the head's, not visible to me
    with _as(world, "AHEAD1") as ctx:
        assert ctx.reader.query("SELECT TEXT FROM REMINDERS") == [("Offer sent: Server deal",)]
    # the procedure is not the manager's to call, and the runs are not theirs to write
    fbclient.load()
    con = fdb.connect(dsn=world["dsn"], user="AMGR1", password=PASSWORD, role="CRM_MANAGER", charset="UTF8")
    try:
        for sql in ("EXECUTE PROCEDURE SP_RUN_RULE(1, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                    "INSERT INTO V_AUTOMATION_RUNS (RULE_ID, TARGET_USER_ID, TX_ID) VALUES (1, 1, CURRENT_TRANSACTION)",
                    "UPDATE V_LEAD_DISTRIBUTION SET STRATEGY = 'LEAST_LOADED'"):
            with pytest.raises(fdb.DatabaseError, match="no permission"):
                con.cursor().execute(sql)
            con.rollback()
    finally:
        con.close()


def test_two_connections_entering_leads_at_once_stay_fair(world):
    uid, dept = world["uid"], world["dept"]
    with AppContext(world["admin"]) as ctx:
        d = next(x for x in leads.distributions(ctx) if x.department_id == dept)
        leads.save_distribution(ctx, Distribution(dept, d.department, "ROUND_ROBIN", True, id=d.id, version=d.version))
        before = {r[0] for r in ctx.reader.query("SELECT ID FROM DEALS")}
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def enter(login: str) -> None:
        try:
            with _as(world, login) as ctx:
                barrier.wait()
                for i in range(6):
                    leads.create_lead(ctx, LeadDraft(funnel_id=world["funnel"], client_name=f"{login} lead {i}",
                                                     department_id=dept))
        except BaseException as exc:  # reported below
            errors.append(exc)

    # a head (DEPT scope) and the administrator enter leads simultaneously, each on its own connection
    threads = [threading.Thread(target=enter, args=("AHEAD1",)),
               threading.Thread(target=_admin_enter, args=(world, barrier, errors))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with AppContext(world["admin"]) as ctx:
        rows = ctx.reader.query("SELECT ID, RESPONSIBLE_ID FROM DEALS")
    got = Counter(r[1] for r in rows if r[0] not in before)
    assert got == {uid["AMGR1"]: 4, uid["AMGR2"]: 4, uid["AMGR3"]: 4}


def _admin_enter(world, barrier, errors) -> None:
    try:
        with AppContext(world["admin"]) as ctx:
            barrier.wait()
            for i in range(6):
                leads.create_lead(ctx, LeadDraft(funnel_id=world["funnel"], client_name=f"admin lead {i}",
                                                 department_id=world["dept"]))
    except BaseException as exc:
        errors.append(exc)
