"""Every use of fdb's private API, in one place (issue #14). Layer: ``db``.

fdb 2.0 has no public way to do what these functions do; the rest of ``db`` calls them instead of
touching ``_``-attributes of fdb objects. Each function names the fdb internal it relies on, and
``tests/unit/test_private_apis.py`` checks those internals on the installed fdb, so a release that
changes them fails there, by name, instead of inside a save, an import or a login. setup.py caps
fdb below the next minor release for the same reason (checked with fdb 2.0.4).

What is relied on:

* ``PreparedStatement._stmt_handle`` (None once the statement is freed), ``._in_sqlda`` (the input
  XSQLDA fdb binds parameters through) and ``._close()`` (frees the server handle).
* ``Cursor._transaction`` and ``Cursor._connection``; ``Transaction._tr_handle``.
* ``Connection._isc_status`` and ``._db_handle``; ``Connection._determine_field_precision(sqlvar)``
  (what ``cursor.description`` calls per scaled column: one SELECT each), replaced per attachment.
* ``fdb.fbcore``'s module globals ``api``, ``db_api_error`` and ``exception_from_status``, looked
  up when called (never kept in a closure: fdb's finalisers run after module globals are cleared
  at interpreter exit).
* ``fdb.fbcore.PreparedStatement.__init__`` wrapped once per process (:func:`wrap_statement_init`).
* ``fdb.fbcore.PreparedStatement(sql, cursor, internal=False)`` built directly and its ``cursor``
  attribute re-pointed (:func:`prepare_for_cursor`).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

#: the fdb release these internals were checked against (tests/unit/test_private_apis.py)
CHECKED_VERSION = "2.0.4"


# --- prepared statements ---------------------------------------------------------------------------


def is_open(ps: Any) -> bool:
    """True while the prepared statement still holds its server handle."""
    return ps._stmt_handle is not None


def close_statement(ps: Any) -> None:
    """Free the statement's server handle now (fdb's ``__del__`` calls the same)."""
    ps._close()


def input_sqlda(ps: Any) -> Any:
    """The input XSQLDA fdb binds the statement's parameters through (``sqld``, ``sqlvar``)."""
    return ps._in_sqlda


def execute_with_sqlda(cursor: Any, ps: Any, status: Any, sqlda_ptr: Any) -> None:
    """``isc_dsql_execute2`` of ``ps`` with the caller's filled input XSQLDA, in ``cursor``'s
    transaction (started if needed); a Firebird error raises fdb's ``DatabaseError`` as fdb would."""
    from fdb import fbcore

    tr = cursor._transaction
    if not tr.active:
        tr.begin()
    fbcore.api.isc_dsql_execute2(
        status, tr._tr_handle, ps._stmt_handle, cursor._connection.sql_dialect, sqlda_ptr, None
    )
    if fbcore.db_api_error(status):
        raise fbcore.exception_from_status(fbcore.DatabaseError, status, "Error while executing SQL statement:")


def prepare_for_cursor(cursor: Any, via: Any, sql: str) -> Any:
    """Prepare ``sql`` (one round trip) inside ``via``'s transaction, which must be active, and
    hand the statement to ``cursor``: it then executes in ``cursor``'s transaction as if
    ``cursor.prep(sql)`` had made it. A statement handle belongs to the attachment; the transaction
    of the prepare only resolves the metadata. ``cursor.prep`` would start ``cursor``'s own
    transaction first (one more round trip, and a write transaction left open)."""
    from fdb import fbcore

    ps = fbcore.PreparedStatement(sql, via, False)
    ps.cursor = cursor
    return ps


def wrap_statement_init(after_init: Callable[[Any], None]) -> bool:
    """Call ``after_init(statement)`` at the end of every ``fdb.fbcore.PreparedStatement.__init__``
    of this process (once: later calls return False and change nothing)."""
    import fdb

    ps_class = fdb.fbcore.PreparedStatement
    if getattr(ps_class, "_kartoteka_wrapped", False):
        return False
    original_init = ps_class.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        after_init(self)

    ps_class.__init__ = __init__
    ps_class._kartoteka_wrapped = True
    return True


# --- connections -----------------------------------------------------------------------------------


def database_info_raw(fdb_method: Callable[..., Any], con: Any, request: bytes, size: int = 1024) -> bytes | None:
    """The raw reply of one ``isc_database_info`` call asking ``request`` on ``con``, or None on an
    error. ``fdb_method`` is one of fdb's own ``Connection`` functions: fdb.fbcore's globals (its
    ``api`` and ``db_api_error``) are reached through it at call time."""
    g = fdb_method.__globals__
    res = ctypes.create_string_buffer(size)
    g["api"].isc_database_info(con._isc_status, con._db_handle, len(request), request, len(res), res)
    if g["db_api_error"](con._isc_status):
        return None
    return res.raw


def field_precision_lookup(con: Any) -> Callable[[Any], int | None]:
    """fdb's own ``con._determine_field_precision`` (bound): precision of a scaled column from an
    XSQLVAR, one SELECT on the system tables per call."""
    return con._determine_field_precision


def replace_field_precision(con: Any, lookup: Callable[[Any], int | None]) -> None:
    """Make ``cursor.description`` of this attachment ask ``lookup(sqlvar)`` for a scaled column's
    precision instead of fdb's per-column SELECT."""
    con._determine_field_precision = lookup


def restore_field_precision(con: Any) -> None:
    """Undo :func:`replace_field_precision` (back to fdb's own lookup)."""
    con.__dict__.pop("_determine_field_precision", None)


def safe_event_requeue(fdb: Any) -> None:
    """Keep a dropped link from aborting the process through fdb's event thread.

    When the connection of an event listener drops, the client library calls the event callback
    once more; fdb's conduit thread then re-queues the events (``isc_que_events``), which fails on
    the dead attachment, and fdb answers that by cancelling them (``isc_cancel_events``) on the same
    dead attachment: the Firebird 5 client library aborts the whole process there (measured: the
    wanproxy cut with a second attachment busy in another thread; "Fatal Python error: Aborted" in
    ``EventBlock.close``; issue #15). Nothing was queued, so there is nothing to cancel: the block
    is marked closed and the error raised, which closes the conduit (its ``closed`` turns True)
    and lets :class:`db.events.EventListener` re-create the channel.
    """
    block_class = fdb.fbcore.EventBlock
    if getattr(block_class, "_kartoteka_safe_requeue", False):
        return
    original = block_class._EventBlock__wait_for_events

    def wait_for_events(self) -> None:
        g = original.__globals__  # fdb.fbcore's, looked up at call time (see _one_info_request)
        g["api"].isc_que_events(self._isc_status, self._db_handle, self.event_id, self.buf_length,
                                self.event_buf, self._EventBlock__callback, self.result_buf)
        if g["db_api_error"](self._isc_status):
            self._EventBlock__closed = True  # never isc_cancel_events on the dead attachment
            raise g["exception_from_status"](g["DatabaseError"], self._isc_status,
                                             "Error while waiting for events:")

    block_class._EventBlock__wait_for_events = wait_for_events
    block_class._kartoteka_safe_requeue = True
