"""Automation rules, their runs and lead distribution (issue #5).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

* Tables AUTOMATION_RULES (administered), AUTOMATION_RUNS (written by SP_RUN_RULE only) and
  LEAD_DISTRIBUTION (administered; its round-robin pointer moved by SP_PICK_LEAD_USER).
* Event rules run in the database, in the transaction of the change: AFTER triggers on DEALS
  (stage entered) and CLIENTS (client created) call SP_RUN_RULE, which inserts TASKS/REMINDERS.
  Logins have no rights on base tables, so every object gets its explicit grants (FB3 has no SQL
  SECURITY DEFINER: FIREBIRD.md §4.4).
* The REMINDERS guard (0004) also accepts a reminder for another user when a rule run of *this*
  transaction names that user: a "notify the head" rule fired by a manager's move must pass, and
  no login can forge the run row (nobody has a grant to write AUTOMATION_RUNS).
"""
import importlib

import sqlalchemy as sa
from alembic import op

from db import server_objects as so

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")

ROLES = _0004.ROLES
WRITERS = _0004.WRITERS

TRACKED = ("AUTOMATION_RULES", "LEAD_DISTRIBUTION")
EVENTS = {"AUTOMATION_RULES": "ref_changed"}
PROCEDURES = ("SP_RUN_RULE", "SP_PICK_LEAD_USER")
TRIGGERS = ("TRG_DEALS_AUTOMATION", "TRG_CLIENTS_AUTOMATION", "TRG_LEAD_DISTRIBUTION_ADMIN")
NEW_TABLES = ("AUTOMATION_RULES", "AUTOMATION_RUNS", "LEAD_DISTRIBUTION")

#: (privileges, object, grantee kind, grantee)
OBJECT_GRANTS = (
    ("SELECT", "AUTOMATION_RULES", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT", "CRM_USERS", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT", "DEPARTMENTS", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT", "DEALS", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT", "CLIENTS", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT, INSERT", "AUTOMATION_RUNS", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT, INSERT", "TASKS", "PROCEDURE", "SP_RUN_RULE"),
    ("INSERT", "REMINDERS", "PROCEDURE", "SP_RUN_RULE"),
    ("SELECT, UPDATE", "LEAD_DISTRIBUTION", "PROCEDURE", "SP_PICK_LEAD_USER"),
    ("SELECT", "CRM_USERS", "PROCEDURE", "SP_PICK_LEAD_USER"),
    ("SELECT", "DEALS", "PROCEDURE", "SP_PICK_LEAD_USER"),
    ("SELECT", "AUTOMATION_RULES", "TRIGGER", "TRG_DEALS_AUTOMATION"),
    ("SELECT", "AUTOMATION_RULES", "TRIGGER", "TRG_CLIENTS_AUTOMATION"),
    ("SELECT", "AUTOMATION_RUNS", "TRIGGER", "TRG_REMINDERS_GUARD"),
    ("SELECT", "CRM_USERS", "TRIGGER", "TRG_REMINDERS_GUARD"),
)
EXECUTE_GRANTS = (
    ("PROCEDURE SP_RUN_RULE", "TRIGGER TRG_DEALS_AUTOMATION"),
    ("PROCEDURE SP_RUN_RULE", "TRIGGER TRG_CLIENTS_AUTOMATION"),
    ("FUNCTION F_IS_DB_ADMIN", "TRIGGER TRG_DEALS_AUTOMATION"),
    ("FUNCTION F_IS_DB_ADMIN", "TRIGGER TRG_CLIENTS_AUTOMATION"),
    ("FUNCTION F_IS_CRM_ADMIN", "TRIGGER TRG_LEAD_DISTRIBUTION_ADMIN"),
    ("FUNCTION F_IS_CRM_ADMIN", "TRIGGER TRG_AUTOMATION_RULES_ADMIN"),
)

_RUN_BY_RULE = ("EXISTS (SELECT 1 FROM AUTOMATION_RUNS ar WHERE ar.TX_ID = CURRENT_TRANSACTION "
                "AND ar.TARGET_USER_ID = {r}.USER_ID)")


def _reminders_guard(with_rules: bool) -> str:
    rule, gone, _w, _d = _0004.ENTITIES["REMINDERS"]
    name = so.fit("TRG_REMINDERS_GUARD")
    new_rule = rule.format(r="NEW")
    if with_rules:
        new_rule = f"({new_rule}) OR {_RUN_BY_RULE.format(r='NEW')}"
    old_rule = f"({gone.format(r='OLD')}) OR {rule.format(r='OLD')}"
    return so.template("guard_biud", table="REMINDERS", trigger=name, new_rule=new_rule, old_rule=old_rule)


def _create_tables() -> None:
    op.create_table('AUTOMATION_RULES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('event_kind', sa.String(length=14), nullable=False),
    sa.Column('funnel_id', sa.Integer(), nullable=True),
    sa.Column('stage_id', sa.Integer(), nullable=True),
    sa.Column('idle_days', sa.SmallInteger(), server_default='0', nullable=False),
    sa.Column('action_kind', sa.String(length=6), server_default='TASK', nullable=False),
    sa.Column('task_kind', sa.String(length=7), server_default='TODO', nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due_hours', sa.Integer(), server_default='0', nullable=False),
    sa.Column('priority', sa.SmallInteger(), server_default='2', nullable=False),
    sa.Column('target_kind', sa.String(length=11), server_default='RESPONSIBLE', nullable=False),
    sa.Column('target_user_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("event_kind IN ('STAGE_ENTERED', 'CLIENT_CREATED', 'DEAL_IDLE', 'TASK_OVERDUE')",
                       name=op.f('CK_AUTOMATION_RULES_EVENT_KIND')),
    sa.CheckConstraint("action_kind IN ('TASK', 'NOTIFY')", name=op.f('CK_AUTOMATION_RULES_ACTION_KIND')),
    sa.CheckConstraint("target_kind IN ('RESPONSIBLE', 'USER', 'HEAD')", name=op.f('CK_AUTOMATION_RULES_TARGET_KIND')),
    sa.CheckConstraint("task_kind IN ('CALL', 'MEETING', 'EMAIL', 'TODO')", name=op.f('CK_AUTOMATION_RULES_TASK_KIND')),
    sa.CheckConstraint('idle_days >= 0', name=op.f('CK_AUTOMATION_RULES_IDLE_DAYS')),
    sa.CheckConstraint('priority BETWEEN 1 AND 3', name=op.f('CK_AUTOMATION_RULES_PRIORITY')),
    sa.ForeignKeyConstraint(['funnel_id'], ['FUNNELS.id'], name=op.f('FK_AUTOMATION_RULES_FUNNEL_ID')),
    sa.ForeignKeyConstraint(['stage_id'], ['STAGES.id'], name=op.f('FK_AUTOMATION_RULES_STAGE_ID')),
    sa.ForeignKeyConstraint(['target_user_id'], ['CRM_USERS.id'], name=op.f('FK_AUTOMATION_RULES_TARG_7567BB')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_AUTOMATION_RULES'))
    )
    op.create_index('IX_AUTOMATION_RULES_EV_STAGE', 'AUTOMATION_RULES', ['event_kind', 'stage_id'], unique=False)
    op.create_table('AUTOMATION_RUNS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('period_key', sa.String(length=30), nullable=True),
    sa.Column('target_user_id', sa.Integer(), nullable=True),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('tx_id', sa.BigInteger(), nullable=True),
    sa.Column('run_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['rule_id'], ['AUTOMATION_RULES.id'], name=op.f('FK_AUTOMATION_RUNS_RULE_ID'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['TASKS.id'], name=op.f('FK_AUTOMATION_RUNS_TASK_ID'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_AUTOMATION_RUNS')),
    sa.UniqueConstraint('rule_id', 'entity_id', 'period_key', name=op.f('UQ_AUTOMATION_RUNS_RULE_CC3946'))
    )
    op.create_index('IX_AUTOMATION_RUNS_TX', 'AUTOMATION_RUNS', ['tx_id'], unique=False)
    op.create_table('LEAD_DISTRIBUTION',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('strategy', sa.String(length=12), server_default='ROUND_ROBIN', nullable=False),
    sa.Column('is_enabled', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('last_user_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("strategy IN ('ROUND_ROBIN', 'LEAST_LOADED')", name=op.f('CK_LEAD_DISTRIBUTION_STRATEGY')),
    sa.ForeignKeyConstraint(['department_id'], ['DEPARTMENTS.id'], name=op.f('FK_LEAD_DISTRIBUTION_DEP_6315CC'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['last_user_id'], ['CRM_USERS.id'], name=op.f('FK_LEAD_DISTRIBUTION_LAS_DE7DEC'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_LEAD_DISTRIBUTION')),
    sa.UniqueConstraint('department_id', name=op.f('UQ_LEAD_DISTRIBUTION_DEP_6342D8'))
    )


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    # the standard who/when/version triggers, the refresh event, views and admin guards
    so.apply(conn, *(so.tracked_trigger(t)[1] for t in TRACKED))
    so.apply(conn, *(so.event_trigger(t, e)[1] for t, e in EVENTS.items()))
    so.apply(conn, *(f"CREATE OR ALTER VIEW V_{t} AS SELECT x.* FROM {t} x" for t in NEW_TABLES))
    admin_name, admin_sql = _0004._admin_only("AUTOMATION_RULES")
    assert admin_name == "TRG_AUTOMATION_RULES_ADMIN"
    so.apply(conn, admin_sql, so.load("triggers", "TRG_LEAD_DISTRIBUTION_ADMIN"))
    # procedures (they read the new tables), then the triggers that call them
    so.apply(conn, *(so.load("procedures", p) for p in PROCEDURES))
    so.apply(conn, so.load("triggers", "TRG_DEALS_AUTOMATION"), so.load("triggers", "TRG_CLIENTS_AUTOMATION"))
    so.apply(conn, _reminders_guard(with_rules=True))
    stmts = [f"GRANT {priv} ON {obj} TO {kind} {who}" for priv, obj, kind, who in OBJECT_GRANTS]
    stmts += [f"GRANT EXECUTE ON {obj} TO {who}" for obj, who in EXECUTE_GRANTS]
    stmts += [f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {t}"
              for t in ("TRG_LEAD_DISTRIBUTION_ADMIN", "TRG_AUTOMATION_RULES_ADMIN")]
    # roles: everyone reads rules, runs and distribution; administrators write rules and settings;
    # writers may pick a lead's manager; only administrators run rules by hand (the job)
    everyone = ", ".join(f"ROLE {r}" for r in ROLES)
    stmts += [f"GRANT SELECT ON V_{t} TO {everyone}" for t in NEW_TABLES]
    stmts += [f"GRANT INSERT, UPDATE, DELETE ON V_{t} TO ROLE CRM_ADMIN" for t in ("AUTOMATION_RULES", "LEAD_DISTRIBUTION")]
    stmts.append(f"GRANT EXECUTE ON PROCEDURE SP_PICK_LEAD_USER TO {', '.join(f'ROLE {r}' for r in WRITERS)}")
    stmts.append("GRANT EXECUTE ON PROCEDURE SP_RUN_RULE TO ROLE CRM_ADMIN")
    so.apply(conn, *stmts)


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, _reminders_guard(with_rules=False))
    so.apply(conn, *(f"DROP TRIGGER {t}" for t in TRIGGERS), "DROP TRIGGER TRG_AUTOMATION_RULES_ADMIN")
    so.apply(conn, *(f"DROP TRIGGER {so.event_trigger(t, e)[0]}" for t, e in EVENTS.items()))
    so.apply(conn, *(f"DROP TRIGGER {so.tracked_trigger(t)[0]}" for t in TRACKED))
    so.apply(conn, *(f"DROP PROCEDURE {p}" for p in PROCEDURES))
    so.apply(conn, *(f"DROP VIEW V_{t}" for t in NEW_TABLES))
    op.drop_table('LEAD_DISTRIBUTION')
    op.drop_index('IX_AUTOMATION_RUNS_TX', table_name='AUTOMATION_RUNS')
    op.drop_table('AUTOMATION_RUNS')
    op.drop_index('IX_AUTOMATION_RULES_EV_STAGE', table_name='AUTOMATION_RULES')
    op.drop_table('AUTOMATION_RULES')
