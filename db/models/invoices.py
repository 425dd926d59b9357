"""Invoices issued to clients (usually from a deal), payments against them, and the document
templates an administrator edits (issue #13: reports 63–65, category H).

* ``INVOICES``: a draft has no number; issuing it (state ISSUED) takes the next number of its
  year from ``INVOICE_COUNTERS`` in the server's trigger (TRG_INVOICES_NUMBER): gapless per year,
  ``2026-0001``, and the same for every client program or isql. ``PAID_AMOUNT``, ``PAID_ON`` and
  the paid / part-paid state are kept by the trigger on ``PAYMENTS`` (TRG_PAYMENTS_INVOICE).
* ``PAYMENTS``: money received against one invoice on a date.
* ``DOC_TEMPLATES``: contract, act… text with ``{placeholders}`` (reports/forms/templates.py).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import DateN, FlagTrue, IntPk, LongText, Money, Name, ShortText

INVOICE_STATES = ("DRAFT", "ISSUED", "PART_PAID", "PAID", "CANCELLED")


class Invoice(Tracked, Base):
    __tablename__ = "INVOICES"
    __table_args__ = (
        CheckConstraint("state IN ('DRAFT', 'ISSUED', 'PART_PAID', 'PAID', 'CANCELLED')", name="state"),
        CheckConstraint("amount >= 0", name="amount"),
        UniqueConstraint("inv_year", "inv_no"),
        Index("IX_INVOICES_ISSUED_ON", "issued_on"),
    )
    id: Mapped[IntPk]
    number: Mapped[str | None] = mapped_column(String(30), unique=True)
    inv_year: Mapped[int | None] = mapped_column(SmallInteger)
    inv_no: Mapped[int | None] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("DEALS.id", ondelete="SET NULL"), index=True)
    amount: Mapped[Money]
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default=text("'RUB'"))
    state: Mapped[str] = mapped_column(String(9), nullable=False, server_default=text("'DRAFT'"))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[DateN]
    paid_amount: Mapped[Money]
    paid_on: Mapped[DateN]
    note: Mapped[ShortText]


class Payment(Tracked, Base):
    __tablename__ = "PAYMENTS"
    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)
    id: Mapped[IntPk]
    invoice_id: Mapped[int] = mapped_column(ForeignKey("INVOICES.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[Money]
    method: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[ShortText]


class InvoiceCounter(Base):
    """The last invoice number of each year; written only by TRG_INVOICES_NUMBER."""

    __tablename__ = "INVOICE_COUNTERS"
    inv_year: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    last_no: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))


class DocTemplate(Tracked, Base):
    __tablename__ = "DOC_TEMPLATES"
    id: Mapped[IntPk]
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    title: Mapped[Name]
    body: Mapped[LongText]
    is_active: Mapped[FlagTrue]
