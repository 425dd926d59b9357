"""The planner screen, the task dialog and the reminder popup on a copy of the demo database."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app import planner
from app.context import AppContext, spec_from
from app.planner import ReminderItem, TaskDraft
from tests.ui.helpers import call_app, open_db

from ui.planner import planner_view
from ui.planner.planner_view import OVERDUE, PlannerWidget
from ui.planner.task_dialog import TaskDialog
from ui.reminders import ReminderNotifier, ReminderPopup


def _prepare(demo_db, now: dt.datetime) -> tuple[int, int]:
    """An overdue call of the demo login (the administrator) on a demo client: (task id, client id)."""
    from db.models import Task

    with AppContext(spec_from(str(demo_db))) as ctx:
        client_id = ctx.reader.query("SELECT FIRST 1 ID FROM CLIENTS ORDER BY ID")[0][0]
        with ctx.sessions.begin() as s:
            t = Task(title="Overdue call to test", kind="CALL", due_at=now - dt.timedelta(days=1, hours=2),
                     assignee_id=ctx.current_user_id(), client_id=client_id, duration_min=5)
            s.add(t)
            s.flush()
            task_id = t.id
    return task_id, client_id


def _loaded(qtbot, w: PlannerWidget) -> None:
    with qtbot.waitSignal(w.planner_did_load, timeout=15000):
        w.refresh()


def test_my_day_shows_the_overdue_task_in_red_and_done_removes_it(gui, demo_db, recorder, qtbot, monkeypatch):
    now = dt.datetime.now().replace(second=0, microsecond=0)
    task_id, client_id = _prepare(demo_db, now)
    open_db(qtbot, demo_db)
    w = PlannerWidget(now_fn=lambda: now)
    qtbot.addWidget(w)
    w.show()
    _loaded(qtbot, w)
    rows = {i.data(0, Qt.ItemDataRole.UserRole).id: i for i in w.task_items()}
    item = rows[task_id]
    assert item.text(1) == "Overdue call to test"
    assert item.foreground(1).color() == OVERDUE
    w.tree.setCurrentItem(item)
    assert w.done_button.isEnabled()
    monkeypatch.setattr(planner_view, "ask_done", lambda parent, task: ("Reached, sends the order", "REACHED", True))
    changes = []
    w.planner_did_change.connect(changes.append)
    with qtbot.waitSignal(w.planner_did_load, timeout=15000):
        w.tree.setFocus()
        qtbot.keyClick(w.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert task_id not in {i.data(0, Qt.ItemDataRole.UserRole).id for i in w.task_items()}
    assert changes and changes[0].touches("task", task_id)
    rows = call_app(qtbot, lambda ctx: (ctx.reader.restart(), ctx.reader.query(
        "SELECT t.STATUS, t.RESULT, (SELECT COUNT(*) FROM INTERACTIONS i WHERE i.CLIENT_ID = t.CLIENT_ID "
        "AND i.SUBJECT = t.TITLE) FROM TASKS t WHERE t.ID = ?", (task_id,)))[1])
    assert rows == [("DONE", "Reached, sends the order", 1)]
    assert recorder.errors == []


def test_calendar_places_tasks_and_moves_by_period(gui, demo_db, recorder, qtbot):
    now = dt.datetime.now().replace(second=0, microsecond=0)
    open_db(qtbot, demo_db)
    due = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(11))
    saved = call_app(qtbot, planner.save_task, TaskDraft(title="Calendar meeting", kind="MEETING", due_at=due,
                                                     duration_min=60))
    w = PlannerWidget(now_fn=lambda: now)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    w.tabs.setCurrentIndex(1)
    _loaded(qtbot, w)
    w.grid.anchor = due.date()
    with qtbot.waitSignal(w.planner_did_load, timeout=15000):
        w.set_view("day")
    assert [t.id for t in w.grid.tasks] == [saved.id]
    w.grid.repaint()
    box = next(b for b, t in w.grid._boxes if t.id == saved.id)
    assert w.grid.task_at(box.center()).id == saved.id
    with qtbot.waitSignal(w.planner_did_load, timeout=15000):
        qtbot.keyClick(w.grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.grid.anchor == due.date() + dt.timedelta(days=1) and w.grid.tasks == []
    with qtbot.waitSignal(w.planner_did_load, timeout=15000):
        w.set_view("month")
    assert saved.id in {t.id for t in w.grid.tasks} or due.month != w.grid.anchor.month


def test_notifier_with_a_fake_clock_shows_and_snoozes(gui, demo_db, recorder, qtbot):
    clock = [dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)]
    open_db(qtbot, demo_db)
    due = clock[0] + dt.timedelta(minutes=30)
    saved = call_app(qtbot, planner.save_task, TaskDraft(title="Remind me", due_at=due))  # reminder at +15 min
    n = ReminderNotifier(None, now_fn=lambda: clock[0], interval_ms=3_600_000)

    def poll():
        op = n.poll()
        qtbot.waitUntil(lambda: op.done, timeout=10000)

    n._running = True
    poll()
    assert not n.popup.isVisible() and n.popup.cards == []
    clock[0] += dt.timedelta(minutes=16)
    poll()
    assert n.popup.isVisible()
    assert [c.item.task_id for c in n.popup.cards] == [saved.id]
    card = n.popup.cards[0]
    op = None
    with qtbot.waitSignal(n.reminder_notifier_did_change, timeout=10000):
        qtbot.mouseClick(card.snooze10_button, Qt.MouseButton.LeftButton)
    assert not n.popup.isVisible()
    clock[0] += dt.timedelta(minutes=5)
    poll()
    assert not n.popup.isVisible()
    clock[0] += dt.timedelta(minutes=6)  # past the snooze
    poll()
    assert n.popup.isVisible() and [c.item.task_id for c in n.popup.cards] == [saved.id]
    with qtbot.waitSignal(n.reminder_notifier_did_change, timeout=10000):
        qtbot.mouseClick(n.popup.cards[0].dismiss_button, Qt.MouseButton.LeftButton)
    clock[0] += dt.timedelta(hours=1)
    poll()
    assert not n.popup.isVisible() and op is None
    n.stop()
    n.popup.close()


def test_task_dialog_refuses_an_empty_title(gui, demo_db, recorder, qtbot):
    open_db(qtbot, demo_db)
    choices = call_app(qtbot, planner.task_choices)
    dlg = TaskDialog(choices)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.title_edit.setText("   ")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.op is not None and dlg.op.done, timeout=10000)
    assert dlg.isVisible()
    assert "title" in dlg.error_text
    from ui.widgets.field_editors import is_marked_invalid

    assert is_marked_invalid(dlg.title_edit)
    # typed text then saves and closes
    dlg.title_edit.setText("Call back tomorrow")
    with qtbot.waitSignal(dlg.task_dialog_did_save, timeout=10000) as sig:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].id > 0 and not dlg.isVisible()
    assert recorder.errors == []


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A stray modal dialog would block the test run: fail loudly instead."""
    monkeypatch.setattr(planner_view, "ask_when", lambda parent, start: start + dt.timedelta(days=2))


def test_popup_scrolls_the_reminder_that_just_fell_due_into_view(qapp, qtbot):
    """A manager with overdue tasks gets many cards (oldest first): the one that fell due now was
    below the fold (seen on the demo as MGR_IVANOV, tests/ui/test_manager_day.py)."""
    now = dt.datetime(2025, 3, 12, 9, 0)
    popup = ReminderPopup(lambda: now)
    qtbot.addWidget(popup)
    overdue = [ReminderItem(None, i, f"Overdue {i}", now - dt.timedelta(days=9 - i), now - dt.timedelta(days=9 - i))
               for i in range(1, 8)]
    popup.set_items(overdue)
    popup.show()
    just_due = ReminderItem(None, 99, "Due now", now, now + dt.timedelta(minutes=15))
    new = popup.set_items(overdue + [just_due])
    assert [c.item.text for c in new] == ["Due now"] and popup.cards[-1] is new[0]
    card = new[0]
    qtbot.waitUntil(lambda: card.visibleRegion().boundingRect().height() == card.height(), timeout=5000)
    assert popup.scroll.verticalScrollBar().value() == popup.scroll.verticalScrollBar().maximum() > 0


def test_planner_remembers_its_page_and_calendar_view(gui, demo_db, recorder, qtbot):
    from shiboken6 import isValid

    from ui.planner.calendar_view import MONTH, WEEK

    open_db(qtbot, demo_db)
    first = PlannerWidget()
    assert first.tabs.currentIndex() == 0 and first.grid.view == WEEK  # the defaults on a first start
    _loaded(qtbot, first)
    first.tabs.setCurrentIndex(1)
    month = next(b for b in first.view_group.buttons() if b.property("view") == MONTH)
    with qtbot.waitSignal(first.planner_did_load, timeout=15000):
        month.click()
    first.deleteLater()
    qtbot.waitUntil(lambda: not isValid(first), timeout=5000)

    again = PlannerWidget()
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1 and again.grid.view == MONTH
    assert [b.property("view") for b in again.view_group.buttons() if b.isChecked()] == [MONTH]
    _loaded(qtbot, again)
    start, end = again.grid.days()[0], again.grid.days()[-1]
    assert (end - start).days >= 27  # a month is read and shown
    again.tabs.setCurrentIndex(0)
    third = PlannerWidget()
    qtbot.addWidget(third)
    assert third.tabs.currentIndex() == 0 and third.grid.view == MONTH
    assert recorder.errors == []


def test_planner_ignores_a_damaged_saved_state(gui, demo_db, qtbot):
    from ui import state
    from ui.planner.calendar_view import WEEK

    s = state.settings()
    s.setValue(planner_view.KEY_PAGE, "yesterday")
    s.setValue(planner_view.KEY_CALENDAR_VIEW, "fortnight")
    s.sync()
    w = PlannerWidget()
    qtbot.addWidget(w)
    assert w.tabs.currentIndex() == 0 and w.grid.view == WEEK
