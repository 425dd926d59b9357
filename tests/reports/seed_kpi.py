"""Hand-countable plans, facts, invoices and payments for the F and 63–65 report tests (and the
manager-login server test). Plans and invoices are written through app/ like a user would."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app import invoices as inv
from app import kpi
from db.models import Deal
from tests.reports.seed import Seed

D = dt.datetime


def build_kpi(ctx, *, logins: dict[str, str] | None = None) -> dict:
    """March 2026, "Team K" = Ivanov + Petrov; Sidorov has no department.

    Facts in March: Ivanov won 1000 (10th) + 2000 (31st 23:59) = 3000, lost 1 -> win rate 2/3;
    calls 2 (10 s and 0 s), 1 meeting; open 10000 at Lead (10 %) expected 25 Mar (+ 7000 expected
    in April). Petrov won 4000, lost 3 -> 25 %; 1 call of 120 s; in February won 500.
    Sidorov: nothing won; open 2000 at 50 % expected 20 Mar.
    Plans (per month): REVENUE Mar Ivanov 5000, Petrov 4000, Sidorov 1000, Team K 10000; Feb Petrov
    1000. CALLS Mar Ivanov 4, Petrov 2; MEETINGS Mar Ivanov 2; WIN_RATE Mar Ivanov 50.
    """
    logins = logins or {}
    with Seed(ctx) as b:
        dep = b.department("Team K")
        iv = b.user("Ivanov", login=logins.get("iv"), department=dep)
        pe = b.user("Petrov", login=logins.get("pe"), department=dep)
        si = b.user("Sidorov", login=logins.get("si"))
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        a = b.client("Alpha", responsible=iv)
        c = b.client("Beta", responsible=pe)
        s = b.client("Gamma", responsible=si)

        def won(client, at, amount, resp):
            b.deal(client, f, [("Lead", at - dt.timedelta(days=5)), ("Won", at)], amount, responsible=resp)

        def lost(client, at, resp):
            b.deal(client, f, [("Lead", at - dt.timedelta(days=5)), ("Lost", at)], 100, responsible=resp)

        won(a, D(2026, 3, 10), 1000, iv)
        won(a, D(2026, 3, 31, 23, 59), 2000, iv)
        lost(a, D(2026, 3, 12), iv)
        won(c, D(2026, 3, 11), 4000, pe)
        won(c, D(2026, 2, 15), 500, pe)
        for day in (1, 2, 3):
            lost(c, D(2026, 3, 10 + day), pe)
        b.deal(a, f, [("Lead", D(2026, 3, 1))], 10000, responsible=iv, expected_close=dt.date(2026, 3, 25))
        b.deal(a, f, [("Lead", D(2026, 3, 1))], 7000, responsible=iv, expected_close=dt.date(2026, 4, 5))
        b.deal(s, f, [("Lead", D(2026, 3, 1))], 2000, responsible=si, probability=50,
               expected_close=dt.date(2026, 3, 20))
        b.interaction(a, "CALL", D(2026, 3, 3), user=iv, duration_sec=10)
        b.interaction(a, "CALL", D(2026, 3, 4), user=iv, duration_sec=0)
        b.interaction(a, "MEETING", D(2026, 3, 5), user=iv, duration_sec=3600)
        b.interaction(c, "CALL", D(2026, 3, 6), user=pe, duration_sec=120)
    ind = {i.code: i.id for i in kpi.indicators(ctx)}
    months = kpi.periods("MONTH", 2026)
    feb, mar = months[1], months[2]
    kpi.save_plans(ctx, ind["REVENUE"], "MONTH", {
        (("U", iv), mar): Decimal(5000), (("U", pe), mar): Decimal(4000), (("U", si), mar): Decimal(1000),
        (("D", dep), mar): Decimal(10000), (("U", pe), feb): Decimal(1000)})
    kpi.save_plans(ctx, ind["CALLS"], "MONTH", {(("U", iv), mar): Decimal(4), (("U", pe), mar): Decimal(2)})
    kpi.save_plans(ctx, ind["MEETINGS"], "MONTH", {(("U", iv), mar): Decimal(2)})
    kpi.save_plans(ctx, ind["WIN_RATE"], "MONTH", {(("U", iv), mar): Decimal(50)})
    return {"dep": dep, "iv": iv, "pe": pe, "si": si, "ind": ind}


def build_invoices(ctx, *, logins: dict[str, str] | None = None) -> dict:
    """Alpha (Ivanov), Beta (Petrov); "today" is 2026-04-10.

    I1 Alpha 1000 RUB issued 10 Jan (due 20 Jan): paid 400 on 15 Jan + 600 on 5 Feb -> PAID.
    I2 Beta 3000 RUB issued 1 Feb (due 11 Feb): paid 1000 on 1 Mar -> PART_PAID, 2000 owed, 58 days late.
    I6 Alpha 1000 RUB issued 10 Feb, cancelled (never counts); a draft from Alpha's deal (never counts).
    I3 Alpha 1000 RUB issued 20 Mar (due 30 Mar): unpaid, 11 days late.
    I4 Beta 500 EUR issued 5 Mar (due 15 Apr): paid 100 EUR on 10 Mar -> 400 not yet due.
    """
    logins = logins or {}
    with Seed(ctx) as b:
        iv = b.user("Ivanov", login=logins.get("iv"))
        pe = b.user("Petrov", login=logins.get("pe"))
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won")])
        a = b.client("Alpha", responsible=iv)
        c = b.client("Beta", responsible=pe)
        a1 = b.deal(a, f, [("Lead", D(2026, 1, 5))], 1000, responsible=iv)
        b1 = b.deal(c, f, [("Lead", D(2026, 1, 5))], 3000, responsible=pe)
        b2 = b.deal(c, f, [("Lead", D(2026, 1, 5))], 500, responsible=pe)
        b.s.get(Deal, b2).currency = "EUR"
        b.s.flush()
    i1 = inv.invoice_from_deal(ctx, a1, issued_on=dt.date(2026, 1, 10))
    i2 = inv.invoice_from_deal(ctx, b1, issued_on=dt.date(2026, 2, 1))
    i6 = inv.invoice_from_deal(ctx, a1, issued_on=dt.date(2026, 2, 10))
    inv.cancel_invoice(ctx, i6.id)
    inv.invoice_from_deal(ctx, a1, issue=False)
    i3 = inv.invoice_from_deal(ctx, a1, issued_on=dt.date(2026, 3, 20))
    i4 = inv.invoice_from_deal(ctx, b2, issued_on=dt.date(2026, 3, 5), due_days=41)
    for invoice, day, amount in ((i1, dt.date(2026, 1, 15), "400"), (i1, dt.date(2026, 2, 5), "600"),
                                 (i2, dt.date(2026, 3, 1), "1000"), (i4, dt.date(2026, 3, 10), "100")):
        inv.record_payment(ctx, inv.PaymentDraft(invoice.id, day, amount))
    return {"iv": iv, "pe": pe, "i1": i1, "i2": i2, "i3": i3, "i4": i4}
