"""The funnel board on the demo database: columns agree with the database, drag and drop moves
deals (history written), an entry rule keeps the card where it was, a lost drop asks for a reason,
Enter opens, the context menu closes as won, filters narrow the cards."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app import board as app_board
from db.models import Deal
from tests.ui.helpers import call_app, deal_row, open_db, sql

GONE_30 = "(d.OUTCOME = 'OPEN' OR d.CLOSED_AT >= DATEADD(DAY, -30, CURRENT_TIMESTAMP))"


def _last_move(ctx, deal_id):
    return sql(ctx, "SELECT FIRST 1 h.FROM_STAGE_ID, h.TO_STAGE_ID FROM DEAL_STAGE_HISTORY h WHERE h.DEAL_ID = ? "
                    "ORDER BY h.ID DESC", (deal_id,))[0]


def _add_deal(ctx, funnel_id, stage_id, title, amount):
    client_id = sql(ctx, "SELECT FIRST 1 c.ID FROM CLIENTS c ORDER BY c.ID")[0][0]
    with ctx.sessions.begin() as s:
        d = Deal(client_id=client_id, funnel_id=funnel_id, stage_id=stage_id, title=title, amount=Decimal(amount),
                 stage_entered_at=dt.datetime.now())
        s.add(d)
        s.flush()
        return d.id


@pytest.fixture
def fb(gui, demo_db, recorder, qtbot):
    from ui.boards.funnel_board import FunnelBoard
    from ui.refresh import Refresher

    open_db(qtbot, demo_db)
    refresher = Refresher()
    w = FunnelBoard(refresher=refresher)
    w._test_refresher = refresher
    qtbot.addWidget(w)
    w.resize(1700, 900)
    w.show()
    with qtbot.waitSignal(w.funnel_board_did_load_board, timeout=20000):
        w.set_connected(True)
    qtbot.waitUntil(lambda: w.board is not None, timeout=20000)
    yield w
    w.set_connected(False)


def wait_reload(fb, qtbot, action):
    with qtbot.waitSignal(fb.funnel_board_did_load_board, timeout=20000):
        action()
    qtbot.waitUntil(lambda: not fb._busy and not fb._reload_timer.isActive(), timeout=20000)
    qtbot.wait(50)
    if fb._reload_timer.isActive() or fb._busy:
        wait_reload(fb, qtbot, lambda: None)


def stage_named(fb, name):
    return next(c for c in fb.board.columns if c.stage.name == name).stage


def drop(fb, cards, stage_id):
    """Drop cards on a column the way the view does: the target model's dropMimeData."""
    from ui.boards.board_cards import encode_cards

    target = fb.column_widget(stage_id).model
    assert target.canDropMimeData(encode_cards(cards), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    return target.dropMimeData(encode_cards(cards), Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_columns_match_the_database(fb, qtbot):
    b = fb.board
    assert b.funnel.is_default and fb.funnel_combo.currentData() == b.funnel.id
    rows = call_app(qtbot, sql, f"SELECT d.STAGE_ID, COUNT(*), SUM(d.AMOUNT) FROM DEALS d WHERE d.FUNNEL_ID = ? "
                                f"AND {GONE_30} GROUP BY d.STAGE_ID", (b.funnel.id,))
    expected = {sid: (n, total) for sid, n, total in rows}
    assert sum(n for n, _ in expected.values()) > 0
    for stage in b.funnel.stages:
        col = fb.column_widget(stage.id)
        n, total = expected.get(stage.id, (0, Decimal(0)))
        assert col.model.rowCount() == min(n, app_board.CARD_LIMIT)
        assert f"{n} deal" in col.summary.text()
        assert next(c for c in b.columns if c.stage.id == stage.id).amount == (total or 0)
    assert list(fb.columns) == [s.id for s in b.funnel.stages]  # columns in stage order


def test_drag_to_the_next_stage_moves_the_deal(fb, qtbot):
    lead, qual = stage_named(fb, "New lead"), stage_named(fb, "Qualification")
    source = fb.column_widget(lead.id)
    if source.model.rowCount() == 0:
        call_app(qtbot, _add_deal, fb.board.funnel.id, lead.id, "Fresh lead", "100")
        wait_reload(fb, qtbot, fb.refresh)
    card = source.model.card_at(0)
    before = fb.column_widget(qual.id).model.rowCount()
    wait_reload(fb, qtbot, lambda: drop(fb, [card], qual.id))
    assert call_app(qtbot, deal_row, card.id)[:2] == (qual.id, "OPEN")
    assert call_app(qtbot, _last_move, card.id) == (lead.id, qual.id)
    target = fb.column_widget(qual.id).model
    assert target.row_of_id(card.id) == 0 and target.rowCount() == before + 1
    assert fb.column_widget(lead.id).model.row_of_id(card.id) == -1


def test_entry_rule_violation_shows_the_message_and_the_card_stays(fb, qtbot, recorder):
    qual, proposal = stage_named(fb, "Qualification"), stage_named(fb, "Proposal")
    deal_id = call_app(qtbot, _add_deal, fb.board.funnel.id, qual.id, "No amount yet", "0")
    wait_reload(fb, qtbot, fb.refresh)
    col = fb.column_widget(qual.id)
    card = col.model.card_at(col.model.row_of_id(deal_id))
    wait_reload(fb, qtbot, lambda: drop(fb, [card], proposal.id))
    assert len(recorder.errors) == 1 and "amount" in str(recorder.errors[0]).lower()
    assert call_app(qtbot, deal_row, deal_id)[0] == qual.id
    assert fb.column_widget(qual.id).model.row_of_id(deal_id) >= 0
    assert fb.column_widget(proposal.id).model.row_of_id(deal_id) == -1


def test_lost_drop_asks_for_the_reason(fb, qtbot, monkeypatch):
    from ui.boards import funnel_board

    lead, lost = stage_named(fb, "New lead"), stage_named(fb, "Lost")
    deal_id = call_app(qtbot, _add_deal, fb.board.funnel.id, lead.id, "Will be lost", "50")
    wait_reload(fb, qtbot, fb.refresh)
    asked = []
    reason_id = fb._choices.lost_reasons[1][0]

    def answer(parent, reasons, count):
        asked.append(count)
        return reason_id, "too expensive"

    monkeypatch.setattr(funnel_board, "ask_lost_reason", answer)
    card = fb._card(deal_id)
    wait_reload(fb, qtbot, lambda: drop(fb, [card], lost.id))
    assert asked == [1]
    assert call_app(qtbot, deal_row, deal_id) == (lost.id, "LOST", reason_id, "too expensive")
    assert fb.column_widget(lost.id).model.row_of_id(deal_id) >= 0
    # cancelling the dialog changes nothing
    other = call_app(qtbot, _add_deal, fb.board.funnel.id, lead.id, "Stays", "50")
    wait_reload(fb, qtbot, fb.refresh)
    monkeypatch.setattr(funnel_board, "ask_lost_reason", lambda *a: None)
    wait_reload(fb, qtbot, lambda: drop(fb, [fb._card(other)], lost.id))
    assert call_app(qtbot, deal_row, other)[:2] == (lead.id, "OPEN")
    assert fb.column_widget(lead.id).model.row_of_id(other) >= 0


def test_enter_opens_and_menu_closes_as_won(fb, qtbot):
    from PySide6.QtTest import QTest

    lead, won = stage_named(fb, "New lead"), stage_named(fb, "Won")
    deal_id = call_app(qtbot, _add_deal, fb.board.funnel.id, lead.id, "Winner", "700")
    wait_reload(fb, qtbot, fb.refresh)
    col = fb.column_widget(lead.id)
    row = col.model.row_of_id(deal_id)
    col.view.setFocus()
    col.view.setCurrentIndex(col.model.index(row))
    with qtbot.waitSignal(fb.funnel_board_did_activate_deal, timeout=2000) as sig:
        QTest.keyClick(col.view, Qt.Key.Key_Return)
    assert sig.args == [deal_id]
    assert fb.selected_deal_ids() == [deal_id]
    menu = fb.build_menu()
    won_action = next(a for a in menu.actions() if a.objectName() == "actionWon")
    wait_reload(fb, qtbot, won_action.trigger)
    assert call_app(qtbot, deal_row, deal_id)[:2] == (won.id, "WON")
    assert fb.column_widget(won.id).model.row_of_id(deal_id) >= 0


def test_my_deals_and_search_filter_the_cards(fb, qtbot):
    lead = stage_named(fb, "New lead")
    deal_id = call_app(qtbot, _add_deal, fb.board.funnel.id, lead.id, "Zyxw unique deal", "5")
    wait_reload(fb, qtbot, fb.refresh)
    bar = fb.filter_bar
    bar.search_edit.setText("zyxw")
    wait_reload(fb, qtbot, bar._on_search_settled)
    shown = [c.id for col in fb.columns.values() for c in col.model.cards()]
    assert shown == [deal_id]
    bar.search_edit.setText("")
    wait_reload(fb, qtbot, bar._on_search_settled)
    total = sum(col.model.rowCount() for col in fb.columns.values())
    me = fb._choices.my_user_id
    wait_reload(fb, qtbot, lambda: bar.my_check.setChecked(True))
    mine = [c for col in fb.board.columns for c in col.cards]
    expected = call_app(qtbot, sql, f"SELECT COUNT(*) FROM DEALS d WHERE d.FUNNEL_ID = ? AND d.RESPONSIBLE_ID "
                                    f"IS NOT DISTINCT FROM ? AND {GONE_30}", (fb.board.funnel.id, me))[0][0]
    assert len(mine) == expected < total


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide6 flags the QPoint drag-event constructors
def test_drop_event_on_the_column_view_moves_the_deal(fb, qtbot):
    """The real drop path: drag enter/move/drop events on the target list's viewport."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ui.boards.board_cards import encode_cards

    lead, qual = stage_named(fb, "New lead"), stage_named(fb, "Qualification")
    deal_id = call_app(qtbot, _add_deal, fb.board.funnel.id, lead.id, "Dragged for real", "10")
    wait_reload(fb, qtbot, fb.refresh)
    card = fb._card(deal_id)
    viewport = fb.column_widget(qual.id).view.viewport()
    pos = QPointF(viewport.rect().center())
    mime = encode_cards([card])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()

    def do_drop():
        QApplication.sendEvent(viewport, QDropEvent(pos, Qt.DropAction.MoveAction, mime, buttons, mods))

    wait_reload(fb, qtbot, do_drop)
    assert call_app(qtbot, deal_row, deal_id)[0] == qual.id
    assert fb.column_widget(qual.id).model.row_of_id(deal_id) == 0
    # a card dropped on its own column is refused (nothing to do)
    same = QDragMoveEvent(pos.toPoint(), Qt.DropAction.MoveAction, encode_cards([fb._card(deal_id)]), buttons, mods)
    QApplication.sendEvent(viewport, same)
    assert not same.isAccepted()


# --- remembered state (ui.boards.deal_state) ---------------------------------------------------
@pytest.fixture
def opened(gui, demo_db, recorder, qtbot):
    """The demo database open on the worker, no screen yet."""

    open_db(qtbot, demo_db)
    return demo_db


@pytest.fixture
def open_board(opened, qtbot):
    """``open_board()``: a new board on the open database (as after a restart: same
    KARTOTEKA_HOME), loaded; the boards still alive are deleted after the test."""
    from shiboken6 import isValid

    made = []

    def make():
        w = _new_board(qtbot)
        made.append(w)
        return w

    yield make
    for w in made:
        if isValid(w):
            w.set_connected(False)
            w.deleteLater()


def _new_board(qtbot):
    from ui.boards.funnel_board import FunnelBoard

    w = FunnelBoard()
    w.resize(1700, 900)
    w.show()
    with qtbot.waitSignal(w.funnel_board_did_load_board, timeout=20000):
        w.set_connected(True)
    qtbot.waitUntil(lambda: w.board is not None, timeout=20000)
    qtbot.waitUntil(lambda: not w._reload_timer.isActive(), timeout=20000)
    return w


def destroy(qtbot, w):
    """Close and delete a screen, as when the program ends."""
    from shiboken6 import isValid

    w.set_connected(False)
    w.deleteLater()
    qtbot.waitUntil(lambda: not isValid(w), timeout=5000)


def test_board_remembers_funnel_and_filters_but_not_the_search(open_board, qtbot):
    from ui.boards.deal_filter_bar import DealFilterState

    fb = open_board()
    funnels = fb._choices.funnels
    other = next(f for f in funnels if not f.is_default)
    bar = fb.filter_bar
    wait_reload(fb, qtbot, lambda: fb.funnel_combo.setCurrentIndex(fb.funnel_combo.findData(other.id)))
    manager_id, tag_id = fb._choices.users[1][0], fb._choices.tags[0][0]
    wait_reload(fb, qtbot, lambda: bar.manager_combo.setCurrentIndex(bar.manager_combo.findData(manager_id)))
    wait_reload(fb, qtbot, lambda: bar.tag_combo.setCurrentIndex(bar.tag_combo.findData(tag_id)))
    wait_reload(fb, qtbot, lambda: bar.field_combo.setCurrentIndex(bar.field_combo.findData("expected_close")))
    wait_reload(fb, qtbot, lambda: bar.preset_combo.setCurrentIndex(bar.preset_combo.findData("this_year")))
    bar.search_edit.setText("zzz")
    wait_reload(fb, qtbot, bar._on_search_settled)
    expected = DealFilterState(manager_id=manager_id, period_field="expected_close", preset="this_year",
                               tag_id=tag_id)
    assert bar.state() == DealFilterState(**{**expected.__dict__, "text": "zzz"})
    destroy(qtbot, fb)

    again = open_board()
    assert again.funnel_combo.currentData() == other.id and again.board.funnel.id == other.id
    assert again.filter_bar.state() == expected  # everything but the search text
    assert again.filter_bar.manager_combo.currentData() == manager_id
    assert again.filter_bar.tag_combo.currentData() == tag_id
    assert again.filter_bar.preset_combo.currentData() == "this_year"
    flt = again.board_filter()
    assert (flt.responsible_id, flt.tag_id, flt.period_field, flt.text) == (manager_id, tag_id, "expected_close", "")
    assert flt.date_from == dt.date(dt.date.today().year, 1, 1)


def test_board_falls_back_when_the_saved_funnel_manager_or_tag_is_gone(open_board, qtbot, recorder):
    from ui.boards import deal_state
    from ui.boards.deal_filter_bar import DealFilterState

    fb = open_board()
    scope = fb._scope
    assert scope is not None
    default = fb._choices.default_funnel()
    destroy(qtbot, fb)
    deal_state.save_board(scope, 999999, DealFilterState(manager_id=999998, tag_id=999997, preset="last_month"))

    again = open_board()
    assert again.funnel_combo.currentData() == default.id and again.board.funnel.id == default.id
    assert again.filter_bar.state() == DealFilterState(preset="last_month")  # the rest is still remembered
    assert again.filter_bar.manager_combo.currentIndex() == 0 and again.filter_bar.tag_combo.currentIndex() == 0
    assert recorder.errors == []


def test_board_state_is_kept_per_database_and_login():
    from ui.boards import deal_state

    a = deal_state.scope_key("/data/crm.fdb", "SYSDBA")
    assert a == deal_state.scope_key("/data/crm.fdb", "sysdba") and "/" not in a and ":" not in a
    b = deal_state.scope_key("srv/3050:crm", "SYSDBA")
    c = deal_state.scope_key("/data/crm.fdb", "MGR_IVANOV")
    assert len({a, b, c}) == 3


def test_saved_filters_are_read_defensively():
    from ui.boards import deal_state
    from ui.boards.deal_filter_bar import DealFilterState

    s = DealFilterState(my=True, manager_id=3, period_field="expected_close", preset="custom",
                        date_from=dt.date(2025, 1, 2), date_to=dt.date(2025, 3, 4), tag_id=7, text="secret")
    d = deal_state.filters_to_json(s)
    assert "text" not in d and "secret" not in str(d)
    assert deal_state.filters_from_json(d) == DealFilterState(**{**s.__dict__, "text": ""})
    junk = {"my": "yes", "manager_id": "3", "period_field": "nope", "preset": "custom", "date_from": "2025-13-01",
            "date_to": None, "tag_id": -1}
    assert deal_state.filters_from_json(junk) == DealFilterState()
    assert deal_state.filters_from_json(None) == DealFilterState()
