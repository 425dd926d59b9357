"""Import batches with undo, saved mappings, and backdated dates for imports only (issue #11).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

* Tables IMPORT_BATCHES (written only by SP_IMPORT_BEGIN/ATTACH/FINISH), IMPORT_ROWS (the per-row
  log, inserted by the batch's owner while the batch is attached to the transaction) and
  IMPORT_MAPPINGS (saved column mappings).
* Backdating: CREATED_AT of the tables an import writes (BACKDATED), a deal's STAGE_ENTERED_AT / CLOSED_AT and a
  client's STATUS_CHANGED_AT keep a given past date only when F_MAY_BACKDATE() (an import batch of
  this login attached to this transaction, or a database administrator); before this revision any
  login could insert a backdated CREATED_AT from isql. A date in the future is never kept.
* The audit trail gets one row per import run and per undo (the procedures write them: 'I' and 'U'
  rows of IMPORT_BATCHES), besides the per-record rows the audit triggers write as for any save.
"""
import sqlalchemy as sa
from alembic import op

from db import server_objects as so

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ROLES = ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER", "CRM_READONLY")
WRITERS = ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER")
PROCEDURES = ("SP_IMPORT_BEGIN", "SP_IMPORT_ATTACH", "SP_IMPORT_FINISH")
#: tables an import writes whose CREATED_AT reports read: their past dates need F_MAY_BACKDATE. Tables
#: written by the automation job (TASKS, REMINDERS, AUTOMATION_RUNS…) keep the 0002 trigger: the
#: job stamps its tasks with its reference time, which may lie ahead of the server clock.
BACKDATED = ("CLIENTS", "CONTACTS", "PHONES", "EMAILS", "ADDRESSES", "DEALS", "DEAL_LINES")
#: tables whose ids an import reserves in blocks
ID_TABLES = ("CLIENTS", "CONTACTS", "PHONES", "EMAILS", "DEALS")
_ATTACHED = ("EXISTS (SELECT 1 FROM IMPORT_BATCHES b WHERE b.ID = {r}.BATCH_ID AND b.TX_ID = CURRENT_TRANSACTION "
             "AND b.OWNER_LOGIN = CURRENT_USER AND b.STATE = 'RUNNING')")


def _create_tables() -> None:
    op.create_table('IMPORT_BATCHES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('kind', sa.String(length=7), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_format', sa.String(length=10), nullable=True),
    sa.Column('on_duplicate', sa.String(length=9), server_default='SKIP', nullable=False),
    sa.Column('mapping', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=9), server_default='RUNNING', nullable=False),
    sa.Column('owner_login', sa.String(length=63), nullable=False),
    sa.Column('tx_id', sa.BigInteger(), nullable=True),
    sa.Column('started_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('rows_total', sa.Integer(), server_default='0', nullable=False),
    sa.Column('rows_created', sa.Integer(), server_default='0', nullable=False),
    sa.Column('rows_updated', sa.Integer(), server_default='0', nullable=False),
    sa.Column('rows_skipped', sa.Integer(), server_default='0', nullable=False),
    sa.Column('rows_failed', sa.Integer(), server_default='0', nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undone_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("kind IN ('CLIENTS', 'DEALS')", name=op.f('CK_IMPORT_BATCHES_KIND')),
    sa.CheckConstraint("state IN ('RUNNING', 'DONE', 'CANCELLED', 'FAILED', 'UNDONE')",
                       name=op.f('CK_IMPORT_BATCHES_STATE')),
    sa.CheckConstraint("on_duplicate IN ('SKIP', 'UPDATE', 'OVERWRITE', 'CREATE')",
                       name=op.f('CK_IMPORT_BATCHES_ON_DUPLICATE')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_IMPORT_BATCHES'))
    )
    op.create_index('IX_IMPORT_BATCHES_TX', 'IMPORT_BATCHES', ['tx_id'], unique=False)
    op.create_index('IX_IMPORT_BATCHES_OWNER', 'IMPORT_BATCHES', ['owner_login', 'id'], unique=False)
    op.create_table('IMPORT_ROWS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('fate', sa.String(length=7), nullable=False),
    sa.Column('entity', sa.String(length=6), nullable=True),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('rec_version', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=500), nullable=True),
    sa.Column('old_values', sa.Text(), nullable=True),
    sa.CheckConstraint("fate IN ('CREATED', 'UPDATED', 'SKIPPED', 'FAILED')", name=op.f('CK_IMPORT_ROWS_FATE')),
    sa.ForeignKeyConstraint(['batch_id'], ['IMPORT_BATCHES.id'], name=op.f('FK_IMPORT_ROWS_BATCH_ID'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_IMPORT_ROWS'))
    )
    op.create_index('IX_IMPORT_ROWS_BATCH_ROW', 'IMPORT_ROWS', ['batch_id', 'row_no'], unique=False)
    op.create_index('IX_IMPORT_ROWS_ENTITY_REC', 'IMPORT_ROWS', ['entity', 'record_id'], unique=False)
    op.create_table('IMPORT_MAPPINGS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('kind', sa.String(length=7), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("kind IN ('CLIENTS', 'DEALS')", name=op.f('CK_IMPORT_MAPPINGS_KIND')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_IMPORT_MAPPINGS')),
    sa.UniqueConstraint('kind', 'name', name=op.f('UQ_IMPORT_MAPPINGS_KIND_NAME'))
    )


def _tracked_tables(conn) -> list[str]:
    """Tables that carry the standard tracked trigger (whatever revision created them)."""
    rows = conn.exec_driver_sql(
        "SELECT TRIM(RDB$RELATION_NAME), TRIM(RDB$TRIGGER_NAME) FROM RDB$TRIGGERS "
        "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND RDB$RELATION_NAME IS NOT NULL").fetchall()
    return sorted(t for t, trg in rows if trg == so.tracked_trigger(t)[0])


def _guard_rows() -> str:
    name = so.fit("TRG_IMPORT_ROWS_GUARD")
    return so.template("guard_biud", table="IMPORT_ROWS", trigger=name,
                       new_rule=_ATTACHED.format(r="NEW"), old_rule="F_IS_DB_ADMIN()")


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    tracked = [t for t in _tracked_tables(conn) if t in BACKDATED] + ["IMPORT_MAPPINGS"]
    so.apply(conn, so.load("functions", "F_MAY_BACKDATE"),
             "GRANT SELECT ON IMPORT_BATCHES TO FUNCTION F_MAY_BACKDATE",
             "GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO FUNCTION F_MAY_BACKDATE")
    so.apply(conn, *(so.template("tracked_biu_backdate", table=t, trigger=so.tracked_trigger(t)[0]) for t in tracked))
    so.apply(conn, *(f"GRANT EXECUTE ON FUNCTION F_MAY_BACKDATE TO TRIGGER {so.tracked_trigger(t)[0]}" for t in tracked))
    so.apply(conn, so.load("triggers", "backdate/TRG_DEALS_STAGE"), so.load("triggers", "backdate/TRG_CLIENTS_STATUS"))
    so.apply(conn, "GRANT EXECUTE ON FUNCTION F_MAY_BACKDATE TO TRIGGER TRG_DEALS_STAGE",
             "GRANT EXECUTE ON FUNCTION F_MAY_BACKDATE TO TRIGGER TRG_CLIENTS_STATUS")
    # a login sees its own batches; heads and administrators see all (they undo managers' imports)
    mine = "x.OWNER_LOGIN = CURRENT_USER OR CURRENT_ROLE = 'CRM_HEAD' OR F_IS_CRM_ADMIN()"
    so.apply(conn,
             f"CREATE OR ALTER VIEW V_IMPORT_BATCHES AS SELECT x.* FROM IMPORT_BATCHES x WHERE {mine}",
             "CREATE OR ALTER VIEW V_IMPORT_ROWS AS SELECT x.* FROM IMPORT_ROWS x WHERE EXISTS (SELECT 1 FROM "
             "IMPORT_BATCHES b WHERE b.ID = x.BATCH_ID AND (b.OWNER_LOGIN = CURRENT_USER OR CURRENT_ROLE = 'CRM_HEAD' "
             "OR F_IS_CRM_ADMIN()))",
             "CREATE OR ALTER VIEW V_IMPORT_MAPPINGS AS SELECT x.* FROM IMPORT_MAPPINGS x")
    so.apply(conn, _guard_rows())
    so.apply(conn, *(so.load("procedures", p) for p in PROCEDURES))
    guard = so.fit("TRG_IMPORT_ROWS_GUARD")
    everyone = ", ".join(f"ROLE {r}" for r in ROLES)
    writers = ", ".join(f"ROLE {r}" for r in WRITERS)
    stmts = [
        "GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO VIEW V_IMPORT_BATCHES",
        "GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO VIEW V_IMPORT_ROWS",
        "GRANT SELECT ON IMPORT_BATCHES TO VIEW V_IMPORT_ROWS",
        f"GRANT SELECT ON IMPORT_BATCHES TO TRIGGER {guard}",
        f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO TRIGGER {guard}",
        f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {guard}",
    ]
    for p in PROCEDURES:
        stmts += [f"GRANT SELECT, INSERT, UPDATE ON IMPORT_BATCHES TO PROCEDURE {p}",
                  f"GRANT USAGE ON EXCEPTION EX_DENIED TO PROCEDURE {p}",
                  f"GRANT INSERT ON AUDIT_LOG TO PROCEDURE {p}",
                  f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO PROCEDURE {p}",
                  f"GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO PROCEDURE {p}",
                  f"GRANT EXECUTE ON PROCEDURE {p} TO {writers}"]
    stmts += ["GRANT SELECT ON CRM_USERS TO PROCEDURE SP_IMPORT_BEGIN",
              f"GRANT SELECT ON V_IMPORT_BATCHES TO {everyone}",
              f"GRANT SELECT ON V_IMPORT_ROWS TO {everyone}",
              f"GRANT INSERT ON V_IMPORT_ROWS TO {writers}",
              f"GRANT SELECT ON V_IMPORT_MAPPINGS TO {everyone}",
              f"GRANT INSERT, UPDATE, DELETE ON V_IMPORT_MAPPINGS TO {writers}"]
    so.apply(conn, *stmts)
    # an import reserves the ids of the rows it is about to insert in blocks (db.bulk.reserve_ids:
    # one GEN_ID per block instead of a RETURNING per row), so the writers need USAGE on these
    # identity generators; taking values only leaves gaps, it can neither read nor change a row
    so.apply(conn, *(f'GRANT USAGE ON GENERATOR "{_identity(conn, t)}" TO {writers}' for t in ID_TABLES))
    # revision 0009 replaces an id below the generator by a fresh one (hole 5 of issue #10): an
    # import's reserved ids are kept while its own batch is attached (F_MAY_BACKDATE)
    for t in ID_TABLES:
        name, _sql = _id_trigger(t, _identity(conn, t))
        so.apply(conn, so.template("generated_id_bi_import", table=t, trigger=name, generator=_identity(conn, t)),
                 f"GRANT EXECUTE ON FUNCTION F_MAY_BACKDATE TO TRIGGER {name}")


def _id_trigger(table: str, generator: str) -> tuple[str, str]:
    """The id trigger of revision 0009 (name, plain text without the import's exception)."""
    name = so.fit(f"TRG_{table}_NEW_ID")
    return name, so.template("generated_id_bi", table=table, trigger=name, generator=generator)


def _identity(conn, table: str) -> str:
    return conn.exec_driver_sql(
        "SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$RELATION_FIELDS WHERE RDB$RELATION_NAME = ? AND "
        "RDB$FIELD_NAME = 'ID'", (table,)).scalar()


def downgrade() -> None:
    conn = op.get_bind()
    writers = ", ".join(f"ROLE {r}" for r in WRITERS)
    so.apply(conn, *(f'REVOKE USAGE ON GENERATOR "{_identity(conn, t)}" FROM {writers}' for t in ID_TABLES))
    so.apply(conn, *(_id_trigger(t, _identity(conn, t))[1] for t in ID_TABLES))
    so.apply(conn, *(f"REVOKE EXECUTE ON FUNCTION F_MAY_BACKDATE FROM TRIGGER {_id_trigger(t, '')[0]}" for t in ID_TABLES))
    tracked = [t for t in _tracked_tables(conn) if t in BACKDATED]
    so.apply(conn, *(so.tracked_trigger(t)[1] for t in tracked))
    so.apply(conn, so.load("triggers", "TRG_DEALS_STAGE"), so.load("triggers", "TRG_CLIENTS_STATUS"))
    so.apply(conn, *(f"DROP PROCEDURE {p}" for p in PROCEDURES))
    so.apply(conn, f"DROP TRIGGER {so.fit('TRG_IMPORT_ROWS_GUARD')}",
             f"DROP TRIGGER {so.tracked_trigger('IMPORT_MAPPINGS')[0]}")
    so.apply(conn, "DROP VIEW V_IMPORT_BATCHES", "DROP VIEW V_IMPORT_ROWS", "DROP VIEW V_IMPORT_MAPPINGS")
    so.apply(conn, "DROP FUNCTION F_MAY_BACKDATE")
    op.drop_table('IMPORT_MAPPINGS')
    op.drop_index('IX_IMPORT_ROWS_ENTITY_REC', table_name='IMPORT_ROWS')
    op.drop_index('IX_IMPORT_ROWS_BATCH_ROW', table_name='IMPORT_ROWS')
    op.drop_table('IMPORT_ROWS')
    op.drop_index('IX_IMPORT_BATCHES_OWNER', table_name='IMPORT_BATCHES')
    op.drop_index('IX_IMPORT_BATCHES_TX', table_name='IMPORT_BATCHES')
    op.drop_table('IMPORT_BATCHES')
