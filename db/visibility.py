"""Which views the application reads and writes instead of base tables (issue #4).

Since revision 0004 every table of the CRM has a view ``V_<TABLE>`` that applies the record
visibility of ``CURRENT_USER`` (db/sql/functions); ordinary roles have rights on the views only.
The app's SQLAlchemy DML is routed to the views by the dialect's statement compiler
(:class:`db.fdb_dialect.RoutingPreparer`), and raw read-channel SQL names the views itself, so what
a screen shows is exactly what ``isql`` shows under the same login. DDL is never routed.
"""
from __future__ import annotations

import re

from db.models import metadata

#: base table -> the view the application uses for it
VIEW_OF: dict[str, str] = {name: f"V_{name}" for name in metadata.tables}


_TABLE_REF = re.compile(r'\b(FROM|JOIN|INTO|UPDATE)(\s+)"?(' + "|".join(sorted(VIEW_OF, key=len, reverse=True)) + r')"?(?=[\s(,;)]|$)',
                        re.IGNORECASE)


def route_sql(sql: str) -> str:
    """Hand-written SQL with base table names rewritten to their views (``FROM CLIENTS c`` →
    ``FROM V_CLIENTS c``). Used by the read channel and the bulk loader, so raw SQL obeys the same
    visibility as the ORM's routed statements. Table names only count after FROM/JOIN/INTO/UPDATE.
    """
    return _TABLE_REF.sub(lambda m: f"{m.group(1)}{m.group(2)}{VIEW_OF[m.group(3).upper()]}", sql)
