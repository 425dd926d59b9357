"""The deal card's second pass on the embedded demo database (issue #5): a new deal without a
client (lookup, funnel choice), the Files, Tasks and History tabs with their keys, the conflict
bar and dialog naming the other user's fields with "Copy my changes" keeping my edits, and the
Print menu's report requests."""
from __future__ import annotations

import re

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import deal_files, deals
from app.changes import DEAL, Changes
from tests.ui.helpers import call_app, discard_on_close, manager_fixture, open_card  # noqa: F401 (fixtures)

from ui.cards import deal_card as card_module
from ui.dialogs import conflict
from ui.dialogs.interaction import InteractionDialog
from ui.planner import planner_view
from ui.planner.task_dialog import TaskDialog
from ui.widgets import files_panel
from ui.widgets.field_editors import is_marked_invalid


def query(qtbot, sql, params=()):
    return call_app(qtbot, lambda ctx: ctx.reader.query(sql, params))


def open_deal_id(qtbot) -> int:
    """A fresh open deal without product lines (so its amount is typed) of a demo client with contacts."""
    cid = query(qtbot, "SELECT FIRST 1 c.ID FROM CLIENTS c WHERE EXISTS "
                       "(SELECT 1 FROM CONTACTS k WHERE k.CLIENT_ID = c.ID) ORDER BY c.ID")[0][0]
    return call_app(qtbot, deals.save_deal, deals.DealDraft(client_id=cid, title="Test pumps", amount=Decimal(100))).id


def test_new_deal_without_a_client_looks_it_up_and_picks_a_funnel(manager, qtbot):
    cid, inn, name = query(qtbot, "SELECT FIRST 1 c.ID, c.INN, c.NAME FROM CLIENTS c WHERE c.INN IS NOT NULL "
                                  "AND EXISTS (SELECT 1 FROM CONTACTS k WHERE k.CLIENT_ID = c.ID) ORDER BY c.ID")[0]
    card = manager.new_deal()
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    lookup = card.main.client_lookup
    assert lookup.isVisibleTo(card) and not card.main.client_label.isVisibleTo(card)
    assert card.main.funnel_combo.isVisibleTo(card) and card.stage_combo.currentText() == "New lead"
    assert card.main.contact_combo.count() == 1 and not card.won_action.isEnabled()
    assert "Client: not chosen" in card.summary_label.text()
    # no client: refused at the lookup, the title typed stays
    card.main.title_edit.setText("Boiler room")
    card.save()
    qtbot.waitUntil(lambda: is_marked_invalid(lookup), timeout=10000)
    assert "client" in card.message_label.text() and card.main.title_edit.text() == "Boiler room"
    # typed but not picked: refused before asking the database
    lookup.setFocus()
    qtbot.keyClicks(lookup, inn[:8])
    card.save()
    assert "Choose the client from the list" in card.message_label.text() and card.deal_id is None
    with qtbot.waitSignal(lookup.client_lookup_did_find, timeout=10000) as found:
        lookup.search_now()
    assert found.args[0] >= 1
    label = next(lb for lb, row in lookup.matches.items() if row.id == cid)
    lookup.choose_label(label)
    qtbot.waitUntil(lambda: card.main.contact_combo.count() > 1, timeout=10000)
    assert lookup.text() == name and card.main.client_lookup.client_id == cid and card.client_id == cid
    assert f"client:{cid}" in card.summary_label.text()
    # another funnel: its stages, the first open one chosen
    funnels = card.cache.data.funnels
    other = next(f for f in funnels if not f.is_default and f.open_stages)
    idx = card.main.funnel_combo.findData(other.id)
    card.main.funnel_combo.setCurrentIndex(idx)
    card.main.funnel_combo.activated.emit(idx)
    assert card.stage_combo.currentData() == other.open_stages[0].id
    assert [card.stage_combo.itemData(i) for i in range(card.stage_combo.count())] == [s.id for s in other.stages]
    contact = card.main.contact_combo.itemData(1)
    card.main.contact_combo.setCurrentIndex(1)
    card.save()
    qtbot.waitUntil(lambda: card.deal_id is not None and card.loaded and card.form.draft.id is not None,
                    timeout=10000)
    form = call_app(qtbot, deals.load_deal, card.deal_id)
    assert (form.draft.client_id, form.draft.funnel_id, form.draft.stage_id, form.draft.contact_id,
            form.draft.title) == (cid, other.id, other.open_stages[0].id, contact, "Boiler room")
    assert card.main.client_label.isVisibleTo(card) and not card.main.funnel_combo.isVisibleTo(card)
    assert manager.open_deal(card.deal_id) is card


def test_files_tab_attach_open_save_delete(manager, qtbot, monkeypatch, tmp_path):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    src = tmp_path / "spec sheet.txt"
    src.write_bytes(b"pump P-100, 3 kW")
    monkeypatch.setattr(files_panel, "ask_open_files", lambda parent: [str(src)])
    opened, asked = [], []
    monkeypatch.setattr(files_panel, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(files_panel, "confirm_delete", lambda parent, q: asked.append(q) or True)
    panel = card.files
    card.tabs.setCurrentIndex(card_module.TAB_FILES)
    qtbot.waitUntil(lambda: panel.loaded, timeout=10000)
    assert card.tabs.isTabEnabled(card_module.TAB_FILES) and panel.model.rowCount() == 0
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    stored = call_app(qtbot, deal_files.deal_files, did)
    assert [(f.file_name, f.size_bytes) for f in stored] == [("spec sheet.txt", 16)]
    assert panel.current().id == stored[0].id and panel.delete_button.isEnabled()
    panel.open_current()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert opened[0].endswith("spec sheet.txt") and open(opened[0], "rb").read() == b"pump P-100, 3 kW"
    target = tmp_path / "copy.txt"
    monkeypatch.setattr(files_panel, "ask_save_path", lambda parent, name: str(target))
    panel.save_current()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert target.read_bytes() == b"pump P-100, 3 kW"
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10000)
    assert "spec sheet.txt" in asked[0] and "deal" in asked[0] and call_app(qtbot, deal_files.deal_files, did) == []


def test_tasks_tab_new_open_done(manager, qtbot, monkeypatch):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    before = len(card.form.tasks)
    card.tabs.setCurrentIndex(card_module.TAB_TASKS)
    card.tables.tasks.setFocus()
    qtbot.keyClick(card.tables.tasks, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(card.tasks.dialog, TaskDialog), timeout=10000)
    dlg = card.tasks.dialog
    qtbot.waitUntil(lambda: dlg.deal_combo.currentData() == did, timeout=10000)
    assert dlg.client_id == card.form.draft.client_id and dlg.client_edit.text() == card.form.client_name
    dlg.title_edit.setText("Send the drawings")
    dlg.save()
    qtbot.waitUntil(lambda: len(card.form.tasks) == before + 1, timeout=10000)
    row = next(i for i, t in enumerate(card.form.tasks) if t.title == "Send the drawings")
    task = card.form.tasks[row]
    assert card.tables.tasks.rowCount() == before + 1 and task.status == "OPEN"
    # Enter opens it in the planner's dialog
    card.tables.tasks.setCurrentCell(row, 0)
    card.tasks.dialog = None
    qtbot.keyClick(card.tables.tasks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.tasks.dialog is not None, timeout=10000)
    assert card.tasks.dialog.draft0.id == task.id and card.tasks.dialog.title_edit.text() == "Send the drawings"
    card.tasks.dialog.reject()
    # Ctrl+D: done with a result, logged on the deal
    asked = []
    monkeypatch.setattr(planner_view, "ask_done", lambda parent, t: asked.append(t) or ("sent by mail", None, True))
    card.tables.tasks.setCurrentCell(row, 0)
    card.activateWindow()  # the task dialog was the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card, timeout=5000)
    card.tables.tasks.setFocus()
    qtbot.keyClick(card.tables.tasks, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(t.id == task.id and t.status == "DONE" for t in card.form.tasks), timeout=10000)
    assert asked[0].title == "Send the drawings" and asked[0].deal_id == did
    stored = query(qtbot, "SELECT t.STATUS, t.RESULT FROM TASKS t WHERE t.ID = ?", (task.id,))[0]
    assert (stored[0].strip(), stored[1]) == ("DONE", "sent by mail")


def test_history_tab_logs_a_call_on_the_deal(manager, qtbot):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    before = len(card.form.interactions)
    card.activateWindow()
    qtbot.keyClick(card.main.title_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(card.history.dialog, InteractionDialog), timeout=10000)
    dlg = card.history.dialog
    assert dlg.kind_combo.currentData() == "CALL" and dlg.draft().deal_id == did
    dlg.subject_edit.setText("Price agreed")
    dlg.save()
    qtbot.waitUntil(lambda: len(card.form.interactions) == before + 1, timeout=10000)
    assert card.form.interactions[0].subject == "Price agreed" and card.form.interactions[0].deal_id == did
    assert card.tables.interactions.rowCount() == before + 1
    assert card.history.actions_["NOTE"].shortcut().toString() == "Ctrl+3"


def _theirs(qtbot, did, **values):
    """Another user's save: load, change ``values``, save (the version moves on)."""
    form = call_app(qtbot, deals.load_deal, did)
    for k, v in values.items():
        setattr(form.draft, k, v)
    return call_app(qtbot, deals.save_deal, form.draft)


def test_conflict_bar_names_their_fields_and_copy_keeps_mine(manager, qtbot):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    card.main.title_edit.setText("My better title")
    _theirs(qtbot, did, amount=Decimal("777.00"), next_step="Their next step")
    card.refresher.publish(Changes.of(DEAL, did))
    qtbot.waitUntil(lambda: card.conflict_bar.isVisibleTo(card), timeout=10000)
    text = card.conflict_label.text()
    assert "Amount" in text and "Next step" in text and "Title" not in text
    assert card.main.title_edit.text() == "My better title"  # never reloaded over my edits
    card.copy_mine_button.click()
    qtbot.waitUntil(lambda: card.main.next_step_edit.text() == "Their next step", timeout=10000)
    assert card.main.title_edit.text() == "My better title" and card.is_dirty()
    assert "777" in card.main.amount_edit.text() and not card.conflict_bar.isVisibleTo(card)
    assert "Title: My better title" in QGuiApplication.clipboard().text()
    card.save()
    qtbot.waitUntil(lambda: not card._saving and not card.is_dirty(), timeout=10000)
    form = call_app(qtbot, deals.load_deal, did)
    assert (form.draft.title, form.draft.amount, form.draft.next_step) == (
        "My better title", Decimal("777.00"), "Their next step")


def test_conflict_on_save_asks_with_their_fields(manager, qtbot, monkeypatch):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    card.main.next_step_edit.setText("Call on Monday")
    _theirs(qtbot, did, note="Their note")
    asked = []
    monkeypatch.setattr(conflict, "ask_conflict",
                        lambda parent, info, fields, what: asked.append((fields, what)) or conflict.COPY)
    card.save()
    qtbot.waitUntil(lambda: bool(asked) and card.main.note_edit.toPlainText() == "Their note", timeout=10000)
    assert asked[0][0] == ["Note"] and card.main.next_step_edit.text() == "Call on Monday" and card.is_dirty()
    card.save()
    qtbot.waitUntil(lambda: not card._saving and not card.is_dirty(), timeout=10000)
    form = call_app(qtbot, deals.load_deal, did)
    assert (form.draft.note, form.draft.next_step) == ("Their note", "Call on Monday") and len(asked) == 1
    # Reload drops my edits and shows theirs
    card.main.title_edit.setText("Mine")
    _theirs(qtbot, did, title="Theirs")
    monkeypatch.setattr(conflict, "ask_conflict", lambda parent, info, fields, what: conflict.RELOAD)
    card.save()
    qtbot.waitUntil(lambda: card.main.title_edit.text() == "Theirs" and not card.is_dirty(), timeout=10000)


def test_print_menu_requests_the_reports(manager, qtbot):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    got = []
    manager.deal_manager_did_request_report.connect(lambda rid, values: got.append((rid, values)))
    assert card.print_action.shortcut().toString() == "Ctrl+P" and card.print_button.menu() is card.print_menu
    for act in card.print_menu.actions():
        if act.objectName().startswith("print."):
            act.trigger()
    # issue #13: the invoice printed is a real one, issued (numbered by the server) on the way
    qtbot.waitUntil(lambda: len(got) == 3, timeout=10000)
    assert got[:2] == [("deals.card", {"deal": did}), ("documents.offer", {"deal": did})]
    rid, values = got[2]
    assert rid == "documents.invoice" and values["deal"] == did and re.fullmatch(r"\d{4}-\d{4}", values["number"])
    card.print_menu.actions()[2].trigger()  # printed again: the same invoice, no new number
    qtbot.waitUntil(lambda: len(got) == 4, timeout=10000)
    assert got[3] == got[2]
    got.clear()
    new = manager.new_deal()
    qtbot.waitUntil(lambda: new.loaded, timeout=10000)
    new.print_menu.actions()[0].trigger()
    assert got == [] and "Save the new deal first" in new.statusBar().currentMessage()
