"""CRM users = Firebird logins (issue #4): add, list, disable, change password, change role.

Every CRM user is a Firebird user (SRP) with one SQL role (CRM_ADMIN, CRM_HEAD, CRM_MANAGER,
CRM_READONLY) and a row in CRM_USERS (department, visibility scope). Managing logins needs SYSDBA
or a login connected with the RDB$ADMIN role; nobody needs SYSDBA to *work*.

User management uses SQL (``CREATE USER``, ``GRANT role``), which is transactional, UTF-8 and goes
over the normal connection (FIREBIRD.md §4.2, §4.7: fdb.services rejects non-ASCII). The embedded
engine has no security database: there ``add`` only grants the role and writes the CRM row (the
embedded engine trusts the user name, which is what single-user mode and the tests need).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from app import uow
from app.changes import REF, Changes
from app.context import AppContext
from app.errors import NotAllowed, UserError, ValidationError, from_driver
from app.i18n import translate
from db import engine as dbe
from db.models import CrmUser, Department

#: role -> default visibility scope
ROLES = {"CRM_ADMIN": "ALL", "CRM_HEAD": "DEPT", "CRM_MANAGER": "OWN", "CRM_READONLY": "OWN"}
_LOGIN = re.compile(r"^[A-Z][A-Z0-9_]{0,30}$")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserInfo:
    login: str
    full_name: str
    role: str
    scope: str
    department: str | None
    is_active: bool


def _check_login(login: str) -> str:
    value = (login or "").strip().upper()
    if not _LOGIN.match(value):
        raise ValidationError("login", translate("app.users", "A login is 1-31 Latin letters, digits or _, starting with a letter."))
    return value


def _check_password(password: str | None) -> str:
    if not password or len(password) < MIN_PASSWORD:
        raise ValidationError("password", translate("app.users", "The password must have at least {n} characters.").format(n=MIN_PASSWORD))
    if "\n" in password or "\x00" in password:
        raise ValidationError("password", translate("app.users", "The password may not contain line breaks."))
    return password


def _q(s: str) -> str:
    return s.replace("'", "''")


def _ddl(ctx: AppContext, *statements: str) -> None:
    """Run user-management statements, each committed (they are DDL)."""
    try:
        with ctx.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            for sql in statements:
                conn.exec_driver_sql(sql)
                raw.commit()
    except DBAPIError as exc:
        if dbe.classify_error(exc) in (dbe.ERR_PERMISSION, dbe.ERR_OTHER) and _looks_denied(exc):
            raise NotAllowed(translate("app.users", "Only SYSDBA or an administrator connected with the RDB$ADMIN "
                                                    "role may manage logins.")) from exc
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def _looks_denied(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return any(w in text for w in ("permission", "privilege", "admin option", "not found for user", "plg$"))


def _server(ctx: AppContext) -> bool:
    return ctx.spec.target.kind == "server"


def _fb4(ctx: AppContext) -> bool:
    return ctx.info.engine_version.split(".")[0] >= "4"


def add_user(ctx: AppContext, login: str, role: str, password: str | None, *, department: str | None = None,
             full_name: str | None = None, scope: str | None = None) -> UserInfo:
    """Create (or re-enable) a login with ``role``; password required on a server."""
    login = _check_login(login)
    role = role.upper()
    if role not in ROLES:
        raise ValidationError("role", translate("app.users", "Unknown role {role}; use one of {roles}.").format(
            role=role, roles=", ".join(ROLES)))
    scope = (scope or ROLES[role]).upper()
    statements = []
    if _server(ctx):
        pw = _check_password(password)
        statements.append(f"CREATE OR ALTER USER {login} PASSWORD '{_q(pw)}' ACTIVE USING PLUGIN Srp")
    for other in ROLES:
        if other != role:
            statements.append(f"REVOKE {other} FROM USER {login}")
    statements.append(f"GRANT {role} TO USER {login}")
    if _fb4(ctx):
        statements.append(f"GRANT DEFAULT {role} TO USER {login}")
    _ddl_tolerant(ctx, statements)
    with ctx.sessions.begin() as s:
        dept_id = _department_id(s, department) if department else None
        user = s.scalar(select(CrmUser).where(CrmUser.login == login))
        if user is None:
            user = CrmUser(login=login, full_name=(full_name or login)[:200])
            s.add(user)
        elif full_name:
            user.full_name = full_name[:200]
        user.role_name, user.scope, user.is_active = role, scope, True
        if department:
            user.department_id = dept_id
        s.flush()
        dept_name = s.scalar(select(Department.name).where(Department.id == user.department_id)) if user.department_id else None
        return UserInfo(login, user.full_name, role, scope, dept_name, True)


def _ddl_tolerant(ctx: AppContext, statements: list[str]) -> None:
    """Run statements; a REVOKE of a role the user does not have is not an error."""
    for sql in statements:
        try:
            _ddl(ctx, sql)
        except UserError:
            if sql.startswith("REVOKE"):
                continue
            raise


def _department_id(s, name: str) -> int:
    dept = s.scalar(select(Department).where(Department.name == name.strip()))
    if dept is None:
        dept = Department(name=name.strip()[:200])
        s.add(dept)
        s.flush()
    return dept.id


def list_users(ctx: AppContext) -> list[UserInfo]:
    """Every CRM user by login (active or not) with role, scope and department; one read."""
    rows = uow.read(
        ctx, "SELECT u.LOGIN, u.FULL_NAME, u.ROLE_NAME, u.SCOPE, d.NAME, u.IS_ACTIVE FROM CRM_USERS u "
        "LEFT JOIN DEPARTMENTS d ON d.ID = u.DEPARTMENT_ID ORDER BY u.LOGIN")
    return [UserInfo(r[0].strip(), r[1], r[2].strip(), r[3].strip(), r[4], bool(r[5])) for r in rows]


def list_departments(ctx: AppContext) -> list[str]:
    """Names of the existing departments, sorted (for pick lists; a new name is created by add_user)."""
    return [r[0] for r in uow.read(ctx, "SELECT NAME FROM DEPARTMENTS ORDER BY NAME")]


def disable_user(ctx: AppContext, login: str) -> Changes:
    """Lock a login out (server) and mark the CRM user inactive (sees nothing any more)."""
    login = _check_login(login)
    with ctx.sessions.begin() as s:
        user = s.scalar(select(CrmUser).where(CrmUser.login == login))
        if user is None:
            raise UserError(translate("app.users", "There is no user {login}.").format(login=login))
        user.is_active = False
    if _server(ctx):
        _ddl(ctx, f"ALTER USER {login} INACTIVE")
    return Changes.of(REF)


def set_password(ctx: AppContext, login: str, password: str) -> None:
    login = _check_login(login)
    pw = _check_password(password)
    if not _server(ctx):
        raise UserError(translate("app.users", "An embedded database has no passwords."))
    _ddl(ctx, f"ALTER USER {login} PASSWORD '{_q(pw)}'")


def set_role(ctx: AppContext, login: str, role: str, scope: str | None = None) -> UserInfo:
    """Change a user's role (takes effect at the user's next connection) and scope."""
    login = _check_login(login)
    with ctx.sessions() as s:
        user = s.scalar(select(CrmUser).where(CrmUser.login == login))
        if user is None:
            raise UserError(translate("app.users", "There is no user {login}.").format(login=login))
        dept = s.scalar(select(Department.name).where(Department.id == user.department_id)) if user.department_id else None
        full_name = user.full_name
    return add_user_grants_only(ctx, login, role, scope, dept, full_name)


def grant_role(ctx: AppContext, login: str, role: str) -> None:
    """Give ``login`` exactly the CRM role ``role`` (the other CRM roles revoked; on Firebird 4+ it
    is also the login's default role). Only the grants: the CRM_USERS row is the caller's business.
    Needs SYSDBA or RDB$ADMIN (:class:`NotAllowed` otherwise); a login that does not exist on a
    server yet may be granted in advance (``CREATE USER`` later finds its role ready)."""
    login = _check_login(login)
    role = role.upper()
    if role not in ROLES:
        raise ValidationError("role", translate("app.users", "Unknown role {role}.").format(role=role))
    statements = [f"REVOKE {other} FROM USER {login}" for other in ROLES if other != role]
    statements.append(f"GRANT {role} TO USER {login}")
    if _fb4(ctx):
        statements.append(f"GRANT DEFAULT {role} TO USER {login}")
    _ddl_tolerant(ctx, statements)


def add_user_grants_only(ctx: AppContext, login: str, role: str, scope: str | None, department: str | None,
                         full_name: str) -> UserInfo:
    role = role.upper()
    grant_role(ctx, login, role)
    with ctx.sessions.begin() as s:
        user = s.scalar(select(CrmUser).where(CrmUser.login == login))
        user.role_name, user.scope = role, (scope or ROLES[role]).upper()
    return UserInfo(login, full_name, role, (scope or ROLES[role]).upper(), department, True)
