"""Invoices and payments (issue #13). Layer: ``app`` (pure Python; imports ``db`` only).

An invoice is made from a deal (its lines' total, else its amount, in the deal's currency) as a
draft or issued at once. Issuing gives it the next number of its year — the server does that
(TRG_INVOICES_NUMBER), so numbers are gapless whoever issues. Payments are recorded against an
issued invoice; the server keeps the invoice's paid amount, last payment date and state
(ISSUED → PART_PAID → PAID; TRG_PAYMENTS_INVOICE). Every function is one short transaction and
returns what changed (invoices travel with deals on the change bus: ``deal_changed``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from app import uow
from app.changes import DEAL, Changes
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import Deal, DealLine, Invoice, Payment

STATE_TITLES = {
    "DRAFT": QT_TRANSLATE_NOOP("invoices", "Draft"),
    "ISSUED": QT_TRANSLATE_NOOP("invoices", "Issued"),
    "PART_PAID": QT_TRANSLATE_NOOP("invoices", "Part-paid"),
    "PAID": QT_TRANSLATE_NOOP("invoices", "Paid"),
    "CANCELLED": QT_TRANSLATE_NOOP("invoices", "Cancelled"),
}
METHODS = (("BANK", QT_TRANSLATE_NOOP("invoices", "Bank transfer")), ("CASH", QT_TRANSLATE_NOOP("invoices", "Cash")),
           ("CARD", QT_TRANSLATE_NOOP("invoices", "Card")))
DEFAULT_DUE_DAYS = 10
MAX_AMOUNT = Decimal("9999999999999999")


@dataclass(frozen=True)
class InvoiceInfo:
    id: int
    number: str | None
    client_id: int
    deal_id: int | None
    amount: Decimal
    currency: str
    state: str
    issued_on: dt.date | None
    due_on: dt.date | None
    paid_amount: Decimal
    paid_on: dt.date | None
    version: int

    @property
    def outstanding(self) -> Decimal:
        return max(self.amount - self.paid_amount, Decimal(0)) if self.state not in ("DRAFT", "CANCELLED") else Decimal(0)

    @property
    def state_text(self) -> str:
        return translate("invoices", STATE_TITLES[self.state])


def _info(row: Invoice) -> InvoiceInfo:
    return InvoiceInfo(row.id, row.number, row.client_id, row.deal_id, Decimal(row.amount), row.currency.strip(),
                       row.state.strip(), row.issued_on, row.due_on, Decimal(row.paid_amount or 0), row.paid_on,
                       row.version)


def parse_amount(text: str | Decimal | float | int, field: str = "amount") -> Decimal:
    """A money amount typed by a user (spaces, a decimal comma allowed), > 0, two decimals."""
    if isinstance(text, (Decimal, int, float)):
        v = Decimal(str(text))
    else:
        t = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            v = Decimal(t)
        except InvalidOperation:
            raise ValidationError(field, translate("invoices", "“{text}” is not an amount.").format(text=text)) from None
    if not v.is_finite() or v <= 0 or v > MAX_AMOUNT:
        raise ValidationError(field, translate("invoices", "The amount must be more than zero."))
    if v != v.quantize(Decimal("0.01")):
        raise ValidationError(field, translate("invoices", "An amount has at most two decimals (kopecks, cents)."))
    return v.quantize(Decimal("0.01"))


def invoice_from_deal(ctx: AppContext, deal_id: int, *, issue: bool = True, issued_on: dt.date | None = None,
                      due_days: int = DEFAULT_DUE_DAYS) -> InvoiceInfo:
    """A new invoice for the deal's lines' total (else the deal's amount), issued (numbered) or a
    draft. The deal must be visible and its total above zero."""
    if due_days < 0 or due_days > 3650:
        raise ValidationError("due_days", translate("invoices", "Payment terms are 0 to 3650 days."))

    def work(s):
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise ValidationError("deal", translate("invoices", "The deal does not exist or you may not see it."))
        lines = s.scalar(select(func.sum(DealLine.amount)).where(DealLine.deal_id == deal_id))
        amount = Decimal(lines if lines is not None else deal.amount or 0)
        if amount <= 0:
            raise ValidationError("amount", translate("invoices", "The deal has no amount to invoice: add products "
                                                                  "or an amount first."))
        day = issued_on or dt.date.today()
        inv = Invoice(client_id=deal.client_id, deal_id=deal.id, amount=amount, currency=deal.currency or "RUB",
                      state="ISSUED" if issue else "DRAFT", issued_on=day if issue else None,
                      due_on=day + dt.timedelta(days=due_days))
        s.add(inv)
        s.flush()
        s.refresh(inv)  # the number comes from the server's trigger
        return _info(inv)

    return uow.run(ctx, work)


def _get(s, invoice_id: int, version: int | None) -> Invoice:
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise ValidationError("invoice", translate("invoices", "The invoice does not exist or you may not see it."))
    if version is not None and inv.version != version:
        raise ConflictError(ConflictInfo(inv.changed_by, inv.changed_at))
    return inv


def issue_invoice(ctx: AppContext, invoice_id: int, *, issued_on: dt.date | None = None,
                  version: int | None = None) -> InvoiceInfo:
    """A draft becomes ISSUED and gets its number."""
    def work(s):
        inv = _get(s, invoice_id, version)
        if inv.state.strip() != "DRAFT":
            raise ValidationError("state", translate("invoices", "Only a draft can be issued."))
        inv.state, inv.issued_on = "ISSUED", issued_on or dt.date.today()
        s.flush()
        s.refresh(inv)
        return _info(inv)

    return uow.run(ctx, work)


def cancel_invoice(ctx: AppContext, invoice_id: int, version: int | None = None) -> Changes:
    """An invoice without payments is cancelled (it keeps its number: numbers have no gaps)."""
    def work(s):
        inv = _get(s, invoice_id, version)
        if Decimal(inv.paid_amount or 0) > 0:
            raise ValidationError("state", translate("invoices", "An invoice with payments cannot be cancelled: "
                                                                 "delete its payments first."))
        inv.state = "CANCELLED"
        s.flush()

    uow.run(ctx, work)
    return Changes.of(DEAL)


@dataclass
class PaymentDraft:
    invoice_id: int
    paid_on: dt.date
    amount: Decimal | str
    method: str | None = "BANK"
    note: str | None = None


def record_payment(ctx: AppContext, d: PaymentDraft) -> InvoiceInfo:
    """Money received against an issued invoice; at most what is still due. The invoice's state
    follows (part-paid, paid)."""
    amount = parse_amount(d.amount)
    if d.paid_on is None:
        raise ValidationError("paid_on", translate("invoices", "Enter the payment date."))
    if d.method is not None and d.method not in dict(METHODS):
        raise ValidationError("method", translate("invoices", "Choose how it was paid."))
    note = (d.note or "").strip() or None
    if note and len(note) > 100:
        raise ValidationError("note", translate("invoices", "The note is at most 100 characters."))

    def work(s):
        inv = _get(s, d.invoice_id, None)
        info = _info(inv)
        if info.state in ("DRAFT", "CANCELLED"):
            raise ValidationError("invoice", translate("invoices", "Payments are recorded only against an issued "
                                                                   "invoice."))
        if info.issued_on and d.paid_on < info.issued_on:
            raise ValidationError("paid_on", translate("invoices", "The payment date is before the invoice was issued."))
        if amount > info.outstanding:
            raise ValidationError("amount", translate("invoices", "Only {due} {currency} is still due on this invoice.")
                                  .format(due=f"{info.outstanding:.2f}", currency=info.currency))
        s.add(Payment(invoice_id=inv.id, paid_on=d.paid_on, amount=amount, method=d.method, note=note))
        s.flush()
        s.refresh(inv)
        return _info(inv)

    return uow.run(ctx, work)


def delete_payment(ctx: AppContext, payment_id: int) -> Changes:
    def work(s):
        p = s.get(Payment, payment_id)
        if p is not None:
            s.delete(p)
            s.flush()

    uow.run(ctx, work)
    return Changes.of(DEAL)


INVOICES_OF_DEAL_SQL = ("SELECT FIRST 200 ID, NUMBER, CLIENT_ID, DEAL_ID, AMOUNT, CURRENCY, STATE, ISSUED_ON, DUE_ON, "
                        "PAID_AMOUNT, PAID_ON, VERSION FROM INVOICES WHERE DEAL_ID = ? ORDER BY ID")
INVOICE_SQL = ("SELECT ID, NUMBER, CLIENT_ID, DEAL_ID, AMOUNT, CURRENCY, STATE, ISSUED_ON, DUE_ON, "
               "PAID_AMOUNT, PAID_ON, VERSION FROM INVOICES WHERE ID = ?")
PAYMENTS_SQL = "SELECT FIRST 500 ID, PAID_ON, AMOUNT, METHOD, NOTE FROM PAYMENTS WHERE INVOICE_ID = ? ORDER BY PAID_ON, ID"


def _row_info(r: tuple) -> InvoiceInfo:
    return InvoiceInfo(r[0], r[1], r[2], r[3], Decimal(r[4]), (r[5] or "RUB").strip(), r[6].strip(), r[7], r[8],
                       Decimal(r[9] or 0), r[10], r[11])


def invoices_of_deal(ctx: AppContext, deal_id: int) -> list[InvoiceInfo]:
    return [_row_info(r) for r in uow.read(ctx, INVOICES_OF_DEAL_SQL, (deal_id,))]


def load_invoice(ctx: AppContext, invoice_id: int) -> InvoiceInfo:
    row = uow.read(ctx, INVOICE_SQL, (invoice_id,))
    if not row:
        raise ValidationError("invoice", translate("invoices", "The invoice does not exist or you may not see it."))
    return _row_info(row[0])


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    paid_on: dt.date
    amount: Decimal
    method: str | None
    note: str | None


def payments_of(ctx: AppContext, invoice_id: int) -> list[PaymentInfo]:
    return [PaymentInfo(r[0], r[1], Decimal(r[2]), (r[3] or "").strip() or None, r[4])
            for r in uow.read(ctx, PAYMENTS_SQL, (invoice_id,))]


def invoice_for_printing(ctx: AppContext, deal_id: int, today: dt.date | None = None) -> InvoiceInfo:
    """The invoice a deal card prints: the deal's latest issued (not cancelled) invoice, or a new
    one issued now (it gets its number). A draft is issued first."""
    current = [i for i in invoices_of_deal(ctx, deal_id) if i.state != "CANCELLED"]
    if current:
        last = max(current, key=lambda i: i.id)
        if last.state == "DRAFT":
            return issue_invoice(ctx, last.id, issued_on=today, version=last.version)
        return last
    return invoice_from_deal(ctx, deal_id, issue=True, issued_on=today)
