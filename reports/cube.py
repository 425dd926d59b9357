"""Declarative deal reports: shared **dimensions** × **measures** → one Core SELECT (and its
whole-set totals). Layer: ``reports``; no Qt. Tables are routed to the visibility views by the
dialect, like every Core statement.

A report that groups deals by something and counts or sums them is a declaration::

    cube_report("funnel.win_rate.by_product", "D", (40,), title, question, PRODUCT,
                (WON_N, LOST_N, CLOSED_N, WIN_RATE, REVENUE), scope=CLOSED, params=(CLOSED_PERIOD, MANAGER))

* a :class:`Dimension` says which tables it joins (outer, from DEALS), its printed label and "none"
  text, how it groups and sorts: manager, department (the office), funnel, stage, source, product,
  product group, region, city, client status and the period (month/quarter/year of a date column);
  ``department_of_manager`` groups by the responsible user's department (the team).
* a :class:`Measure` is an aggregate with a column format and a **total rule**; measures that
  cannot be added up across rows (distinct clients, averages, ratios of those) take
  ``total="overall"``: the engine computes them over the whole set with the same declaration
  without the dimension (:attr:`reports.spec.Report.totals`), never by summing rows.
* measures of lines (product dimensions) count deals once (``COUNT(DISTINCT)``) and sum the line
  amounts instead of the deal amounts.
* **fills**: ``fill="periods"`` adds the missing periods of the period parameter as zero rows.
  **ranking**: ``rank=<measure key>`` adds a "Rank" column (1 = largest, ties share a rank;
  computed by the engine, :attr:`reports.spec.Report.rank_by`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, distinct, func, literal_column, select

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Client, CrmUser, Deal, DealLine, Department, Funnel, Product, Source, Stage
from reports.queries.deals import (
    GRAINS,
    NO_GROUP,
    NO_PRODUCT,
    NO_SOURCE,
    ZERO,
    as_double,
    closed_in,
    deal_filters,
    in_period,
    money_sum,
    or_label,
    period_label,
    ratio,
)
from reports.queries.labels import NO_MANAGER, NOT_SET, count_if
from reports.spec import Chart, Col, Definition, Param, Params, Ratio, Report, Total

WON = Deal.outcome == literal_column("'WON'")
LOST = Deal.outcome == literal_column("'LOST'")
OPEN = Deal.outcome == literal_column("'OPEN'")


@dataclass(frozen=True)
class Q:
    """What a measure's expression may refer to: whether deal lines are joined (then a deal
    appears once per line)."""

    lines: bool


# --- dimensions ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dimension:
    key: str  #: the label column's key and the id suffix ("by_<key>")
    title: str
    label: Callable[[Params], Any]  #: the printed value (before COALESCE with ``none_text``)
    none_text: str
    joins: tuple[str, ...] = ()  #: names from :data:`JOINS`, in order
    ident: Callable[[Params], tuple[Any, ...]] = lambda p: ()  #: extra GROUP BY columns (ids, sort keys)
    order: Callable[[Params], tuple[Any, ...]] = lambda p: ()  #: ORDER BY before the label
    lines: bool = False  #: needs DEAL_LINES joined
    filter_key: str | None = None  #: the parameter this dimension replaces (skipped as a filter)


def _user_dept():
    return Department.__table__.alias("ud")


UD = _user_dept()

#: join name -> (table, ON clause); outer joins from DEALS
JOINS: dict[str, tuple[Any, Any]] = {
    "manager": (CrmUser, CrmUser.id == Deal.responsible_id),
    "department": (Department, Department.id == Deal.department_id),
    "user_department": (UD, UD.c.id == CrmUser.department_id),
    "funnel": (Funnel, Funnel.id == Deal.funnel_id),
    "stage": (Stage, Stage.id == Deal.stage_id),
    "source": (Source, Source.id == Deal.source_id),
    "client": (Client, Client.id == Deal.client_id),
    "lines": (DealLine, DealLine.deal_id == Deal.id),
    "product": (Product, Product.id == DealLine.product_id),
}


def _none_last(col: Any) -> Any:
    return func.iif(col.is_(None), literal_column("1"), literal_column("0"))


MANAGER = Dimension("manager", QT_TRANSLATE_NOOP("reports", "Manager"), lambda p: CrmUser.full_name, NO_MANAGER,
                    ("manager",), ident=lambda p: (CrmUser.id,),
                    order=lambda p: (_none_last(CrmUser.id), CrmUser.full_name),
                    filter_key="manager")
DEPARTMENT = Dimension("department", QT_TRANSLATE_NOOP("reports", "Department"), lambda p: Department.name,
                       QT_TRANSLATE_NOOP("reports", "(no department)"), ("department",),
                       ident=lambda p: (Department.id,), order=lambda p: (_none_last(Department.id), Department.name))
#: the team: the department of the deal's responsible manager
TEAM = Dimension("team", QT_TRANSLATE_NOOP("reports", "Team (manager's department)"), lambda p: UD.c.name,
                 QT_TRANSLATE_NOOP("reports", "(no department)"), ("manager", "user_department"),
                 ident=lambda p: (UD.c.id,), order=lambda p: (_none_last(UD.c.id), UD.c.name))
FUNNEL = Dimension("funnel", QT_TRANSLATE_NOOP("reports", "Funnel"), lambda p: Funnel.name,
                   QT_TRANSLATE_NOOP("reports", "(no funnel)"), ("funnel",), ident=lambda p: (Funnel.id,),
                   order=lambda p: (Funnel.sort_order, Funnel.id), filter_key="funnel")
STAGE = Dimension("stage", QT_TRANSLATE_NOOP("reports", "Stage"), lambda p: Stage.name, NOT_SET,
                  ("funnel", "stage"), ident=lambda p: (Funnel.id, Funnel.name, Stage.id),
                  order=lambda p: (Funnel.sort_order, Funnel.id, Stage.sort_order))
SOURCE = Dimension("source", QT_TRANSLATE_NOOP("reports", "Source"), lambda p: Source.name, NO_SOURCE, ("source",),
                   ident=lambda p: (Source.id,), order=lambda p: (_none_last(Source.id), Source.name),
                   filter_key="source")
PRODUCT = Dimension("product", QT_TRANSLATE_NOOP("reports", "Product"), lambda p: Product.name, NO_PRODUCT,
                    ("lines", "product"), ident=lambda p: (Product.id,),
                    order=lambda p: (_none_last(Product.id), Product.name), lines=True)
PRODUCT_GROUP = Dimension("product_group", QT_TRANSLATE_NOOP("reports", "Product group"),
                          lambda p: Product.group_name, NO_GROUP, ("lines", "product"),
                          order=lambda p: (_none_last(Product.group_name), Product.group_name), lines=True)
REGION = Dimension("region", QT_TRANSLATE_NOOP("reports", "Region"), lambda p: Client.region, NOT_SET, ("client",),
                   order=lambda p: (_none_last(Client.region), Client.region))
CITY = Dimension("city", QT_TRANSLATE_NOOP("reports", "City"), lambda p: Client.city, NOT_SET, ("client",),
                 order=lambda p: (_none_last(Client.city), Client.city))


def _status_label(p: Params) -> Any:
    from sqlalchemy import case

    from reports.params import STATUSES
    from reports.queries.deals import text_literal

    return case(*[(Client.status == literal_column(f"'{code}'"), text_literal(title)) for code, title in STATUSES],
                else_=Client.status)


def _status_order(p: Params) -> tuple[Any, ...]:
    from sqlalchemy import case

    from reports.params import STATUSES

    return (case(*[(Client.status == literal_column(f"'{code}'"), literal_column(str(i)))
                   for i, (code, _) in enumerate(STATUSES)], else_=literal_column("99")),)


#: the client's lifecycle status (the segment of a client)
STATUS = Dimension("status", QT_TRANSLATE_NOOP("reports", "Client status"), _status_label, NOT_SET, ("client",),
                   ident=lambda p: (Client.status,), order=_status_order)


def period(date_col: Any, key: str = "period") -> Dimension:
    """The month/quarter/year (the ``grain`` parameter) of ``date_col``: labels sort as text."""
    return Dimension(key, QT_TRANSLATE_NOOP("reports", "Period"),
                     lambda p: period_label(date_col, p.get("grain") or "month"), NOT_SET,
                     order=lambda p: (period_label(date_col, p.get("grain") or "month"),))


# --- measures ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    fmt: str
    expr: Callable[[Q], Any]  #: the aggregate
    total: Total | str | None = "sum"  #: "overall": over the whole set (no dimension)
    width: float = 1.0
    visible: bool = True
    joins: tuple[str, ...] = ()
    window: bool = False  #: uses OVER (): not part of the whole-set totals query

    def titled(self, title: str) -> Measure:
        return replace(self, title=title)

    def hidden(self) -> Measure:
        return replace(self, visible=False)


def _deal_count(q: Q) -> Any:
    return func.count(distinct(Deal.id)) if q.lines else func.count(Deal.id)


def _count_if_deal(cond: Any, q: Q) -> Any:
    if q.lines:  # each deal once, however many lines it has
        return func.count(distinct(func.iif(cond, Deal.id, literal_column("NULL"))))
    return count_if(cond)


def _amount(q: Q) -> Any:
    return DealLine.amount if q.lines else Deal.amount


def _sum_if(cond: Any, col: Any) -> Any:
    return func.coalesce(func.sum(func.iif(cond, col, ZERO)), ZERO)


def _cycle(q: Q) -> Any:
    return func.datediff(literal_column("DAY"), Deal.created_at, Deal.closed_at)


COUNT = Measure("deals", QT_TRANSLATE_NOOP("reports", "Deals"), "int", _deal_count)
WON_N = Measure("won", QT_TRANSLATE_NOOP("reports", "Won"), "int", lambda q: _count_if_deal(WON, q))
LOST_N = Measure("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", lambda q: _count_if_deal(LOST, q))
OPEN_N = Measure("open", QT_TRANSLATE_NOOP("reports", "Open"), "int", lambda q: _count_if_deal(OPEN, q))
CLOSED_N = Measure("closed", QT_TRANSLATE_NOOP("reports", "Closed"), "int",
                   lambda q: _count_if_deal(Deal.outcome.in_(("WON", "LOST")), q))
WIN_RATE = Measure("win_rate", QT_TRANSLATE_NOOP("reports", "Win rate"), "percent",
                   lambda q: ratio(_count_if_deal(WON, q), _count_if_deal(Deal.outcome.in_(("WON", "LOST")), q)),
                   total=Ratio("won", "closed"))
REVENUE = Measure("revenue", QT_TRANSLATE_NOOP("reports", "Revenue"), "money",
                  lambda q: _sum_if(WON, _amount(q)), width=1.5)
AMOUNT = Measure("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", lambda q: money_sum(_amount(q)), width=1.5)
WEIGHTED = Measure("weighted", QT_TRANSLATE_NOOP("reports", "Weighted amount"), "money",
                   lambda q: money_sum(_amount(q) * func.coalesce(Deal.probability, Stage.probability)
                                       / literal_column("100.0")), width=1.5, joins=("stage",))
AVERAGE = Measure("avg_amount", QT_TRANSLATE_NOOP("reports", "Average deal"), "money",
                  lambda q: func.avg(as_double(Deal.amount)), total="overall", width=1.5)
CYCLE = Measure("avg_days", QT_TRANSLATE_NOOP("reports", "Average cycle, days"), "days",
                lambda q: func.avg(as_double(_cycle(q))), total="overall")
MIN_DAYS = Measure("min_days", QT_TRANSLATE_NOOP("reports", "Shortest"), "int", lambda q: func.min(_cycle(q)),
                   total="min")
MAX_DAYS = Measure("max_days", QT_TRANSLATE_NOOP("reports", "Longest"), "int", lambda q: func.max(_cycle(q)),
                   total="max")
CLIENTS = Measure("clients", QT_TRANSLATE_NOOP("reports", "Distinct clients"), "int",
                  lambda q: func.count(distinct(Deal.client_id)), total="overall")
PER_CLIENT = Measure("per_client", QT_TRANSLATE_NOOP("reports", "Revenue per client"), "money",
                     lambda q: ratio(_sum_if(WON, _amount(q)), func.count(distinct(Deal.client_id))),
                     total="overall", width=1.5)
QTY = Measure("qty", QT_TRANSLATE_NOOP("reports", "Quantity"), "number",
              lambda q: func.coalesce(func.sum(DealLine.qty), ZERO))


#: measures of deals (not of lines): with a product dimension their totals are "overall"
DEAL_MEASURES = frozenset({"deals", "won", "lost", "open", "closed", "win_rate", "avg_amount", "avg_days", "clients",
                           "per_client", "avg_check"})


def share_of(m: Measure, key: str = "share", title: str = QT_TRANSLATE_NOOP("reports", "Share of total")) -> Measure:
    """``m`` of the row ÷ ``m`` of all rows (sums to 100 %)."""
    return Measure(key, title, "percent", lambda q: ratio(m.expr(q), func.sum(m.expr(q)).over()), total="sum",
                   joins=m.joins, window=True)


def running(m: Measure, order: Callable[[], Any], key: str = "running",
            title: str = QT_TRANSLATE_NOOP("reports", "Running total")) -> Measure:
    """``m`` summed from the first row to this one (rows in ``order``); the total is the last."""
    return Measure(key, title, m.fmt, lambda q: func.sum(m.expr(q)).over(order_by=order()), total="max",
                   joins=m.joins, window=True, width=m.width)


# --- scopes (which deals) ---------------------------------------------------------------------------
def CLOSED(p: Params) -> list:  # noqa: N802 (a declaration constant)
    """Deals won or lost in ``p.period``."""
    return [closed_in(p)]


def WON_IN(p: Params) -> list:  # noqa: N802
    return [closed_in(p, ("WON",))]


def CLOSED_AS(p: Params) -> list:  # noqa: N802
    """Deals closed in ``p.period`` with the outcome of ``p.outcome``: WON (default), LOST or
    CLOSED (both)."""
    outcome = p.get("outcome") or "WON"
    return [closed_in(p, ("WON", "LOST") if outcome == "CLOSED" else (outcome,))]


def OPEN_NOW(p: Params) -> list:  # noqa: N802
    return [OPEN]


def CREATED_IN(p: Params) -> list:  # noqa: N802
    return [in_period(Deal.created_at, p.get("period"))]


# --- the statement ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cube:
    dims: tuple[Dimension, ...]
    measures: tuple[Measure, ...]
    scope: Callable[[Params], list]
    rank: str | None = None
    extra_filters: Callable[[Params], list] = field(default=lambda p: [])
    #: other dimensions the first one may be swapped for by the ``by`` parameter ("group by")
    alternatives: tuple[Dimension, ...] = ()

    def for_params(self, p: Params) -> Cube:
        """The cube with the first dimension the ``by`` parameter chose (its label keeps the first
        dimension's key, so the columns and the chart stay the same; it filters nothing)."""
        chosen = p.get("by")
        if not chosen or chosen == self.dims[0].key:
            return replace(self, alternatives=())
        alt = next(d for d in self.alternatives if d.key == chosen)
        return replace(self, dims=(replace(alt, key=self.dims[0].key, filter_key=None), *self.dims[1:]),
                       alternatives=())

    @property
    def lines(self) -> bool:
        return any(d.lines for d in self.dims) or any("lines" in m.joins for m in self.measures)

    def _joins(self, q: Any, measures: tuple[Measure, ...]) -> Any:
        names: list[str] = []
        for n in (*(j for d in self.dims for j in d.joins), *(j for m in measures for j in m.joins)):
            if n == "user_department" and "manager" not in names:
                names.append("manager")
            if n == "product" and "lines" not in names:
                names.append("lines")
            if n not in names:
                names.append(n)
        for n in names:
            table, on = JOINS[n]
            q = q.join(table, on) if n == "lines" else q.outerjoin(table, on)
        return q

    def _where(self, p: Params) -> list:
        skip = tuple(d.filter_key for d in self.dims if d.filter_key)
        return [*self.scope(p), *deal_filters(p, skip=skip), *self.extra_filters(p)]

    def query(self, p: Params) -> Any:
        if self.alternatives:
            return self.for_params(p).query(p)
        q = Q(lines=self.lines)
        cols = [m.expr(q).label(m.key) for m in self.measures]
        mixed = len(getattr(p, "currencies", ())) > 1  # one row per currency: never added together
        labels = []
        for i, dim in enumerate(self.dims):
            label = or_label(dim.label(p), dim.none_text)
            if mixed and i == len(self.dims) - 1:
                label = label.op("||")(literal_column("' ('")).op("||")(Deal.currency).op("||")(literal_column("')'"))
            labels.append(label.label(dim.key))
        stmt = select(*labels, *cols)
        stmt = self._joins(stmt.select_from(Deal), self.measures).where(*self._where(p))
        if self.dims:
            extra = (Deal.currency,) if mixed else ()
            group = [c for d in self.dims for c in (d.label(p), *d.ident(p), *d.order(p))]
            order = [c for d in self.dims for c in (*d.order(p), d.label(p))]
            stmt = stmt.group_by(*group, *extra).order_by(*order, *extra)
        return stmt

    def totals(self, p: Params) -> Any:
        """One row: every "overall" measure over the whole set. With deal lines joined (product
        dimensions) a deal is in several rows, so the deal measures are computed over the deals
        themselves — those with at least one line, as in the rows."""
        if self.alternatives:
            return self.for_params(p).totals(p)
        overall = [m for m in self.measures if m.total == "overall" and not m.window]
        if not self.lines:
            stmt = select(*[m.expr(Q(lines=False)).label(m.key) for m in overall]).select_from(Deal)
            return self._joins(stmt, tuple(overall)).where(*self._where(p))
        has_line = select(DealLine.id).where(DealLine.deal_id == Deal.id).exists()
        stmt = select(*[m.expr(Q(lines=False)).label(m.key) for m in overall]).select_from(Deal)
        measure_joins = Cube((), tuple(overall), self.scope)
        return measure_joins._joins(stmt, tuple(overall)).where(*self._where(p), has_line)


def columns_of(dims: tuple[Dimension, ...], measures: tuple[Measure, ...], rank: str | None = None,
               dim_width: float = 3.0) -> tuple[Col, ...]:
    cols: list[Col] = []
    if rank is not None:
        cols.append(Col("rank", QT_TRANSLATE_NOOP("reports", "Rank"), "int"))
    for dim in dims:
        cols.append(Col(dim.key, dim.title, width=dim_width if dim is dims[-1] else 2.0))
    for m in measures:
        cols.append(Col(m.key, m.title, m.fmt, total=m.total, width=m.width, visible=m.visible))  # type: ignore[arg-type]
    return tuple(cols)


def cube_report(id: str, category: str, ref: tuple[int, ...], title: str, question: str,
                dim: Dimension | tuple[Dimension, ...] | None, measures: tuple[Measure, ...], *,
                scope: Callable[[Params], list], params: tuple[Param, ...] = (), chart: Chart | None = None,
                rank: str | None = None, fill: str | None = None, orientation: str = "auto",
                extra_filters: Callable[[Params], list] | None = None, by: tuple[Dimension, ...] = ()) -> Report:
    """A :class:`Report` declared as dimension(s) × measures over deals in ``scope``; with two or
    more dimensions the first one groups (subtotals). ``by``: other dimensions the first one may be
    swapped for — a "Group by" parameter (its choice names the first column)."""
    dims = () if dim is None else dim if isinstance(dim, tuple) else (dim,)
    if any(d.lines for d in (*dims, *by)):  # a deal is in one row per product: deal measures total over the deals
        measures = tuple(replace(m, total="overall") if m.key in DEAL_MEASURES else m for m in measures)
    cube = Cube(dims, measures, scope, rank, extra_filters or (lambda p: []), alternatives=by)
    has_overall = any(m.total == "overall" for m in measures)
    regroup = None
    if by:
        params = (*params, Param("by", "choice", QT_TRANSLATE_NOOP("reports", "Group by"), default=dims[0].key,
                                 choices=tuple((d.key, d.title) for d in (dims[0], *by))))
        regroup = ("by", dims[0].key)
    return Report(id=id, category=category, ref=ref, title=title, question=question, params=params, regroup=regroup,
                  query=cube.query, totals=cube.totals if has_overall else None,
                  columns=columns_of(dims, measures, rank), chart=chart, fill=fill,
                  group_by=(dims[0].key,) if len(dims) > 1 else (), rank_by=rank,
                  orientation=orientation)  # type: ignore[arg-type]


GRAIN = Param("grain", "choice", QT_TRANSLATE_NOOP("reports", "Step"), default="month", choices=GRAINS)

__all__ = ["AMOUNT", "AVERAGE", "CITY", "CLIENTS", "CLOSED", "CLOSED_AS", "CLOSED_N", "MAX_DAYS", "MIN_DAYS", "COUNT", "CREATED_IN", "CYCLE",
           "DEPARTMENT", "Definition", "FUNNEL", "GRAIN", "LOST_N", "MANAGER", "OPEN_N", "OPEN_NOW", "PER_CLIENT",
           "PRODUCT", "PRODUCT_GROUP", "QTY", "REGION", "REVENUE", "SOURCE", "STAGE", "TEAM", "WEIGHTED", "WIN_RATE",
           "WON_IN", "WON_N", "and_", "cube_report", "period", "running", "share_of"]
