"""Client import speed (issue #11): no index is maintained twice on the tables a client writes.

Revision ID: 0014
Revises: 0016 (written on 0012; chained after 0015 and 0016 at the merge)
Create Date: 2026-12-08

Every ``ForeignKey(..., index=True)`` of revision 0001 made two identical indexes on the column:
the one Firebird creates for the foreign key constraint (``FK_...``) and a plain ``IX_...`` one. Each
index costs a B-tree insert per row written (and its pages in the cache), and a plain index that
repeats another, or is a leading part of a longer one, serves no query the other does not. A
created client writes about 18 rows with 104 index entries (CLIENTS, CLIENT_STATS, status
history, phones, e-mails, addresses, 7 search keys, 4 audit rows, the import's row log); this
revision removes 18 of those entries per client (measured in bench/README.md, import_100k):

* plain twins of a foreign key's index: CLIENTS (DEPARTMENT_ID, SOURCE_ID), CONTACTS, PHONES and
  EMAILS (CLIENT_ID, CONTACT_ID), ADDRESSES, SEARCH_KEYS and CLIENT_STATUS_HISTORY (CLIENT_ID);
* leading parts of a longer index: CLIENTS (CITY) of (CITY, ID) from revision 0007,
  CLIENT_STATS (LAST_CONTACT_AT) and (NEXT_STEP_AT) of their (value, CLIENT_ID) indexes.

Only indexes the optimizer has an equal or longer copy of are dropped (no SQL of the project names
them in a PLAN). An index that an older database does not have is skipped, so the revision runs on
any base at 0012.

The write guards of the tables a client import writes (CLIENTS and what hangs off it, revision
0004's rules) answer a database administrator first (template ``guard_biud_admin_first``): for
SYSDBA and the RDB$ADMIN role the rules are TRUE anyway (F_IS_DB_ADMIN), so the guard skips their
function calls and client look-up per row. That is the embedded database's import (its login is
SYSDBA). Every other login runs the very same rule as before; rights, audit, status history and
the backdating rules do not change.
"""
import importlib

from alembic import op

from db import server_objects as so

revision = "0014"
down_revision = "0016"
branch_labels = None
depends_on = None

#: (index, table, columns) dropped here and re-created by the downgrade
INDEXES = (
    ("IX_CLIENTS_DEPARTMENT_ID", "CLIENTS", ["department_id"]),
    ("IX_CLIENTS_SOURCE_ID", "CLIENTS", ["source_id"]),
    ("IX_CLIENTS_CITY", "CLIENTS", ["city"]),
    ("IX_CLIENT_STATS_LAST_CONTACT", "CLIENT_STATS", ["last_contact_at"]),
    ("IX_CLIENT_STATS_NEXT_STEP_AT", "CLIENT_STATS", ["next_step_at"]),
    ("IX_CONTACTS_CLIENT_ID", "CONTACTS", ["client_id"]),
    ("IX_PHONES_CLIENT_ID", "PHONES", ["client_id"]),
    ("IX_PHONES_CONTACT_ID", "PHONES", ["contact_id"]),
    ("IX_EMAILS_CLIENT_ID", "EMAILS", ["client_id"]),
    ("IX_EMAILS_CONTACT_ID", "EMAILS", ["contact_id"]),
    ("IX_ADDRESSES_CLIENT_ID", "ADDRESSES", ["client_id"]),
    ("IX_SEARCH_KEYS_CLIENT_ID", "SEARCH_KEYS", ["client_id"]),
    ("IX_CLIENT_STATUS_HISTORY_529A61", "CLIENT_STATUS_HISTORY", ["client_id"]),
)


_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")

#: tables whose revision-0004 guard gets the administrators' answer first
GUARDED = ("CLIENTS", "CONTACTS", "PHONES", "EMAILS", "ADDRESSES", "CLIENT_TAGS", "CLIENT_CLASSIFIERS", "SEARCH_KEYS")


def guard(table: str) -> tuple[str, str]:
    """(name, SQL) of ``table``'s guard as of this revision: 0004's rule, administrators first."""
    rule, gone, _w, _d = _0004.ENTITIES[table]
    name = so.fit(f"TRG_{table}_GUARD")
    old_rule = rule.format(r="OLD")
    if gone:
        old_rule = f"({gone.format(r='OLD')}) OR {old_rule}"
    return name, so.template("guard_biud_admin_first", table=table, trigger=name, new_rule=rule.format(r="NEW"),
                             old_rule=old_rule)


def _has_index(conn, name: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM RDB$INDICES WHERE RDB$INDEX_NAME = ?", (name,)).first() is not None


def upgrade() -> None:
    conn = op.get_bind()
    for name, table, _cols in INDEXES:
        if _has_index(conn, name):
            op.drop_index(name, table_name=table)
    so.apply(conn, *(guard(t)[1] for t in GUARDED))


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(_0004._guard(t, *_0004.ENTITIES[t][:2])[1] for t in GUARDED))
    for name, table, cols in reversed(INDEXES):
        if not _has_index(conn, name):
            op.create_index(name, table, cols, unique=False)
