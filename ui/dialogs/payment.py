"""Invoices of a deal and the payments against them (issue #13). Layer: ``ui``.

* :class:`PaymentDialog` — record money received against one invoice: date (today), amount (what
  is still due), how it was paid, a note. A bad amount or date is shown beside the form and the
  input stays; the server keeps the invoice's state (part-paid, paid).
* :class:`InvoicesDialog` — the deal's invoices (number, issued, amount, paid, state): *New
  invoice* issues one from the deal (numbered by the server), *Record payment…*, *Print*, *Cancel
  invoice*. It asks the deal card to print (``invoices_did_request_report``) and tells it what
  changed (``invoices_did_change``).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import invoices as inv
from app.errors import UserError, ValidationError
from app.i18n import translate

from ui import errors, ops
from ui.settings.users_roles import ERROR_STYLE


def _money(v: Decimal) -> str:
    return f"{v:,.2f}".replace(",", "\u00a0")


class PaymentDialog(QDialog):
    """See the module docstring. ``saved`` holds the invoice as it is after the payment."""

    def __init__(self, invoice: inv.InvoiceInfo, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.invoice = invoice
        self.saved: inv.InvoiceInfo | None = None
        self.setWindowTitle(self.tr("Payment on invoice {number}").format(number=invoice.number or ""))
        today = today or dt.date.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("paidOn")
        self.date_edit.setCalendarPopup(True)
        self.amount_edit = QLineEdit(f"{invoice.outstanding:.2f}")
        self.amount_edit.setObjectName("amount")
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("method")
        for code, title in inv.METHODS:
            self.method_combo.addItem(translate("invoices", title), code)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(100)
        form = QFormLayout()
        form.addRow(self.tr("Invoice"), QLabel(self.tr("{number}: {amount} {currency}, still due {due}").format(
            number=invoice.number or "", amount=_money(invoice.amount), currency=invoice.currency,
            due=_money(invoice.outstanding))))
        form.addRow(self.tr("&Paid on"), self.date_edit)
        form.addRow(self.tr("&Amount"), self.amount_edit)
        form.addRow(self.tr("&How"), self.method_combo)
        form.addRow(self.tr("&Note"), self.note_edit)
        self.error_label = QLabel("")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        self.amount_edit.selectAll()
        self.amount_edit.setFocus()

    def draft(self) -> inv.PaymentDraft:
        d = self.date_edit.date()
        return inv.PaymentDraft(self.invoice.id, dt.date(d.year(), d.month(), d.day()), self.amount_edit.text(),
                                self.method_combo.currentData(), self.note_edit.text())

    def on_save_clicked(self) -> None:
        self.error_label.setText("")
        self.buttons.setEnabled(False)
        ops.run_op(self, inv.record_payment, self.draft(), on_done=self._saved, on_error=self._failed)

    def _saved(self, info: inv.InvoiceInfo) -> None:
        self.saved = info
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error_label.setText(str(error))
            target = {"amount": self.amount_edit, "paid_on": self.date_edit, "note": self.note_edit}.get(error.field)
            if target is not None:
                target.setFocus()
        else:
            errors.show_error(self, error)


class InvoicesDialog(QDialog):
    """See the module docstring."""

    invoices_did_request_report = Signal(str, dict)
    invoices_did_change = Signal(object)

    def __init__(self, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InvoicesDialog")
        self.setWindowTitle(self.tr("Invoices and Payments"))
        self.resize(720, 320)
        self.deal_id = deal_id
        self.items: list[inv.InvoiceInfo] = []
        self.loaded = False
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("invoiceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Issued"), self.tr("Due"), self.tr("Amount"),
                                              self.tr("Paid"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("&New invoice"))
        self.pay_button = QPushButton(self.tr("Record &payment…"))
        self.print_button = QPushButton(self.tr("&Print"))
        self.cancel_button = QPushButton(self.tr("&Cancel invoice"))
        self.new_button.clicked.connect(self.on_new_clicked)
        self.pay_button.clicked.connect(self.on_pay_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        row = QHBoxLayout()
        for b in (self.new_button, self.pay_button, self.print_button, self.cancel_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.payment_dialog: PaymentDialog | None = None
        self.reload()

    def reload(self) -> None:
        ops.run_op(self, inv.invoices_of_deal, self.deal_id, on_done=self._fill)

    def _fill(self, items: list[inv.InvoiceInfo]) -> None:
        keep = self.current()
        self.items = items
        self.table.setRowCount(len(items))
        for r, i in enumerate(items):
            cells = (i.number or self.tr("(draft)"), i.issued_on.isoformat() if i.issued_on else "",
                     i.due_on.isoformat() if i.due_on else "", f"{_money(i.amount)} {i.currency}",
                     _money(i.paid_amount), i.state_text)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        ids = [i.id for i in items]
        self.table.selectRow(ids.index(keep.id) if keep is not None and keep.id in ids else len(items) - 1)
        self.loaded = True
        self._update_buttons()

    def current(self) -> inv.InvoiceInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _update_buttons(self) -> None:
        cur = self.current()
        self.pay_button.setEnabled(cur is not None and cur.outstanding > 0)
        self.print_button.setEnabled(cur is not None and cur.state != "CANCELLED")
        self.cancel_button.setEnabled(cur is not None and cur.state in ("DRAFT", "ISSUED"))

    def _changed(self, _result=None) -> None:
        from app.changes import DEAL, Changes

        self.invoices_did_change.emit(Changes.of(DEAL, self.deal_id))
        self.reload()

    def on_new_clicked(self) -> None:
        ops.run_op(self, inv.invoice_from_deal, self.deal_id, on_done=self._changed,
                   on_error=lambda e: errors.show_error(self, e))

    def on_pay_clicked(self) -> None:
        cur = self.current()
        if cur is None:
            return
        self.payment_dialog = PaymentDialog(cur, self)
        self.payment_dialog.accepted.connect(self._changed)
        self.payment_dialog.open()

    def on_print_clicked(self) -> None:
        cur = self.current()
        if cur is None:
            return
        values = {"deal": self.deal_id, "number": cur.number or ""}
        if cur.issued_on:
            values["date"] = cur.issued_on
        self.invoices_did_request_report.emit("documents.invoice", values)

    def on_cancel_clicked(self) -> None:
        cur = self.current()
        if cur is not None:
            ops.run_op(self, inv.cancel_invoice, cur.id, cur.version, on_done=self._changed,
                       on_error=lambda e: errors.show_error(self, e))
