"""The client card on the embedded demo database: load, edit + Ctrl+S, errors at the field,
conflicts with a second session, Ctrl+1 + Enter, duplicates, status, custom fields, files."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from app import clients, custom_fields, files, interactions
from app.context import AppContext, spec_from
from app.custom_fields import FieldDef

from ui import ops
from ui.cards.client_card import card as card_module
from ui.cards.client_card import files_tab, history_tab
from ui.dialogs import conflict
from ui.widgets.field_editors import is_marked_invalid


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """A card closed with edits (the window closing after a test) discards them without a box."""
    monkeypatch.setattr(card_module, "ask_unsaved", lambda parent, name: card_module.DISCARD)


def run(qtbot, fn, *args):
    """Run an app function on the window's own worker and return its result (reads back saves)."""
    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    if op.error is not None:
        raise op.error
    return op.result


def open_card(window, qtbot, client_id):
    card = window.cards.open_client(client_id)
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    return card


def busy_client(window, qtbot) -> int:
    """A demo client with history, contacts and phones (the cards of most clients have them)."""
    model = window.client_list.model
    for row in range(model.rowCount()):
        cid = model.row_id_at(row)
        c = run(qtbot, clients.load_client_card, cid)
        if c.history and c.draft.phones and c.draft.contacts:
            return cid
    raise AssertionError("no demo client with history, phones and contacts")


def second_session(demo_db) -> AppContext:
    """Another "workstation" on the same file (one process may hold several attachments)."""
    return AppContext(spec_from(str(demo_db)), guard=False)


def save_keys(qtbot, card) -> None:
    card.activateWindow()
    qtbot.keyClick(card.ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_card_shows_the_client_and_opens_once(main_window, qtbot, qtmodeltester, tmp_path):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    data = card.data
    assert card.ui.nameLabel.text() == data.draft.name == card.ui.nameEdit.text()
    assert card.ui.statusCombo.currentData() == data.draft.status
    assert "Last contact" in card.ui.summaryLabel.text() and "Open deals" in card.ui.summaryLabel.text()
    assert card.history.model.rowCount() == len(data.history)
    times = [h.occurred_at for h in card.history.model.rows]
    assert times == sorted(times, reverse=True)  # newest first
    assert card.contacts.model.rowCount() == len(data.draft.contacts)
    assert len(card.phones.phones.rows) == len(data.draft.phones)
    assert not card.is_dirty() and not card.isWindowModified()
    for model in (card.history.model, card.contacts.model, card.records.deals, card.addresses.model):
        qtmodeltester.check(model)
    assert main_window.cards.open_client(cid) is card  # the open card is raised, not a second one
    assert card.grab().save(str(tmp_path / "card.png"))


def test_edit_city_and_ctrl_s_saves_it(main_window, qtbot):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    version = card.original.version
    card.ui.cityEdit.clear()
    qtbot.keyClicks(card.ui.cityEdit, "Tver")
    assert card.is_dirty() and card.isWindowModified()
    with qtbot.waitSignal(card.client_card_did_save_client, timeout=10000):
        save_keys(qtbot, card)
    stored = run(qtbot, clients.load_client_card, cid)
    assert stored.draft.city == "Tver" and stored.draft.version > version
    qtbot.waitUntil(lambda: card.original.version == stored.draft.version and not card.is_dirty(), timeout=5000)
    assert card.ui.cityEdit.text() == "Tver"


def test_invalid_phone_is_shown_at_the_field_and_nothing_is_saved(main_window, qtbot, recorder):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    before = run(qtbot, clients.load_client_card, cid).draft
    row = card.phones.phones.add_row()
    qtbot.keyClicks(row.number, "12")
    save_keys(qtbot, card)
    qtbot.waitUntil(lambda: bool(card.message_label.text()), timeout=10000)
    assert card.ui.tabs.currentWidget() is card.ui.phonesTab
    assert is_marked_invalid(row.number) and "12" in row.number.toolTip()
    assert row.number.text() == "12"  # the user's input stays
    assert recorder.errors == []  # shown at the field, not in a box
    after = run(qtbot, clients.load_client_card, cid).draft
    assert after.version == before.version and after.phones == before.phones


def _conflict_setup(main_window, qtbot, demo_db, monkeypatch, answer):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    with second_session(demo_db) as other:  # another workstation changes the city meanwhile
        theirs = clients.load_client_card(other, cid).draft
        theirs.city = "Their city"
        clients.save_client(other, theirs)
    asked = []

    def ask(parent, info, fields, what=""):
        asked.append((info, fields, what))
        return answer

    monkeypatch.setattr(conflict, "ask_conflict", ask)
    card.ui.regionEdit.setText("")
    qtbot.keyClicks(card.ui.regionEdit, "My region")
    card.main.tab_did_edit.emit()
    save_keys(qtbot, card)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    info, fields, what = asked[0]
    assert info.changed_by == "SYSDBA" and "City" in fields and what == card.ui.nameEdit.text()
    return cid, card


def test_conflict_overwrite_saves_mine(main_window, qtbot, demo_db, monkeypatch):
    cid, card = _conflict_setup(main_window, qtbot, demo_db, monkeypatch, conflict.OVERWRITE)
    qtbot.waitUntil(lambda: run(qtbot, clients.load_client_card, cid).draft.region == "My region", timeout=10000)
    stored = run(qtbot, clients.load_client_card, cid).draft
    assert stored.city != "Their city"  # overwrite means my whole card wins
    qtbot.waitUntil(lambda: not card.is_dirty(), timeout=5000)


def test_conflict_reload_shows_theirs(main_window, qtbot, demo_db, monkeypatch):
    cid, card = _conflict_setup(main_window, qtbot, demo_db, monkeypatch, conflict.RELOAD)
    qtbot.waitUntil(lambda: card.ui.cityEdit.text() == "Their city", timeout=10000)
    assert card.ui.regionEdit.text() != "My region" and not card.is_dirty()
    assert run(qtbot, clients.load_client_card, cid).draft.region != "My region"


def test_conflict_copy_puts_my_edits_on_the_clipboard(main_window, qtbot, demo_db, monkeypatch):
    _cid, card = _conflict_setup(main_window, qtbot, demo_db, monkeypatch, conflict.COPY)
    qtbot.waitUntil(lambda: card.ui.cityEdit.text() == "Their city", timeout=10000)
    assert "Region: My region" in QGuiApplication.clipboard().text()


def test_ctrl_1_and_enter_log_a_call(main_window, qtbot):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    before = card.history.model.rowCount()
    card.activateWindow()
    qtbot.keyClick(card.ui.nameEdit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.interaction_dialog is not None and card.interaction_dialog.isVisible(), timeout=5000)
    dlg = card.interaction_dialog
    assert dlg.focusWidget() is dlg.subject_edit  # the cursor waits in the subject
    qtbot.keyClick(dlg.subject_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.history.model.rowCount() == before + 1, timeout=10000)
    top = card.history.model.rows[0]
    assert top.kind == "CALL" and top.result == "REACHED"
    assert abs((dt.datetime.now() - top.occurred_at).total_seconds()) < 120
    today = dt.date.today().isoformat()
    assert f"Last contact {today}" in card.ui.summaryLabel.text()


def test_a_new_card_warns_about_duplicates_while_typing(main_window, qtbot):
    existing = run(qtbot, clients.load_client_card, busy_client(main_window, qtbot))
    card = main_window.cards.new_client()
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    assert card.ui.kindCombo.currentData() == "COMPANY" and card.ui.statusCombo.currentData() == "POTENTIAL"
    assert card.ui.responsibleCombo.currentData() is None
    card.ui.tabs.setCurrentWidget(card.ui.phonesTab)
    row = card.phones.phones.rows[0] if card.phones.phones.rows else card.phones.phones.add_row(focus=True)
    qtbot.keyClicks(row.number, existing.draft.phones[0].number)
    qtbot.waitUntil(lambda: card.ui.duplicatesFrame.isVisible(), timeout=5000)
    text = card.ui.duplicatesLabel.text()
    assert existing.draft.name in text.replace("&amp;", "&") and "same phone" in text
    with qtbot.waitSignal(card.client_card_did_request_open, timeout=2000) as blocker:
        card.ui.duplicatesLabel.linkActivated.emit(f"client:{existing.draft.id}")
    assert blocker.args == [existing.draft.id]


def test_new_client_is_created_and_registered(main_window, qtbot):
    main_window.action_by_id["client.new"].trigger()
    card = main_window.cards.new_cards[-1]
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    qtbot.keyClicks(card.ui.nameEdit, "Brand New Ltd")
    with qtbot.waitSignal(card.client_card_did_save_client, timeout=10000) as blocker:
        save_keys(qtbot, card)
    cid = blocker.args[0]
    assert main_window.cards.cards[cid] is card and card not in main_window.cards.new_cards
    assert run(qtbot, clients.load_client_card, cid).draft.name == "Brand New Ltd"
    qtbot.waitUntil(lambda: card.ui.tabs.isTabEnabled(card.ui.tabs.indexOf(card.ui.historyTab)), timeout=5000)


def test_esc_asks_about_unsaved_changes(main_window, qtbot, monkeypatch):
    card = open_card(main_window, qtbot, busy_client(main_window, qtbot))
    qtbot.keyClicks(card.ui.cityEdit, "x")
    answers = ["cancel", "discard"]
    monkeypatch.setattr(card_module, "ask_unsaved", lambda parent, name: answers.pop(0))
    card.activateWindow()
    qtbot.keyClick(card.ui.cityEdit, Qt.Key.Key_Escape)
    assert card.isVisible() and answers == ["discard"]
    qtbot.keyClick(card.ui.cityEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(card), timeout=5000)  # closed and deleted
    assert main_window.cards.all_cards() == []


def test_choosing_a_status_is_a_lifecycle_step(main_window, qtbot):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    card.ui.cityEdit.end(False)
    qtbot.keyClicks(card.ui.cityEdit, " (edited)")  # edits on screen stay saveable afterwards
    new = next(s for s in ("LOST", "ACTIVE") if s != card.original.status)
    combo = card.ui.statusCombo
    combo.setCurrentIndex(combo.findData(new))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: run(qtbot, clients.load_client_card, cid).draft.status == new, timeout=10000)
    qtbot.waitUntil(lambda: card.original.status == new, timeout=5000)
    with qtbot.waitSignal(card.client_card_did_save_client, timeout=10000):
        card.save()  # no conflict with our own status step
    assert run(qtbot, clients.load_client_card, cid).draft.city.endswith("(edited)")


def test_required_custom_field_is_enforced_at_its_editor(main_window, qtbot, demo_db, recorder):
    with second_session(demo_db) as admin:
        fd = custom_fields.save_field_def(admin, FieldDef(None, "CLIENT", "", "Contract No.", "TEXT", True))
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    card.ui.tabs.setCurrentWidget(card.ui.customTab)
    qtbot.waitUntil(lambda: fd.id in card.custom.editors, timeout=10000)
    editor = card.custom.editors[fd.id]
    card.ui.tabs.setCurrentWidget(card.ui.mainTab)
    qtbot.keyClicks(card.ui.cityEdit, "!")
    card.save()
    qtbot.waitUntil(lambda: is_marked_invalid(editor), timeout=10000)
    assert card.ui.tabs.currentWidget() is card.ui.customTab and recorder.errors == []
    qtbot.keyClicks(editor.inner, "K-17")
    with qtbot.waitSignal(card.client_card_did_save_client, timeout=10000):
        card.save()
    assert run(qtbot, custom_fields.load_values, cid)[fd.id] == "K-17"


def test_files_attach_open_and_delete(main_window, qtbot, tmp_path, monkeypatch, recorder):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    src = tmp_path / "offer.txt"
    src.write_bytes("Коммерческое предложение".encode())
    opened = []
    monkeypatch.setattr(files_tab, "ask_open_files", lambda parent: [str(src)])
    monkeypatch.setattr(files_tab, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(files_tab, "confirm_delete", lambda parent, name: True)
    card.ui.tabs.setCurrentWidget(card.ui.filesTab)
    card.ui.attachFileButton.click()
    qtbot.waitUntil(lambda: card.files.model.rowCount() == 1, timeout=10000)
    card.ui.filesTable.setCurrentIndex(card.files.model.index(0, 0))
    card.ui.openFileButton.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].endswith("offer.txt") and open(opened[0], "rb").read() == src.read_bytes()
    card.ui.deleteFileButton.click()
    qtbot.waitUntil(lambda: card.files.model.rowCount() == 0 or bool(recorder.errors), timeout=10000)
    assert recorder.errors == []
    assert run(qtbot, files.client_files, cid) == []


@pytest.mark.parametrize("kind", ["PERSON", "COMPANY"])
def test_requisites_follow_the_kind(main_window, qtbot, kind):
    card = main_window.cards.new_client()
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    card.ui.kindCombo.setCurrentIndex(card.ui.kindCombo.findData(kind))
    card.ui.kindCombo.activated.emit(card.ui.kindCombo.currentIndex())
    assert card.ui.requisitesGroup.isVisibleTo(card) == (kind == "COMPANY")
    assert card.ui.generalForm.isRowVisible(card.ui.birthdayEdit) == (kind == "PERSON")


def test_ctrl_enter_in_the_note_saves_and_closes(main_window, qtbot):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    card.ui.noteEdit.setPlainText("Prefers calls after 3 pm")
    card.activateWindow()
    card.ui.noteEdit.setFocus()
    qtbot.keyClick(card.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(card), timeout=10000)
    assert run(qtbot, clients.load_client_card, cid).draft.note == "Prefers calls after 3 pm"


def test_history_filter_and_full_text_on_double_click(main_window, qtbot, monkeypatch):
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    card.ui.tabs.setCurrentWidget(card.ui.historyTab)
    shown = []
    monkeypatch.setattr(history_tab, "show_body", lambda parent, item, text: shown.append((item, text)))
    view = card.ui.historyTable
    view.activated.emit(card.history.model.index(0, 0))  # what Enter / a double-click emit
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    item, text = shown[0]
    assert item is card.history.model.rows[0]
    assert text == run(qtbot, interactions.interaction_body, item.id)
    kind = card.history.model.rows[0].kind
    combo = card.ui.historyFilterCombo
    combo.setCurrentIndex(combo.findData(kind))
    combo.activated.emit(combo.currentIndex())
    expected = run(qtbot, interactions.client_history, cid, kind)
    qtbot.waitUntil(lambda: [h.id for h in card.history.model.rows] == [h.id for h in expected], timeout=5000)
    assert {h.kind for h in card.history.model.rows} == {kind}


def test_add_and_remove_contact_and_address_rows(main_window, qtbot):
    """The contacts and addresses tabs add a row (focus in its first field) and remove the current one."""
    cid = busy_client(main_window, qtbot)
    card = open_card(main_window, qtbot, cid)
    n_contacts, n_addresses = len(card.contacts.contacts), len(card.addresses.addresses)
    card.ui.tabs.setCurrentIndex(1)  # contact persons: type where a user types
    card.contacts.add_contact()
    qtbot.keyClicks(card.ui.contactNameEdit, "Sidorov Petr")
    card.ui.tabs.setCurrentIndex(3)  # addresses
    card.addresses.add_address()
    qtbot.keyClicks(card.ui.addressCityEdit, "Tula")
    card.addresses.add_address()
    card.addresses.remove_address()  # the empty second one goes again
    assert len(card.contacts.contacts) == n_contacts + 1 and len(card.addresses.addresses) == n_addresses + 1
    with qtbot.waitSignal(card.client_card_did_save_client, timeout=10000):
        save_keys(qtbot, card)
    stored = run(qtbot, clients.load_client_card, cid).draft
    assert "Sidorov Petr" in [c.full_name for c in stored.contacts]
    assert "Tula" in [a.city for a in stored.addresses]


def test_a_read_only_login_gets_a_read_only_card(main_window, qtbot):
    from app.security import MyRights

    main_window.cards.set_rights(MyRights("CRM_READONLY", {"V_CLIENTS": frozenset({"SELECT"})}))
    try:
        card = open_card(main_window, qtbot, busy_client(main_window, qtbot))
        assert not card.save_action.isEnabled() and not card.save_close_action.isEnabled()
        assert not card.call_action.isEnabled()
        assert "(read only)" in card.windowTitle()
    finally:
        main_window.cards.set_rights(None)
