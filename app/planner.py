"""The planner (issue #5): tasks, "my day", day/week/month ranges, birthdays and reminders. Layer: ``app``.

Pure Python over ``db`` (no Qt). Every mutating function runs one short write transaction and
returns :class:`~app.clients.Saved` with the :class:`~app.changes.Changes` it made; reads go through
the read channel's cached prepared statements (``ctx.reader``), bounded by ``FIRST n`` and walking
``IX_TASKS_ASSIGNEE_STATUS_DUE`` / ``IX_TASKS_DUE_AT`` / ``IX_REMINDERS_USER_AT``.

**The clock is a parameter.** Functions that depend on the time take ``now`` (and ``day``); only a
missing ``now`` defaults to the wall clock, so tests drive reminders with a fixed clock.

**Reminders.** A task's reminder is a REMINDERS row of its assignee (``REMIND_AT`` = due minus the
lead time, :data:`DEFAULT_LEAD_MIN` unless the draft says otherwise), written by :func:`save_task`
in the task's transaction. The server lets a login write only its *own* reminder rows (V_REMINDERS:
``USER_ID`` = me, or a CRM administrator), so when a manager assigns a task to a colleague no row
can be written for the colleague; and a head who reschedules someone's task cannot move that
person's row. :func:`due_reminders` therefore also *derives* reminders for the current user's open
tasks (due within the lead time and at most :data:`OVERDUE_POPUP_DAYS` overdue) whose own row is
missing or older than the task's last change (the task was rescheduled by someone else). Snoozing
or dismissing a derived reminder writes the user's own row. Reminders of tasks that are done,
cancelled or assigned to someone else are never shown. Rows without a task (automation "notify"
actions) show their ``TEXT``.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.attributes import flag_modified

from app import uow, validate
from app.changes import CLIENT, INTERACTION, TASK, Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, UserError, ValidationError, from_driver
from app.i18n import translate
from app.interactions import ATTEMPT_RESULTS, RESULTS
from db.models import TASK_KINDS, Interaction, Reminder, Task

#: minutes before the due time a task's reminder fires, unless the task says otherwise
DEFAULT_LEAD_MIN = 15
#: overdue tasks without a reminder row still pop up (e.g. at start-up) for this many days
OVERDUE_POPUP_DAYS = 7
#: how far ahead "my day" lists birthdays after today
BIRTHDAY_DAYS_AHEAD = 7
MAX_DURATION_MIN = 24 * 60
#: interaction logged when a task of this kind is completed, and its default result
INTERACTION_OF_TASK = {"CALL": ("CALL", "REACHED"), "MEETING": ("MEETING", "HELD"), "EMAIL": ("EMAIL", "SENT")}
_LIST_LIMIT = 200
_RANGE_LIMIT = 1000
_REMINDER_LIMIT = 50


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


# ---------------------------------------------------------------------------------------------
# Dataclasses


@dataclass
class TaskDraft:
    """An editable task. ``assignee_id`` None = the current user; ``id`` None = a new task."""

    title: str = ""
    kind: str = "CALL"
    due_at: dt.datetime | None = None
    duration_min: int = 15
    priority: int = 2  #: 1 high, 2 normal, 3 low
    assignee_id: int | None = None
    client_id: int | None = None
    deal_id: int | None = None
    contact_id: int | None = None
    description: str | None = None
    #: the assignee's reminder this many minutes before ``due_at``; None = no reminder
    remind_before_min: int | None = DEFAULT_LEAD_MIN
    id: int | None = None
    version: int | None = None  #: the version the user saw (None for a new task)


@dataclass(frozen=True)
class TaskItem:
    """One task as lists, my day and the calendar show it (no BLOBs)."""

    id: int
    version: int
    title: str
    kind: str
    status: str
    due_at: dt.datetime | None
    duration_min: int
    priority: int
    assignee_id: int | None
    assignee: str | None
    client_id: int | None
    client: str | None
    deal_id: int | None
    deal: str | None
    contact_id: int | None
    contact: str | None
    result: str | None
    done_at: dt.datetime | None

    def is_overdue(self, now: dt.datetime) -> bool:
        """Open and past its due time."""
        return self.status == "OPEN" and self.due_at is not None and self.due_at < now


@dataclass(frozen=True)
class TaskForm:
    """What the task dialog opens with: the draft plus the names of its links and its state."""

    draft: TaskDraft
    status: str
    result: str | None
    done_at: dt.datetime | None
    client: str | None
    deal: str | None
    contact: str | None
    changed_by: str | None
    changed_at: dt.datetime | None


@dataclass(frozen=True)
class Birthday:
    person: str
    kind: str  #: "CONTACT" (a contact person of the client) or "CLIENT" (a person-client)
    client_id: int
    client: str
    contact_id: int | None
    born: dt.date
    on: dt.date  #: the day it is celebrated in the window (29 Feb → 28 Feb in other years)
    age: int


@dataclass(frozen=True)
class ReminderItem:
    """A reminder due now. ``id`` None: derived from a task that has no row of mine (see module doc)."""

    id: int | None
    task_id: int | None
    text: str
    remind_at: dt.datetime
    due_at: dt.datetime | None = None
    kind: str | None = None
    client_id: int | None = None
    client: str | None = None
    deal_id: int | None = None

    @property
    def key(self) -> tuple[int | None, int | None]:
        """Identity across polls: the same reminder keeps its key while it stays due."""
        return (self.id, None) if self.id is not None else (None, self.task_id)


@dataclass(frozen=True)
class MyDay:
    day: dt.date
    now: dt.datetime
    overdue: list[TaskItem]  #: open tasks due before ``day``, oldest first
    today: list[TaskItem]  #: open tasks due on ``day``, by time (those before ``now`` are overdue too)
    undated: list[TaskItem]  #: open tasks without a due time
    birthdays_today: list[Birthday]
    birthdays_soon: list[Birthday]  #: the next :data:`BIRTHDAY_DAYS_AHEAD` days, by date
    reminders: list[ReminderItem]  #: reminders already due
    done_today: int = 0
    overdue_more: bool = False  #: more overdue tasks exist than listed


@dataclass(frozen=True)
class TaskChoices:
    """Reference data of the task dialog and the planner's filter, loaded once per connection."""

    my_user_id: int | None
    is_head: bool  #: may look at other users' plans (CRM_HEAD / CRM_ADMIN)
    users: list[tuple[int, str]] = field(default_factory=list)  #: active users (id, full name)


@dataclass(frozen=True)
class ClientLinks:
    """What a task of one client may link to: its contacts and open deals."""

    client_id: int
    client: str
    contacts: list[tuple[int, str]]
    deals: list[tuple[int, str]]


# ---------------------------------------------------------------------------------------------
# SQL (routed to the V_ views by the read channel)

_TASK_SELECT = ("t.ID, t.VERSION, t.TITLE, t.KIND, t.STATUS, t.DUE_AT, t.DURATION_MIN, t.PRIORITY, "
                "t.ASSIGNEE_ID, u.FULL_NAME, t.CLIENT_ID, c.NAME, t.DEAL_ID, d.TITLE, t.CONTACT_ID, k.FULL_NAME, "
                "t.RESULT, t.DONE_AT FROM TASKS t LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID "
                "LEFT JOIN CLIENTS c ON c.ID = t.CLIENT_ID LEFT JOIN DEALS d ON d.ID = t.DEAL_ID "
                "LEFT JOIN CONTACTS k ON k.ID = t.CONTACT_ID ")
_TASK_COLS = "SELECT FIRST (?) " + _TASK_SELECT
_MY_OPEN_WHERE = "WHERE t.ASSIGNEE_ID = ? AND t.STATUS = 'OPEN' AND t.DUE_AT >= ? AND t.DUE_AT < ? ORDER BY t.DUE_AT, t.ID"
_MY_UNDATED_WHERE = "WHERE t.ASSIGNEE_ID = ? AND t.STATUS = 'OPEN' AND t.DUE_AT IS NULL ORDER BY t.ID"
_DAY_COLS = "K, " + ", ".join(f"C{i}" for i in range(18))


def _day_part(kind: str, where: str) -> str:
    # a derived table per section keeps its own FIRST/ORDER BY; the column list makes names unique
    return f"SELECT * FROM (SELECT FIRST (?) '{kind}', {_TASK_SELECT}{where}) X{kind} ({_DAY_COLS})"


#: my day's task sections in one statement (one round trip on the read channel): K = 'O' overdue,
#: 'T' today, 'U' undated, and one 'D' row whose C0 is the number of tasks done today.
#: Parameters: overdue (limit, me, since, begin), today (limit, me, begin, end), undated
#: (limit, me), done (me, begin, end).
_MY_DAY_SQL = (
    _day_part("O", _MY_OPEN_WHERE) + " UNION ALL " + _day_part("T", _MY_OPEN_WHERE) + " UNION ALL "
    + _day_part("U", _MY_UNDATED_WHERE) + " UNION ALL SELECT 'D', COUNT(*)" + ", NULL" * 17
    + " FROM TASKS t WHERE t.ASSIGNEE_ID = ? AND t.STATUS = 'DONE' AND t.DONE_AT >= ? AND t.DONE_AT < ?")
# IN (...) over the three statuses keeps all three index columns usable for a user's range
_USER_RANGE_SQL = (_TASK_COLS + "WHERE t.ASSIGNEE_ID = ? AND t.STATUS IN ('OPEN', 'DONE', 'CANCELLED') "
                   "AND t.DUE_AT >= ? AND t.DUE_AT < ? ORDER BY t.DUE_AT, t.ID")
_ALL_RANGE_SQL = _TASK_COLS + "WHERE t.DUE_AT >= ? AND t.DUE_AT < ? ORDER BY t.DUE_AT, t.ID"
_ONE_TASK_SQL = _TASK_COLS + "WHERE t.ID = ?"

_MD = "EXTRACT(MONTH FROM {c}) * 100 + EXTRACT(DAY FROM {c}) IN (?, ?, ?, ?, ?, ?, ?, ?, ?)"
_BIRTHDAYS_SQL = (
    "SELECT FIRST 200 * FROM ("
    "SELECT k.FULL_NAME AS PERSON, 'CONTACT' AS KIND, c.ID AS CLIENT_ID, c.NAME AS CLIENT, k.ID AS CONTACT_ID, "
    "k.BIRTHDAY AS BORN FROM CLIENTS c "
    "JOIN CONTACTS k ON k.CLIENT_ID = c.ID WHERE c.RESPONSIBLE_ID = ? AND c.IS_ARCHIVED = FALSE "
    "AND k.BIRTHDAY IS NOT NULL AND " + _MD.format(c="k.BIRTHDAY") + " UNION ALL "
    "SELECT c.NAME, 'CLIENT', c.ID, c.NAME, CAST(NULL AS INTEGER), c.BIRTHDAY FROM CLIENTS c "
    "WHERE c.RESPONSIBLE_ID = ? AND c.IS_ARCHIVED = FALSE AND c.KIND = 'PERSON' "
    "AND c.BIRTHDAY IS NOT NULL AND " + _MD.format(c="c.BIRTHDAY") + ")")

# a task reminder row counts while it is at least as new as the task's last change
_FRESH = "COALESCE(t.CHANGED_AT, t.CREATED_AT) <= COALESCE(r.CHANGED_AT, r.CREATED_AT)"
_DUE_ROWS_SQL = (
    "SELECT FIRST 50 r.ID, r.TASK_ID, r.TEXT, r.REMIND_AT, t.TITLE, t.KIND, t.DUE_AT, t.CLIENT_ID, c.NAME, t.DEAL_ID "
    "FROM REMINDERS r LEFT JOIN TASKS t ON t.ID = r.TASK_ID LEFT JOIN CLIENTS c ON c.ID = t.CLIENT_ID "
    "WHERE r.USER_ID = ? AND r.DISMISSED = FALSE AND r.REMIND_AT <= ? "
    "AND (r.SNOOZED_UNTIL IS NULL OR r.SNOOZED_UNTIL <= ?) "
    "AND (r.TASK_ID IS NULL OR (t.STATUS = 'OPEN' AND t.ASSIGNEE_ID = r.USER_ID AND " + _FRESH + ")) "
    "ORDER BY r.REMIND_AT, r.ID")
_DUE_DERIVED_SQL = (
    "SELECT FIRST 50 NULL, t.ID, NULL, NULL, t.TITLE, t.KIND, t.DUE_AT, t.CLIENT_ID, c.NAME, t.DEAL_ID "
    "FROM TASKS t LEFT JOIN CLIENTS c ON c.ID = t.CLIENT_ID "
    "WHERE t.ASSIGNEE_ID = ? AND t.STATUS = 'OPEN' AND t.DUE_AT >= ? AND t.DUE_AT <= ? "
    "AND NOT EXISTS (SELECT 1 FROM REMINDERS r WHERE r.TASK_ID = t.ID AND r.USER_ID = t.ASSIGNEE_ID AND " + _FRESH + ") "
    "ORDER BY t.DUE_AT, t.ID")
_DUE_COLS = "RID, TASK_ID, TXT, REMIND_AT, TITLE, KIND, DUE_AT, CLIENT_ID, CLIENT, DEAL_ID"
#: my reminder rows due, then the reminders derived from my open tasks (RID NULL), in one statement.
#: Parameters: (me, now, now) of the rows, (me, since, until) of the derived ones.
_DUE_SQL = (f"SELECT * FROM ({_DUE_ROWS_SQL}) XR ({_DUE_COLS}) UNION ALL "
            f"SELECT * FROM ({_DUE_DERIVED_SQL}) XD ({_DUE_COLS})")

_ME_SQL = "SELECT u.ID, u.ROLE_NAME FROM CRM_USERS u WHERE u.LOGIN = CURRENT_USER"
_USERS_SQL = "SELECT u.ID, u.FULL_NAME FROM CRM_USERS u WHERE u.IS_ACTIVE = TRUE OR u.LOGIN = CURRENT_USER ORDER BY u.FULL_NAME"
_USER_SQL = "SELECT u.IS_ACTIVE, u.FULL_NAME FROM CRM_USERS u WHERE u.ID = ?"
_CLIENT_SQL = "SELECT c.ID, c.NAME FROM CLIENTS c WHERE c.ID = ?"
_CONTACTS_SQL = "SELECT FIRST 200 k.ID, k.FULL_NAME FROM CONTACTS k WHERE k.CLIENT_ID = ? ORDER BY k.IS_PRIMARY DESC, k.FULL_NAME"
_DEALS_SQL = ("SELECT FIRST 200 d.ID, d.TITLE FROM DEALS d WHERE d.CLIENT_ID = ? AND d.OUTCOME = 'OPEN' "
              "ORDER BY d.CREATED_AT DESC")
_DEAL_SQL = "SELECT d.CLIENT_ID, d.TITLE FROM DEALS d WHERE d.ID = ?"
_CONTACT_SQL = "SELECT k.CLIENT_ID, k.FULL_NAME FROM CONTACTS k WHERE k.ID = ?"


def _s(v):
    return v.strip() if isinstance(v, str) else v


def _item(r: tuple) -> TaskItem:
    return TaskItem(r[0], r[1], r[2], _s(r[3]), _s(r[4]), r[5], r[6] or 0, r[7], r[8], r[9], r[10], r[11], r[12],
                    r[13], r[14], r[15], r[16], r[17])


# ---------------------------------------------------------------------------------------------
# Reads


def task_choices(ctx: AppContext) -> TaskChoices:
    """Me, whether I may plan for others, and the active users (two small reads)."""
    me = uow.read(ctx, _ME_SQL)
    users = uow.read(ctx, _USERS_SQL)
    role = _s(me[0][1]) if me else None
    head = role in ("CRM_HEAD", "CRM_ADMIN") or ctx.info.user.upper() == "SYSDBA"
    return TaskChoices(me[0][0] if me else None, head, [(r[0], r[1]) for r in users])


def client_links(ctx: AppContext, client_id: int) -> ClientLinks:
    """The client's name, contacts and open deals (the task dialog's link choices)."""
    row = uow.read(ctx, _CLIENT_SQL, (client_id,))
    if not row:
        raise UserError(translate("app.planner", "This client no longer exists or is not visible to you."))
    return ClientLinks(client_id, row[0][1], [(r[0], r[1]) for r in uow.read(ctx, _CONTACTS_SQL, (client_id,))],
                       [(r[0], r[1]) for r in uow.read(ctx, _DEALS_SQL, (client_id,))])


def load_task(ctx: AppContext, task_id: int) -> TaskForm:
    """One task for the dialog, with its description and the assignee's reminder lead time."""
    try:
        with ctx.sessions() as s:
            t = s.get(Task, task_id)
            if t is None:
                raise UserError(translate("app.planner", "This task no longer exists (deleted by another user?)."))
            r = s.scalar(select(Reminder).where(Reminder.task_id == task_id, Reminder.user_id == t.assignee_id))
            lead: int | None = DEFAULT_LEAD_MIN
            if r is not None:
                diff = (t.due_at - r.remind_at) if t.due_at is not None and r.remind_at is not None else None
                if r.dismissed and (diff is None or diff <= dt.timedelta(0)):
                    lead = None  # "no reminder" (or one at the due time, already dismissed)
                elif diff is not None:
                    lead = max(0, int(diff.total_seconds() // 60))
            draft = TaskDraft(title=t.title, kind=_s(t.kind), due_at=t.due_at, duration_min=t.duration_min,
                              priority=t.priority, assignee_id=t.assignee_id, client_id=t.client_id, deal_id=t.deal_id,
                              contact_id=t.contact_id, description=t.description, remind_before_min=lead, id=t.id,
                              version=t.version)
            state = (_s(t.status), t.result, t.done_at, _s(t.changed_by) or _s(t.created_by), t.changed_at or t.created_at)
            s.rollback()
    except DBAPIError as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    item = uow.read(ctx, _ONE_TASK_SQL, (1, task_id))
    names = _item(item[0]) if item else None
    return TaskForm(draft, state[0], state[1], state[2], names.client if names else None,
                    names.deal if names else None, names.contact if names else None, state[3], state[4])


def my_day(ctx: AppContext, day: dt.date | None = None, now: dt.datetime | None = None) -> MyDay:
    """The current user's day: overdue and today's open tasks, undated ones, birthdays of the contact
    persons and person-clients of *my* clients (responsible = me) today and in the next
    :data:`BIRTHDAY_DAYS_AHEAD` days, and the reminders already due. Three bounded reads (the task
    sections with today's done count, the birthdays, the reminders): three round trips warm."""
    now = _now(now)
    day = day or now.date()
    me = ctx.current_user_id()
    if me is None:
        return MyDay(day, now, [], [], [], [], [], [])
    begin, end = _start(day), _start(day + dt.timedelta(days=1))
    sections: dict[str, list[TaskItem]] = {"O": [], "T": [], "U": []}
    done = 0
    for r in uow.read(ctx, _MY_DAY_SQL, (_LIST_LIMIT + 1, me, dt.datetime(1900, 1, 1), begin, _LIST_LIMIT, me, begin, end,
                                      50, me, me, begin, end)):
        if r[0] == "D":
            done = int(r[1] or 0)
        else:
            sections[r[0]].append(_item(r[1:]))
    # each section keeps its server order; sorting again makes it independent of how UNION ALL streams
    overdue, today, undated = (sorted(sections[k], key=lambda t: (t.due_at or dt.datetime.max, t.id)) for k in "OTU")
    births = birthdays(ctx, day, BIRTHDAY_DAYS_AHEAD)
    return MyDay(day, now, overdue[:_LIST_LIMIT], today, undated, [b for b in births if b.on == day],
                 [b for b in births if b.on != day], due_reminders(ctx, now), done, len(overdue) > _LIST_LIMIT)


def _celebrated(born: dt.date, day: dt.date) -> bool:
    if (born.month, born.day) == (day.month, day.day):
        return True
    # 29 February is celebrated on 28 February in years without one
    return (born.month, born.day) == (2, 29) and (day.month, day.day) == (2, 28) and not calendar.isleap(day.year)


def birthdays(ctx: AppContext, day: dt.date, days_ahead: int = BIRTHDAY_DAYS_AHEAD) -> list[Birthday]:
    """Birthdays from ``day`` to ``day + days_ahead`` of the contact persons and person-clients of
    the current user's clients (not archived), by date then name. ``days_ahead`` ≤ 7."""
    me = ctx.current_user_id()
    if me is None:
        return []
    days_ahead = max(0, min(days_ahead, 7))
    window = [day + dt.timedelta(days=i) for i in range(days_ahead + 1)]
    codes = [d.month * 100 + d.day for d in window]
    if any(d.month == 2 and d.day == 28 and not calendar.isleap(d.year) for d in window):
        codes.append(229)
    codes += [0] * (9 - len(codes))
    rows = uow.read(ctx, _BIRTHDAYS_SQL, (me, *codes, me, *codes))
    out = []
    for person, kind, client_id, client, contact_id, born in rows:
        on = next((d for d in window if _celebrated(born, d)), None)
        if on is not None:
            out.append(Birthday(person, _s(kind), client_id, client, contact_id, born, on, on.year - born.year))
    return sorted(out, key=lambda b: (b.on, b.person))


def tasks_in_range(ctx: AppContext, start: dt.datetime, end: dt.datetime, assignee_id: int | None = None) -> list[TaskItem]:
    """Tasks of every status due in ``[start, end)`` for the day/week/month views: of one assignee,
    or (``assignee_id`` None) every task the login may see. At most 1000, by due time."""
    if end <= start:
        return []
    if assignee_id is None:
        rows = uow.read(ctx, _ALL_RANGE_SQL, (_RANGE_LIMIT, start, end))
    else:
        rows = uow.read(ctx, _USER_RANGE_SQL, (_RANGE_LIMIT, assignee_id, start, end))
    return [_item(r) for r in rows]


def due_reminders(ctx: AppContext, now: dt.datetime | None = None) -> list[ReminderItem]:
    """The current user's reminders due at ``now``: not dismissed, ``REMIND_AT`` ≤ now, not snoozed
    past now, and for tasks only while the task is open and still mine; plus the reminders derived
    from my open tasks (module docstring). One statement (two bounded indexed parts); oldest first."""
    now = _now(now)
    me = ctx.current_user_id()
    if me is None:
        return []
    items = []
    lead = dt.timedelta(minutes=DEFAULT_LEAD_MIN)
    since = now - dt.timedelta(days=OVERDUE_POPUP_DAYS)
    for rid, task_id, text, at, title, kind, due, client_id, client, deal_id in uow.read(
            ctx, _DUE_SQL, (me, now, now, me, since, now + lead)):
        if rid is None:  # derived from an open task of mine without a fresh row
            items.append(ReminderItem(None, task_id, title, due - lead, due, _s(kind), client_id, client, deal_id))
        else:
            items.append(ReminderItem(rid, task_id, title or text, at, due, _s(kind), client_id, client, deal_id))
    items.sort(key=lambda i: (i.remind_at, i.id or 0, i.task_id or 0))
    return items[:_REMINDER_LIMIT]


# ---------------------------------------------------------------------------------------------
# Writes


def _is_admin(ctx: AppContext) -> bool:
    me = uow.read(ctx, _ME_SQL)
    return (bool(me) and _s(me[0][1]) == "CRM_ADMIN") or ctx.info.user.upper() == "SYSDBA"


def validate_task(ctx: AppContext, draft: TaskDraft, now: dt.datetime | None = None) -> TaskDraft:
    """A cleaned copy of ``draft`` or ValidationError(field, message) naming the first bad field.

    Title 1..200 characters; a known kind; a due time from the year 2000 to ten years ahead, and not
    before today for a new task; duration 0..24 h; priority 1..3; the assignee an active user (None =
    me); the deal and the contact belong to the client (a deal alone brings its client).
    """
    now = _now(now)
    title = (draft.title or "").strip()
    if not title:
        raise ValidationError("title", translate("app.planner", "Write what is to be done (the title)."))
    if len(title) > 200:
        raise ValidationError("title", translate("app.planner", "The title is too long ({n} characters, at most 200).")
                              .format(n=len(title)))
    if draft.kind not in TASK_KINDS:
        raise ValidationError("kind", translate("app.planner", "Choose the type of the task."))
    due = draft.due_at.replace(second=0, microsecond=0) if draft.due_at else None
    if due is not None:
        if due.year < 2000 or due > now + dt.timedelta(days=3660):
            raise ValidationError("due_at", translate("app.planner", "The due date {d} is not plausible.").format(
                d=due.strftime("%Y-%m-%d")))
        if draft.id is None and due < _start(now.date()):
            raise ValidationError("due_at", translate("app.planner", "A new task cannot be due in the past ({d})."
                                                      ).format(d=due.strftime("%Y-%m-%d %H:%M")))
    if not 0 <= int(draft.duration_min) <= MAX_DURATION_MIN:
        raise ValidationError("duration_min", translate("app.planner", "Duration must be between 0 and 24 hours."))
    if draft.priority not in (1, 2, 3):
        raise ValidationError("priority", translate("app.planner", "Priority is high, normal or low."))
    lead = draft.remind_before_min
    if lead is not None and not 0 <= lead <= 7 * 24 * 60:
        raise ValidationError("remind_before_min", translate("app.planner", "Remind at most a week before."))
    assignee = draft.assignee_id if draft.assignee_id is not None else ctx.current_user_id()
    if assignee is None:
        raise ValidationError("assignee_id", translate("app.planner", "Choose who does the task."))
    user = uow.read(ctx, _USER_SQL, (assignee,))
    if not user or not user[0][0]:
        raise ValidationError("assignee_id", translate("app.planner", "{user} is not an active user.").format(
            user=user[0][1] if user else f"#{assignee}"))
    client_id = draft.client_id
    if draft.deal_id is not None:
        deal = uow.read(ctx, _DEAL_SQL, (draft.deal_id,))
        if not deal:
            raise ValidationError("deal_id", translate("app.planner", "The deal no longer exists or is not visible to you."))
        if client_id is None:
            client_id = deal[0][0]
        elif deal[0][0] != client_id:
            raise ValidationError("deal_id", translate("app.planner", "The deal “{deal}” belongs to another client.")
                                  .format(deal=deal[0][1]))
    if draft.contact_id is not None:
        contact = uow.read(ctx, _CONTACT_SQL, (draft.contact_id,))
        if not contact or (client_id is not None and contact[0][0] != client_id):
            raise ValidationError("contact_id", translate("app.planner", "Choose a contact person of the client."))
        client_id = contact[0][0]
    if client_id is not None and not uow.read(ctx, _CLIENT_SQL, (client_id,)):
        raise ValidationError("client_id", translate("app.planner", "The client no longer exists or is not visible to you."))
    desc = draft.description.strip() if draft.description else None
    if desc and len(desc) > validate.MAX_NOTE_CHARS:
        raise ValidationError("description", translate("app.planner", "The description is too long."))
    validate.no_control_characters(desc, "description", translate("app.planner", "Description"))
    return TaskDraft(title, draft.kind, due, int(draft.duration_min), draft.priority, assignee, client_id, draft.deal_id,
                     draft.contact_id, desc or None, lead, draft.id, draft.version)


def _task_changes(t: Task) -> Changes:
    """What a change of task ``t`` touches: the task and its client's card."""
    return Changes.of(TASK, t.id) | (Changes.of(CLIENT, t.client_id) if t.client_id else Changes())


def _conflict(t: Task) -> ConflictError:
    return ConflictError(ConflictInfo(_s(t.changed_by) or _s(t.created_by), t.changed_at or t.created_at))


def _get_task(s, task_id: int, version: int | None) -> Task:
    t = s.get(Task, task_id, populate_existing=True)
    if t is None:
        raise UserError(translate("app.planner", "This task no longer exists (deleted by another user?)."))
    if version is not None and t.version != version:
        raise _conflict(t)
    return t


def _sync_reminder(s, t: Task, lead_min: int | None, me: int | None, admin: bool, *, keep_state: bool) -> None:
    """Make the reminders of task ``t`` agree with it, inside the task's transaction.

    Rows of users other than the assignee that this login can see go away. The assignee's row is
    written only when the server allows it (the assignee is me, or I am a CRM administrator); it is
    always touched, so it stays at least as new as the task (see :data:`_FRESH`). ``keep_state``:
    the due time did not move, so a snooze or dismissal stays as the user left it.
    """
    rows = list(s.scalars(select(Reminder).where(Reminder.task_id == t.id)))
    mine = None
    for r in rows:
        if r.user_id == t.assignee_id and mine is None:
            mine = r
        else:
            s.delete(r)
    if t.assignee_id is None or not (t.assignee_id == me or admin):
        if mine is not None:
            s.delete(mine)  # (only reachable by an administrator; keeps no stale row behind)
        return
    at = t.due_at - dt.timedelta(minutes=lead_min) if t.due_at is not None and lead_min is not None else None
    if mine is None:
        mine = Reminder(task_id=t.id, user_id=t.assignee_id, text=t.title[:200], dismissed=False)
        s.add(mine)
        keep_state = False
    mine.text = t.title[:200]
    flag_modified(mine, "text")
    if at is None:  # no reminder wanted: a dismissed row, so none is derived either
        mine.remind_at, mine.dismissed, mine.snoozed_until = t.due_at, True, None
    elif not keep_state or mine.remind_at != at:
        mine.remind_at, mine.snoozed_until, mine.dismissed = at, None, False


def save_task(ctx: AppContext, draft: TaskDraft, *, now: dt.datetime | None = None) -> Saved:
    """Create or update a task and its assignee's reminder in one transaction (module docstring).

    ``draft.version`` is the version the user saw: a different stored version raises ConflictError
    naming who changed the task; nothing is overwritten.
    """
    d = validate_task(ctx, draft, now)
    me = ctx.current_user_id()
    admin = _is_admin(ctx) if d.assignee_id != me else False
    with uow.writing(ctx) as s:
        if d.id is None:
            t = Task(status="OPEN")
            s.add(t)
            old_client, moved = None, True
        else:
            t = _get_task(s, d.id, d.version)
            old_client, moved = t.client_id, t.due_at != d.due_at or t.assignee_id != d.assignee_id
            if t.status != "OPEN" and (t.due_at != d.due_at or t.assignee_id != d.assignee_id):
                t.status, t.done_at = "OPEN", None  # re-planning a closed task opens it again
        t.title, t.kind, t.due_at, t.duration_min, t.priority = d.title, d.kind, d.due_at, d.duration_min, d.priority
        t.assignee_id, t.client_id, t.deal_id, t.contact_id = d.assignee_id, d.client_id, d.deal_id, d.contact_id
        t.description = d.description
        s.flush()
        _sync_reminder(s, t, d.remind_before_min, me, admin, keep_state=not moved)
        s.flush()
        changes = Changes.of(TASK, t.id)
        for cid in {old_client, t.client_id} - {None}:
            changes = changes | Changes.of(CLIENT, cid)
        saved = Saved(t.id, t.version, changes)
    return saved


def complete_task(ctx: AppContext, task_id: int, result: str | None, version: int | None = None,
                  log_interaction: bool = True, *, outcome: str | None = None,
                  now: dt.datetime | None = None) -> Saved:
    """Mark a task done with ``result`` (≤ 500 characters); one transaction.

    A CALL/MEETING/EMAIL task of a client with ``log_interaction`` also logs the interaction on the
    client (subject = the task's title, text = ``result``, ``outcome`` = the interaction's result
    code, by default reached/held/sent; the task's contact, deal and duration), so the client's last
    contact moves in the same commit. ``version`` None = whatever is stored now.
    """
    now = _now(now)
    text = (result or "").strip() or None
    if text and len(text) > 500:
        raise ValidationError("result", translate("app.planner", "The result is too long ({n} characters, at most 500).")
                              .format(n=len(text)))
    if outcome is not None and outcome not in RESULTS:
        raise ValidationError("outcome", translate("app.planner", "Unknown call result {code}.").format(code=outcome))
    with uow.writing(ctx) as s:
        t = _get_task(s, task_id, version)
        if t.status == "DONE":
            raise UserError(translate("app.planner", "This task is already done."))
        t.status, t.done_at, t.result = "DONE", now, text
        s.flush()
        changes = _task_changes(t)
        if log_interaction and t.client_id is not None and t.kind in INTERACTION_OF_TASK:
            kind, default = INTERACTION_OF_TASK[t.kind]
            code = outcome or default
            i = Interaction(client_id=t.client_id, kind=kind, direction="OUT", occurred_at=now,
                            duration_sec=t.duration_min * 60 if kind in ("CALL", "MEETING") else 0, result=code,
                            is_attempt=code in ATTEMPT_RESULTS, subject=t.title[:200], body=text,
                            contact_id=t.contact_id, deal_id=t.deal_id, user_id=ctx.current_user_id())
            s.add(i)
            s.flush()
            changes = changes | Changes.of(INTERACTION, i.id)
        saved = Saved(t.id, t.version, changes)
    return saved


def cancel_task(ctx: AppContext, task_id: int, version: int | None = None, *, now: dt.datetime | None = None) -> Saved:
    """Cancel an open task (it leaves my day and stops reminding)."""
    with uow.writing(ctx) as s:
        t = _get_task(s, task_id, version)
        if t.status != "OPEN":
            raise UserError(translate("app.planner", "Only an open task can be cancelled."))
        t.status = "CANCELLED"
        s.flush()
        saved = Saved(t.id, t.version, _task_changes(t))
    return saved


def reschedule_task(ctx: AppContext, task_id: int, due_at: dt.datetime, version: int | None = None, *,
                    now: dt.datetime | None = None) -> Saved:
    """Move an open task to ``due_at`` (not before today); its reminder moves along with the same lead."""
    now = _now(now)
    due = due_at.replace(second=0, microsecond=0)
    if due < _start(now.date()) or due > now + dt.timedelta(days=3660):
        raise ValidationError("due_at", translate("app.planner", "Choose a time from today on."))
    me = ctx.current_user_id()
    with uow.writing(ctx) as s:
        t = _get_task(s, task_id, version)
        if t.status != "OPEN":
            raise UserError(translate("app.planner", "Only an open task can be rescheduled."))
        mine = s.scalar(select(Reminder).where(Reminder.task_id == t.id, Reminder.user_id == t.assignee_id))
        lead = DEFAULT_LEAD_MIN
        if mine is not None and mine.remind_at is not None and t.due_at is not None and mine.remind_at <= t.due_at:
            lead = int((t.due_at - mine.remind_at).total_seconds() // 60)
        t.due_at = due
        s.flush()
        admin = _is_admin(ctx) if t.assignee_id != me else False
        _sync_reminder(s, t, lead, me, admin, keep_state=False)
        s.flush()
        saved = Saved(t.id, t.version, _task_changes(t))
    return saved


def _my_reminder(ctx: AppContext, s, reminder_id: int | None, task_id: int | None) -> Reminder:
    """My reminder row by id, or (for a derived reminder) the row of my task, created if missing."""
    me = ctx.current_user_id()
    if reminder_id is not None:
        r = s.get(Reminder, reminder_id, populate_existing=True)
        if r is None or r.user_id != me:
            raise UserError(translate("app.planner", "This reminder no longer exists."))
        return r
    if task_id is None or me is None:
        raise UserError(translate("app.planner", "This reminder no longer exists."))
    r = s.scalar(select(Reminder).where(Reminder.task_id == task_id, Reminder.user_id == me))
    if r is None:
        t = s.get(Task, task_id)
        if t is None:
            raise UserError(translate("app.planner", "This task no longer exists (deleted by another user?)."))
        r = Reminder(task_id=task_id, user_id=me, text=t.title[:200], dismissed=False,
                     remind_at=(t.due_at or dt.datetime.now()) - dt.timedelta(minutes=DEFAULT_LEAD_MIN))
        s.add(r)
    return r


def _change_reminder(ctx: AppContext, reminder_id: int | None, task_id: int | None, change) -> Saved:
    with uow.writing(ctx) as s:
        r = _my_reminder(ctx, s, reminder_id, task_id)
        change(r)
        flag_modified(r, "text")  # the row is now newer than the task: it counts again (_FRESH)
        s.flush()
        saved = Saved(r.id, r.version, Changes.of(TASK, *([r.task_id] if r.task_id else [])))
    return saved


def snooze_reminder(ctx: AppContext, reminder_id: int | None, until: dt.datetime, *, task_id: int | None = None) -> Saved:
    """Hide my reminder until ``until`` (then it is due again). ``reminder_id`` None with ``task_id``:
    a derived reminder (its row is created)."""
    until = until.replace(microsecond=0)

    def change(r: Reminder) -> None:
        r.snoozed_until, r.dismissed = until, False

    return _change_reminder(ctx, reminder_id, task_id, change)


def dismiss_reminder(ctx: AppContext, reminder_id: int | None, *, task_id: int | None = None) -> Saved:
    """Stop my reminder for good (a task rescheduled later reminds again)."""
    def change(r: Reminder) -> None:
        r.dismissed, r.snoozed_until = True, None

    return _change_reminder(ctx, reminder_id, task_id, change)
