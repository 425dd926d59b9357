"""Sessions for writes and the long-lived read channel for hot lists.

* Writes: ``Session(engine)`` per user action (``app.uow``); fdb's main transaction uses the write
  TPB set in :func:`db.engine.attach` (READ COMMITTED, lock timeout).
* Reads of hot, fixed queries (list pages, lookups, card loads): :class:`ReadChannel`, one
  READ ONLY READ COMMITTED transaction on the same attachment with a cache of prepared statements,
  so a list page costs one round trip (FIREBIRD.md §2.5: fdb re-prepares every ``execute(str)``).
  The transaction is restarted every few minutes because on FB4+ it pins the oldest snapshot (§3.3).
* fdb's ``cursor.description`` (read by SQLAlchemy for every result) looks up the precision of each
  NUMERIC/DECIMAL column it has not seen yet with a metadata SELECT of its own: a query transaction
  start plus prepare, fetch and free *per column* - 11 extra round trips on the first deal save of a
  connection over a WAN (bench/README.md, wan_deals). The read channel answers those lookups from
  one map of every scaled column, read once per attachment in its own transaction
  (:meth:`ReadChannel.field_precision`).
"""
from __future__ import annotations

import atexit
import time
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db import _fdb_private
from db.engine import LinkLost, gdscode_of, is_link_lost, read_tpb
from db.visibility import route_sql

#: Every scaled integer column (NUMERIC/DECIMAL stored as SMALLINT/INTEGER/BIGINT) of the user
#: tables and views with its precision: what fdb's ``Connection._determine_field_precision`` would
#: look up one column at a time. Names are at most 31 characters (an XSQLVAR holds 31 bytes).
PRECISION_SQL = (
    "SELECT CAST(LEFT(TRIM(rf.RDB$RELATION_NAME), 31) AS VARCHAR(31)), "
    "CAST(LEFT(TRIM(rf.RDB$FIELD_NAME), 31) AS VARCHAR(31)), f.RDB$FIELD_PRECISION "
    "FROM RDB$RELATION_FIELDS rf JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = rf.RDB$FIELD_SOURCE "
    "WHERE f.RDB$FIELD_TYPE IN (7, 8, 16) AND (f.RDB$FIELD_SCALE < 0 OR f.RDB$FIELD_SUB_TYPE > 0) "
    "AND COALESCE(rf.RDB$SYSTEM_FLAG, 0) = 0"
)

#: gdscode "BLOB not found" (see :meth:`ReadChannel.query`) and how often a read is repeated for it
BLOB_NOT_FOUND = 335544382
BLOB_GONE_RETRIES = 3

#: Seconds after which the read transaction is committed and restarted (FB4+ OST pinning).
READ_TX_MAX_AGE_S = 240.0


def run_prepared_write(dbapi_connection: Any, sql: str, params: Sequence[Any] = ()) -> tuple | None:
    """Execute a hot write statement (``… RETURNING …``) in the connection's main transaction (the
    one a ``Session`` on it uses) through a prepared statement cached on the attachment, and
    return its one row (None without one).

    SQLAlchemy prepares every statement again (one round trip) and reads the row count (another):
    a client card's save was begin, prepare, execute, rowcount, commit. The statement handle
    belongs to the attachment and outlives commits (fdb closes only its open result at a commit),
    so a warm save is begin (with the first statement), execute and commit (issue #12). Base
    table names are routed to their visibility views like every other statement.
    """
    import fdb

    cache = _write_cache(dbapi_connection)
    entry = cache.get(sql)
    if entry is None:
        cur = dbapi_connection.main_transaction.cursor()
        entry = cache[sql] = (cur, cur.prep(route_sql(sql)))
    cur, ps = entry
    try:
        cur.execute(ps, list(params))
        row = cur.fetchone()
    except fdb.Error as exc:  # callers handle driver errors as SQLAlchemy raises them
        raise DBAPIError.instance(sql, list(params), exc, fdb.Error) from exc
    return tuple(row) if row is not None else None


def _write_cache(dbapi_connection: Any) -> dict[str, Any]:
    """The write statements :func:`run_prepared_write` cached on this attachment, by SQL text."""
    cache: dict[str, Any] | None = dbapi_connection.__dict__.get("_kartoteka_prepared_writes")
    if cache is None:
        cache = dbapi_connection.__dict__["_kartoteka_prepared_writes"] = {}
        _WRITE_CONNECTIONS.add(dbapi_connection)
    return cache


#: attachments with cached write statements, freed at exit if nobody closed them (fdb's own
#: finalizers would run after the client library is unloaded and print errors)
_WRITE_CONNECTIONS: weakref.WeakSet[Any] = weakref.WeakSet()


@atexit.register
def _drop_all_prepared_writes() -> None:
    for con in list(_WRITE_CONNECTIONS):
        _drop_prepared_writes(con)


def _drop_prepared_writes(dbapi_connection: Any) -> None:
    """Free the statements :func:`run_prepared_write` cached on this attachment (while the client
    library is still there: left to the garbage collector they may outlive it at exit)."""
    for cur, ps in dbapi_connection.__dict__.pop("_kartoteka_prepared_writes", {}).values():
        try:
            _fdb_private.close_statement(ps)
            cur.close()
        except Exception:  # noqa: S110 - the attachment may be gone already
            pass


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
        self._precision: dict[tuple[str, str], int | None] | None = None
        self._fdb_precision = _fdb_private.field_precision_lookup(self._con)  # fdb's own (one SELECT per column)
        #: the link broke under this channel: every later call raises LinkLost (issue #15); the
        #: owner replaces the channel (``AppContext.reconnect``)
        self.broken = False
        _fdb_private.replace_field_precision(self._con, self.field_precision)

    def field_precision(self, sqlvar: Any) -> int | None:
        """Precision of a scaled column for fdb's ``cursor.description`` (replaces fdb's
        ``Connection._determine_field_precision`` on this attachment, same contract: 0 when it
        cannot be known). The first call reads the map of all scaled columns in one statement
        (:data:`PRECISION_SQL`, 2 round trips instead of ~3 per column); a column that is not in
        it (a procedure's output, a table created since) falls back to fdb's own lookup."""
        if not sqlvar.relname_length or not sqlvar.sqlname_length:
            return 0  # an expression: fdb gives 0 too
        if self._precision is None:
            self._precision = {(r[0], r[1]): r[2] for r in self.query(PRECISION_SQL)}
        key = (bytes(sqlvar.relname[:sqlvar.relname_length]).decode("utf-8", "replace"),
               bytes(sqlvar.sqlname[:sqlvar.sqlname_length]).decode("utf-8", "replace"))
        if key in self._precision:
            return self._precision[key]
        return self._fdb_precision(sqlvar)

    def _lost(self, exc: BaseException) -> bool:
        """Whether ``exc`` broke the link: then the channel is marked broken for good."""
        if is_link_lost(exc):
            self.broken = True
        return self.broken

    def _transaction(self):
        if self.broken:
            raise LinkLost("the connection to the server was lost")
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

    def prepare_write(self, sql: str) -> bool:
        """Prepare a hot write statement for :func:`run_prepared_write` on this channel's
        attachment ahead of its first use (issue #12: the first save of a card is then begin,
        execute and commit, like every later one). The prepare runs in the read transaction (one
        round trip; none when it is cached already) and starts no write transaction; the
        statement executes in the attachment's main transaction, under the same cache key (the
        SQL text) the save uses. Returns True if it prepared something now."""
        con: Any = self._con  # fdb's Connection
        cache = _write_cache(con)
        if sql in cache:
            return False
        via = self._transaction().cursor()
        try:
            cur = con.main_transaction.cursor()
            ps = _fdb_private.prepare_for_cursor(cur, via, route_sql(sql))
        except Exception as exc:
            self._lost(exc)
            raise
        finally:
            via.close()
        self.prepares += 1
        cache[sql] = (cur, ps)
        return True

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run a cached prepared SELECT and return **all** its rows.

        Statements here must bound their own size (``FIRST n``, a primary key): reading to the end
        closes the server cursor, so the cached statement can run again.
        """
        for attempt in range(BLOB_GONE_RETRIES + 1):
            try:
                self._transaction()
                cur, ps = self._prepared(sql)
                cur.execute(ps, list(params))
                self.executions += 1
                rows = [tuple(r) for r in cur.fetchall()]
            except Exception as exc:
                if self._lost(exc):
                    raise
                # A BLOB is opened after its row is fetched; this READ ONLY READ COMMITTED
                # transaction does not hold back garbage collection, so a record another user
                # changed in between may have lost its old BLOB ("BLOB not found", issue #10).
                # Reading again sees the new version and its BLOB.
                if gdscode_of(exc) != BLOB_NOT_FOUND or attempt == BLOB_GONE_RETRIES:
                    raise
                self.restart()  # the cursor is mid-fetch: start clean
            else:
                return rows
        raise AssertionError("unreachable")

    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = 1000) -> Iterator[list[tuple]]:
        """Run a SELECT of any size on a cursor of its own (not cached) in the read transaction and
        yield its rows in lists of up to ``batch``: constant memory for an export of every row.
        Read it to the end or close the generator; no other read may run on this channel meanwhile
        (one thread at a time, as for every call here)."""
        cur = self._transaction().cursor()
        try:
            cur.execute(route_sql(sql), list(params))
            self.prepares += 1
            self.executions += 1
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    return
                yield [tuple(r) for r in rows]
        except Exception as exc:
            self._lost(exc)
            raise
        finally:
            try:
                cur.close()
            except Exception:
                if not self.broken:
                    raise

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        if self.broken:
            self.abandon()
            return
        try:
            self.restart()
            _drop_prepared_writes(self._con)
        finally:
            _fdb_private.restore_field_precision(self._con)  # back to fdb's own
            self._fairy.close()

    def abandon(self) -> None:
        """Let go of an attachment whose link is gone, without talking to the server (it dropped
        the attachment and rolled its transactions back): the pool forgets the connection, so the
        engine attaches afresh on its next use (issue #15)."""
        self.broken = True
        self._cache.clear()
        self._tr = None
        self._con.__dict__.pop("_kartoteka_prepared_writes", None)
        _fdb_private.restore_field_precision(self._con)
        try:
            self._fairy.invalidate()
        except Exception:  # noqa: S110 - a dead attachment: nothing to release
            pass
