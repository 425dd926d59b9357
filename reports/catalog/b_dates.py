"""B. Dates and occasions (REPORTS.md 16–20). Layer: ``reports`` (definitions; Core statements,
routed to the visibility views by the dialect).

Terms: an **occasion** falls on the next anniversary of a date (a birthday, a company's founding
day) on or after the period's first day; ``age`` is the number of years it completes then. A
29 February date falls on 28 February in other years (Firebird's DATEADD). A period longer than a
year shows each date once. Only clients of the client base (not merged away, not archived).
Not here: 19 contract renewals — the database has no contracts with a term yet.
"""
from __future__ import annotations

from sqlalchemy import Date, Integer, cast, extract, func, literal_column, select, union_all

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Client, Contact, CrmUser, Reminder, Task
from reports.queries.deals import text_literal
from reports.queries.labels import client_base, manager_name, sql_date
from reports.spec import Col, Definition, Param, Params, Report

PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Dates in"), default="next_30_days")
MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))

KIND_CONTACT = QT_TRANSLATE_NOOP("reports", "Contact's birthday")
KIND_PERSON = QT_TRANSLATE_NOOP("reports", "Client's birthday")
KIND_FOUNDED = QT_TRANSLATE_NOOP("reports", "Company anniversary")


def _next(col, p: Params):
    """The first anniversary of the date ``col`` on or after the period's start (a DATE)."""
    start = p.period.start
    k = literal_column(str(start.year), Integer) - extract("year", col)
    first = func.dateadd(literal_column("YEAR"), k, col)
    later = func.dateadd(literal_column("YEAR"), k + literal_column("1", Integer), col)
    return cast(func.iif(first < sql_date(start), later, first), Date)


def _occasions(col, p: Params, kind: str, person, from_, client_cond=()):
    """(on, kind, person, client, age, manager) of the dates ``col`` falling in the period."""
    on = _next(col, p)
    age = extract("year", on) - extract("year", col)
    return (select(on.label("on"), text_literal(kind).label("kind"), person.label("person"),
                   Client.name.label("client"), cast(age, Integer).label("age"),
                   manager_name().label("manager"))
            .select_from(from_.outerjoin(CrmUser, CrmUser.id == Client.responsible_id))
            .where(col.is_not(None), on <= sql_date(p.period.end), *client_base(p), *client_cond))


def _contacts(p: Params):
    return _occasions(Contact.birthday, p, KIND_CONTACT, Contact.full_name,
                      Contact.__table__.join(Client, Client.id == Contact.client_id))


def _persons(p: Params):
    return _occasions(Client.birthday, p, KIND_PERSON, Client.name, Client.__table__, (Client.kind == "PERSON",))


def _founded(p: Params):
    return _occasions(Client.founded_on, p, KIND_FOUNDED, Client.name, Client.__table__)


def _birthdays(p: Params):
    u = union_all(_contacts(p), _persons(p)).subquery("b")
    return select(*u.c).order_by(u.c.on, u.c.person)


def _anniversaries(p: Params):
    u = _founded(p).subquery("a")
    return select(*u.c).order_by(u.c.on, u.c.client)


def _calendar(p: Params):
    u = union_all(_contacts(p), _persons(p), _founded(p)).subquery("o")
    return select(*u.c).order_by(u.c.on, u.c.kind, u.c.person)


_COLS = (Col("on", QT_TRANSLATE_NOOP("reports", "Date"), "date", width=1.2),
         Col("kind", QT_TRANSLATE_NOOP("reports", "Occasion"), width=1.8),
         Col("person", QT_TRANSLATE_NOOP("reports", "Who"), width=2.5, total="count"),
         Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
         Col("age", QT_TRANSLATE_NOOP("reports", "Years"), "int"),
         Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2))


# --- 20 reminders ------------------------------------------------------------------------------
STATE_OVERDUE = QT_TRANSLATE_NOOP("reports", "Overdue")
STATE_DUE = QT_TRANSLATE_NOOP("reports", "Due")


def _reminders(p: Params):
    """Reminders not dismissed that fall due up to the period's end (the overdue ones first);
    "overdue" = due before the report's today; a snoozed reminder is due at its snooze time."""
    when = func.coalesce(Reminder.snoozed_until, Reminder.remind_at)
    today = sql_date(p.today)
    overdue = when < today
    q = (select(when.label("due"),
                func.iif(overdue, text_literal(STATE_OVERDUE), text_literal(STATE_DUE)).label("state"),
                func.iif(overdue, func.datediff(literal_column("DAY"), cast(when, Date), today),
                         literal_column("0")).label("days_late"),
                Reminder.text.label("text"), Task.title.label("task"), Client.name.label("client"),
                manager_name().label("user"))
         .select_from(Reminder).outerjoin(Task, Task.id == Reminder.task_id)
         .outerjoin(Client, Client.id == Task.client_id).outerjoin(CrmUser, CrmUser.id == Reminder.user_id)
         .where(Reminder.dismissed.is_(False), when.is_not(None), when < p.period.end_ts)
         .order_by(when, Reminder.id))
    if p.get("manager") is not None:
        q = q.where(Reminder.user_id == p["manager"])
    return q


REPORTS: list[Definition] = [
    Report(
        id="dates.birthdays", category="B", ref=(16,),
        title=QT_TRANSLATE_NOOP("reports", "Birthdays of contact persons and clients"),
        question=QT_TRANSLATE_NOOP("reports", "Whom should we congratulate on a birthday in these days?"),
        params=(PERIOD, MANAGER), query=_birthdays, columns=_COLS),
    Report(
        id="dates.company_anniversaries", category="B", ref=(17,),
        title=QT_TRANSLATE_NOOP("reports", "Company anniversaries"),
        question=QT_TRANSLATE_NOOP("reports", "Which client companies celebrate their founding day in these days?"),
        params=(PERIOD, MANAGER), query=_anniversaries, columns=_COLS),
    Report(
        id="dates.occasions", category="B", ref=(18,),
        title=QT_TRANSLATE_NOOP("reports", "Occasions calendar"),
        question=QT_TRANSLATE_NOOP("reports", "Which birthdays and anniversaries fall in these days, day by day?"),
        params=(PERIOD, MANAGER), query=_calendar, columns=_COLS),
    Report(
        id="dates.reminders", category="B", ref=(20,),
        title=QT_TRANSLATE_NOOP("reports", "Reminders due and overdue"),
        question=QT_TRANSLATE_NOOP("reports", "Which reminders are overdue, and which fall due in these days?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Due up to the end of"),
                      default="this_week"), MANAGER),
        query=_reminders,
        columns=(Col("due", QT_TRANSLATE_NOOP("reports", "Due"), "datetime", width=1.5),
                 Col("state", QT_TRANSLATE_NOOP("reports", "State")),
                 Col("days_late", QT_TRANSLATE_NOOP("reports", "Days late"), "int", total="max"),
                 Col("text", QT_TRANSLATE_NOOP("reports", "Reminder"), width=3, total="count"),
                 Col("task", QT_TRANSLATE_NOOP("reports", "Task"), width=2),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2),
                 Col("user", QT_TRANSLATE_NOOP("reports", "User"), width=1.5))),
]
