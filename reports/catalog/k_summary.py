"""K. Management summaries (REPORTS.md 121–124; 125, the dashboard snapshot, is printed by the
dashboard). Layer: ``reports`` (definitions; Core statements).

Terms: **activity** of a manager = interactions he logged in the period (calls, meetings,
e-mails); **tasks done** = tasks he completed (DONE_AT in the period); **overdue now** = his OPEN
tasks due before the report's today; **deals won / revenue** = deals closed WON in the period
(revenue = their amount), **new clients** = clients created in the period with him responsible.
A digest compares the period with the **previous period** of the same length just before it (a
week with the week before, a month with the days before it) and, for the company month, with the
same dates a **year earlier**; change = (now − before) ÷ before; money indicators are one row per currency, named. Year over year: each month of
the period against the same month a year earlier.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Numeric, String, and_, cast, func, literal_column, or_, select, union_all

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Client, CrmUser, Deal, Interaction, Task
from reports.queries.deals import money_sum, period_label, ratio, text_literal
from reports.queries.labels import count_if, sql_date, sql_ts
from reports.spec import Col, Definition, Param, Params, Period, Ratio, Report

#: one type for counts and money in a digest's columns (a UNION needs one)
NUM = Numeric(18, 2)
MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))


def _in(col, per: Period):
    return and_(col >= per.start_ts, col < per.end_ts)


def _in_lit(col, per: Period):
    """:func:`_in` with literal bounds: for SELECT-list expressions under GROUP BY (a bound
    parameter there would make Firebird see the SELECT and GROUP BY expressions as different)."""
    return and_(col >= sql_ts(per.start_ts), col < sql_ts(per.end_ts))


def _shift(per: Period, *, years: int = 0) -> Period:
    """``per`` moved back: by its own length (years=0) or by whole years (29 Feb -> 28 Feb)."""
    if years:
        def back(d: dt.date) -> dt.date:
            try:
                return d.replace(year=d.year - years)
            except ValueError:
                return d.replace(year=d.year - years, day=28)
        return Period(back(per.start), back(per.end))
    days = (per.end - per.start).days + 1
    return Period(per.start - dt.timedelta(days=days), per.end - dt.timedelta(days=days))


# --- 121 manager's day / week --------------------------------------------------------------------
def _manager_week(p: Params):
    per: Period = p.period
    u = CrmUser

    def n(stmt):
        return stmt.scalar_subquery()

    def interactions(kind):
        return n(select(func.count(Interaction.id)).where(Interaction.user_id == u.id, Interaction.kind == kind,
                                                          _in(Interaction.occurred_at, per)))

    won = and_(Deal.responsible_id == u.id, Deal.outcome == "WON", _in(Deal.closed_at, per))
    q = (select(u.full_name.label("manager"), interactions("CALL").label("calls"),
                interactions("MEETING").label("meetings"), interactions("EMAIL").label("emails"),
                n(select(func.count(Task.id)).where(Task.assignee_id == u.id, Task.status == "DONE",
                                                    _in(Task.done_at, per))).label("tasks_done"),
                n(select(func.count(Task.id)).where(Task.assignee_id == u.id, Task.status == "OPEN",
                                                    Task.due_at < sql_date(p.today))).label("overdue"),
                n(select(func.count(Client.id)).where(Client.responsible_id == u.id, Client.merged_into_id.is_(None),
                                                      _in(Client.created_at, per))).label("new_clients"),
                n(select(func.count(Deal.id)).where(Deal.responsible_id == u.id,
                                                    _in(Deal.created_at, per))).label("new_deals"),
                n(select(func.count(Deal.id)).where(won)).label("won"),
                n(select(money_sum(Deal.amount)).where(won)).label("revenue"))
         .where(u.is_active.is_(True)).order_by(u.full_name, u.id))
    if p.get("manager") is not None:
        q = q.where(u.id == p["manager"])
    return q


# --- 122, 123 digests ------------------------------------------------------------------------------
#: (indicator title, table, date column, extra condition, value: "count" or the summed column)
def _indicators():
    return (
        (QT_TRANSLATE_NOOP("reports", "New clients"), Client, Client.created_at, Client.merged_into_id.is_(None), None),
        (QT_TRANSLATE_NOOP("reports", "New deals"), Deal, Deal.created_at, None, None),
        (QT_TRANSLATE_NOOP("reports", "Deals won"), Deal, Deal.closed_at, Deal.outcome == "WON", None),
        (QT_TRANSLATE_NOOP("reports", "Revenue (won amount)"), Deal, Deal.closed_at, Deal.outcome == "WON",
         Deal.amount),
        (QT_TRANSLATE_NOOP("reports", "Deals lost"), Deal, Deal.closed_at, Deal.outcome == "LOST", None),
        (QT_TRANSLATE_NOOP("reports", "Calls"), Interaction, Interaction.occurred_at, Interaction.kind == "CALL", None),
        (QT_TRANSLATE_NOOP("reports", "Meetings"), Interaction, Interaction.occurred_at,
         Interaction.kind == "MEETING", None),
        (QT_TRANSLATE_NOOP("reports", "E-mails"), Interaction, Interaction.occurred_at, Interaction.kind == "EMAIL",
         None),
        (QT_TRANSLATE_NOOP("reports", "Tasks done"), Task, Task.done_at, Task.status == "DONE", None),
    )


def _manager_cond(table, p: Params):
    if p.get("manager") is None:
        return None
    col = {Client: Client.responsible_id, Deal: Deal.responsible_id, Interaction: Interaction.user_id,
           Task: Task.assignee_id}[table]
    return col == p["manager"]


def _digest(p: Params, *, year_ago: bool):
    per: Period = p.period
    prev = _shift(per)
    ago = _shift(per, years=1)
    parts = []
    for i, (title, table, date_col, cond, value) in enumerate(_indicators()):
        def agg(window: Period, value=value, date_col=date_col):
            inside = _in(date_col, window)
            if value is None:
                return count_if(inside)
            return money_sum(func.iif(inside, value, literal_column("0")))
        now, before, last_year = agg(per), agg(prev), agg(ago)
        windows = [_in(date_col, per), _in(date_col, prev)] + ([_in(date_col, ago)] if year_ago else [])
        conds = [c for c in (cond, _manager_cond(table, p)) if c is not None]
        label = text_literal(title)
        if value is not None:  # money: one row per currency, named ("Revenue (won amount), RUB")
            label = label.op("||")(literal_column("', '")).op("||")(Deal.currency)
        cols = [literal_column(str(i)).label("n"), cast(label, String(120)).label("indicator"),
                cast(now, NUM).label("now"), cast(before, NUM).label("before"),
                ratio(now - before, before).label("change")]
        if year_ago:
            cols += [cast(last_year, NUM).label("year_ago"), ratio(now - last_year, last_year).label("change_year")]
        part = select(*cols).select_from(table).where(*conds, or_(*windows))
        parts.append(part.group_by(Deal.currency) if value is not None else part)
    u = union_all(*parts).subquery("k")
    return select(*[c for c in u.c if c.name != "n"]).order_by(u.c.n)


def _weekly(p: Params):
    return _digest(p, year_ago=False)


def _monthly(p: Params):
    return _digest(p, year_ago=True)


_DIGEST = (Col("indicator", QT_TRANSLATE_NOOP("reports", "Indicator"), width=3),
           Col("now", QT_TRANSLATE_NOOP("reports", "This period"), "number", width=1.5),
           Col("before", QT_TRANSLATE_NOOP("reports", "Previous period"), "number", width=1.5),
           Col("change", QT_TRANSLATE_NOOP("reports", "Change"), "percent"))


# --- 124 year over year -------------------------------------------------------------------------------
def _yoy(p: Params):
    per: Period = p.period
    ago = _shift(per, years=1)
    cur, old = _in_lit(Deal.closed_at, per), _in_lit(Deal.closed_at, ago)
    month = period_label(func.iif(cur, Deal.closed_at, func.dateadd(literal_column("YEAR"), literal_column("1"),
                                                                    Deal.closed_at)), "month")
    now = money_sum(func.iif(cur, Deal.amount, literal_column("0")))
    before = money_sum(func.iif(old, Deal.amount, literal_column("0")))
    return (select(month.label("period"), count_if(cur).label("won_now"), now.label("revenue"),
                   count_if(old).label("won_before"), before.label("revenue_before"),
                   cast(now - before, NUM).label("diff"), ratio(now - before, before).label("change"))
            .where(Deal.outcome == "WON", func.iif(cur, literal_column("1"), func.iif(old, literal_column("1"),
                                                                                      literal_column("0")))
                   == literal_column("1"),
                   *([Deal.responsible_id == p["manager"]] if p.get("manager") is not None else []))
            .group_by(month).order_by(month))


REPORTS: list[Definition] = [
    Report(
        id="summary.manager_week", category="K", ref=(121,),
        title=QT_TRANSLATE_NOOP("reports", "Manager's day / week summary"),
        question=QT_TRANSLATE_NOOP("reports", "What did each manager do in these days, and what came of it?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="this_week"), MANAGER),
        query=_manager_week, orientation="landscape",
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2.5),
                 Col("calls", QT_TRANSLATE_NOOP("reports", "Calls"), "int", total="sum"),
                 Col("meetings", QT_TRANSLATE_NOOP("reports", "Meetings"), "int", total="sum"),
                 Col("emails", QT_TRANSLATE_NOOP("reports", "E-mails"), "int", total="sum"),
                 Col("tasks_done", QT_TRANSLATE_NOOP("reports", "Tasks done"), "int", total="sum"),
                 Col("overdue", QT_TRANSLATE_NOOP("reports", "Overdue now"), "int", total="sum"),
                 Col("new_clients", QT_TRANSLATE_NOOP("reports", "New clients"), "int", total="sum"),
                 Col("new_deals", QT_TRANSLATE_NOOP("reports", "New deals"), "int", total="sum"),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Deals won"), "int", total="sum"),
                 Col("revenue", QT_TRANSLATE_NOOP("reports", "Revenue"), "money", total="sum", width=1.5))),
    Report(
        id="summary.weekly_digest", category="K", ref=(122,),
        title=QT_TRANSLATE_NOOP("reports", "Head of sales: weekly digest"),
        question=QT_TRANSLATE_NOOP("reports", "How did this week go compared with the week before?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Week"), default="last_week"), MANAGER),
        query=_weekly, grand_total=False, columns=_DIGEST),
    Report(
        id="summary.company_month", category="K", ref=(123,),
        title=QT_TRANSLATE_NOOP("reports", "Company monthly summary"),
        question=QT_TRANSLATE_NOOP("reports", "How did the month go compared with the month before and a year ago?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Month"), default="last_month"), MANAGER),
        query=_monthly, grand_total=False,
        columns=(*_DIGEST, Col("year_ago", QT_TRANSLATE_NOOP("reports", "A year earlier"), "number", width=1.5),
                 Col("change_year", QT_TRANSLATE_NOOP("reports", "Change over the year"), "percent"))),
    Report(
        id="summary.year_over_year", category="K", ref=(124,),
        title=QT_TRANSLATE_NOOP("reports", "Year-over-year comparison"),
        question=QT_TRANSLATE_NOOP("reports", "Is each month better or worse than the same month a year earlier?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Closed in"), default="this_year"), MANAGER),
        query=_yoy, fill="periods",
        columns=(Col("period", QT_TRANSLATE_NOOP("reports", "Month")),
                 Col("won_now", QT_TRANSLATE_NOOP("reports", "Deals won"), "int", total="sum"),
                 Col("revenue", QT_TRANSLATE_NOOP("reports", "Revenue"), "money", total="sum", width=1.5),
                 Col("won_before", QT_TRANSLATE_NOOP("reports", "Won a year earlier"), "int", total="sum"),
                 Col("revenue_before", QT_TRANSLATE_NOOP("reports", "Revenue a year earlier"), "money", total="sum",
                     width=1.5),
                 Col("diff", QT_TRANSLATE_NOOP("reports", "Difference"), "money", total="sum", width=1.5),
                 Col("change", QT_TRANSLATE_NOOP("reports", "Change"), "percent",
                     total=Ratio("diff", "revenue_before")))),
]
