"""A day's work for the login that runs the demo (issue #5: "a manager can run a day"). Layer: ``app``.

:func:`prepare_my_day` gives the CRM user of the connected login (``ctx.current_user_id()``: on the
embedded demo that is the administrator row created with the database) a few clients of their own
with contact persons whose birthdays fall today and this week, open deals, tasks overdue / today /
this week, and a reminder that is already due, so *My day*, the calendar and the reminder popup
have something to show at the first start. It is separate from :func:`app.demo.generate`'s bulk
history (whose clients and tasks all belong to the demo managers) and costs about a second.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app import clients, planner
from app.clients import ClientDraft, ContactItem, PhoneItem
from app.context import AppContext
from app.errors import UserError, from_driver
from app.i18n import translate
from app.planner import TaskDraft
from db.models import Deal, Task


def _birthday(on: dt.date, age: int) -> dt.date:
    """A birthday celebrated on ``on`` at ``age`` (1984 and 2000 are leap years: 29 Feb is safe)."""
    year = on.year - age
    if (on.month, on.day) == (2, 29) and year % 4:
        year -= year % 4
    return dt.date(year, on.month, on.day)


def prepare_my_day(ctx: AppContext, now: dt.datetime | None = None) -> dict[str, int]:
    """Add the current user's clients, deals, tasks and a due reminder; returns counts per kind.

    Nothing happens for a login without a CRM user row. Reference data (funnels) must exist:
    run after :func:`app.demo.generate` or on a database seeded by ``create_database``.
    """
    from app import demo  # (demo imports this module lazily: no cycle at import time)

    me = ctx.current_user_id()
    counts = {"clients": 0, "deals": 0, "tasks": 0}
    if me is None:
        return counts
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    today = now.date()
    day = dt.timedelta(days=1)
    ref = demo._ensure_reference(ctx)
    sales = ref.funnels["sales"]
    people = [
        (translate("app.demo", "Romashka LLC"), "COMPANY", [(translate("app.demo", "Anna Smirnova"), translate("app.demo", "Purchasing manager"), _birthday(today, 34)),
                                         (translate("app.demo", "Oleg Petrov"), translate("app.demo", "CEO"), None)], "+7 495 210-31-41"),
        (translate("app.demo", "Vector Logistics"), "COMPANY", [(translate("app.demo", "Irina Kozlova"), translate("app.demo", "Chief accountant"),
                                              _birthday(today + 3 * day, 41))], "+7 812 335-17-90"),
        (translate("app.demo", "Northwind Trading"), "COMPANY", [(translate("app.demo", "Pavel Sokolov"), translate("app.demo", "Head of IT"), _birthday(today + 6 * day, 29))],
         "+7 343 271-45-08"),
        (translate("app.demo", "Egorov Nikolay"), "PERSON", [], "+7 916 402-18-77"),
    ]
    ids: list[tuple[int, str]] = []
    for name, kind, contacts, phone in people:
        draft = ClientDraft(name=name, kind=kind, status="ACTIVE", responsible_id=me,
                            birthday=_birthday(today + 2 * day, 52) if kind == "PERSON" else None,
                            phones=[PhoneItem(phone, "WORK" if kind == "COMPANY" else "MOBILE", is_primary=True)],
                            contacts=[ContactItem(n, job_title=j, birthday=b, is_primary=i == 0)
                                      for i, (n, j, b) in enumerate(contacts)])
        ids.append((clients.save_client(ctx, draft).id, name))
        counts["clients"] += 1
    deals = []
    try:
        with ctx.sessions.begin() as s:
            for (cid, _name), (title, amount, stage) in zip(ids[:3], (
                    (translate("app.demo", "Office furniture supply"), "480000", 1), (translate("app.demo", "Annual logistics contract"), "1250000", 2),
                    (translate("app.demo", "Server upgrade"), "760000", 0)), strict=True):
                d = Deal(client_id=cid, funnel_id=sales.id, stage_id=sales.open_stages[min(stage, len(sales.open_stages) - 1)],
                         title=title, amount=Decimal(amount), responsible_id=me, next_step=translate("app.demo", "Call the client"),
                         next_step_at=now + day)
                s.add(d)
                s.flush()
                deals.append((d.id, cid))
                counts["deals"] += 1
            # overdue tasks (a new task cannot be planned in the past through the planner)
            for title, kind, cid, back in ((translate("app.demo", "Call back about the offer"), "CALL", ids[0][0], day + dt.timedelta(hours=2)),
                                           (translate("app.demo", "Send the signed contract"), "EMAIL", ids[1][0], 3 * day)):
                due = (now - back).replace(minute=0)
                s.add(Task(title=title, kind=kind,
                           status="OPEN", due_at=due, duration_min=15, priority=1, assignee_id=me, client_id=cid))
                counts["tasks"] += 1
    except UserError:
        raise
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    start = dt.datetime.combine(today, dt.time())
    plan = [
        (translate("app.demo", "Call Anna about the delivery date"), "CALL", start.replace(hour=10), ids[0][0], deals[0][0], 15),
        (translate("app.demo", "Meeting: contract terms"), "MEETING", start.replace(hour=12, minute=30), ids[1][0], deals[1][0], 60),
        (translate("app.demo", "E-mail the price list"), "EMAIL", start.replace(hour=15), ids[2][0], None, 0),
        (translate("app.demo", "Confirm the order"), "CALL", start.replace(hour=17), ids[3][0], None, 15),
        (translate("app.demo", "Presentation of the solution"), "MEETING", start.replace(hour=11) + day, ids[2][0], deals[2][0], 90),
        (translate("app.demo", "Prepare the commercial offer"), "TODO", start.replace(hour=14) + 2 * day, ids[0][0], deals[0][0], 60),
        (translate("app.demo", "Follow-up call"), "CALL", start.replace(hour=10, minute=30) + 4 * day, ids[1][0], None, 15),
        # reminds at once: due in ten minutes, reminder fifteen minutes ahead
        (translate("app.demo", "Call back: the client asked for it"), "CALL", now + dt.timedelta(minutes=10), ids[3][0], None, 10),
    ]
    for title, kind, due, cid, deal, minutes in plan:
        planner.save_task(ctx, TaskDraft(title=title, kind=kind, due_at=due, duration_min=minutes, client_id=cid,
                                         deal_id=deal, priority=1 if kind == "MEETING" else 2), now=now)
        counts["tasks"] += 1
    return counts
