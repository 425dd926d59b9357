"""A login undoes its own import without a delete right (issue #11).

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-08

Managers have no delete right on CLIENTS/DEALS (revision 0004), so they could not undo their own
imports. Instead of granting a delete, a server-side rule:

* IMPORT_ROWS.PROVEN, set only by TRG_IMPORT_ROWS_PROOF when the row is logged: TRUE for a CREATED
  row whose record the logging login inserted in that same transaction (its own batch attached,
  checked by the guard of revision 0010). A forged log row stays FALSE.
* SP_IMPORT_UNDO_RECORD(batch, entity, id): deletes one proven record of the caller's own
  finished batch if nobody (the owner included) changed it or attached anything to it since;
  else it deletes nothing and says why. Every other case (another login's batch, a forged id, a
  running batch) is EX_DENIED. Heads and administrators keep undoing others' batches through the
  views, with their own delete rights.
"""
from alembic import op

from db import server_objects as so

revision = "0015"
down_revision = "0012"
branch_labels = None
depends_on = None

WRITERS = ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER")
PROCEDURE = "SP_IMPORT_UNDO_RECORD"
TRIGGER = "TRG_IMPORT_ROWS_PROOF"
#: what the procedure reads (to decide "changed since") and deletes
READS = ("IMPORT_BATCHES", "IMPORT_ROWS", "CLIENTS", "DEALS", "TASKS", "ATTACHMENTS", "INTERACTIONS", "INVOICES",
         "DEAL_LINES", "CUSTOM_FIELD_VALUES", "CUSTOM_FIELD_DEFS", "CLIENT_MERGES", "CONTACTS", "PHONES", "EMAILS",
         "ADDRESSES")



def upgrade() -> None:
    conn = op.get_bind()
    if not so.has_column(conn, "IMPORT_ROWS", "PROVEN"):
        op.execute("ALTER TABLE IMPORT_ROWS ADD PROVEN BOOLEAN")  # Firebird: ADD, not ADD COLUMN
    so.apply(conn, so.load("triggers", TRIGGER),
             f"GRANT SELECT ON CLIENTS TO TRIGGER {TRIGGER}",
             f"GRANT SELECT ON DEAL_STAGE_HISTORY TO TRIGGER {TRIGGER}")
    # V_IMPORT_ROWS is SELECT x.*: re-create it so it shows the new column
    so.apply(conn, "CREATE OR ALTER VIEW V_IMPORT_ROWS AS SELECT x.* FROM IMPORT_ROWS x WHERE EXISTS (SELECT 1 FROM "
                   "IMPORT_BATCHES b WHERE b.ID = x.BATCH_ID AND (b.OWNER_LOGIN = CURRENT_USER OR "
                   "CURRENT_ROLE = 'CRM_HEAD' OR F_IS_CRM_ADMIN()))")
    so.apply(conn, so.load("procedures", PROCEDURE))
    writers = ", ".join(f"ROLE {r}" for r in WRITERS)
    so.apply(conn, *(f"GRANT SELECT ON {t} TO PROCEDURE {PROCEDURE}" for t in READS),
             f"GRANT DELETE ON CLIENTS TO PROCEDURE {PROCEDURE}",
             f"GRANT DELETE ON DEALS TO PROCEDURE {PROCEDURE}",
             f"GRANT USAGE ON EXCEPTION EX_DENIED TO PROCEDURE {PROCEDURE}",
             f"GRANT EXECUTE ON PROCEDURE {PROCEDURE} TO {writers}")


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, f"DROP PROCEDURE {PROCEDURE}", f"DROP TRIGGER {TRIGGER}")
    so.apply(conn, "CREATE OR ALTER VIEW V_IMPORT_ROWS AS SELECT x.ID, x.BATCH_ID, x.ROW_NO, x.FATE, x.ENTITY, "
                   "x.RECORD_ID, x.REC_VERSION, x.REASON, x.OLD_VALUES FROM IMPORT_ROWS x WHERE EXISTS (SELECT 1 "
                   "FROM IMPORT_BATCHES b WHERE b.ID = x.BATCH_ID AND (b.OWNER_LOGIN = CURRENT_USER OR "
                   "CURRENT_ROLE = 'CRM_HEAD' OR F_IS_CRM_ADMIN()))")
    op.execute("ALTER TABLE IMPORT_ROWS DROP PROVEN")
