"""Automation rules, their runs, and the lead distribution of departments (issue #5).

* ``AUTOMATION_RULES``: "when EVENT (deal entered stage X / client created / deal idle N days /
  task overdue N days) then ACTION (create a task / notify) for TARGET (the responsible, a user,
  the responsible's head)". Event rules are run by triggers in the same transaction as the change
  (db/sql/triggers/TRG_*_AUTOMATION.sql); time rules by ``python -m app jobs run`` (app/automation.py).
  Both go through one procedure, ``SP_RUN_RULE``.
* ``AUTOMATION_RUNS``: one row per execution. Time rules key it (rule, record, period), so a job
  that runs twice never creates the same task twice; the unique key is the last line of defence
  against two schedulers running at once. The row also lets the reminder guard accept a reminder
  for *another* user that a rule (not the login) writes in this transaction.
* ``LEAD_DISTRIBUTION``: per department, how new leads are spread among its managers
  (round-robin or least-loaded) and the round-robin pointer, moved only by ``SP_PICK_LEAD_USER``.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import Flag, FlagTrue, IntPk, Name, SortOrder, Stamp

RULE_EVENTS = ("STAGE_ENTERED", "CLIENT_CREATED", "DEAL_IDLE", "TASK_OVERDUE")
RULE_ACTIONS = ("TASK", "NOTIFY")
RULE_TARGETS = ("RESPONSIBLE", "USER", "HEAD")
LEAD_STRATEGIES = ("ROUND_ROBIN", "LEAST_LOADED")


class AutomationRule(Tracked, Base):
    __tablename__ = "AUTOMATION_RULES"
    __table_args__ = (
        CheckConstraint("event_kind IN ('STAGE_ENTERED', 'CLIENT_CREATED', 'DEAL_IDLE', 'TASK_OVERDUE')",
                        name="event_kind"),
        CheckConstraint("action_kind IN ('TASK', 'NOTIFY')", name="action_kind"),
        CheckConstraint("target_kind IN ('RESPONSIBLE', 'USER', 'HEAD')", name="target_kind"),
        CheckConstraint("task_kind IN ('CALL', 'MEETING', 'EMAIL', 'TODO')", name="task_kind"),
        CheckConstraint("idle_days >= 0", name="idle_days"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority"),
        Index("IX_AUTOMATION_RULES_EV_STAGE", "event_kind", "stage_id"),
    )
    id: Mapped[IntPk]
    name: Mapped[Name]
    is_active: Mapped[FlagTrue]
    event_kind: Mapped[str] = mapped_column(String(14), nullable=False)
    #: optional filter (DEAL_IDLE); STAGE_ENTERED names the stage, which implies the funnel
    funnel_id: Mapped[int | None] = mapped_column(ForeignKey("FUNNELS.id"))
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("STAGES.id"))
    #: DEAL_IDLE: days without activity; TASK_OVERDUE: days past due (0 = as soon as overdue)
    idle_days: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    action_kind: Mapped[str] = mapped_column(String(6), nullable=False, server_default="TASK")
    task_kind: Mapped[str] = mapped_column(String(7), nullable=False, server_default="TODO")
    #: task title or notification text; ``{deal}``, ``{client}`` and ``{task}`` are replaced by the names
    title: Mapped[Name]
    #: the task is due (the reminder pops up) this many hours after the event
    due_hours: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="2")
    target_kind: Mapped[str] = mapped_column(String(11), nullable=False, server_default="RESPONSIBLE")
    target_user_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"))
    sort_order: Mapped[SortOrder]


class AutomationRun(Base):
    """One execution of a rule (written by SP_RUN_RULE only; nobody edits it)."""

    __tablename__ = "AUTOMATION_RUNS"
    __table_args__ = (
        UniqueConstraint("rule_id", "entity_id", "period_key"),
        Index("IX_AUTOMATION_RUNS_TX", "tx_id"),
    )
    id: Mapped[IntPk]
    rule_id: Mapped[int] = mapped_column(ForeignKey("AUTOMATION_RULES.id", ondelete="CASCADE"))
    #: the deal (stage, idle), client (created) or task (overdue) the rule ran for
    entity_id: Mapped[int | None] = mapped_column(Integer)
    #: time rules: the period the run belongs to (the idle-since / due stamp); event rules:
    #: ``E<transaction>:<n>`` (Firebird's unique keys treat NULLs as equal values here)
    period_key: Mapped[str | None] = mapped_column(String(30))
    target_user_id: Mapped[int | None] = mapped_column(Integer)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("TASKS.id", ondelete="SET NULL"))
    #: CURRENT_TRANSACTION of the run
    tx_id: Mapped[int | None] = mapped_column(BigInteger)
    run_at: Mapped[Stamp]
    #: a one-shot ticket (revision 0009): SP_RUN_RULE sets it right before inserting its reminder
    #: for another user and the REMINDERS guard consumes it in the same call, so no login's own
    #: statement ever finds an open ticket to forge a reminder with
    reminder_ticket: Mapped[Flag]


class LeadDistribution(Tracked, Base):
    __tablename__ = "LEAD_DISTRIBUTION"
    __table_args__ = (
        CheckConstraint("strategy IN ('ROUND_ROBIN', 'LEAST_LOADED')", name="strategy"),
    )
    id: Mapped[IntPk]
    department_id: Mapped[int] = mapped_column(ForeignKey("DEPARTMENTS.id", ondelete="CASCADE"), unique=True)
    strategy: Mapped[str] = mapped_column(String(12), nullable=False, server_default="ROUND_ROBIN")
    is_enabled: Mapped[FlagTrue]
    #: round-robin pointer: the manager who got the last lead (moved by SP_PICK_LEAD_USER)
    last_user_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id", ondelete="SET NULL"))
    #: the transaction that moved the pointer and has not created the lead yet (revision 0009): the
    #: new deal clears it, a commit that still finds it is refused (TRG_LEAD_PICK_COMMIT), so only
    #: lead creation moves the pointer
    pick_tx: Mapped[int | None] = mapped_column(BigInteger)


__all__ = ["AutomationRule", "AutomationRun", "LeadDistribution", "LEAD_STRATEGIES", "RULE_ACTIONS",
           "RULE_EVENTS", "RULE_TARGETS"]
