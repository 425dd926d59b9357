"""Planner: tasks (calls back, meetings, e-mails, to-dos) and their reminders."""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import Flag, IntPk, LongText, Name, StampN

TASK_KINDS = ("CALL", "MEETING", "EMAIL", "TODO")
TASK_STATUSES = ("OPEN", "DONE", "CANCELLED")


class Task(Tracked, Base):
    __tablename__ = "TASKS"
    __table_args__ = (
        CheckConstraint("kind IN ('CALL', 'MEETING', 'EMAIL', 'TODO')", name="kind"),
        CheckConstraint("status IN ('OPEN', 'DONE', 'CANCELLED')", name="status"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority"),
        Index("IX_TASKS_ASSIGNEE_STATUS_DUE", "assignee_id", "status", "due_at"),
        Index("IX_TASKS_DUE_AT", "due_at"),
    )
    id: Mapped[IntPk]
    title: Mapped[Name]
    kind: Mapped[str] = mapped_column(String(7), nullable=False, server_default="TODO")
    status: Mapped[str] = mapped_column(String(9), nullable=False, server_default="OPEN")
    due_at: Mapped[StampN]
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    #: 1 high, 2 normal, 3 low
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="2")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("DEALS.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("CONTACTS.id", ondelete="SET NULL"), index=True)
    done_at: Mapped[StampN]
    result: Mapped[str | None] = mapped_column(String(500))
    #: created by an automation rule (issue #5): which one
    rule_id: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[LongText]


class Reminder(Tracked, Base):
    __tablename__ = "REMINDERS"
    __table_args__ = (Index("IX_REMINDERS_USER_AT", "user_id", "dismissed", "remind_at"),)
    id: Mapped[IntPk]
    task_id: Mapped[int | None] = mapped_column(ForeignKey("TASKS.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("CRM_USERS.id"))
    remind_at: Mapped[StampN]
    snoozed_until: Mapped[StampN]
    dismissed: Mapped[Flag]
    text: Mapped[Name]
