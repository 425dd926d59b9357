"""Issue #10 in the client card: a note over 64 KB opens in the card, and a control character
typed or pasted into a field is shown at that field with nothing saved."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app import clients
from app.clients import ClientDraft

from ui import ops
from ui.widgets.field_editors import is_marked_invalid


def run(qtbot, fn, *args):
    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    if op.error is not None:
        raise op.error
    return op.result


def open_card(window, qtbot, client_id):
    card = window.cards.open_client(client_id)
    qtbot.waitUntil(lambda: card.loaded, timeout=20000)
    return card


def test_a_card_with_a_100_kb_note_opens_and_saves(main_window, qtbot, recorder):
    note = "Длинная заметка о клиенте.\n" * 4000  # ~190 KB of UTF-8, over fdb's 64 KB stream threshold
    saved = run(qtbot, clients.save_client, ClientDraft(name="Big note", note=note))
    card = open_card(main_window, qtbot, saved.id)
    assert recorder.errors == []
    assert card.ui.noteEdit.toPlainText() == note.rstrip("\n") or card.ui.noteEdit.toPlainText() == note
    card.ui.cityEdit.setText("Тверь")
    card.main.tab_did_edit.emit()
    with qtbot.waitSignal(card.client_card_did_save_client, timeout=20000):
        card.activateWindow()
        qtbot.keyClick(card.ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = run(qtbot, clients.load_client_card, saved.id).draft
    assert stored.city == "Тверь" and stored.note == note


def test_a_control_character_is_shown_at_its_field_and_nothing_is_saved(main_window, qtbot, recorder):
    saved = run(qtbot, clients.save_client, ClientDraft(name="Clean", note="clean"))
    card = open_card(main_window, qtbot, saved.id)
    card.ui.noteEdit.setPlainText("pasted\x00text")
    card.main.tab_did_edit.emit()
    card.activateWindow()
    qtbot.keyClick(card.ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(card.message_label.text()), timeout=20000)
    assert "control character" in card.message_label.text() and "U+0000" in card.message_label.text()
    assert is_marked_invalid(card.ui.noteEdit)
    assert recorder.errors == []  # at the field, not in a box
    assert card.ui.noteEdit.toPlainText() == "pasted\x00text"  # the user's input stays
    stored = run(qtbot, clients.load_client_card, saved.id).draft
    assert stored.note == "clean" and stored.version == saved.version
