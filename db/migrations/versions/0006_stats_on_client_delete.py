"""Deleting a client with deals or tasks: the summary procedure skips a client that is gone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

The cascade from CLIENTS deleted the client's deals, whose trigger then refreshed CLIENT_STATS of
the vanished client and violated its foreign key (found by the list's Shift+Del).
"""
from alembic import op

from db import server_objects as so

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, so.load("procedures", "SP_REFRESH_CLIENT_STATS"),
             "GRANT SELECT ON CLIENTS TO PROCEDURE SP_REFRESH_CLIENT_STATS")


def downgrade() -> None:
    pass  # the earlier text had the bug; keeping the fixed procedure is harmless
