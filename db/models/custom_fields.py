"""Custom fields defined by an administrator (text, number, date, list, checkbox) and their values.

Values are typed columns (not one text blob) so reports can sum, filter and sort them.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import Flag, IntPk, Name, SortOrder

FIELD_KINDS = ("TEXT", "NUMBER", "DATE", "LIST", "BOOL")


class CustomFieldDef(Tracked, Base):
    __tablename__ = "CUSTOM_FIELD_DEFS"
    __table_args__ = (
        CheckConstraint("entity IN ('CLIENT', 'CONTACT', 'DEAL')", name="entity"),
        CheckConstraint("kind IN ('TEXT', 'NUMBER', 'DATE', 'LIST', 'BOOL')", name="kind"),
        UniqueConstraint("entity", "code"),
    )
    id: Mapped[IntPk]
    entity: Mapped[str] = mapped_column(String(7), nullable=False)
    code: Mapped[str] = mapped_column(String(30), nullable=False)
    label: Mapped[Name]
    kind: Mapped[str] = mapped_column(String(6), nullable=False)
    is_required: Mapped[Flag]
    #: LIST choices, one per line
    choices: Mapped[str | None] = mapped_column(String(2000))
    sort_order: Mapped[SortOrder]
    is_active: Mapped[Flag] = mapped_column(server_default="TRUE")


class CustomFieldValue(Tracked, Base):
    __tablename__ = "CUSTOM_FIELD_VALUES"
    __table_args__ = (
        UniqueConstraint("field_id", "entity_id"),
        Index("IX_CF_VALUES_ENTITY", "entity_id"),
    )
    id: Mapped[IntPk]
    field_id: Mapped[int] = mapped_column(ForeignKey("CUSTOM_FIELD_DEFS.id", ondelete="CASCADE"))
    entity_id: Mapped[int]
    value_text: Mapped[str | None] = mapped_column(String(1000))
    value_num: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    value_date: Mapped[dt.date | None]
    value_bool: Mapped[bool | None]
