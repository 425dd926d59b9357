"""Speed at 100,000 clients (issue #12): search in display order, the deal list's default order.

Revision ID: 0012
Revises: 0013
Create Date: 2026-12-07

* SEARCH_KEYS gets P2 (the key's first two characters) and SNAME (its client's SEARCH_NAME), kept
  by TRG_SEARCH_KEYS_ORDER and TRG_CLIENTS_SEARCH_ORDER, with IX_SEARCH_KEYS_P2 (P2, SNAME,
  CLIENT_ID) and IX_SEARCH_KEYS_CLIENT_SKEY (CLIENT_ID, SKEY). SP_SEARCH_CLIENTS walks them in
  the list's name order and stops at the page (db/queries/search.py); it reads the base tables
  (granted to it) and returns only clients the caller may see.
* DEALS gets (CREATED_AT, ID) ascending and descending: the deal list's default page walks an
  index instead of sorting every deal.
* V_SEARCH_KEYS is re-created so that its ``x.*`` includes the new columns.
"""
import importlib

from alembic import op

from db import server_objects as so

revision = "0012"
down_revision = "0013"
branch_labels = None
depends_on = None

_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")

TRIGGERS = ("TRG_SEARCH_KEYS_ORDER", "TRG_CLIENTS_SEARCH_ORDER")
PROCEDURE = "SP_SEARCH_CLIENTS"
INDEXES = (
    ("IX_SEARCH_KEYS_P2", "SEARCH_KEYS", ["p2", "sname", "client_id"], False),
    ("IX_SEARCH_KEYS_CLIENT_SKEY", "SEARCH_KEYS", ["client_id", "skey"], False),
    ("IX_DEALS_CREATED_ID", "DEALS", ["created_at", "id"], False),
    ("IX_DEALS_CREATED_ID_D", "DEALS", ["created_at", "id"], True),
)
OBJECT_GRANTS = (
    ("SELECT", "CLIENTS", "TRIGGER", "TRG_SEARCH_KEYS_ORDER"),
    ("SELECT, UPDATE", "SEARCH_KEYS", "TRIGGER", "TRG_CLIENTS_SEARCH_ORDER"),
    ("SELECT", "SEARCH_KEYS", "PROCEDURE", PROCEDURE),
    ("SELECT", "CLIENTS", "PROCEDURE", PROCEDURE),
)


def _search_keys_view() -> str:
    rule = _0004.ENTITIES["SEARCH_KEYS"][0]
    return _0004._view_sql("SEARCH_KEYS", rule)



def upgrade() -> None:
    conn = op.get_bind()
    # Firebird spells it ADD, not ADD COLUMN (Alembic's generic add_column); op.execute commits
    # the DDL at once (db.migrate.FirebirdImpl), so the UPDATE below can see the columns
    if not so.has_column(conn, "SEARCH_KEYS", "SNAME"):
        op.execute("ALTER TABLE SEARCH_KEYS ADD P2 VARCHAR(2), ADD SNAME VARCHAR(200)")
    # fill the existing keys before their indexes exist (one pass; ~1 min for 1.2 M keys)
    op.execute("UPDATE SEARCH_KEYS k SET k.P2 = LEFT(k.SKEY, 2), "
               "k.SNAME = (SELECT c.SEARCH_NAME FROM CLIENTS c WHERE c.ID = k.CLIENT_ID)")
    for name, table, cols, desc in INDEXES:
        if desc:
            op.create_index(name, table, cols, unique=False, firebird_descending=True)
        else:
            op.create_index(name, table, cols, unique=False)
    so.apply(conn, _search_keys_view())
    so.apply(conn, *(so.load("triggers", t) for t in TRIGGERS), so.load("procedures", PROCEDURE))
    stmts = [f"GRANT {priv} ON {obj} TO {kind} {who}" for priv, obj, kind, who in OBJECT_GRANTS]
    stmts.append(f"GRANT EXECUTE ON FUNCTION F_CLIENT_ROW_VISIBLE TO PROCEDURE {PROCEDURE}")
    stmts.append(f"GRANT EXECUTE ON PROCEDURE {PROCEDURE} TO {', '.join(f'ROLE {r}' for r in _0004.ROLES)}")
    so.apply(conn, *stmts)


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, f"DROP PROCEDURE {PROCEDURE}", *(f"DROP TRIGGER {t}" for t in TRIGGERS))
    for name, table, _cols, _desc in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    # the view names every column (x.* expanded at creation): back to the old column list first
    so.apply(conn, "CREATE OR ALTER VIEW V_SEARCH_KEYS AS SELECT x.ID, x.CLIENT_ID, x.KIND, x.SKEY "
                   "FROM SEARCH_KEYS x WHERE " + _0004.ENTITIES["SEARCH_KEYS"][0].format(r="x"))
    op.execute("ALTER TABLE SEARCH_KEYS DROP SNAME, DROP P2")
