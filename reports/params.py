"""Report parameters: period presets, defaults, parsing (CLI/saved text), choices and display text.

Layer: ``reports``. The UI builds its editors from :class:`reports.spec.Param` kinds and fills
reference combos from :func:`choices`; the CLI parses ``--param key=value`` with :func:`parse`.
Reference parameters hold a row id, or None for "all".
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import text

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.visibility import route_sql
from reports.spec import REFERENCE_KINDS, Definition, Param, Params, Period

#: period presets: name -> title (the UI offers them in this order)
PRESETS: dict[str, str] = {
    "today": QT_TRANSLATE_NOOP("reports", "Today"),
    "this_week": QT_TRANSLATE_NOOP("reports", "This week"),
    "last_week": QT_TRANSLATE_NOOP("reports", "Last week"),
    "this_month": QT_TRANSLATE_NOOP("reports", "This month"),
    "last_month": QT_TRANSLATE_NOOP("reports", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("reports", "This quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("reports", "Last quarter"),
    "this_year": QT_TRANSLATE_NOOP("reports", "This year"),
    "last_year": QT_TRANSLATE_NOOP("reports", "Last year"),
    "last_30_days": QT_TRANSLATE_NOOP("reports", "Last 30 days"),
    "last_90_days": QT_TRANSLATE_NOOP("reports", "Last 90 days"),
    "last_12_months": QT_TRANSLATE_NOOP("reports", "Last 12 months"),
    "next_30_days": QT_TRANSLATE_NOOP("reports", "Next 30 days"),
}

#: client lifecycle statuses (CLIENTS.STATUS)
STATUSES: tuple[tuple[str, str], ...] = (
    ("POTENTIAL", QT_TRANSLATE_NOOP("reports", "Potential")),
    ("ACTIVE", QT_TRANSLATE_NOOP("reports", "Active")),
    ("REGULAR", QT_TRANSLATE_NOOP("reports", "Regular")),
    ("LOST", QT_TRANSLATE_NOOP("reports", "Lost")),
)


def _month_start(d: dt.date, months_back: int = 0) -> dt.date:
    """The first day of the month ``months_back`` months before ``d``'s (negative: ahead)."""
    index = d.year * 12 + d.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(d: dt.date) -> dt.date:
    return _month_start(d, -1) - dt.timedelta(days=1)


def preset_period(name: str, today: dt.date) -> Period:
    """The dates of a preset relative to ``today`` (weeks start on Monday)."""
    if name == "today":
        return Period(today, today)
    if name == "this_week":
        start = today - dt.timedelta(days=today.weekday())
        return Period(start, start + dt.timedelta(days=6))
    if name == "last_week":
        start = today - dt.timedelta(days=today.weekday() + 7)
        return Period(start, start + dt.timedelta(days=6))
    if name == "this_month":
        return Period(_month_start(today), _month_end(today))
    if name == "last_month":
        s = _month_start(today, 1)
        return Period(s, _month_end(s))
    if name in ("this_quarter", "last_quarter"):
        q0 = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        if name == "last_quarter":
            q0 = _month_start(q0, 3)
        return Period(q0, _month_end(_month_start(q0, -2)))
    if name == "this_year":
        return Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    if name == "last_year":
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    if name == "last_30_days":
        return Period(today - dt.timedelta(days=29), today)
    if name == "last_90_days":
        return Period(today - dt.timedelta(days=89), today)
    if name == "last_12_months":
        return Period(_month_start(today, 11), _month_end(today))
    if name == "next_30_days":
        return Period(today, today + dt.timedelta(days=29))
    raise ValueError(name)


# The dates a parameter may name: a period's end + 1 day must still be a date (9999-12-31 made
# sales.by_period end in an OverflowError, issue #10), and Firebird dates start at year 1.
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2999, 12, 31)
_TRUE = ("1", "true", "yes", "y", "on")
_FALSE = ("0", "false", "no", "n", "off")


def _in_range(d: dt.date) -> dt.date:
    if not MIN_DATE <= d <= MAX_DATE:
        raise ValueError(d)
    return d


def _bad(p: Param, message: str) -> ValidationError:
    return ValidationError(p.key, message)


def parse(p: Param, raw: str, today: dt.date) -> Any:
    """A value of ``p`` from text (CLI ``key=value``, saved settings). Empty text = no value."""
    raw = raw.strip()
    if raw == "" or raw.lower() in ("all", "*"):
        return None
    try:
        if p.kind == "period":
            if raw in PRESETS:
                return preset_period(raw, today)
            a, sep, b = raw.partition("..")
            if not sep:
                raise ValueError(raw)
            return Period(_in_range(dt.date.fromisoformat(a.strip())), _in_range(dt.date.fromisoformat(b.strip())))
        if p.kind == "date":
            return _in_range(dt.date.fromisoformat(raw))
        if p.kind == "bool":
            if raw.lower() not in _TRUE + _FALSE:
                raise ValueError(raw)  # "maybe" is not "no" (issue #10)
            return raw.lower() in _TRUE
        if p.kind == "classifier" and not raw.isdigit():
            return raw  # a classifier may be named on the command line; the report resolves it
        if p.kind in ("int",) or p.kind in REFERENCE_KINDS:
            value = int(raw)
            if not (0 < value if p.kind in REFERENCE_KINDS else -(2**31) < value) or value >= 2**31:
                raise ValueError(raw)  # ids are positive INTEGERs; a bigger number would overflow the query
            return value
        if p.kind in ("choice", "status"):
            allowed = [str(v) for v, _ in (p.choices or (STATUSES if p.kind == "status" else ()))]
            if allowed and raw not in allowed:
                raise ValueError(raw)
            return raw
        return raw
    except ValueError:
        hint = {
            "period": translate("reports", "a preset ({names}) or FROM..TO dates (2026-01-01..2026-03-31) "
                                           "between {lo} and {hi}").format(names=", ".join(PRESETS), lo=MIN_DATE, hi=MAX_DATE),
            "date": translate("reports", "a date like 2026-01-31 between {lo} and {hi}").format(lo=MIN_DATE, hi=MAX_DATE),
            "int": translate("reports", "a whole number"),
            "bool": translate("reports", "yes or no (also true/false, 1/0, on/off)"),
        }.get(p.kind, translate("reports", "one of: {values}").format(
            values=", ".join(str(v) for v, _ in (p.choices or STATUSES))) if p.kind in ("choice", "status")
            else translate("reports", "a record number (id)"))
        raise _bad(p, translate("reports", "Parameter {key}: {value!r} is not valid; expected {hint}.").format(
            key=p.key, value=raw, hint=hint)) from None


def default_value(p: Param, today: dt.date) -> Any:
    d = p.default
    if callable(d):
        d = d(today)
    if p.kind == "period" and isinstance(d, str):
        return preset_period(d, today)
    return d


def resolve(defn: Definition, values: Mapping[str, Any] | None, today: dt.date | None = None) -> Params:
    """Defaults filled in, texts parsed, ranges and required values checked (ValidationError)."""
    today = today or dt.date.today()
    values = dict(values or {})
    known = {p.key for p in defn.params}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValidationError(unknown[0], translate("reports", "The report {id} has no parameter {key} (it has: {keys}).").format(
            id=defn.id, key=unknown[0], keys=", ".join(sorted(known)) or "-"))
    out = Params(today=today)
    for p in defn.params:
        if p.key in values:
            v = values[p.key]
            if isinstance(v, str) and p.kind not in ("text",):
                v = parse(p, v, today)
            elif p.kind == "period" and isinstance(v, str):
                v = preset_period(v, today)
        else:
            v = default_value(p, today)
        if p.kind == "period" and v is not None and v.start > v.end:
            raise _bad(p, translate("reports", "The period starts after it ends."))
        if p.kind in ("period", "date") and v is not None:
            for d in (v.start, v.end) if p.kind == "period" else (v,):
                if not MIN_DATE <= d <= MAX_DATE:
                    raise _bad(p, translate("reports", "{title}: {date} is outside the dates a report can use "
                                                       "({lo} to {hi}).").format(
                        title=translate("reports", p.title), date=d, lo=MIN_DATE, hi=MAX_DATE))
        if p.kind == "int" and v is not None:
            if p.minimum is not None and v < p.minimum or p.maximum is not None and v > p.maximum:
                raise _bad(p, translate("reports", "{title} must be between {lo} and {hi}.").format(
                    title=translate("reports", p.title), lo=p.minimum, hi=p.maximum))
        if v is None and p.required:
            raise _bad(p, translate("reports", "Choose a value for \u201c{title}\u201d.").format(title=translate("reports", p.title)))
        out[p.key] = v
    return out


#: reference kind -> SQL giving (id, name) pairs, through the visibility views (route_sql)
_CHOICES_SQL = {
    "manager": "SELECT FIRST 1000 ID, FULL_NAME FROM CRM_USERS WHERE IS_ACTIVE ORDER BY FULL_NAME",
    "department": "SELECT FIRST 1000 ID, NAME FROM DEPARTMENTS ORDER BY NAME",
    "funnel": "SELECT FIRST 1000 ID, NAME FROM FUNNELS ORDER BY SORT_ORDER, NAME",
    "stage": "SELECT FIRST 1000 s.ID, f.NAME || ': ' || s.NAME FROM STAGES s JOIN FUNNELS f ON f.ID = s.FUNNEL_ID "
             "ORDER BY f.SORT_ORDER, s.SORT_ORDER",
    "source": "SELECT FIRST 1000 ID, NAME FROM SOURCES ORDER BY NAME",
    "lost_reason": "SELECT FIRST 1000 ID, NAME FROM LOST_REASONS ORDER BY SORT_ORDER, NAME",
    "tag": "SELECT FIRST 1000 ID, NAME FROM TAGS ORDER BY NAME",
    "product": "SELECT FIRST 5000 ID, NAME FROM PRODUCTS ORDER BY NAME",
    "classifier": "SELECT FIRST 1000 ID, NAME FROM CLASSIFIERS ORDER BY SORT_ORDER, NAME",
}
#: reference kind -> a scalar subquery naming one row (``?`` = its id) for the report header; the
#: engine folds those a run needs into its one header statement on the read channel
_NAME_SQL = {
    "manager": "(SELECT FULL_NAME FROM CRM_USERS WHERE ID = ?)",
    "department": "(SELECT NAME FROM DEPARTMENTS WHERE ID = ?)",
    "funnel": "(SELECT NAME FROM FUNNELS WHERE ID = ?)",
    "stage": "(SELECT f.NAME || ': ' || s.NAME FROM STAGES s JOIN FUNNELS f ON f.ID = s.FUNNEL_ID WHERE s.ID = ?)",
    "source": "(SELECT NAME FROM SOURCES WHERE ID = ?)",
    "lost_reason": "(SELECT NAME FROM LOST_REASONS WHERE ID = ?)",
    "tag": "(SELECT NAME FROM TAGS WHERE ID = ?)",
    "product": "(SELECT NAME FROM PRODUCTS WHERE ID = ?)",
    "classifier": "(SELECT NAME FROM CLASSIFIERS WHERE ID = ?)",
    "client": "(SELECT NAME FROM CLIENTS WHERE ID = ?)",
    "deal": "(SELECT TITLE FROM DEALS WHERE ID = ?)",
}


def choices(conn: Any, kind: str) -> list[tuple[Any, str]]:
    """(value, text) pairs for a reference or status parameter (at most a few thousand)."""
    if kind == "status":
        return [(v, translate("reports", t)) for v, t in STATUSES]
    sql = _CHOICES_SQL.get(kind)
    if sql is None:
        return []
    return [(r[0], r[1]) for r in conn.execute(text(route_sql(sql))).fetchall()]


def name_lookup(p: Param, value: Any) -> str | None:
    """The scalar subquery (one ``?``: the id) that names ``value`` of reference parameter ``p`` in
    the header, or None when the value is shown without a lookup (no value, not a reference, a
    classifier given by name)."""
    if value is None or p.kind not in _NAME_SQL or (p.kind == "classifier" and isinstance(value, str)):
        return None
    return _NAME_SQL[p.kind]


def display(p: Param, value: Any, name: str | None = None) -> str:
    """The value as the report header prints it ("All" for no value). ``name`` is what the
    :func:`name_lookup` subquery found for a reference value (None: not found, shown as ``#id``)."""
    if value is None:
        return translate("reports", "All")
    if p.kind == "period":
        from reports.formats import display as fmt

        return f"{fmt(value.start, 'date')} \u2013 {fmt(value.end, 'date')}"
    if p.kind == "date":
        from reports.formats import display as fmt

        return fmt(value, "date")
    if p.kind == "bool":
        return translate("reports", "Yes") if value else translate("reports", "No")
    if p.kind in ("choice", "status"):
        for v, t in (p.choices or STATUSES):
            if str(v) == str(value):
                return translate("reports", t)
        return str(value)
    if name_lookup(p, value) is not None:
        return str(name) if name is not None else f"#{value}"
    return str(value)
