"""Security in the database (issue #4): visibility views, write guards, SQL roles and grants.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

* One visibility rule per entity, written once as a PSQL function (db/sql/functions) and used both
  by the view ``V_<TABLE>`` (reads) and by a BEFORE trigger on the base table (writes), so no path
  can create, move or delete a row outside the writer's sight (FIREBIRD.md §4.3, §4.6).
* Roles CRM_ADMIN, CRM_HEAD, CRM_MANAGER, CRM_READONLY get rights on views only, never on base
  tables; the app routes its DML to the views (db/fdb_dialect.py) so the screen and isql agree.
* Triggers, procedures and functions get explicit grants (FB3 has no SQL SECURITY DEFINER; §4.4).

Everything is frozen here; a later revision re-creates what it changes.
"""
from alembic import op

from db import server_objects as so

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ROLES = ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER", "CRM_READONLY")
WRITERS = ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER")

FUNCTIONS = ("F_IS_DB_ADMIN", "F_IS_CRM_ADMIN", "F_CLIENT_ROW_VISIBLE", "F_CLIENT_VISIBLE", "F_DEAL_VISIBLE", "F_CUSTOM_VALUE_VISIBLE")
#: what each function reads
FUNCTION_READS = {
    "F_IS_CRM_ADMIN": ("CRM_USERS",),
    "F_CLIENT_ROW_VISIBLE": ("CRM_USERS",),
    "F_CLIENT_VISIBLE": ("CLIENTS",),
    "F_DEAL_VISIBLE": ("DEALS",),
    "F_CUSTOM_VALUE_VISIBLE": ("CUSTOM_FIELD_DEFS", "CONTACTS"),
}
FUNCTION_CALLS = {
    "F_IS_CRM_ADMIN": ("F_IS_DB_ADMIN",),
    "F_CLIENT_ROW_VISIBLE": ("F_IS_DB_ADMIN",),
    "F_CLIENT_VISIBLE": ("F_CLIENT_ROW_VISIBLE",),
    "F_DEAL_VISIBLE": ("F_CLIENT_VISIBLE",),
    "F_CUSTOM_VALUE_VISIBLE": ("F_CLIENT_VISIBLE", "F_DEAL_VISIBLE"),
}

_ME = "(SELECT me.ID FROM CRM_USERS me WHERE me.LOGIN = CURRENT_USER)"
_TASK = ("F_CLIENT_VISIBLE({r}.CLIENT_ID) OR F_DEAL_VISIBLE({r}.DEAL_ID) OR F_CLIENT_ROW_VISIBLE({r}.ASSIGNEE_ID, "
         "(SELECT a.DEPARTMENT_ID FROM CRM_USERS a WHERE a.ID = {r}.ASSIGNEE_ID))")
_FILE = "F_CLIENT_VISIBLE({r}.CLIENT_ID) OR F_DEAL_VISIBLE({r}.DEAL_ID)"
_GONE_CLIENT = "NOT EXISTS (SELECT 1 FROM CLIENTS p WHERE p.ID = {r}.CLIENT_ID)"
_GONE_DEAL = "NOT EXISTS (SELECT 1 FROM DEALS p WHERE p.ID = {r}.DEAL_ID)"

#: entity table -> (row rule with {r} = the row alias, extra rule for OLD rows being deleted by a
#: cascade from a parent that is already gone, roles that may INSERT/UPDATE, roles that may DELETE)
ENTITIES = {
    "CLIENTS": ("F_CLIENT_ROW_VISIBLE({r}.RESPONSIBLE_ID, {r}.DEPARTMENT_ID)", None, WRITERS, ("CRM_ADMIN", "CRM_HEAD")),
    "CONTACTS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "PHONES": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "EMAILS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "ADDRESSES": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "CLIENT_TAGS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "CLIENT_CLASSIFIERS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "SEARCH_KEYS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, WRITERS),
    "INTERACTIONS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, ("CRM_ADMIN", "CRM_HEAD")),
    "DEALS": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", _GONE_CLIENT, WRITERS, ("CRM_ADMIN", "CRM_HEAD")),
    "DEAL_LINES": ("F_DEAL_VISIBLE({r}.DEAL_ID)", _GONE_DEAL, WRITERS, WRITERS),
    "TASKS": (_TASK, _GONE_CLIENT + " AND " + _GONE_DEAL, WRITERS, WRITERS),
    "REMINDERS": (f"{{r}}.USER_ID = {_ME} OR F_IS_CRM_ADMIN()", "NOT EXISTS (SELECT 1 FROM TASKS p WHERE p.ID = {r}.TASK_ID)",
                  WRITERS, WRITERS),
    "ATTACHMENTS": (_FILE, _GONE_CLIENT + " AND " + _GONE_DEAL, WRITERS, WRITERS),
    "ATTACHMENT_BODIES": ("EXISTS (SELECT 1 FROM ATTACHMENTS a WHERE a.ID = {r}.ATTACHMENT_ID AND "
                          "(F_CLIENT_VISIBLE(a.CLIENT_ID) OR F_DEAL_VISIBLE(a.DEAL_ID)))",
                          "NOT EXISTS (SELECT 1 FROM ATTACHMENTS p WHERE p.ID = {r}.ATTACHMENT_ID)", WRITERS, WRITERS),
    "CUSTOM_FIELD_VALUES": ("F_CUSTOM_VALUE_VISIBLE({r}.FIELD_ID, {r}.ENTITY_ID)", None, WRITERS, WRITERS),
}
#: written only by triggers and procedures; readable through filtered views
DERIVED = {
    "CLIENT_STATS": "F_CLIENT_VISIBLE({r}.CLIENT_ID)",
    "CLIENT_STATUS_HISTORY": "F_CLIENT_VISIBLE({r}.CLIENT_ID)",
    "DEAL_STAGE_HISTORY": "F_DEAL_VISIBLE({r}.DEAL_ID)",
    "AUDIT_LOG": "F_IS_CRM_ADMIN() OR {r}.USER_NAME = CURRENT_USER OR F_CLIENT_VISIBLE({r}.CLIENT_ID)",
}
#: reference data and rights: everyone reads, administrators write
REFERENCE = (
    "DEPARTMENTS", "CRM_USERS", "ROLE_RIGHTS", "SOURCES", "CLASSIFIERS", "CLASSIFIER_VALUES", "TAGS", "FUNNELS",
    "STAGES", "LOST_REASONS", "PRODUCTS", "PRICE_LISTS", "PRICES", "CUSTOM_FIELD_DEFS", "SETTINGS",
    "KPI_INDICATORS", "KPI_PLANS",
)

#: what existing server objects need now that users have no rights on base tables (FB3: §4.4)
OBJECT_GRANTS = (
    ("INSERT", "AUDIT_LOG", "TRIGGER", "*_AUDIT"),
    ("SELECT", "DEALS", "TRIGGER", "TRG_DEAL_LINES_AUDIT"),
    ("SELECT", "CUSTOM_FIELD_DEFS", "TRIGGER", "TRG_CUSTOM_FIELD_VALUES_AUDIT"),
    ("INSERT", "CLIENT_STATS", "TRIGGER", "TRG_CLIENTS_STATUS_HIST"),
    ("INSERT", "CLIENT_STATUS_HISTORY", "TRIGGER", "TRG_CLIENTS_STATUS_HIST"),
    ("SELECT", "STAGES", "TRIGGER", "TRG_DEALS_STAGE"),
    ("INSERT", "DEAL_STAGE_HISTORY", "TRIGGER", "TRG_DEALS_STAGE_HIST"),
    ("SELECT, UPDATE", "CLIENT_STATS", "TRIGGER", "TRG_INTERACTIONS_STATS"),
    ("SELECT", "CRM_USERS", "TRIGGER", "TRG_CLIENTS_DEPT"),
    ("SELECT", "INTERACTIONS", "PROCEDURE", "SP_REFRESH_CLIENT_STATS"),
    ("SELECT", "TASKS", "PROCEDURE", "SP_REFRESH_CLIENT_STATS"),
    ("SELECT", "DEALS", "PROCEDURE", "SP_REFRESH_CLIENT_STATS"),
    ("SELECT, INSERT, UPDATE", "CLIENT_STATS", "PROCEDURE", "SP_REFRESH_CLIENT_STATS"),
    ("INSERT", "AUDIT_LOG", "PROCEDURE", "SP_LOG_EVENT"),
)
PROC_CALLERS = ("TRG_DEALS_STAGE_HIST", "TRG_INTERACTIONS_STATS", "TRG_TASKS_STATS")


def _view_sql(table: str, rule: str | None) -> str:
    where = f" WHERE {rule.format(r='x')}" if rule else ""
    return f"CREATE OR ALTER VIEW V_{table} AS SELECT x.* FROM {table} x{where}"


def _guard(table: str, rule: str, gone: str | None) -> tuple[str, str]:
    name = so.fit(f"TRG_{table}_GUARD")
    old_rule = rule.format(r="OLD")
    if gone:
        old_rule = f"({gone.format(r='OLD')}) OR {old_rule}"
    return name, so.template("guard_biud", table=table, trigger=name, new_rule=rule.format(r="NEW"), old_rule=old_rule)


def _admin_only(table: str) -> tuple[str, str]:
    name = so.fit(f"TRG_{table}_ADMIN")
    return name, so.template("admin_only_biud", table=table, trigger=name)


def _all_triggers(conn) -> list[str]:
    return [r[0].strip() for r in conn.exec_driver_sql(
        "SELECT RDB$TRIGGER_NAME FROM RDB$TRIGGERS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0")]


def upgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, so.load("exceptions", "EX_DENIED"))
    # functions: create in dependency order, then grant what they read and call
    so.apply(conn, *(so.load("functions", f) for f in FUNCTIONS))
    stmts = [f"GRANT SELECT ON {t} TO FUNCTION {f}" for f, ts in FUNCTION_READS.items() for t in ts]
    stmts += [f"GRANT EXECUTE ON FUNCTION {g} TO FUNCTION {f}" for f, gs in FUNCTION_CALLS.items() for g in gs]
    so.apply(conn, *stmts)
    so.apply(conn, so.load("triggers", "TRG_CLIENTS_DEPT"), so.load("procedures", "SP_LOG_EVENT"))

    # server objects that existed before: explicit grants (they ran with the caller's rights so far)
    triggers = _all_triggers(conn)
    stmts = []
    for priv, table, kind, who in OBJECT_GRANTS:
        names = [t for t in triggers if t.endswith(who[1:])] if who.startswith("*") else [who]
        stmts += [f"GRANT {priv} ON {table} TO {kind} {n}" for n in names]
    stmts += [f"GRANT EXECUTE ON PROCEDURE SP_REFRESH_CLIENT_STATS TO TRIGGER {t}" for t in PROC_CALLERS]
    stmts += ["GRANT USAGE ON EXCEPTION EX_STAGE_FUNNEL TO TRIGGER TRG_DEALS_STAGE",
              "GRANT USAGE ON EXCEPTION EX_DENIED TO PROCEDURE SP_LOG_EVENT"]
    so.apply(conn, *stmts)

    # views: filtered for entities and derived tables, plain for reference data
    views = [_view_sql(t, rule) for t, (rule, *_rest) in ENTITIES.items()]
    views += [_view_sql(t, rule) for t, rule in DERIVED.items()]
    views += [_view_sql(t, None) for t in REFERENCE]
    so.apply(conn, *views)
    # views run their functions with the view's rights
    view_funcs = {f for (rule, *_r) in ENTITIES.values() for f in FUNCTIONS if f in rule}
    view_funcs |= {f for rule in DERIVED.values() for f in FUNCTIONS if f in rule}
    stmts = []
    for t, (rule, *_r) in list(ENTITIES.items()) + [(t, (r,)) for t, r in DERIVED.items()]:
        stmts += [f"GRANT EXECUTE ON FUNCTION {f} TO VIEW V_{t}" for f in FUNCTIONS if f in rule]
    stmts.append("GRANT SELECT ON CRM_USERS TO VIEW V_REMINDERS")
    stmts.append("GRANT SELECT ON CRM_USERS TO VIEW V_TASKS")
    stmts.append("GRANT SELECT ON ATTACHMENTS TO VIEW V_ATTACHMENT_BODIES")
    so.apply(conn, *stmts)

    # write guards on base tables, with their grants
    stmts, grants = [], []
    for t, (rule, gone, _w, _d) in ENTITIES.items():
        name, sql = _guard(t, rule, gone)
        stmts.append(sql)
        grants.append(f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}")
        grants += [f"GRANT EXECUTE ON FUNCTION {f} TO TRIGGER {name}" for f in FUNCTIONS if f in rule]
        for ref in ("CLIENTS", "DEALS", "TASKS", "ATTACHMENTS", "CRM_USERS"):
            if f"FROM {ref} " in (rule + (gone or "")):
                grants.append(f"GRANT SELECT ON {ref} TO TRIGGER {name}")
    for t in REFERENCE:
        name, sql = _admin_only(t)
        stmts.append(sql)
        grants += [f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}",
                   f"GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO TRIGGER {name}"]
    so.apply(conn, *stmts)
    so.apply(conn, *grants)

    # roles and their rights: views only, never base tables
    existing = {r[0].strip() for r in conn.exec_driver_sql("SELECT RDB$ROLE_NAME FROM RDB$ROLES")}
    so.apply(conn, *(f"CREATE ROLE {r}" for r in ROLES if r not in existing))
    everyone = ", ".join(f"ROLE {r}" for r in ROLES)
    stmts = [f"GRANT SELECT ON V_{t} TO {everyone}" for t in list(ENTITIES) + list(DERIVED) + list(REFERENCE)]
    for t, (_rule, _gone, writers, deleters) in ENTITIES.items():
        stmts.append(f"GRANT INSERT, UPDATE ON V_{t} TO {', '.join(f'ROLE {r}' for r in writers)}")
        stmts.append(f"GRANT DELETE ON V_{t} TO {', '.join(f'ROLE {r}' for r in deleters)}")
    stmts += [f"GRANT INSERT, UPDATE, DELETE ON V_{t} TO ROLE CRM_ADMIN" for t in REFERENCE]
    stmts.append(f"GRANT EXECUTE ON PROCEDURE SP_LOG_EVENT TO {everyone}")
    stmts.append("GRANT SELECT ON ALEMBIC_VERSION TO PUBLIC")  # the app checks the schema revision
    so.apply(conn, *stmts)
    so.apply(conn, "CREATE OR ALTER VIEW V_MY_ACCOUNT AS SELECT u.ID, u.LOGIN, u.FULL_NAME, u.ROLE_NAME, u.SCOPE, "
                   "u.DEPARTMENT_ID, u.IS_ACTIVE FROM CRM_USERS u WHERE u.LOGIN = CURRENT_USER",
             "GRANT SELECT ON V_MY_ACCOUNT TO PUBLIC")


def downgrade() -> None:
    conn = op.get_bind()
    names = [_guard(t, rule, gone)[0] for t, (rule, gone, _w, _d) in ENTITIES.items()]
    names += [_admin_only(t)[0] for t in REFERENCE] + ["TRG_CLIENTS_DEPT"]
    so.apply(conn, *(f"DROP TRIGGER {n}" for n in names))
    so.apply(conn, "DROP VIEW V_MY_ACCOUNT",
             *(f"DROP VIEW V_{t}" for t in list(ENTITIES) + list(DERIVED) + list(REFERENCE)))
    so.apply(conn, "DROP PROCEDURE SP_LOG_EVENT", *(f"DROP FUNCTION {f}" for f in reversed(FUNCTIONS)))
    so.apply(conn, *(f"DROP ROLE {r}" for r in ROLES), "DROP EXCEPTION EX_DENIED")
