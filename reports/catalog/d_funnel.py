"""D. Funnel and deals (REPORTS.md 36–55). Layer: ``reports`` (definitions only; shared query
blocks in reports/queries/deals.py, pipeline statements in reports/queries/pipeline.py, dimension ×
measure declarations in reports/cube.py).

Terms as in REPORTS.md and reports/queries/deals.py: win rate = won ÷ (won + lost) among deals
closed in the period; conversion A → B from the stage history; sales cycle = days from the
deal's creation to its close; weighted amount = amount × (deal probability, else the stage's).
Not here: 50 forecast vs actual (needs the plans of category F), 52 (a printable document) and 54
(an audit report, category J). The "territory" of 55 is the deal's department.
"""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import and_, case, func, literal_column, or_, select, union_all

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Deal, Funnel, LostReason, Stage
from reports import cube
from reports.queries import pipeline
from reports.queries.deals import (
    DEPARTMENT_DIM,
    FUNNEL_DIM,
    GRAINS,
    MANAGER_DIM,
    NO_DATE,
    NO_REASON,
    SOURCE_DIM,
    ZERO,
    Dim,
    as_double,
    closed_in,
    deal_filters,
    in_period,
    money_sum,
    or_label,
    period_label,
    ratio,
    text_literal,
    weighted_amount,
)
from reports.queries.labels import count_if, sql_date
from reports.spec import Chart, Col, Definition, Div, Param, Params, Ratio, Report, Weighted

# --- parameters shared by D and E (e_sales imports them) ----------------------------------------
FUNNEL = Param("funnel", "funnel", QT_TRANSLATE_NOOP("reports", "Funnel"))
MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))
SOURCE = Param("source", "source", QT_TRANSLATE_NOOP("reports", "Source"))
CLOSED_PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Closed in"), default="last_12_months")
CREATED_PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Created in"), default="last_12_months")
GRAIN = Param("grain", "choice", QT_TRANSLATE_NOOP("reports", "Step"), default="month", choices=GRAINS)
TOP = Param("top", "int", QT_TRANSLATE_NOOP("reports", "Rows shown at most"), default=500, minimum=1, maximum=100000)

# --- columns used again and again ---------------------------------------------------------------
DEALS = Col("deals", QT_TRANSLATE_NOOP("reports", "Deals"), "int", total="sum")
AMOUNT = Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum", width=1.5)
WEIGHTED = Col("weighted", QT_TRANSLATE_NOOP("reports", "Weighted amount"), "money", total="sum", width=1.5)


def _sum_if(cond, col) -> object:
    return money_sum(case((cond, as_double(col)), else_=ZERO))


WON = Deal.outcome == literal_column("'WON'")
LOST = Deal.outcome == literal_column("'LOST'")
OPEN = Deal.outcome == literal_column("'OPEN'")


def _days(a, b) -> object:
    """Calendar days from ``a`` to ``b`` (day boundaries, as a person counts)."""
    return func.datediff(literal_column("DAY"), a, b)


# --- 36 snapshot ---------------------------------------------------------------------------------
def _snapshot(p: Params):
    deal_on = and_(Deal.stage_id == Stage.id, Deal.outcome == "OPEN")
    if p.get("manager") is not None:
        deal_on = and_(deal_on, Deal.responsible_id == p["manager"])
    prob = func.coalesce(Deal.probability, Stage.probability)
    q = (select(Funnel.name.label("funnel"), Stage.name.label("stage"),
                   func.count(Deal.id).label("deals"),
                   money_sum(Deal.amount).label("amount"),
                   money_sum(as_double(Deal.amount) * prob / literal_column("100")).label("weighted"))
         .select_from(Stage).join(Funnel, Funnel.id == Stage.funnel_id).outerjoin(Deal, deal_on)
         .where(Stage.is_won.is_(False), Stage.is_lost.is_(False))
         .group_by(Funnel.sort_order, Funnel.id, Funnel.name, Stage.id, Stage.name, Stage.sort_order)
         .order_by(Funnel.sort_order, Funnel.id, Stage.sort_order))
    if p.get("funnel") is not None:
        q = q.where(Stage.funnel_id == p["funnel"])
    return q


# --- 37, 38 open funnel by a dimension -----------------------------------------------------------
def _open_by(dim: Dim):
    def query(p: Params):
        q = select(dim.label(), Funnel.name.label("funnel"), Stage.name.label("stage"),
                   func.count(Deal.id).label("deals"), money_sum(Deal.amount).label("amount"),
                   weighted_amount().label("weighted"))
        q = dim.join(q.select_from(Deal).join(Stage, Stage.id == Deal.stage_id)
                     .join(Funnel, Funnel.id == Deal.funnel_id))
        return (q.where(OPEN, *deal_filters(p, skip=(dim.key,)))
                .group_by(*dim.group_cols(), Funnel.id, Funnel.name, Funnel.sort_order, Stage.id, Stage.name,
                          Stage.sort_order)
                .order_by(*dim.order_cols(), Funnel.sort_order, Funnel.id, Stage.sort_order))
    return query


def _open_by_report(dim: Dim, rid: str, ref: int, title: str, question: str, params: tuple) -> Report:
    return Report(
        id=rid, category="D", ref=(ref,), title=title, question=question, params=params,
        query=_open_by(dim), group_by=(dim.key,),
        columns=(Col(dim.key, dim.title, width=2), Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel"), width=2),
                 Col("stage", QT_TRANSLATE_NOOP("reports", "Stage"), width=2), DEALS, AMOUNT, WEIGHTED))


# --- 40 win rate × (manager, source, funnel) ------------------------------------------------------
def _win_rate(dim: Dim):
    def query(p: Params):
        won = count_if(WON)
        q = select(dim.label(), won.label("won"), count_if(LOST).label("lost"),
                   func.count(Deal.id).label("closed"),
                   ratio(won, func.count(Deal.id)).label("win_rate"),
                   _sum_if(WON, Deal.amount).label("won_amount"))
        return (dim.join(q.select_from(Deal)).where(closed_in(p), *deal_filters(p, skip=(dim.key,)))
                .group_by(*dim.group_cols()).order_by(*dim.order_cols()))
    return query


def win_rate_report(dim: Dim, title: str, question: str) -> Report:
    """"Win rate by <dim>": one measure, one dimension; the other deal filters stay parameters."""
    filters = tuple(prm for prm in (MANAGER, FUNNEL, SOURCE) if prm.key != dim.key)
    return Report(
        id=f"funnel.win_rate.by_{dim.key}", category="D", ref=(40,), title=title, question=question,
        params=(CLOSED_PERIOD, *filters), query=_win_rate(dim),
        columns=(Col(dim.key, dim.title, width=3),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Won"), "int", total="sum"),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("closed", QT_TRANSLATE_NOOP("reports", "Closed"), "int", total="sum"),
                 Col("win_rate", QT_TRANSLATE_NOOP("reports", "Win rate"), "percent", total=Ratio("won", "closed")),
                 Col("won_amount", QT_TRANSLATE_NOOP("reports", "Won amount"), "money", total="sum", width=1.5)),
        chart=Chart("hbar", x=dim.key, y=("win_rate",)))


# --- 41 won / lost per period ----------------------------------------------------------------------
def _won_lost(p: Params):
    label = period_label(Deal.closed_at, p.get("grain") or "month")
    won = count_if(WON)
    return (select(label.label("period"), won.label("won"), _sum_if(WON, Deal.amount).label("won_amount"),
                   count_if(LOST).label("lost"), _sum_if(LOST, Deal.amount).label("lost_amount"),
                   func.count(Deal.id).label("closed"),
                   ratio(won, func.count(Deal.id)).label("win_rate"))
            .where(closed_in(p), *deal_filters(p)).group_by(label).order_by(label))


# --- 42 lost deals by reason ---------------------------------------------------------------------
def _lost_by_reason(p: Params):
    n = func.count(Deal.id)
    return (select(or_label(LostReason.name, NO_REASON).label("reason"), n.label("deals"),
                   money_sum(Deal.amount).label("amount"),
                   ratio(n, func.sum(n).over()).label("share"))
            .select_from(Deal).outerjoin(LostReason, LostReason.id == Deal.lost_reason_id)
            .where(closed_in(p, ("LOST",)), *deal_filters(p))
            .group_by(LostReason.id, LostReason.name).order_by(n.desc(), LostReason.name.asc().nulls_last()))


# --- 43 average deal size, 44 sales cycle (per manager) ------------------------------------------
def _avg_size(p: Params):
    dim = MANAGER_DIM
    q = select(dim.label(), func.count(Deal.id).label("won"), money_sum(Deal.amount).label("amount"),
               func.avg(as_double(Deal.amount)).label("avg_amount"), func.min(Deal.amount).label("min_amount"),
               func.max(Deal.amount).label("max_amount"))
    return (dim.join(q.select_from(Deal)).where(closed_in(p, ("WON",)), *deal_filters(p))
            .group_by(*dim.group_cols()).order_by(*dim.order_cols()))


CYCLE_OUTCOMES = (("WON", QT_TRANSLATE_NOOP("reports", "Won")), ("LOST", QT_TRANSLATE_NOOP("reports", "Lost")),
                  ("CLOSED", QT_TRANSLATE_NOOP("reports", "Won and lost")))


#: what a by-manager report may be grouped by instead (reports/cube.py ``by=``)
GROUP_BY = (cube.TEAM, cube.DEPARTMENT, cube.PRODUCT, cube.SOURCE, cube.FUNNEL)


# --- 47 aging, 48 by expected close, 49 weighted forecast, 51 created ----------------------------
AGE_BUCKETS = ((30, QT_TRANSLATE_NOOP("reports", "0–30 days")), (60, QT_TRANSLATE_NOOP("reports", "31–60 days")),
               (90, QT_TRANSLATE_NOOP("reports", "61–90 days")), (180, QT_TRANSLATE_NOOP("reports", "91–180 days")),
               (None, QT_TRANSLATE_NOOP("reports", "over 180 days")))


def _aging(p: Params):
    inner = (select(Deal.id, Deal.amount, _days(Deal.created_at, sql_date(p.today)).label("age"),
                    Deal.probability, Stage.probability.label("stage_prob"))
             .select_from(Deal).join(Stage, Stage.id == Deal.stage_id)
             .where(OPEN, *deal_filters(p)).subquery("a"))
    whens = [(inner.c.age <= literal_column(str(limit)), text_literal(title)) for limit, title in AGE_BUCKETS[:-1]]
    bucket = case(*whens, else_=text_literal(AGE_BUCKETS[-1][1]))
    order = case(*[(inner.c.age <= literal_column(str(lim)), literal_column(str(i)))
                   for i, (lim, _) in enumerate(AGE_BUCKETS[:-1])], else_=literal_column(str(len(AGE_BUCKETS))))
    prob = func.coalesce(inner.c.probability, inner.c.stage_prob)
    return (select(bucket.label("bucket"), func.count().label("deals"), money_sum(inner.c.amount).label("amount"),
                   money_sum(as_double(inner.c.amount) * prob / literal_column("100")).label("weighted"),
                   func.avg(as_double(inner.c.age)).label("avg_age"))
            .group_by(order, bucket).order_by(order))


def _by_expected_close(p: Params):
    label = or_label(period_label(Deal.expected_close, "month"), NO_DATE)
    return (select(label.label("month"), func.count(Deal.id).label("deals"), money_sum(Deal.amount).label("amount"),
                   weighted_amount().label("weighted"))
            .select_from(Deal).join(Stage, Stage.id == Deal.stage_id)
            .where(OPEN, *deal_filters(p)).group_by(label)
            .order_by(func.min(Deal.expected_close).asc().nulls_last()))


def _forecast(p: Params):
    dim = MANAGER_DIM
    amount = money_sum(Deal.amount)
    weighted = weighted_amount()
    q = select(dim.label(), func.count(Deal.id).label("deals"), amount.label("amount"), weighted.label("weighted"),
               ratio(weighted, amount).label("probability"))
    q = dim.join(q.select_from(Deal).join(Stage, Stage.id == Deal.stage_id))
    return (q.where(OPEN, in_period(Deal.expected_close, p.get("period")), *deal_filters(p))
            .group_by(*dim.group_cols()).order_by(*dim.order_cols()))


def _created(p: Params):
    label = period_label(Deal.created_at, p.get("grain") or "month")
    return (select(label.label("period"), func.count(Deal.id).label("deals"), money_sum(Deal.amount).label("amount"),
                   count_if(OPEN).label("open"), count_if(WON).label("won"), count_if(LOST).label("lost"),
                   _sum_if(WON, Deal.amount).label("won_amount"))
            .where(in_period(Deal.created_at, p.get("period")), *deal_filters(p)).group_by(label).order_by(label))


# --- 55 open vs closed pipeline by a dimension ----------------------------------------------------
def _open_closed(dim: Dim):
    def query(p: Params):
        q = select(dim.label(), count_if(OPEN).label("open"), _sum_if(OPEN, Deal.amount).label("open_amount"),
                   count_if(WON).label("won"), _sum_if(WON, Deal.amount).label("won_amount"),
                   count_if(LOST).label("lost"), _sum_if(LOST, Deal.amount).label("lost_amount"))
        return (dim.join(q.select_from(Deal)).where(or_(OPEN, closed_in(p)), *deal_filters(p, skip=(dim.key,)))
                .group_by(*dim.group_cols()).order_by(*dim.order_cols()))
    return query


def open_closed_report(dim: Dim, title: str, question: str) -> Report:
    """"Open vs closed pipeline by <dim>": deals open now against deals won/lost in the period."""
    return Report(
        id=f"deals.open_closed.by_{dim.key}", category="D", ref=(55,), title=title, question=question,
        params=(CLOSED_PERIOD, FUNNEL) + ((MANAGER,) if dim.key != "manager" else ()), query=_open_closed(dim),
        columns=(Col(dim.key, dim.title, width=3),
                 Col("open", QT_TRANSLATE_NOOP("reports", "Open now"), "int", total="sum"),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open amount"), "money", total="sum", width=1.5),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Won"), "int", total="sum"),
                 Col("won_amount", QT_TRANSLATE_NOOP("reports", "Won amount"), "money", total="sum", width=1.5),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("lost_amount", QT_TRANSLATE_NOOP("reports", "Lost amount"), "money", total="sum", width=1.5)),
        chart=Chart("hbar", x=dim.key, y=("open_amount", "won_amount")))


# --- columns of the deal lists (45, 46) ----------------------------------------------------------
_LIST_COLS = (
    Col("deal_id", QT_TRANSLATE_NOOP("reports", "No."), "int", visible=False),
    Col("deal", QT_TRANSLATE_NOOP("reports", "Deal"), width=3),
    Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
    Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2),
    Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel"), visible=False),
    Col("stage", QT_TRANSLATE_NOOP("reports", "Stage"), width=1.5),
    Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum", width=1.5),
    Col("currency", QT_TRANSLATE_NOOP("reports", "Currency"), width=0.7),
    Col("days_in_stage", QT_TRANSLATE_NOOP("reports", "Days in stage"), "int", total="max"),
    Col("last_activity", QT_TRANSLATE_NOOP("reports", "Last activity"), "datetime", width=1.5),
    Col("idle_days", QT_TRANSLATE_NOOP("reports", "Idle days"), "int", total="max"),
)

# --- 50 forecast vs actual ---------------------------------------------------------------------------
def _forecast_actual(p: Params):
    """Per period: the deals expected to close in it (by EXPECTED_CLOSE, whatever became of them),
    what of that was won or is still open, and what was actually won in it (by CLOSED_AT)."""
    grain = p.get("grain") or "month"
    zero = literal_column("0")

    def amount_if(cond):
        return case((cond, Deal.amount), else_=zero)

    expected = (select(period_label(Deal.expected_close, grain).label("period"), literal_column("1").label("n"),
                       Deal.amount.label("amount"), amount_if(WON).label("won"), amount_if(OPEN).label("still_open"),
                       zero.label("actual"))
                .where(in_period(Deal.expected_close, p.get("period")), *deal_filters(p)))
    actual = (select(period_label(Deal.closed_at, grain), zero, zero, zero, zero, Deal.amount)
              .where(WON, in_period(Deal.closed_at, p.get("period")), *deal_filters(p)))
    x = union_all(expected, actual).subquery("fa")
    return (select(x.c.period, func.sum(x.c.n).label("expected"), money_sum(x.c.amount).label("expected_amount"),
                   money_sum(x.c.won).label("expected_won"), money_sum(x.c.still_open).label("still_open"),
                   money_sum(x.c.actual).label("actual"))
            .group_by(x.c.period).order_by(x.c.period))


REPORTS: list[Definition] = [
    Report(
        id="funnel.snapshot", category="D", ref=(36,),
        title=QT_TRANSLATE_NOOP("reports", "Funnel snapshot: deals and amount per stage"),
        question=QT_TRANSLATE_NOOP("reports", "Where are the open deals right now, and what are they worth?"),
        params=(FUNNEL, MANAGER),
        query=_snapshot,
        group_by=("funnel",),
        columns=(Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel")),
                 Col("stage", QT_TRANSLATE_NOOP("reports", "Stage"), width=3),
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Open deals"), "int", total="sum"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum", width=1.5),
                 Col("weighted", QT_TRANSLATE_NOOP("reports", "Weighted amount"), "money", total="sum", width=1.5)),
        chart=Chart("hbar", x="stage", y=("amount",)),
    ),
    _open_by_report(MANAGER_DIM, "funnel.by_manager", 37,
                    QT_TRANSLATE_NOOP("reports", "Funnel by manager"),
                    QT_TRANSLATE_NOOP("reports", "Which open deals does each manager hold, stage by stage?"),
                    (FUNNEL, SOURCE)),
    _open_by_report(SOURCE_DIM, "funnel.by_source", 38,
                    QT_TRANSLATE_NOOP("reports", "Funnel by source"),
                    QT_TRANSLATE_NOOP("reports", "Which channels fill the pipeline, stage by stage?"),
                    (FUNNEL, MANAGER)),
    Report(
        id="funnel.conversion", category="D", ref=(39,),
        title=QT_TRANSLATE_NOOP("reports", "Stage-to-stage conversion"),
        question=QT_TRANSLATE_NOOP("reports", "Of the deals that reached a stage, how many went on to the next one?"),
        params=(CREATED_PERIOD, FUNNEL, MANAGER), rows=pipeline.conversion, group_by=("funnel",), grand_total=False,
        columns=(Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel")),
                 Col("from_stage", QT_TRANSLATE_NOOP("reports", "From stage"), width=2),
                 Col("to_stage", QT_TRANSLATE_NOOP("reports", "To stage"), width=2),
                 Col("reached_from", QT_TRANSLATE_NOOP("reports", "Reached the first"), "int"),
                 Col("reached_to", QT_TRANSLATE_NOOP("reports", "Reached the next"), "int"),
                 Col("conversion", QT_TRANSLATE_NOOP("reports", "Conversion"), "percent")),
        chart=Chart("bar", x="to_stage", y=("conversion",))),
    # by manager, or (the "Group by" parameter) by team, department, product, source or funnel
    cube.cube_report(
        "funnel.win_rate.by_manager", "D", (40,), QT_TRANSLATE_NOOP("reports", "Win rate by manager"),
        QT_TRANSLATE_NOOP("reports", "Which share of their closed deals does each manager win?"), cube.MANAGER,
        (cube.WON_N, cube.LOST_N, cube.CLOSED_N, cube.WIN_RATE,
         replace(cube.REVENUE, key="won_amount", title=QT_TRANSLATE_NOOP("reports", "Won amount"))),
        scope=cube.CLOSED, params=(CLOSED_PERIOD, FUNNEL, SOURCE), chart=Chart("hbar", x="manager", y=("win_rate",)),
        by=GROUP_BY),
    win_rate_report(SOURCE_DIM, QT_TRANSLATE_NOOP("reports", "Win rate by source"),
                    QT_TRANSLATE_NOOP("reports", "Deals from which channels are won most often?")),
    win_rate_report(FUNNEL_DIM, QT_TRANSLATE_NOOP("reports", "Win rate by funnel"),
                    QT_TRANSLATE_NOOP("reports", "Which sales process wins most of its closed deals?")),
    Report(
        id="deals.won_lost", category="D", ref=(41,),
        title=QT_TRANSLATE_NOOP("reports", "Won and lost deals per period"),
        question=QT_TRANSLATE_NOOP("reports", "How many deals did we win and lose, and for how much?"),
        params=(CLOSED_PERIOD, GRAIN, MANAGER, FUNNEL), query=_won_lost,
        columns=(Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Won"), "int", total="sum"),
                 Col("won_amount", QT_TRANSLATE_NOOP("reports", "Won amount"), "money", total="sum", width=1.5),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("lost_amount", QT_TRANSLATE_NOOP("reports", "Lost amount"), "money", total="sum", width=1.5),
                 Col("closed", QT_TRANSLATE_NOOP("reports", "Closed"), "int", total="sum", visible=False),
                 Col("win_rate", QT_TRANSLATE_NOOP("reports", "Win rate"), "percent", total=Ratio("won", "closed"))),
        chart=Chart("bar", x="period", y=("won_amount", "lost_amount"))),
    Report(
        id="deals.lost_by_reason", category="D", ref=(42,),
        title=QT_TRANSLATE_NOOP("reports", "Lost deals by reason"),
        question=QT_TRANSLATE_NOOP("reports", "Why do we lose deals, and how much do we lose for each reason?"),
        params=(CLOSED_PERIOD, MANAGER, FUNNEL), query=_lost_by_reason,
        columns=(Col("reason", QT_TRANSLATE_NOOP("reports", "Reason"), width=3), DEALS, AMOUNT,
                 Col("share", QT_TRANSLATE_NOOP("reports", "Share of lost deals"), "percent", total="sum")),
        chart=Chart("pie", x="reason", y=("deals",))),
    Report(
        id="deals.avg_size", category="D", ref=(43,),
        title=QT_TRANSLATE_NOOP("reports", "Average won deal size by manager"),
        question=QT_TRANSLATE_NOOP("reports", "How big are the deals each manager wins?"),
        params=(CLOSED_PERIOD, FUNNEL, SOURCE), query=_avg_size,
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=3),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Won deals"), "int", total="sum"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Won amount"), "money", total="sum", width=1.5),
                 Col("avg_amount", QT_TRANSLATE_NOOP("reports", "Average deal"), "money", total=Weighted("won"),
                     width=1.5),
                 Col("min_amount", QT_TRANSLATE_NOOP("reports", "Smallest"), "money", total="min", width=1.5),
                 Col("max_amount", QT_TRANSLATE_NOOP("reports", "Largest"), "money", total="max", width=1.5)),
        chart=Chart("hbar", x="manager", y=("avg_amount",))),
    cube.cube_report(
        "deals.cycle", "D", (44,), QT_TRANSLATE_NOOP("reports", "Sales cycle length by manager"),
        QT_TRANSLATE_NOOP("reports", "How many days pass from a deal's creation to its close?"), cube.MANAGER,
        (cube.COUNT.titled(DEALS.title), cube.CYCLE.titled(QT_TRANSLATE_NOOP("reports", "Average days")),
         cube.MIN_DAYS, cube.MAX_DAYS),
        scope=cube.CLOSED_AS,
        params=(CLOSED_PERIOD, Param("outcome", "choice", QT_TRANSLATE_NOOP("reports", "Deals"), default="WON",
                                    choices=CYCLE_OUTCOMES), FUNNEL, SOURCE),
        chart=Chart("hbar", x="manager", y=("avg_days",)), by=GROUP_BY),
    Report(
        id="deals.rotting", category="D", ref=(45,),
        title=QT_TRANSLATE_NOOP("reports", "Rotting deals: time in stage and days without activity"),
        question=QT_TRANSLATE_NOOP("reports", "Which open deals has nobody touched for too long?"),
        params=(Param("days", "int", QT_TRANSLATE_NOOP("reports", "Idle days (empty: the stage's rotting days)"),
                      minimum=1, maximum=3650), FUNNEL, MANAGER, TOP),
        query=pipeline.rotting, orientation="landscape", columns=_LIST_COLS, limit="top"),
    Report(
        id="deals.no_next_activity", category="D", ref=(46,),
        title=QT_TRANSLATE_NOOP("reports", "Deals without a next activity"),
        question=QT_TRANSLATE_NOOP("reports", "Which open deals have no task and no next step planned?"),
        params=(FUNNEL, MANAGER, TOP), query=pipeline.without_next_activity, orientation="landscape",
        columns=_LIST_COLS, limit="top"),
    Report(
        id="deals.aging", category="D", ref=(47,),
        title=QT_TRANSLATE_NOOP("reports", "Deal aging"),
        question=QT_TRANSLATE_NOOP("reports", "How old are the open deals, and how much money sits in old ones?"),
        params=(FUNNEL, MANAGER), query=_aging,
        columns=(Col("bucket", QT_TRANSLATE_NOOP("reports", "Age"), width=2), DEALS, AMOUNT, WEIGHTED,
                 Col("avg_age", QT_TRANSLATE_NOOP("reports", "Average age, days"), "days", total=Weighted("deals"))),
        chart=Chart("bar", x="bucket", y=("amount",))),
    Report(
        id="deals.by_expected_close", category="D", ref=(48,),
        title=QT_TRANSLATE_NOOP("reports", "Pipeline by expected close month"),
        question=QT_TRANSLATE_NOOP("reports", "When are the open deals expected to close?"),
        params=(FUNNEL, MANAGER), query=_by_expected_close,
        columns=(Col("month", QT_TRANSLATE_NOOP("reports", "Expected close"), width=2), DEALS, AMOUNT, WEIGHTED),
        chart=Chart("bar", x="month", y=("amount", "weighted"))),
    Report(
        id="deals.forecast", category="D", ref=(49,),
        title=QT_TRANSLATE_NOOP("reports", "Weighted forecast by manager"),
        question=QT_TRANSLATE_NOOP("reports", "What will the open deals expected to close in the period likely bring?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Expected to close in"),
                      default="this_quarter"), FUNNEL, SOURCE),
        query=_forecast,
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=3), DEALS, AMOUNT, WEIGHTED,
                 Col("probability", QT_TRANSLATE_NOOP("reports", "Average probability"), "percent",
                     total=Ratio("weighted", "amount"))),
        chart=Chart("hbar", x="manager", y=("weighted",))),
    Report(
        id="deals.created", category="D", ref=(51,),
        title=QT_TRANSLATE_NOOP("reports", "Deals created per period"),
        question=QT_TRANSLATE_NOOP("reports", "How many deals do we start, and what became of them?"),
        params=(CREATED_PERIOD, GRAIN, MANAGER, FUNNEL, SOURCE), query=_created,
        columns=(Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Created"), "int", total="sum"), AMOUNT,
                 Col("open", QT_TRANSLATE_NOOP("reports", "Still open"), "int", total="sum"),
                 Col("won", QT_TRANSLATE_NOOP("reports", "Won"), "int", total="sum"),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("won_amount", QT_TRANSLATE_NOOP("reports", "Won amount"), "money", total="sum", width=1.5)),
        chart=Chart("bar", x="period", y=("deals",))),
    open_closed_report(MANAGER_DIM, QT_TRANSLATE_NOOP("reports", "Open vs closed pipeline by manager"),
                       QT_TRANSLATE_NOOP("reports", "What does each manager hold open, and what did they win and lose?")),
    open_closed_report(DEPARTMENT_DIM, QT_TRANSLATE_NOOP("reports", "Open vs closed pipeline by department"),
                       QT_TRANSLATE_NOOP("reports", "What does each office hold open, and what did it win and lose?")),
    Report(
        id="deals.moved_back", category="D", ref=(53,),
        title=QT_TRANSLATE_NOOP("reports", "Deals moved backwards"),
        question=QT_TRANSLATE_NOOP("reports", "Which deals went back to an earlier stage, and who moved them?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Moved in"), default="last_90_days"),
                FUNNEL, MANAGER, TOP),
        query=pipeline.moved_backwards, orientation="landscape", limit="top",
        columns=(Col("moved_at", QT_TRANSLATE_NOOP("reports", "Moved at"), "datetime", width=1.5),
                 Col("deal", QT_TRANSLATE_NOOP("reports", "Deal"), width=2.5),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2),
                 Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel"), visible=False),
                 Col("from_stage", QT_TRANSLATE_NOOP("reports", "From stage"), width=1.5),
                 Col("to_stage", QT_TRANSLATE_NOOP("reports", "To stage"), width=1.5),
                 Col("steps", QT_TRANSLATE_NOOP("reports", "Steps back"), "int"),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=1.5),
                 Col("moved_by", QT_TRANSLATE_NOOP("reports", "Moved by")),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", width=1.5))),
    # --- the same measures by product and by team (reports/cube.py declarations) -----------------
    *[cube.cube_report(
        f"funnel.win_rate.by_{dim.key}", "D", (40,), title, question, dim,
        (cube.WON_N, cube.LOST_N, cube.CLOSED_N, cube.WIN_RATE, cube.REVENUE.titled(
            QT_TRANSLATE_NOOP("reports", "Won amount"))),
        scope=cube.CLOSED, params=(CLOSED_PERIOD, MANAGER, FUNNEL, SOURCE), chart=Chart("hbar", x=dim.key, y=("win_rate",)))
      for dim, title, question in (
          (cube.PRODUCT, QT_TRANSLATE_NOOP("reports", "Win rate by product"),
           QT_TRANSLATE_NOOP("reports", "Deals with which products are won most often (a deal counts once per product)?")),
          (cube.TEAM, QT_TRANSLATE_NOOP("reports", "Win rate by team"),
           QT_TRANSLATE_NOOP("reports", "Which team (the manager's department) wins most of its closed deals?")),
          (cube.DEPARTMENT, QT_TRANSLATE_NOOP("reports", "Win rate by department of the deal"),
           QT_TRANSLATE_NOOP("reports", "Which office wins most of the deals it closes?")))],
    *[cube.cube_report(
        f"deals.cycle.by_{dim.key}", "D", (44,), title, question, dim,
        (cube.COUNT.titled(QT_TRANSLATE_NOOP("reports", "Won deals")), cube.CYCLE, cube.AVERAGE),
        scope=cube.WON_IN, params=(CLOSED_PERIOD, MANAGER, FUNNEL, SOURCE), chart=Chart("hbar", x=dim.key, y=("avg_days",)))
      for dim, title, question in (
          (cube.PRODUCT, QT_TRANSLATE_NOOP("reports", "Sales cycle by product"),
           QT_TRANSLATE_NOOP("reports", "How long do won deals with each product take from creation to close?")),
          (cube.TEAM, QT_TRANSLATE_NOOP("reports", "Sales cycle by team"),
           QT_TRANSLATE_NOOP("reports", "How long does each team take to win a deal?")))],
    Report(
        id="deals.forecast_actual", category="D", ref=(50,),
        title=QT_TRANSLATE_NOOP("reports", "Forecast vs actual"),
        question=QT_TRANSLATE_NOOP("reports", "Of the deals expected to close in each month, how much was won, and "
                                              "how much was actually won in that month?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_12_months"), GRAIN,
                MANAGER, FUNNEL),
        query=_forecast_actual, fill="periods", orientation="landscape",
        steps=(Div("hit_rate", "expected_won", "expected_amount"),),
        columns=(Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("expected", QT_TRANSLATE_NOOP("reports", "Deals expected to close"), "int", total="sum"),
                 Col("expected_amount", QT_TRANSLATE_NOOP("reports", "Expected amount"), "money", total="sum",
                     width=1.5),
                 Col("expected_won", QT_TRANSLATE_NOOP("reports", "Of it won"), "money", total="sum", width=1.5),
                 Col("still_open", QT_TRANSLATE_NOOP("reports", "Of it still open"), "money", total="sum", width=1.5),
                 Col("hit_rate", QT_TRANSLATE_NOOP("reports", "Forecast won"), "percent",
                     total=Ratio("expected_won", "expected_amount")),
                 Col("actual", QT_TRANSLATE_NOOP("reports", "Actually won in the period"), "money", total="sum",
                     width=1.5)),
        chart=Chart("bar", x="period", y=("expected_amount", "actual"))),
]
