"""The ``firebird+fdb`` SQLAlchemy dialect.

sqlalchemy-firebird 2.2 ships only a firebird-driver dialect, so we subclass its ``FBDialect``
for fdb (the design card's driver). Two fixes over the inherited dialect (FIREBIRD.md §3.2):

* ``is_disconnect``: the inherited one reads ``e.sqlcode``/``e.gds_codes`` which fdb exceptions do
  not have, turning every database error into ``AttributeError``. fdb puts the gdscode in ``args[2]``.
* no deprecated ``dbapi()`` classmethod, only ``import_dbapi()``.

Connections are never made from a URL: :mod:`db.engine` passes a ``creator`` that attaches with the
bundled client library and our DPB options, so ``create_connect_args`` only exists for completeness.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import registry
from sqlalchemy_firebird.base import FBCompiler, FBDialect, FBIdentifierPreparer

from db._sa_private import FixedPreparer

#: gdscodes that mean the attachment is gone (FIREBIRD.md §2.7).
DISCONNECT_CODES = frozenset(
    {
        335544726,  # net_read_err
        335544727,  # net_write_err
        335544721,  # network_error
        335544856,  # att_shutdown
        335544741,  # lost_db_connection
        335544648,  # conn_lost
        335544528,  # shutdown
    }
)

#: gdscodes an attach gives when the server cannot be reached (nothing answers, or the connection
#: is closed at once: a proxy or firewall in between, the wanproxy's ``set_down``). For an
#: attachment that was open a moment ago they mean the same as :data:`DISCONNECT_CODES`: the link
#: is down (issue #15, dropped links).
UNREACHABLE_CODES = frozenset({335544721, 335544421})


class LinkLost(ConnectionError):
    """Raised by ``db`` itself for work on an attachment already known to be gone (the read
    channel after a dropped link): the caller must reconnect (``AppContext.reconnect``)."""


def is_link_lost(exc: BaseException | None) -> bool:
    """Whether ``exc`` (an fdb error, a SQLAlchemy error wrapping one, or anything raised from
    one) means the connection to the server is gone: **the** one place that knows the codes
    (FIREBIRD.md §2.7; issue #15). Follows ``orig``, ``__cause__`` and ``__context__``."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, LinkLost):
            return True
        if getattr(exc, "connection_invalidated", False):  # SQLAlchemy saw is_disconnect()
            return True
        code = gdscode_of(exc)
        if code in DISCONNECT_CODES or code in UNREACHABLE_CODES:
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return False


def gdscode_of(exc: BaseException) -> int | None:
    """The first Firebird status code of an fdb error (or of a SQLAlchemy error wrapping one)."""
    orig = getattr(exc, "orig", exc)
    args: tuple[Any, ...] = getattr(orig, "args", ())
    if len(args) > 2 and isinstance(args[2], int):
        return args[2]
    return None


class RoutingPreparer(FBIdentifierPreparer):
    """Quotes table names as their visibility views (``CLIENTS`` → ``V_CLIENTS``) in DML only.

    Used by :class:`RoutingCompiler` (SELECT/INSERT/UPDATE/DELETE); DDL keeps the dialect's plain
    preparer, so migrations create and alter the base tables.
    """

    def __init__(self, dialect, view_of: dict[str, str]):
        super().__init__(dialect)
        self.view_of = view_of

    def quote(self, ident, force=None):
        return super().quote(self.view_of.get(ident, ident))


class RoutingCompiler(FixedPreparer, FBCompiler):
    """The statement compiler with table names routed to views (see db/visibility.py)."""

    def fixed_preparer(self):
        return self.dialect.routing_preparer


class FBDialect_fdb(FBDialect):
    name = "firebird"
    driver = "fdb"
    supports_statement_cache = True
    statement_compiler = RoutingCompiler

    def __init__(self, view_of: dict[str, str] | None = None, **kw):
        super().__init__(**kw)
        self.routing_preparer = RoutingPreparer(self, view_of or {})

    @classmethod
    def import_dbapi(cls):
        import fdb

        return fdb

    def create_connect_args(self, url):
        opts = url.translate_connect_args(username="user")
        host, port, database = opts.pop("host", None), opts.pop("port", None), opts.pop("database", "")
        if host:
            dsn = f"{host}/{port}:{database}" if port else f"{host}:{database}"
        else:
            dsn = database
        opts["dsn"] = dsn
        opts.setdefault("charset", "UTF8")
        opts.update(url.query)
        return [], opts

    def _get_server_version_info(self, connection):
        dbapi_con = connection.connection.dbapi_connection
        # fdb: engine_version is a float such as 3.0 or 5.0
        ver = str(dbapi_con.engine_version)
        major, _, minor = ver.partition(".")
        return int(major), int(minor or 0)

    def do_rollback(self, dbapi_connection):
        if dbapi_connection.main_transaction.active:
            try:
                dbapi_connection.rollback()
            except self.loaded_dbapi.Error as exc:
                if not is_link_lost(exc):
                    raise  # a lost link: the server rolled back already (issue #15)

    def do_commit(self, dbapi_connection):
        if dbapi_connection.main_transaction.active:
            dbapi_connection.commit()

    def do_close(self, dbapi_connection):
        """Closing an attachment whose link is gone fails in fdb; the server has dropped it
        already, so there is nothing to release (and SQLAlchemy would log a traceback)."""
        try:
            dbapi_connection.close()
        except self.loaded_dbapi.Error as exc:
            if not is_link_lost(exc) and "permanently closed" not in str(exc):
                raise

    def is_disconnect(self, e, connection, cursor):
        dbapi = self.loaded_dbapi
        if isinstance(e, dbapi.DatabaseError):
            return gdscode_of(e) in DISCONNECT_CODES
        return False


dialect = FBDialect_fdb
registry.register("firebird.fdb", "db.fdb_dialect", "FBDialect_fdb")
# The bare name too: SQLAlchemy loads the "firebird" dialect to check dialect options such as the
# models' ``Index(..., firebird_descending=True)``, and sqlalchemy-firebird's own "firebird" is the
# firebird-driver dialect, which imports that whole second driver (+9 MB in every process, issue #12).
registry.register("firebird", "db.fdb_dialect", "FBDialect_fdb")
