"""Client use cases: the client list (more in issue #3: card, save, search, duplicates).

``ClientRow`` is what the list shows; pages come from ``db.queries.client_list`` through the read
channel, one round trip per page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.context import AppContext
from app.errors import from_driver
from db.queries import client_list
from db.queries.client_list import PageKey


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    kind: str
    status: str
    responsible: str | None
    city: str | None
    phone: str | None
    email: str | None
    last_contact_at: dt.datetime | None
    next_step_at: dt.datetime | None
    next_step: str | None
    tags: str | None
    open_deals_amount: Decimal | None


@dataclass(frozen=True)
class ClientPage:
    rows: list[ClientRow]
    next_key: PageKey | None  #: None when this was the last page


def list_clients_page(ctx: AppContext, after: PageKey | None = None) -> ClientPage:
    """One page of the client list (``client_list.PAGE_SIZE`` rows) in name order."""
    try:
        raw, next_key = client_list.page(ctx.reader, after)
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return ClientPage([ClientRow(*r[:-1]) for r in raw], next_key)
