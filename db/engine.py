"""Connection targets, attaching with the right DPB, SQLAlchemy engines and the embedded guard.

Layer: ``db`` (no imports of ours above it, no Qt).

A *target* is what the user types after ``--db``: a file path (embedded engine) or a Firebird DSN
in its own form ``host/port:path-or-alias`` (server). A :class:`ConnectSpec` adds credentials, the
role and the wire mode:

* ``embedded`` - no options, no password (the embedded engine trusts the user name);
* ``lan``      - ``WireCrypt=Required`` and ``AuthClient=Srp256``, no compression;
* ``wan``      - the same plus ``WireCompression=true`` (FIREBIRD.md §2.6: 3.9-4.9x fewer bytes).

The options travel in ``isc_dpb_config`` through fdb's ``HOOK_DATABASE_ATTACH_REQUEST``; the hook
is process-global in fdb, so the config for the attach in progress is passed through a
thread-local.
"""
from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, TextIO

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from db import _fdb_private, fbclient
from db.fdb_dialect import LinkLost, gdscode_of, is_link_lost  # noqa: F401  (re-exported for callers)

Wire = Literal["embedded", "lan", "wan"]

#: Page size for new databases: 16 KiB (FIREBIRD.md §1 measurements used it; good for index depth).
PAGE_SIZE = 16384
#: Seconds an attach waits for a server that does not answer (Firebird's default: 180).
CONNECT_TIMEOUT_S = 15
#: Seconds a writer waits for a locked row before giving up (never fdb's infinite WAIT; §3.1).
LOCK_TIMEOUT_S = 5

#: host[/port]:database - host is a name, an IPv4 address or a bracketed IPv6 address (never one
#: letter, so ``C:\data\crm.fdb`` stays a file).
_DSN_RE = re.compile(r"^(?P<host>\[[^\]]+\]|[^/:\\\[\]]{2,})(?:/(?P<port>\d+))?:(?P<db>.+)$")
#: the same shape with anything between ``/`` and ``:``: ``127.0.0.1/abc:/x`` is a server DSN with
#: a bad port, not a relative file path (issue #10)
_LOOSE_DSN_RE = re.compile(r"^(?P<host>\[[^\]]+\]|[^/:\\\[\]]{2,})/(?P<port>[^/:\\]*):(?P<db>.*)$")


class TargetError(ValueError):
    """``--db`` text that is neither a file path nor a well-formed ``host/port:database``.
    ``reason`` is one of ``empty``, ``port``, ``database``."""

    def __init__(self, reason: str, text: str):
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class Target:
    """Where the database is: an embedded file or a server DSN."""

    kind: Literal["embedded", "server"]
    database: str  #: file path (embedded) or the server-side path or alias
    host: str | None = None
    port: int | None = None

    @classmethod
    def parse(cls, text: str) -> Target:
        """Parse ``--db`` text. ``C:\\x.fdb`` and ``/x.fdb`` are files; ``host/port:db`` is a server.

        >>> Target.parse("127.0.0.1/3050:/var/lib/firebird/data/crm.fdb").port
        3050
        >>> Target.parse("crm.fdb").kind
        'embedded'
        """
        text = (text or "").strip()
        if not text:
            raise TargetError("empty", text)
        m = _DSN_RE.match(text)
        if m:
            port = int(m.group("port")) if m.group("port") else None
            if port is not None and not 0 < port < 65536:
                raise TargetError("port", text)
            if not m.group("db").strip():
                raise TargetError("database", text)
            return cls("server", m.group("db"), m.group("host"), port)
        m = _LOOSE_DSN_RE.match(text)
        if m:
            raise TargetError("port" if m.group("db").strip() else "database", text)
        if "\0" in text:
            raise TargetError("database", text)
        return cls("embedded", str(Path(text).expanduser().resolve()))

    @property
    def dsn(self) -> str:
        """The string fdb attaches to."""
        if self.kind == "embedded":
            return self.database
        if self.port:
            return f"{self.host}/{self.port}:{self.database}"
        return f"{self.host}:{self.database}"

    def __str__(self) -> str:
        return self.dsn


@dataclass(frozen=True)
class ConnectSpec:
    """Everything needed to attach. The password is never persisted by ``db``."""

    target: Target
    user: str = "SYSDBA"
    password: str | None = field(default=None, repr=False)
    role: str | None = None
    wire: Wire = "lan"

    def __post_init__(self):
        if self.target.kind == "embedded" and self.wire != "embedded":
            object.__setattr__(self, "wire", "embedded")
        elif self.target.kind == "server" and self.wire == "embedded":
            object.__setattr__(self, "wire", "lan")

    def with_role(self, role: str | None) -> ConnectSpec:
        return replace(self, role=role)

    def dpb_config(self) -> str | None:
        """The ``isc_dpb_config`` text for this wire mode (None for embedded)."""
        if self.wire == "embedded":
            return None
        # ConnectionTimeout: a reconnect after a dropped link (issue #15) must not hang for the
        # default 180 s when the server's machine does not answer at all
        lines = ["WireCrypt=Required", "AuthClient=Srp256, Srp", f"ConnectionTimeout={CONNECT_TIMEOUT_S}"]
        if self.wire == "wan":
            lines.append("WireCompression=true")
        return "\n".join(lines)


_attach_cfg = threading.local()
_hook_installed = False
_hook_lock = threading.Lock()


#: isc_dpb_set_bind (FB4+): fdb cannot decode INT128/DECFLOAT/time zones, and on FB4+ a plain
#: ``SUM(NUMERIC(18,2))`` returns NUMERIC(38,2) = INT128 ("Incorrect values within SQLDA … empty
#: pointer to data" at fetch; seen on the FB5 embedded engine). The FB3 server ignores the tag.
ISC_DPB_SET_BIND = 93
SET_BIND = "int128 to legacy; decfloat to legacy; time zone to legacy"


def _dpb_hook(dsn, dpb):
    from fdb import ibase

    cfg = getattr(_attach_cfg, "config", None)
    if cfg:
        dpb.add_string_parameter(ibase.isc_dpb_config, cfg)
    dpb.add_string_parameter(ISC_DPB_SET_BIND, SET_BIND)
    return None


def _ensure_hook() -> None:
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            import fdb

            fdb.add_hook(fdb.HOOK_DATABASE_ATTACH_REQUEST, _dpb_hook)
            _hook_installed = True


def write_tpb():
    """READ COMMITTED rec_version, WRITE, WAIT with a lock timeout (FIREBIRD.md §3.3)."""
    import fdb

    tpb = fdb.TPB()
    tpb.access_mode = fdb.isc_tpb_write
    tpb.isolation_level = (fdb.isc_tpb_read_committed, fdb.isc_tpb_rec_version)
    tpb.lock_resolution = fdb.isc_tpb_wait
    tpb.lock_timeout = LOCK_TIMEOUT_S
    return tpb.render()


def read_tpb():
    """READ ONLY READ COMMITTED rec_version: holds back no garbage collection on FB3 (§3.3)."""
    import fdb

    tpb = fdb.TPB()
    tpb.access_mode = fdb.isc_tpb_read
    tpb.isolation_level = (fdb.isc_tpb_read_committed, fdb.isc_tpb_rec_version)
    return tpb.render()


def snapshot_tpb(write: bool = False):
    """SNAPSHOT (concurrency): one consistent view for a whole report, so its rows and totals agree
    while others write. Used for short report runs only (it pins the OST while open). READ ONLY
    unless ``write``: a report run writes its own audit entry in the same transaction (no
    transaction of its own: 3 round trips fewer over a WAN); then WAIT with the lock timeout."""
    import fdb

    tpb = fdb.TPB()
    tpb.isolation_level = fdb.isc_tpb_concurrency
    if write:
        tpb.access_mode = fdb.isc_tpb_write
        tpb.lock_resolution = fdb.isc_tpb_wait
        tpb.lock_timeout = LOCK_TIMEOUT_S
    else:
        tpb.access_mode = fdb.isc_tpb_read
    return tpb.render()


_INFO_PATCHED = False


def _one_info_request() -> None:
    """Make fdb's Connection ask the server version and page size in one ``isc_database_info``.

    fdb's ``Connection.__init__`` asks for the engine version and then for the page size: two
    requests, one round trip each on a server (issue #12: login to first rows). The first of them
    now asks for both items; the second is answered from that reply (the bytes fdb would get).
    A patch of fdb's method that captures no module object: a Connection subclass, or a closure
    holding ``fdb.fbcore``, made fdb's statement finalizers run after its globals were cleared at
    interpreter exit ("Exception ignored … 'NoneType' object is not callable" after the GUI tests)."""
    global _INFO_PATCHED
    if _INFO_PATCHED:
        return
    import fdb

    fdb.Connection.database_info = _database_info_of(fdb.Connection.database_info,
                                                     (fdb.isc_info_firebird_version, fdb.isc_info_page_size))
    _INFO_PATCHED = True


def _database_info_of(original, both: tuple[int, ...]):
    """fdb's ``Connection.database_info`` answering ``both`` items from one request (see
    :func:`_one_info_request`); fdb's module globals are looked up at call time."""

    def _both_items(con) -> dict[int, bytes]:
        raw = _fdb_private.database_info_raw(original, con, bytes(both))
        if raw is None:
            return {}  # fdb's own requests (and its error report) take over
        out, pos = {}, 0
        while pos + 3 <= len(raw) and raw[pos] in both:
            size = int.from_bytes(raw[pos + 1:pos + 3], "little")
            out[raw[pos]] = raw[pos + 3:pos + 3 + size]
            pos += 3 + size
        return out

    def database_info(self, info_code, result_type, page_number=None):
        cached = self.__dict__.get("_kartoteka_info")
        if cached is None and info_code in both and page_number is None:
            cached = self.__dict__["_kartoteka_info"] = _both_items(self)
        if cached and info_code in cached and str(result_type).upper() in ("B", "I"):
            payload = cached.pop(info_code)
            return int.from_bytes(payload, "little", signed=True) if str(result_type).upper() == "I" else payload
        return original(self, info_code, result_type, page_number)

    return database_info


def attach(spec: ConnectSpec):
    """Open one fdb attachment for ``spec`` (raises fdb errors; see :func:`classify_error`)."""
    fbclient.load()
    _ensure_hook()
    import fdb

    _one_info_request()
    _attach_cfg.config = spec.dpb_config()
    try:
        con = fdb.connect(
            dsn=spec.target.dsn,
            user=spec.user,
            password=spec.password or ("" if spec.wire == "embedded" else None),
            role=spec.role,
            charset="UTF8",
            utf8params=True,
        )
    finally:
        _attach_cfg.config = None
    con.default_tpb = write_tpb()
    con.main_transaction.default_tpb = con.default_tpb
    return con


def create_database(spec: ConnectSpec) -> None:
    """Create an empty UTF8 database at ``spec.target`` (the file or server path must not exist)."""
    fbclient.load()
    _ensure_hook()
    import fdb

    if spec.target.kind == "embedded":
        Path(spec.target.database).parent.mkdir(parents=True, exist_ok=True)
    pw = spec.password or ""
    sql = (
        f"CREATE DATABASE '{_q(spec.target.dsn)}' USER '{_q(spec.user)}' PASSWORD '{_q(pw)}' "
        f"PAGE_SIZE {PAGE_SIZE} DEFAULT CHARACTER SET UTF8"
    )
    _attach_cfg.config = spec.dpb_config()
    try:
        con = fdb.create_database(sql=sql, charset="UTF8")
    finally:
        _attach_cfg.config = None
    con.close()


def drop_database(spec: ConnectSpec) -> None:
    """Drop the database (tests and ``init --force``)."""
    con = attach(spec)
    con.drop_database()


def _q(s: str) -> str:
    return s.replace("'", "''")


def make_engine(spec: ConnectSpec, *, echo: bool = False) -> Engine:
    """A SQLAlchemy engine over **one** attachment (StaticPool).

    One attachment per client process for its whole life (FIREBIRD.md §2.7): connect costs 6 round
    trips with SRP + encryption. The owner must use the engine from one thread at a time (the GUI's
    worker thread, the CLI's main thread); event listening uses its own attachment.
    """
    import db.fdb_dialect  # noqa: F401  (registers firebird+fdb)
    from db.visibility import VIEW_OF

    fbclient.load()
    return create_engine(
        "firebird+fdb://",
        creator=lambda: attach(spec),
        poolclass=StaticPool,
        echo=echo,
        view_of=VIEW_OF,  # DML goes through the visibility views (issue #4)
    )


class EmbeddedLockError(RuntimeError):
    """Another process holds the embedded database file."""


class EmbeddedGuard:
    """Single-instance guard for an embedded file: only one process may open it (FIREBIRD.md §5).

    A lock file beside the database (in the user's data folder, never beside the program) held with
    an OS file lock, so a crashed process leaves no stale lock behind.
    """

    def __init__(self, db_path: str):
        self.path = Path(db_path).with_suffix(Path(db_path).suffix + ".lock")
        self._fh: TextIO | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise EmbeddedLockError(str(self.path)) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


# Error classification: ``db`` knows the codes, ``app.errors`` turns them into user messages.
ERR_AUTH = "auth"
ERR_UNREACHABLE = "unreachable"
ERR_NO_DATABASE = "no_database"
ERR_NOT_DATABASE = "not_database"  #: the file exists but is no Firebird database (or is damaged)
ERR_NO_ACCESS = "no_access"  #: the engine may not read/write the file (permissions)
ERR_LOCKED = "locked"
ERR_WIRE = "wire"
ERR_CONFLICT = "conflict"
ERR_PERMISSION = "permission"
ERR_DENIED = "denied"  #: a visibility/rights rule of ours (EX_DENIED) refused the change
ERR_DISCONNECT = "disconnect"
ERR_OTHER = "other"

_CODES = {
    335544472: ERR_AUTH,  # login: Your user name and password are not defined
    335545106: ERR_AUTH,  # login_error: Error occurred during login
    335544721: ERR_UNREACHABLE,  # network_error: Unable to complete network request to host
    335545064: ERR_WIRE,  # wirecrypt_incompatible
    335544336: ERR_CONFLICT,  # deadlock / update conflicts
    # "BLOB not found": the record version whose BLOB id a READ ONLY READ COMMITTED statement
    # fetched was replaced by another user's commit and garbage-collected before the BLOB was
    # opened (such a transaction holds back no garbage collection, FIREBIRD.md §3.3; measured on
    # FB3: stream the id, update + commit elsewhere, sweep -> 335544382). The record changed
    # under the reader: a conflict, not a database failure (issue #10).
    335544382: ERR_CONFLICT,
    335544345: ERR_CONFLICT,  # lock_conflict
    335544352: ERR_PERMISSION,  # no_priv
    335544726: ERR_DISCONNECT,
    335544727: ERR_DISCONNECT,
    335544856: ERR_DISCONNECT,
    335544741: ERR_DISCONNECT,
    335544648: ERR_DISCONNECT,
}


def classify_error(exc: BaseException) -> str:
    """Map a driver error to one of the ``ERR_*`` kinds."""
    if isinstance(getattr(exc, "orig", exc), LinkLost):
        return ERR_DISCONNECT
    code = gdscode_of(exc)
    text = str(getattr(exc, "orig", exc))
    if code == 335544344:  # io_error
        if "lock" in text and ("already opened" in text or "incompatible" in text):
            return ERR_LOCKED
        if "Permission denied" in text:
            return ERR_NO_ACCESS
        if "less than expected" in text or "Is a directory" in text or '"read" operation' in text:
            return ERR_NOT_DATABASE  # a short or empty file, a folder (issue #10)
        return ERR_NO_DATABASE
    if code in (335544323, 335544379):  # bad_db_format, wrong_ods: a file that is no database for us
        return ERR_NOT_DATABASE
    if code in (335544734, 335545004):
        return ERR_NO_DATABASE
    if "Incompatible wire encryption" in text:
        return ERR_WIRE
    if code == 335544517 and "EX_DENIED" in text:  # a user exception raised by our guard triggers
        return ERR_DENIED
    return _CODES.get(code, ERR_OTHER) if code is not None else ERR_OTHER
