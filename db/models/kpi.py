"""KPI: indicators (what is measured and how its fact is computed), and plans per user or
department and period (issue #13).

The **fact is never typed**: an indicator names one of a fixed set of ``FACT_KINDS`` that
``app/kpi.py`` computes from the data (won deals, calls, payments…). A plan is a target for one
indicator, one manager (``user_id``) *or* one department, and one period (a month, a quarter or a
year: ``period_kind``, ``period_start``..``period_end``).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import FlagTrue, IntPk, Name, SortOrder

#: how an indicator's fact is computed (app/kpi.py FACTS): the manager's own records in the period
FACT_KINDS = ("REVENUE", "WON_DEALS", "NEW_DEALS", "NEW_CLIENTS", "CALLS", "MEETINGS", "WIN_RATE", "PAYMENTS")
PERIOD_KINDS = ("MONTH", "QUARTER", "YEAR")


class KpiIndicator(Tracked, Base):
    __tablename__ = "KPI_INDICATORS"
    __table_args__ = (
        CheckConstraint("fact_kind IN ('REVENUE', 'WON_DEALS', 'NEW_DEALS', 'NEW_CLIENTS', 'CALLS', 'MEETINGS', "
                        "'WIN_RATE', 'PAYMENTS')", name="fact_kind"),
    )
    id: Mapped[IntPk]
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[Name]
    unit: Mapped[str | None] = mapped_column(String(20))
    weight: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False, server_default="1")
    is_active: Mapped[FlagTrue]
    fact_kind: Mapped[str] = mapped_column(String(12), nullable=False, server_default=text("'REVENUE'"))
    sort_order: Mapped[SortOrder]


class KpiPlan(Tracked, Base):
    __tablename__ = "KPI_PLANS"
    __table_args__ = (
        UniqueConstraint("indicator_id", "user_id", "department_id", "period_start"),
        CheckConstraint("user_id IS NOT NULL OR department_id IS NOT NULL", name="target"),
        CheckConstraint("period_kind IN ('MONTH', 'QUARTER', 'YEAR')", name="period_kind"),
    )
    id: Mapped[IntPk]
    indicator_id: Mapped[int] = mapped_column(ForeignKey("KPI_INDICATORS.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("DEPARTMENTS.id"), index=True)
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    plan_value: Mapped[Decimal] = mapped_column(Numeric(18, 2), nullable=False)
    period_kind: Mapped[str] = mapped_column(String(7), nullable=False, server_default=text("'MONTH'"))
