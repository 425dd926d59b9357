"""E. Sales and money (REPORTS.md 56–70). Layer: ``reports`` (definitions; shared blocks in
reports/queries/deals.py, ABC/XYZ in reports/queries/sales.py).

**Sales / revenue** = the amount of deals WON, dated by CLOSED_AT (no invoices or payments exist
yet), so 63 invoices issued vs paid, 64 receivables, 65 payments and 69 offers sent vs converted
wait for those tables; 68 shows revenue by source without ROI until channel costs are entered.
Archived and merged clients still count in every money report.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import BigInteger, case, cast, distinct, func, literal_column, null, select, type_coerce

from app.i18n import QT_TRANSLATE_NOOP
from db.models import AuditLog, Client, CrmUser, Deal, DealLine, Product, Source
from reports import cube
from reports.catalog.d_funnel import CLOSED_PERIOD, FUNNEL, GRAIN, MANAGER, SOURCE
from reports.queries import sales
from reports.queries.deals import (
    MANAGER_DIM,
    MONEY_SUM,
    NO_GROUP,
    NO_MANAGER,
    NO_PRODUCT,
    NO_SOURCE,
    ZERO,
    as_double,
    closed_in,
    deal_filters,
    money_sum,
    or_label,
    ratio,
)
from reports.spec import (
    AbcClass,
    Chart,
    Codes,
    Col,
    Definition,
    Div,
    Every,
    Param,
    Params,
    Ratio,
    Report,
    RunningShare,
    Share,
    Weighted,
)

TOP_CLIENTS = Param("top", "int", QT_TRANSLATE_NOOP("reports", "Top N clients"), default=20, minimum=1, maximum=10000)
#: revenue reports look at a year by default
PERIOD = CLOSED_PERIOD

DEALS = Col("deals", QT_TRANSLATE_NOOP("reports", "Won deals"), "int", total="sum")
REVENUE = Col("revenue", QT_TRANSLATE_NOOP("reports", "Revenue"), "money", total="sum", width=1.5)
SHARE = Col("share", QT_TRANSLATE_NOOP("reports", "Share of revenue"), "percent", total="sum")
BUYERS = QT_TRANSLATE_NOOP("reports", "Buying clients")
AVG_CHECK = Col("avg_check", QT_TRANSLATE_NOOP("reports", "Average check"), "money", total=Weighted("deals"), width=1.5)

WON = ("WON",)


def _won(p: Params, *, skip: tuple[str, ...] = ()):
    return (closed_in(p, WON), *deal_filters(p, skip=skip))


def _avg(col):
    return func.avg(as_double(col))


# --- 57 by manager, 66 average check -----------------------------------------------------------
def _by_manager(p: Params):
    dim = MANAGER_DIM
    revenue = money_sum(Deal.amount)
    q = select(dim.label(), func.count(Deal.id).label("deals"), revenue.label("revenue"),
               ratio(revenue, func.sum(revenue).over()).label("share"), _avg(Deal.amount).label("avg_check"))
    return dim.join(q.select_from(Deal)).where(*_won(p, skip=("manager",))).group_by(*dim.group_cols()).order_by(
        revenue.desc(), *dim.order_cols())


# --- 58 top clients, 59 ABC ----------------------------------------------------------------------
def _by_client(p: Params):
    revenue = money_sum(Deal.amount)
    return (select(Client.name.label("client"), Client.city.label("city"),
                   or_label(CrmUser.full_name, NO_MANAGER).label("manager"),
                   func.count(Deal.id).label("deals"), revenue.label("revenue"),
                   ratio(revenue, func.sum(revenue).over()).label("share"),
                   func.max(Deal.closed_at).label("last_sale"))
            .select_from(Deal).join(Client, Client.id == Deal.client_id)
            .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .where(*_won(p)).group_by(Client.id, Client.name, Client.city, CrmUser.full_name)
            .order_by(revenue.desc(), Client.name, Client.id).limit(int(p.get("top") or 20)))


def _abc(p: Params):
    revenue = money_sum(Deal.amount)
    # share, cum_share and the class are declared steps over these rows (sales.abc below)
    return (select(Client.name.label("client"), func.count(Deal.id).label("deals"), revenue.label("revenue"))
            .select_from(Deal).join(Client, Client.id == Deal.client_id)
            .where(*_won(p)).group_by(Client.id, Client.name).having(func.sum(Deal.amount) > ZERO)
            .order_by(revenue.desc(), Client.name, Client.id))


# --- 62 by product, 70 discounts ------------------------------------------------------------------
def _by_product(p: Params):
    group = or_label(Product.group_name, NO_GROUP)
    amount = money_sum(DealLine.amount)
    return (select(group.label("group"), or_label(Product.name, NO_PRODUCT).label("product"),
                   func.count(distinct(DealLine.deal_id)).label("deals"),
                   func.coalesce(func.sum(DealLine.qty), ZERO).label("qty"), amount.label("amount"))
            .select_from(DealLine).join(Deal, Deal.id == DealLine.deal_id)
            .outerjoin(Product, Product.id == DealLine.product_id)
            .where(*_won(p)).group_by(group, Product.id, Product.name)
            .order_by(group, amount.desc(), Product.name))


def _discounts(p: Params):
    dim = MANAGER_DIM
    gross = money_sum(as_double(DealLine.qty) * as_double(DealLine.price))
    net = money_sum(DealLine.amount)
    discounted = func.coalesce(func.sum(func.iif(func.coalesce(DealLine.discount_pct, ZERO) > ZERO,
                                                 literal_column("1"), ZERO)), ZERO)
    q = select(dim.label(), func.count(DealLine.id).label("lines"), discounted.label("discounted"),
               gross.label("gross"), net.label("net"),
               type_coerce(gross - net, MONEY_SUM).label("discount"), ratio(gross - net, gross).label("rate"))
    q = dim.join(q.select_from(DealLine).join(Deal, Deal.id == DealLine.deal_id))
    return q.where(*_won(p, skip=("manager",))).group_by(*dim.group_cols()).order_by(*dim.order_cols())


# --- 67 repeat purchases, 68 by source -------------------------------------------------------------
def _repeat(p: Params):
    per_client = (select(Deal.client_id.label("client_id"), func.count(Deal.id).label("n"))
                  .where(*_won(p)).group_by(Deal.client_id).subquery("pc"))
    repeat = func.coalesce(func.sum(func.iif(per_client.c.n >= literal_column("2"), literal_column("1"), ZERO)), ZERO)
    return (select(or_label(CrmUser.full_name, NO_MANAGER).label("manager"), func.count().label("buyers"),
                   repeat.label("repeat"), ratio(repeat, func.count()).label("rate"),
                   func.coalesce(func.sum(per_client.c.n), ZERO).label("deals"))
            .select_from(per_client).join(Client, Client.id == per_client.c.client_id)
            .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .group_by(CrmUser.id, CrmUser.full_name)
            .order_by(func.iif(CrmUser.id.is_(None), literal_column("1"), ZERO), CrmUser.full_name))


def _by_source(p: Params):
    revenue = money_sum(Deal.amount)
    source_id = func.coalesce(Deal.source_id, Client.source_id)
    q = (select(or_label(Source.name, NO_SOURCE).label("source"), func.count(Deal.id).label("deals"),
                func.count(distinct(Deal.client_id)).label("clients"), revenue.label("revenue"),
                ratio(revenue, func.sum(revenue).over()).label("share"), _avg(Deal.amount).label("avg_check"))
         .select_from(Deal).join(Client, Client.id == Deal.client_id).outerjoin(Source, Source.id == source_id)
         .where(*_won(p, skip=("source",))))
    if p.get("source") is not None:
        q = q.where(source_id == p["source"])
    return q.group_by(Source.id, Source.name).order_by(revenue.desc(), Source.name)


# --- 69 commercial offers sent vs converted ----------------------------------------------------------
#: how a printed or exported offer is written to the audit trail: "documents.offer deal=12, date=…"
#: (reports.engine.run logs each document run, the reports window each export)
OFFER_EVENT = "documents.offer "


def offer_deal_id() -> Any:
    """The deal id written after ``deal=`` in an offer's audit line (NULL when it is not a number:
    SP_LOG_EVENT takes any text, so a malformed line is skipped, never cast)."""
    details = AuditLog.details
    rest = func.substring(details, func.position(literal_column("'deal='"), details) + literal_column("5"))
    rest = literal_column("'x'").op("||")(rest)  # 'x' + the digits and whatever follows them
    head = func.substring(rest, literal_column("2"),
                          func.minvalue(func.position(literal_column("','"), rest.op("||")(literal_column("','"))),
                                        func.position(literal_column("' '"), rest.op("||")(literal_column("' '"))))
                          - literal_column("2"))
    return case((head.op("SIMILAR TO")(literal_column("'[0-9]{1,18}'")), cast(head, BigInteger)), else_=null())


def _offers(p: Params):
    deal_id = offer_deal_id()
    sent = (select(deal_id.label("deal_id"), func.min(AuditLog.logged_at).label("sent_at"))
            .where(AuditLog.action.in_(("REPORT", "EXPORT")),
                   AuditLog.details.op("STARTING WITH")(literal_column(f"'{OFFER_EVENT}'")),
                   AuditLog.details.op("CONTAINING")(literal_column("'deal='")), *_in_sent_period(p))
            .group_by(deal_id).subquery("sent"))
    n = func.count(Deal.id)
    won = Deal.outcome == literal_column("'WON'")
    q = (select(or_label(CrmUser.full_name, NO_MANAGER).label("manager"), n.label("offers"),
                func.sum(case((won, literal_column("1")), else_=literal_column("0"))).label("won"),
                func.sum(case((Deal.outcome == literal_column("'LOST'"), literal_column("1")),
                              else_=literal_column("0"))).label("lost"),
                func.sum(case((Deal.outcome == literal_column("'OPEN'"), literal_column("1")),
                              else_=literal_column("0"))).label("open"),
                money_sum(case((won, Deal.amount), else_=ZERO)).label("won_amount"))
         .select_from(sent).join(Deal, Deal.id == sent.c.deal_id).outerjoin(CrmUser, CrmUser.id == Deal.responsible_id)
         .where(*deal_filters(p))
         .group_by(CrmUser.id, CrmUser.full_name)
         .order_by(func.iif(CrmUser.id.is_(None), literal_column("1"), ZERO), CrmUser.full_name))
    return q


def _in_sent_period(p: Params) -> list:
    per = p.get("period")
    return [] if per is None else [AuditLog.logged_at >= per.start_ts, AuditLog.logged_at < per.end_ts]


REPORTS: list[Definition] = [
    cube.cube_report(
        "sales.by_period", "E", (56,), QT_TRANSLATE_NOOP("reports", "Sales by month, quarter or year"),
        QT_TRANSLATE_NOOP("reports", "How much did we sell in each period?"),
        cube.period(Deal.closed_at), (cube.COUNT.titled(DEALS.title), cube.REVENUE,
                                      replace(cube.AVERAGE, key="avg_check", title=AVG_CHECK.title),
                                      cube.CLIENTS.titled(BUYERS)),
        scope=cube.WON_IN, params=(PERIOD, GRAIN, MANAGER, FUNNEL, SOURCE), fill="periods",
        chart=Chart("bar", x="period", y=("revenue",))),
    Report(
        id="sales.by_manager", category="E", ref=(57,),
        title=QT_TRANSLATE_NOOP("reports", "Sales by manager"),
        question=QT_TRANSLATE_NOOP("reports", "Who sold how much?"),
        params=(PERIOD, FUNNEL, SOURCE), query=_by_manager,
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=3), DEALS, REVENUE, SHARE, AVG_CHECK),
        chart=Chart("hbar", x="manager", y=("revenue",))),
    Report(
        id="sales.by_client", category="E", ref=(58,),
        title=QT_TRANSLATE_NOOP("reports", "Top clients by revenue"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients bring the most money?"),
        params=(PERIOD, TOP_CLIENTS, MANAGER, FUNNEL), query=_by_client,
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=3),
                 Col("city", QT_TRANSLATE_NOOP("reports", "City"), width=1.5),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Responsible"), width=2), DEALS, REVENUE,
                 Col("share", QT_TRANSLATE_NOOP("reports", "Share of all revenue"), "percent", total="sum"),
                 Col("last_sale", QT_TRANSLATE_NOOP("reports", "Last sale"), "date")),
        chart=Chart("hbar", x="client", y=("revenue",), max_points=20)),
    Report(
        id="sales.abc", category="E", ref=(59, 58),
        title=QT_TRANSLATE_NOOP("reports", "ABC analysis of clients"),
        question=QT_TRANSLATE_NOOP("reports", "Which few clients make most of the revenue (A: 80 %, B: 15 %, C: 5 %)?"),
        params=(PERIOD, MANAGER, FUNNEL), query=_abc, group_by=("abc",),
        steps=(Share("share", "revenue"), RunningShare("cum_share", "revenue"),
               AbcClass("abc", running="cum_share", limits=(sales.A_LIMIT, sales.B_LIMIT))),
        columns=(Col("abc", QT_TRANSLATE_NOOP("reports", "Class")),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=3), DEALS, REVENUE, SHARE,
                 Col("cum_share", QT_TRANSLATE_NOOP("reports", "Cumulative share"), "percent", total="max"))),
    Report(
        id="sales.xyz", category="E", ref=(60,),
        title=QT_TRANSLATE_NOOP("reports", "XYZ analysis of clients"),
        question=QT_TRANSLATE_NOOP("reports", "Whose purchases are steady month by month (X), and whose erratic (Z)?"),
        params=(PERIOD, MANAGER), query=sales.xyz, group_by=("xyz",),
        columns=(Col("xyz", QT_TRANSLATE_NOOP("reports", "Class")),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=3), DEALS,
                 Col("active_months", QT_TRANSLATE_NOOP("reports", "Months with sales"), "int"), REVENUE,
                 Col("avg_month", QT_TRANSLATE_NOOP("reports", "Average per month"), "money", total="sum", width=1.5),
                 Col("cv", QT_TRANSLATE_NOOP("reports", "Coefficient of variation"), "percent"))),
    Report(
        id="sales.abc_xyz", category="E", ref=(61,),
        title=QT_TRANSLATE_NOOP("reports", "ABC×XYZ matrix of clients"),
        question=QT_TRANSLATE_NOOP("reports", "How many big clients buy steadily, and how many big ones are erratic?"),
        params=(PERIOD, MANAGER), query=sales.abc_xyz,
        steps=(Every("code", ("A", "B", "C")), Codes("abc", sales.ABC_TITLES, source="code"),
               Share("share", "revenue")),
        columns=(Col("abc", QT_TRANSLATE_NOOP("reports", "ABC class"), width=3),
                 Col("x", QT_TRANSLATE_NOOP("reports", "X: steady"), "int", total="sum"),
                 Col("y", QT_TRANSLATE_NOOP("reports", "Y: variable"), "int", total="sum"),
                 Col("z", QT_TRANSLATE_NOOP("reports", "Z: erratic"), "int", total="sum"),
                 Col("clients", QT_TRANSLATE_NOOP("reports", "Clients"), "int", total="sum"), REVENUE, SHARE)),
    Report(
        id="sales.by_product", category="E", ref=(62,),
        title=QT_TRANSLATE_NOOP("reports", "Sales by product and group"),
        question=QT_TRANSLATE_NOOP("reports", "Which products and product groups do we sell?"),
        params=(PERIOD, MANAGER, FUNNEL), query=_by_product, group_by=("group",),
        columns=(Col("group", QT_TRANSLATE_NOOP("reports", "Product group")),
                 Col("product", QT_TRANSLATE_NOOP("reports", "Product"), width=3),
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Won deals"), "int"),
                 Col("qty", QT_TRANSLATE_NOOP("reports", "Quantity"), "number", total="sum"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum", width=1.5))),
    cube.cube_report(
        "sales.avg_check", "E", (66,), QT_TRANSLATE_NOOP("reports", "Average check by manager"),
        QT_TRANSLATE_NOOP("reports", "How much does one sale and one buying client bring each manager?"),
        cube.MANAGER, (cube.COUNT.titled(DEALS.title), cube.CLIENTS.titled(BUYERS), cube.REVENUE,
                       replace(cube.AVERAGE, key="avg_check", title=AVG_CHECK.title),
                       cube.PER_CLIENT),
        scope=cube.WON_IN, params=(PERIOD, FUNNEL, SOURCE), chart=Chart("hbar", x="manager", y=("avg_check",)),
        by=(cube.TEAM, cube.DEPARTMENT, cube.SOURCE, cube.REGION)),
    Report(
        id="sales.repeat_rate", category="E", ref=(67,),
        title=QT_TRANSLATE_NOOP("reports", "Repeat-purchase rate"),
        question=QT_TRANSLATE_NOOP("reports", "Which share of buying clients bought more than once?"),
        params=(PERIOD, FUNNEL), query=_repeat,
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Client's manager"), width=3),
                 Col("buyers", QT_TRANSLATE_NOOP("reports", "Buying clients"), "int", total="sum"),
                 Col("repeat", QT_TRANSLATE_NOOP("reports", "Bought twice or more"), "int", total="sum"),
                 Col("rate", QT_TRANSLATE_NOOP("reports", "Repeat-purchase rate"), "percent",
                     total=Ratio("repeat", "buyers")),
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Won deals"), "int", total="sum"))),
    Report(
        id="sales.by_source", category="E", ref=(68,),
        title=QT_TRANSLATE_NOOP("reports", "Revenue by source"),
        question=QT_TRANSLATE_NOOP("reports", "Which channels bring the money (the deal's source, else the client's)?"),
        params=(PERIOD, MANAGER, FUNNEL, SOURCE), query=_by_source,
        columns=(Col("source", QT_TRANSLATE_NOOP("reports", "Source"), width=3), DEALS,
                 Col("clients", QT_TRANSLATE_NOOP("reports", "Buying clients"), "int"), REVENUE, SHARE, AVG_CHECK),
        chart=Chart("pie", x="source", y=("revenue",))),
    Report(
        id="sales.discounts", category="E", ref=(70,),
        title=QT_TRANSLATE_NOOP("reports", "Discounts given by manager"),
        question=QT_TRANSLATE_NOOP("reports", "How much do managers give away in discounts on won deals?"),
        params=(PERIOD, FUNNEL), query=_discounts,
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=3),
                 Col("lines", QT_TRANSLATE_NOOP("reports", "Lines"), "int", total="sum"),
                 Col("discounted", QT_TRANSLATE_NOOP("reports", "Lines with a discount"), "int", total="sum"),
                 Col("gross", QT_TRANSLATE_NOOP("reports", "At list price"), "money", total="sum", width=1.5),
                 Col("net", QT_TRANSLATE_NOOP("reports", "Sold for"), "money", total="sum", width=1.5),
                 Col("discount", QT_TRANSLATE_NOOP("reports", "Discount"), "money", total="sum", width=1.5),
                 Col("rate", QT_TRANSLATE_NOOP("reports", "Discount rate"), "percent", total=Ratio("discount", "gross"))),
        chart=Chart("hbar", x="manager", y=("discount",))),
    # --- the same sales by team, department of the deal and client region (reports/cube.py) ---------
    *[cube.cube_report(
        f"sales.by_{dim.key}", "E", (57,), title, question, dim,
        (cube.COUNT.titled(DEALS.title), cube.REVENUE, cube.share_of(cube.REVENUE, title=SHARE.title),
         replace(cube.AVERAGE, key="avg_check", title=AVG_CHECK.title), cube.CLIENTS.titled(BUYERS)),
        scope=cube.WON_IN, params=(PERIOD, MANAGER, FUNNEL, SOURCE), rank="revenue",
        chart=Chart("hbar", x=dim.key, y=("revenue",)))
      for dim, title, question in (
          (cube.TEAM, QT_TRANSLATE_NOOP("reports", "Sales by team"),
           QT_TRANSLATE_NOOP("reports", "Which team (the manager's department) sold how much, and which ranks first?")),
          (cube.DEPARTMENT, QT_TRANSLATE_NOOP("reports", "Sales by department of the deal"),
           QT_TRANSLATE_NOOP("reports", "Which office sold how much, and which ranks first?")),
          (cube.REGION, QT_TRANSLATE_NOOP("reports", "Sales by client region"),
           QT_TRANSLATE_NOOP("reports", "In which regions are our buying clients, and how much do they buy?")))],
    Report(
        id="sales.offers", category="E", ref=(69,),
        title=QT_TRANSLATE_NOOP("reports", "Commercial offers sent vs converted"),
        question=QT_TRANSLATE_NOOP("reports", "Of the deals we sent an offer for in the period, how many were won?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Offer sent in"), default="last_12_months"),
                MANAGER, FUNNEL),
        query=_offers, steps=(Div("conversion", "won", "offers"),),
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=3),
                 Col("offers", QT_TRANSLATE_NOOP("reports", "Deals with an offer"), "int", total="sum"),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Won"), "int", total="sum"),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("open", QT_TRANSLATE_NOOP("reports", "Still open"), "int", total="sum"),
                 Col("conversion", QT_TRANSLATE_NOOP("reports", "Converted"), "percent", total=Ratio("won", "offers")),
                 Col("won_amount", QT_TRANSLATE_NOOP("reports", "Won amount"), "money", total="sum", width=1.5)),
        chart=Chart("hbar", x="manager", y=("conversion",))),
]
