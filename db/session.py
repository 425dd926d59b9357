"""Sessions for writes and the long-lived read channel for hot lists.

* Writes: ``Session(engine)`` per user action (``app.uow``); fdb's main transaction uses the write
  TPB set in :func:`db.engine.attach` (READ COMMITTED, lock timeout).
* Reads of hot, fixed queries (list pages, lookups, card loads): :class:`ReadChannel`, one
  READ ONLY READ COMMITTED transaction on the same attachment with a cache of prepared statements,
  so a list page costs one round trip (FIREBIRD.md §2.5: fdb re-prepares every ``execute(str)``).
  The transaction is restarted every few minutes because on FB4+ it pins the oldest snapshot (§3.3).
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import read_tpb
from db.visibility import route_sql

#: Seconds after which the read transaction is committed and restarted (FB4+ OST pinning).
READ_TX_MAX_AGE_S = 240.0


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, autoflush=False)


class ReadChannel:
    """Prepared-statement reads inside one long READ ONLY transaction. One thread at a time.

    ``executions`` and ``prepares`` count what went to the server (tests bound round trips with them).
    """

    def __init__(self, engine: Engine):
        self._fairy = engine.raw_connection()  # StaticPool: the one attachment of this engine
        self._con = self._fairy.dbapi_connection
        self._tr = None
        self._started = 0.0
        self._cache: dict[str, Any] = {}
        self.executions = 0
        self.prepares = 0

    def _transaction(self):
        now = time.monotonic()
        if self._tr is not None and now - self._started > READ_TX_MAX_AGE_S:
            self.restart()
        if self._tr is None:
            self._tr = self._con.trans(default_tpb=read_tpb())
            self._tr.begin()
            self._started = now
        return self._tr

    def restart(self) -> None:
        """End the read transaction (prepared statements go with it)."""
        self._cache.clear()
        if self._tr is not None:
            try:
                if self._tr.active:
                    self._tr.commit()
                self._tr.close()
            finally:
                self._tr = None

    def _prepared(self, sql: str):
        entry = self._cache.get(sql)
        if entry is None:
            cur = self._transaction().cursor()
            ps = cur.prep(route_sql(sql))  # read the visibility views, never base tables (issue #4)
            self.prepares += 1
            entry = self._cache[sql] = (cur, ps)
        return entry

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run a cached prepared SELECT and return **all** its rows.

        Statements here must bound their own size (``FIRST n``, a primary key): reading to the end
        closes the server cursor, so the cached statement can run again.
        """
        self._transaction()
        cur, ps = self._prepared(sql)
        cur.execute(ps, list(params))
        self.executions += 1
        return [tuple(r) for r in cur.fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        try:
            self.restart()
        finally:
            self._fairy.close()
