"""Funnels, stages, deals, their stage history, lines and lost reasons.

``DEAL_STAGE_HISTORY`` is written by a trigger on every stage change (also backwards), so the
conversion, time-in-stage and cycle reports (REPORTS.md D) rest on server-side facts.
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import (
    DateN,
    Flag,
    FlagTrue,
    IntPk,
    LongText,
    Money,
    Name,
    Percent,
    Qty,
    SortOrder,
    Stamp,
    StampN,
)

DEAL_OUTCOMES = ("OPEN", "WON", "LOST")


class Funnel(Tracked, Base):
    __tablename__ = "FUNNELS"
    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    sort_order: Mapped[SortOrder]
    is_default: Mapped[Flag]
    is_active: Mapped[FlagTrue]


class Stage(Tracked, Base):
    __tablename__ = "STAGES"
    __table_args__ = (
        UniqueConstraint("funnel_id", "sort_order"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),
        CheckConstraint("NOT (is_won AND is_lost)", name="won_lost"),
    )
    id: Mapped[IntPk]
    funnel_id: Mapped[int] = mapped_column(ForeignKey("FUNNELS.id", ondelete="CASCADE"))
    name: Mapped[Name]
    sort_order: Mapped[SortOrder]
    color: Mapped[str | None] = mapped_column(String(9))
    probability: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    is_won: Mapped[Flag]
    is_lost: Mapped[Flag]
    #: days without activity after which a deal in this stage is "rotting" (0 = never)
    rot_days: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    #: entry rules: comma-separated deal fields that must be filled to enter (e.g. "AMOUNT,CONTACT_ID")
    required_fields: Mapped[str | None] = mapped_column(String(200))


class LostReason(Tracked, Base):
    __tablename__ = "LOST_REASONS"
    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    sort_order: Mapped[SortOrder]
    is_active: Mapped[FlagTrue]


class Deal(Tracked, Base):
    __tablename__ = "DEALS"
    __table_args__ = (
        CheckConstraint("outcome IN ('OPEN', 'WON', 'LOST')", name="outcome"),
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("probability IS NULL OR probability BETWEEN 0 AND 100", name="probability"),
        Index("IX_DEALS_FUNNEL_STAGE", "funnel_id", "stage_id", "outcome"),
        Index("IX_DEALS_RESP_OUTCOME", "responsible_id", "outcome"),
        Index("IX_DEALS_CLOSED_AT", "closed_at"),
        Index("IX_DEALS_CREATED_AT", "created_at"),
        # the deal list's default order, newest first, and its reverse (revision 0012)
        Index("IX_DEALS_CREATED_ID", "created_at", "id"),
        Index("IX_DEALS_CREATED_ID_D", "created_at", "id", firebird_descending=True),
        Index("IX_DEALS_EXPECTED_CLOSE", "expected_close"),
        # the deal list's other sorts walk (X, ID) both ways (revision 0016)
        *(Index(f"IX_DEALS_{short}_ID{'_D' if desc else ''}", col, "id", **({"firebird_descending": True} if desc else {}))
          for short, col in (("TITLE", "title"), ("AMOUNT", "amount"), ("STAGE_AT", "stage_entered_at"),
                             ("EXP_CLOSE", "expected_close"), ("CLOSED", "closed_at"))
          for desc in (False, True)),
        # the sorts by stage and by responsible walk one stage / one user at a time (revision 0017)
        Index("IX_DEALS_STG_ID", "stage_id", "id"),
        Index("IX_DEALS_STG_ID_D", "stage_id", "id", firebird_descending=True),
        Index("IX_DEALS_RESP_ID", "responsible_id", "id"),
        Index("IX_DEALS_RESP_ID_D", "responsible_id", "id", firebird_descending=True),
    )
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("CONTACTS.id", ondelete="SET NULL"))
    funnel_id: Mapped[int] = mapped_column(ForeignKey("FUNNELS.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("STAGES.id"), index=True)
    title: Mapped[Name]
    amount: Mapped[Money]
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="RUB")
    #: overrides the stage's probability when set
    probability: Mapped[int | None] = mapped_column(SmallInteger)
    expected_close: Mapped[DateN]
    outcome: Mapped[str] = mapped_column(String(4), nullable=False, server_default="OPEN")
    closed_at: Mapped[StampN]
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("LOST_REASONS.id"), index=True)
    lost_comment: Mapped[str | None] = mapped_column(String(500))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("DEPARTMENTS.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("SOURCES.id"), index=True)
    next_step: Mapped[str | None] = mapped_column(String(120))
    next_step_at: Mapped[StampN]
    stage_entered_at: Mapped[Stamp]
    note: Mapped[LongText]


class DealStageHistory(Base):
    """Every stage move of a deal, forwards or backwards (written by TRG_DEALS_STAGE_HIST)."""

    __tablename__ = "DEAL_STAGE_HISTORY"
    __table_args__ = (Index("IX_DEAL_STAGE_HIST_DEAL_AT", "deal_id", "moved_at"),)
    id: Mapped[IntPk]
    deal_id: Mapped[int] = mapped_column(ForeignKey("DEALS.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("STAGES.id"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("STAGES.id"), index=True)
    moved_at: Mapped[Stamp]
    moved_by: Mapped[str | None] = mapped_column(String(63))


class DealLine(Tracked, Base):
    __tablename__ = "DEAL_LINES"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty"),
        CheckConstraint("discount_pct IS NULL OR discount_pct BETWEEN 0 AND 100", name="discount"),
    )
    id: Mapped[IntPk]
    deal_id: Mapped[int] = mapped_column(ForeignKey("DEALS.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("PRODUCTS.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    name: Mapped[Name]
    qty: Mapped[Qty]
    price: Mapped[Money]
    discount_pct: Mapped[Percent]
    amount: Mapped[Money]
