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
    so.apply(conn, so.load("procedures", "SP_REFRESH_CLIENT_STATS_v0006"),
             "GRANT SELECT ON CLIENTS TO PROCEDURE SP_REFRESH_CLIENT_STATS")


def downgrade() -> None:
    conn = op.get_bind()
    # back to revision 0002's text (frozen in SP_REFRESH_CLIENT_STATS.sql), which reads no CLIENTS
    so.apply(conn, so.load("procedures", "SP_REFRESH_CLIENT_STATS"),
             "REVOKE SELECT ON CLIENTS FROM PROCEDURE SP_REFRESH_CLIENT_STATS")
