"""Column declarations for list models and how each kind of value is shown. Layer: ``ui``.

A list declares its columns as data (:class:`ColumnSpec`), in the same spirit as report columns
(STYLE.md 2.5-2.6): key of the row attribute, translatable title, kind, default width. The kind
decides formatting (locale-aware dates and money) and alignment (numbers to the right).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

Kind = Literal["text", "int", "decimal", "date", "datetime", "money", "status"]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a list: what to read from the row and how to show it."""

    key: str  #: attribute of the row dataclass (e.g. ``ClientRow.city``)
    title: str  #: QT_TRANSLATE_NOOP(<the model's context>, …); translated when shown
    kind: Kind = "text"
    width: int = 12  #: default width in average characters (the user's own widths are restored)
    #: stored code → QT_TRANSLATE_NOOP label, for coded values (status ``ACTIVE`` → "Active")
    choices: Mapping[str, str] | None = None
    #: stored code → ``#rrggbb`` of the dot drawn before the label (``status`` columns)
    colors: Mapping[str, str] | None = None
    #: the server-side sort key of this column (``app.clients.SORT_KEYS``); None: not sortable
    sort_key: str | None = None
    #: a custom-field column: the field's id (its value is not a row attribute; the list reads it)
    field_id: int | None = None
    #: the title is the user's own text (a custom field's label), shown as is, not translated
    literal_title: bool = False

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        return _RIGHT if self.kind in ("int", "decimal", "money") else _LEFT


def _four_digit_year(fmt: str) -> str:
    """Locale short formats often use ``yy``; a CRM spanning decades wants ``yyyy``."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class Formatter:
    """Turns raw values into display text for one locale (create once per model)."""

    def __init__(self, context: str, locale: QLocale | None = None) -> None:
        self.context = context
        self.locale = locale or QLocale()
        if self.locale.language() == QLocale.Language.C:
            # the "C" locale (no LANG: servers, CI) has "d M yy": show ISO dates instead
            self._date_fmt, self._time_fmt = "yyyy-MM-dd", "HH:mm"
        else:
            self._date_fmt = _four_digit_year(self.locale.dateFormat(QLocale.FormatType.ShortFormat))
            self._time_fmt = self.locale.timeFormat(QLocale.FormatType.ShortFormat)

    def sample(self, spec: ColumnSpec) -> str | None:
        """The widest usual text of a fixed-format column (for its default width), else None."""
        if spec.choices:
            return max((self.text(spec, code) for code in spec.choices), key=len, default=None)
        samples: dict[str, Any] = {
            "datetime": dt.datetime(2026, 12, 28, 23, 58),
            "date": dt.date(2026, 12, 28),
            "money": Decimal("8888888.88"),
            "int": 888888,
        }
        return self.text(spec, samples[spec.kind]) if spec.kind in samples else None

    def text(self, spec: ColumnSpec, value: Any) -> str:
        if value is None:
            return ""
        if spec.choices is not None:
            label = spec.choices.get(value)
            return QCoreApplication.translate(self.context, label) if label else str(value)
        kind = spec.kind
        if kind == "money":
            return self.locale.toString(float(value) if isinstance(value, Decimal) else value, "f", 2)
        if kind == "int":
            return self.locale.toString(int(value))
        if kind == "decimal" and isinstance(value, (Decimal, int, float)):
            d = Decimal(value).normalize() if not isinstance(value, float) else Decimal(str(value)).normalize()
            places = max(0, -d.as_tuple().exponent) if isinstance(d.as_tuple().exponent, int) else 0
            return self.locale.toString(float(d), "f", places)
        if kind == "date" and isinstance(value, dt.date):
            return self.locale.toString(QDate(value.year, value.month, value.day), self._date_fmt)
        if kind == "datetime" and isinstance(value, dt.datetime):
            d = self.locale.toString(QDate(value.year, value.month, value.day), self._date_fmt)
            t = self.locale.toString(QTime(value.hour, value.minute), self._time_fmt)
            return f"{d} {t}"
        if kind == "datetime" and isinstance(value, dt.date):
            return self.locale.toString(QDate(value.year, value.month, value.day), self._date_fmt)
        return str(value)
