"""The first-start choices of an office (the wizard's use cases): test a connection to the office
database, and create the office database on a server with its first CRM administrator. Pure Python.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app import database, demo, users
from app.context import AppContext, ConnectionInfo, spec_from
from app.errors import ValidationError
from app.i18n import translate
from db import engine as dbe

#: ``progress(done, total, what)``
Progress = Callable[[int, int, str], None]


def server_target(host: str, port: int | None, database_path: str) -> str:
    """``host/port:path-or-alias`` from the wizard's fields (one clear message when one is missing)."""
    host, database_path = host.strip(), database_path.strip()
    if not host:
        raise ValidationError("host", translate("app.office", "Enter the server's name or address."))
    if not database_path:
        raise ValidationError("database", translate("app.office", "Enter the database alias or its path on the "
                                                                  "server."))
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return f"{host}/{int(port)}:{database_path}" if port else f"{host}:{database_path}"


def test_connection(target: str, user: str, password: str, wan: bool = False) -> ConnectionInfo:
    """Attach with these settings and detach: the facts on success, a plain-words
    :class:`~app.errors.ConnectionFailed` (wrong password, unknown alias, nothing on the port,
    encryption refused…) otherwise."""
    with AppContext(spec_from(target, user, password, wan=wan)) as ctx:
        return ctx.info


@dataclass(frozen=True)
class NewOffice:
    """*Create the office database on a server*: what the administrator types."""

    target: str
    admin_user: str  #: SYSDBA or a login with RDB$ADMIN
    admin_password: str
    crm_login: str  #: the first CRM administrator (a new server login)
    crm_password: str
    crm_name: str = ""
    demo_clients: int = 0
    wan: bool = False


def create_office_database(plan: NewOffice, *, progress: Progress | None = None) -> AppContext:
    """Create the database on the server, its first CRM administrator and (optionally) demo data;
    returns the database opened as that CRM administrator. A failure leaves no half-made database."""
    if not plan.crm_login.strip():
        raise ValidationError("crm_login", translate("app.office", "Enter a login for the first CRM administrator."))
    admin = spec_from(plan.target, plan.admin_user, plan.admin_password, wan=plan.wan)
    if progress:
        progress(0, 0, translate("app.office", "Creating the database on the server"))
    database.create_database(admin)
    try:
        with AppContext(admin) as ctx:
            users.add_user(ctx, plan.crm_login, "CRM_ADMIN", plan.crm_password, full_name=plan.crm_name or None)
            if plan.demo_clients > 0:
                demo.generate(ctx, clients=plan.demo_clients, progress=progress)
    except BaseException:
        try:
            dbe.drop_database(admin)
        except Exception:
            pass
        raise
    if progress:
        progress(1, 1, translate("app.office", "Opening the database"))
    return AppContext(spec_from(plan.target, plan.crm_login, plan.crm_password, wan=plan.wan))
