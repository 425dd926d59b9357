"""The audit trail: who, when, what, old → new. Insert-only, written by triggers (issue #4)."""
from __future__ import annotations

from sqlalchemy import CheckConstraint, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import IntPk, Stamp


class AuditLog(Base):
    __tablename__ = "AUDIT_LOG"
    __table_args__ = (
        CheckConstraint("action IN ('I', 'U', 'D', 'EXPORT', 'REPORT', 'LOGIN', 'RIGHTS')", name="action"),
        Index("IX_AUDIT_LOG_TABLE_REC", "table_name", "record_id"),
        Index("IX_AUDIT_LOG_CLIENT", "client_id"),
        Index("IX_AUDIT_LOG_LOGGED_AT", "logged_at"),
    )
    id: Mapped[IntPk]
    logged_at: Mapped[Stamp]
    user_name: Mapped[str] = mapped_column(String(63), nullable=False)
    action: Mapped[str] = mapped_column(String(6), nullable=False)
    table_name: Mapped[str | None] = mapped_column(String(31))
    record_id: Mapped[int | None] = mapped_column(Integer)
    #: the client the change belongs to (the card's audit tab reads by it)
    client_id: Mapped[int | None] = mapped_column(Integer)
    field_name: Mapped[str | None] = mapped_column(String(31))
    old_value: Mapped[str | None] = mapped_column(String(1000))
    new_value: Mapped[str | None] = mapped_column(String(1000))
    details: Mapped[str | None] = mapped_column(String(1000))
