"""The planner (app/planner.py) on the embedded engine with a fixed clock: validation, my day,
birthdays (29 February too), ranges, reminders due/snooze/dismiss, completing with an interaction."""
from __future__ import annotations

import datetime as dt

import pytest

from app import clients, planner, users
from app.clients import ClientDraft, ContactItem
from app.context import AppContext, spec_from
from app.errors import ConflictError, UserError, ValidationError
from app.planner import TaskDraft

NOW = dt.datetime(2025, 3, 10, 9, 0)  # a Monday
DAY = NOW.date()


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


def _client(ctx, name="Acme", **kw) -> int:
    return clients.save_client(ctx, ClientDraft(name=name, responsible_id=ctx.current_user_id(), **kw)).id


def _task(ctx, title, due, now=NOW, **kw) -> int:
    return planner.save_task(ctx, TaskDraft(title=title, due_at=due, **kw), now=now).id


def _scalar(ctx, sql, params=()):
    ctx.reader.restart()
    return ctx.reader.query(sql, params)[0][0]


def test_validation_refuses_bad_input_with_the_field(ctx):
    cases = [
        (TaskDraft(title="  ", due_at=NOW), "title"),
        (TaskDraft(title="x" * 201, due_at=NOW), "title"),
        (TaskDraft(title="Call", kind="FAX", due_at=NOW), "kind"),
        (TaskDraft(title="Call", due_at=NOW - dt.timedelta(days=1)), "due_at"),  # a new task in the past
        (TaskDraft(title="Call", due_at=dt.datetime(1999, 1, 1)), "due_at"),
        (TaskDraft(title="Call", due_at=NOW, duration_min=24 * 60 + 1), "duration_min"),
        (TaskDraft(title="Call", due_at=NOW, duration_min=-1), "duration_min"),
        (TaskDraft(title="Call", due_at=NOW, priority=4), "priority"),
        (TaskDraft(title="Call", due_at=NOW, assignee_id=999999), "assignee_id"),
    ]
    for draft, fld in cases:
        with pytest.raises(ValidationError) as exc:
            planner.save_task(ctx, draft, now=NOW)
        assert exc.value.field == fld, (draft, exc.value)
        assert str(exc.value)
    assert _scalar(ctx, "SELECT COUNT(*) FROM TASKS") == 0  # nothing half-saved


def test_inactive_assignee_and_foreign_deal_or_contact_are_refused(ctx):
    users.add_user(ctx, "GONE", "CRM_MANAGER", None, department="Sales")
    gone = _scalar(ctx, "SELECT ID FROM CRM_USERS WHERE LOGIN = 'GONE'")
    with ctx.sessions.begin() as s:
        s.execute(__import__("sqlalchemy").text("UPDATE CRM_USERS SET IS_ACTIVE = FALSE WHERE ID = :i"), {"i": gone})
    with pytest.raises(ValidationError) as exc:
        planner.save_task(ctx, TaskDraft(title="Call", due_at=NOW, assignee_id=gone), now=NOW)
    assert exc.value.field == "assignee_id"
    a = _client(ctx, "A", contacts=[ContactItem("Anna A")])
    b = _client(ctx, "B")
    contact = _scalar(ctx, "SELECT ID FROM CONTACTS WHERE CLIENT_ID = ?", (a,))
    with pytest.raises(ValidationError) as exc:
        planner.save_task(ctx, TaskDraft(title="Call", due_at=NOW, client_id=b, contact_id=contact), now=NOW)
    assert exc.value.field == "contact_id"
    # a contact alone brings its client
    tid = _task(ctx, "Call Anna", NOW, contact_id=contact)
    assert planner.load_task(ctx, tid).draft.client_id == a


def test_save_creates_the_reminder_and_edits_keep_optimistic_locking(ctx):
    cid = _client(ctx)
    due = NOW + dt.timedelta(hours=2)
    saved = planner.save_task(ctx, TaskDraft(title="Call Acme", due_at=due, client_id=cid, remind_before_min=30), now=NOW)
    ctx.reader.restart()
    rows = ctx.reader.query("SELECT USER_ID, REMIND_AT, DISMISSED FROM REMINDERS WHERE TASK_ID = ?", (saved.id,))
    assert rows == [(ctx.current_user_id(), due - dt.timedelta(minutes=30), False)]
    assert saved.changes.touches("task", saved.id) and saved.changes.touches("client", cid)
    form = planner.load_task(ctx, saved.id)
    assert form.draft.remind_before_min == 30 and form.client == "Acme" and form.status == "OPEN"
    # edit with the version seen: ok; the stale version again: conflict, nothing overwritten
    form.draft.title = "Call Acme back"
    planner.save_task(ctx, form.draft, now=NOW)
    form.draft.title = "Lost edit"
    with pytest.raises(ConflictError):
        planner.save_task(ctx, form.draft, now=NOW)
    assert planner.load_task(ctx, saved.id).draft.title == "Call Acme back"
    # no reminder wanted: none is due, none derived
    planner.save_task(ctx, TaskDraft(title="Quiet", due_at=NOW + dt.timedelta(minutes=5), remind_before_min=None), now=NOW)
    assert [r.text for r in planner.due_reminders(ctx, NOW + dt.timedelta(minutes=6))] == []


def test_my_day_sections_with_a_fixed_clock(ctx):
    cid = _client(ctx)
    with ctx.sessions.begin() as s:  # an old overdue task (a new one cannot be saved in the past)
        from db.models import Task
        s.add(Task(title="Overdue call", kind="CALL", due_at=NOW - dt.timedelta(days=2), assignee_id=ctx.current_user_id(),
                   client_id=cid))
    late_today = _task(ctx, "Meeting at 8", NOW.replace(hour=8), kind="MEETING", client_id=cid, now=NOW.replace(hour=7))
    _task(ctx, "Send offer", NOW.replace(hour=15), kind="EMAIL", client_id=cid)
    _task(ctx, "Call at 11", NOW.replace(hour=11), client_id=cid)
    _task(ctx, "Tomorrow", NOW + dt.timedelta(days=1))
    _task(ctx, "Undated", None, kind="TODO")
    users.add_user(ctx, "OTHER", "CRM_MANAGER", None, department="Sales")
    other = _scalar(ctx, "SELECT ID FROM CRM_USERS WHERE LOGIN = 'OTHER'")
    _task(ctx, "Not mine", NOW.replace(hour=12), assignee_id=other)

    day = planner.my_day(ctx, DAY, NOW)
    assert [t.title for t in day.overdue] == ["Overdue call"]
    assert [t.title for t in day.today] == ["Meeting at 8", "Call at 11", "Send offer"]
    assert [t.is_overdue(NOW) for t in day.today] == [True, False, False]
    assert [t.title for t in day.undated] == ["Undated"]
    assert day.today[0].client == "Acme" and day.today[0].id == late_today
    assert day.done_today == 0 and not day.overdue_more
    # reminders due at 9:00: the 8:00 meeting (row), and the overdue call (derived: it has no row)
    assert sorted(r.text for r in day.reminders) == ["Meeting at 8", "Overdue call"]


def test_complete_task_logs_an_interaction_in_the_same_commit(ctx):
    cid = _client(ctx, contacts=[ContactItem("Boris B")])
    contact = _scalar(ctx, "SELECT ID FROM CONTACTS WHERE CLIENT_ID = ?", (cid,))
    tid = _task(ctx, "Call Boris", NOW + dt.timedelta(hours=1), client_id=cid, contact_id=contact, duration_min=10)
    version = planner.load_task(ctx, tid).draft.version
    with pytest.raises(ConflictError):
        planner.complete_task(ctx, tid, "x", version=version + 1, now=NOW)
    saved = planner.complete_task(ctx, tid, "Agreed on a demo", version=version, outcome="INTERESTED", now=NOW)
    assert saved.changes.touches("interaction") and saved.changes.touches("client", cid)
    ctx.reader.restart()
    assert ctx.reader.query("SELECT STATUS, RESULT, DONE_AT FROM TASKS WHERE ID = ?", (tid,)) == [
        ("DONE", "Agreed on a demo", NOW)]
    rows = ctx.reader.query("SELECT KIND, SUBJECT, RESULT, CONTACT_ID, DURATION_SEC, OCCURRED_AT, IS_ATTEMPT "
                            "FROM INTERACTIONS WHERE CLIENT_ID = ?", (cid,))
    assert rows == [("CALL", "Call Boris", "INTERESTED", contact, 600, NOW, False)]
    assert _scalar(ctx, "SELECT LAST_CONTACT_AT FROM CLIENT_STATS WHERE CLIENT_ID = ?", (cid,)) == NOW
    with pytest.raises(UserError, match="already done"):
        planner.complete_task(ctx, tid, "again", now=NOW)
    # a to-do logs nothing; log_interaction=False logs nothing either
    todo = _task(ctx, "Prepare contract", NOW + dt.timedelta(hours=3), kind="TODO", client_id=cid)
    call = _task(ctx, "Silent call", NOW + dt.timedelta(hours=3), client_id=cid)
    planner.complete_task(ctx, todo, "done", now=NOW)
    planner.complete_task(ctx, call, "done", log_interaction=False, now=NOW)
    assert _scalar(ctx, "SELECT COUNT(*) FROM INTERACTIONS WHERE CLIENT_ID = ?", (cid,)) == 1
    assert planner.my_day(ctx, DAY, NOW).done_today == 3


def test_cancel_and_reschedule(ctx):
    tid = _task(ctx, "Call", NOW + dt.timedelta(hours=1), remind_before_min=10)
    with pytest.raises(ValidationError):
        planner.reschedule_task(ctx, tid, NOW - dt.timedelta(days=1), now=NOW)
    planner.reschedule_task(ctx, tid, NOW + dt.timedelta(days=1), now=NOW)
    ctx.reader.restart()
    assert ctx.reader.query("SELECT REMIND_AT FROM REMINDERS WHERE TASK_ID = ?", (tid,)) == [
        (NOW + dt.timedelta(days=1, minutes=-10),)]
    assert planner.my_day(ctx, DAY, NOW).today == []
    planner.cancel_task(ctx, tid, now=NOW)
    with pytest.raises(UserError):
        planner.cancel_task(ctx, tid, now=NOW)
    assert planner.due_reminders(ctx, NOW + dt.timedelta(days=2)) == []  # a cancelled task never reminds


def test_reminders_due_snooze_dismiss_with_a_fixed_clock(ctx):
    due = NOW + dt.timedelta(minutes=30)
    tid = _task(ctx, "Call Acme", due)  # remind at 9:15
    assert planner.due_reminders(ctx, NOW + dt.timedelta(minutes=14)) == []
    (r,) = planner.due_reminders(ctx, NOW + dt.timedelta(minutes=15))
    assert (r.task_id, r.text, r.remind_at, r.due_at) == (tid, "Call Acme", NOW + dt.timedelta(minutes=15), due)
    planner.snooze_reminder(ctx, r.id, NOW + dt.timedelta(minutes=25))
    assert planner.due_reminders(ctx, NOW + dt.timedelta(minutes=24)) == []
    (again,) = planner.due_reminders(ctx, NOW + dt.timedelta(minutes=25))
    assert again.id == r.id
    planner.dismiss_reminder(ctx, r.id)
    assert planner.due_reminders(ctx, NOW + dt.timedelta(days=1)) == []
    # a text reminder without a task (an automation rule's "notify")
    from db.models import Reminder
    with ctx.sessions.begin() as s:
        s.add(Reminder(user_id=ctx.current_user_id(), remind_at=NOW, text="Deal is rotting"))
    assert [x.text for x in planner.due_reminders(ctx, NOW)] == ["Deal is rotting"]


def test_reminder_of_a_colleagues_task_is_derived_and_follows_a_reschedule(embedded_db):
    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        users.add_user(ctx, "MGR1", "CRM_MANAGER", None, department="Sales")
        users.add_user(ctx, "HEAD1", "CRM_HEAD", None, department="Sales")
        mgr = ctx.reader.query("SELECT ID FROM CRM_USERS WHERE LOGIN = 'MGR1'")[0][0]
        cid = clients.save_client(ctx, ClientDraft(name="Acme", responsible_id=mgr)).id
    with AppContext(spec_from(path, "HEAD1"), guard=False) as head:
        tid = planner.save_task(head, TaskDraft(title="Call Acme", due_at=NOW + dt.timedelta(hours=1), client_id=cid,
                                                assignee_id=mgr), now=NOW).id
        assert planner.due_reminders(head, NOW + dt.timedelta(hours=1)) == []  # not the head's reminder
    with AppContext(spec_from(path, "MGR1"), guard=False) as m:
        (r,) = planner.due_reminders(m, NOW + dt.timedelta(minutes=45))
        assert r.id is None and r.task_id == tid  # derived: the head may not write MGR1's row
        planner.snooze_reminder(m, None, NOW + dt.timedelta(minutes=50), task_id=tid)
        assert planner.due_reminders(m, NOW + dt.timedelta(minutes=49)) == []
        planner.dismiss_reminder(m, planner.due_reminders(m, NOW + dt.timedelta(minutes=50))[0].id)
        assert planner.due_reminders(m, NOW + dt.timedelta(minutes=55)) == []
    with AppContext(spec_from(path, "HEAD1"), guard=False) as head:
        planner.reschedule_task(head, tid, NOW + dt.timedelta(days=1), now=NOW)
    with AppContext(spec_from(path, "MGR1"), guard=False) as m:
        assert planner.due_reminders(m, NOW + dt.timedelta(hours=2)) == []
        (r,) = planner.due_reminders(m, NOW + dt.timedelta(days=1, minutes=-15))
        assert r.task_id == tid and r.due_at == NOW + dt.timedelta(days=1)


def test_birthdays_today_and_this_week_including_29_february(ctx):
    born = [("Today Person", dt.date(1980, 3, 10)), ("In three days", dt.date(1990, 3, 13)),
            ("Next month", dt.date(1985, 4, 10)), ("Leap Day", dt.date(1996, 2, 29))]
    _client(ctx, "Firm", contacts=[ContactItem(n, birthday=b) for n, b in born])
    _client(ctx, "Ivanov Ivan", kind="PERSON", birthday=dt.date(1970, 3, 16))
    users.add_user(ctx, "OTHER", "CRM_MANAGER", None, department="Sales")
    other = _scalar(ctx, "SELECT ID FROM CRM_USERS WHERE LOGIN = 'OTHER'")
    clients.save_client(ctx, ClientDraft(name="Not mine", responsible_id=other,
                                         contacts=[ContactItem("Stranger", birthday=dt.date(1980, 3, 10))]))
    day = planner.my_day(ctx, DAY, NOW)
    assert [(b.person, b.age) for b in day.birthdays_today] == [("Today Person", 45)]
    assert [(b.person, b.on, b.kind) for b in day.birthdays_soon] == [
        ("In three days", dt.date(2025, 3, 13), "CONTACT"), ("Ivanov Ivan", dt.date(2025, 3, 16), "CLIENT")]
    # 2025 has no 29 February: celebrated on the 28th; in 2028 on the 29th
    feb = planner.birthdays(ctx, dt.date(2025, 2, 28), 0)
    assert [(b.person, b.on, b.age) for b in feb] == [("Leap Day", dt.date(2025, 2, 28), 29)]
    assert [b.person for b in planner.birthdays(ctx, dt.date(2025, 2, 22), 7)] == ["Leap Day"]
    assert [b.on for b in planner.birthdays(ctx, dt.date(2028, 2, 28), 1)] == [dt.date(2028, 2, 29)]
    assert planner.birthdays(ctx, dt.date(2028, 2, 28), 0) == []


def test_tasks_in_range_for_views(ctx):
    users.add_user(ctx, "OTHER", "CRM_MANAGER", None, department="Sales")
    other = _scalar(ctx, "SELECT ID FROM CRM_USERS WHERE LOGIN = 'OTHER'")
    a = _task(ctx, "Mon", NOW.replace(hour=10))
    b = _task(ctx, "Wed", NOW + dt.timedelta(days=2))
    _task(ctx, "Next week", NOW + dt.timedelta(days=8))
    c = _task(ctx, "Theirs", NOW + dt.timedelta(days=1), assignee_id=other)
    planner.complete_task(ctx, a, "ok", now=NOW)
    week = (dt.datetime(2025, 3, 10), dt.datetime(2025, 3, 17))
    mine = planner.tasks_in_range(ctx, *week, ctx.current_user_id())
    assert [(t.id, t.status) for t in mine] == [(a, "DONE"), (b, "OPEN")]
    assert [t.id for t in planner.tasks_in_range(ctx, *week, other)] == [c]
    assert [t.id for t in planner.tasks_in_range(ctx, *week)] == [a, c, b]
    assert planner.tasks_in_range(ctx, week[1], week[0]) == []
    choices = planner.task_choices(ctx)
    assert choices.is_head and choices.my_user_id == ctx.current_user_id()
    assert {"OTHER"} <= {n for _i, n in choices.users} | {"OTHER"}


def test_demo_gives_the_demo_login_a_day_of_work(embedded_db):
    from app import demo

    now = dt.datetime(2025, 3, 10, 9, 0)
    with AppContext(embedded_db) as ctx:
        summary = demo.generate(ctx, clients=5, seed=2, my_day=True)
        assert summary["clients"] == 5  # the bulk summary stays the managers' history
        ctx.reader.restart()
        counts = __import__("app.demo_day", fromlist=["x"]).prepare_my_day(ctx, now)  # a second day's worth
        assert counts == {"clients": 4, "deals": 3, "tasks": 10}
        day = planner.my_day(ctx, now.date(), now)
        titles_today = [t.title for t in day.today]
        assert "Call Anna about the delivery date" in titles_today and len(titles_today) >= 5
        assert {"Call back about the offer", "Send the signed contract"} <= {t.title for t in day.overdue}
        assert "Anna Smirnova" in {b.person for b in day.birthdays_today}
        assert {"Irina Kozlova", "Pavel Sokolov", "Egorov Nikolay"} <= {b.person for b in day.birthdays_soon}
        assert "Call back: the client asked for it" in {r.text for r in day.reminders}
        assert all(t.client for t in day.today)
