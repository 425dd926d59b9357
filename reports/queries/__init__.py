"""Shared query helpers for report definitions. Layer: ``reports`` (reads only, through the views).

``fetch`` runs hand-written SQL with its table names routed to the visibility views
(:func:`db.visibility.route_sql`), so a ``rows=`` query function obeys the same record visibility
as the screens; Core statements are routed by the dialect anyway.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import text

from db.visibility import route_sql


def fetch(conn: Any, sql: str, **params: Any) -> Iterator[Mapping[str, Any]]:
    """Rows of ``sql`` (named ``:params``) as mappings keyed by the SELECT's aliases, lower-cased."""
    result = conn.execute(text(route_sql(sql)), params)
    keys = [k.lower() for k in result.keys()]
    while True:
        chunk = result.fetchmany(500)
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(keys, row, strict=True))
