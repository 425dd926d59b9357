"""Run a report or document definition to a result. Layer: ``reports`` (no Qt, no rendering).

Contract:
* :func:`run` takes an open :class:`app.context.AppContext`, a definition (or its id) and parameter
  values (text or typed; missing ones take their defaults), reads through the visibility views in
  **one read-only snapshot** (so totals and rows agree even while others write), and returns a
  :class:`~reports.result.ResultTable` or :class:`~reports.result.DocumentResult`. Each run is
  logged to the audit trail (``REPORT`` event, through SP_LOG_EVENT) unless ``log=False``.
* Rows are fetched in chunks; ``progress(done, total, what)`` is called per chunk (total -1 =
  unknown) and ``cancel()`` (any callable returning True, e.g. ``threading.Event().is_set``) is
  checked between chunks: a cancelled run raises :class:`ReportCancelled` and leaves nothing.
* Group breaks, subtotals and the grand total are computed here, from the detail rows, by each
  column's ``total`` rule (ratios recomputed from summed parts, never averaged).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import DBAPIError

from app.context import AppContext
from app.errors import UserError, from_driver
from app.i18n import translate
from db.engine import snapshot_tpb
from reports import params as P
from reports.result import ChartData, DocumentResult, Header, Line, ResultTable
from reports.spec import (
    EVERYONE_KEY,
    WHOLE_SET_STEPS,
    AbcClass,
    Codes,
    Col,
    Definition,
    Diff,
    Div,
    Document,
    Every,
    FromParam,
    Number,
    Params,
    Ratio,
    Report,
    RunningShare,
    Share,
    Sort,
    Step,
    Times,
    Weighted,
)

CHUNK = 500
#: more visible width than this (sum of Col.width) prints landscape when orientation is "auto"
LANDSCAPE_WIDTH = 9.0

Progress = Callable[[int, int, str], None]


class ReportCancelled(UserError):
    """The user cancelled a running report."""

    def __init__(self) -> None:
        super().__init__(translate("reports", "The report was cancelled."))


def run(ctx: AppContext, defn: Definition | str, values: Mapping[str, Any] | None = None, *,
        today: dt.date | None = None, progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None, log: bool = True,
        sink: Callable[[ResultTable], Any] | None = None) -> ResultTable | DocumentResult:
    """Run one definition (see the module docstring). Raises ValidationError for bad parameters,
    ReportCancelled, or a translated driver error.

    ``sink``: stream a table instead of holding it (issue #12: 100,000 rows took 230-300 MB). It
    is called once, inside the snapshot, with a ResultTable whose ``lines`` is an iterator read
    straight from the cursor; ``totals``, ``row_count`` and ``chart`` are filled in when the
    iterator is exhausted (:func:`stream_shape`). The returned table then has no lines. A report
    with a ``rows_hook`` (it needs all rows at once) and documents are built whole and handed over."""
    if isinstance(defn, str):
        from reports.registry import by_id

        defn = by_id(defn)
    params = P.resolve(defn, values, today)
    if isinstance(defn, Report):
        defn = picked(regrouped(defn, params), params)
    header = make_header(defn, params, _header_facts(ctx, defn, params), ctx.info.user if ctx.info else "")
    try:
        with ctx.engine.connect() as conn:
            # one consistent snapshot for the whole report: fdb starts its main transaction with
            # the TPB given here. It is READ WRITE when the run is logged: the audit entry is
            # written in it after the rows are read and committed with it (one round trip instead
            # of a transaction of its own: bench/README.md, wan_deals); a failed or cancelled run
            # rolls back and logs nothing. The entry is committed before run() returns, so a
            # rendering that fails afterwards does not lose it.
            dbc = conn.connection.dbapi_connection
            dbc.begin(tpb=snapshot_tpb(write=log))
            try:
                if isinstance(defn, Document):
                    result = defn.build(conn, params)
                    result.header = header if not result.header.title else result.header
                elif sink is not None and streamable(defn):
                    several = _currency_header(conn, defn, params, header)
                    if several:  # the header is written before the lines: say it now
                        header.params.append(_several_currencies_note())
                    result = stream_shape(defn, _checked_rows(conn, defn, params, progress, cancel), header,
                                          blank_money=several)
                    sink(result)
                    for _ in result.lines:  # whatever the sink left: totals need every row
                        pass
                    result.lines = []
                else:
                    result = execute(conn, defn, params, header, progress=progress, cancel=cancel)
                    if sink is not None:
                        sink(result)
                if log:
                    from app.audit import log_event

                    described = ", ".join(f"{k}={v}" for k, v in params.items() if v is not None)
                    log_event(ctx, "REPORT", f"{defn.id} {described}".strip(), conn=conn)
                    conn.commit()  # SQLAlchemy's transaction (if a statement began one) ...
                    dbc.commit()  # ... and fdb's, which SQLAlchemy may not know about
            finally:
                conn.rollback()  # a no-op after the commit
    except DBAPIError as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return result


#: the header's company name and my full name; :func:`_header_facts` adds the names of the run's
#: reference parameters (``reports.params.name_lookup``) as further columns of the same statement
_HEADER_COLUMNS = ("(SELECT FIRST 1 CAST(LEFT(s.TEXT_VALUE, 500) AS VARCHAR(500)) FROM SETTINGS s "
                   "WHERE s.KEY = 'company.name')",
                   "(SELECT FIRST 1 u.FULL_NAME FROM CRM_USERS u WHERE u.LOGIN = CURRENT_USER)")

#: (company name, my full name, {parameter key: the name of its reference value})
HeaderFacts = tuple[str | None, str | None, dict[str, str | None]]


def regrouped(defn: Report, params: Params) -> Report:
    """A report grouped by another dimension than its own (``regroup``): the grouping column takes
    the chosen dimension's title."""
    if defn.regroup is None or not params.get(defn.regroup[0]):
        return defn
    key, col_key = defn.regroup
    param = next(p for p in defn.params if p.key == key)
    title = dict(param.choices).get(params[key])
    if title is None:
        return defn
    from dataclasses import replace

    return replace(defn, columns=tuple(replace(c, title=title) if c.key == col_key else c for c in defn.columns))


def picked(defn: Report, params: Params) -> Report:
    """The columns named in the ``pick`` parameter shown, in the declared order, the others hidden
    (a column is named by its key or its title in the report language, case ignored); an unknown
    name is one clear message listing the names."""
    if defn.pick is None:
        return defn
    pick: str = defn.pick
    raw = (params.get(pick) or "").strip()
    if not raw:
        return defn
    names: dict[str, str] = {}
    for c in defn.columns:
        if c.key not in defn.group_by:
            names[c.key.casefold()] = c.key
            names[translate("reports", c.title).casefold()] = c.key
    chosen: set[str] = set()
    for part in raw.replace(";", ",").split(","):
        name = part.strip().casefold()
        if not name:
            continue
        if name not in names:
            from app.errors import ValidationError

            offered = ", ".join(translate("reports", c.title) for c in defn.columns if c.key not in defn.group_by)
            message = translate("reports", "No column \u201c{name}\u201d in this report; choose from: {names}.")
            raise ValidationError(pick, message.format(name=part.strip(), names=offered))
        chosen.add(names[name])
    from dataclasses import replace

    return replace(defn, columns=tuple(replace(c, visible=c.key in chosen) if c.key not in defn.group_by else c
                                       for c in defn.columns))


def _header_facts(ctx: AppContext, defn: Definition, params: Params) -> HeaderFacts:
    """What the header needs from the database, in one prepared statement on the read channel: a
    warm run spends one round trip on the company, my name and every named parameter value,
    instead of four plus two per reference parameter on the report's own connection (bench/README.md,
    wan_deals). None of it needs the report's snapshot. The statement text depends only on which
    reference parameters have a value, so the read channel's cache keeps a few per report."""
    lookups = [(p.key, sql, params.get(p.key)) for p in defn.params
               if (sql := P.name_lookup(p, params.get(p.key))) is not None]
    sql = "SELECT " + ", ".join((*_HEADER_COLUMNS, *(s for _, s, _ in lookups))) + " FROM RDB$DATABASE"
    try:
        row = ctx.reader.one(sql, [v for _, _, v in lookups])
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    if row is None:
        return None, None, {}
    return row[0], row[1], {key: row[2 + i] for i, (key, _, _) in enumerate(lookups)}


def missing_references(ctx: AppContext, defn: Definition, params: Params) -> list[str]:
    """The keys of reference parameters whose value names no record the user can see (the same
    statement as the header's, so a following run reuses it prepared)."""
    _company, _me, names = _header_facts(ctx, defn, params)
    return [key for key, name in names.items() if name is None]


def make_header(defn: Definition, params: Params, facts: HeaderFacts, login: str = "") -> Header:
    """The printed header from the parameters and the :func:`_header_facts` read for them."""
    company, me, names = facts
    shown = [(translate("reports", p.title), P.display(p, params.get(p.key), names.get(p.key))) for p in defn.params]
    return Header(title=translate("reports", defn.title), params=shown, company=company or "", user=me or login or "",
                  question=translate("reports", defn.question))


def _source_rows(conn: Any, defn: Report, params: Params) -> Iterable[Mapping[str, Any]]:
    if defn.query is not None:
        result = conn.execute(defn.query(params))
        while True:
            chunk = result.fetchmany(CHUNK)
            if not chunk:
                return
            for row in chunk:
                yield row._mapping
    elif defn.plan_fact is not None:
        from reports.queries import kpi

        yield from kpi.rows(conn, defn.plan_fact, params)
    else:
        yield from defn.rows(conn, params)


def execute(conn: Any, defn: Report, params: Params, header: Header | None = None, *,
            progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> ResultTable:
    """Fetch and shape the rows of ``defn`` on an open connection (the caller owns the transaction)."""
    keys = [c.key for c in defn.columns]
    header = header or Header(title=translate("reports", defn.title), params=[])
    money = _currency_header(conn, defn, params, header) is not None
    rows: list[dict[str, Any]] = []
    for n, row in enumerate(_source_rows(conn, defn, params), 1):
        rows.append(dict(row) if defn.steps else {k: row.get(k) for k in keys})
        if n % CHUNK == 0:
            if cancel is not None and cancel():
                raise ReportCancelled()
            if progress is not None:
                progress(n, -1, translate("reports", "Reading rows…"))
    if cancel is not None and cancel():
        raise ReportCancelled()
    if defn.steps:
        rows = [{k: r.get(k) for k in keys} for r in apply_steps(defn, rows, params)]
    if defn.fill == "periods":
        rows = fill_periods(defn, rows, params)
    elif defn.fill == "managers" and params.get(EVERYONE_KEY):
        rows = fill_managers(conn, defn, rows, params)
    if defn.rank_by is not None:
        rank_rows(rows, defn.rank_by)
    if defn.rows_hook is not None:
        rows = defn.rows_hook(rows, params)
    overall = None
    if defn.totals is not None:  # the same snapshot: the whole-set figures agree with the rows
        row = conn.execute(defn.totals(params)).first()
        overall = dict(row._mapping) if row is not None else {}
    limit = int(params[defn.limit]) if defn.limit is not None and params.get(defn.limit) else None
    result = shape(defn, rows, header, limit, overall)
    if money and len(params.currencies) > 1:  # never one total of different currencies
        # a report naming the currency per row adds up one currency when its rows have only one
        per_row = any(c.key == "currency" for c in defn.columns)
        if not per_row or len({r.get("currency") for r in rows}) > 1:
            # grouped by currency, each subtotal is of one currency: only the grand total goes
            result = _without_money_totals(result, subtotals=defn.group_by[:1] != ("currency",))
    return result


def streamable(defn: Report) -> bool:
    """Whether :func:`stream_shape` gives what :func:`execute` gives: no code hook, no period fill,
    ranking, whole-set totals or row limit (those need every row first)."""
    return (defn.rows_hook is None and defn.fill is None and defn.rank_by is None and defn.totals is None
            and defn.limit is None and not any(isinstance(s, WHOLE_SET_STEPS) for s in defn.steps))


def _title(titles: Mapping[Any, str], code: Any, context: str = "reports") -> Any:
    if code is None:
        return None
    t = titles.get(code.strip() if isinstance(code, str) else code)
    return translate(context, t) if t is not None else code


def row_step(step: Step, r: dict[str, Any], params: Params | None = None) -> None:
    """One row-local declared step (:class:`~reports.spec.Codes`, :class:`~reports.spec.Div`,
    :class:`~reports.spec.Diff`) applied to ``r`` in place."""
    if isinstance(step, Codes):
        code = r.get(step.source or step.key)
        r[step.key] = translate(step.context, step.none) if code is None and step.none is not None \
            else _title(step.titles, code, step.context)
    elif isinstance(step, Div):
        num = r.get(step.num)
        if step.den is None:
            r[step.key] = None if num is None else float(num) / step.by
        else:
            den = r.get(step.den)
            r[step.key] = float(num) / float(den) if den and num is not None else None
    elif isinstance(step, FromParam):
        r[step.key] = Decimal((params or {}).get(step.param) or 0)
    elif isinstance(step, Times):
        b = r.get(step.b)
        r[step.key] = (Decimal(r.get(step.a) or 0) * Decimal(str(b))).quantize(Decimal(1).scaleb(-step.places)) \
            if b is not None else Decimal(0)
    elif isinstance(step, Diff):
        a, b = r.get(step.a), r.get(step.b)
        v = None if a is None else a - (b or 0)
        r[step.key] = v if step.floor is None or v is None else max(v, step.floor)
    else:
        raise ValueError(f"{step!r} is not a row step")


def _sort_key(v: Any, descending: bool) -> Any:
    if isinstance(v, str):
        return v.casefold()
    n = float(_num(v) or 0)
    return -n if descending else n


def apply_steps(defn: Report, rows: list[dict[str, Any]], params: Params | None = None) -> list[dict[str, Any]]:
    """The report's declared ``steps`` over all its rows, in order (reports/spec.py)."""
    from reports.spec import NUMERIC_FORMATS

    for step in defn.steps:
        if isinstance(step, Every):
            have: dict[Any, dict[str, Any]] = {}
            for r in rows:
                have.setdefault(r.get(step.key), r)
            zero = {c.key: 0 for c in defn.columns
                    if c.fmt in NUMERIC_FORMATS and c.fmt != "percent" and c.total != "overall"}
            for r in rows[:1]:
                zero.update({k: 0 for k, v in r.items() if _num(v) is not None and k not in zero})
            listed = set(step.codes)
            rows = [have.get(code) or {**zero, step.key: code} for code in step.codes] + \
                [r for r in rows if r.get(step.key) not in listed]
        elif isinstance(step, Share):
            total = float(sum(r.get(step.of) or 0 for r in rows))
            for r in rows:
                r[step.key] = (float(r.get(step.of) or 0) / total) if total else None
        elif isinstance(step, RunningShare):
            total = float(sum(r.get(step.of) or 0 for r in rows))
            acc = 0.0
            for r in rows:
                acc += float(r.get(step.of) or 0)
                r[step.key] = acc / total if total else None
        elif isinstance(step, AbcClass):
            before = 0.0
            for r in rows:
                r[step.key] = "A" if before < step.limits[0] else "B" if before < step.limits[1] else "C"
                before = float(r.get(step.running) or 0)
        elif isinstance(step, Sort):
            rows.sort(key=lambda r: tuple(_sort_key(r.get(k), d) for k, d in step.by))
        elif isinstance(step, Number):
            n, last = 0, object()
            for r in rows:
                g = r.get(step.within) if step.within else None
                n = 1 if g != last else n + 1
                last = g
                r[step.key] = n
        else:
            for r in rows:
                row_step(step, r, params)
    return rows


def _currency_header(conn: Any, defn: Report, params: Params, header: Header) -> bool | None:
    """A report with money columns: the currencies of the deals go to ``params.currencies``, and to
    the header unless the report has a "currency" column (it names them per row). Returns None
    without money columns, else whether there are several currencies (never one total of them)."""
    if not any(c.fmt == "money" for c in defn.columns):
        return None
    params.currencies = deal_currencies(conn)
    if params.currencies and not any(c.key == "currency" for c in defn.columns):
        header.params.append((translate("reports", "Currency"), ", ".join(params.currencies)))
    return len(params.currencies) > 1


def deal_currencies(conn: Any) -> list[str]:
    """The currencies of the deals I may see (sorted); amounts of different currencies are never
    added into one total."""
    from reports.queries import fetch

    return sorted({(r["c"] or "").strip() for r in fetch(conn, "SELECT DISTINCT CURRENCY AS c FROM DEALS")} - {""})


def _without_money_totals(result: ResultTable, subtotals: bool = True) -> ResultTable:
    """Money totals (and subtotals, unless ``subtotals`` is False) blanked, and the note saying why."""
    money = [i for i, c in enumerate(result.columns) if c.fmt == "money"]

    def blank(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(None if i in money else v for i, v in enumerate(values))

    for ln in result.lines if subtotals else ():
        if ln.kind == "subtotal":
            ln.values = blank(ln.values)
    if result.totals is not None:
        result.totals = blank(result.totals)
    result.header.params.append(_several_currencies_note())
    return result


def _several_currencies_note() -> tuple[str, str]:
    return (translate("reports", "Note"), translate(
        "reports", "the deals are in several currencies: amounts of different currencies are not added up"))


def rank_rows(rows: list[dict[str, Any]], key: str) -> None:
    """``row["rank"]`` = 1 + the number of rows with a larger ``key`` (None counts as 0); the rows
    are then put in rank order (ties keep their order)."""
    ordered = sorted(float(_num(r.get(key)) or 0) for r in rows)
    from bisect import bisect_right

    for r in rows:
        r["rank"] = 1 + len(ordered) - bisect_right(ordered, float(_num(r.get(key)) or 0))
    rows.sort(key=lambda r: r["rank"])


def fill_periods(defn: Report, rows: list[dict[str, Any]], params: Params) -> list[dict[str, Any]]:
    """Every period label of ``params.period`` at ``params.grain`` (month/quarter/year), the
    missing ones as rows of zeros in the numeric columns, in label order (the first column holds
    the label, as :func:`reports.queries.deals.period_label` writes it)."""
    period = params.get("period")
    if period is None or not defn.columns:
        return rows
    key = defn.columns[0].key
    grain = params.get("grain") or "month"
    labels: list[str] = []
    y, m = period.start.year, period.start.month
    while (y, m) <= (period.end.year, period.end.month):
        label = (f"{y:04d}" if grain == "year" else f"{y:04d}-Q{(m - 1) // 3 + 1}" if grain == "quarter"
                 else f"{y:04d}-{m:02d}")
        if label not in labels:
            labels.append(label)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    have = {r.get(key): r for r in rows}
    from reports.spec import NUMERIC_FORMATS

    zero = {c.key: (0 if c.fmt in NUMERIC_FORMATS and c.fmt != "percent" and c.total != "overall" else None)
            for c in defn.columns}
    out = [have.pop(label, None) or {**zero, key: label} for label in labels]
    return out + [r for r in rows if r.get(key) in have]  # rows outside the period (none normally)


def fill_managers(conn: Any, defn: Report, rows: list[dict[str, Any]], params: Params) -> list[dict[str, Any]]:
    """Every active user (the ``manager`` parameter's one only, when given) missing from the
    "manager" column, as a row of zeros after the others, by name: a by-manager report that also
    shows who did nothing. Read through the visibility views, like every statement."""
    from sqlalchemy import select

    from db.models import CrmUser
    from reports.spec import NUMERIC_FORMATS

    q = select(CrmUser.full_name).where(CrmUser.is_active.is_(True)).order_by(CrmUser.full_name, CrmUser.id)
    if params.get("manager") is not None:
        q = q.where(CrmUser.id == params["manager"])
    have = {r.get("manager") for r in rows}
    zero = {c.key: (0 if c.fmt in NUMERIC_FORMATS and c.fmt != "percent" and c.total != "overall"
                    and not isinstance(c.total, (Ratio, Weighted)) else None)  # an average of nothing is empty
            for c in defn.columns}
    missing = [name for (name,) in conn.execute(q) if name not in have]
    return rows + [{**zero, "manager": name} for name in missing]


def _checked_rows(conn: Any, defn: Report, params: Params, progress: Progress | None,
                  cancel: Callable[[], bool] | None) -> Iterable[dict[str, Any]]:
    """The source rows as dicts of every column, with the cancel check and progress of
    :func:`execute` every CHUNK rows."""
    keys = [c.key for c in defn.columns]
    n = 0
    for n, row in enumerate(_source_rows(conn, defn, params), 1):
        if defn.steps:  # streamable: row steps only
            full = dict(row)
            for step in defn.steps:
                row_step(step, full, params)
            row = full
        yield {k: row.get(k) for k in keys}
        if n % CHUNK == 0:
            if cancel is not None and cancel():
                raise ReportCancelled()
            if progress is not None:
                progress(n, -1, translate("reports", "Reading rows…"))
    if cancel is not None and cancel():
        raise ReportCancelled()


class _Totals:
    """The totals of :func:`aggregate` kept row by row (same rules, same arithmetic order)."""

    def __init__(self, cols: tuple[Col, ...]) -> None:
        self.cols = cols
        self.state: list[list[Any]] = [[0, 0, 0, None] for _ in cols]  # a, b, count of values, min/max

    def add(self, r: dict[str, Any]) -> None:
        for col, st in zip(self.cols, self.state, strict=True):
            rule = col.total
            if rule is None:
                continue
            if isinstance(rule, Ratio):
                st[0] += _num(r.get(rule.num)) or 0
                st[1] += _num(r.get(rule.den)) or 0
                continue
            v = r.get(col.key)
            if isinstance(rule, Weighted):
                nv, w = _num(v), _num(r.get(rule.weight)) or 0
                if nv is not None:
                    st[0] += float(nv) * float(w)
                    st[1] += w
                continue
            if v is None:
                continue
            st[2] += 1
            nv = _num(v)
            if rule == "sum" and nv is not None:
                st[0] += nv
            elif rule == "avg" and nv is not None:
                st[0] += float(nv)
                st[1] += 1
            elif rule == "min":
                st[3] = v if st[2] == 1 or v < st[3] else st[3]
            elif rule == "max":
                st[3] = v if st[2] == 1 or v > st[3] else st[3]

    def values(self) -> tuple[Any, ...]:
        out = []
        for col, (a, b, n, m) in zip(self.cols, self.state, strict=True):
            rule = col.total
            if rule is None:
                out.append(None)
            elif isinstance(rule, Ratio):
                out.append(None if not b else float(a) / float(b))
            elif isinstance(rule, Weighted):
                out.append(None if not b else float(a) / float(b))
            elif rule == "count":
                out.append(n)
            elif rule == "sum":
                out.append(a)
            elif rule == "avg":
                out.append(a / b if b else None)
            elif rule in ("min", "max"):
                out.append(m if n else None)
            else:
                raise ValueError(f"unknown total rule {rule!r}")
        return tuple(out)


def stream_shape(defn: Report, rows: Iterable[dict[str, Any]], header: Header, *,
                 blank_money: bool = False) -> ResultTable:
    """:func:`shape` for rows read once, in order: a ResultTable whose ``lines`` is an iterator of
    group headers, detail rows and subtotals (the same lines :func:`shape` lists); the grand total,
    ``row_count`` and the chart are set on the table when the iterator is exhausted. Memory stays
    flat: only the open groups' totals and the chart's columns of each row are kept.
    ``blank_money``: deals in several currencies, money subtotals and totals stay empty (as
    :func:`_without_money_totals` does to a whole table)."""
    visible = tuple(c for c in defn.columns if c.visible and c.key not in defn.group_by)
    all_cols = {c.key: c for c in defn.columns}
    groups = list(defn.group_by)
    has_totals = defn.grand_total and any(c.total is not None for c in visible)
    for c in visible:  # unknown rules fail before the first row, as shape() fails
        if c.total is not None and not isinstance(c.total, (Ratio, Weighted)) and \
                c.total not in ("sum", "count", "avg", "min", "max"):
            raise ValueError(f"unknown total rule {c.total!r}")
    orientation = defn.orientation
    if orientation == "auto":
        orientation = "landscape" if sum(c.width for c in visible) > LANDSCAPE_WIDTH else "portrait"
    result = ResultTable(defn, header, visible, [], None, 0, None, orientation)
    subtotal_word = translate("reports", "Subtotal") + " \u2014 "

    def lines() -> Iterator[Line]:
        grand = _Totals(visible)
        open_groups: list[tuple[Any, str, _Totals]] = []  # (value, label, totals) per level
        chart_rows: list[dict[str, Any]] = []
        chart_keys = (defn.chart.x, *defn.chart.y) if defn.chart is not None else ()
        money = [i for i, c in enumerate(visible) if c.fmt == "money"] if blank_money else []

        def blank(values: tuple[Any, ...]) -> tuple[Any, ...]:
            return tuple(None if i in money else v for i, v in enumerate(values)) if money else values
        n = 0
        for r in rows:
            level = 0
            while level < len(open_groups) and open_groups[level][0] == r.get(groups[level]):
                level += 1
            while len(open_groups) > level:  # close the changed groups, innermost first
                _v, label, tot = open_groups.pop()
                yield Line("subtotal", blank(tot.values()), len(open_groups), subtotal_word + label)
            while len(open_groups) < len(groups):
                key = groups[len(open_groups)]
                label = _label(all_cols[key], r.get(key))
                yield Line("group", (), len(open_groups), label)
                open_groups.append((r.get(key), label, _Totals(visible)))
            yield Line("row", tuple(r.get(c.key) for c in visible), len(groups))
            for _v, _l, tot in open_groups:
                tot.add(r)
            if has_totals:
                grand.add(r)
            if chart_keys:
                chart_rows.append({k: r.get(k) for k in chart_keys})
            n += 1
        while open_groups:
            _v, label, tot = open_groups.pop()
            yield Line("subtotal", blank(tot.values()), len(open_groups), subtotal_word + label)
        result.row_count = n
        result.totals = blank(grand.values()) if has_totals else None
        result.chart = _chart(defn, chart_rows, all_cols) if chart_rows else None

    result.lines = lines()  # type: ignore[assignment]  # an iterator until read
    return result


def _num(v: Any) -> Any:
    return v if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else None


def aggregate(col: Col, rows: list[dict[str, Any]]) -> Any:
    """One total of ``col`` over ``rows`` by its rule."""
    rule = col.total
    if rule is None or rule == "overall":  # "overall" only for the grand total (shape)
        return None
    if isinstance(rule, Ratio):
        num = sum((_num(r.get(rule.num)) or 0) for r in rows)
        den = sum((_num(r.get(rule.den)) or 0) for r in rows)
        return None if not den else float(num) / float(den)
    vals = [v for v in (r.get(col.key) for r in rows) if v is not None]
    if rule == "count":
        return len(vals)
    nums = [v for v in map(_num, vals) if v is not None]
    if isinstance(rule, Weighted):
        pairs = [(_num(r.get(col.key)), _num(r.get(rule.weight)) or 0) for r in rows]
        wsum = sum(w for v, w in pairs if v is not None)
        return None if not wsum else float(sum(float(v) * float(w) for v, w in pairs if v is not None)) / float(wsum)
    if not vals:
        return 0 if rule == "sum" else None
    if rule == "sum":
        return sum(nums) if nums else 0
    if rule == "avg":
        return (sum(float(v) for v in nums) / len(nums)) if nums else None
    if rule == "min":
        return min(vals)
    if rule == "max":
        return max(vals)
    raise ValueError(f"unknown total rule {rule!r}")


def _overall(col: Col, overall: Mapping[str, Any] | None) -> Any:
    if overall is None:
        return None
    value = overall.get(col.key)
    return value if value is None or col.fmt not in ("int",) else int(value)


def _label(col: Col, value: Any) -> str:
    from reports.formats import display

    shown = display(value, col.fmt) or translate("reports", "(none)")
    return f"{translate('reports', col.title)}: {shown}"


def _chart(defn: Report, rows: list[dict[str, Any]], all_cols: dict[str, Col]) -> ChartData:
    """The chart's points: every row, or the ``max_points`` largest by the first series (in the
    rows' order) with a note saying what was left out."""
    from reports.formats import display

    spec = defn.chart
    pts, note = rows, ""
    if spec.max_points is not None and len(rows) > spec.max_points:
        first = spec.y[0]
        ranked = sorted(range(len(rows)), key=lambda i: -abs(float(_num(rows[i].get(first)) or 0)))
        keep = sorted(ranked[: spec.max_points])
        pts = [rows[i] for i in keep]
        note = translate("reports", "top {n} of {total} by {measure}").format(
            n=display(len(pts), "int"), total=display(len(rows), "int"),
            measure=translate("reports", all_cols[first].title))
    labels = [display(r.get(spec.x), all_cols[spec.x].fmt) or translate("reports", "(none)") for r in pts]
    series = [(translate("reports", all_cols[y].title), [float(_num(r.get(y)) or 0) for r in pts]) for y in spec.y]
    return ChartData(spec, labels, series, all_cols[spec.y[0]].fmt, note)


def shape(defn: Report, rows: list[dict[str, Any]], header: Header, limit: int | None = None,
          overall: Mapping[str, Any] | None = None) -> ResultTable:
    """Group breaks, subtotals, grand total, chart data and orientation from the detail rows."""
    visible = tuple(c for c in defn.columns if c.visible and c.key not in defn.group_by)
    all_cols = {c.key: c for c in defn.columns}
    lines: list[Line] = []
    groups = list(defn.group_by)

    def emit(level: int, part: list[dict[str, Any]]) -> None:
        if level == len(groups):
            lines.extend(Line("row", tuple(r.get(c.key) for c in visible), level) for r in part)
            return
        key = groups[level]
        start = 0
        while start < len(part):
            value = part[start].get(key)
            end = start
            while end < len(part) and part[end].get(key) == value:
                end += 1
            chunk = part[start:end]
            label = _label(all_cols[key], value)
            lines.append(Line("group", (), level, label))
            emit(level + 1, chunk)
            lines.append(Line("subtotal", tuple(aggregate(c, chunk) for c in visible), level,
                              translate("reports", "Subtotal") + " \u2014 " + label))
            start = end

    matched = None
    shown = rows
    if limit is not None and len(rows) > limit:
        shown, matched = rows[:limit], len(rows)
    emit(0, shown)
    has_totals = defn.grand_total and any(c.total is not None for c in visible)
    totals = tuple(_overall(c, overall) if c.total == "overall" else aggregate(c, rows) for c in visible) \
        if has_totals else None
    chart = _chart(defn, shown, all_cols) if defn.chart is not None and rows else None
    orientation = defn.orientation
    if orientation == "auto":
        orientation = "landscape" if sum(c.width for c in visible) > LANDSCAPE_WIDTH else "portrait"
    return ResultTable(defn, header, visible, lines, totals, len(shown), chart, orientation, matched)
