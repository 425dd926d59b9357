"""Query building blocks for the funnel, deal and sales reports (REPORTS.md D and E). Layer:
``reports`` (reads only; Core statements are routed to the visibility views by the dialect, raw SQL
goes through :func:`reports.queries.fetch`).

Terms (REPORTS.md, used the same way by every report of D and E):

* **closed in the period**: ``OUTCOME`` WON or LOST and ``CLOSED_AT`` in ``[start_ts, end_ts)``.
* **sales / revenue**: the amount of deals WON, dated by ``CLOSED_AT`` (no invoices or payments
  exist yet). Archived and merged clients still count.
* **win rate** = won ÷ (won + lost) among deals closed in the period (open deals do not count).
* **probability** of an open deal: the deal's own ``PROBABILITY``, else its stage's.

Labels that a report prints for "no value" (no manager, no source…) and period labels
(``2026-03``, ``2026-Q1``, ``2026``) are built in SQL with :func:`text_literal` /
``literal_column`` — never bound parameters, which fdb cannot type in a SELECT list and which would
make GROUP BY and SELECT differ.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    DOUBLE_PRECISION,
    Numeric,
    String,
    TypeDecorator,
    and_,
    case,
    cast,
    extract,
    func,
    literal_column,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import CrmUser, Deal, Department, Funnel, Source, Stage
from reports.queries.labels import NO_MANAGER
from reports.spec import Period

#: grain of a time axis: value -> title (a "choice" parameter)
GRAINS: tuple[tuple[str, str], ...] = (
    ("month", QT_TRANSLATE_NOOP("reports", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("reports", "Quarter")),
    ("year", QT_TRANSLATE_NOOP("reports", "Year")),
)

NO_SOURCE = QT_TRANSLATE_NOOP("reports", "(no source)")
NO_REASON = QT_TRANSLATE_NOOP("reports", "(no reason given)")
NO_DATE = QT_TRANSLATE_NOOP("reports", "(no date)")
NO_PRODUCT = QT_TRANSLATE_NOOP("reports", "(not in the catalogue)")
NO_GROUP = QT_TRANSLATE_NOOP("reports", "(no group)")

ONE = literal_column("1.0")  #: a typed 1.0 for "× 1.0" (integer division truncates in Firebird)
ZERO = literal_column("0")


def text_literal(text: str) -> ColumnElement[Any]:
    """A translated SQL string literal (quotes doubled) typed VARCHAR, so CASE/COALESCE results are
    not blank-padded CHARs; safe in SELECT lists and GROUP BY."""
    shown = translate("reports", text)
    return literal_column(f"CAST('{shown.replace(chr(39), chr(39) * 2)}' AS VARCHAR({max(len(shown), 1)}))", String)


def or_label(col: Any, none_text: str) -> ColumnElement[Any]:
    """``COALESCE(col, '<translated none_text>')``."""
    return func.coalesce(col, text_literal(none_text))


def in_period(col: Any, period: Period | None) -> ColumnElement[bool]:
    """``col`` within the period's days (``>= start AND < day after end``); no period: true."""
    if period is None:
        return literal_column("1") == literal_column("1")
    return and_(col >= period.start_ts, col < period.end_ts)


def _text(expr: Any, n: int) -> ColumnElement[Any]:
    return cast(expr, String(n))


def period_label(col: Any, grain: str = "month") -> ColumnElement[Any]:
    """``2026-03`` (month), ``2026-Q1`` (quarter) or ``2026`` (year) of a date/timestamp column;
    labels sort chronologically as text."""
    year = _text(extract("year", col), 4)
    month = extract("month", col)
    if grain == "year":
        return year
    if grain == "quarter":
        quarter = case(*[(month <= literal_column(str(3 * q)), literal_column(f"'{q}'")) for q in (1, 2, 3)],
                       else_=literal_column("'4'"))
        return year.op("||")(literal_column("'-Q'")).op("||")(quarter)
    return year.op("||")(literal_column("'-'")).op("||")(
        func.lpad(_text(month, 2), literal_column("2"), literal_column("'0'")))


def as_double(expr: Any) -> ColumnElement[Any]:
    """``CAST(expr AS DOUBLE PRECISION)`` (SQLAlchemy's ``Float`` is Firebird's 32-bit FLOAT, which
    loses cents above 2**24; AVG of an integer or NUMERIC would truncate)."""
    return cast(expr, DOUBLE_PRECISION())


def ratio(num: Any, den: Any) -> ColumnElement[Any]:
    """``num / den`` as a DOUBLE fraction, NULL when ``den`` is 0 (Firebird's exact division would
    truncate to the operands' scale)."""
    return as_double(num) / func.nullif(as_double(den), literal_column("0"))


def probability() -> ColumnElement[Any]:
    """The deal's probability in percent (its own, else its stage's); needs ``Stage`` joined."""
    return func.coalesce(Deal.probability, Stage.probability)


class _MoneySum(TypeDecorator):
    """A money sum the server added up in DOUBLE PRECISION, read back as a 2-place Decimal."""

    impl = Numeric(18, 2)
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None or isinstance(value, Decimal):
            return value
        exact = Decimal(repr(float(value)))
        try:
            return exact.quantize(CENT)
        except InvalidOperation:  # beyond 28 digits: keep what the double holds
            return exact


CENT = Decimal("0.01")
# what a money sum reads back as: a Decimal with 2 places (from the DOUBLE the server adds up)
MONEY_SUM = _MoneySum()


def money_sum(col: Any) -> ColumnElement[Any]:
    """``SUM(col)`` of money that cannot overflow (issue #10): Firebird 3 adds NUMERIC(18,2) in a
    64-bit integer, so 9,224 deals of 10 trillion each made six reports fail with "Integer
    overflow" for everybody who could see them. The server adds DOUBLE PRECISION (exact to the
    kopeck up to 90 trillion; beyond that rounded, never failing); the value reads back as a
    2-place Decimal. 0 when there are no rows."""
    return type_coerce(func.coalesce(func.sum(as_double(col)), ZERO), MONEY_SUM)


def weighted_amount() -> ColumnElement[Any]:
    """``SUM(amount × probability / 100)`` as money (0 when there are no deals); see :func:`money_sum`."""
    return money_sum(as_double(Deal.amount) * probability() / literal_column("100"))


def closed_in(p: Any, outcomes: tuple[str, ...] = ("WON", "LOST")) -> ColumnElement[bool]:
    """Deals with one of ``outcomes`` closed in ``p.period``."""
    return and_(Deal.outcome.in_(outcomes), in_period(Deal.closed_at, p.get("period")))


def deal_filters(p: Any, *, skip: tuple[str, ...] = ()) -> list[ColumnElement[bool]]:
    """Conditions for the usual deal parameters present in ``p`` (manager, funnel, source)."""
    out = []
    if "manager" not in skip and p.get("manager") is not None:
        out.append(Deal.responsible_id == p["manager"])
    if "funnel" not in skip and p.get("funnel") is not None:
        out.append(Deal.funnel_id == p["funnel"])
    if "source" not in skip and p.get("source") is not None:
        out.append(Deal.source_id == p["source"])
    return out


@dataclass(frozen=True)
class Dim:
    """A dimension of deals: the table joined (outer) by a deal column, its name, the text for
    "none", and how its rows sort (``order``: columns of the joined table)."""

    key: str  #: report id part and the label column's key ("manager")
    title: str  #: column title
    table: Any
    deal_col: Any  #: the deal's foreign key
    name: Any  #: the printed name column
    none_text: str
    order: tuple[Any, ...]

    def label(self) -> ColumnElement[Any]:
        return or_label(self.name, self.none_text).label(self.key)

    def join(self, q: Any) -> Any:
        return q.outerjoin(self.table, self.table.id == self.deal_col)

    def group_cols(self) -> tuple[Any, ...]:
        return (self.table.id, self.name, *[c for c in self.order if c is not self.name])

    def order_cols(self) -> tuple[Any, ...]:
        """Named rows by the dimension's order, the "none" row last."""
        return (func.iif(self.table.id.is_(None), literal_column("1"), literal_column("0")), *self.order,
                self.table.id)


MANAGER_DIM = Dim("manager", QT_TRANSLATE_NOOP("reports", "Manager"), CrmUser, Deal.responsible_id,
                  CrmUser.full_name, NO_MANAGER, (CrmUser.full_name,))
SOURCE_DIM = Dim("source", QT_TRANSLATE_NOOP("reports", "Source"), Source, Deal.source_id, Source.name,
                 NO_SOURCE, (Source.name,))
FUNNEL_DIM = Dim("funnel", QT_TRANSLATE_NOOP("reports", "Funnel"), Funnel, Deal.funnel_id, Funnel.name,
                 QT_TRANSLATE_NOOP("reports", "(no funnel)"), (Funnel.sort_order, Funnel.name))
DEPARTMENT_DIM = Dim("department", QT_TRANSLATE_NOOP("reports", "Department"), Department, Deal.department_id,
                     Department.name, QT_TRANSLATE_NOOP("reports", "(no department)"), (Department.name,))
