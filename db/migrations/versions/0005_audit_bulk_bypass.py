"""Audit triggers skip a database administrator's bulk load (demo data).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Loading 100,000 demo clients wrote 1.6 million audit rows stamped "now, SYSDBA" (half the file and
a sixth of the time) that tell nobody anything. The bypass needs both the transaction variable and
F_IS_DB_ADMIN(), so no ordinary login can switch its own audit off.
"""
import importlib

from alembic import op

from db import server_objects as so

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_0003 = importlib.import_module("db.migrations.versions.0003_audit_triggers")


def upgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(so.audit_trigger(t, *spec, bulk_bypass=True)[1] for t, spec in _0003.AUDITED.items()))
    so.apply(conn, *(f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO TRIGGER {so.audit_trigger(t, *spec)[0]}"
                     for t, spec in _0003.AUDITED.items()))


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(so.audit_trigger(t, *spec)[1] for t, spec in _0003.AUDITED.items()))
