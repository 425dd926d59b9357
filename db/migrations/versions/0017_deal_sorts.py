"""The deal list sorted by stage or by responsible walks an index (issue #12).

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-08

DEALS gets (STAGE_ID, ID) and (RESPONSIBLE_ID, ID) indexes, ascending and descending. A page of
the list sorted by stage (or responsible) is one EXECUTE BLOCK sent by the client
(db/queries/deal_board.py): it walks the stages (users) in display order through the visibility
views and, for each, the deals of that stage (user) through the new index, stopping at the page;
no deal is sorted. No server object: the block runs with the caller's rights and reads the same
V_* views as every other list statement.
"""
from alembic import op

revision = "0017"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = tuple(
    (f"IX_DEALS_{short}_ID{'_D' if desc else ''}", "DEALS", [col, "id"], desc)
    for short, col in (("STG", "stage_id"), ("RESP", "responsible_id"))
    for desc in (False, True))


def upgrade() -> None:
    for name, table, cols, desc in INDEXES:
        op.create_index(name, table, cols, unique=False, **({"firebird_descending": True} if desc else {}))
    from db import bulk

    bulk.refresh_index_statistics(op.get_bind())


def downgrade() -> None:
    for name, table, _cols, _desc in reversed(INDEXES):
        op.drop_index(name, table_name=table)
