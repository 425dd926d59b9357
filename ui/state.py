"""Per-user UI state (geometry, header layouts), declared once. Layer: ``ui``.

Stored with ``QSettings`` in INI format in the user's profile (``UserScope``), never beside the
program (terminal servers, STYLE.md 2.7). With ``KARTOTEKA_HOME`` set (tests, portable demos) the
file is ``<KARTOTEKA_HOME>/config/ui.ini`` instead. Connection profiles and other non-UI options
live in :mod:`app.config`, not here.

Every key is declared below; :data:`STATE_VERSION` and :func:`_upgrade` carry renames forward.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QWidget

from app import config

ORGANIZATION = "Kartoteka"
APPLICATION = "Kartoteka CRM"

#: Bump with an entry in :func:`_upgrade` when a key changes meaning or name.
STATE_VERSION = 1

KEY_VERSION = "state/version"
KEY_MAIN_GEOMETRY = "ui.main_window/geometry"
KEY_MAIN_STATE = "ui.main_window/state"  #: toolbars and docks
KEY_MAIN_TAB = "ui.main_window/tab"  #: the tab shown last (ui.workspace.TAB_NAMES), shown at the next start
KEY_CLIENT_LIST_HEADER = "ui.client_list/header"  #: column widths and order


def settings() -> QSettings:
    """The UI state store (a new handle each call; QSettings handles are cheap and synchronised)."""
    if config.home() is not None:
        s = QSettings(str(config.config_dir() / "ui.ini"), QSettings.Format.IniFormat)
    else:
        s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    _upgrade(s)
    return s


def _upgrade(s: QSettings) -> None:
    """Bring an older state file up to :data:`STATE_VERSION` (nothing to migrate yet)."""
    version = int(s.value(KEY_VERSION, 0) or 0)
    if version < STATE_VERSION:
        s.setValue(KEY_VERSION, STATE_VERSION)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


def save_window(window: QMainWindow) -> None:
    s = settings()
    s.setValue(KEY_MAIN_GEOMETRY, window.saveGeometry())
    s.setValue(KEY_MAIN_STATE, window.saveState())
    s.sync()


def restore_window(window: QMainWindow) -> bool:
    """Restore geometry and toolbar state; False when nothing (usable) was saved."""
    s = settings()
    geometry = _bytes(s.value(KEY_MAIN_GEOMETRY))
    ok = geometry is not None and window.restoreGeometry(geometry)
    state = _bytes(s.value(KEY_MAIN_STATE))
    if state is not None:
        window.restoreState(state)
    return bool(ok)


def save_main_tab(name: str) -> None:
    settings().setValue(KEY_MAIN_TAB, name)


def load_main_tab() -> str | None:
    value = settings().value(KEY_MAIN_TAB)
    return value if isinstance(value, str) and value else None


def save_header(key: str, header: QHeaderView, columns: str) -> None:
    """Keep column widths/order; ``columns`` names the column set (e.g. the keys joined)."""
    s = settings()
    s.setValue(key, header.saveState())
    s.setValue(key + "_columns", columns)
    s.sync()


def restore_header(key: str, header: QHeaderView, columns: str) -> bool:
    """Restore a saved layout only for the same column set: a layout saved before a column was
    added or removed would put widths on the wrong columns, so it is dropped instead."""
    s = settings()
    state = _bytes(s.value(key))
    if state is None or s.value(key + "_columns") != columns:
        return False
    return header.restoreState(state)


def save_widget_geometry(key: str, widget: QWidget) -> None:
    s = settings()
    s.setValue(key, widget.saveGeometry())
    s.sync()


def restore_widget_geometry(key: str, widget: QWidget) -> bool:
    geometry = _bytes(settings().value(key))
    return geometry is not None and widget.restoreGeometry(geometry)


# ---------------------------------------------------------------------------------------------
# The client list: saved views (filters + columns + sort), the working view, column widths.
#
# Stored as JSON text under the keys below (one INI value each: readable, and free of QSettings'
# type guessing). A view refers to custom-field columns as ``cf:<field id>``; ids or columns the
# current database does not know are ignored when the view is applied, never an error.

KEY_CLIENT_LIST_VIEWS = "ui.client_list/views"  #: the user's saved views, a JSON list
KEY_CLIENT_LIST_CURRENT = "ui.client_list/current"  #: the working view at exit, JSON
KEY_CLIENT_LIST_WIDTHS = "ui.client_list/widths"  #: column key → width in pixels, JSON

#: The default of the "sleeping N days" filter (the spin box starts here).
DEFAULT_SLEEPING_DAYS = 60


@dataclass(frozen=True)
class ClientFilters:
    """The client list's quick filters as the user set them (``app``'s ListFilter is built from it)."""

    my: bool = False  #: only clients I am responsible for
    statuses: tuple[str, ...] = ()  #: empty: any status
    tag_id: int | None = None
    classifier_value_id: int | None = None
    sleeping: bool = False
    sleeping_days: int = DEFAULT_SLEEPING_DAYS  #: kept while ``sleeping`` is off, so the spin box remembers
    no_next_step: bool = False
    include_archived: bool = False

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["statuses"] = list(self.statuses)
        return d

    @classmethod
    def from_json(cls, d: Any) -> ClientFilters:
        if not isinstance(d, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        try:
            kw["statuses"] = tuple(str(x) for x in kw.get("statuses") or ())
            if kw.get("tag_id") is not None:
                kw["tag_id"] = int(kw["tag_id"])
            if kw.get("classifier_value_id") is not None:
                kw["classifier_value_id"] = int(kw["classifier_value_id"])
            kw["sleeping_days"] = max(1, int(kw.get("sleeping_days", DEFAULT_SLEEPING_DAYS)))
            for flag in ("my", "sleeping", "no_next_step", "include_archived"):
                kw[flag] = bool(kw.get(flag, False))
            return cls(**kw)
        except (TypeError, ValueError):
            return cls()


@dataclass(frozen=True)
class ClientListView:
    """A named view of the client list: filters, visible columns in order, sort.

    ``id`` is ``builtin:<name>`` for the views that come with the program and ``user:<name>`` for
    the user's own; ``columns`` empty means "keep the columns as they are" (built-in views).
    """

    id: str
    name: str
    filters: ClientFilters = ClientFilters()
    columns: tuple[str, ...] = ()
    sort: str = "name"
    desc: bool = False

    @property
    def is_builtin(self) -> bool:
        return self.id.startswith("builtin:")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "filters": self.filters.to_json(),
                "columns": list(self.columns), "sort": self.sort, "desc": self.desc}

    @classmethod
    def from_json(cls, d: Any) -> ClientListView | None:
        if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not isinstance(d.get("name"), str):
            return None
        cols = d.get("columns") or []
        return cls(d["id"], d["name"], ClientFilters.from_json(d.get("filters")),
                   tuple(str(c) for c in cols if isinstance(c, str)), str(d.get("sort") or "name"),
                   bool(d.get("desc", False)))


def load_json(key: str) -> Any:
    """A JSON value stored under ``key`` (None when absent or unreadable: callers fall back to defaults)."""
    raw = settings().value(key)
    if not isinstance(raw, str) or not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def save_json(key: str, value: Any) -> None:
    """Store ``value`` as JSON under ``key`` (written to disk at once: nothing lost on a crash)."""
    s = settings()
    s.setValue(key, json.dumps(value, ensure_ascii=False))
    s.sync()


def load_client_list_views() -> list[ClientListView]:
    """The user's saved views, in the order they were saved (unreadable entries skipped)."""
    data = load_json(KEY_CLIENT_LIST_VIEWS)
    views = [ClientListView.from_json(d) for d in data] if isinstance(data, list) else []
    return [v for v in views if v is not None and not v.is_builtin]


def save_client_list_views(views: list[ClientListView]) -> None:
    save_json(KEY_CLIENT_LIST_VIEWS, [v.to_json() for v in views if not v.is_builtin])


def load_current_client_list_view() -> ClientListView | None:
    """The working view at the last exit (the selected view with the user's later changes)."""
    return ClientListView.from_json(load_json(KEY_CLIENT_LIST_CURRENT))


def save_current_client_list_view(view: ClientListView) -> None:
    save_json(KEY_CLIENT_LIST_CURRENT, view.to_json())


def load_client_list_widths() -> dict[str, int]:
    data = load_json(KEY_CLIENT_LIST_WIDTHS)
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int) and v > 0}


def save_client_list_widths(widths: dict[str, int]) -> None:
    save_json(KEY_CLIENT_LIST_WIDTHS, {k: int(v) for k, v in widths.items() if v > 0})
