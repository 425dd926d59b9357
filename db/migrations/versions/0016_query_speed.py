"""Speed of the queries at 100,000 clients (issue #12): visibility without a function call per row.

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-08

* V_MY_SCOPE (db/sql/views): the facts of the login that the visibility rules need (sees all,
  CRM user id, department for scope DEPT, CRM administrator), from CURRENT_USER, CURRENT_ROLE and
  CRM_USERS only.
* The filtered views V_<TABLE> of revision 0004 (and 0009-0013) are re-created with the SAME rules
  written inline: the per-row calls of F_CLIENT_VISIBLE → F_CLIENT_ROW_VISIBLE → F_IS_DB_ADMIN
  (three PSQL calls and three look-ups per row, 2-17 µs a row measured on the 100k demo) become a
  primary-key look-up of the row's client and comparisons with V_MY_SCOPE's facts, written as
  uncorrelated subqueries that Firebird evaluates once per statement. Nothing is cached across
  statements and nothing a login can set (context variables) is read, so what a login sees is
  exactly what it saw before and a change of scope still applies to the next statement;
  tests/unit/test_visibility_inline.py compares every view with its function rule row by row.
  The write guards (triggers) keep the functions: one call per written row.
* SP_SEARCH_CLIENTS (SP_SEARCH_CLIENTS_v0016.sql) reads the caller's facts once per call from
  V_MY_SCOPE instead of calling F_CLIENT_ROW_VISIBLE for every candidate client.
* Index statistics are recomputed (db.bulk.refresh_index_statistics): a database filled after
  it was created kept the selectivity its indexes had when empty.
* DEALS gets (X, ID) indexes, ascending and descending, for the deal list's other sorts (title,
  amount, days in stage, expected close, closed): a page walks an index and stops at the page
  (db/queries/deal_board.py) instead of sorting every deal.
"""
import importlib

from alembic import op

from db import server_objects as so

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")
_0009 = importlib.import_module("db.migrations.versions.0009_write_holes")
_0011 = importlib.import_module("db.migrations.versions.0011_merge")
_0013 = importlib.import_module("db.migrations.versions.0013_kpi_invoices")

SCOPE_VIEW = "V_MY_SCOPE"

#: The facts of V_MY_SCOPE, each an uncorrelated subquery that Firebird evaluates once per
#: statement. Written out rather than read from V_MY_SCOPE: a subquery over the *view* was evaluated
#: again for every row (measured: 0.5-0.7 s for 100,000 clients against 0.05 s written out).
_MINE = "FROM RDB$RELATIONS vm_r LEFT JOIN CRM_USERS vm_u ON vm_u.LOGIN = CURRENT_USER AND vm_u.IS_ACTIVE " \
        "WHERE vm_r.RDB$RELATION_NAME = 'CLIENTS'"
SEES_ALL = f"(SELECT IIF(F_IS_DB_ADMIN() OR vm_u.SCOPE = 'ALL', 1, 0) {_MINE}) = 1"
ME = "(SELECT vm_u.ID FROM CRM_USERS vm_u WHERE vm_u.LOGIN = CURRENT_USER AND vm_u.IS_ACTIVE)"
MY_DEPT = ("(SELECT vm_u.DEPARTMENT_ID FROM CRM_USERS vm_u WHERE vm_u.LOGIN = CURRENT_USER AND vm_u.IS_ACTIVE "
           "AND vm_u.SCOPE = 'DEPT')")
CRM_ADMIN = f"(SELECT IIF(F_IS_DB_ADMIN() OR vm_u.ROLE_NAME = 'CRM_ADMIN', 1, 0) {_MINE}) = 1"


def row_rule(resp: str, dept: str, sees_all: bool = True) -> str:
    """F_CLIENT_ROW_VISIBLE(resp, dept) inline (``sees_all=False``: the caller has checked SEES_ALL
    already, as the first operand of an OR, so it is left out here)."""
    own = f"{resp} = {ME} OR {dept} = {MY_DEPT}"
    return f"({SEES_ALL} OR {own})" if sees_all else f"({own})"


def client_rule(client_id: str, a: str = "vc", sees_all: bool = True) -> str:
    """F_CLIENT_VISIBLE(client_id) inline (``a``: an alias free in the enclosing statement)."""
    return (f"EXISTS (SELECT 1 FROM CLIENTS {a} WHERE {a}.ID = {client_id} AND "
            f"{row_rule(f'{a}.RESPONSIBLE_ID', f'{a}.DEPARTMENT_ID', sees_all)})")


def deal_rule(deal_id: str, a: str = "vd", b: str = "vdc", sees_all: bool = True) -> str:
    """F_DEAL_VISIBLE(deal_id) inline."""
    return (f"EXISTS (SELECT 1 FROM DEALS {a} JOIN CLIENTS {b} ON {b}.ID = {a}.CLIENT_ID WHERE {a}.ID = {deal_id} AND "
            f"{row_rule(f'{b}.RESPONSIBLE_ID', f'{b}.DEPARTMENT_ID', sees_all)})")


def client_fk_rule(client_id: str, nullable: bool = False) -> str:
    """F_CLIENT_VISIBLE(client_id) for a column with a foreign key to CLIENTS: a login that sees
    all needs no look-up (the key guarantees the client exists; a NULL key is still invisible)."""
    if nullable:
        return f"(({SEES_ALL} AND {client_id} IS NOT NULL) OR {client_rule(client_id)})"
    return f"({SEES_ALL} OR {client_rule(client_id, sees_all=False)})"


def deal_fk_rule(deal_id: str, nullable: bool = False) -> str:
    """F_DEAL_VISIBLE(deal_id) for a column with a foreign key to DEALS (whose CLIENT_ID is NOT NULL)."""
    if nullable:
        return f"(({SEES_ALL} AND {deal_id} IS NOT NULL) OR {deal_rule(deal_id)})"
    return f"({SEES_ALL} OR {deal_rule(deal_id, sees_all=False)})"


_ASSIGNEE_DEPT = "(SELECT a.DEPARTMENT_ID FROM CRM_USERS a WHERE a.ID = x.ASSIGNEE_ID)"
_RUN_RULE = ("EXISTS (SELECT 1 FROM AUTOMATION_RULES r WHERE r.ID = x.RULE_ID AND ("
             f"(r.EVENT_KIND IN ('STAGE_ENTERED', 'DEAL_IDLE') AND {deal_rule('x.ENTITY_ID')}) "
             f"OR (r.EVENT_KIND = 'CLIENT_CREATED' AND {client_rule('x.ENTITY_ID')}) "
             "OR (r.EVENT_KIND = 'TASK_OVERDUE' AND EXISTS (SELECT 1 FROM TASKS t WHERE t.ID = x.ENTITY_ID "
             f"AND {client_rule('t.CLIENT_ID')}))))")

#: view -> (base table, the WHERE of the view with x = the row: the rule of revisions 0004-0013 inline)
VIEWS = {
    "V_CLIENTS": ("CLIENTS", row_rule("x.RESPONSIBLE_ID", "x.DEPARTMENT_ID")),
    **{f"V_{t}": (t, client_fk_rule("x.CLIENT_ID")) for t in (
        "CONTACTS", "PHONES", "EMAILS", "ADDRESSES", "CLIENT_TAGS", "CLIENT_CLASSIFIERS", "SEARCH_KEYS",
        "INTERACTIONS", "DEALS", "CLIENT_STATS", "CLIENT_STATUS_HISTORY", "INVOICES")},
    "V_DEAL_LINES": ("DEAL_LINES", deal_fk_rule("x.DEAL_ID")),
    "V_DEAL_STAGE_HISTORY": ("DEAL_STAGE_HISTORY", deal_fk_rule("x.DEAL_ID")),
    # F_CLIENT_VISIBLE(CLIENT_ID) OR F_DEAL_VISIBLE(DEAL_ID) OR F_CLIENT_ROW_VISIBLE(assignee, his department)
    "V_TASKS": ("TASKS", f"({SEES_ALL} OR x.ASSIGNEE_ID = {ME} OR {_ASSIGNEE_DEPT} = {MY_DEPT} "
                         f"OR {client_rule('x.CLIENT_ID', sees_all=False)} OR {deal_rule('x.DEAL_ID', sees_all=False)})"),
    "V_ATTACHMENTS": ("ATTACHMENTS", f"({client_fk_rule('x.CLIENT_ID', True)} OR {deal_fk_rule('x.DEAL_ID', True)})"),
    "V_ATTACHMENT_BODIES": ("ATTACHMENT_BODIES",
                            "EXISTS (SELECT 1 FROM ATTACHMENTS ab WHERE ab.ID = x.ATTACHMENT_ID AND "
                            f"({client_fk_rule('ab.CLIENT_ID', True)} OR {deal_fk_rule('ab.DEAL_ID', True)}))"),
    "V_AUDIT_LOG": ("AUDIT_LOG", f"({CRM_ADMIN} OR x.USER_NAME = CURRENT_USER OR {client_rule('x.CLIENT_ID')})"),
    "V_REMINDERS": ("REMINDERS", f"(x.USER_ID = {_0004._ME} OR {CRM_ADMIN})"),
    "V_CUSTOM_FIELD_VALUES": ("CUSTOM_FIELD_VALUES",
                              "EXISTS (SELECT 1 FROM CUSTOM_FIELD_DEFS f WHERE f.ID = x.FIELD_ID AND ("
                              f"(f.ENTITY = 'CLIENT' AND {client_rule('x.ENTITY_ID')}) "
                              f"OR (f.ENTITY = 'DEAL' AND {deal_rule('x.ENTITY_ID')}) "
                              "OR (f.ENTITY = 'CONTACT' AND EXISTS (SELECT 1 FROM CONTACTS ct WHERE ct.ID = x.ENTITY_ID "
                              f"AND {client_rule('ct.CLIENT_ID')}))))"),
    "V_AUTOMATION_RUNS": ("AUTOMATION_RUNS", f"({CRM_ADMIN} OR x.TARGET_USER_ID = {_0004._ME} OR {_RUN_RULE})"),
    "V_CLIENT_MERGES": ("CLIENT_MERGES", client_fk_rule("x.SURVIVOR_ID")),
    "V_DEDUPE_IGNORED": ("DEDUPE_IGNORED", f"({SEES_ALL} OR ({client_rule('x.CLIENT_A_ID', sees_all=False)} AND "
                                           f"{client_rule('x.CLIENT_B_ID', 'vc2', sees_all=False)}))"),
    "V_PAYMENTS": ("PAYMENTS", f"({SEES_ALL} OR EXISTS (SELECT 1 FROM INVOICES i WHERE i.ID = x.INVOICE_ID AND "
                               f"{client_rule('i.CLIENT_ID', sees_all=False)}))"),
}

#: view -> the WHERE it had before this revision (what downgrade restores)
OLD_RULES = {
    **{f"V_{t}": rule.format(r="x") for t, (rule, *_r) in _0004.ENTITIES.items()},
    **{f"V_{t}": rule.format(r="x") for t, rule in _0004.DERIVED.items()},
    **{f"V_{t}": rule.format(r="x") for t, (rule, _gone) in _0011.RULES.items()},
    **{f"V_{t}": rule.format(r="x") for t, (rule, _gone) in _0013.ENTITIES.items()},
}
OLD_RUNS_VIEW = _0009.RUNS_VIEW


#: (name, table, columns, descending): the deal list's sorts (db/queries/deal_board.py SORTS)
INDEXES = tuple(
    (f"IX_DEALS_{short}_ID{'_D' if desc else ''}", "DEALS", [col, "id"], desc)
    for short, col in (("TITLE", "title"), ("AMOUNT", "amount"), ("STAGE_AT", "stage_entered_at"),
                       ("EXP_CLOSE", "expected_close"), ("CLOSED", "closed_at"))
    for desc in (False, True))


def _reads(where: str) -> list[str]:
    """Tables a rule reads in subqueries (the view needs SELECT on them: FB3 checks them per view)."""
    tables = ("CLIENTS", "DEALS", "CRM_USERS", "TASKS", "ATTACHMENTS", "AUTOMATION_RULES", "CUSTOM_FIELD_DEFS",
              "CONTACTS", "INVOICES", "RDB$RELATIONS")
    return [t for t in tables if f"FROM {t} " in where or f"JOIN {t} " in where]


def _view(name: str, table: str, where: str) -> str:
    return f"CREATE OR ALTER VIEW {name} AS SELECT x.* FROM {table} x WHERE {where}"


def upgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, so.load("views", SCOPE_VIEW),
             f"GRANT SELECT ON CRM_USERS TO VIEW {SCOPE_VIEW}",
             f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO VIEW {SCOPE_VIEW}")
    stmts, grants = [], []
    for name, (table, where) in VIEWS.items():
        stmts.append(_view(name, table, where))
        grants += [f"GRANT SELECT ON {t} TO VIEW {name}" for t in _reads(where) if not t.startswith("RDB$")]
        if "F_IS_DB_ADMIN" in where:
            grants.append(f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO VIEW {name}")
    so.apply(conn, *grants)
    so.apply(conn, *stmts)
    so.apply(conn, so.load("procedures", "SP_SEARCH_CLIENTS_v0016"),
             f"GRANT SELECT ON {SCOPE_VIEW} TO PROCEDURE SP_SEARCH_CLIENTS")
    for name, table, cols, desc in INDEXES:
        op.create_index(name, table, cols, unique=False, **({"firebird_descending": True} if desc else {}))
    from db import bulk

    bulk.refresh_index_statistics(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for name, table, _cols, _desc in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    stmts = []
    for name, (table, _where) in VIEWS.items():
        if name == "V_AUTOMATION_RUNS":
            stmts.append(OLD_RUNS_VIEW)
        else:
            stmts.append(_view(name, table, OLD_RULES[name]))
    so.apply(conn, *stmts)
    so.apply(conn, so.load("procedures", "SP_SEARCH_CLIENTS"), f"REVOKE SELECT ON {SCOPE_VIEW} FROM PROCEDURE SP_SEARCH_CLIENTS")
    so.apply(conn, f"DROP VIEW {SCOPE_VIEW}")
