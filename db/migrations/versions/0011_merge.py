"""Duplicates and merge of clients (issue #11): merge history and "not duplicates" marks.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

* CLIENT_MERGES: one row per merge, with what undo needs; DEDUPE_IGNORED: pairs a user marked
  "not duplicates" (db/models/merge.py). ``CLIENTS.MERGED_INTO_ID`` exists since 0001.
* Both get the standard who/when/version trigger, a visibility view and a write guard built from
  the same rule (revision 0004's way): a merge is visible to whoever sees its survivor; a mark to
  whoever sees both clients. Writers may insert and update merges (undo) and insert/delete marks;
  nobody deletes merge history.
* A merge and its undo are written to the audit trail by a trigger on CLIENT_MERGES (the field-by-
  field old values of the clients come from the CLIENTS audit trigger of 0003 in the same
  transaction).
"""
import importlib

import sqlalchemy as sa
from alembic import op

from db import server_objects as so

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")

NEW_TABLES = ("CLIENT_MERGES", "DEDUPE_IGNORED")
_GONE = "NOT EXISTS (SELECT 1 FROM CLIENTS p WHERE p.ID = {r}.%s)"
#: table -> (row rule, extra rule for rows deleted by a cascade from a vanished client)
RULES = {
    "CLIENT_MERGES": ("F_CLIENT_VISIBLE({r}.SURVIVOR_ID)", None),
    "DEDUPE_IGNORED": ("F_CLIENT_VISIBLE({r}.CLIENT_A_ID) AND F_CLIENT_VISIBLE({r}.CLIENT_B_ID)",
                       f"{_GONE % 'CLIENT_A_ID'} OR {_GONE % 'CLIENT_B_ID'}"),
}
AUDIT = ("CLIENT_MERGES", "{r}.SURVIVOR_ID", ("STATE",),
         "'merged ' || {r}.MERGED_IDS || ' into ' || {r}.SURVIVOR_ID")


def _create_tables() -> None:
    op.create_table('CLIENT_MERGES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('survivor_id', sa.Integer(), nullable=False),
    sa.Column('merged_ids', sa.String(length=1000), nullable=False),
    sa.Column('merged_count', sa.Integer(), nullable=False),
    sa.Column('moved_rows', sa.Integer(), server_default='0', nullable=False),
    sa.Column('survivor_version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=6), server_default='DONE', nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undone_by', sa.String(length=63), nullable=True),
    sa.Column('details', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("state IN ('DONE', 'UNDONE')", name=op.f('CK_CLIENT_MERGES_STATE')),
    sa.ForeignKeyConstraint(['survivor_id'], ['CLIENTS.id'], name=op.f('FK_CLIENT_MERGES_SURVIVOR_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CLIENT_MERGES'))
    )
    op.create_index(op.f('IX_CLIENT_MERGES_SURVIVOR_ID'), 'CLIENT_MERGES', ['survivor_id'], unique=False)
    op.create_table('DEDUPE_IGNORED',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_a_id', sa.Integer(), nullable=False),
    sa.Column('client_b_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint('client_a_id < client_b_id', name=op.f('CK_DEDUPE_IGNORED_PAIR_ORDER')),
    sa.ForeignKeyConstraint(['client_a_id'], ['CLIENTS.id'], name=op.f('FK_DEDUPE_IGNORED_CLIENT_A_ID'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['client_b_id'], ['CLIENTS.id'], name=op.f('FK_DEDUPE_IGNORED_CLIENT_B_ID'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_DEDUPE_IGNORED')),
    sa.UniqueConstraint('client_a_id', 'client_b_id', name=op.f('UQ_DEDUPE_IGNORED_CLIENT_1444F3'))
    )
    op.create_index(op.f('IX_DEDUPE_IGNORED_CLIENT_B_ID'), 'DEDUPE_IGNORED', ['client_b_id'], unique=False)


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    so.apply(conn, *(so.tracked_trigger(t)[1] for t in NEW_TABLES))
    so.apply(conn, *(_0004._view_sql(t, rule) for t, (rule, _g) in RULES.items()))
    guards = [_0004._guard(t, rule, gone) for t, (rule, gone) in RULES.items()]
    so.apply(conn, *(sql for _n, sql in guards))
    audit_name, audit_sql = so.audit_trigger(*AUDIT)
    so.apply(conn, audit_sql)
    stmts = [f"GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE TO VIEW V_{t}" for t in NEW_TABLES]
    for name, _sql in guards:
        stmts += [f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}",
                  f"GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE TO TRIGGER {name}",
                  f"GRANT SELECT ON CLIENTS TO TRIGGER {name}"]
    stmts.append(f"GRANT INSERT ON AUDIT_LOG TO TRIGGER {audit_name}")
    everyone = ", ".join(f"ROLE {r}" for r in _0004.ROLES)
    writers = ", ".join(f"ROLE {r}" for r in _0004.WRITERS)
    stmts += [f"GRANT SELECT ON V_{t} TO {everyone}" for t in NEW_TABLES]
    stmts.append(f"GRANT INSERT, UPDATE ON V_CLIENT_MERGES TO {writers}")
    stmts.append(f"GRANT INSERT, DELETE ON V_DEDUPE_IGNORED TO {writers}")
    so.apply(conn, *stmts)


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, f"DROP TRIGGER {so.audit_trigger(*AUDIT)[0]}")
    so.apply(conn, *(f"DROP TRIGGER {_0004._guard(t, rule, gone)[0]}" for t, (rule, gone) in RULES.items()))
    so.apply(conn, *(f"DROP TRIGGER {so.tracked_trigger(t)[0]}" for t in NEW_TABLES))
    so.apply(conn, *(f"DROP VIEW V_{t}" for t in NEW_TABLES))
    op.drop_index(op.f('IX_DEDUPE_IGNORED_CLIENT_B_ID'), table_name='DEDUPE_IGNORED')
    op.drop_table('DEDUPE_IGNORED')
    op.drop_index(op.f('IX_CLIENT_MERGES_SURVIVOR_ID'), table_name='CLIENT_MERGES')
    op.drop_table('CLIENT_MERGES')
