"""Issue #5's "Done means", end to end, as a demo manager (not the administrator).

The real main window (``ui.main.start``) opens a copy of the session demo database as the demo login
``MGR_IVANOV`` with the role ``CRM_MANAGER`` (the embedded engine trusts the user name; grants and
the visibility views still apply, FIREBIRD.md §5). Before it starts, the administrator seeds the
starter automation rules and the manager gets a day (``app.demo_day.prepare_my_day``, run AS the
manager, with a fixed ``now``). Then, through the widgets only: My day shows the overdue tasks in
red and today's tasks; Done on a call logs the interaction on the client; the Board shows exactly
the deals the manager's own connection selects; a drag to the next stage writes the stage history
under the manager's login and the rule's call task; the deal list closes a deal as lost with a
reason; the reminder popup shows the due reminder and Snooze hides it until the clock passes.

Screenshots of every step go to ``/tmp/day/*.png`` (evidence for the closing note).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app import automation, interactions
from app.context import AppContext, spec_from
from app.demo_day import prepare_my_day
from app.planner import OVERDUE_POPUP_DAYS
from tests.ui.helpers import call_app, sql

MANAGER, ROLE = "MGR_IVANOV", "CRM_MANAGER"
#: the fixed "now" of the day: today 09:00 (My day is relative to it; the reminder is due at once)
NOW = dt.datetime.combine(dt.date.today(), dt.time(9, 0))
SHOTS = Path("/tmp/day")
#: the board shows open deals and those closed in the last 30 days (app.board)
GONE_30 = "(d.OUTCOME = 'OPEN' OR d.CLOSED_AT >= DATEADD(DAY, -30, CURRENT_TIMESTAMP))"


def shot(window, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"{name}.png"))


def shown_whole(qtbot, widget) -> None:
    """Wait until ``widget`` is entirely inside its scroll area's viewport."""
    qtbot.waitUntil(lambda: widget.visibleRegion().boundingRect().height() == widget.height(), timeout=5000)


@pytest.fixture
def day(demo_db):
    """Rules seeded by the administrator, then the manager's day prepared by the manager."""
    with AppContext(spec_from(str(demo_db))) as admin:
        with admin.sessions.begin() as s:
            assert automation.seed_default_rules(s) > 0  # the session demo has none
        all_deals = admin.reader.query("SELECT COUNT(*) FROM DEALS")[0][0]
    with AppContext(spec_from(str(demo_db), MANAGER, role=ROLE)) as ctx:
        assert (ctx.info.user, ctx.info.role) == (MANAGER, ROLE)
        counts = prepare_my_day(ctx, NOW)
        me = ctx.current_user_id()
        seen = ctx.reader.query("SELECT COUNT(*) FROM DEALS")[0][0]
    assert counts == {"clients": 4, "deals": 3, "tasks": 10}
    assert 0 < seen < all_deals + 3  # the manager sees own deals only
    return {"me": me, "all_deals": all_deals}


@pytest.fixture
def window(gui, day, demo_db, recorder, qtbot):
    from ui import main

    w = main.start(str(demo_db), MANAGER, ROLE)
    clock = [NOW]
    w.workspace.planner.set_clock(lambda: clock[0])
    w.reminders.set_clock(lambda: clock[0])
    w.clock = clock
    qtbot.addWidget(w)
    w.resize(1400, 850)
    qtbot.waitUntil(lambda: w.info is not None, timeout=30000)
    w.workspace.show_tab("clients")  # the dashboard is first; the list loads when shown (issue #12)
    qtbot.waitUntil(lambda: w.client_list.model.rowCount() > 0, timeout=20000)
    yield w
    w.reminders.popup.close()
    w.close()


def _tab(window, qtbot, widget, loaded_signal):
    with qtbot.waitSignal(loaded_signal, timeout=20000):
        window.workspace.setCurrentWidget(widget)


def test_a_manager_runs_a_day(window, day, qtbot, recorder, monkeypatch):
    from ui.boards.board_cards import encode_cards
    from ui.dialogs.lost_reason import LostReasonDialog
    from ui.planner import planner_view
    from ui.planner.planner_view import OVERDUE

    w = window
    me = day["me"]
    assert w.info.user == MANAGER and w.info.role == ROLE
    assert MANAGER in w.connection_label.text()
    # the client list is the manager's own: the 4 clients of the day plus the demo's share
    mine = call_app(qtbot, sql, "SELECT COUNT(*) FROM CLIENTS c WHERE c.RESPONSIBLE_ID = ?", (me,))[0][0]
    seen = call_app(qtbot, sql, "SELECT COUNT(*) FROM CLIENTS c")[0][0]
    assert seen == mine >= 4
    shot(w, "01_clients")

    # --- My day: the overdue tasks in red, today's tasks --------------------------------------
    planner = w.workspace.planner
    _tab(w, qtbot, w.workspace.planner_area, planner.planner_did_load)
    qtbot.waitUntil(lambda: planner.loaded, timeout=20000)
    assert planner.day.now == NOW
    # the demo's own tasks may carry the same titles (a planned "Call back about the offer"):
    # items are told apart by task id, and the day's tasks are looked up among the overdue ones
    items = {i.data(0, Qt.ItemDataRole.UserRole).id: i for i in planner.task_items()}
    overdue = {t.title for t in planner.day.overdue}
    assert {"Call back about the offer", "Send the signed contract"} <= overdue
    for t in planner.day.overdue:
        assert items[t.id].foreground(1).color() == OVERDUE
    rows = {t.title: items[t.id] for t in planner.day.today}
    rows.update({t.title: items[t.id] for t in planner.day.overdue})
    # the day's own tasks, in time order (the demo's share of the manager may add tasks of its own today)
    ours = ["Call back: the client asked for it", "Call Anna about the delivery date",
            "Meeting: contract terms", "E-mail the price list", "Confirm the order"]
    today = [t.title for t in planner.day.today]
    assert [t for t in today if t in ours] == ours
    assert [t.due_at for t in planner.day.today] == sorted(t.due_at for t in planner.day.today)
    assert rows["Call Anna about the delivery date"].foreground(1).color() != OVERDUE
    assert all(t.assignee_id == me for t in planner.day.overdue + planner.day.today)
    shot(w, "02_my_day")

    # Done on the overdue call, with a result -> gone from My day, logged on the client
    call = rows["Call back about the offer"]
    task = call.data(0, Qt.ItemDataRole.UserRole)
    planner.tree.setCurrentItem(call)
    assert planner.done_button.isEnabled()
    monkeypatch.setattr(planner_view, "ask_done", lambda parent, t: ("Agreed on a 5% discount", "REACHED", True))
    with qtbot.waitSignal(planner.planner_did_load, timeout=20000):
        qtbot.mouseClick(planner.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: planner._loading is None, timeout=20000)
    assert task.id not in {i.data(0, Qt.ItemDataRole.UserRole).id for i in planner.task_items()}
    assert recorder.errors == []
    history = call_app(qtbot, interactions.client_history, task.client_id)
    logged = [h for h in history if h.subject == task.title]
    assert [(h.kind, h.result, h.preview) for h in logged] == [("CALL", "REACHED", "Agreed on a 5% discount")]
    shot(w, "03_call_done")
    # the client list heard it: Romashka's next step is now the next open task
    model = w.client_list.model
    cols = [c.key for c in model.columns]

    def next_step_of(name):
        for r in range(model.rowCount()):
            if model.data(model.index(r, 0)) == name:
                return model.data(model.index(r, cols.index("next_step")))
        return None

    w.workspace.setCurrentWidget(w.client_list)
    qtbot.waitUntil(lambda: not model.is_loading and next_step_of("Romashka LLC") == "Call Anna about the delivery date",
                    timeout=20000)

    # --- the Board: only the manager's deals; drag to the next stage --------------------------
    board = w.workspace.board
    _tab(w, qtbot, board, board.funnel_board_did_load_board)
    qtbot.waitUntil(lambda: board.board is not None and not board._busy, timeout=20000)
    funnel = board.board.funnel
    rows = call_app(qtbot, sql, f"SELECT d.STAGE_ID, COUNT(*) FROM DEALS d WHERE d.FUNNEL_ID = ? AND {GONE_30} "
                                "GROUP BY d.STAGE_ID", (funnel.id,))
    expected = dict(rows)
    assert sum(expected.values()) >= 3
    for stage in funnel.stages:
        col = board.column_widget(stage.id)
        assert col.model.rowCount() == expected.get(stage.id, 0), stage.name
    my_name = call_app(qtbot, sql, "SELECT u.FULL_NAME FROM CRM_USERS u WHERE u.ID = ?", (me,))[0][0]
    assert {c.responsible for col in board.board.columns for c in col.cards} == {my_name}
    # no colleagues to filter by: the manager sees only own deals
    assert not board.filter_bar.manager_combo.isEnabled() and board.filter_bar.manager_combo.count() == 2
    shot(w, "04_board")

    lead, qual = funnel.stages[0], funnel.stages[1]
    deal_id = call_app(qtbot, sql, "SELECT d.ID FROM DEALS d WHERE d.TITLE = ?", ("Server upgrade",))[0][0]
    card = board._card(deal_id)
    assert card is not None and board.column_widget(lead.id).model.row_of_id(deal_id) >= 0
    target = board.column_widget(qual.id).model
    mime = encode_cards([card])
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    with qtbot.waitSignal(board.funnel_board_did_load_board, timeout=20000):
        assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: not board._busy and not board._reload_timer.isActive(), timeout=20000)
    assert recorder.errors == []
    assert call_app(qtbot, sql, "SELECT d.STAGE_ID, d.OUTCOME FROM DEALS d WHERE d.ID = ?", (deal_id,)) == [
        (qual.id, "OPEN")]
    moves = call_app(qtbot, sql, "SELECT FIRST 1 h.FROM_STAGE_ID, h.TO_STAGE_ID, h.MOVED_BY FROM DEAL_STAGE_HISTORY h "
                                 "WHERE h.DEAL_ID = ? ORDER BY h.ID DESC", (deal_id,))
    assert [(f, t, (by or "").strip()) for f, t, by in moves] == [(lead.id, qual.id, MANAGER)]
    assert board.column_widget(qual.id).model.row_of_id(deal_id) >= 0
    assert board.column_widget(lead.id).model.row_of_id(deal_id) == -1
    # the starter rule "call the client when the deal is qualified" made its task, for the manager
    made = call_app(qtbot, sql, "SELECT t.KIND, t.ASSIGNEE_ID, t.STATUS, t.TITLE FROM TASKS t WHERE t.DEAL_ID = ? "
                                "AND t.TITLE STARTING WITH 'Call ' AND t.TITLE CONTAINING 'Server upgrade'",
                   (deal_id,))
    assert [(k, a, st) for k, a, st, _t in made] == [("CALL", me, "OPEN")], made
    shot(w, "05_board_moved")

    # --- the deal list: close another deal as lost, with a reason -----------------------------
    deals = w.workspace.deals
    w.workspace.setCurrentWidget(deals)
    qtbot.waitUntil(lambda: deals.model.rowCount() > 0 and not deals.model.is_loading, timeout=20000)
    lost_id = call_app(qtbot, sql, "SELECT d.ID FROM DEALS d WHERE d.TITLE = ?", ("Annual logistics contract",))[0][0]
    while deals.model.row_of_id(lost_id) < 0 and deals.model.canFetchMore():
        deals.model.fetchMore()
        qtbot.waitUntil(lambda: not deals.model.is_loading, timeout=20000)
    row = deals.model.row_of_id(lost_id)
    assert row >= 0
    deals.view.setFocus()
    deals.view.selectRow(row)
    assert deals.selected_deal_ids() == [lost_id]
    reason_id, reason_name = deals._choices.lost_reasons[0]
    asked = []

    def answer(parent, reasons, count=1):
        asked.append((list(reasons), count))
        return reason_id, "Went with the cheaper offer"

    monkeypatch.setattr(LostReasonDialog, "get", staticmethod(answer))
    menu = deals.build_menu()
    next(a for a in menu.actions() if a.objectName() == "actionLost").trigger()
    qtbot.waitUntil(lambda: deals.model.row_of_id(lost_id) < 0, timeout=20000)
    assert asked and asked[0][1] == 1 and (reason_id, reason_name) in asked[0][0]
    assert call_app(qtbot, sql, "SELECT d.OUTCOME, d.LOST_REASON_ID, d.LOST_COMMENT FROM DEALS d WHERE d.ID = ?",
                   (lost_id,)) == [("LOST", reason_id, "Went with the cheaper offer")]
    assert recorder.errors == []
    shot(w, "06_deal_lost")

    # --- the reminder: due at the injected 09:00, snoozed 10 minutes --------------------------
    n = w.reminders

    def poll():
        qtbot.waitUntil(lambda: n._polling is None or n._polling.done, timeout=20000)
        op = n.poll()
        qtbot.waitUntil(lambda: op.done, timeout=20000)

    poll()
    assert n.popup.isVisible()
    due = "Call back: the client asked for it"
    texts = [c.item.text for c in n.popup.cards]
    # the reminder due at 09:00 (15 min before 09:10), after the overdue ones (the demo's history
    # gave the manager some), and never the call done above
    assert texts[-1] == due and "Call back about the offer" not in texts, texts
    mine = call_app(qtbot, sql, "SELECT COUNT(*) FROM TASKS t WHERE t.ASSIGNEE_ID = ? AND t.STATUS = 'OPEN' "
                                "AND t.DUE_AT >= ? AND t.DUE_AT <= ?",
                   (me, NOW - dt.timedelta(days=OVERDUE_POPUP_DAYS), NOW + dt.timedelta(minutes=15)))[0][0]
    assert len(texts) == mine
    # the card that just fell due is scrolled into view, below the overdue ones
    shown_whole(qtbot, n.popup.cards[-1])
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert n.popup.grab().save(str(SHOTS / "07_reminder.png"))
    card = next(c for c in n.popup.cards if c.item.text == due)
    with qtbot.waitSignal(n.reminder_notifier_did_change, timeout=20000):
        qtbot.mouseClick(card.snooze10_button, Qt.MouseButton.LeftButton)
    assert [c.item.text for c in n.popup.cards] == texts[:-1]
    w.clock[0] = NOW + dt.timedelta(minutes=9)
    poll()
    assert [c.item.text for c in n.popup.cards] == texts[:-1]
    w.clock[0] = NOW + dt.timedelta(minutes=11)  # past the snooze
    poll()
    assert n.popup.isVisible() and due in [c.item.text for c in n.popup.cards]
    shown_whole(qtbot, next(c for c in n.popup.cards if c.item.text == due))
    assert n.popup.grab().save(str(SHOTS / "08_reminder_again.png"))
    assert recorder.errors == [] and recorder.connection_errors == []
