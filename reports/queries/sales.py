"""ABC and XYZ analysis of clients by revenue (REPORTS.md 59–61). Layer: ``reports``; reads only,
Core statements (routed to the visibility views by the dialect); the classes are computed in SQL
from per-client monthly sums (XYZ) and a running sum (ABC), so the definitions are declarations.

Revenue = the amount of deals WON, dated by CLOSED_AT, in the report period (archived and merged
clients count). Terms exactly as REPORTS.md:

* **ABC**: clients sorted by revenue in the period, largest first (ties by name, then id).
  A = the first 80 % of revenue, B = the next 15 %, C = the rest. A client belongs to the class
  in which its revenue *starts*: with ``before`` = the share of all clients ahead of it,
  ``before < 0.80`` → A, ``before < 0.95`` → B, else C. So the client that crosses the 80 % line
  is still A (the biggest client is always A) and A holds at least 80 % of revenue.
* **XYZ**: the coefficient of variation (population standard deviation ÷ mean) of a client's
  revenue over *every* calendar month the period touches (months without sales count as 0).
  X < 10 %, Y < 25 %, Z otherwise. Only clients with revenue in the period are classed.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import DOUBLE_PRECISION, Integer, case, cast, extract, func, literal_column, select

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Client, Deal
from reports.queries.labels import months as months_between
from reports.spec import Params

A_LIMIT = 0.80
B_LIMIT = 0.95
X_LIMIT = 0.10
Y_LIMIT = 0.25

ABC_TITLES = {"A": QT_TRANSLATE_NOOP("reports", "A: first 80 % of revenue"),
              "B": QT_TRANSLATE_NOOP("reports", "B: next 15 %"),
              "C": QT_TRANSLATE_NOOP("reports", "C: the rest")}


def _double(x: Any) -> Any:
    return cast(x, DOUBLE_PRECISION())


def _lit(v: float) -> Any:
    return literal_column(repr(float(v)), DOUBLE_PRECISION())


def classified(p: Params) -> Any:
    """A derived table: one row per client with revenue in the period — client_id, client, deals,
    revenue, active_months, avg_month, cv, xyz, abc — from the won deals' monthly sums (months
    without sales count as 0: the variance is Σv²/n − mean² over the n months the period touches)."""
    y, m = extract("year", Deal.closed_at), extract("month", Deal.closed_at)
    conds = [Deal.outcome == literal_column("'WON'"), Deal.closed_at >= p.period.start_ts,
             Deal.closed_at < p.period.end_ts]
    if p.get("manager") is not None:
        conds.append(Deal.responsible_id == int(p["manager"]))
    monthly = (select(Deal.client_id.label("cid"), func.count(Deal.id).label("n"), func.sum(Deal.amount).label("rev"))
               .where(*conds).group_by(Deal.client_id, y, m).subquery("mo"))
    n = literal_column(str(len(months_between(p.period.start, p.period.end))), Integer)
    zero = literal_column("0")
    revenue = func.sum(monthly.c.rev)
    per_client = (select(monthly.c.cid.label("client_id"), func.sum(monthly.c.n).label("deals"),
                         revenue.label("revenue"),
                         func.sum(case((monthly.c.rev > zero, literal_column("1", Integer)),
                                       else_=literal_column("0", Integer))).label("active_months"),
                         func.sum(_double(monthly.c.rev) * _double(monthly.c.rev)).label("sumsq"))
                  .group_by(monthly.c.cid).having(revenue > zero).subquery("pc"))
    mean = _double(per_client.c.revenue) / _double(n)
    var = _double(per_client.c.sumsq) / _double(n) - mean * mean
    cv = func.sqrt(func.maxvalue(var, _lit(0))) / func.nullif(mean, _lit(0))
    order = (per_client.c.revenue.desc(), Client.name, per_client.c.client_id)
    running = func.sum(per_client.c.revenue).over(order_by=order)
    before = _double(running - per_client.c.revenue) / _double(func.sum(per_client.c.revenue).over())
    stmt = (select(per_client.c.client_id, Client.name.label("client"), per_client.c.deals, per_client.c.revenue,
                   per_client.c.active_months, mean.label("avg_month"), cv.label("cv"),
                   case((cv < _lit(X_LIMIT), literal_column("'X'")), (cv < _lit(Y_LIMIT), literal_column("'Y'")),
                        else_=literal_column("'Z'")).label("xyz"),
                   case((before < _lit(A_LIMIT), literal_column("'A'")), (before < _lit(B_LIMIT), literal_column("'B'")),
                        else_=literal_column("'C'")).label("abc"))
            .select_from(per_client).outerjoin(Client, Client.id == per_client.c.client_id))
    return stmt.subquery("cls")


def xyz(p: Params) -> Any:
    """sales.xyz rows: grouped by class (X, Y, Z), largest revenue first within a class."""
    c = classified(p)
    return (select(c.c.xyz, c.c.client, c.c.deals, c.c.active_months, c.c.revenue, c.c.avg_month, c.c.cv)
            .order_by(c.c.xyz, c.c.revenue.desc(), func.coalesce(c.c.client, literal_column("''")), c.c.client_id))


def abc_xyz(p: Params) -> Any:
    """sales.abc_xyz rows: one per ABC class present with client counts per XYZ class and the
    revenue (the report's steps list every class and add the share)."""
    c = classified(p)

    def count(cls: str) -> Any:
        return func.coalesce(func.sum(case((c.c.xyz == literal_column(f"'{cls}'"), literal_column("1", Integer)),
                                           else_=literal_column("0", Integer))), literal_column("0", Integer))

    return (select(c.c.abc.label("code"), *[count(k).label(k.lower()) for k in "XYZ"],
                   func.count(c.c.client_id).label("clients"), func.sum(c.c.revenue).label("revenue"))
            .group_by(c.c.abc).order_by(c.c.abc))


__all__ = ["ABC_TITLES", "A_LIMIT", "B_LIMIT", "X_LIMIT", "Y_LIMIT", "abc_xyz", "classified", "xyz"]
