"""Contact persons, phones, e-mails and addresses of a client.

Phones and e-mails belong to the client and optionally to one of its contact persons. Each phone
keeps what the user typed (``phone``), the normalised E.164 form (``e164``) and the search key
(``phone_key``: national significant digits, so ``+7 (495) 123-45-67``, ``84951234567`` and
``4951234567`` all give ``4951234567``).
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import DateN, Email, Flag, IntPk, LongText, Name, Phone, PhoneKey, ShortText


class Contact(Tracked, Base):
    """A contact person of a client."""

    __tablename__ = "CONTACTS"
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    full_name: Mapped[Name]
    job_title: Mapped[ShortText]
    birthday: Mapped[DateN]
    is_primary: Mapped[Flag]
    note: Mapped[LongText]


class ClientPhone(Tracked, Base):
    __tablename__ = "PHONES"
    __table_args__ = (CheckConstraint("kind IN ('WORK', 'MOBILE', 'HOME', 'FAX', 'OTHER')", name="kind"),)
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("CONTACTS.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(6), nullable=False, server_default="WORK")
    phone: Mapped[Phone]
    e164: Mapped[str | None] = mapped_column(String(20))
    phone_key: Mapped[PhoneKey] = mapped_column(index=True)
    ext: Mapped[str | None] = mapped_column(String(10))
    is_primary: Mapped[Flag]


class ClientEmail(Tracked, Base):
    __tablename__ = "EMAILS"
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("CONTACTS.id", ondelete="CASCADE"))
    email: Mapped[Email]
    #: lower-cased e-mail: duplicate detection and search
    email_key: Mapped[Email] = mapped_column(index=True)
    is_primary: Mapped[Flag]


class Address(Tracked, Base):
    __tablename__ = "ADDRESSES"
    __table_args__ = (CheckConstraint("kind IN ('LEGAL', 'ACTUAL', 'POSTAL', 'DELIVERY', 'HOME')", name="kind"),)
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8), nullable=False, server_default="ACTUAL")
    country: Mapped[str | None] = mapped_column(String(60))
    region: Mapped[str | None] = mapped_column(String(60))
    city: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    zip_code: Mapped[str | None] = mapped_column(String(12))
    is_primary: Mapped[Flag]
