"""Columns the client list can show: the built-in ones and one per client custom field. Layer: ``ui``.

Keys of built-in columns are :class:`app.clients.ClientRow` fields; a custom-field column's key is
``cf:<field id>`` (saved views refer to columns by these keys). ``sort_key`` names the server-side
sort of a column (``app.clients.SORT_KEYS``); columns without one are not sortable.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import fields
from decimal import Decimal, InvalidOperation
from typing import Any

from app import clients
from app.custom_fields import FieldDef
from app.i18n import QT_TRANSLATE_NOOP

from ui.models.columns import ColumnSpec, Kind

#: Translation context of the column titles and coded values below.
CONTEXT = "ClientListWidget"

STATUS_LABELS = {
    "POTENTIAL": QT_TRANSLATE_NOOP("ClientListWidget", "Potential"),
    "ACTIVE": QT_TRANSLATE_NOOP("ClientListWidget", "Active"),
    "REGULAR": QT_TRANSLATE_NOOP("ClientListWidget", "Regular"),
    "LOST": QT_TRANSLATE_NOOP("ClientListWidget", "Lost"),
}
STATUS_COLORS = {"POTENTIAL": "#90A4AE", "ACTIVE": "#43A047", "REGULAR": "#1E88E5", "LOST": "#E53935"}
KIND_LABELS = {
    "COMPANY": QT_TRANSLATE_NOOP("ClientListWidget", "Company"),
    "PERSON": QT_TRANSLATE_NOOP("ClientListWidget", "Person"),
}

_SORTABLE = set(clients.SORT_KEYS)


def _sortable(key: str) -> str | None:
    return key if key in _SORTABLE else None


def _c(key: str, title: str, kind: Kind = "text", width: int = 12, **kw: Any) -> ColumnSpec:
    return ColumnSpec(key, title, kind, width, sort_key=_sortable(key), **kw)


#: Built-in columns in their default order; keys are :class:`app.clients.ClientRow` fields.
_BUILTIN: tuple[ColumnSpec, ...] = (
    _c("name", QT_TRANSLATE_NOOP("ClientListWidget", "Name"), width=32),
    _c("status", QT_TRANSLATE_NOOP("ClientListWidget", "Status"), "status", 11,
       choices=STATUS_LABELS, colors=STATUS_COLORS),
    _c("kind", QT_TRANSLATE_NOOP("ClientListWidget", "Type"), width=9, choices=KIND_LABELS),
    _c("responsible", QT_TRANSLATE_NOOP("ClientListWidget", "Responsible"), width=25),
    _c("city", QT_TRANSLATE_NOOP("ClientListWidget", "City"), width=14),
    _c("phone", QT_TRANSLATE_NOOP("ClientListWidget", "Phone"), width=19),
    _c("email", QT_TRANSLATE_NOOP("ClientListWidget", "E-mail"), width=26),
    _c("last_contact_at", QT_TRANSLATE_NOOP("ClientListWidget", "Last contact"), "datetime", 16),
    _c("next_step_at", QT_TRANSLATE_NOOP("ClientListWidget", "Next step on"), "datetime", 16),
    _c("next_step", QT_TRANSLATE_NOOP("ClientListWidget", "Next step"), width=26),
    _c("tags", QT_TRANSLATE_NOOP("ClientListWidget", "Tags"), width=14),
    _c("open_deals_amount", QT_TRANSLATE_NOOP("ClientListWidget", "Open deals"), "money", 14),
    _c("created_at", QT_TRANSLATE_NOOP("ClientListWidget", "Created"), "datetime", 16),
)

_ROW_FIELDS = {f.name for f in fields(clients.ClientRow)}

#: The built-in columns this version's rows carry (``created_at`` appears once ``ClientRow`` has it).
COLUMNS: tuple[ColumnSpec, ...] = tuple(c for c in _BUILTIN if c.key in _ROW_FIELDS)

#: What a new user sees (and "Restore defaults" brings back).
DEFAULT_VISIBLE: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.key != "created_at")

_KINDS: dict[str, Kind] = {"NUMBER": "decimal", "DATE": "date"}


def custom_key(field_id: int) -> str:
    return f"cf:{int(field_id)}"


def custom_column(fd: FieldDef) -> ColumnSpec:
    """The list column of a client custom field (not sortable: the server sorts by fixed keys)."""
    return ColumnSpec(custom_key(fd.id or 0), fd.label, _KINDS.get(fd.kind, "text"), 16, field_id=fd.id,
                      literal_title=True)


def all_columns(defs: list[FieldDef] | tuple[FieldDef, ...] = ()) -> tuple[ColumnSpec, ...]:
    """Built-in columns, then one per custom field (in the fields' own order)."""
    return COLUMNS + tuple(custom_column(fd) for fd in defs if fd.id is not None)


def custom_value(spec: ColumnSpec, text: Any) -> Any:
    """The typed value of a custom-field cell (the page carries them as text)."""
    if text is None or spec.kind == "text":
        return text
    try:
        if spec.kind == "decimal":
            return Decimal(str(text))
        if spec.kind == "date":
            return dt.date.fromisoformat(str(text)[:10])
    except (InvalidOperation, ValueError):
        return text
    return text
