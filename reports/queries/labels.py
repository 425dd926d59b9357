"""Small building blocks for the catalogue's queries: code → title maps, safe SQL literals, the
"client base" filter, counting helpers and month buckets. Layer: ``reports`` (no Qt).

Why literals: fdb cannot type a bound parameter that stands alone in a SELECT list (FIREBIRD.md),
so constant texts and "today" go into the SELECT list as quoted literals made here from trusted
values (translated titles, ``datetime.date`` objects) — never from user text.

Code titles are translated when a report runs (``translate`` at run time), so the same definition
prints Russian or English depending on the report language.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Date, DateTime, Integer, String, case, cast, func, literal_column

from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import Client, CrmUser
from reports.params import STATUSES

#: CLIENTS.STATUS in lifecycle order
STATUS_ORDER: tuple[str, ...] = tuple(code for code, _ in STATUSES)
STATUS_TITLES: dict[str, str] = dict(STATUSES)

#: the statuses of a client who has bought from us
CUSTOMER: tuple[str, ...] = ("ACTIVE", "REGULAR")

#: INTERACTIONS.KIND
KIND_ORDER: tuple[str, ...] = ("CALL", "EMAIL", "MEETING", "SMS", "CHAT", "NOTE")
KIND_TITLES: dict[str, str] = {
    "CALL": QT_TRANSLATE_NOOP("reports", "Call"),
    "EMAIL": QT_TRANSLATE_NOOP("reports", "E-mail"),
    "MEETING": QT_TRANSLATE_NOOP("reports", "Meeting"),
    "SMS": QT_TRANSLATE_NOOP("reports", "SMS"),
    "CHAT": QT_TRANSLATE_NOOP("reports", "Chat"),
    "NOTE": QT_TRANSLATE_NOOP("reports", "Note"),
}
#: TASKS.KIND
TASK_KIND_TITLES: dict[str, str] = {
    "CALL": QT_TRANSLATE_NOOP("reports", "Call"),
    "MEETING": QT_TRANSLATE_NOOP("reports", "Meeting"),
    "EMAIL": QT_TRANSLATE_NOOP("reports", "E-mail"),
    "TODO": QT_TRANSLATE_NOOP("reports", "To-do"),
}
#: TASKS.PRIORITY
PRIORITY_TITLES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("reports", "High"),
    2: QT_TRANSLATE_NOOP("reports", "Normal"),
    3: QT_TRANSLATE_NOOP("reports", "Low"),
}
#: INTERACTIONS.RESULT (app.interactions.RESULTS)
RESULT_TITLES: dict[str, str] = {
    "REACHED": QT_TRANSLATE_NOOP("reports", "Reached"),
    "INTERESTED": QT_TRANSLATE_NOOP("reports", "Interested"),
    "CALLBACK": QT_TRANSLATE_NOOP("reports", "Call back"),
    "NOT_INTERESTED": QT_TRANSLATE_NOOP("reports", "Not interested"),
    "NO_ANSWER": QT_TRANSLATE_NOOP("reports", "No answer"),
    "BUSY": QT_TRANSLATE_NOOP("reports", "Busy"),
    "VOICEMAIL": QT_TRANSLATE_NOOP("reports", "Voicemail"),
    "WRONG_NUMBER": QT_TRANSLATE_NOOP("reports", "Wrong number"),
    "SENT": QT_TRANSLATE_NOOP("reports", "Sent"),
    "HELD": QT_TRANSLATE_NOOP("reports", "Held"),
    "CANCELLED": QT_TRANSLATE_NOOP("reports", "Cancelled"),
}
#: Monday-first weekday titles (index 0 = Monday, as datetime.weekday())
WEEKDAY_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("reports", "Monday"), QT_TRANSLATE_NOOP("reports", "Tuesday"),
    QT_TRANSLATE_NOOP("reports", "Wednesday"), QT_TRANSLATE_NOOP("reports", "Thursday"),
    QT_TRANSLATE_NOOP("reports", "Friday"), QT_TRANSLATE_NOOP("reports", "Saturday"),
    QT_TRANSLATE_NOOP("reports", "Sunday"),
)

NO_MANAGER = QT_TRANSLATE_NOOP("reports", "(no manager)")
NOT_SET = QT_TRANSLATE_NOOP("reports", "(not set)")


def title(titles: Mapping[Any, str], code: Any) -> Any:
    """The translated title of ``code`` (the code itself when unknown, None stays None)."""
    if code is None:
        return None
    t = titles.get(code)
    return translate("reports", t) if t is not None else code


def manager_name(col=None):
    """``COALESCE(<the manager's name>, '(no manager)')``; ``col`` defaults to ``CrmUser.full_name``."""
    return func.coalesce(col if col is not None else CrmUser.full_name, sql_text(tr(NO_MANAGER)))


def tr(text: str) -> str:
    return translate("reports", text)


def sql_text(value: str):
    """A quoted string literal for a SELECT list (``'it''s'``); ``value`` must be trusted text."""
    return literal_column("'" + value.replace("'", "''") + "'", String)


def sql_date(value: dt.date):
    """A ``DATE 'YYYY-MM-DD'`` literal (a report's "today" in SELECT-list date math)."""
    return literal_column(f"DATE '{value.isoformat()}'", Date)


def sql_ts(value: dt.datetime | dt.date):
    """A ``TIMESTAMP 'YYYY-MM-DD HH:MM:SS'`` literal (a moment compared inside a SELECT-list CASE)."""
    if not isinstance(value, dt.datetime):
        value = at_midnight(value)
    return literal_column(f"TIMESTAMP '{value.strftime('%Y-%m-%d %H:%M:%S')}'", DateTime)


def days_between(earlier, later):
    """Whole calendar days from ``earlier`` to ``later`` (both cast to DATE, so 23:59 → 00:01 is 1)."""
    return func.datediff(literal_column("DAY"), cast(earlier, Date), later)


def count_if(cond):
    """``SUM(CASE WHEN cond THEN 1 ELSE 0 END)`` (no bound parameters in the SELECT list)."""
    return func.coalesce(func.sum(case((cond, literal_column("1", Integer)), else_=literal_column("0", Integer))),
                         literal_column("0", Integer))


def at_midnight(d: dt.date) -> dt.datetime:
    return dt.datetime.combine(d, dt.time())


def client_base(p: Mapping[str, Any], *, archived: bool | None = None) -> list:
    """WHERE conditions of "the client base": not merged away, not archived unless the report's
    ``archived`` parameter (or the ``archived`` argument) says so, the ``manager`` parameter."""
    conds = [Client.merged_into_id.is_(None)]
    keep_archived = p.get("archived") if archived is None else archived
    if not keep_archived:
        conds.append(Client.is_archived.is_(False))
    if p.get("manager") is not None:
        conds.append(Client.responsible_id == p["manager"])
    return conds


def core_rows(conn: Any, stmt: Any, **titles: Mapping[Any, str]) -> Iterator[dict[str, Any]]:
    """Rows of a Core statement as dicts, with the columns named in ``titles`` turned from codes
    into translated titles (``status=STATUS_TITLES``)."""
    result = conn.execute(stmt)
    while True:
        chunk = result.fetchmany(500)
        if not chunk:
            return
        for row in chunk:
            d = dict(row._mapping)
            for key, mapping in titles.items():
                d[key] = title(mapping, d.get(key))
            yield d


def months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """(year, month) of every month touching [start, end], in order."""
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
