"""The deal list on the demo database: a sound model, server sort by column title, outcome filter,
several deals closed as lost at once, Enter opens, the export writes what the list shows."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app import board as app_board
from tests.ui.helpers import call_app, deal_row, open_db, sql


@pytest.fixture
def dl(gui, demo_db, recorder, qtbot):
    from ui.lists.deal_list import DealListWidget
    from ui.refresh import Refresher

    open_db(qtbot, demo_db)
    refresher = Refresher()
    w = DealListWidget(refresher=refresher)
    w._test_refresher = refresher
    qtbot.addWidget(w)
    w.resize(1400, 700)
    w.show()
    w.set_connected(True)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 and not w.model.is_loading, timeout=20000)
    yield w
    w.set_connected(False)


def wait_loaded(dl, qtbot):
    qtbot.waitUntil(lambda: not dl.model.is_loading, timeout=20000)
    qtbot.waitUntil(lambda: not dl._reload_timer.isActive(), timeout=20000)
    qtbot.waitUntil(lambda: not dl.model.is_loading, timeout=20000)


def load_all(dl, qtbot) -> list[app_board.DealRow]:
    wait_loaded(dl, qtbot)
    while dl.model.canFetchMore():
        dl.model.fetchMore()
        wait_loaded(dl, qtbot)
    return [dl.model.row_at(r) for r in range(dl.model.rowCount())]


def test_model_is_sound_and_shows_open_deals(dl, qtbot, qtmodeltester):
    qtmodeltester.check(dl.model)
    rows = load_all(dl, qtbot)
    n_open = call_app(qtbot, sql, "SELECT COUNT(*) FROM DEALS d WHERE d.OUTCOME = 'OPEN'")[0][0]
    assert len(rows) == n_open > 0
    assert {r.outcome for r in rows} == {"OPEN"}
    created = [r.created_at for r in rows]
    assert created == sorted(created, reverse=True)  # newest first by default
    assert dl.model.data(dl.model.index(0, 4)) == "Open"


def test_header_click_sorts_on_the_server(dl, qtbot):
    from ui.lists.deal_list import COLUMNS

    amount_col = next(i for i, c in enumerate(COLUMNS) if c.key == "amount")
    dl.view.horizontalHeader().sectionClicked.emit(amount_col)
    rows = load_all(dl, qtbot)
    assert dl.sort == "amount" and dl.desc
    amounts = [r.amount for r in rows]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] > amounts[-1]
    dl.view.horizontalHeader().sectionClicked.emit(amount_col)
    rows = load_all(dl, qtbot)
    assert not dl.desc and [r.amount for r in rows] == sorted(amounts)
    days_col = next(i for i, c in enumerate(COLUMNS) if c.key == "days_in_stage")
    dl.view.horizontalHeader().sectionClicked.emit(days_col)
    rows = load_all(dl, qtbot)
    days = [r.days_in_stage for r in rows]
    assert days == sorted(days) and days[0] < days[-1]


def test_outcome_filter(dl, qtbot):
    dl.outcome_combo.setCurrentIndex(dl.outcome_combo.findData("LOST"))
    rows = load_all(dl, qtbot)
    n_lost = call_app(qtbot, sql, "SELECT COUNT(*) FROM DEALS d WHERE d.OUTCOME = 'LOST'")[0][0]
    assert len(rows) == n_lost > 0 and {r.outcome for r in rows} == {"LOST"}
    assert any(r.lost_reason for r in rows)


def test_close_several_as_lost_at_once(dl, qtbot, monkeypatch):
    from ui.boards import funnel_board

    wait_loaded(dl, qtbot)
    sm = dl.view.selectionModel()
    picked = [dl.model.row_at(r) for r in (0, 1, 2)]
    for r in (0, 1, 2):
        sm.select(dl.model.index(r, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
    assert dl.selected_deal_ids() == [p.id for p in picked]
    asked = []
    reason_id = dl._choices.lost_reasons[0][0]

    def answer(parent, reasons, count):
        asked.append(count)
        return reason_id, "bulk"

    monkeypatch.setattr(funnel_board, "ask_lost_reason", answer)
    menu = dl.build_menu()
    lost = next(a for a in menu.actions() if a.objectName() == "actionLost")
    lost.trigger()
    qtbot.waitUntil(lambda: all(call_app(qtbot, deal_row, p.id)[1] == "LOST" for p in picked), timeout=20000)
    assert asked == [3]
    for p in picked:
        assert call_app(qtbot, deal_row, p.id)[2:] == (reason_id, "bulk")
    # the open-deals list drops them after the refresh the change triggered
    qtbot.waitUntil(lambda: all(dl.model.row_of_id(p.id) < 0 for p in picked), timeout=20000)


def test_enter_opens_the_deal(dl, qtbot):
    from PySide6.QtTest import QTest

    wait_loaded(dl, qtbot)
    dl.view.setFocus()
    dl.view.setCurrentIndex(dl.model.index(1, 0))
    with qtbot.waitSignal(dl.deal_list_did_activate_deal, timeout=2000) as sig:
        QTest.keyClick(dl.view, Qt.Key.Key_Return)
    assert sig.args == [dl.model.row_id_at(1)]


def test_export_writes_the_filtered_deals(dl, qtbot, monkeypatch, tmp_path):
    from ui.lists import deal_list

    dl.outcome_combo.setCurrentIndex(dl.outcome_combo.findData("WON"))
    rows = load_all(dl, qtbot)
    path = tmp_path / "won.xlsx"
    monkeypatch.setattr(deal_list, "ask_export_path", lambda parent: str(path))
    with qtbot.waitSignal(dl.deal_list_did_export_deals, timeout=30000) as sig:
        dl.export()
    assert sig.args == [str(path), len(rows)]
    ws = openpyxl.load_workbook(path).active
    got = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in got] == [r.id for r in rows]
    assert all(isinstance(r[6], (int, float)) for r in got)
    assert {r[5] for r in got} == {"Won"}


# --- remembered state (ui.boards.deal_state, ui.lists.deal_list_header) ----------------------
@pytest.fixture
def open_list(gui, demo_db, recorder, qtbot):
    """``open_list()``: a new deal list on the open demo database (as after a restart: same
    KARTOTEKA_HOME), first page loaded; the lists still alive are deleted after the test."""
    from shiboken6 import isValid

    from ui.lists.deal_list import DealListWidget

    open_db(qtbot, demo_db)
    made = []

    def make():
        w = DealListWidget()
        made.append(w)
        w.resize(1400, 700)
        w.show()
        w.set_connected(True)
        qtbot.waitUntil(lambda: w._choices is not None and not w.model.is_loading, timeout=20000)
        wait_loaded(w, qtbot)
        return w

    yield make
    for w in made:
        if isValid(w):
            w.set_connected(False)
            w.deleteLater()


def destroy(qtbot, w):
    """Close and delete the list, as when the program ends."""
    from shiboken6 import isValid

    w.close()  # hidden: a layout change of a moment ago is written now
    w.set_connected(False)
    w.deleteLater()
    qtbot.waitUntil(lambda: not isValid(w), timeout=5000)


def test_list_remembers_filters_sort_and_columns(open_list, qtbot):
    from ui.lists.deal_list import COLUMNS

    dl = open_list()
    funnel = next(f for f in dl._choices.funnels if not f.is_default)
    tag_id = dl._choices.tags[0][0]
    dl.funnel_combo.setCurrentIndex(dl.funnel_combo.findData(funnel.id))
    dl.outcome_combo.setCurrentIndex(dl.outcome_combo.findData("WON"))
    bar = dl.filter_bar
    bar.preset_combo.setCurrentIndex(bar.preset_combo.findData("this_year"))
    bar.preset_combo.setCurrentIndex(bar.preset_combo.findData("any"))
    bar.my_check.setChecked(True)
    bar.my_check.setChecked(False)
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData(tag_id))
    bar.tag_combo.setCurrentIndex(0)  # "Any tag" again: the last choice is what counts
    bar.search_edit.setText("zzz")
    bar._on_search_settled()
    bar.search_edit.setText("")
    bar._on_search_settled()
    amount = next(i for i, c in enumerate(COLUMNS) if c.key == "amount")
    hh = dl.view.horizontalHeader()
    hh.sectionClicked.emit(amount)
    hh.sectionClicked.emit(amount)  # amount ascending
    assert (dl.sort, dl.desc) == ("amount", False)
    menu = dl.header_menu()
    next(a for a in menu.actions() if a.data() == "currency").trigger()  # hide "Cur."
    hh.moveSection(hh.visualIndex(amount), 0)  # amount first
    dl.view.setColumnWidth(0, 333)  # the deal title, wider
    shown = dl.visible_columns()
    assert shown[0] == "amount" and "currency" not in shown and len(shown) == len(COLUMNS) - 1
    destroy(qtbot, dl)

    again = open_list()
    assert again.funnel_combo.currentData() == funnel.id
    assert again.outcome_combo.currentData() == "WON"
    assert again.filter_bar.state().tag_id is None and again.filter_bar.state().text == ""
    assert (again.sort, again.desc) == ("amount", False)
    hh = again.view.horizontalHeader()
    assert hh.sortIndicatorSection() == amount and hh.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert again.visible_columns() == shown and hh.sectionSize(0) == 333
    rows = load_all(again, qtbot)
    n = call_app(qtbot, sql, "SELECT COUNT(*) FROM DEALS d WHERE d.OUTCOME = 'WON' AND d.FUNNEL_ID = ?",
                (funnel.id,))[0][0]
    assert len(rows) == n > 0 and {r.outcome for r in rows} == {"WON"}
    assert [r.amount for r in rows] == sorted(r.amount for r in rows)


def test_list_remembers_tag_and_falls_back_from_a_gone_funnel(open_list, qtbot, recorder):
    from ui.boards import deal_state
    from ui.boards.deal_filter_bar import DealFilterState

    dl = open_list()
    tag_id = dl._choices.tags[0][0]
    scope = dl._scope
    destroy(qtbot, dl)
    deal_state.save_list(scope, deal_state.ListState(999999, "LOST", DealFilterState(tag_id=tag_id,
                                                                                   manager_id=999998)))
    again = open_list()
    assert again.funnel_combo.currentIndex() == 0 and again.funnel_combo.currentData() is None  # all funnels
    assert again.outcome_combo.currentData() == "LOST"
    assert again.filter_bar.state() == DealFilterState(tag_id=tag_id)  # the manager is gone: all managers
    assert again.list_filter().tag_id == tag_id and again.list_filter().funnel_id is None
    assert recorder.errors == []


def test_column_chooser_and_defaults(open_list, qtbot, monkeypatch):
    from ui.dialogs import columns as columns_dialog
    from ui.lists.deal_list import DEFAULT_COLUMNS

    dl = open_list()
    seen = {}

    def choose(parent, available, visible, defaults):
        seen.update(available=[k for k, _t in available], visible=list(visible), defaults=list(defaults))
        return ["client_name", "title", "amount"]

    monkeypatch.setattr(columns_dialog, "choose_columns", choose)
    chooser = next(a for a in dl.header_menu().actions() if a.objectName() == "actionColumns")
    chooser.trigger()
    assert seen["visible"] == seen["defaults"] == list(DEFAULT_COLUMNS) == seen["available"]
    assert dl.visible_columns() == ["client_name", "title", "amount"]
    assert dl.model.data(dl.model.index(0, 0))  # the model keeps every column; the header hides
    last = next(a for a in dl.header_menu().actions() if a.data() == "client_name")
    assert last.isEnabled()
    dl.set_visible_columns(["amount"])
    only = next(a for a in dl.header_menu().actions() if a.data() == "amount")
    assert not only.isEnabled()  # the last column cannot be hidden
    destroy(qtbot, dl)
    again = open_list()
    assert again.visible_columns() == ["amount"]
    again.restore_default_columns()
    assert again.visible_columns() == list(DEFAULT_COLUMNS)


def test_columns_survive_a_changed_column_set(open_list, qtbot):
    """A header layout saved for another column set is not applied; the shown keys still are."""
    from ui import state
    from ui.boards import deal_state

    dl = open_list()
    dl.set_visible_columns(["stage", "title"])
    dl.view.setColumnWidth(3, 210)  # the stage
    dl.save_state()
    destroy(qtbot, dl)
    s = state.settings()
    s.setValue(deal_state.KEY_LIST_HEADER + "_columns", "title,an,older,set")
    s.sync()
    again = open_list()
    assert again.visible_columns() == ["stage", "title"]
    assert again.view.horizontalHeader().sectionSize(3) == 210
