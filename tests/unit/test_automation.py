"""Automation rules (issue #5) on the embedded engine: event rules fire in the saving transaction
(also for a manager login and for plain SQL), time rules run from the job exactly once per idle
period, rule validation, and a rolled-back move leaves no task behind."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app import automation, leads, users
from app.automation import Rule
from app.context import AppContext, spec_from
from app.errors import ConflictError, NotAllowed, ValidationError
from app.leads import LeadDraft
from db.models import Deal


def _world(ctx):
    for login, role in (("AM1", "CRM_MANAGER"), ("AM2", "CRM_MANAGER"), ("AHEAD", "CRM_HEAD")):
        users.add_user(ctx, login, role, None, department="Auto", full_name=login)
    uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
    with ctx.sessions.begin() as s:
        s.execute(text("UPDATE DEPARTMENTS SET HEAD_USER_ID = :h WHERE NAME = 'Auto'"), {"h": uid["AHEAD"]})
    stages = ctx.reader.query("SELECT s.ID FROM STAGES s JOIN FUNNELS f ON f.ID = s.FUNNEL_ID WHERE f.IS_DEFAULT "
                              "ORDER BY s.SORT_ORDER")
    funnel = ctx.reader.one("SELECT ID FROM FUNNELS WHERE IS_DEFAULT")[0]
    return uid, funnel, [r[0] for r in stages]


def _tasks(ctx, where="1 = 1", params=()):
    ctx.reader.restart()
    return ctx.reader.query(f"SELECT TITLE, ASSIGNEE_ID, DEAL_ID, RULE_ID, KIND, DUE_AT FROM TASKS WHERE {where} "
                            "ORDER BY ID", params)


def _move(ctx, deal_id, stage_id):
    with ctx.sessions.begin() as s:
        s.get(Deal, deal_id).stage_id = stage_id


def test_stage_entered_creates_a_task_for_the_responsible_in_the_same_transaction(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, funnel, stages = _world(ctx)
        rule = automation.save_rule(ctx, Rule(name="Qualified -> call", event_kind="STAGE_ENTERED",
                                              stage_id=stages[1], action_kind="TASK", task_kind="CALL",
                                              title="Call {client} about {deal}", due_hours=24))
        deal = leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Acme", title="Big order",
                                                responsible_id=uid["AM1"]))
        assert _tasks(ctx, "RULE_ID = ?", (rule.id,)) == []  # entered stage 1: no rule
        before = dt.datetime.now().replace(microsecond=0)
        _move(ctx, deal.id, stages[1])
        rows = _tasks(ctx, "RULE_ID = ?", (rule.id,))
        assert len(rows) == 1
        title, assignee, deal_id, _rule, kind, due = rows[0]
        assert (title, assignee, deal_id, kind.strip()) == ("Call Acme about Big order", uid["AM1"], deal.id, "CALL")
        assert before + dt.timedelta(hours=23) < due < before + dt.timedelta(hours=25, minutes=1)
        # saving the deal without a stage change fires nothing more
        with ctx.sessions.begin() as s:
            s.get(Deal, deal.id).title = "Bigger order"
        assert len(_tasks(ctx, "RULE_ID = ?", (rule.id,))) == 1
        # a move that is rolled back leaves no task behind
        with pytest.raises(RuntimeError), ctx.sessions.begin() as s:
            s.get(Deal, deal.id).stage_id = stages[0]
            s.flush()
            s.get(Deal, deal.id).stage_id = stages[1]
            s.flush()
            raise RuntimeError("user cancelled")
        assert len(_tasks(ctx, "RULE_ID = ?", (rule.id,))) == 1


def test_notify_head_and_client_created_work_for_a_manager_login(embedded_db):
    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        uid, funnel, stages = _world(ctx)
        won = stages[-2]
        automation.save_rule(ctx, Rule(name="Won -> head", event_kind="STAGE_ENTERED", stage_id=won,
                                       action_kind="NOTIFY", target_kind="HEAD", title="Won: {deal}"))
        automation.save_rule(ctx, Rule(name="New client -> welcome", event_kind="CLIENT_CREATED",
                                       action_kind="TASK", task_kind="EMAIL", title="Welcome {client}",
                                       target_kind="USER", target_user_id=uid["AM2"]))
    with AppContext(spec_from(path, "AM1"), guard=False) as ctx:
        assert ctx.info.role == "CRM_MANAGER"
        deal = leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Globex", title="Deal G"))
        with ctx.sessions.begin() as s:
            d = s.get(Deal, deal.id)
            d.stage_id, d.amount = won, 100
    with AppContext(embedded_db) as ctx:
        rem = ctx.reader.query("SELECT USER_ID, TEXT FROM REMINDERS")
        assert rem == [(uid["AHEAD"], "Won: Deal G")]
        # AM2 (scope OWN) cannot see AM1's client: the rule's text does not name it (issue #10)
        welcome = _tasks(ctx, "TITLE = 'Welcome -'")
        assert [(r[1], r[4].strip()) for r in welcome] == [(uid["AM2"], "EMAIL")]
    # the manager cannot forge a reminder for the head, nor write rules or runs
    with AppContext(spec_from(path, "AM1"), guard=False) as ctx:
        with pytest.raises(DBAPIError, match="EX_DENIED"):
            with ctx.sessions.begin() as s:
                s.execute(text("INSERT INTO V_REMINDERS (USER_ID, TEXT) VALUES (:u, 'forged')"), {"u": uid["AHEAD"]})
        with pytest.raises(NotAllowed):
            automation.save_rule(ctx, Rule(name="Mine", event_kind="CLIENT_CREATED", title="x"))


def test_idle_deals_get_one_task_per_idle_period(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, funnel, stages = _world(ctx)
        rule = automation.save_rule(ctx, Rule(name="Idle 7", event_kind="DEAL_IDLE", idle_days=7,
                                              action_kind="TASK", title="Wake up {deal}", due_hours=4))
        old = dt.datetime.now() - dt.timedelta(days=10)
        ids = [leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name=f"Idle{i}", title=f"D{i}",
                                                responsible_id=uid["AM1"])).id for i in range(3)]
        with ctx.sessions.begin() as s:  # two deals went quiet 10 days ago; the third is fresh
            s.execute(text("UPDATE DEALS SET STAGE_ENTERED_AT = :t WHERE ID IN (:a, :b)"),
                      {"t": old, "a": ids[0], "b": ids[1]})
        now = dt.datetime.now()
        report = automation.run_jobs(ctx, now)
        assert report.ok and report.done == 2
        rows = _tasks(ctx, "RULE_ID = ?", (rule.id,))
        assert sorted(r[2] for r in rows) == ids[:2]
        assert {r[0] for r in rows} == {"Wake up D0", "Wake up D1"}
        assert automation.run_jobs(ctx, now).done == 0  # idempotent
        # the task counts as activity; ten days later deal 0 is idle again: a new period, a new task
        later = now + dt.timedelta(days=10)
        assert automation.run_jobs(ctx, later).done == 3
        assert automation.run_jobs(ctx, later).done == 0


def test_overdue_task_notifies_the_head_once(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, funnel, stages = _world(ctx)
        rule = automation.save_rule(ctx, Rule(name="Overdue 2", event_kind="TASK_OVERDUE", idle_days=2,
                                              action_kind="NOTIFY", target_kind="HEAD", title="Overdue: {task}"))
        deal = leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Late", responsible_id=uid["AM1"]))
        client = ctx.reader.one("SELECT CLIENT_ID FROM DEALS WHERE ID = ?", (deal.id,))[0]
        with ctx.sessions.begin() as s:
            for title, days in (("Send offer", 3), ("Fresh one", 1)):
                s.execute(text("INSERT INTO TASKS (TITLE, DUE_AT, ASSIGNEE_ID, CLIENT_ID) VALUES (:t, :d, :a, :c)"),
                          {"t": title, "d": dt.datetime.now() - dt.timedelta(days=days), "a": uid["AM1"],
                           "c": client})
        report = automation.run_jobs(ctx)
        assert [(r.rule_id, r.done) for r in report.rules] == [(rule.id, 1)]
        assert automation.run_jobs(ctx).done == 0
        ctx.reader.restart()
        assert ctx.reader.query("SELECT USER_ID, TEXT FROM REMINDERS") == [(uid["AHEAD"], "Overdue: Send offer")]


def test_rule_validation_and_conflict(embedded_db):
    with pytest.raises(ValidationError) as e:
        automation.validate_rule(Rule(name="x", event_kind="STAGE_ENTERED", title="t"))
    assert e.value.field == "stage_id"
    with pytest.raises(ValidationError) as e:
        automation.validate_rule(Rule(name="x", event_kind="DEAL_IDLE", idle_days=0, title="t"))
    assert e.value.field == "idle_days"
    with pytest.raises(ValidationError) as e:
        automation.validate_rule(Rule(name="x", event_kind="CLIENT_CREATED", title="t", target_kind="USER"))
    assert e.value.field == "target_user_id"
    with pytest.raises(ValidationError) as e:
        automation.validate_rule(Rule(name="x", event_kind="CLIENT_CREATED", title=" "))
    assert e.value.field == "title"
    with AppContext(embedded_db) as ctx:
        saved = automation.save_rule(ctx, Rule(name="R", event_kind="CLIENT_CREATED", title="Hello"))
        rule = next(r for r in automation.rules(ctx) if r.id == saved.id)
        rule.title = "Hello again"
        automation.save_rule(ctx, rule)  # version 1 -> 2
        rule.title = "Stale edit"
        with pytest.raises(ConflictError):
            automation.save_rule(ctx, rule)  # still carries version 1
        automation.delete_rule(ctx, saved.id)
        ctx.reader.restart()
        assert all(r.id != saved.id for r in automation.rules(ctx))


def test_seed_default_rules_once(embedded_db):
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            assert automation.seed_default_rules(s) == 4
        with ctx.sessions.begin() as s:
            assert automation.seed_default_rules(s) == 0
        kinds = sorted(r.event_kind for r in automation.rules(ctx))
    assert kinds == ["DEAL_IDLE", "STAGE_ENTERED", "STAGE_ENTERED", "TASK_OVERDUE"]


def test_cli_jobs_run(embedded_db, capsys):
    from app import cli

    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        uid, funnel, _stages = _world(ctx)
        automation.save_rule(ctx, Rule(name="Idle 3", event_kind="DEAL_IDLE", idle_days=3, title="Ping {deal}"))
        leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Cli", title="CLI deal",
                                         responsible_id=uid["AM1"]))
    later = (dt.datetime.now() + dt.timedelta(days=4)).isoformat(timespec="minutes")
    assert cli.main(["jobs", "run", "--db", str(path), "--now", later]) == 0
    out = capsys.readouterr().out
    assert "Idle 3: 1 done" in out and "1 tasks/notifications from 1 rules" in out
    assert cli.main(["jobs", "run", "--db", str(path), "--now", later]) == 0
    assert "Idle 3: 0 done" in capsys.readouterr().out
    assert cli.main(["jobs", "run", "--db", str(path), "--now", "yesterday"]) == 1
