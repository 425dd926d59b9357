"""Invoices and payments from the deal card (ui/dialogs/payment.py): a new invoice gets its
number, a payment is recorded in the dialog (a bad amount is shown at the field and nothing is
lost), the state follows; printing asks for the invoice form with the number."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate

from app import invoices as inv

from tests.ui.helpers import call_app, discard_on_close, manager_fixture, open_card  # noqa: F401 (fixtures)
from ui.dialogs.payment import InvoicesDialog, PaymentDialog


def _deal_with_amount(qtbot):
    from tests.ui.helpers import sql

    return call_app(qtbot, lambda ctx: sql(ctx, "SELECT FIRST 1 d.ID FROM DEALS d WHERE d.AMOUNT > 0 "
                                                "AND d.OUTCOME = 'OPEN' ORDER BY d.ID")[0][0])


def test_invoices_and_payment_dialog(manager, qtbot):
    did = _deal_with_amount(qtbot)
    card = open_card(manager, qtbot, did)
    card.invoices_action.trigger()
    dlg = card.invoices_dialog
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    assert dlg.table.rowCount() == 0 and not dlg.pay_button.isEnabled()
    dlg.new_button.click()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10000)
    first = dlg.items[0]
    assert first.state == "ISSUED" and first.number and dlg.pay_button.isEnabled()
    assert dlg.table.item(0, 5).text() == "Issued"

    dlg.on_pay_clicked()
    pay: PaymentDialog = dlg.payment_dialog
    assert Decimal(pay.amount_edit.text()) == first.outstanding
    pay.amount_edit.setText("abc")
    pay.on_save_clicked()
    qtbot.waitUntil(lambda: pay.buttons.isEnabled(), timeout=10000)
    assert "not an amount" in pay.error_label.text() and pay.isVisible() and pay.amount_edit.text() == "abc"
    pay.amount_edit.setText(str(first.outstanding + 1))
    pay.on_save_clicked()
    qtbot.waitUntil(lambda: pay.buttons.isEnabled(), timeout=10000)
    assert "still due" in pay.error_label.text()
    half = (first.amount / 2).quantize(Decimal("0.01"))
    issued = first.issued_on
    pay.date_edit.setDate(QDate(issued.year, issued.month, issued.day))
    pay.amount_edit.setText(str(half).replace(".", ","))
    pay.on_save_clicked()
    qtbot.waitUntil(lambda: pay.saved is not None, timeout=10000)
    assert pay.saved.state == "PART_PAID" and pay.saved.paid_amount == half
    qtbot.waitUntil(lambda: dlg.table.item(0, 5).text() == "Part-paid", timeout=10000)
    pays = call_app(qtbot, inv.payments_of, first.id)
    assert [(p.amount, p.paid_on) for p in pays] == [(half, issued)]

    asked = []
    dlg.invoices_did_request_report.connect(lambda rid, values: asked.append((rid, values)))
    dlg.print_button.click()
    assert asked == [("documents.invoice", {"deal": did, "number": first.number, "date": issued})]
    dlg.reject()
