"""Close the write holes a manager's login still had from isql (issue #10).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Every rule is in the database (triggers, functions, checks, grants), so it holds for the app and
for any tool connecting with the same login. SECURITY.md §6 lists each hole with its rule.

1. Forged reminders: a reminder for another user needs a one-shot ticket that only SP_RUN_RULE
   opens, right before its own INSERT, and the REMINDERS guard consumes (AUTOMATION_RUNS.
   REMINDER_TICKET; no login may write that table).
2. Rule texts: SP_RUN_RULE puts a client's/deal's/task's name into the text only when the target
   may see the record (F_CLIENT_VISIBLE_TO).
3. Tasks and files: the client must be visible AND the deal visible and belonging to that client
   (F_LINK_OK) whenever a row is created or re-linked; a file on disk is stored as the relative
   name ``<sha[:2]>/<sha>`` under the server's files root (a CHECK), audited with its path.
4. CLIENTS.DEPARTMENT_ID (and DEALS.DEPARTMENT_ID) always follow the responsible.
5. Explicit ids above the generator are refused (and ids below it replaced by a fresh value).
6. Amounts, quantities, prices, dates, durations and note sizes are bounded by CHECKs; text
   columns refuse NUL and other control characters.
Lower severity: a new deal's RESPONSIBLE_ID and an interaction's USER_ID follow the same rules as
a client's responsible / the caller; V_AUTOMATION_RUNS shows only runs about visible records;
SP_LOG_EVENT is rate-limited per login; only lead creation moves the lead distribution's pointer
(a commit after SP_PICK_LEAD_USER without the lead's deal is refused).
"""
import importlib

from alembic import op

from db import server_objects as so

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_0003 = importlib.import_module("db.migrations.versions.0003_audit_triggers")
_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")
_0008 = importlib.import_module("db.migrations.versions.0008_automation")

ROLES = _0004.ROLES

#: the largest amount, price or line sum: 10 trillion minus a kopeck (a NUMERIC(18,2) holds ~9.2e16,
#: so no single value comes near it; report sums are computed in DOUBLE PRECISION: reports/queries)
MAX_MONEY = "9999999999999.99"
MAX_QTY = "1000000000"
FIRST_DAY, LAST_DAY = "1800-01-01", "2199-12-31"
MAX_NOTE_BYTES = 4_000_000  #: app.validate.MAX_NOTE_CHARS (1,000,000) characters of up to 4 bytes each (a 20 MB note was accepted before)
MAX_TASK_MINUTES = 60 * 24 * 31
MAX_CALL_SECONDS = 60 * 60 * 24

_ME = "(SELECT me.ID FROM CRM_USERS me WHERE me.LOGIN = CURRENT_USER)"
_RELINKED = "(INSERTING OR NEW.CLIENT_ID IS DISTINCT FROM OLD.CLIENT_ID OR NEW.DEAL_ID IS DISTINCT FROM OLD.DEAL_ID)"
_REASSIGNED = "(INSERTING OR NEW.RESPONSIBLE_ID IS DISTINCT FROM OLD.RESPONSIBLE_ID)"

#: table -> the new NEW-row rule (the read rule of 0004 and, for new or re-linked rows, the stricter one)
NEW_RULES = {
    "TASKS": f"({_0004._TASK.format(r='NEW')}) AND (NOT {_RELINKED} OR F_LINK_OK(NEW.CLIENT_ID, NEW.DEAL_ID))",
    "ATTACHMENTS": f"({_0004._FILE.format(r='NEW')}) AND (NOT {_RELINKED} OR F_LINK_OK(NEW.CLIENT_ID, NEW.DEAL_ID))",
    "DEALS": (f"F_CLIENT_VISIBLE(NEW.CLIENT_ID) AND (NOT {_REASSIGNED} OR NEW.RESPONSIBLE_ID IS NULL OR "
              "F_CLIENT_ROW_VISIBLE(NEW.RESPONSIBLE_ID, (SELECT a.DEPARTMENT_ID FROM CRM_USERS a WHERE a.ID = NEW.RESPONSIBLE_ID)))"),
    "INTERACTIONS": ("F_CLIENT_VISIBLE(NEW.CLIENT_ID) AND (NOT (INSERTING OR NEW.USER_ID IS DISTINCT FROM OLD.USER_ID) "
                     f"OR NEW.USER_ID IS NULL OR NEW.USER_ID = {_ME} OR F_IS_CRM_ADMIN())"),
}
NEW_RULE_FUNCTIONS = {
    "TASKS": ("F_CLIENT_VISIBLE", "F_DEAL_VISIBLE", "F_CLIENT_ROW_VISIBLE", "F_LINK_OK"),
    "ATTACHMENTS": ("F_CLIENT_VISIBLE", "F_DEAL_VISIBLE", "F_LINK_OK"),
    "DEALS": ("F_CLIENT_VISIBLE", "F_CLIENT_ROW_VISIBLE"),
    "INTERACTIONS": ("F_CLIENT_VISIBLE", "F_IS_CRM_ADMIN"),
}
LINKED = ("TASKS", "ATTACHMENTS")

#: (constraint name, table, condition) - bounds the app's validators also keep, enforced for every path
def _between(col: str, lo: str, hi: str) -> str:
    return f"{col} IS NULL OR {col} BETWEEN {lo} AND {hi}"


def _day(col: str) -> str:
    return _between(col, f"DATE '{FIRST_DAY}'", f"DATE '{LAST_DAY}'")


def _stamp(col: str) -> str:
    return _between(col, f"TIMESTAMP '{FIRST_DAY} 00:00:00'", f"TIMESTAMP '{LAST_DAY} 23:59:59'")


def _note(col: str) -> str:
    return f"{col} IS NULL OR (OCTET_LENGTH({col}) <= {MAX_NOTE_BYTES} AND POSITION(ASCII_CHAR(0) IN {col}) = 0)"


#: control characters 1-8, 11, 12, 14-31 and 127: the same as app.validate refuses (tab, line feed
#: and carriage return stay allowed, as the app allows them in every text field)
_CONTROL = ("'%[' || ASCII_CHAR(1) || '-' || ASCII_CHAR(8) || ASCII_CHAR(11) || ASCII_CHAR(12) || "
            "ASCII_CHAR(14) || '-' || ASCII_CHAR(31) || ASCII_CHAR(127) || ']%'")


def _line(col: str) -> str:
    return f"{col} IS NULL OR ({col} NOT SIMILAR TO {_CONTROL} AND POSITION(ASCII_CHAR(0) IN {col}) = 0)"


CHECKS = (
    ("CK_DEALS_AMOUNT_MAX", "DEALS", f"AMOUNT <= {MAX_MONEY}"),
    ("CK_DEALS_EXPECTED_CLOSE", "DEALS", _day("EXPECTED_CLOSE")),
    ("CK_DEALS_CLOSED_AT", "DEALS", _stamp("CLOSED_AT")),
    ("CK_DEALS_NEXT_STEP_AT", "DEALS", _stamp("NEXT_STEP_AT")),
    ("CK_DEALS_STAGE_ENTERED_AT", "DEALS", _stamp("STAGE_ENTERED_AT")),
    ("CK_DEALS_CREATED_AT", "DEALS", _stamp("CREATED_AT")),
    ("CK_DEALS_NOTE", "DEALS", _note("NOTE")),
    ("CK_DEALS_TITLE", "DEALS", _line("TITLE")),
    ("CK_DEAL_LINES_QTY_MAX", "DEAL_LINES", f"QTY <= {MAX_QTY}"),
    ("CK_DEAL_LINES_PRICE", "DEAL_LINES", f"PRICE BETWEEN 0 AND {MAX_MONEY}"),
    ("CK_DEAL_LINES_AMOUNT", "DEAL_LINES", f"AMOUNT BETWEEN 0 AND {MAX_MONEY}"),
    ("CK_DEAL_LINES_NAME", "DEAL_LINES", _line("NAME")),
    ("CK_PRICES_PRICE", "PRICES", f"PRICE BETWEEN 0 AND {MAX_MONEY}"),
    ("CK_PRICES_VALID_FROM", "PRICES", _day("VALID_FROM")),
    ("CK_CLIENTS_BIRTHDAY", "CLIENTS", _day("BIRTHDAY")),
    ("CK_CLIENTS_FOUNDED_ON", "CLIENTS", _day("FOUNDED_ON")),
    ("CK_CLIENTS_STATUS_CHANGED_AT", "CLIENTS", _stamp("STATUS_CHANGED_AT")),
    ("CK_CLIENTS_CREATED_AT", "CLIENTS", _stamp("CREATED_AT")),
    ("CK_CLIENTS_NOTE", "CLIENTS", _note("NOTE")),
    ("CK_CLIENTS_NAME", "CLIENTS", _line("NAME")),
    ("CK_CLIENTS_LEGAL_NAME", "CLIENTS", _line("LEGAL_NAME")),
    ("CK_CONTACTS_BIRTHDAY", "CONTACTS", _day("BIRTHDAY")),
    ("CK_CONTACTS_NOTE", "CONTACTS", _note("NOTE")),
    ("CK_TASKS_DUE_AT", "TASKS", _stamp("DUE_AT")),
    ("CK_TASKS_DONE_AT", "TASKS", _stamp("DONE_AT")),
    ("CK_TASKS_CREATED_AT", "TASKS", _stamp("CREATED_AT")),
    ("CK_TASKS_DURATION_MIN", "TASKS", f"DURATION_MIN BETWEEN 0 AND {MAX_TASK_MINUTES}"),
    ("CK_TASKS_DESCRIPTION", "TASKS", _note("DESCRIPTION")),
    ("CK_TASKS_TITLE", "TASKS", _line("TITLE")),
    ("CK_REMINDERS_REMIND_AT", "REMINDERS", _stamp("REMIND_AT")),
    ("CK_REMINDERS_SNOOZED_UNTIL", "REMINDERS", _stamp("SNOOZED_UNTIL")),
    ("CK_REMINDERS_TEXT", "REMINDERS", _line("TEXT")),
    ("CK_INTERACTIONS_OCCURRED_AT", "INTERACTIONS", _stamp("OCCURRED_AT")),
    ("CK_INTERACTIONS_DURATION_MAX", "INTERACTIONS", f"DURATION_SEC <= {MAX_CALL_SECONDS}"),
    ("CK_INTERACTIONS_BODY", "INTERACTIONS", _note("BODY")),
    ("CK_INTERACTIONS_SUBJECT", "INTERACTIONS", _line("SUBJECT")),
    ("CK_CUSTOM_VALUES_DATE", "CUSTOM_FIELD_VALUES", _day("VALUE_DATE")),
    ("CK_ATTACHMENTS_FILE_NAME", "ATTACHMENTS", _line("FILE_NAME")),
    # a file on disk is <root>/<sha[:2]>/<sha>: the root is the server's setting files.disk_root
    # (administrators only), the name is derived from the content's hash: nobody chooses a path
    ("CK_ATTACHMENTS_DISK_PATH", "ATTACHMENTS",
     "(STORAGE = 'DB' AND DISK_PATH IS NULL) OR (STORAGE = 'DISK' AND SHA256 SIMILAR TO '[0-9a-f]{64}' "
     "AND DISK_PATH = SUBSTRING(SHA256 FROM 1 FOR 2) || '/' || SHA256)"),
)

ATTACHMENTS_AUDIT = ("{r}.CLIENT_ID", ("FILE_NAME", "SIZE_BYTES", "STORAGE", "DISK_PATH", "CLIENT_ID", "DEAL_ID"),
                     "{r}.FILE_NAME || COALESCE(' @ ' || {r}.STORAGE || ':' || {r}.DISK_PATH, '')", ())

RUNS_VIEW = f"""CREATE OR ALTER VIEW V_AUTOMATION_RUNS AS SELECT x.* FROM AUTOMATION_RUNS x
WHERE F_IS_CRM_ADMIN() OR x.TARGET_USER_ID = {_ME} OR EXISTS (SELECT 1 FROM AUTOMATION_RULES r WHERE r.ID = x.RULE_ID AND (
  (r.EVENT_KIND IN ('STAGE_ENTERED', 'DEAL_IDLE') AND F_DEAL_VISIBLE(x.ENTITY_ID))
  OR (r.EVENT_KIND = 'CLIENT_CREATED' AND F_CLIENT_VISIBLE(x.ENTITY_ID))
  OR (r.EVENT_KIND = 'TASK_OVERDUE' AND EXISTS (SELECT 1 FROM TASKS t WHERE t.ID = x.ENTITY_ID
                                                AND F_CLIENT_VISIBLE(t.CLIENT_ID)))))"""


def _columns(conn, table: str, without: str) -> str:
    """``x.A, x.B, ...``: the columns of ``table`` in order, except ``without``."""
    rows = conn.exec_driver_sql(
        "SELECT TRIM(RDB$FIELD_NAME) FROM RDB$RELATION_FIELDS WHERE RDB$RELATION_NAME = ? ORDER BY RDB$FIELD_POSITION",
        (table,)).all()
    return ", ".join(f"x.{r[0]}" for r in rows if r[0] != without)


def _identity_tables(conn) -> dict[str, str]:
    """Entity tables (users write them through views) -> the generator of their identity id."""
    rows = conn.exec_driver_sql(
        "SELECT TRIM(RDB$RELATION_NAME), TRIM(RDB$GENERATOR_NAME) FROM RDB$RELATION_FIELDS "
        "WHERE RDB$FIELD_NAME = 'ID' AND RDB$GENERATOR_NAME IS NOT NULL").all()
    return {t: g for t, g in rows if t in _0004.ENTITIES}


def _id_trigger(table: str, generator: str) -> tuple[str, str]:
    name = so.fit(f"TRG_{table}_NEW_ID")
    return name, so.template("generated_id_bi", table=table, trigger=name, generator=generator)


def _link_trigger(table: str) -> tuple[str, str]:
    name = so.fit(f"TRG_{table}_LINK")
    return name, so.template("link_client_bi", table=table, trigger=name)


def _guard(table: str, new_rule: str) -> tuple[str, str]:
    rule, gone, _w, _d = _0004.ENTITIES[table]
    name = so.fit(f"TRG_{table}_GUARD")
    old_rule = rule.format(r="OLD")
    if gone:
        old_rule = f"({gone.format(r='OLD')}) OR {old_rule}"
    return name, so.template("guard_biud", table=table, trigger=name, new_rule=new_rule, old_rule=old_rule)


def upgrade() -> None:
    conn = op.get_bind()
    # (Firebird spells it ADD, not ADD COLUMN)
    so.apply(conn, "ALTER TABLE AUTOMATION_RUNS ADD REMINDER_TICKET BOOLEAN DEFAULT FALSE NOT NULL")
    so.apply(conn, so.load("functions", "F_CLIENT_VISIBLE_TO"), so.load("functions", "F_LINK_OK"))
    so.apply(conn, "GRANT SELECT ON CLIENTS TO FUNCTION F_CLIENT_VISIBLE_TO",
             "GRANT SELECT ON CRM_USERS TO FUNCTION F_CLIENT_VISIBLE_TO",
             "GRANT SELECT ON DEALS TO FUNCTION F_LINK_OK",
             "GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE TO FUNCTION F_LINK_OK",
             "GRANT EXECUTE ON FUNCTION F_DEAL_VISIBLE TO FUNCTION F_LINK_OK")

    # 1 + 2: rule runs open a one-shot ticket; texts only with what the target may see
    so.apply(conn, so.load("procedures", "SP_RUN_RULE_v0009"), so.load("triggers", "TRG_REMINDERS_GUARD_v0009"))
    so.apply(conn, "GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE_TO TO PROCEDURE SP_RUN_RULE",
             "GRANT SELECT, UPDATE ON AUTOMATION_RUNS TO TRIGGER TRG_REMINDERS_GUARD",
             "GRANT SELECT ON TASKS TO TRIGGER TRG_REMINDERS_GUARD",
             "GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO TRIGGER TRG_REMINDERS_GUARD")

    # 3 + lower severity: stricter guards for new or re-linked rows
    so.apply(conn, *(_link_trigger(t)[1] for t in LINKED))
    so.apply(conn, *(f"GRANT SELECT ON DEALS TO TRIGGER {_link_trigger(t)[0]}" for t in LINKED))
    so.apply(conn, *(_guard(t, rule)[1] for t, rule in NEW_RULES.items()))
    grants = []
    for t in NEW_RULES:
        name = _guard(t, "")[0]
        grants += [f"GRANT EXECUTE ON FUNCTION {f} TO TRIGGER {name}" for f in NEW_RULE_FUNCTIONS[t]]
        grants.append(f"GRANT SELECT ON CRM_USERS TO TRIGGER {name}")
    so.apply(conn, *grants)

    # 3: files on disk are relative names under the server's root; the path is audited
    so.apply(conn, "UPDATE ATTACHMENTS SET DISK_PATH = SUBSTRING(SHA256 FROM 1 FOR 2) || '/' || SHA256 "
                   "WHERE STORAGE = 'DISK' AND SHA256 IS NOT NULL",
             "UPDATE ATTACHMENTS SET DISK_PATH = NULL WHERE STORAGE = 'DB' AND DISK_PATH IS NOT NULL")
    so.apply(conn, so.audit_trigger("ATTACHMENTS", *ATTACHMENTS_AUDIT, bulk_bypass=True)[1])

    # 4: departments follow the responsible
    so.apply(conn, so.load("triggers", "TRG_CLIENTS_DEPT_v0009"), so.load("triggers", "TRG_DEALS_DEPT"))
    so.apply(conn, "GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO TRIGGER TRG_CLIENTS_DEPT",
             "GRANT SELECT ON CRM_USERS TO TRIGGER TRG_DEALS_DEPT", "GRANT SELECT ON CLIENTS TO TRIGGER TRG_DEALS_DEPT")

    # 5: ids come from the generators
    for table, generator in _identity_tables(conn).items():
        name, sql = _id_trigger(table, generator)
        so.apply(conn, sql, f"GRANT USAGE ON SEQUENCE {generator} TO TRIGGER {name}",
                 f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO TRIGGER {name}",
                 f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}")

    # 6: bounds (Firebird checks new and changed rows; existing rows are not re-validated)
    so.apply(conn, *(f"ALTER TABLE {t} ADD CONSTRAINT {n} CHECK ({cond})" for n, t, cond in CHECKS))

    # lower severity: only lead creation moves the lead distribution's pointer
    so.apply(conn, "ALTER TABLE LEAD_DISTRIBUTION ADD PICK_TX BIGINT",
             # a view's "x.*" is expanded when it is created: re-create it to show the new column
             "CREATE OR ALTER VIEW V_LEAD_DISTRIBUTION AS SELECT x.* FROM LEAD_DISTRIBUTION x",
             f"GRANT SELECT ON V_LEAD_DISTRIBUTION TO {', '.join(f'ROLE {r}' for r in ROLES)}",
             "GRANT INSERT, UPDATE, DELETE ON V_LEAD_DISTRIBUTION TO ROLE CRM_ADMIN")
    so.apply(conn, so.load("procedures", "SP_PICK_LEAD_USER_v0009"), so.load("triggers", "TRG_DEALS_LEAD_PICK"),
             so.load("triggers", "TRG_LEAD_PICK_COMMIT"))
    so.apply(conn, "GRANT SELECT, UPDATE ON LEAD_DISTRIBUTION TO TRIGGER TRG_DEALS_LEAD_PICK",
             "GRANT SELECT ON LEAD_DISTRIBUTION TO TRIGGER TRG_LEAD_PICK_COMMIT",
             "GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER TRG_LEAD_PICK_COMMIT")

    # lower severity: runs about invisible records are not shown; audit events are rate-limited
    so.apply(conn, RUNS_VIEW, so.load("procedures", "SP_LOG_EVENT_v0009"))
    so.apply(conn, *(f"GRANT EXECUTE ON FUNCTION {f} TO VIEW V_AUTOMATION_RUNS"
                     for f in ("F_IS_CRM_ADMIN", "F_DEAL_VISIBLE", "F_CLIENT_VISIBLE")),
             "GRANT SELECT ON CRM_USERS TO VIEW V_AUTOMATION_RUNS", "GRANT SELECT ON AUTOMATION_RULES TO VIEW V_AUTOMATION_RUNS",
             "GRANT SELECT ON TASKS TO VIEW V_AUTOMATION_RUNS", "GRANT SELECT ON AUDIT_LOG TO PROCEDURE SP_LOG_EVENT",
             f"GRANT SELECT ON V_AUTOMATION_RUNS TO {', '.join(f'ROLE {r}' for r in ROLES)}")


def downgrade() -> None:
    conn = op.get_bind()
    # views first without the new columns (a view's "x.*" holds the columns it was created with)
    so.apply(conn, f"CREATE OR ALTER VIEW V_AUTOMATION_RUNS AS SELECT {_columns(conn, 'AUTOMATION_RUNS', 'REMINDER_TICKET')} "
                   "FROM AUTOMATION_RUNS x",
             f"CREATE OR ALTER VIEW V_LEAD_DISTRIBUTION AS SELECT {_columns(conn, 'LEAD_DISTRIBUTION', 'PICK_TX')} "
             "FROM LEAD_DISTRIBUTION x",
             so.load("procedures", "SP_LOG_EVENT"))
    so.apply(conn, "DROP TRIGGER TRG_LEAD_PICK_COMMIT", "DROP TRIGGER TRG_DEALS_LEAD_PICK",
             so.load("procedures", "SP_PICK_LEAD_USER"), "ALTER TABLE LEAD_DISTRIBUTION DROP PICK_TX")
    so.apply(conn, *(f"ALTER TABLE {t} DROP CONSTRAINT {n}" for n, t, _c in CHECKS))
    so.apply(conn, *(f"DROP TRIGGER {_id_trigger(t, g)[0]}" for t, g in _identity_tables(conn).items()))
    so.apply(conn, "DROP TRIGGER TRG_DEALS_DEPT", so.load("triggers", "TRG_CLIENTS_DEPT"))
    so.apply(conn, so.audit_trigger("ATTACHMENTS", *_0003.AUDITED["ATTACHMENTS"], bulk_bypass=True)[1])
    so.apply(conn, *(_0004._guard(t, *_0004.ENTITIES[t][:2])[1] for t in NEW_RULES))
    so.apply(conn, *(f"DROP TRIGGER {_link_trigger(t)[0]}" for t in LINKED))
    so.apply(conn, _0008._reminders_guard(with_rules=True), so.load("procedures", "SP_RUN_RULE"))
    so.apply(conn, "DROP FUNCTION F_LINK_OK", "DROP FUNCTION F_CLIENT_VISIBLE_TO")
    so.apply(conn, "ALTER TABLE AUTOMATION_RUNS DROP REMINDER_TICKET",
             "CREATE OR ALTER VIEW V_AUTOMATION_RUNS AS SELECT x.* FROM AUTOMATION_RUNS x",
             "CREATE OR ALTER VIEW V_LEAD_DISTRIBUTION AS SELECT x.* FROM LEAD_DISTRIBUTION x")
