"""C. Activity and interactions (REPORTS.md 21–33).

Terms used here, the same in every report:
* an interaction belongs to the manager who logged it (``INTERACTIONS.USER_ID``); a task to its
  assignee; "(no manager)" collects rows without one;
* a **contact** reached the client (``IS_ATTEMPT`` false, not a NOTE); an **attempt** did not
  (no answer, busy…); ``CLIENT_STATS.LAST_ATTEMPT_AT`` is the latest call/e-mail/meeting/message of
  any outcome, ``LAST_CONTACT_AT`` the latest that reached the client (SP_REFRESH_CLIENT_STATS);
* a task is **overdue** when it is open and due before the report's today (as in the planner's
  "my day"); **done on time** = done on or before its due day;
* a **planned meeting** is a MEETING task due in the period; a **held** one is such a task marked
  done; meetings logged in the history are shown beside them (unplanned ones included);
* "touched in N days" = an interaction of any outcome since midnight of ``today - N``;
* **first response** to a new client = its first call/e-mail/meeting/message (any outcome) at or
  after its creation; clients created in the period count for their responsible manager.
Period filters compare ``>= start`` and ``< the day after the end``.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date as SqlDate
from sqlalchemy import (
    DateTime,
    Integer,
    SmallInteger,
    String,
    and_,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Client, ClientStats, CrmUser, Deal, Interaction, Task
from reports.catalog.a_clients import LIMIT, MANAGER
from reports.catalog.a_clients import PERIOD_MONTH as PERIOD
from reports.queries.deals import text_literal
from reports.queries.labels import (
    CUSTOMER,
    KIND_ORDER,
    KIND_TITLES,
    PRIORITY_TITLES,
    RESULT_TITLES,
    STATUS_TITLES,
    TASK_KIND_TITLES,
    WEEKDAY_TITLES,
    at_midnight,
    client_base,
    count_if,
    days_between,
    manager_name,
    sql_date,
    sql_ts,
    tr,
)
from reports.spec import (
    EVERYONE_KEY,
    Chart,
    Codes,
    Col,
    Definition,
    Diff,
    Div,
    Every,
    Number,
    Param,
    Params,
    Period,
    Ratio,
    Report,
)

#: fill="managers": the managers who did nothing in the period are listed too (with zeros)
EVERYONE = Param(EVERYONE_KEY, "bool", QT_TRANSLATE_NOOP("reports", "Also managers without activity"), default=False)
KIND = Param("kind", "choice", QT_TRANSLATE_NOOP("reports", "Interaction type"),
             choices=tuple((k, KIND_TITLES[k]) for k in KIND_ORDER))


def _next_week(today: dt.date) -> Period:
    monday = today + dt.timedelta(days=7 - today.weekday())
    return Period(monday, monday + dt.timedelta(days=6))


def _in_period(col, p: Params) -> list:
    return [col >= p.period.start_ts, col < p.period.end_ts]


def _today_ts(p: Params) -> dt.datetime:
    return at_midnight(p.today)


def _interactions(p: Params, *extra) -> list:
    conds = [*_in_period(Interaction.occurred_at, p), *extra]
    if p.get("manager") is not None:
        conds.append(Interaction.user_id == p["manager"])
    return conds


# --- 21. interactions by type and manager --------------------------------------------------------
def _kind_order(col):
    return case(*[(col == literal_column(f"'{k}'"), literal_column(str(i))) for i, k in enumerate(KIND_ORDER)],
                else_=literal_column("99"))


def _by_manager_and_kind(p: Params):
    n = func.count(Interaction.id)
    return (select(CrmUser.id.label("uid"), manager_name().label("manager"), Interaction.kind.label("code"),
                n.label("count"), count_if(Interaction.direction == "OUT").label("outgoing"),
                count_if(Interaction.direction == "IN").label("incoming"),
                count_if(Interaction.is_attempt.is_(True)).label("attempts"),
                func.coalesce(func.sum(Interaction.duration_sec), 0).label("sec"))
         .select_from(Interaction).outerjoin(CrmUser, CrmUser.id == Interaction.user_id)
         .where(*_interactions(p))
         .group_by(CrmUser.id, CrmUser.full_name, Interaction.kind)
            .order_by(func.iif(CrmUser.id.is_(None), literal_column("1"), literal_column("0")), manager_name(),
                      func.coalesce(CrmUser.id, literal_column("0")), _kind_order(Interaction.kind)))


def _by_type(p: Params):
    n = func.count(Interaction.id)
    kinds = Interaction.kind
    return (select(manager_name().label("manager"), count_if(kinds == "CALL").label("calls"),
                   count_if(kinds == "EMAIL").label("emails"), count_if(kinds == "MEETING").label("meetings"),
                   count_if(kinds.in_(("SMS", "CHAT"))).label("messages"), count_if(kinds == "NOTE").label("notes"),
                   n.label("total"))
            .select_from(Interaction).outerjoin(CrmUser, CrmUser.id == Interaction.user_id)
            .where(*_interactions(p))
            .group_by(CrmUser.id, CrmUser.full_name)
            .order_by(n.desc(), CrmUser.full_name.asc().nulls_last()))


# --- 22. calls ---------------------------------------------------------------------------------------
def _calls(p: Params):
    n = func.count(Interaction.id)
    return (select(manager_name().label("manager"), n.label("calls"),
                count_if(Interaction.direction == "OUT").label("outgoing"),
                count_if(Interaction.direction == "IN").label("incoming"),
                count_if(Interaction.is_attempt.is_(False)).label("reached"),
                func.coalesce(func.sum(Interaction.duration_sec), 0).label("total_sec"),
                count_if(Interaction.duration_sec < p.short_sec).label("short"))
         .select_from(Interaction).outerjoin(CrmUser, CrmUser.id == Interaction.user_id)
         .where(*_interactions(p, Interaction.kind == "CALL"))
         .group_by(CrmUser.id, CrmUser.full_name)
         .order_by(n.desc(), CrmUser.full_name.asc().nulls_last()))


# --- 23, 24. meetings and tasks -------------------------------------------------------------------
def _meetings(p: Params):
    today = sql_ts(_today_ts(p))
    one, zero = literal_column("1", Integer), literal_column("0", Integer)

    def flag(cond):
        return case((cond, one), else_=zero)

    tasks = (select(Task.assignee_id.label("uid"), one.label("planned"), flag(Task.status == "DONE").label("done"),
                    flag(Task.status == "CANCELLED").label("cancelled"),
                    flag(and_(Task.status == "OPEN", Task.due_at < today)).label("overdue"),
                    flag(and_(Task.status == "OPEN", Task.due_at >= today)).label("upcoming"), zero.label("logged"))
             .where(Task.kind == "MEETING", *_in_period(Task.due_at, p)))
    logged = (select(Interaction.user_id, zero, zero, zero, zero, zero, one)
              .where(Interaction.kind == "MEETING", *_in_period(Interaction.occurred_at, p),
                     or_(Interaction.result.is_(None), Interaction.result != "CANCELLED")))
    if p.get("manager") is not None:
        tasks = tasks.where(Task.assignee_id == p["manager"])
        logged = logged.where(Interaction.user_id == p["manager"])
    x = union_all(tasks, logged).subquery()
    sums = [func.sum(x.c[k]).label(k) for k in ("planned", "done", "cancelled", "overdue", "upcoming", "logged")]
    return (select(manager_name().label("manager"), *sums)
            .select_from(x).outerjoin(CrmUser, CrmUser.id == x.c.uid)
            .group_by(CrmUser.id, CrmUser.full_name)
            .order_by(CrmUser.full_name.asc().nulls_last(), CrmUser.id))


def _tasks(p: Params):
    today = sql_ts(_today_ts(p))
    on_time = and_(Task.status == "DONE", cast(Task.done_at, SqlDate) <= cast(Task.due_at, SqlDate))
    n = count_if(Task.status != "CANCELLED")
    q = (select(manager_name().label("manager"), n.label("tasks"),
                count_if(Task.status == "DONE").label("done"), count_if(on_time).label("on_time"),
                count_if(and_(Task.status == "OPEN", Task.due_at < today)).label("overdue"),
                count_if(and_(Task.status == "OPEN", Task.due_at >= today)).label("upcoming"),
                count_if(Task.status == "CANCELLED").label("cancelled"))
         .select_from(Task).outerjoin(CrmUser, CrmUser.id == Task.assignee_id)
         .where(*_in_period(Task.due_at, p))
         .group_by(CrmUser.id, CrmUser.full_name)
         .order_by(CrmUser.full_name.asc().nulls_last(), CrmUser.id))
    if p.get("manager") is not None:
        q = q.where(Task.assignee_id == p["manager"])
    return q


# --- 25. overdue tasks ------------------------------------------------------------------------------
def _overdue(p: Params):
    q = (select(manager_name().label("manager"), Task.due_at.label("due"),
                days_between(Task.due_at, sql_date(p.today)).label("days"), Task.title.label("task"),
                Task.kind.label("kind"), Client.name.label("client"), Task.priority.label("priority"))
         .select_from(Task).outerjoin(CrmUser, CrmUser.id == Task.assignee_id)
         .outerjoin(Client, Client.id == Task.client_id)
         .where(Task.status == "OPEN", Task.due_at < _today_ts(p))
         .order_by(CrmUser.full_name.asc().nulls_last(), CrmUser.id, Task.due_at, Task.id)
         .limit(p.limit))
    if p.get("manager") is not None:
        q = q.where(Task.assignee_id == p["manager"])
    return q


# --- 26. first response -------------------------------------------------------------------------------
def _first_response(p: Params):
    first = (select(func.min(Interaction.occurred_at))
             .where(Interaction.client_id == Client.id, Interaction.kind != "NOTE",
                    Interaction.occurred_at >= Client.created_at)
             .scalar_subquery())
    leads = (select(Client.responsible_id.label("uid"), Client.created_at.label("created"), first.label("first_at"))
             .where(*_in_period(Client.created_at, p), *client_base(p, archived=True))
             .subquery())
    minutes = func.datediff(literal_column("MINUTE"), leads.c.created, leads.c.first_at)
    return (select(manager_name().label("manager"), func.count().label("leads"),
                func.count(leads.c.first_at).label("responded"),
                func.coalesce(func.sum(minutes), 0).label("minutes"),
                count_if(minutes <= literal_column(str(int(p.within_hours) * 60), Integer)).label("fast"))
         .select_from(leads).outerjoin(CrmUser, CrmUser.id == leads.c.uid)
         .group_by(CrmUser.id, CrmUser.full_name)
         .order_by(CrmUser.full_name.asc().nulls_last(), CrmUser.id))


# --- 27. last contact vs last attempt ---------------------------------------------------------------
def _contact_vs_attempt(p: Params):
    cs = ClientStats
    since = func.coalesce(cs.last_contact_at, sql_ts(dt.datetime(1900, 1, 1)))
    attempts = (select(func.count(Interaction.id))
                .where(Interaction.client_id == Client.id, Interaction.is_attempt.is_(True),
                       Interaction.kind != "NOTE", Interaction.occurred_at > since)
                .scalar_subquery())
    today = sql_date(p.today)
    q = (select(Client.name.label("client"), CrmUser.full_name.label("manager"), Client.status.label("status"),
                cs.last_contact_at.label("last_contact"), days_between(cs.last_contact_at, today).label("contact_days"),
                cs.last_attempt_at.label("last_attempt"), days_between(cs.last_attempt_at, today).label("attempt_days"),
                attempts.label("attempts"))
         .select_from(Client).join(cs, cs.client_id == Client.id)
         .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
         .where(cs.last_attempt_at.is_not(None), *client_base(p))
         .order_by(attempts.desc(), cs.last_contact_at.asc().nulls_first(), Client.search_name, Client.id)
         .limit(p.limit))
    if p.get("only_unreached", True):
        q = q.where((cs.last_contact_at.is_(None)) | (cs.last_attempt_at > cs.last_contact_at))
    return q


# --- 28. heat-map ------------------------------------------------------------------------------------
HOURS = tuple(range(8, 21))


#: Firebird's WEEKDAY (0 = Sunday) -> title; the rows start on Monday
FB_WEEKDAYS: dict[int, str] = {(i + 1) % 7: t for i, t in enumerate(WEEKDAY_TITLES)}


def _heatmap(p: Params):
    wd, hr = func.extract("WEEKDAY", Interaction.occurred_at), func.extract("HOUR", Interaction.occurred_at)

    def hour(h: int):
        return literal_column(str(h), Integer)

    q = (select(wd.label("wd"), count_if(hr < hour(HOURS[0])).label("early"),
                *[count_if(hr == hour(h)).label(f"h{h:02d}") for h in HOURS],
                count_if(hr > hour(HOURS[-1])).label("late"), func.count(Interaction.id).label("total"))
         .where(*_interactions(p)).group_by(wd))
    if p.get("kind"):
        q = q.where(Interaction.kind == p["kind"])
    return q


# --- 29. daily log -----------------------------------------------------------------------------------
def _what(src, kind, direction):
    """What a log line is, in words: "Call (out)", "Task done: Meeting"…"""
    done = tr(QT_TRANSLATE_NOOP("reports", "Task done: {kind}"))
    ways = {"IN": " " + tr(QT_TRANSLATE_NOOP("reports", "(in)")), "OUT": " " + tr(QT_TRANSLATE_NOOP("reports", "(out)"))}
    whens = [(and_(src == literal_column("'T'"), kind == literal_column(f"'{k}'")),
              text_literal(done.format(kind=tr(t)))) for k, t in TASK_KIND_TITLES.items()]
    for k, t in KIND_TITLES.items():
        for way, suffix in ways.items():
            whens.append((and_(src == literal_column("'I'"), kind == literal_column(f"'{k}'"),
                               direction == literal_column(f"'{way}'")), text_literal(tr(t) + suffix)))
        whens.append((and_(src == literal_column("'I'"), kind == literal_column(f"'{k}'")), text_literal(tr(t))))
    return case(*whens, else_=cast(kind, String(40)))


def _daily_log(p: Params):
    u, c = CrmUser.__table__.alias("u"), Client.__table__.alias("c")
    u2, c2 = CrmUser.__table__.alias("u2"), Client.__table__.alias("c2")
    i, t = Interaction, Task
    inter = (select(i.user_id.label("uid"), u.c.full_name.label("manager"), i.occurred_at.label("at_"),
                    literal_column("'I'").label("src"), i.kind.label("kind"), i.direction.label("direction"),
                    c.c.name.label("client"), i.subject.label("subject"), cast(i.result, String(20)).label("result"),
                    i.duration_sec.label("sec"))
             .select_from(i).outerjoin(u, u.c.id == i.user_id).outerjoin(c, c.c.id == i.client_id)
             .where(*_in_period(i.occurred_at, p)))
    tasks = (select(t.assignee_id, u2.c.full_name, t.done_at, literal_column("'T'"), t.kind,
                    cast(null(), String(3)), c2.c.name, t.title, cast(null(), String(20)), literal_column("0"))
             .select_from(t).outerjoin(u2, u2.c.id == t.assignee_id).outerjoin(c2, c2.c.id == t.client_id)
             .where(t.status == "DONE", *_in_period(t.done_at, p)))
    if p.get("manager") is not None:
        inter = inter.where(i.user_id == p["manager"])
        tasks = tasks.where(t.assignee_id == p["manager"])
    x = union_all(inter, tasks).subquery()
    return (select(manager_name(x.c.manager).label("manager"), x.c.at_.label("at"),
                   _what(x.c.src, x.c.kind, x.c.direction).label("what"), x.c.client, x.c.subject, x.c.result,
                   func.coalesce(x.c.sec, literal_column("0")).label("sec"))
            .order_by(x.c.manager.asc().nulls_last(), x.c.uid, x.c.at_, x.c.src)
            .limit(p.limit))


# --- 30. interactions per client ------------------------------------------------------------------------
def _per_client(p: Params):
    """The two lists as one UNION ALL of two bounded (FIRST n) grouped selects; each carries its
    own order as sort columns (the top list by count descending, the bottom one by count, then the
    last contact, never-contacted first), so the outer ORDER BY keeps both orders and the declared
    ``Number`` step numbers each list."""
    n = func.count(Interaction.id)
    last = func.max(ClientStats.last_contact_at)
    cols = (Client.name.label("client"), CrmUser.full_name.label("manager"), n.label("interactions"),
            count_if(Interaction.kind == "CALL").label("calls"), count_if(Interaction.kind == "MEETING").label("meetings"),
            last.label("last_contact"), Client.search_name.label("sort_name"), Client.id.label("sort_id"))
    group = (Client.id, Client.name, Client.search_name, CrmUser.full_name)
    counted = and_(Interaction.kind != "NOTE", *_in_period(Interaction.occurred_at, p))
    top = (select(*cols, (literal_column("0", Integer) - n).label("sort_n"),
                  cast(null(), DateTime).label("sort_last"))
           .select_from(Interaction).join(Client, Client.id == Interaction.client_id)
           .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
           .outerjoin(ClientStats, ClientStats.client_id == Client.id)
           .where(counted, *client_base(p)).group_by(*group)
           .order_by(n.desc(), Client.search_name, Client.id).limit(p.n)).subquery()
    bottom = (select(*cols, n.label("sort_n"), last.label("sort_last"))
              .select_from(Client)
              .outerjoin(Interaction, and_(Interaction.client_id == Client.id, counted))
              .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
              .outerjoin(ClientStats, ClientStats.client_id == Client.id)
              .where(Client.status.in_(CUSTOMER), *client_base(p)).group_by(*group)
              .order_by(n.asc(), last.asc().nulls_first(), Client.search_name, Client.id)
              .limit(p.n)).subquery()
    keys = ("client", "manager", "interactions", "calls", "meetings", "last_contact", "sort_n", "sort_last",
            "sort_name", "sort_id")
    both = union_all(*[select(literal_column(str(i), Integer).label("part_no"), *[sq.c[k] for k in keys])
                       for i, sq in ((1, top), (2, bottom))]).subquery()
    c = both.c
    return select(both).order_by(c.part_no, c.sort_n, c.sort_last.asc().nulls_first(), c.sort_name, c.sort_id)


#: the two lists of report 30
PARTS: dict[int, str] = {1: QT_TRANSLATE_NOOP("reports", "Most contacted clients"),
                         2: QT_TRANSLATE_NOOP("reports", "Least contacted customers")}


# --- 31. coverage -----------------------------------------------------------------------------------------
def _coverage(p: Params):
    cutoff = sql_ts(at_midnight(p.today - dt.timedelta(days=p.days)))
    cs = ClientStats
    n = func.count(Client.id)
    return (select(manager_name().label("manager"), n.label("clients"),
                count_if(cs.last_attempt_at >= cutoff).label("touched"),
                count_if(cs.last_contact_at >= cutoff).label("reached"))
         .select_from(Client).outerjoin(cs, cs.client_id == Client.id)
         .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
         .where(Client.status != "LOST", *client_base(p))
         .group_by(CrmUser.id, CrmUser.full_name)
         .order_by(CrmUser.full_name.asc().nulls_last(), CrmUser.id))


# --- 32. e-mail -------------------------------------------------------------------------------------------
def _emails(p: Params):
    n = func.count(Interaction.id)
    return (select(manager_name().label("manager"), count_if(Interaction.direction == "OUT").label("sent"),
                   count_if(Interaction.direction == "IN").label("received"), n.label("emails"),
                   func.count(func.distinct(Interaction.client_id)).label("clients"))
            .select_from(Interaction).outerjoin(CrmUser, CrmUser.id == Interaction.user_id)
            .where(*_interactions(p, Interaction.kind == "EMAIL"))
            .group_by(CrmUser.id, CrmUser.full_name)
            .order_by(n.desc(), CrmUser.full_name.asc().nulls_last()))


# --- 33. planned next actions -------------------------------------------------------------------------------
def _next_actions(p: Params):
    u, c = CrmUser.__table__.alias("u"), Client.__table__.alias("c")
    u2, c2 = CrmUser.__table__.alias("u2"), Client.__table__.alias("c2")
    t, d = Task, Deal
    tasks = (select(t.assignee_id.label("uid"), u.c.full_name.label("manager"), t.due_at.label("at_"),
                    literal_column("'T'").label("src"), t.kind.label("kind"), t.title.label("action"),
                    c.c.name.label("client"), t.priority.label("priority"))
             .select_from(t).outerjoin(u, u.c.id == t.assignee_id).outerjoin(c, c.c.id == t.client_id)
             .where(t.status == "OPEN", *_in_period(t.due_at, p)))
    steps = (select(d.responsible_id, u2.c.full_name, d.next_step_at, literal_column("'D'"), cast(null(), String(7)),
                    func.coalesce(d.next_step, d.title), c2.c.name, cast(null(), SmallInteger))
             .select_from(d).outerjoin(u2, u2.c.id == d.responsible_id).outerjoin(c2, c2.c.id == d.client_id)
             .where(d.outcome == "OPEN", *_in_period(d.next_step_at, p)))
    if p.get("manager") is not None:
        tasks = tasks.where(t.assignee_id == p["manager"])
        steps = steps.where(d.responsible_id == p["manager"])
    x = union_all(tasks, steps).subquery()
    return (select(manager_name(x.c.manager).label("manager"), x.c.at_.label("at"), x.c.kind, x.c.action, x.c.client,
                   x.c.priority)
            .order_by(x.c.manager.asc().nulls_last(), x.c.uid, x.c.at_, x.c.src)
            .limit(p.limit))


def _mgr_col(width: float = 2.5) -> Col:
    return Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=width)


REPORTS: list[Definition] = [
    Report(
        id="activity.interactions.by_manager", category="C", ref=(21,),
        title=QT_TRANSLATE_NOOP("reports", "Interactions by manager and type"),
        question=QT_TRANSLATE_NOOP("reports", "What did each manager do with clients in the period, by type?"),
        params=(PERIOD, MANAGER), query=_by_manager_and_kind, group_by=("manager",),
        steps=(Codes("kind", KIND_TITLES, source="code"), Div("minutes", "sec", by=60)),
        columns=(_mgr_col(), Col("kind", QT_TRANSLATE_NOOP("reports", "Type"), width=2),
                 Col("count", QT_TRANSLATE_NOOP("reports", "Interactions"), "int", total="sum"),
                 Col("outgoing", QT_TRANSLATE_NOOP("reports", "Outgoing"), "int", total="sum"),
                 Col("incoming", QT_TRANSLATE_NOOP("reports", "Incoming"), "int", total="sum"),
                 Col("attempts", QT_TRANSLATE_NOOP("reports", "Not reached"), "int", total="sum"),
                 Col("minutes", QT_TRANSLATE_NOOP("reports", "Duration, min"), "number", total="sum")),
    ),
    Report(
        id="activity.interactions.by_type", category="C", ref=(21,),
        title=QT_TRANSLATE_NOOP("reports", "Interactions by type: managers compared"),
        question=QT_TRANSLATE_NOOP("reports", "How many calls, e-mails and meetings did each manager log?"),
        params=(PERIOD, MANAGER, EVERYONE), query=_by_type, fill="managers",
        columns=(_mgr_col(3),
                 Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("emails", QT_TRANSLATE_NOOP("reports", "E-mails"), "int", total="sum"),
                 Col("meetings", QT_TRANSLATE_NOOP("reports", "Meetings"), "int", total="sum"),
                 Col("messages", QT_TRANSLATE_NOOP("reports", "SMS and chats"), "int", total="sum"),
                 Col("notes", QT_TRANSLATE_NOOP("reports", "Notes"), "int", total="sum"),
                 Col("total", QT_TRANSLATE_NOOP("reports", "In all"), "int", total="sum")),
        chart=Chart("bar", x="manager", y=("calls", "emails", "meetings")),
    ),
    Report(
        id="activity.calls.by_manager", category="C", ref=(22,),
        title=QT_TRANSLATE_NOOP("reports", "Calls by manager"),
        question=QT_TRANSLATE_NOOP("reports", "How much does each manager call, how long, and how many calls "
                                              "are suspiciously short?"),
        params=(PERIOD, MANAGER, Param("short_sec", "int", QT_TRANSLATE_NOOP("reports", "Short call: under, seconds"),
                                       default=30, minimum=1, maximum=3600), EVERYONE), fill="managers",
        query=_calls, orientation="landscape",
        steps=(Div("talk_min", "total_sec", by=60), Div("avg_sec", "total_sec", "calls"),
               Div("short_share", "short", "calls")),
        columns=(_mgr_col(),
                 Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("outgoing", QT_TRANSLATE_NOOP("reports", "Outgoing"), "int", total="sum"),
                 Col("incoming", QT_TRANSLATE_NOOP("reports", "Incoming"), "int", total="sum"),
                 Col("reached", QT_TRANSLATE_NOOP("reports", "Reached"), "int", total="sum"),
                 Col("talk_min", QT_TRANSLATE_NOOP("reports", "Talk time, min"), "number", total="sum"),
                 Col("avg_sec", QT_TRANSLATE_NOOP("reports", "Average call, s"), "number",
                     total=Ratio("total_sec", "calls")),
                 Col("short", QT_TRANSLATE_NOOP("reports", "Short calls"), "int", total="sum"),
                 Col("short_share", QT_TRANSLATE_NOOP("reports", "Short-call share"), "percent",
                     total=Ratio("short", "calls")),
                 Col("total_sec", QT_TRANSLATE_NOOP("reports", "Talk time, s"), "int", total="sum", visible=False)),
        chart=Chart("bar", x="manager", y=("calls", "reached")),
    ),
    Report(
        id="activity.meetings.plan_fact", category="C", ref=(23,),
        title=QT_TRANSLATE_NOOP("reports", "Meetings held vs planned"),
        question=QT_TRANSLATE_NOOP("reports", "Did managers hold the meetings they planned?"),
        params=(PERIOD, MANAGER, EVERYONE), query=_meetings, orientation="landscape", fill="managers",
        steps=(Diff("due", "planned", "upcoming"), Div("held_rate", "done", "due")),
        columns=(_mgr_col(),
                 Col("planned", QT_TRANSLATE_NOOP("reports", "Planned"), "int", total="sum"),
                 Col("done", QT_TRANSLATE_NOOP("reports", "Held"), "int", total="sum"),
                 Col("cancelled", QT_TRANSLATE_NOOP("reports", "Cancelled"), "int", total="sum"),
                 Col("overdue", QT_TRANSLATE_NOOP("reports", "Overdue"), "int", total="sum"),
                 Col("upcoming", QT_TRANSLATE_NOOP("reports", "Still ahead"), "int", total="sum"),
                 Col("held_rate", QT_TRANSLATE_NOOP("reports", "Held of due"), "percent", total=Ratio("done", "due")),
                 Col("logged", QT_TRANSLATE_NOOP("reports", "Meetings logged"), "int", total="sum"),
                 Col("due", QT_TRANSLATE_NOOP("reports", "Due"), "int", total="sum", visible=False)),
        chart=Chart("bar", x="manager", y=("planned", "done")),
    ),
    Report(
        id="activity.tasks.by_manager", category="C", ref=(24,),
        title=QT_TRANSLATE_NOOP("reports", "Tasks completed vs overdue by manager"),
        question=QT_TRANSLATE_NOOP("reports", "Of the tasks due in the period, how many did each manager "
                                              "complete, on time or late, and how many are overdue?"),
        params=(PERIOD, MANAGER, EVERYONE), query=_tasks, orientation="landscape", fill="managers",
        steps=(Diff("late", "done", "on_time"), Div("done_rate", "done", "tasks"),
               Div("overdue_share", "overdue", "tasks")),
        columns=(_mgr_col(),
                 Col("tasks", QT_TRANSLATE_NOOP("reports", "Tasks due"), "int", total="sum"),
                 Col("done", QT_TRANSLATE_NOOP("reports", "Completed"), "int", total="sum"),
                 Col("on_time", QT_TRANSLATE_NOOP("reports", "On time"), "int", total="sum"),
                 Col("late", QT_TRANSLATE_NOOP("reports", "Late"), "int", total="sum"),
                 Col("overdue", QT_TRANSLATE_NOOP("reports", "Overdue"), "int", total="sum"),
                 Col("upcoming", QT_TRANSLATE_NOOP("reports", "Not yet due"), "int", total="sum"),
                 Col("done_rate", QT_TRANSLATE_NOOP("reports", "Completed share"), "percent",
                     total=Ratio("done", "tasks")),
                 Col("overdue_share", QT_TRANSLATE_NOOP("reports", "Overdue share"), "percent",
                     total=Ratio("overdue", "tasks")),
                 Col("cancelled", QT_TRANSLATE_NOOP("reports", "Cancelled"), "int", total="sum")),
        chart=Chart("bar", x="manager", y=("done", "overdue")),
    ),
    Report(
        id="activity.tasks.overdue", category="C", ref=(25,),
        title=QT_TRANSLATE_NOOP("reports", "Overdue tasks"),
        question=QT_TRANSLATE_NOOP("reports", "Which open tasks are past their due date, and whose are they?"),
        params=(MANAGER, LIMIT), query=_overdue, group_by=("manager",), orientation="landscape",
        steps=(Codes("kind", TASK_KIND_TITLES), Codes("priority", PRIORITY_TITLES)),
        columns=(_mgr_col(),
                 Col("due", QT_TRANSLATE_NOOP("reports", "Due"), "datetime", width=1.3),
                 Col("days", QT_TRANSLATE_NOOP("reports", "Days overdue"), "int", total="max"),
                 Col("task", QT_TRANSLATE_NOOP("reports", "Task"), total="count", width=3),
                 Col("kind", QT_TRANSLATE_NOOP("reports", "Type")),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
                 Col("priority", QT_TRANSLATE_NOOP("reports", "Priority"))),
    ),
    Report(
        id="activity.first_response", category="C", ref=(26,),
        title=QT_TRANSLATE_NOOP("reports", "First-response time for new clients"),
        question=QT_TRANSLATE_NOOP("reports", "How fast does each manager first get in touch with a new client?"),
        params=(PERIOD, MANAGER, Param("within_hours", "int", QT_TRANSLATE_NOOP("reports", "Fast response: within, "
                                                                                           "hours"),
                                       default=24, minimum=1, maximum=720)),
        query=_first_response, orientation="landscape",
        steps=(Diff("waiting", "leads", "responded"), Div("hours", "minutes", by=60),
               Div("avg_hours", "hours", "responded"), Div("fast_share", "fast", "leads")),
        columns=(_mgr_col(3),
                 Col("leads", QT_TRANSLATE_NOOP("reports", "New clients"), "int", total="sum"),
                 Col("responded", QT_TRANSLATE_NOOP("reports", "Contacted"), "int", total="sum"),
                 Col("waiting", QT_TRANSLATE_NOOP("reports", "Not contacted yet"), "int", total="sum"),
                 Col("avg_hours", QT_TRANSLATE_NOOP("reports", "Average first response, h"), "number",
                     total=Ratio("hours", "responded")),
                 Col("fast", QT_TRANSLATE_NOOP("reports", "Fast responses"), "int", total="sum"),
                 Col("fast_share", QT_TRANSLATE_NOOP("reports", "Fast share"), "percent", total=Ratio("fast", "leads")),
                 Col("hours", QT_TRANSLATE_NOOP("reports", "Response time, h"), "number", total="sum", visible=False)),
        chart=Chart("hbar", x="manager", y=("avg_hours",)),
    ),
    Report(
        id="activity.last_contact_vs_attempt", category="C", ref=(27,),
        title=QT_TRANSLATE_NOOP("reports", "Last contact vs last attempt"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients do we keep trying without reaching them?"),
        params=(MANAGER, Param("only_unreached", "bool", QT_TRANSLATE_NOOP("reports", "Only clients not reached "
                                                                                      "since the last attempt"),
                               default=True), LIMIT),
        query=_contact_vs_attempt, orientation="landscape", steps=(Codes("status", STATUS_TITLES),),
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 _mgr_col(2), Col("status", QT_TRANSLATE_NOOP("reports", "Status")),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3),
                 Col("contact_days", QT_TRANSLATE_NOOP("reports", "Days since contact"), "int"),
                 Col("last_attempt", QT_TRANSLATE_NOOP("reports", "Last attempt"), "datetime", width=1.3),
                 Col("attempt_days", QT_TRANSLATE_NOOP("reports", "Days since attempt"), "int"),
                 Col("attempts", QT_TRANSLATE_NOOP("reports", "Attempts since contact"), "int", total="sum")),
    ),
    Report(
        id="activity.heatmap", category="C", ref=(28,),
        title=QT_TRANSLATE_NOOP("reports", "Activity heat-map by weekday and hour"),
        question=QT_TRANSLATE_NOOP("reports", "When in the week do we work with clients?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_90_days"), MANAGER,
                KIND),
        query=_heatmap, orientation="landscape",
        steps=(Every("wd", (1, 2, 3, 4, 5, 6, 0)), Codes("weekday", FB_WEEKDAYS, source="wd")),
        columns=(Col("weekday", QT_TRANSLATE_NOOP("reports", "Weekday"), width=1.5),
                 Col("early", QT_TRANSLATE_NOOP("reports", "before 8"), "int", total="sum", width=0.7),
                 *(Col(f"h{h:02d}", f"{h}", "int", total="sum", width=0.5) for h in HOURS),
                 Col("late", QT_TRANSLATE_NOOP("reports", "after 20"), "int", total="sum", width=0.7),
                 Col("total", QT_TRANSLATE_NOOP("reports", "Total"), "int", total="sum", width=0.8)),
        chart=Chart("bar", x="weekday", y=("total",)),
    ),
    Report(
        id="activity.daily_log", category="C", ref=(29,),
        title=QT_TRANSLATE_NOOP("reports", "Manager daily log"),
        question=QT_TRANSLATE_NOOP("reports", "What exactly did a manager do that day: calls, meetings, "
                                              "letters, tasks completed?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="today"), MANAGER, LIMIT),
        query=_daily_log, group_by=("manager",), orientation="landscape",
        steps=(Codes("result", RESULT_TITLES), Div("minutes", "sec", by=60)),
        columns=(_mgr_col(),
                 Col("at", QT_TRANSLATE_NOOP("reports", "Time"), "datetime", width=1.3),
                 Col("what", QT_TRANSLATE_NOOP("reports", "What"), total="count", width=1.8),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
                 Col("subject", QT_TRANSLATE_NOOP("reports", "Subject"), width=3),
                 Col("result", QT_TRANSLATE_NOOP("reports", "Result"), width=1.3),
                 Col("minutes", QT_TRANSLATE_NOOP("reports", "Duration, min"), "number", total="sum")),
    ),
    Report(
        id="activity.per_client", category="C", ref=(30,),
        title=QT_TRANSLATE_NOOP("reports", "Interactions per client: top and bottom"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients get most of our attention, and which customers "
                                              "the least?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_90_days"), MANAGER,
                Param("n", "int", QT_TRANSLATE_NOOP("reports", "Clients in each list"), default=20, minimum=1,
                      maximum=500)),
        query=_per_client, group_by=("part",), grand_total=False,
        steps=(Codes("part", PARTS, source="part_no"), Number("rank", within="part_no")),
        columns=(Col("part", QT_TRANSLATE_NOOP("reports", "List")),
                 Col("rank", QT_TRANSLATE_NOOP("reports", "No."), "int", width=0.5),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=3), _mgr_col(2),
                 Col("interactions", QT_TRANSLATE_NOOP("reports", "Interactions"), "int", total="sum"),
                 Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("meetings", QT_TRANSLATE_NOOP("reports", "Meetings"), "int", total="sum"),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3)),
    ),
    Report(
        id="activity.coverage", category="C", ref=(31,),
        title=QT_TRANSLATE_NOOP("reports", "Client coverage by manager"),
        question=QT_TRANSLATE_NOOP("reports", "What share of each manager's clients did we touch in the last "
                                              "N days?"),
        params=(Param("days", "int", QT_TRANSLATE_NOOP("reports", "Days"), default=30, minimum=1, maximum=3650),
                MANAGER),
        query=_coverage,
        steps=(Div("coverage", "touched", "clients"), Div("reach", "reached", "clients"),
               Diff("untouched", "clients", "touched")),
        columns=(_mgr_col(3),
                 Col("clients", QT_TRANSLATE_NOOP("reports", "Clients"), "int", total="sum"),
                 Col("touched", QT_TRANSLATE_NOOP("reports", "Touched"), "int", total="sum"),
                 Col("coverage", QT_TRANSLATE_NOOP("reports", "Coverage"), "percent",
                     total=Ratio("touched", "clients")),
                 Col("reached", QT_TRANSLATE_NOOP("reports", "Reached"), "int", total="sum"),
                 Col("reach", QT_TRANSLATE_NOOP("reports", "Reached share"), "percent",
                     total=Ratio("reached", "clients")),
                 Col("untouched", QT_TRANSLATE_NOOP("reports", "Not touched"), "int", total="sum")),
        chart=Chart("hbar", x="manager", y=("coverage",)),
    ),
    Report(
        id="activity.emails.by_manager", category="C", ref=(32,),
        title=QT_TRANSLATE_NOOP("reports", "E-mail sent and received by manager"),
        question=QT_TRANSLATE_NOOP("reports", "How much e-mail does each manager exchange with clients?"),
        params=(PERIOD, MANAGER, EVERYONE), query=_emails, fill="managers",
        columns=(_mgr_col(3),
                 Col("sent", QT_TRANSLATE_NOOP("reports", "Sent"), "int", total="sum"),
                 Col("received", QT_TRANSLATE_NOOP("reports", "Received"), "int", total="sum"),
                 Col("emails", QT_TRANSLATE_NOOP("reports", "Total"), "int", total="sum"),
                 Col("clients", QT_TRANSLATE_NOOP("reports", "Clients"), "int")),
        chart=Chart("bar", x="manager", y=("sent", "received")),
    ),
    Report(
        id="activity.next_week", category="C", ref=(33,),
        title=QT_TRANSLATE_NOOP("reports", "Planned next actions"),
        question=QT_TRANSLATE_NOOP("reports", "What is planned for next week: open tasks and next steps of "
                                              "open deals?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default=_next_week), MANAGER,
                LIMIT),
        query=_next_actions, group_by=("manager",), orientation="landscape",
        steps=(Codes("kind", TASK_KIND_TITLES, none=QT_TRANSLATE_NOOP("reports", "Deal step")),
               Codes("priority", PRIORITY_TITLES)),
        columns=(_mgr_col(),
                 Col("at", QT_TRANSLATE_NOOP("reports", "When"), "datetime", width=1.3),
                 Col("kind", QT_TRANSLATE_NOOP("reports", "Type"), width=1.3),
                 Col("action", QT_TRANSLATE_NOOP("reports", "Action"), total="count", width=3),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
                 Col("priority", QT_TRANSLATE_NOOP("reports", "Priority"))),
    ),
]


# --- 34 completed activity over time, 35 scheduled activity (declared; issue #13) ---------------------
def _zero():
    return literal_column("0", Integer)


def _completed(p: Params):
    """Interactions logged and tasks completed per month/quarter/year of the period (the ``grain``)."""
    from sqlalchemy import union_all

    from reports.queries.deals import period_label

    grain = p.get("grain") or "month"
    i_label = period_label(Interaction.occurred_at, grain)
    inter = (select(i_label.label("period"), count_if(Interaction.kind == "CALL").label("calls"),
                    count_if(Interaction.kind == "MEETING").label("meetings"),
                    count_if(Interaction.kind == "EMAIL").label("emails"), _zero().label("tasks"))
             .where(*_interactions(p, Interaction.kind.in_(("CALL", "MEETING", "EMAIL")))).group_by(i_label))
    t_label = period_label(Task.done_at, grain)
    tconds = [Task.status == "DONE", *_in_period(Task.done_at, p)]
    if p.get("manager") is not None:
        tconds.append(Task.assignee_id == p["manager"])
    tasks = (select(t_label.label("period"), _zero().label("calls"), _zero().label("meetings"), _zero().label("emails"),
                    func.count(Task.id).label("tasks")).where(*tconds).group_by(t_label))
    u = union_all(inter, tasks).subquery("a")
    total = func.sum(u.c.calls) + func.sum(u.c.meetings) + func.sum(u.c.emails) + func.sum(u.c.tasks)
    return (select(u.c.period.label("period"), func.sum(u.c.calls).label("calls"), func.sum(u.c.meetings).label("meetings"),
                   func.sum(u.c.emails).label("emails"), func.sum(u.c.tasks).label("tasks"), total.label("total"))
            .group_by(u.c.period).order_by(u.c.period))


def _scheduled(p: Params):
    """Open tasks per due day of the period, by kind (what is planned when)."""
    day = cast(Task.due_at, SqlDate)
    conds = [Task.status == "OPEN", *_in_period(Task.due_at, p)]
    if p.get("manager") is not None:
        conds.append(Task.assignee_id == p["manager"])
    return (select(day.label("day"), count_if(Task.kind == "CALL").label("calls"),
                   count_if(Task.kind == "MEETING").label("meetings"), count_if(Task.kind == "EMAIL").label("emails"),
                   count_if(Task.kind == "TODO").label("todo"), func.count(Task.id).label("total"))
            .where(*conds).group_by(day).order_by(day))


_GRAIN = Param("grain", "choice", QT_TRANSLATE_NOOP("reports", "Step"), default="month",
               choices=(("month", QT_TRANSLATE_NOOP("reports", "Month")), ("quarter", QT_TRANSLATE_NOOP("reports", "Quarter")),
                        ("year", QT_TRANSLATE_NOOP("reports", "Year"))))

REPORTS += [
    Report(
        id="activity.completed.by_period", category="C", ref=(34,),
        title=QT_TRANSLATE_NOOP("reports", "Completed activity over time"),
        question=QT_TRANSLATE_NOOP("reports", "How much work was done each month: calls, meetings, e-mails and tasks "
                                              "(everybody, or one manager to compare)?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_12_months"), _GRAIN,
                MANAGER),
        query=_completed, fill="periods",
        columns=(Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("meetings", QT_TRANSLATE_NOOP("reports", "Meetings"), "int", total="sum"),
                 Col("emails", QT_TRANSLATE_NOOP("reports", "E-mails"), "int", total="sum"),
                 Col("tasks", QT_TRANSLATE_NOOP("reports", "Tasks done"), "int", total="sum"),
                 Col("total", QT_TRANSLATE_NOOP("reports", "In all"), "int", total="sum")),
        chart=Chart("line", x="period", y=("calls", "meetings", "emails", "tasks"))),
    Report(
        id="activity.scheduled.by_day", category="C", ref=(35,),
        title=QT_TRANSLATE_NOOP("reports", "Scheduled activity by day"),
        question=QT_TRANSLATE_NOOP("reports", "How much is planned for each coming day: calls, meetings, e-mails, "
                                              "to-dos?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Due in"), default="next_30_days"), MANAGER),
        query=_scheduled,
        columns=(Col("day", QT_TRANSLATE_NOOP("reports", "Day"), "date"),
                 Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("meetings", QT_TRANSLATE_NOOP("reports", "Meetings"), "int", total="sum"),
                 Col("emails", QT_TRANSLATE_NOOP("reports", "E-mails"), "int", total="sum"),
                 Col("todo", QT_TRANSLATE_NOOP("reports", "To-do"), "int", total="sum"),
                 Col("total", QT_TRANSLATE_NOOP("reports", "In all"), "int", total="sum")),
        chart=Chart("bar", x="day", y=("total",))),
]
