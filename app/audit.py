"""Reading the audit trail written by triggers (db/migrations 0003): the card's audit tab."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.context import AppContext
from app.errors import from_driver

AUDIT_LIMIT = 500

CLIENT_AUDIT_SQL = f"""
SELECT FIRST {AUDIT_LIMIT} a.LOGGED_AT, a.USER_NAME, a.ACTION, a.TABLE_NAME, a.RECORD_ID, a.FIELD_NAME,
       a.OLD_VALUE, a.NEW_VALUE
FROM AUDIT_LOG a
WHERE a.CLIENT_ID = ?
ORDER BY a.LOGGED_AT DESC, a.ID DESC
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
    try:
        rows = ctx.reader.query(CLIENT_AUDIT_SQL, (client_id,))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return [AuditEntry(r[0], r[1].strip(), r[2].strip(), (r[3] or "").strip(), r[4], (r[5] or "").strip() or None,
                       r[6], r[7]) for r in rows]


def log_event(ctx: AppContext, action: str, details: str) -> None:
    """Write an export, report run or login to the audit trail (the only way for ordinary logins:
    the SP_LOG_EVENT procedure, which validates the action)."""
    try:
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("EXECUTE PROCEDURE SP_LOG_EVENT(?, ?)", (action, details[:1000]))
            conn.commit()
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
