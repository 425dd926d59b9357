"""The history of interactions: log a call, meeting, note…; read a client's history by type."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from app import validate
from app.changes import CLIENT, INTERACTION, Changes
from app.clients import HistoryItem, Saved
from app.context import AppContext
from app.errors import ValidationError, from_driver
from app.i18n import translate
from db.models import INTERACTION_KINDS, Interaction

#: results that mean the client was not reached (the interaction is an attempt, not a contact)
ATTEMPT_RESULTS = ("NO_ANSWER", "BUSY", "VOICEMAIL", "WRONG_NUMBER")
#: call outcomes that reached the client (a contact, not an attempt)
REACHED_RESULTS = ("REACHED", "INTERESTED", "CALLBACK", "NOT_INTERESTED")
RESULTS = (*REACHED_RESULTS, *ATTEMPT_RESULTS, "SENT", "HELD", "CANCELLED")


@dataclass
class InteractionDraft:
    client_id: int
    kind: str = "CALL"
    direction: str | None = "OUT"
    occurred_at: dt.datetime | None = None  #: None = now
    duration_sec: int = 0
    result: str | None = None
    subject: str | None = None
    body: str | None = None
    contact_id: int | None = None
    deal_id: int | None = None


def add_interaction(ctx: AppContext, d: InteractionDraft) -> Saved:
    """Log one interaction; the client's last contact / last attempt update in the same commit."""
    if d.kind not in INTERACTION_KINDS:
        raise ValidationError("kind", translate("app.interactions", "Choose the type of the interaction."))
    if d.direction not in (None, "IN", "OUT"):
        raise ValidationError("direction", translate("app.interactions", "Direction is incoming or outgoing."))
    if d.duration_sec < 0 or d.duration_sec > 24 * 3600:
        raise ValidationError("duration_sec", translate("app.interactions", "Duration must be between 0 and 24 hours."))
    subject = validate.optional_text(d.subject, "subject", translate("app.interactions", "Subject"), 200)
    if d.body is not None and len(d.body) > validate.MAX_NOTE_CHARS:
        raise ValidationError("body", translate("app.interactions", "The text is too long ({n} characters, at most {max}).").format(
            n=len(d.body), max=validate.MAX_NOTE_CHARS))
    validate.no_control_characters(d.body, "body", translate("app.interactions", "Text"))
    if not subject and not (d.body or "").strip() and d.kind == "NOTE":
        raise ValidationError("body", translate("app.interactions", "Write the note first."))
    try:
        with ctx.sessions.begin() as s:
            obj = Interaction(
                client_id=d.client_id, kind=d.kind, direction=d.direction if d.kind != "NOTE" else None,
                occurred_at=d.occurred_at or dt.datetime.now().replace(microsecond=0), duration_sec=d.duration_sec,
                result=d.result, is_attempt=d.result in ATTEMPT_RESULTS, subject=subject,
                body=(d.body or None), contact_id=d.contact_id, deal_id=d.deal_id, user_id=ctx.current_user_id(),
            )
            s.add(obj)
            s.flush()
            saved = Saved(obj.id, obj.version, Changes.of(INTERACTION, obj.id) | Changes.of(CLIENT, d.client_id))
    except DBAPIError as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return saved


HISTORY_SQL = """
SELECT FIRST (?) SKIP (?) i.ID, i.KIND, i.SUBJECT, i.RESULT, u.FULL_NAME, CAST(SUBSTRING(i.BODY FROM 1 FOR 200) AS VARCHAR(200)),
       i.DURATION_SEC, i.DEAL_ID, i.OCCURRED_AT, i.IS_ATTEMPT, i.CONTACT_ID
FROM INTERACTIONS i LEFT JOIN CRM_USERS u ON u.ID = i.USER_ID
WHERE i.CLIENT_ID = ? AND (CAST(? AS VARCHAR(7)) = '' OR i.KIND = CAST(? AS VARCHAR(7)))
ORDER BY i.OCCURRED_AT DESC, i.ID DESC
"""


def client_history(ctx: AppContext, client_id: int, kind: str = "", offset: int = 0, limit: int = 100) -> list[HistoryItem]:
    """A client's interactions, newest first, optionally of one kind (the card's history filter)."""
    try:
        rows = ctx.reader.query(HISTORY_SQL, (limit, offset, client_id, kind, kind))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return [HistoryItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[7], r[8], bool(r[9]), r[10]) for r in rows]


def interaction_body(ctx: AppContext, interaction_id: int) -> str | None:
    """The full text of one interaction (a BLOB: read only when the user opens it)."""
    row = ctx.reader.one("SELECT BODY FROM INTERACTIONS WHERE ID = ?", (interaction_id,))
    return row[0] if row else None
