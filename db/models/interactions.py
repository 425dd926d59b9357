"""The history of interactions: calls, e-mails, meetings, notes, SMS/chat.

The body is a BLOB that lists never select; ``subject`` (VARCHAR 200) is what lists show.
``is_attempt`` marks contacts that did not reach the client (no answer, busy) so the card can
show *last contact* and *last attempt* separately (REPORTS.md C.27).
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import Flag, IntPk, LongText, Stamp

INTERACTION_KINDS = ("CALL", "EMAIL", "MEETING", "NOTE", "SMS", "CHAT")


class Interaction(Tracked, Base):
    __tablename__ = "INTERACTIONS"
    __table_args__ = (
        CheckConstraint("kind IN ('CALL', 'EMAIL', 'MEETING', 'NOTE', 'SMS', 'CHAT')", name="kind"),
        CheckConstraint("direction IN ('IN', 'OUT') OR direction IS NULL", name="direction"),
        CheckConstraint("duration_sec >= 0", name="duration"),
        Index("IX_INTERACTIONS_CLIENT_AT", "client_id", "occurred_at"),
        Index("IX_INTERACTIONS_USER_AT", "user_id", "occurred_at"),
        Index("IX_INTERACTIONS_AT", "occurred_at"),
    )
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("CONTACTS.id", ondelete="SET NULL"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("DEALS.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"))
    kind: Mapped[str] = mapped_column(String(7), nullable=False)
    direction: Mapped[str | None] = mapped_column(String(3))
    occurred_at: Mapped[Stamp]
    duration_sec: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    result: Mapped[str | None] = mapped_column(String(20))
    is_attempt: Mapped[Flag]
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[LongText]
