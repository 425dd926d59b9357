"""The rights matrix (issue #4): which role may view/create/edit/delete/export/print which kind of
record and see which report categories, kept in ROLE_RIGHTS and **enforced by grants**.

Saving the matrix rewrites the roles' GRANTs on the visibility views (takes effect at each user's
next connection, as Firebird reads a role's rights at attach). Export, print and report
categories have no SQL object to guard: the client honours them and every export and report run is
written to the audit trail (SP_LOG_EVENT), which is what the matrix can promise there.

:func:`my_rights` derives what the connected user may do from the server's own privilege table
(RDB$USER_PRIVILEGES), never from the matrix: the menus follow what the server will allow.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.changes import REF, Changes
from app.context import AppContext
from app.errors import NotAllowed, ValidationError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import RoleRight

ROLES = ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER", "CRM_READONLY")
ROLE_TITLES = {
    "CRM_ADMIN": QT_TRANSLATE_NOOP("app.security", "Administrator"),
    "CRM_HEAD": QT_TRANSLATE_NOOP("app.security", "Head of sales"),
    "CRM_MANAGER": QT_TRANSLATE_NOOP("app.security", "Manager"),
    "CRM_READONLY": QT_TRANSLATE_NOOP("app.security", "Read-only"),
}
#: kind of record -> the views its rights apply to (the first is the main one)
ENTITY_VIEWS = {
    "CLIENT": ("V_CLIENTS", "V_CONTACTS", "V_PHONES", "V_EMAILS", "V_ADDRESSES", "V_CLIENT_TAGS",
               "V_CLIENT_CLASSIFIERS", "V_SEARCH_KEYS", "V_CUSTOM_FIELD_VALUES"),
    "INTERACTION": ("V_INTERACTIONS",),
    "DEAL": ("V_DEALS", "V_DEAL_LINES"),
    "TASK": ("V_TASKS", "V_REMINDERS"),
    "FILE": ("V_ATTACHMENTS", "V_ATTACHMENT_BODIES"),
}
ENTITY_TITLES = {
    "CLIENT": QT_TRANSLATE_NOOP("app.security", "Clients and contacts"),
    "INTERACTION": QT_TRANSLATE_NOOP("app.security", "Interactions"),
    "DEAL": QT_TRANSLATE_NOOP("app.security", "Deals"),
    "TASK": QT_TRANSLATE_NOOP("app.security", "Tasks"),
    "FILE": QT_TRANSLATE_NOOP("app.security", "Files"),
}
#: report categories of shared/REPORTS.md (client-side right + audit)
REPORT_CATEGORIES = tuple("ABCDEFGHIJK")
ACTIONS = ("view", "create", "edit", "delete", "export", "print")
_SQL_OF = {"view": "SELECT", "create": "INSERT", "edit": "UPDATE", "delete": "DELETE"}


@dataclass
class RightsRow:
    role: str
    entity: str  #: CLIENT, INTERACTION, DEAL, TASK, FILE or REPORT:<category>
    view: bool = False
    create: bool = False
    edit: bool = False
    delete: bool = False
    export: bool = False
    print: bool = False


def default_matrix() -> list[RightsRow]:
    """The rights revision 0004 grants, as a matrix."""
    rows = []
    for role in ROLES:
        write = role != "CRM_READONLY"
        for entity in ENTITY_VIEWS:
            deletes = role in ("CRM_ADMIN", "CRM_HEAD") or entity in ("TASK", "FILE")
            rows.append(RightsRow(role, entity, True, write, write, write and deletes, role != "CRM_READONLY", True))
        for cat in REPORT_CATEGORIES:
            sees = role in ("CRM_ADMIN", "CRM_HEAD") or cat not in ("J",)  # security/audit reports
            rows.append(RightsRow(role, f"REPORT:{cat}", sees, False, False, False, sees, sees))
    return rows


def rights_matrix(ctx: AppContext) -> list[RightsRow]:
    """The stored matrix (defaults where a row was never saved)."""
    with ctx.sessions() as s:
        stored = {(r.role_name, r.entity): r for r in s.scalars(select(RoleRight))}
    out = []
    for d in default_matrix():
        r = stored.get((d.role, d.entity))
        if r is not None:
            d = RightsRow(d.role, d.entity, r.can_view, r.can_create, r.can_edit, r.can_delete, r.can_export, r.can_print)
        out.append(d)
    return out


def save_rights(ctx: AppContext, rows: list[RightsRow]) -> Changes:
    """Store the matrix and re-grant the views accordingly (administrators only)."""
    for r in rows:
        if r.role not in ROLES:
            raise ValidationError("role", translate("app.security", "Unknown role {role}.").format(role=r.role))
        if r.role == "CRM_ADMIN" and r.entity == "CLIENT" and not (r.view and r.edit):
            raise ValidationError("rights", translate("app.security", "Administrators must keep viewing and editing clients."))
    try:
        with ctx.sessions.begin() as s:
            stored = {(x.role_name, x.entity): x for x in s.scalars(select(RoleRight))}
            for r in rows:
                x = stored.get((r.role, r.entity))
                if x is None:
                    x = RoleRight(role_name=r.role, entity=r.entity)
                    s.add(x)
                x.can_view, x.can_create, x.can_edit = r.view, r.create, r.edit
                x.can_delete, x.can_export, x.can_print = r.delete, r.export, r.print
        statements = []
        for r in rows:
            views = ENTITY_VIEWS.get(r.entity)
            if not views:
                continue
            for action, priv in _SQL_OF.items():
                verb = "GRANT {p} ON {v} TO ROLE {r}" if getattr(r, action) else "REVOKE {p} ON {v} FROM ROLE {r}"
                statements += [verb.format(p=priv, v=v, r=r.role) for v in views]
        with ctx.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            for sql in statements:
                conn.exec_driver_sql(sql)
            raw.commit()
    except NotAllowed:
        raise
    except Exception as exc:
        err = from_driver(exc, ctx.info.target, connecting=False)
        if isinstance(err, NotAllowed) or "privilege" in str(err).lower() or "permission" in str(err).lower():
            raise NotAllowed(translate("app.security", "Only the database owner, SYSDBA or RDB$ADMIN can change grants.")) from exc
        raise err from exc
    return Changes.of(REF)


@dataclass(frozen=True)
class MyRights:
    """What the connected login may do, read from the server's privileges (drives menus only)."""

    role: str | None
    privileges: dict[str, frozenset[str]] = field(default_factory=dict)  #: view -> {"SELECT", ...}

    def can(self, entity: str, action: str) -> bool:
        if self.role is None:  # database administrators (owner, SYSDBA) may do everything
            return True
        main = ENTITY_VIEWS[entity][0]
        return _SQL_OF[action] in self.privileges.get(main, frozenset())


MY_PRIVILEGES_SQL = """
SELECT CAST(TRIM(p.RDB$RELATION_NAME) AS VARCHAR(63)), CAST(TRIM(p.RDB$PRIVILEGE) AS VARCHAR(6))
FROM RDB$USER_PRIVILEGES p
WHERE p.RDB$USER = CURRENT_ROLE AND p.RDB$USER_TYPE = 13 AND p.RDB$RELATION_NAME STARTING WITH 'V_'
"""
_PRIV = {"S": "SELECT", "I": "INSERT", "U": "UPDATE", "D": "DELETE"}


def my_rights(ctx: AppContext) -> MyRights:
    role = ctx.info.role
    if role is None:
        return MyRights(None)
    rows = ctx.reader.query(MY_PRIVILEGES_SQL)
    privs: dict[str, set[str]] = {}
    for view, p in rows:
        if p.strip() in _PRIV:
            privs.setdefault(view.strip(), set()).add(_PRIV[p.strip()])
    return MyRights(role, {k: frozenset(v) for k, v in privs.items()})
