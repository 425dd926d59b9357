"""What the funnel board and the deal list remember between starts. Layer: ``ui``.

Stored in the per-user UI state file (:func:`ui.state.settings`, QSettings INI in the user's
profile or ``<KARTOTEKA_HOME>/config/ui.ini``) as JSON text, one value per key:

* ``ui.funnel_board/<scope>``: the board's funnel and filters (my deals, manager, period, tag).
* ``ui.deal_list/<scope>``: the list's funnel, outcome and the same filters.
* ``ui.deal_list/sort``: the list's sort key and direction (per OS user, any database).
* ``ui.deal_list/header`` (+ ``_columns``): the header's ``saveState`` (widths, order, hidden
  columns), used only for the same column set; ``ui.deal_list/columns`` (shown keys left to right)
  and ``ui.deal_list/widths`` (key → pixels) carry the choice over when the column set changed.

``<scope>`` names the database *and* the login (:func:`scope_key`): funnel, manager and tag ids mean
something only in one database, and two logins on one workstation keep their own boards. The
search text is never stored. Loading never fails: unreadable values give the defaults, and ids the
database no longer has are dropped by the screens when they apply the choices.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ui.boards.deal_filter_bar import PRESETS, DealFilterState

# the state file's JSON values, read and written as the client list's are (unreadable = None)
from ui.state import load_json, save_json

KEY_BOARD = "ui.funnel_board/"  #: + scope
KEY_LIST = "ui.deal_list/"  #: + scope
KEY_LIST_SORT = "ui.deal_list/sort"
KEY_LIST_HEADER = "ui.deal_list/header"  #: QHeaderView.saveState (ui.state.save_header)
KEY_LIST_COLUMNS = "ui.deal_list/columns"
KEY_LIST_WIDTHS = "ui.deal_list/widths"

OUTCOMES = ("OPEN", "WON", "LOST", None)
PERIOD_FIELDS = ("created", "expected_close")


def scope_key(target: str, user: str) -> str:
    """A short, settings-safe name for "this database, this login" (no ``/`` or ``:`` in it)."""
    raw = f"{target.strip()}|{(user or '').strip().upper()}"
    return "db_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def connection_scope(ctx) -> str:
    """Worker side: the scope of the open database (reads nothing from the server)."""
    return scope_key(ctx.info.target, ctx.info.user)


# --- filters ---------------------------------------------------------------------------------
def filters_to_json(s: DealFilterState) -> dict[str, Any]:
    """The filter bar's state without the search text."""
    return {"my": s.my, "manager_id": s.manager_id, "period_field": s.period_field, "preset": s.preset,
            "date_from": s.date_from.isoformat() if s.date_from else None,
            "date_to": s.date_to.isoformat() if s.date_to else None, "tag_id": s.tag_id}


def filters_from_json(d: Any) -> DealFilterState:
    """Inverse of :func:`filters_to_json`; anything unreadable becomes its default."""
    if not isinstance(d, dict):
        return DealFilterState()
    default = DealFilterState()
    preset = d.get("preset") if d.get("preset") in PRESETS else default.preset
    date_from, date_to = _date(d.get("date_from")), _date(d.get("date_to"))
    if preset == "custom" and (date_from is None or date_to is None or date_to < date_from):
        preset, date_from, date_to = default.preset, None, None
    return DealFilterState(
        my=d.get("my") is True,
        manager_id=_id(d.get("manager_id")),
        period_field=d.get("period_field") if d.get("period_field") in PERIOD_FIELDS else default.period_field,
        preset=preset, date_from=date_from, date_to=date_to,
        tag_id=_id(d.get("tag_id")),
    )


def _id(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# --- the board ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BoardState:
    funnel_id: int | None = None
    filters: DealFilterState = DealFilterState()


def load_board(scope: str) -> BoardState:
    d = load_json(KEY_BOARD + scope)
    if not isinstance(d, dict):
        return BoardState()
    return BoardState(_id(d.get("funnel_id")), filters_from_json(d.get("filters")))


def save_board(scope: str, funnel_id: int | None, filters: DealFilterState) -> None:
    save_json(KEY_BOARD + scope, {"funnel_id": funnel_id, "filters": filters_to_json(filters)})


# --- the deal list -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ListState:
    funnel_id: int | None = None  #: None: all funnels
    outcome: str | None = "OPEN"  #: None: all deals
    filters: DealFilterState = DealFilterState()


def load_list(scope: str) -> ListState:
    d = load_json(KEY_LIST + scope)
    if not isinstance(d, dict):
        return ListState()
    outcome = d.get("outcome") if d.get("outcome") in OUTCOMES else ListState.outcome
    return ListState(_id(d.get("funnel_id")), outcome, filters_from_json(d.get("filters")))


def save_list(scope: str, value: ListState) -> None:
    save_json(KEY_LIST + scope, {"funnel_id": value.funnel_id, "outcome": value.outcome,
                                  "filters": filters_to_json(value.filters)})


def load_list_sort(known: tuple[str, ...] | list[str]) -> tuple[str, bool] | None:
    """The saved (sort key, descending) if the key is still one of ``known``."""
    d = load_json(KEY_LIST_SORT)
    if isinstance(d, dict) and d.get("sort") in known:
        return str(d["sort"]), d.get("desc") is True
    return None


def save_list_sort(sort: str, desc: bool) -> None:
    save_json(KEY_LIST_SORT, {"sort": sort, "desc": bool(desc)})


@dataclass
class ListColumns:
    """The list's shown columns (keys, left to right) and their widths; empty: not saved."""

    columns: list[str] = field(default_factory=list)
    widths: dict[str, int] = field(default_factory=dict)


def load_list_columns() -> ListColumns:
    cols = load_json(KEY_LIST_COLUMNS)
    widths = load_json(KEY_LIST_WIDTHS)
    return ListColumns(
        [c for c in cols if isinstance(c, str)] if isinstance(cols, list) else [],
        {str(k): v for k, v in widths.items() if isinstance(v, int) and not isinstance(v, bool) and v > 0}
        if isinstance(widths, dict) else {},
    )


def save_list_columns(value: ListColumns) -> None:
    save_json(KEY_LIST_COLUMNS, list(value.columns))
    save_json(KEY_LIST_WIDTHS, {k: int(v) for k, v in value.widths.items() if v > 0})
