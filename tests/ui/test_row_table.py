"""The generic lazy RowTableModel: Qt's model contract, paging, refresh, formatting."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from app.errors import UserError

from ui.models.columns import ColumnSpec
from ui.models.row_table import RAW_VALUE_ROLE, ROW_ID_ROLE, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    status: str
    amount: Decimal | None
    seen: dt.datetime | None


COLUMNS = (
    ColumnSpec("name", "Name"),
    ColumnSpec("status", "Status", "status", choices={"A": "Active", "L": "Lost"}, colors={"A": "#00ff00"}),
    ColumnSpec("amount", "Amount", "money"),
    ColumnSpec("seen", "Seen", "datetime"),
)

ROWS = [Row(i, f"Row {i}", "A" if i % 2 else "L", Decimal("1234.5") if i % 3 else None,
            dt.datetime(2024, 5, 17, 14, 30) if i % 2 else None) for i in range(25)]


class PagedSource:
    """A fetch function over ROWS, 10 per page; ``sync`` answers inside fetchMore, else on demand."""

    def __init__(self, sync: bool = True, page: int = 10):
        self.sync, self.page, self.calls, self.waiting = sync, page, [], []

    def __call__(self, after, on_page, on_error):
        self.calls.append(after)
        start = after or 0
        rows = ROWS[start:start + self.page]
        nxt = start + self.page if start + self.page < len(ROWS) else None
        if self.sync:
            on_page(rows, nxt)
        else:
            self.waiting.append(lambda: on_page(rows, nxt))

    def answer(self):
        self.waiting.pop(0)()


def test_qt_model_contract_while_paging(qtmodeltester):
    model = RowTableModel(COLUMNS, PagedSource(), context="test")
    model.refresh()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    assert model.rowCount() == 25


def test_qt_model_contract_on_the_real_client_list(main_window, qtmodeltester, qtbot):
    model = main_window.client_list.model
    qtbot.waitUntil(lambda: not model.is_loading)
    qtmodeltester.check(model)


def test_one_request_in_flight_and_only_on_demand():
    src = PagedSource(sync=False)
    model = RowTableModel(COLUMNS, src, context="test")
    assert not model.canFetchMore()  # nothing before refresh()
    model.refresh()
    assert src.calls == [None] and model.is_loading and not model.canFetchMore()
    model.fetchMore()
    assert src.calls == [None]
    src.answer()
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert src.calls == [None, 10]


def test_refresh_drops_answers_to_older_requests():
    src = PagedSource(sync=False)
    model = RowTableModel(COLUMNS, src, context="test")
    model.refresh()
    model.refresh()
    src.answer()  # the first, stale answer
    assert model.rowCount() == 0 and model.is_loading
    src.answer()
    assert model.rowCount() == 10


def test_errors_stop_fetching_until_refresh():
    failures: list = []

    def broken(after, on_page, on_error):
        on_error(UserError("down"))

    model = RowTableModel(COLUMNS, broken, context="test")
    model.row_table_did_fail.connect(failures.append)
    model.refresh()
    assert [str(e) for e in failures] == ["down"]
    assert not model.canFetchMore() and not model.is_loading


def test_display_alignment_and_roles():
    model = RowTableModel(COLUMNS, PagedSource(), context="test")
    model.refresh()
    idx = model.index(1, 1)
    assert model.data(idx) == "Active"  # a word, not the code
    assert model.data(idx, RAW_VALUE_ROLE) == "A"
    assert model.data(idx, ROW_ID_ROLE) == 1
    assert model.data(idx, Qt.ItemDataRole.DecorationRole) is not None
    money = model.index(1, 2)
    assert model.data(money).replace("\u00a0", "").replace(",", "").replace(" ", "") in ("1234.50", "123450")
    assert model.data(money, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 2)) == ""  # NULL shows empty
    assert "2024" in model.data(model.index(1, 3)) and "30" in model.data(model.index(1, 3))
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"
    assert model.data(QModelIndex()) is None
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()
