"""The funnel board (kanban) and the deal list: reads, moves of several cards, the Excel export.

Layer: ``app`` (pure Python). Reads go through the read channel's prepared statements
(:mod:`db.queries.deal_board`): a whole board is **one** statement, a list page is one statement.
Writes are delegated to :mod:`app.deals` (entry rules, lost reasons, optimistic locking live there);
this module only adds what the board needs on top: moving several cards in one job and reporting,
card by card, what could not move.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app import deals
from app.changes import Changes
from app.context import AppContext
from app.deals import FunnelInfo, StageInfo
from app.errors import ConnectionFailed, UserError, from_driver
from app.i18n import translate
from db.queries import deal_board as q
from db.queries.deal_board import CARD_LIMIT, PAGE_SIZE, PageKey

_CTX = "app.board"

#: The board's and the list's filters (see :class:`db.queries.deal_board.DealFilter`).
DealListFilter = q.DealFilter


@dataclass(frozen=True)
class BoardFilter(q.DealFilter):
    """The board's filters: the list's, with won/lost columns limited to the last 30 days by default."""

    closed_days: int | None = 30


#: list sort keys the UI may offer (column key → server sort)
SORT_KEYS = tuple(q.SORTS)

Progress = Callable[[int, int, str], None]

#: errors that stop a batch of moves at once (nothing further can work)
_FATAL = (ConnectionFailed,)


@dataclass(frozen=True)
class BoardCard:
    """One card of a board column."""

    id: int
    version: int
    title: str
    client_id: int
    client_name: str
    amount: Decimal
    currency: str
    responsible: str | None
    days_in_stage: int
    next_task: str | None
    next_task_due: dt.datetime | None
    last_activity: dt.datetime
    idle_days: int  #: whole days since the last activity
    rotting: bool  #: open, the stage rots after N days, and no activity for at least N days
    stage_id: int


@dataclass
class BoardColumn:
    stage: StageInfo
    count: int = 0  #: deals in the stage matching the filters (may exceed len(cards))
    amount: Decimal = Decimal(0)  #: their amounts summed (currencies are not converted)
    cards: list[BoardCard] = field(default_factory=list)  #: at most the board's card limit

    @property
    def truncated(self) -> bool:
        return self.count > len(self.cards)


@dataclass
class Board:
    funnel: FunnelInfo
    columns: list[BoardColumn]  #: one per stage, in stage order (also the empty ones)
    card_limit: int = CARD_LIMIT

    def column_of(self, stage_id: int) -> BoardColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)


@dataclass(frozen=True)
class DealRow:
    """One row of the deal list."""

    id: int
    version: int
    title: str
    client_id: int
    client_name: str
    funnel: str
    stage_id: int
    stage: str
    stage_color: str | None
    outcome: str
    amount: Decimal
    currency: str
    expected_close: dt.date | None
    responsible: str | None
    created_at: dt.datetime
    closed_at: dt.datetime | None
    days_in_stage: int
    lost_reason: str | None


@dataclass(frozen=True)
class DealPage:
    rows: list[DealRow]
    next_key: PageKey | None  #: None when this was the last page


@dataclass(frozen=True)
class BoardChoices:
    """What the board's and the list's filter bars offer, loaded once per connection."""

    my_user_id: int | None
    users: list[tuple[int, str]]  #: active CRM users (and me), by name; only me for a login of scope OWN
    tags: list[tuple[int, str, str | None]]  #: (id, name, colour)
    funnels: list[FunnelInfo]
    lost_reasons: list[tuple[int, str]]

    def default_funnel(self) -> FunnelInfo | None:
        return next((f for f in self.funnels if f.is_default), self.funnels[0] if self.funnels else None)

    def funnel(self, funnel_id: int | None) -> FunnelInfo | None:
        return next((f for f in self.funnels if f.id == funnel_id), None)


@dataclass(frozen=True)
class MoveFailure:
    deal_id: int
    title: str
    message: str
    field: str | None = None  #: ValidationError's field ("lost_reason_id": a reason is needed)


@dataclass(frozen=True)
class MoveResult:
    """What :func:`move_cards` did: the deals moved, those refused (with the reason), the changes."""

    moved: list[int]
    failed: list[MoveFailure]
    changes: Changes


# ---------------------------------------------------------------------------------------------
# Reads


def _read(ctx: AppContext, fn, *args):
    try:
        return fn(ctx.reader, *args)
    except UserError:
        raise
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def board_choices(ctx: AppContext) -> BoardChoices:
    """Users (and which one is me), tags, lost reasons and my scope in one read, funnels with
    stages in a second (two round trips warm).

    A login that sees only its own deals (scope OWN, the managers) is offered only itself as a
    manager: filtering by a colleague could only ever show an empty board.
    """
    users: list[tuple[int, str]] = []
    tags: list[tuple[int, str, str | None]] = []
    reasons: list[tuple[int, str]] = []
    me = scope = None
    for kind, rid, name, extra, _order in _read(ctx, q.choices):
        if kind == "U":
            users.append((rid, name))
            if extra == "1":
                me = rid
        elif kind == "T":
            tags.append((rid, name, extra.strip() if extra else None))
        elif kind == "R":
            reasons.append((rid, name))
        else:  # "S"
            scope = (name or "").strip()
    if me is not None and scope == "OWN":
        users = [u for u in users if u[0] == me]
    return BoardChoices(me, users, tags, deals.funnels_with_stages(ctx), reasons)


def _funnel(ctx: AppContext, funnel_id: int) -> FunnelInfo:
    funnel = next((f for f in deals.funnels_with_stages(ctx) if f.id == funnel_id), None)
    if funnel is None:
        raise UserError(translate("app.board", "This funnel no longer exists or is no longer active."))
    return funnel


def board(ctx: AppContext, funnel_id: int, f: BoardFilter | None = None, *, funnel: FunnelInfo | None = None,
          limit: int = CARD_LIMIT) -> Board:
    """The board of one funnel: every stage as a column with the count and sum of its deals and
    its first ``limit`` cards (newest in the stage first). One statement; ``funnel`` (the caller's
    cached FunnelInfo) saves the read of the funnels."""
    f = f if f is not None else BoardFilter()
    funnel = funnel if funnel is not None and funnel.id == funnel_id else _funnel(ctx, funnel_id)
    columns = {s.id: BoardColumn(s) for s in funnel.stages}
    for r in _read(ctx, q.board_rows, funnel_id, f, limit):
        col = columns.get(r[0])
        if col is None:  # a stage added since the funnel was read: the next refresh shows it
            continue
        col.count, col.amount = int(r[1]), r[2] if r[2] is not None else Decimal(0)
        (did, ver, title, cid, cname, amount, cur, resp, days, nt, ntdue, last, idle, rot) = r[3:]
        col.cards.append(BoardCard(did, ver, title, cid, cname, amount, (cur or "").strip(), resp, int(days or 0),
                                   nt, ntdue, last, int(idle or 0), bool(rot), r[0]))
    return Board(funnel, [columns[s.id] for s in funnel.stages], limit)


def _row(r: tuple) -> DealRow:
    vals = list(r[: len(q.LIST_COLUMNS)])
    vals[11] = (vals[11] or "").strip()  # CHAR(3)-ish currency
    vals[8] = vals[8].strip() if vals[8] else None
    return DealRow(*vals)


def deal_page(ctx: AppContext, f: DealListFilter | None = None, sort: str = "created_at", desc: bool = True,
              after: PageKey | None = None) -> DealPage:
    """One page (``PAGE_SIZE`` rows) of the deal list. Pass the previous page's ``next_key`` as
    ``after`` with the same filter and sort. Unknown sorts fall back to ``created_at``."""
    if sort not in q.SORTS:
        sort = "created_at"
    raw, next_key = _read(ctx, q.page, after, f or DealListFilter(), sort, desc)
    return DealPage([_row(r) for r in raw], next_key)


# ---------------------------------------------------------------------------------------------
# Moves


def _each_card(cards: Sequence[tuple[int, int | None, str]], step) -> MoveResult:
    """``step(deal_id, version)`` for every card, each on its own; refusals are collected in
    ``failed`` (with the field of a ValidationError), a connection loss is raised at once."""
    moved: list[int] = []
    failed: list[MoveFailure] = []
    changes = Changes()
    for deal_id, version, title in cards:
        try:
            saved = step(deal_id, version)
        except UserError as exc:
            if isinstance(exc, _FATAL):
                raise
            failed.append(MoveFailure(deal_id, title, str(exc), getattr(exc, "field", None)))
        else:
            moved.append(deal_id)
            changes = changes | saved.changes
    return MoveResult(moved, failed, changes)


def move_cards(ctx: AppContext, cards: Sequence[tuple[int, int | None, str]], to_stage_id: int) -> MoveResult:
    """Move cards ``(deal id, version seen, title)`` to ``to_stage_id``, each in its own transaction.

    A card refused (entry rule, lost stage without a reason, changed by someone else, no right)
    is reported in ``failed`` with the message and the others still move; a connection loss
    stops at once (raised).
    """
    return _each_card(cards, lambda deal_id, version: deals.move_deal_stage(ctx, deal_id, to_stage_id, version))


def close_cards_won(ctx: AppContext, cards: Sequence[tuple[int, int | None, str]]) -> MoveResult:
    """Close each deal ``(id, version seen, title)`` as won (its funnel's won stage); see :func:`move_cards`."""
    return _each_card(cards, lambda deal_id, version: deals.close_deal_won(ctx, deal_id, version))


def close_lost(ctx: AppContext, deal_ids: Sequence[int], reason_id: int, comment: str | None) -> Changes:
    """Close the deals as lost with a reason, all or nothing (:func:`app.deals.close_deals_lost`)."""
    return deals.close_deals_lost(ctx, list(deal_ids), reason_id, comment)


# ---------------------------------------------------------------------------------------------
# Export

#: (row attribute, column title, kind) of the exported sheet
EXPORT_COLUMNS = (
    ("id", "ID", "int"),
    ("title", "Deal", "text"),
    ("client_name", "Client", "text"),
    ("funnel", "Funnel", "text"),
    ("stage", "Stage", "text"),
    ("outcome", "Outcome", "text"),
    ("amount", "Amount", "money"),
    ("currency", "Currency", "text"),
    ("expected_close", "Expected close", "date"),
    ("responsible", "Responsible", "text"),
    ("created_at", "Created", "datetime"),
    ("closed_at", "Closed", "datetime"),
    ("days_in_stage", "Days in stage", "int"),
    ("lost_reason", "Lost reason", "text"),
)

def export_titles() -> list[str]:
    """The exported column titles in the user's language."""
    words = {
        "ID": translate("app.board", "ID"), "Deal": translate("app.board", "Deal"), "Client": translate("app.board", "Client"),
        "Funnel": translate("app.board", "Funnel"), "Stage": translate("app.board", "Stage"),
        "Outcome": translate("app.board", "Outcome"), "Amount": translate("app.board", "Amount"),
        "Currency": translate("app.board", "Currency"), "Expected close": translate("app.board", "Expected close"),
        "Responsible": translate("app.board", "Responsible"), "Created": translate("app.board", "Created"),
        "Closed": translate("app.board", "Closed"), "Days in stage": translate("app.board", "Days in stage"),
        "Lost reason": translate("app.board", "Lost reason"),
    }
    return [words[t] for _, t, _ in EXPORT_COLUMNS]


def outcome_label(code: str) -> str:
    return {"OPEN": translate("app.board", "Open"), "WON": translate("app.board", "Won"),
            "LOST": translate("app.board", "Lost")}.get(code, code)


#: rows per fetch and per progress call of the export
EXPORT_BATCH = 1000

_FORMATS = {"money": "#,##0.00", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "int": "0"}


def export_deals_xlsx(ctx: AppContext, f: DealListFilter | None, path: str | Path, progress: Progress | None = None,
                      *, sort: str = "created_at", desc: bool = True) -> int:
    """Write every deal matching ``f`` (in the list's order) to an .xlsx file; returns the row count.

    One statement streamed from its cursor (one sort at most, none in the default order, which
    walks an index) into openpyxl's write-only mode: constant memory, FIREBIRD.md §6. Amounts are
    numbers with a money format, dates and times are real dates; values are plain (one reused
    cell per column carries its format, :mod:`app.xlsx_rows`). ``progress(done, total, what)``
    every :data:`EXPORT_BATCH` rows (``total`` 0: unknown). A file that cannot be written raises a UserError
    naming it.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from app.xlsx_rows import styled_rows

    if sort not in q.SORTS:
        sort = "created_at"
    path = Path(path)
    try:  # fail before reading a single row when the place cannot be written
        path.open("ab").close()
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("app.board", "Deals")[:31])
    widths = {"text": 28, "money": 16, "date": 14, "datetime": 18, "int": 10}
    for i, (_, _, kind) in enumerate(EXPORT_COLUMNS):
        ws.column_dimensions[chr(ord("A") + i)].width = widths[kind]
    fast = styled_rows(ws, [_FORMATS.get(kind) for _, _, kind in EXPORT_COLUMNS])
    bold = Font(bold=True)
    header = []
    for title in export_titles():
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    ws.freeze_panes = "A2"
    index = {name: i for i, name in enumerate(q.LIST_COLUMNS)}
    picks = [(index[attr], kind, attr == "outcome", attr == "currency") for attr, _, kind in EXPORT_COLUMNS]
    labels = {code: outcome_label(code) for code in q.OUTCOMES}
    written = 0
    batches = _read(ctx, q.all_rows, f or DealListFilter(), sort, desc, EXPORT_BATCH)
    try:
        for batch in _guarded(ctx, batches):
            for r in batch:
                out = []
                for i, kind, is_outcome, is_currency in picks:
                    value = r[i]
                    if value is None:
                        pass
                    elif is_outcome:
                        value = labels.get(value, value)
                    elif is_currency:
                        value = value.strip()
                    elif kind == "money":
                        value = float(value)  # a number in Excel (Decimal is written as text by some readers)
                    out.append(value)
                if not fast:
                    out = [_styled_cell(ws, v, kind) for v, (_, kind, _, _) in zip(out, picks, strict=True)]
                ws.append(out)
            written += len(batch)
            if progress is not None:
                progress(written, 0, translate("app.board", "{n} deals written").format(n=written))
    finally:
        batches.close()
    try:
        wb.save(path)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    return written


def _guarded(ctx: AppContext, batches):
    """The batches of a streamed read with driver errors translated like :func:`_read`'s."""
    it = iter(batches)
    while True:
        try:
            batch = next(it)
        except StopIteration:
            return
        except UserError:
            raise
        except Exception as exc:
            raise from_driver(exc, ctx.info.target, connecting=False) from exc
        yield batch


def _styled_cell(ws, value, kind: str):
    """A formatted cell for an openpyxl without the fast row path (see app.xlsx_rows)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    if kind in _FORMATS and value is not None:
        cell.number_format = _FORMATS[kind]
    return cell


def _unwritable(path: Path, exc: OSError) -> UserError:
    return UserError(translate("app.board", "Could not write the file {path}: {why}").format(
        path=str(path), why=exc.strerror or str(exc)))

__all__ = [
    "Board", "BoardCard", "BoardChoices", "BoardColumn", "BoardFilter", "DealListFilter", "DealPage", "DealRow",
    "MoveFailure", "MoveResult", "PAGE_SIZE", "PageKey", "board", "board_choices", "close_cards_won", "close_lost",
    "deal_page", "export_deals_xlsx", "move_cards",
]
