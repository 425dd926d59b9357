"""Report and document definitions: pure data (STYLE.md 2.5). Layer: ``reports``; no Qt, no SQL here.

A report is a frozen :class:`Report`: id, category (REPORTS.md A–K), title, the business question,
parameters, **one** way to get rows, columns with formats and totals, optional grouping with
subtotals, an optional chart and the page orientation. :func:`reports.engine.run` turns a
definition plus parameter values into a :class:`reports.result.ResultTable`; the PDF, XLSX and
on-screen renderers consume only that result. Adding a report is adding a definition to a
``reports/catalog/<category>.py`` module — never rendering code.

Rows come from either
* ``query(params) -> sqlalchemy Select`` — SQLAlchemy Core over the ``db.models`` tables; the
  dialect routes every table to its visibility view (``V_<TABLE>``), so a report never shows
  more than the user may see. Result labels must equal the columns' keys. Or
* ``rows(conn, params) -> Iterable[Mapping]`` — a small query function for what one SELECT cannot
  say (ranking, Python-side bucketing). It must read through ``reports.queries.fetch`` (which
  routes hand-written SQL to the views) or Core statements.

Printable forms (client card, invoice…) are :class:`Document` definitions whose ``build`` returns
a :class:`reports.result.DocumentResult` (blocks: headings, key/value fields, tables, text,
label sheets); the same renderers print them.

Percent values are **fractions** (0.25 = 25 %) in queries, results and XLSX cells.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.i18n import QT_TRANSLATE_NOOP

#: value formats: drive the display text, XLSX number_format and alignment (reports/formats.py)
Fmt = Literal["text", "int", "number", "money", "percent", "date", "datetime", "days", "phone"]
NUMERIC_FORMATS = frozenset({"int", "number", "money", "percent", "days"})

#: parameter kinds; the UI builds one editor per kind, the CLI parses ``key=value`` per kind
ParamKind = Literal[
    "period", "date", "int", "choice", "text", "bool",
    # references to database rows (value: id or None = all); choices come from reports.params.choices()
    "manager", "department", "funnel", "stage", "source", "lost_reason", "tag", "product", "client", "deal",
    "classifier", "status",
]
REFERENCE_KINDS = frozenset({"manager", "department", "funnel", "stage", "source", "lost_reason", "tag", "product",
                             "client", "deal", "classifier"})

CATEGORIES: dict[str, str] = {
    "A": QT_TRANSLATE_NOOP("reports", "Client base"),
    "B": QT_TRANSLATE_NOOP("reports", "Dates and occasions"),
    "C": QT_TRANSLATE_NOOP("reports", "Activity and interactions"),
    "D": QT_TRANSLATE_NOOP("reports", "Funnel and deals"),
    "E": QT_TRANSLATE_NOOP("reports", "Sales and money"),
    "F": QT_TRANSLATE_NOOP("reports", "Plan, fact and KPI"),
    "G": QT_TRANSLATE_NOOP("reports", "Products and price"),
    "H": QT_TRANSLATE_NOOP("reports", "Printable documents"),
    "I": QT_TRANSLATE_NOOP("reports", "Data quality"),
    "J": QT_TRANSLATE_NOOP("reports", "Security and audit"),
    "K": QT_TRANSLATE_NOOP("reports", "Management summaries"),
}


@dataclass(frozen=True)
class Ratio:
    """A total that is recomputed from summed parts, never averaged (STYLE.md 2.5 rule 2):
    ``sum(num) / sum(den)`` (None when the denominator sums to zero)."""

    num: str  #: key of the numerator column (may be a hidden column)
    den: str  #: key of the denominator column


@dataclass(frozen=True)
class Weighted:
    """An average total weighted by another column: ``sum(key*weight)/sum(weight)`` (average deal
    size over groups, average days…)."""

    weight: str


#: "sum" | "count" | "min" | "max" | "avg" (plain mean of the detail rows) | Ratio | Weighted |
#: "overall": computed over the whole set by the report's ``totals`` statement (distinct counts,
#: averages, ratios of distinct counts: never added up from rows; subtotals stay blank)
Total = Literal["sum", "count", "min", "max", "avg", "overall"] | Ratio | Weighted


# --- declared steps over the fetched rows (a fixed vocabulary, not code) --------------------------
# A report may list ``steps=``: each is one of the small frozen declarations below, applied by the
# engine in order to the rows the query returned. They say what a column is (a code shown as its
# title, a ratio of two columns, a share of the total, every value of a list present…); a free
# Python function over the rows is a ``rows_hook`` and counts as code (tests/reports/test_cube.py).
@dataclass(frozen=True)
class Codes:
    """``row[key]`` = the translated title of the code in ``row[source or key]`` (unknown codes stay
    as they are); a None code prints ``none`` (translated) when given."""

    key: str
    titles: Mapping[Any, str] = field(compare=False)
    source: str | None = None
    none: str | None = None
    context: str = "reports"  #: the translation context of the titles


@dataclass(frozen=True)
class Every:
    """Every code of ``codes`` has a row, in this order (a missing one as a row of zeros in the
    numeric columns); rows of other codes follow. ``key`` holds the code."""

    key: str
    codes: tuple[Any, ...]


@dataclass(frozen=True)
class Div:
    """``row[key]`` = ``row[num]`` ÷ ``row[den]`` as a float (None when the divisor is 0 or missing)
    or, without ``den``, ``row[num]`` ÷ ``by`` (seconds → minutes)."""

    key: str
    num: str
    den: str | None = None
    by: float = 1


@dataclass(frozen=True)
class Diff:
    """``row[key]`` = ``row[a]`` − ``row[b]``; ``floor``: never below it (what is left to a plan)."""

    key: str
    a: str
    b: str
    floor: Any = None


@dataclass(frozen=True)
class Share:
    """``row[key]`` = ``row[of]`` ÷ the sum of ``of`` over all rows (None when that is 0)."""

    key: str
    of: str


@dataclass(frozen=True)
class RunningShare:
    """``row[key]`` = the sum of ``of`` from the first row to this one ÷ the sum over all rows."""

    key: str
    of: str


@dataclass(frozen=True)
class AbcClass:
    """``row[key]`` = "A" while the running share (:class:`RunningShare` in ``running``) of the rows
    *before* this one is under ``limits[0]``, "B" under ``limits[1]``, else "C" (rows in descending
    order: the row that crosses a limit still belongs to the class it starts in)."""

    key: str
    running: str
    limits: tuple[float, float] = (0.8, 0.95)


@dataclass(frozen=True)
class Number:
    """``row[key]`` = 1, 2, 3… in row order, restarting when ``within`` changes (top N lists)."""

    key: str = "rank"
    within: str | None = None


@dataclass(frozen=True)
class Sort:
    """Rows sorted by ``by``: (key, descending) pairs; None sorts as 0, texts ignore case."""

    by: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class FromParam:
    """``row[key]`` = the value of parameter ``param`` as a money amount (a Decimal; 0 when empty)."""

    key: str
    param: str


@dataclass(frozen=True)
class Times:
    """``row[key]`` = ``row[a]`` × ``row[b]`` as money rounded to ``places`` (0 when ``b`` is None)."""

    key: str
    a: str
    b: str
    places: int = 2


Step = Sort | FromParam | Times | Codes | Every | Div | Diff | Share | RunningShare | AbcClass | Number
#: steps that need every row first (not streamable)
WHOLE_SET_STEPS = (Every, Share, RunningShare, AbcClass, Number, Sort)


@dataclass(frozen=True)
class PlanFact:
    """A declared plan-against-fact source (category F): the plans of KPI_PLANS joined with the
    facts computed from the data for the same targets and period (reports/queries/kpi.py ``rows``
    names the row keys). ``targets``: "U" managers or "D" departments; ``kinds``: the fact kinds
    of the indicators taken (None: every active one); ``per``: a row per indicator line or per
    target (with the KPI index and the kinds side by side); ``floats``: numbers as floats (else
    Decimals, for money columns)."""

    targets: Literal["U", "D"] = "U"
    kinds: tuple[str, ...] | None = None
    per: Literal["line", "target"] = "line"
    floats: bool = True
    name_key: str = "name"  #: the row key that gets the target's name


@dataclass(frozen=True)
class Col:
    key: str  #: label of the value in the query's row (``select(... .label(key))``)
    title: str  #: QT_TRANSLATE_NOOP("reports", …)
    fmt: Fmt = "text"
    total: Total | None = None  #: how the grand total / subtotals are computed (None: blank)
    width: float = 1.0  #: relative width for PDF (text columns usually 2–3)
    visible: bool = True  #: hidden columns carry parts of ratios, ids and chart series


@dataclass(frozen=True)
class Param:
    key: str  #: name used in queries, the CLI (``--param key=value``) and saved settings
    kind: ParamKind
    title: str  #: QT_TRANSLATE_NOOP("reports", …)
    #: default value; for "period" a preset name (reports.params.PRESETS) or a Period; may be a
    #: callable ``f(today) -> value``
    default: Any = None
    required: bool = False
    #: for "choice"/"status": (value, QT_TRANSLATE_NOOP("reports", title)) pairs
    choices: tuple[tuple[Any, str], ...] = ()
    minimum: int | None = None  #: for "int"
    maximum: int | None = None


@dataclass(frozen=True)
class Chart:
    kind: Literal["bar", "hbar", "line", "pie"]
    x: str  #: key of the label column
    y: tuple[str, ...]  #: keys of the value columns (one series each)
    title: str | None = None
    #: None: every point is drawn (horizontal bars continue on the next page, a pie groups its
    #: smallest slices into "Other"); a number N: the N largest by the first series are drawn and
    #: the chart says so ("top 20 of 57 by Revenue") — a chart never drops a point silently
    max_points: int | None = None


#: the parameter of ``fill="managers"`` reports: list the managers without activity too
EVERYONE_KEY = "everyone"


@dataclass(frozen=True)
class Report:
    id: str  #: stable dotted id ("funnel.win_rate.by_manager"): CLI, tests and saved layouts use it
    category: str  #: "A".."K" (REPORTS.md)
    title: str  #: QT_TRANSLATE_NOOP("reports", …)
    question: str  #: the business question it answers, shown in the catalogue
    columns: tuple[Col, ...]
    params: tuple[Param, ...] = ()
    query: Callable[[Params], Any] | None = None  #: -> sqlalchemy Select (labels = Col keys)
    rows: Callable[[Any, Params], Iterable[Mapping[str, Any]]] | None = None  #: (Connection, Params)
    group_by: tuple[str, ...] = ()  #: column keys; rows must arrive sorted by them
    chart: Chart | None = None
    orientation: Literal["auto", "portrait", "landscape"] = "auto"
    #: escape hatch over the fetched rows (ABC ranking, running totals); counted by a test
    rows_hook: Callable[[list[dict[str, Any]], Params], list[dict[str, Any]]] | None = None
    grand_total: bool = True
    #: REPORTS.md catalogue number(s) this definition implements (for the coverage list)
    ref: tuple[int, ...] = ()
    #: key of an "int" parameter bounding the rows *shown*: the totals still cover every row and
    #: the result says "showing 500 of 1,572" (a limit never changes a total)
    limit: str | None = None
    #: ``totals(params) -> Select`` of one row with the "overall" columns over the whole set
    #: (reports/cube.py builds it from the declaration)
    totals: Callable[[Params], Any] | None = None
    #: declared fill: "periods" adds every period of the ``period`` parameter at the ``grain``
    #: step that has no row, as a row of zeros (the first column holds the period label);
    #: "managers" adds every active user missing from the "manager" column as a row of zeros
    #: when the :data:`EVERYONE` parameter is on (after the rows, by name)
    fill: Literal["periods", "managers"] | None = None
    #: declared ranking: the "rank" column is filled with each row's rank by this column
    #: (1 = largest; equal values share a rank, the next rank skips: 1, 2, 2, 4)
    rank_by: str | None = None
    #: declared steps over the fetched rows, in order (:class:`Codes`, :class:`Div`, :class:`Share`…)
    steps: tuple[Step, ...] = ()
    #: rows from a declared plan-against-fact source instead of ``query``/``rows``
    plan_fact: PlanFact | None = None
    #: (parameter key, column key): a "Group by" choice parameter whose chosen title names that
    #: column (reports/cube.py ``by=``)
    regroup: tuple[str, str] | None = None
    #: key of a "text" parameter naming the columns to show, separated by commas (keys or titles in
    #: the report language; blank: the columns declared visible) — a list with columns of one's
    #: choice (reports/engine.py ``picked``); the statement stays the same
    pick: str | None = None

    kind = "report"

    def __post_init__(self) -> None:
        if sum(x is not None for x in (self.query, self.rows, self.plan_fact)) != 1:
            raise ValueError(f"{self.id}: exactly one of query=, plan_fact= and rows= must be given")
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: unknown category {self.category!r}")
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{self.id}: duplicate column keys")
        for g in self.group_by:
            if g not in keys:
                raise ValueError(f"{self.id}: group_by {g!r} is not a column")
        if self.fill == "managers" and not any(p.key == EVERYONE_KEY for p in self.params):
            raise ValueError(f"{self.id}: fill='managers' needs the {EVERYONE_KEY!r} parameter")
        if self.pick is not None and not any(p.key == self.pick and p.kind == "text" for p in self.params):
            raise ValueError(f"{self.id}: pick={self.pick!r} needs a 'text' parameter of that key")
        overall = [c.key for c in self.columns if c.total == "overall"]
        if overall and self.totals is None:
            raise ValueError(f"{self.id}: columns {overall} total 'overall' but the report has no totals=")


@dataclass(frozen=True)
class Document:
    """A printable form: ``build(conn, params) -> DocumentResult`` (reports/forms)."""

    id: str
    category: str
    title: str
    question: str
    build: Callable[[Any, Params], Any]
    params: tuple[Param, ...] = ()
    orientation: Literal["portrait", "landscape"] = "portrait"
    ref: tuple[int, ...] = ()

    kind = "document"


Definition = Report | Document


@dataclass(frozen=True)
class Period:
    """Inclusive dates [start, end]; SQL compares ``>= start_ts AND < end_ts`` (whole last day)."""

    start: dt.date
    end: dt.date

    @property
    def start_ts(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_ts(self) -> dt.datetime:
        """The first moment *after* the period (exclusive bound)."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


class Params(dict):
    """Resolved parameter values by key, also readable as attributes (``p.period``). ``today`` is
    the report's "now" (tests pin it), available as ``p.today``."""

    today: dt.date

    def __init__(self, *args: Any, today: dt.date | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.today = today or dt.date.today()
        #: the deal currencies present (set by the engine for reports with money columns)
        self.currencies: list[str] = []

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


@dataclass
class Catalogue:
    """Definitions in registry order (built by reports/registry.py)."""

    items: list[Definition] = field(default_factory=list)
