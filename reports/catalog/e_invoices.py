"""E. Sales and money — invoices and payments (REPORTS.md 63–65). Layer: ``reports`` (declarations
over INVOICES and PAYMENTS, read through their visibility views: a manager sees the invoices of
his clients).

Terms: an invoice counts from its issue date (drafts never count; cancelled ones are left out);
**outstanding** = amount − paid of an issued or part-paid invoice; **overdue** = outstanding past
its due date, in whole days as of the report's "today". Amounts never add different currencies:
every report is grouped by currency and has no grand total across them. The manager of an invoice
is the deal's responsible, else the client's (as for the PAYMENTS KPI fact).
"""
from __future__ import annotations

from sqlalchemy import case, func, literal_column, select

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Client, CrmUser, Deal, Invoice, Payment
from reports.catalog.d_funnel import GRAIN, MANAGER
from reports.queries.deals import ZERO, in_period, money_sum, period_label, ratio, text_literal
from reports.queries.labels import sql_date
from reports.spec import Col, Definition, Param, Params, Ratio, Report

PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Issued in"), default="last_12_months")
PAID_PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Paid in"), default="last_12_months")
CURRENCY = Col("currency", QT_TRANSLATE_NOOP("reports", "Currency"), width=0.8)
OPEN_STATES = ("ISSUED", "PART_PAID")
COUNTED = ("ISSUED", "PART_PAID", "PAID")


def _manager_id():
    return func.coalesce(Deal.responsible_id, Client.responsible_id)


def _joined(q):
    return (q.join(Client, Client.id == Invoice.client_id).outerjoin(Deal, Deal.id == Invoice.deal_id))


def _with_manager(q, p: Params):
    if p.get("manager") is not None:
        q = q.where(_manager_id() == p["manager"])
    return q


# --- 63 invoices issued vs paid ---------------------------------------------------------------------
def _issued_paid(p: Params):
    label = period_label(Invoice.issued_on, p.get("grain") or "month")
    amount, paid = money_sum(Invoice.amount), money_sum(Invoice.paid_amount)
    q = _joined(select(Invoice.currency.label("currency"), label.label("period"), func.count(Invoice.id).label("invoices"),
                       amount.label("amount"), paid.label("paid"), (amount - paid).label("outstanding"),
                       ratio(paid, amount).label("paid_share"),
                       func.coalesce(func.sum(case((Invoice.state == "PAID", literal_column("1")), else_=ZERO)),
                                     ZERO).label("paid_in_full")).select_from(Invoice))
    q = q.where(Invoice.state.in_(COUNTED), in_period(Invoice.issued_on, p.get("period")))
    return _with_manager(q, p).group_by(Invoice.currency, label).order_by(Invoice.currency, label)


# --- 64 receivables and overdue ------------------------------------------------------------------------
def _receivables(p: Params):
    today = sql_date(p.today)
    overdue = func.datediff(literal_column("DAY"), Invoice.due_on, today)
    days = case((Invoice.due_on < today, overdue), else_=ZERO)
    bucket = case(
        (Invoice.due_on.is_(None) | (Invoice.due_on >= today), text_literal(QT_TRANSLATE_NOOP("reports", "Not due"))),
        (overdue <= literal_column("30"), text_literal(QT_TRANSLATE_NOOP("reports", "1–30 days"))),
        (overdue <= literal_column("60"), text_literal(QT_TRANSLATE_NOOP("reports", "31–60 days"))),
        (overdue <= literal_column("90"), text_literal(QT_TRANSLATE_NOOP("reports", "61–90 days"))),
        else_=text_literal(QT_TRANSLATE_NOOP("reports", "Over 90 days")))
    outstanding = Invoice.amount - Invoice.paid_amount
    q = _joined(select(Invoice.currency.label("currency"), Client.name.label("client"), Invoice.number.label("number"),
                       Invoice.issued_on.label("issued_on"), Invoice.due_on.label("due_on"),
                       Invoice.amount.label("amount"), Invoice.paid_amount.label("paid"),
                       outstanding.label("outstanding"), days.label("days"), bucket.label("bucket"),
                       func.coalesce(CrmUser.full_name, text_literal(QT_TRANSLATE_NOOP("reports", "(no manager)")))
                       .label("manager")).select_from(Invoice))
    q = q.outerjoin(CrmUser, CrmUser.id == _manager_id())
    q = q.where(Invoice.state.in_(OPEN_STATES), outstanding > ZERO)
    if p.get("overdue_only"):
        q = q.where(Invoice.due_on < today)
    return _with_manager(q, p).order_by(Invoice.currency, days.desc(), Invoice.due_on, Invoice.id)


# --- 65 payments by period ------------------------------------------------------------------------------
def _payments(p: Params):
    label = period_label(Payment.paid_on, p.get("grain") or "month")
    q = (select(Invoice.currency.label("currency"), label.label("period"), func.count(Payment.id).label("payments"),
                func.count(func.distinct(Payment.invoice_id)).label("invoices"),
                money_sum(Payment.amount).label("amount"))
         .select_from(Payment).join(Invoice, Invoice.id == Payment.invoice_id))
    q = _joined(q).where(in_period(Payment.paid_on, p.get("period")))
    return _with_manager(q, p).group_by(Invoice.currency, label).order_by(Invoice.currency, label)


AMOUNT = Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum", width=1.4)
PAID = Col("paid", QT_TRANSLATE_NOOP("reports", "Paid"), "money", total="sum", width=1.4)
OUTSTANDING = Col("outstanding", QT_TRANSLATE_NOOP("reports", "Outstanding"), "money", total="sum", width=1.4)

REPORTS: list[Definition] = [
    Report(
        id="invoices.issued_paid", category="E", ref=(63,),
        title=QT_TRANSLATE_NOOP("reports", "Invoices issued vs paid"),
        question=QT_TRANSLATE_NOOP("reports", "How much did we invoice in each period, and how much of it is paid?"),
        params=(PERIOD, GRAIN, MANAGER), query=_issued_paid, group_by=("currency",), grand_total=False,
        columns=(CURRENCY, Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("invoices", QT_TRANSLATE_NOOP("reports", "Invoices"), "int", total="sum"), AMOUNT, PAID,
                 OUTSTANDING,
                 Col("paid_share", QT_TRANSLATE_NOOP("reports", "Paid share"), "percent", total=Ratio("paid", "amount")),
                 Col("paid_in_full", QT_TRANSLATE_NOOP("reports", "Paid in full"), "int", total="sum"))),
    Report(
        id="invoices.receivables", category="E", ref=(64,),
        title=QT_TRANSLATE_NOOP("reports", "Receivables and overdue payments"),
        question=QT_TRANSLATE_NOOP("reports", "Who owes us how much, and for how long past the due date?"),
        params=(MANAGER, Param("overdue_only", "bool", QT_TRANSLATE_NOOP("reports", "Overdue only"), default=False)),
        query=_receivables, group_by=("currency",), grand_total=False, orientation="landscape",
        columns=(CURRENCY, Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
                 Col("number", QT_TRANSLATE_NOOP("reports", "Invoice"), width=1.1),
                 Col("issued_on", QT_TRANSLATE_NOOP("reports", "Issued"), "date"),
                 Col("due_on", QT_TRANSLATE_NOOP("reports", "Due"), "date"), AMOUNT, PAID, OUTSTANDING,
                 Col("days", QT_TRANSLATE_NOOP("reports", "Days overdue"), "int", total="max", width=0.8),
                 Col("bucket", QT_TRANSLATE_NOOP("reports", "Aging"), width=1.1),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=1.8))),
    Report(
        id="invoices.payments", category="E", ref=(65,),
        title=QT_TRANSLATE_NOOP("reports", "Payments by period"),
        question=QT_TRANSLATE_NOOP("reports", "How much money came in each period?"),
        params=(PAID_PERIOD, GRAIN, MANAGER), query=_payments, group_by=("currency",), grand_total=False,
        columns=(CURRENCY, Col("period", QT_TRANSLATE_NOOP("reports", "Period")),
                 Col("payments", QT_TRANSLATE_NOOP("reports", "Payments"), "int", total="sum"),
                 Col("invoices", QT_TRANSLATE_NOOP("reports", "Invoices"), "int"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Received"), "money", total="sum", width=1.4))),
]
