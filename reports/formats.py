"""Value → display text and → XLSX number format: one table for every renderer. Layer: ``reports``.

The separators follow the report language (:func:`set_language`, set by the GUI from its
translator and by the CLI from ``--lang``): Russian prints ``1 234 567,89`` and ``25,0 %``,
English ``1,234,567.89`` and ``25.0%``. Dates follow the language too: Russian ``31.01.2026``,
English ``31 Jan 2026`` (month names from a fixed table, never the C library's locale, and never
the ambiguous 01/02). XLSX cells keep real numbers and dates; only their number format comes from
here (:func:`xlsx_format`). Money names its currency in the column title or per row
(:func:`money_title`).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reports.spec import NUMERIC_FORMATS

_lang = "en"

#: fmt -> openpyxl number_format
XLSX_FORMATS: dict[str, str] = {
    "int": "#,##0",
    "number": "#,##0.##",
    "money": "#,##0.00",
    "percent": "0.0%",
    "days": "0.0",
    "date": "DD.MM.YYYY",
    "datetime": "DD.MM.YYYY HH:MM",
}


#: English dates (the XLSX formats of the English report)
XLSX_FORMATS_EN: dict[str, str] = {**XLSX_FORMATS, "date": "D MMM YYYY", "datetime": "D MMM YYYY HH:MM"}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def xlsx_format(fmt: str) -> str | None:
    """The XLSX number format of ``fmt`` in the report language (None: General)."""
    return (XLSX_FORMATS if _lang == "ru" else XLSX_FORMATS_EN).get(fmt)


def date_text(d: dt.date) -> str:
    """``31.01.2026`` (Russian) or ``31 Jan 2026`` (English)."""
    if _lang == "ru":
        return d.strftime("%d.%m.%Y")
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def set_language(lang: str) -> None:
    """"ru" or "en" (anything else counts as English)."""
    global _lang
    _lang = "ru" if (lang or "").lower().startswith("ru") else "en"


def language() -> str:
    return _lang


def is_numeric(fmt: str) -> bool:
    return fmt in NUMERIC_FORMATS


def _group(text: str) -> str:
    """Thousands grouping of an already formatted English number, then the language's separators."""
    if _lang == "ru":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def display(value: Any, fmt: str) -> str:
    """Text for the screen and the PDF; None is an empty cell."""
    if value is None or value == "":
        return ""
    try:
        if fmt == "int":
            return _group(f"{int(round(float(value))):,}")
        if fmt == "money":
            return _group(f"{Decimal(str(value)).quantize(Decimal('0.01')):,}")
        if fmt == "number":
            v = float(value)
            return _group(f"{v:,.0f}") if v == int(v) else _group(f"{v:,.2f}")
        if fmt == "percent":
            text = f"{float(value) * 100:.1f}"
            return (text.replace(".", ",") + "\u00a0%") if _lang == "ru" else text + "%"
        if fmt == "days":
            text = f"{float(value):.1f}"
            return text.replace(".", ",") if _lang == "ru" else text
        if fmt == "date":
            d = value.date() if isinstance(value, dt.datetime) else value
            return date_text(d)
        if fmt == "datetime":
            if isinstance(value, dt.datetime):
                return f"{date_text(value.date())} {value.strftime('%H:%M')}"
            return date_text(value)
    except (TypeError, ValueError, ArithmeticError, AttributeError):
        return str(value)
    return str(value)


def xlsx_value(value: Any, fmt: str) -> Any:
    """The cell value: numbers as numbers (Decimal → float for money is exact to the cent at
    these magnitudes), dates as dates, text as text."""
    if value is None:
        return None
    if fmt in ("int",):
        return int(value)
    if fmt in ("money", "number", "percent", "days"):
        return float(value)
    if fmt == "date" and isinstance(value, dt.datetime):
        return value.date()
    return value


def align_right(fmt: str) -> bool:
    return fmt in NUMERIC_FORMATS
