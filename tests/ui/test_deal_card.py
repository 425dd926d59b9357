"""The deal card on the embedded demo database: open a demo deal, edit + Ctrl+S, an error at the
field, move the stage, lose it with a reason through the dialog, add a product line and see the
amount, a new deal for a client, and the lost-reason dialog itself."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app import deals
from tests.ui.helpers import call_app, discard_on_close, manager_fixture, open_card  # noqa: F401 (fixtures)

from ui.dialogs.lost_reason import LostReasonDialog
from ui.widgets.field_editors import is_marked_invalid


def open_deal_id(qtbot) -> int:
    """An open demo deal in the default funnel with product lines, in its first stage."""
    rows = call_app(qtbot, lambda ctx: ctx.reader.query(
        "SELECT FIRST 1 d.ID FROM DEALS d JOIN FUNNELS f ON f.ID = d.FUNNEL_ID JOIN STAGES s ON s.ID = d.STAGE_ID "
        "WHERE d.OUTCOME = 'OPEN' AND f.IS_DEFAULT = TRUE AND s.SORT_ORDER = 1 AND d.AMOUNT > 0 "
        "AND EXISTS (SELECT 1 FROM DEAL_LINES l WHERE l.DEAL_ID = d.ID) ORDER BY d.ID"))
    assert rows, "the demo data has open deals in the first stage"
    return rows[0][0]


def test_card_shows_the_deal_and_opens_once(manager, qtbot):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    form = card.form
    assert card.main.title_edit.text() == form.draft.title and form.draft.title in card.title_label.text()
    assert card.lines.table.rowCount() == len(form.draft.lines) > 0
    assert card.tables.stages.rowCount() == len(form.history) >= 1
    assert card.stage_combo.currentText() == form.stage_name
    assert card.main.probability_spin.value() in (-1, form.draft.probability)
    assert not card.is_dirty() and manager.open_deal(did) is card


def test_a_title_with_quotes_and_markup_shows_as_typed(manager, qtbot):
    """A product name like ``Монитор 27"`` or a title with ``<b>`` and ``&`` is text, not HTML."""
    did = open_deal_id(qtbot)
    title = 'Монитор 27" <b>x</b> & Co'
    call_app(qtbot, lambda ctx: _set_title(ctx, did, title))
    card = open_card(manager, qtbot, did)
    assert card.title_label.textFormat() == Qt.TextFormat.PlainText
    assert card.title_label.text() == title and card.main.title_edit.text() == title


def _set_title(ctx, deal_id: int, title: str) -> None:
    form = deals.load_deal(ctx, deal_id)
    form.draft.title = title
    deals.save_deal(ctx, form.draft)


def test_edit_and_save_with_ctrl_s(manager, qtbot):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    version = card.original.version
    card.main.title_edit.clear()
    qtbot.keyClicks(card.main.title_edit, "Pumps for the plant")
    card.main.next_step_edit.setText("Send the offer")
    assert card.is_dirty() and card.isWindowModified()
    card.activateWindow()
    qtbot.keyClick(card.main.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not card._saving and not card.is_dirty(), timeout=10000)
    form = call_app(qtbot, deals.load_deal, did)
    assert form.draft.title == "Pumps for the plant" and form.draft.next_step == "Send the offer"
    assert form.draft.version == version + 1
    # an empty title is refused at the field, and what was typed stays
    card.main.title_edit.clear()
    card.save()
    qtbot.waitUntil(lambda: is_marked_invalid(card.main.title_edit), timeout=10000)
    assert "Title" in card.message_label.text() and card.is_dirty()


def test_move_stage_and_lose_with_a_reason(manager, qtbot, monkeypatch):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    moves = len(card.form.history)
    idx = card.stage_combo.findText("Qualification")
    card.stage_combo.setCurrentIndex(idx)
    card.stage_combo.activated.emit(idx)
    qtbot.waitUntil(lambda: card.form.stage_name == "Qualification", timeout=10000)
    assert card.tables.stages.rowCount() == moves + 1
    assert card.tables.stages.item(0, 0).text() == "New lead" and card.tables.stages.item(0, 1).text() == "Qualification"
    reasons = call_app(qtbot, deals.lost_reasons)
    asked = []

    def answer(parent, rs, count):
        asked.append((rs, count))
        return reasons[1][0], "Too expensive for them"

    monkeypatch.setattr(LostReasonDialog, "get", staticmethod(answer))
    card.lost_action.trigger()
    qtbot.waitUntil(lambda: card.form.outcome == "LOST", timeout=10000)
    assert asked == [(reasons, 1)]
    form = call_app(qtbot, deals.load_deal, did)
    assert (form.lost_reason, form.lost_comment) == (reasons[1][1], "Too expensive for them")
    assert form.closed_at is not None and "Too expensive" in card.summary_label.text()
    assert card.reopen_action.isEnabled() and card.won_action.isEnabled()
    card.reopen_action.trigger()
    qtbot.waitUntil(lambda: card.form.outcome == "OPEN", timeout=10000)
    assert card.form.stage_name == "Qualification"


def test_add_a_product_line_and_see_the_amount(manager, qtbot):
    did = open_deal_id(qtbot)
    card = open_card(manager, qtbot, did)
    before = card.form.draft.amount
    product = next(p for p in card.cache.data.products if p.price)
    row = card.lines.add_product(product.id)
    card.lines.table.item(row, 1).setText("3")
    card.lines.table.item(row, 3).setText("10")
    expected = (product.price * 3 * Decimal("0.9")).quantize(Decimal("0.01"))
    assert Decimal(card.lines.table.item(row, 4).text().replace(",", "")) == expected
    assert card.lines.total() == before + expected
    assert card.main.amount_edit.isReadOnly()
    card.save()
    qtbot.waitUntil(lambda: not card._saving and not card.is_dirty(), timeout=10000)
    form = call_app(qtbot, deals.load_deal, did)
    assert form.draft.amount == before + expected and form.draft.lines[-1].name == product.name
    assert form.draft.lines[-1].amount == expected


def test_new_deal_for_a_client(manager, qtbot):
    cid = call_app(qtbot, lambda ctx: ctx.reader.query("SELECT FIRST 1 c.ID FROM CLIENTS c ORDER BY c.ID"))[0][0]
    card = manager.new_deal(cid)
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    assert card.stage_combo.currentText() == "New lead" and not card.won_action.isEnabled()
    qtbot.keyClicks(card.main.title_edit, "New pump order")
    card.main.amount_edit.setText("1500")
    card.save()
    qtbot.waitUntil(lambda: card.deal_id is not None and card.loaded and card.form.draft.id is not None, timeout=10000)
    form = call_app(qtbot, deals.load_deal, card.deal_id)
    assert (form.draft.title, form.draft.amount, form.draft.client_id) == ("New pump order", Decimal(1500), cid)
    assert manager.open_deal(card.deal_id) is card


def test_lost_reason_dialog(qtbot):
    dlg = LostReasonDialog(None, [(1, "Price"), (2, "Competitor")], count=3)
    qtbot.addWidget(dlg)
    assert "3" in dlg.intro.text() and not dlg.ok_button.isEnabled()
    dlg.reason_combo.setCurrentIndex(2)
    dlg.comment_edit.setPlainText("  went elsewhere ")
    assert dlg.ok_button.isEnabled() and dlg.result_value() == (2, "went elsewhere")
    dlg.comment_edit.setPlainText("x" * 501)
    assert not dlg.ok_button.isEnabled() and "too long" in dlg.hint.text()
