"""KPI: indicators, and plans per user (or department) and period (issue-later: KPI screens)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import FlagTrue, IntPk, Name


class KpiIndicator(Tracked, Base):
    __tablename__ = "KPI_INDICATORS"
    id: Mapped[IntPk]
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[Name]
    unit: Mapped[str | None] = mapped_column(String(20))
    weight: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False, server_default="1")
    is_active: Mapped[FlagTrue]


class KpiPlan(Tracked, Base):
    __tablename__ = "KPI_PLANS"
    __table_args__ = (
        UniqueConstraint("indicator_id", "user_id", "department_id", "period_start"),
        CheckConstraint("user_id IS NOT NULL OR department_id IS NOT NULL", name="target"),
    )
    id: Mapped[IntPk]
    indicator_id: Mapped[int] = mapped_column(ForeignKey("KPI_INDICATORS.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("DEPARTMENTS.id"), index=True)
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    plan_value: Mapped[Decimal] = mapped_column(Numeric(18, 2), nullable=False)
