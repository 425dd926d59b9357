"""Invoices and payments (app/invoices.py, TRG_INVOICES_NUMBER, TRG_PAYMENTS_INVOICE): numbers per
year without gaps, the paid state kept by the server, bad input refused with one message."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import invoices as inv
from app.context import AppContext
from app.errors import UserError, ValidationError
from tests.reports.seed import Seed

D = dt.datetime


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


def seed(ctx):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won")])
        c = b.client("Alpha", responsible=iv)
        d1 = b.deal(c, f, [("Lead", D(2026, 3, 1))], 1000, responsible=iv)
        d2 = b.deal(c, f, [("Lead", D(2026, 3, 1))], 0, responsible=iv)
        b.line(d1, None, 2, 600, name="Chair")  # lines 1200 beat the deal's amount 1000
    return d1, d2


def test_numbers_per_year_and_drafts(ctx):
    d1, d2 = seed(ctx)
    a = inv.invoice_from_deal(ctx, d1, issued_on=dt.date(2026, 3, 5))
    assert (a.number, a.amount, a.state, a.due_on) == ("2026-0001", Decimal("1200"), "ISSUED", dt.date(2026, 3, 15))
    draft = inv.invoice_from_deal(ctx, d1, issue=False, issued_on=dt.date(2026, 3, 6))
    assert (draft.number, draft.state) == (None, "DRAFT")
    b = inv.invoice_from_deal(ctx, d1, issued_on=dt.date(2026, 12, 31))
    c = inv.invoice_from_deal(ctx, d1, issued_on=dt.date(2027, 1, 2))
    assert (b.number, c.number) == ("2026-0002", "2027-0001")
    issued = inv.issue_invoice(ctx, draft.id, issued_on=dt.date(2026, 4, 1))
    assert issued.number == "2026-0003" and issued.state == "ISSUED"
    with pytest.raises(ValidationError):
        inv.issue_invoice(ctx, draft.id)
    with pytest.raises(ValidationError, match="no amount"):
        inv.invoice_from_deal(ctx, d2)
    assert [i.number for i in inv.invoices_of_deal(ctx, d1)] == ["2026-0001", "2026-0003", "2026-0002", "2027-0001"]


def test_payments_keep_the_state(ctx):
    d1, _ = seed(ctx)
    a = inv.invoice_from_deal(ctx, d1, issued_on=dt.date(2026, 3, 5))
    p1 = inv.record_payment(ctx, inv.PaymentDraft(a.id, dt.date(2026, 3, 10), "500,50"))
    assert (p1.state, p1.paid_amount, p1.outstanding, p1.paid_on) == ("PART_PAID", Decimal("500.50"),
                                                                      Decimal("699.50"), dt.date(2026, 3, 10))
    with pytest.raises(ValidationError, match="699.50"):
        inv.record_payment(ctx, inv.PaymentDraft(a.id, dt.date(2026, 3, 11), "700"))
    for bad in ("0", "-5", "abc", "1.001"):
        with pytest.raises(ValidationError):
            inv.record_payment(ctx, inv.PaymentDraft(a.id, dt.date(2026, 3, 11), bad))
    with pytest.raises(ValidationError, match="before"):
        inv.record_payment(ctx, inv.PaymentDraft(a.id, dt.date(2026, 3, 1), "1"))
    done = inv.record_payment(ctx, inv.PaymentDraft(a.id, dt.date(2026, 3, 20), "699.50", "CASH"))
    assert (done.state, done.outstanding, done.paid_on) == ("PAID", Decimal(0), dt.date(2026, 3, 20))
    pays = inv.payments_of(ctx, a.id)
    assert [(p.amount, p.method) for p in pays] == [(Decimal("500.50"), "BANK"), (Decimal("699.50"), "CASH")]
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        inv.cancel_invoice(ctx, a.id)
    inv.delete_payment(ctx, pays[1].id)
    assert inv.load_invoice(ctx, a.id).state == "PART_PAID"
    inv.delete_payment(ctx, pays[0].id)
    back = inv.load_invoice(ctx, a.id)
    assert (back.state, back.paid_amount, back.paid_on) == ("ISSUED", Decimal(0), None)
    inv.cancel_invoice(ctx, a.id)
    assert inv.load_invoice(ctx, a.id).number == "2026-0001"  # keeps its number
    with pytest.raises(ValidationError, match="issued invoice"):
        inv.record_payment(ctx, inv.PaymentDraft(a.id, dt.date(2026, 3, 21), "1"))


def test_server_refuses_payment_on_a_draft_and_a_number_change(ctx):
    """The rules hold below the app too (an isql user, another program)."""
    from sqlalchemy import text
    d1, _ = seed(ctx)
    draft = inv.invoice_from_deal(ctx, d1, issue=False)
    a = inv.invoice_from_deal(ctx, d1, issued_on=dt.date(2026, 3, 5))
    with pytest.raises(Exception, match="issued invoice"):
        with ctx.sessions.begin() as s:
            s.execute(text("INSERT INTO V_PAYMENTS (INVOICE_ID, PAID_ON, AMOUNT) VALUES (:i, CURRENT_DATE, 1)"),
                      {"i": draft.id})
    with ctx.sessions.begin() as s:
        s.execute(text("UPDATE V_INVOICES SET NUMBER = 'X-1', PAID_AMOUNT = 0 WHERE ID = :i"), {"i": a.id})
    assert inv.load_invoice(ctx, a.id).number == "2026-0001"
    with pytest.raises(Exception, match="draft"):
        with ctx.sessions.begin() as s:
            s.execute(text("UPDATE V_INVOICES SET STATE = 'DRAFT' WHERE ID = :i"), {"i": a.id})
    assert isinstance(ValidationError("x", "y"), UserError)
