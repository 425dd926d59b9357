"""Reference lists the card's combos offer: users, sources, tags and the client statuses.

Layer: ``app`` (pure Python, no Qt). One statement on the read channel (a UNION of three small
SELECTs): every wait costs a round trip over a WAN (ARCHITECTURE "Rules"), and the UI caches the
result until a ``ref`` change arrives on the change bus.
"""
from __future__ import annotations

from dataclasses import dataclass

from app import clients
from app.context import AppContext
from app.errors import from_driver
from db.models import CLIENT_STATUSES

#: One round trip for the three lists. Users: active ones only (a departed manager is not offered
#: as responsible; a card that still names one shows the name from the card itself). The casts
#: give the UNION one column type; ORDER BY 1, 3 sorts by kind, then name.
REFERENCE_SQL = """
SELECT 'U', u.ID, CAST(u.FULL_NAME AS VARCHAR(200)), CAST(NULL AS VARCHAR(9)) FROM CRM_USERS u
 WHERE u.IS_ACTIVE = TRUE
UNION ALL
SELECT 'S', s.ID, CAST(s.NAME AS VARCHAR(200)), CAST(NULL AS VARCHAR(9)) FROM SOURCES s WHERE s.IS_ACTIVE = TRUE
UNION ALL
SELECT 'T', t.ID, CAST(t.NAME AS VARCHAR(200)), t.COLOR FROM TAGS t
ORDER BY 1, 3
"""


@dataclass(frozen=True)
class ReferenceData:
    """What the client card's combos and tag menu offer, each list sorted by name."""

    users: list[tuple[int, str]]  #: active CRM users (id, full name)
    sources: list[tuple[int, str]]  #: active lead sources (id, name)
    tags: list[tuple[int, str, str | None]]  #: (id, name, colour "#rrggbb" or None)
    statuses: tuple[str, ...]  #: client statuses in lifecycle order (codes; the UI labels them)

    def user_name(self, user_id: int | None) -> str | None:
        return next((n for i, n in self.users if i == user_id), None)


def reference_data(ctx: AppContext, prepare_save: bool = True) -> ReferenceData:
    """Users, sources and tags in one read; raises a UserError if the database fails.

    The GUI prefetches this after the first screen for the first card; with ``prepare_save`` it
    also prepares the card's usual save then (:func:`app.clients.prepare_card_save`: one round
    trip once per connection), so the first save costs what every later one does (issue #12)."""
    try:
        rows = ctx.reader.query(REFERENCE_SQL)
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    if prepare_save:
        clients.prepare_card_save(ctx)
    users: list[tuple[int, str]] = []
    sources: list[tuple[int, str]] = []
    tags: list[tuple[int, str, str | None]] = []
    for kind, rid, name, color in rows:
        if kind == "U":
            users.append((rid, name))
        elif kind == "S":
            sources.append((rid, name))
        else:
            tags.append((rid, name, color.strip() if color else None))
    return ReferenceData(users, sources, tags, tuple(CLIENT_STATUSES))
