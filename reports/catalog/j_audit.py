"""J. Security and audit (REPORTS.md 111–120) and D 54 (bulk-closed deals, an audit report).
Layer: ``reports`` (definitions; Core statements).

Every audit report reads ``AUDIT_LOG`` through its view ``V_AUDIT_LOG`` (the dialect routes the
table), which a role may read: an administrator sees every entry, anyone else his own actions and
the entries of the clients he may see (db/migrations/versions/0004). Entries are written by the
audit triggers (I created / U changed, one row per field / D deleted; the one-line summary of a
created or deleted record is its new or old value) and by SP_LOG_EVENT (EXPORT, REPORT, LOGIN).
"Sessions" reads the server's monitoring table (MON$ATTACHMENTS): an ordinary login sees only
his own connections there. The rights matrix is ROLE_RIGHTS; "record visibility" counts, for
every user, the clients his scope lets him see (the rule of F_CLIENT_ROW_VISIBLE), among the
clients the person running the report may see.
Not here: 116 logins as a history — nothing writes LOGIN events yet; the sessions report shows
who is connected now.
"""
from __future__ import annotations

from sqlalchemy import Date, Integer, String, and_, case, cast, column, func, literal_column, or_, select, table
from sqlalchemy.orm import aliased

from app.i18n import QT_TRANSLATE_NOOP
from db.models import AuditLog, Client, CrmUser, Department
from db.models.users import RoleRight
from reports.queries.deals import text_literal
from reports.queries.labels import count_if
from reports.spec import Col, Definition, Param, Params, Report

PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_30_days")
LIMIT = Param("limit", "int", QT_TRANSLATE_NOOP("reports", "Rows shown at most"), default=1000, minimum=1,
              maximum=100000)
USER = Param("user", "text", QT_TRANSLATE_NOOP("reports", "Login (empty: everybody)"))
CLIENT = Param("client", "client", QT_TRANSLATE_NOOP("reports", "Client"))

ACTIONS = {"I": QT_TRANSLATE_NOOP("reports", "Created"), "U": QT_TRANSLATE_NOOP("reports", "Changed"),
           "D": QT_TRANSLATE_NOOP("reports", "Deleted"), "EXPORT": QT_TRANSLATE_NOOP("reports", "Export"),
           "REPORT": QT_TRANSLATE_NOOP("reports", "Report run"), "LOGIN": QT_TRANSLATE_NOOP("reports", "Login"),
           "RIGHTS": QT_TRANSLATE_NOOP("reports", "Rights changed")}
TABLES = {"CLIENTS": QT_TRANSLATE_NOOP("reports", "Client"), "CONTACTS": QT_TRANSLATE_NOOP("reports", "Contact"),
          "PHONES": QT_TRANSLATE_NOOP("reports", "Phone"), "EMAILS": QT_TRANSLATE_NOOP("reports", "E-mail"),
          "ADDRESSES": QT_TRANSLATE_NOOP("reports", "Address"), "DEALS": QT_TRANSLATE_NOOP("reports", "Deal"),
          "DEAL_LINES": QT_TRANSLATE_NOOP("reports", "Deal line"), "TASKS": QT_TRANSLATE_NOOP("reports", "Task"),
          "CRM_USERS": QT_TRANSLATE_NOOP("reports", "User"),
          "ROLE_RIGHTS": QT_TRANSLATE_NOOP("reports", "Role rights"),
          "CUSTOM_FIELD_VALUES": QT_TRANSLATE_NOOP("reports", "Custom field"),
          "ATTACHMENTS": QT_TRANSLATE_NOOP("reports", "File")}


def _titled(col, titles: dict[str, str]):
    """CASE col WHEN code THEN '<translated title>' ... ELSE col END (VARCHAR)."""
    return case(*[(col == literal_column(f"'{code}'"), text_literal(t)) for code, t in titles.items()],
                else_=cast(col, String(31)))


def _period(p: Params) -> list:
    per = p.get("period")
    return [] if per is None else [AuditLog.logged_at >= per.start_ts, AuditLog.logged_at < per.end_ts]


def _user(p: Params) -> list:
    return [AuditLog.user_name == p["user"].strip().upper()] if p.get("user") else []


_WHO = (Col("logged_at", QT_TRANSLATE_NOOP("reports", "When"), "datetime", width=1.5),
        Col("user", QT_TRANSLATE_NOOP("reports", "Login"), width=1.3))


# --- 111 audit trail of a client and its records -----------------------------------------------
def _trail(p: Params):
    q = (select(AuditLog.logged_at.label("logged_at"), AuditLog.user_name.label("user"),
                _titled(AuditLog.action, ACTIONS).label("action"), _titled(AuditLog.table_name, TABLES).label("what"),
                AuditLog.record_id.label("record"), AuditLog.field_name.label("field"),
                AuditLog.old_value.label("old"), AuditLog.new_value.label("new"))
         .where(*_period(p), *_user(p), AuditLog.action.in_(("I", "U", "D")))
         .order_by(AuditLog.logged_at.desc(), AuditLog.id.desc()))
    if p.get("client") is not None:
        q = q.where(AuditLog.client_id == p["client"])
    return q


# --- 112 changes by user --------------------------------------------------------------------------
def _by_user(p: Params):
    what = _titled(AuditLog.table_name, TABLES)
    return (select(AuditLog.user_name.label("user"), what.label("what"),
                   count_if(AuditLog.action == "I").label("created"), count_if(AuditLog.action == "U").label("changed"),
                   count_if(AuditLog.action == "D").label("deleted"), func.count(AuditLog.id).label("events"),
                   func.max(AuditLog.logged_at).label("last_at"))
            .where(*_period(p), *_user(p), AuditLog.action.in_(("I", "U", "D")))
            .group_by(AuditLog.user_name, AuditLog.table_name).order_by(AuditLog.user_name, what))


# --- 113 deletions, 120 files ---------------------------------------------------------------------
def _deletions(p: Params):
    return (select(AuditLog.logged_at.label("logged_at"), AuditLog.user_name.label("user"),
                   _titled(AuditLog.table_name, TABLES).label("what"), AuditLog.record_id.label("record"),
                   AuditLog.old_value.label("summary"), Client.name.label("client"))
            .select_from(AuditLog).outerjoin(Client, Client.id == AuditLog.client_id)
            .where(AuditLog.action == "D", *_period(p), *_user(p))
            .order_by(AuditLog.logged_at.desc(), AuditLog.id.desc()))


def _files(p: Params):
    return (select(AuditLog.logged_at.label("logged_at"), AuditLog.user_name.label("user"),
                   _titled(AuditLog.action, ACTIONS).label("action"),
                   func.coalesce(AuditLog.new_value, AuditLog.old_value).label("file"), Client.name.label("client"))
            .select_from(AuditLog).outerjoin(Client, Client.id == AuditLog.client_id)
            .where(AuditLog.table_name == "ATTACHMENTS", AuditLog.action.in_(("I", "D")), *_period(p), *_user(p))
            .order_by(AuditLog.logged_at.desc(), AuditLog.id.desc()))


# --- 114 exports, 115 report runs -------------------------------------------------------------------
def _first_word(col):
    """The text before the first space (the report id of an EXPORT/REPORT entry)."""
    return cast(func.substring(col, literal_column("1"), func.position(
        literal_column("' '"), func.coalesce(col, literal_column("''")).op("||")(literal_column("' '")))
        - literal_column("1")), String(100))


def _exports(p: Params):
    return (select(AuditLog.logged_at.label("logged_at"), AuditLog.user_name.label("user"),
                   _first_word(AuditLog.details).label("report"), AuditLog.details.label("details"))
            .where(AuditLog.action == "EXPORT", *_period(p), *_user(p))
            .order_by(AuditLog.logged_at.desc(), AuditLog.id.desc()))


def _report_runs(p: Params):
    rid = _first_word(AuditLog.details)
    return (select(rid.label("report"), func.count(AuditLog.id).label("runs"),
                   count_if(AuditLog.action == "EXPORT").label("exports"),
                   func.count(func.distinct(AuditLog.user_name)).label("users"),
                   func.max(AuditLog.logged_at).label("last_at"))
            .where(AuditLog.action.in_(("REPORT", "EXPORT")), *_period(p), *_user(p))
            .group_by(rid).order_by(func.count(AuditLog.id).desc(), rid))


def _report_runs_total(p: Params):
    return (select(func.count(func.distinct(AuditLog.user_name)).label("users"))
            .where(AuditLog.action.in_(("REPORT", "EXPORT")), *_period(p), *_user(p)))


# --- 116 sessions now -----------------------------------------------------------------------------
MON = table("MON$ATTACHMENTS", column("MON$ATTACHMENT_ID", Integer), column("MON$USER", String),
            column("MON$REMOTE_ADDRESS", String), column("MON$REMOTE_PROCESS", String),
            column("MON$TIMESTAMP"), column("MON$ROLE", String), column("MON$SYSTEM_FLAG", Integer))


def _sessions(p: Params):
    m = MON.c
    return (select(func.trim(m["MON$USER"]).label("user"), func.trim(m["MON$ROLE"]).label("role"),
                   m["MON$REMOTE_ADDRESS"].label("address"), m["MON$REMOTE_PROCESS"].label("process"),
                   m["MON$TIMESTAMP"].label("since"), m["MON$ATTACHMENT_ID"].label("attachment"))
            .where(func.coalesce(m["MON$SYSTEM_FLAG"], literal_column("0")) == literal_column("0"))
            .order_by(m["MON$USER"], m["MON$TIMESTAMP"]))


# --- 117 rights matrix, 118 visibility per user ------------------------------------------------------
def _mark(flag):
    return func.iif(flag, literal_column("'\u2713'"), literal_column("'\u2013'"))


def _rights(p: Params):
    return (select(RoleRight.role_name.label("role"), RoleRight.entity.label("entity"), RoleRight.scope.label("scope"),
                   _mark(RoleRight.can_view).label("view"), _mark(RoleRight.can_create).label("create"),
                   _mark(RoleRight.can_edit).label("edit"), _mark(RoleRight.can_delete).label("delete"),
                   _mark(RoleRight.can_export).label("export"), _mark(RoleRight.can_print).label("print"))
            .order_by(RoleRight.role_name, RoleRight.entity))


def _visibility(p: Params):
    c = aliased(Client)
    sees = and_(c.merged_into_id.is_(None), CrmUser.is_active.is_(True),
                or_(CrmUser.scope == "ALL", c.responsible_id == CrmUser.id,
                    and_(CrmUser.scope == "DEPT", c.department_id == CrmUser.department_id)))
    visible = select(func.count(c.id)).where(sees).scalar_subquery()
    own = select(func.count(c.id)).where(c.merged_into_id.is_(None), c.responsible_id == CrmUser.id).scalar_subquery()
    return (select(CrmUser.login.label("login"), CrmUser.full_name.label("user"), CrmUser.role_name.label("role"),
                   CrmUser.scope.label("scope"), Department.name.label("department"),
                   func.iif(CrmUser.is_active, literal_column("'\u2713'"), literal_column("'\u2013'")).label("active"),
                   own.label("own"), visible.label("visible"))
            .select_from(CrmUser).outerjoin(Department, Department.id == CrmUser.department_id)
            .order_by(CrmUser.login))


# --- 119 reassignments, 54 bulk-closed deals ------------------------------------------------------------
def _reassignments(p: Params):
    old_u, new_u = aliased(CrmUser), aliased(CrmUser)
    return (select(AuditLog.logged_at.label("logged_at"), AuditLog.user_name.label("user"),
                   _titled(AuditLog.table_name, TABLES).label("what"), AuditLog.record_id.label("record"),
                   Client.name.label("client"),
                   func.coalesce(old_u.full_name, AuditLog.old_value).label("old_manager"),
                   func.coalesce(new_u.full_name, AuditLog.new_value).label("new_manager"))
            .select_from(AuditLog).outerjoin(Client, Client.id == AuditLog.client_id)
            .outerjoin(old_u, cast(old_u.id, String(20)) == AuditLog.old_value)
            .outerjoin(new_u, cast(new_u.id, String(20)) == AuditLog.new_value)
            .where(AuditLog.action == "U", AuditLog.field_name == "RESPONSIBLE_ID",
                   AuditLog.table_name.in_(("CLIENTS", "DEALS")), *_period(p), *_user(p))
            .order_by(AuditLog.logged_at.desc(), AuditLog.id.desc()))


BULK = Param("bulk", "int", QT_TRANSLATE_NOOP("reports", "Closed in one minute, at least"), default=5, minimum=2,
             maximum=10000)


def _bulk_closed(p: Params):
    minute = func.dateadd(literal_column("MINUTE"), func.datediff(literal_column("MINUTE"), literal_column(
        "TIMESTAMP '2000-01-01 00:00:00'"), AuditLog.logged_at), literal_column("TIMESTAMP '2000-01-01 00:00:00'"))
    n = func.count(AuditLog.id)
    return (select(minute.label("minute"), AuditLog.user_name.label("user"), n.label("deals"),
                   count_if(AuditLog.new_value == "WON").label("won"), count_if(AuditLog.new_value == "LOST").label("lost"))
            .where(AuditLog.action == "U", AuditLog.table_name == "DEALS", AuditLog.field_name == "OUTCOME",
                   AuditLog.new_value.in_(("WON", "LOST")), *_period(p), *_user(p))
            .group_by(minute, AuditLog.user_name).having(n >= int(p.get("bulk") or 5))
            .order_by(minute.desc(), AuditLog.user_name))



# --- 116 login history ----------------------------------------------------------------------------------
def _logins(p: Params):
    """LOGIN events of the period (written by SP_LOG_EVENT when a user signs in; at most one a
    minute per login), per login: how many, on how many days, the first and the last."""
    return (select(AuditLog.user_name.label("user"), func.count(AuditLog.id).label("logins"),
                   func.count(func.distinct(cast(AuditLog.logged_at, Date))).label("days"),
                   func.min(AuditLog.logged_at).label("first_at"), func.max(AuditLog.logged_at).label("last_at"))
            .where(AuditLog.action == "LOGIN", *_period(p), *_user(p))
            .group_by(AuditLog.user_name).order_by(AuditLog.user_name))


def _logins_total(p: Params):
    return (select(func.count(func.distinct(cast(AuditLog.logged_at, Date))).label("days"))
            .where(AuditLog.action == "LOGIN", *_period(p), *_user(p)))


REPORTS: list[Definition] = [
    Report(
        id="audit.bulk_closed", category="D", ref=(54,),
        title=QT_TRANSLATE_NOOP("reports", "Bulk-closed deals"),
        question=QT_TRANSLATE_NOOP("reports", "Who closed many deals within one minute (a clean-up, or gaming the "
                                              "figures)?"),
        params=(PERIOD, BULK, USER), query=_bulk_closed,
        columns=(Col("minute", QT_TRANSLATE_NOOP("reports", "Minute"), "datetime", width=1.5), _WHO[1],
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Deals closed"), "int", total="sum"),
                 Col("won", QT_TRANSLATE_NOOP("reports", "As won"), "int", total="sum"),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "As lost"), "int", total="sum"))),
    Report(
        id="audit.record_trail", category="J", ref=(111,),
        title=QT_TRANSLATE_NOOP("reports", "Audit trail of a client and its records"),
        question=QT_TRANSLATE_NOOP("reports", "Who changed what in this client's records, and when (old \u2192 new)?"),
        params=(CLIENT, PERIOD, USER, LIMIT), query=_trail, limit="limit", orientation="landscape",
        columns=(*_WHO, Col("action", QT_TRANSLATE_NOOP("reports", "Action")),
                 Col("what", QT_TRANSLATE_NOOP("reports", "Record"), total="count"),
                 Col("record", QT_TRANSLATE_NOOP("reports", "Record No."), "int", width=0.8),
                 Col("field", QT_TRANSLATE_NOOP("reports", "Field"), width=1.3),
                 Col("old", QT_TRANSLATE_NOOP("reports", "Old value"), width=2.5),
                 Col("new", QT_TRANSLATE_NOOP("reports", "New value"), width=2.5))),
    Report(
        id="audit.changes_by_user", category="J", ref=(112,),
        title=QT_TRANSLATE_NOOP("reports", "Changes by user"),
        question=QT_TRANSLATE_NOOP("reports", "Who created, changed and deleted how many records of each kind?"),
        params=(PERIOD, USER), query=_by_user, group_by=("user",),
        columns=(Col("user", QT_TRANSLATE_NOOP("reports", "Login")),
                 Col("what", QT_TRANSLATE_NOOP("reports", "Record"), width=2),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Created"), "int", total="sum"),
                 Col("changed", QT_TRANSLATE_NOOP("reports", "Fields changed"), "int", total="sum"),
                 Col("deleted", QT_TRANSLATE_NOOP("reports", "Deleted"), "int", total="sum"),
                 Col("events", QT_TRANSLATE_NOOP("reports", "Entries"), "int", total="sum"),
                 Col("last_at", QT_TRANSLATE_NOOP("reports", "Last at"), "datetime", total="max", width=1.5))),
    Report(
        id="audit.deletions", category="J", ref=(113,),
        title=QT_TRANSLATE_NOOP("reports", "Deletions log"),
        question=QT_TRANSLATE_NOOP("reports", "What was deleted, by whom and when?"),
        params=(PERIOD, USER, LIMIT), query=_deletions, limit="limit",
        columns=(*_WHO, Col("what", QT_TRANSLATE_NOOP("reports", "Record"), total="count"),
                 Col("record", QT_TRANSLATE_NOOP("reports", "Record No."), "int", width=0.8),
                 Col("summary", QT_TRANSLATE_NOOP("reports", "What it was"), width=3),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5))),
    Report(
        id="audit.exports", category="J", ref=(114,),
        title=QT_TRANSLATE_NOOP("reports", "Exports log"),
        question=QT_TRANSLATE_NOOP("reports", "Who exported which report to a file, and when?"),
        params=(PERIOD, USER, LIMIT), query=_exports, limit="limit",
        columns=(*_WHO, Col("report", QT_TRANSLATE_NOOP("reports", "Report"), width=2, total="count"),
                 Col("details", QT_TRANSLATE_NOOP("reports", "Files and parameters"), width=5))),
    Report(
        id="audit.report_runs", category="J", ref=(115,),
        title=QT_TRANSLATE_NOOP("reports", "Report runs"),
        question=QT_TRANSLATE_NOOP("reports", "Which reports are used, how often and by how many people?"),
        params=(PERIOD, USER), query=_report_runs, totals=_report_runs_total,
        columns=(Col("report", QT_TRANSLATE_NOOP("reports", "Report"), width=3),
                 Col("runs", QT_TRANSLATE_NOOP("reports", "Runs and exports"), "int", total="sum"),
                 Col("exports", QT_TRANSLATE_NOOP("reports", "Of them exports"), "int", total="sum"),
                 Col("users", QT_TRANSLATE_NOOP("reports", "Users"), "int", total="overall"),
                 Col("last_at", QT_TRANSLATE_NOOP("reports", "Last at"), "datetime", total="max", width=1.5))),
    Report(
        id="audit.sessions", category="J", ref=(116,),
        title=QT_TRANSLATE_NOOP("reports", "Sessions now"),
        question=QT_TRANSLATE_NOOP("reports", "Who is connected to the database right now, from where?"),
        query=_sessions,
        columns=(Col("user", QT_TRANSLATE_NOOP("reports", "Login"), width=1.5, total="count"),
                 Col("role", QT_TRANSLATE_NOOP("reports", "Role"), width=1.3),
                 Col("address", QT_TRANSLATE_NOOP("reports", "Address"), width=1.5),
                 Col("process", QT_TRANSLATE_NOOP("reports", "Program"), width=3),
                 Col("since", QT_TRANSLATE_NOOP("reports", "Connected since"), "datetime", width=1.5),
                 Col("attachment", QT_TRANSLATE_NOOP("reports", "Connection No."), "int"))),
    Report(
        id="security.rights_matrix", category="J", ref=(117,),
        title=QT_TRANSLATE_NOOP("reports", "Rights matrix"),
        question=QT_TRANSLATE_NOOP("reports", "What may each role do with each kind of record?"),
        query=_rights, group_by=("role",), grand_total=False,
        columns=(Col("role", QT_TRANSLATE_NOOP("reports", "Role")),
                 Col("entity", QT_TRANSLATE_NOOP("reports", "Records"), width=2),
                 Col("scope", QT_TRANSLATE_NOOP("reports", "Scope")),
                 Col("view", QT_TRANSLATE_NOOP("reports", "View"), width=0.7),
                 Col("create", QT_TRANSLATE_NOOP("reports", "Create"), width=0.7),
                 Col("edit", QT_TRANSLATE_NOOP("reports", "Edit"), width=0.7),
                 Col("delete", QT_TRANSLATE_NOOP("reports", "Delete"), width=0.7),
                 Col("export", QT_TRANSLATE_NOOP("reports", "Export"), width=0.7),
                 Col("print", QT_TRANSLATE_NOOP("reports", "Print"), width=0.7))),
    Report(
        id="security.visibility", category="J", ref=(118,),
        title=QT_TRANSLATE_NOOP("reports", "Record visibility per user"),
        question=QT_TRANSLATE_NOOP("reports", "How many clients may each user see, and how many are his own?"),
        query=_visibility,
        columns=(Col("login", QT_TRANSLATE_NOOP("reports", "Login"), width=1.3),
                 Col("user", QT_TRANSLATE_NOOP("reports", "User"), width=2.5),
                 Col("role", QT_TRANSLATE_NOOP("reports", "Role"), width=1.3),
                 Col("scope", QT_TRANSLATE_NOOP("reports", "Scope"), width=0.7),
                 Col("department", QT_TRANSLATE_NOOP("reports", "Department"), width=1.5),
                 Col("active", QT_TRANSLATE_NOOP("reports", "Active"), width=0.7),
                 Col("own", QT_TRANSLATE_NOOP("reports", "Own clients"), "int"),
                 Col("visible", QT_TRANSLATE_NOOP("reports", "Clients visible"), "int"))),
    Report(
        id="audit.reassignments", category="J", ref=(119,),
        title=QT_TRANSLATE_NOOP("reports", "Ownership changes (reassignments)"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients and deals passed from one manager to another?"),
        params=(PERIOD, USER, LIMIT), query=_reassignments, limit="limit", orientation="landscape",
        columns=(*_WHO, Col("what", QT_TRANSLATE_NOOP("reports", "Record"), total="count"),
                 Col("record", QT_TRANSLATE_NOOP("reports", "Record No."), "int", width=0.8),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5),
                 Col("old_manager", QT_TRANSLATE_NOOP("reports", "From"), width=2),
                 Col("new_manager", QT_TRANSLATE_NOOP("reports", "To"), width=2))),
    Report(
        id="audit.files", category="J", ref=(120,),
        title=QT_TRANSLATE_NOOP("reports", "Files added and removed"),
        question=QT_TRANSLATE_NOOP("reports", "Which files were attached to clients or removed, by whom?"),
        params=(PERIOD, USER, LIMIT), query=_files, limit="limit",
        columns=(*_WHO, Col("action", QT_TRANSLATE_NOOP("reports", "Action"), total="count"),
                 Col("file", QT_TRANSLATE_NOOP("reports", "File"), width=3),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.5))),
    Report(
        id="audit.logins", category="J", ref=(116,),
        title=QT_TRANSLATE_NOOP("reports", "Login history"),
        question=QT_TRANSLATE_NOOP("reports", "Who signed in during the period, how often and when last?"),
        params=(PERIOD, USER), query=_logins, totals=_logins_total,
        columns=(Col("user", QT_TRANSLATE_NOOP("reports", "Login"), width=1.5, total="count"),
                 Col("logins", QT_TRANSLATE_NOOP("reports", "Sign-ins"), "int", total="sum"),
                 Col("days", QT_TRANSLATE_NOOP("reports", "Days with sign-ins"), "int", total="overall"),
                 Col("first_at", QT_TRANSLATE_NOOP("reports", "First"), "datetime", total="min", width=1.5),
                 Col("last_at", QT_TRANSLATE_NOOP("reports", "Last"), "datetime", total="max", width=1.5))),
]
