"""Reading the audit trail written by triggers (db/migrations 0003): the card's audit tab."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app import uow
from app.context import AppContext
from app.errors import UserError, from_driver

AUDIT_LIMIT = 500

# the client's own trail and, after a merge (issue #11), the trail of the clients merged into it
# (a UNION rather than an OR, so both halves walk the CLIENT_ID index)
CLIENT_AUDIT_SQL = f"""
SELECT FIRST {AUDIT_LIMIT} x.LOGGED_AT, x.USER_NAME, x.ACTION, x.TABLE_NAME, x.RECORD_ID, x.FIELD_NAME,
       x.OLD_VALUE, x.NEW_VALUE
FROM (SELECT a.ID, a.LOGGED_AT, a.USER_NAME, a.ACTION, a.TABLE_NAME, a.RECORD_ID, a.FIELD_NAME, a.OLD_VALUE,
             a.NEW_VALUE FROM AUDIT_LOG a WHERE a.CLIENT_ID = ?
      UNION ALL
      SELECT a.ID, a.LOGGED_AT, a.USER_NAME, a.ACTION, a.TABLE_NAME, a.RECORD_ID, a.FIELD_NAME, a.OLD_VALUE,
             a.NEW_VALUE FROM CLIENTS m JOIN AUDIT_LOG a ON a.CLIENT_ID = m.ID WHERE m.MERGED_INTO_ID = ?) x
ORDER BY x.LOGGED_AT DESC, x.ID DESC
"""


@dataclass(frozen=True)
class AuditEntry:
    logged_at: dt.datetime
    user: str
    action: str  #: I (created), U (changed), D (deleted)
    table: str
    record_id: int | None
    field: str | None
    old: str | None
    new: str | None


def client_audit(ctx: AppContext, client_id: int) -> list[AuditEntry]:
    """Who changed what on this client's card, newest first (at most AUDIT_LIMIT entries)."""
    return [AuditEntry(r[0], r[1].strip(), r[2].strip(), (r[3] or "").strip(), r[4], (r[5] or "").strip() or None,
                       r[6], r[7]) for r in uow.read(ctx, CLIENT_AUDIT_SQL, (client_id, client_id))]


def log_event_sql(action: str, details: str) -> str:
    """``EXECUTE PROCEDURE SP_LOG_EVENT('…', '…')`` with the values as string literals (quotes
    doubled, NUL dropped, details cut to the procedure's 1000 characters): a statement that needs no
    parameters runs with **one** round trip (``isc_dsql_execute_immediate``: prepare and execute in
    one request) instead of prepare + execute."""
    def lit(v: str) -> str:
        return "'" + v.replace("\x00", "").replace("'", "''") + "'"

    return f"EXECUTE PROCEDURE SP_LOG_EVENT({lit(action)}, {lit(details[:1000])})"


def log_event(ctx: AppContext, action: str, details: str, *, conn: Any = None) -> None:
    """Write an export, report run or login to the audit trail (the only way for ordinary logins:
    the SP_LOG_EVENT procedure, which validates the action).

    ``conn``: an open SQLAlchemy ``Connection`` whose transaction is READ WRITE (e.g. a report's
    snapshot, :func:`db.engine.snapshot_tpb` with ``write=True``): the entry is written in it, one
    round trip, and is kept only if the caller commits. Without ``conn`` the entry gets a short
    write transaction of its own (begin, the statement, commit: 3 round trips) and is committed
    here. Driver errors become :class:`~app.errors.UserError`."""
    sql = log_event_sql(action, details)
    try:
        if conn is not None:
            conn.connection.dbapi_connection.execute_immediate(sql)
            return
        with ctx.engine.connect() as own:
            dbc = own.connection.dbapi_connection  # no SQLAlchemy transaction: commit fdb's own
            dbc.execute_immediate(sql)
            dbc.commit()
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def log_login(ctx: AppContext, details: str = "") -> bool:
    """Record a sign-in (the LOGIN event of the login history, report 116). SP_LOG_EVENT keeps at
    most one LOGIN a minute per login and refuses the rest: a refused or failed entry is not an
    error for the user (the sign-in itself succeeded), so this returns whether it was written."""
    try:
        log_event(ctx, "LOGIN", details)
    except UserError:
        return False
    return True
