"""AppContext: one open database for one user, shared by the GUI and the CLI.

Holds the SQLAlchemy engine (one attachment), the read channel for hot lists, the embedded
single-instance guard and what the status bar shows. Opening checks the schema revision and refuses
a database this program does not understand (``SchemaMismatch``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace

from sqlalchemy import text

# The engine's root (and so its firebird.log) in the user's data folder, never beside the program
# (read-only for users on a terminal server); see db.fbclient.use_state_dir.
from app import config as _config  # noqa: E402
from app.errors import (
    BadTarget,
    ConnectionFailed,
    IncompleteDatabase,
    SchemaMismatch,
    UserError,
    connection_message,
    from_driver,
)
from app.i18n import translate
from db import engine as dbe
from db import fbclient as _fbclient  # noqa: E402
from db import info as dbinfo
from db import migrate
from db.session import ReadChannel, session_factory

_fbclient.use_state_dir(_config.data_dir() / "firebird")


@dataclass(frozen=True)
class ConnectionInfo:
    """What the status bar shows about the connection."""

    mode: str  #: embedded | lan | wan
    target: str  #: the file path or the server DSN
    user: str
    role: str | None
    engine_version: str
    schema_revision: str | None
    wire_encrypted: bool
    wire_compressed: bool
    #: the wire encryption plugin (ChaCha64, ChaCha, Arc4) of a server connection, None otherwise
    wire_cipher: str | None = None

    def describe(self) -> str:
        if self.mode == "embedded":
            where = translate("app.context", "Embedded file {path}").format(path=self.target)
        else:
            where = translate("app.context", "Server {dsn}").format(dsn=self.target)
        extras = []
        if self.wire_encrypted and self.wire_cipher:
            extras.append(translate("app.context", "encrypted: {cipher}").format(cipher=self.wire_cipher))
        elif self.wire_encrypted:
            extras.append(translate("app.context", "encrypted"))
        if self.wire_compressed:
            extras.append(translate("app.context", "compressed"))
        tail = f" ({', '.join(extras)})" if extras else ""
        return translate("app.context", "{where} · user {user} · Firebird {version}{tail}").format(
            where=where, user=self.user, version=self.engine_version, tail=tail
        )


def spec_from(target: str, user: str | None = None, password: str | None = None, role: str | None = None,
              wan: bool = False) -> dbe.ConnectSpec:
    """Build a ConnectSpec from CLI/GUI input; credentials default to KARTOTEKA_USER/PASSWORD."""
    try:
        t = dbe.Target.parse(target)
    except dbe.TargetError as exc:
        raise BadTarget(exc.reason, exc.text) from None
    user = user or os.environ.get("KARTOTEKA_USER") or "SYSDBA"
    if password is None:
        password = os.environ.get("KARTOTEKA_PASSWORD")
    wire: dbe.Wire = "embedded" if t.kind == "embedded" else ("wan" if wan else "lan")
    return dbe.ConnectSpec(t, user=user.upper(), password=password, role=role, wire=wire)


#: Seconds the diagnosis of an unreachable server waits for a TCP answer.
PROBE_TIMEOUT_S = 3.0


def diagnose_unreachable(target: dbe.Target) -> str:
    """Plain words for "the server does not answer": an unknown host name, nothing listening on
    the port (server stopped, or the wrong port), or no answer at all (machine off, firewall)."""
    import socket

    host = (target.host or "localhost").strip("[]")
    port = target.port or 3050
    where = f"{host}/{port}"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return translate("app.context", "The server name {host} is unknown: check the spelling, or use its IP "
                                        "address.").format(host=host)
    try:
        family, kind, proto, _, addr = infos[0]
        with socket.socket(family, kind, proto) as s:
            s.settimeout(PROBE_TIMEOUT_S)
            s.connect(addr)
    except ConnectionRefusedError:
        return translate("app.context", "The Firebird server at {where} does not answer: nothing listens on port "
                                        "{port} (the server is not running there, or the port is wrong).").format(
            where=where, port=port)
    except TimeoutError:
        return translate("app.context", "{where} does not answer at all: the computer is off, the address is wrong, "
                                        "or a firewall blocks port {port}.").format(where=where, port=port)
    except OSError:
        return translate("app.context", "{where} cannot be reached from this computer (no network route).").format(
            where=where)
    return translate("app.context", "Port {port} of {host} is open, but Firebird did not answer there: is it the "
                                    "Firebird port?").format(port=port, host=host)


class AppContext:
    """An open database. Use from one thread at a time (the GUI's worker, the CLI's main thread)."""

    def __init__(self, spec: dbe.ConnectSpec, *, check_schema: bool = True, guard: bool = True):
        self.spec = spec
        self.guard: dbe.EmbeddedGuard | None = None
        self.engine = None
        self._reader: ReadChannel | None = None
        from app.link import LinkState

        #: the state of the link to the server (issue #15; see app/link.py)
        self.link = LinkState(server=spec.target.kind == "server")
        target = str(spec.target)
        if spec.target.kind == "embedded" and guard:
            self.guard = dbe.EmbeddedGuard(spec.target.database)
            try:
                self.guard.acquire()
            except dbe.EmbeddedLockError:
                raise ConnectionFailed(dbe.ERR_LOCKED, connection_message(dbe.ERR_LOCKED, target)) from None
        try:
            self.engine = dbe.make_engine(spec)
            facts = dbinfo.connect_facts(self.reader)  # attach + one statement (bench/README.md)
            role = facts["account_role"]
            if role and facts["role"] != role and facts["user"] != "SYSDBA":
                # FB3 activates a role only when it is passed at connect (FIREBIRD.md §4.2), and a
                # role the login no longer has silently gives NONE: reattach with the role of this
                # login's CRM account. The GUI's profiles remember it, so next time it is one attach.
                self._reader.close()
                self._reader = None
                self.engine.dispose()
                self.spec = spec = spec.with_role(role)
                self.engine = dbe.make_engine(spec)
                facts = dbinfo.connect_facts(self.reader)
        except UserError:
            self.close()
            raise
        except Exception as exc:
            self.close()
            err = from_driver(exc, target)
            if isinstance(err, ConnectionFailed) and err.kind == dbe.ERR_UNREACHABLE and spec.target.kind == "server":
                err = ConnectionFailed(err.kind, diagnose_unreachable(spec.target), err.details)
            raise err from exc
        from app.validate import guard_text_parameters

        guard_text_parameters(self.engine)  # no control character reaches a text column (issue #10)
        self.sessions = session_factory(self.engine)
        rev = facts["revision"]
        self.info = ConnectionInfo(
            mode=spec.wire,
            target=target,
            user=facts["user"] or spec.user,
            role=facts["role"] if facts["role"] not in (None, "NONE") else None,
            engine_version=str(facts["engine_version"]),
            schema_revision=rev,
            wire_encrypted=bool(facts["wire_encrypted"]),
            wire_compressed=bool(facts["wire_compressed"]),
            wire_cipher=self._wire_cipher(spec, facts),
        )
        if check_schema:
            try:
                check_revision(rev)
            except SchemaMismatch:
                incomplete = self._init_interrupted()
                self.close()
                if incomplete:
                    raise IncompleteDatabase(target) from None
                raise

    def _init_interrupted(self) -> bool:
        """Whether this database's ``init`` never finished (asked only when the schema is off)."""
        try:
            with self.engine.connect() as conn:
                marked = dbinfo.init_marked(conn)
                conn.rollback()
            return marked
        except Exception:
            return False

    def _wire_cipher(self, spec: dbe.ConnectSpec, facts: dict) -> str | None:
        """FB3 has only Arc4 (no statement needed); FB4+ names its plugin in MON$ATTACHMENTS (one
        statement, server connections only)."""
        if spec.target.kind != "server" or not facts["wire_encrypted"]:
            return None
        if str(facts["engine_version"]).startswith("3."):
            return "Arc4"
        try:
            row = self.reader.one("SELECT mon$wire_crypt_plugin FROM mon$attachments "
                                  "WHERE mon$attachment_id = CURRENT_CONNECTION")
            return (row[0] or "").strip() or None if row else None
        except Exception:
            return None

    @property
    def reader(self) -> ReadChannel:
        """The long-lived read channel (created on first use)."""
        if self._reader is None:
            self._reader = ReadChannel(self.engine)
        return self._reader

    def reconnect(self) -> None:
        """Replace a lost attachment with a new one (same spec, role and wire options), in place:
        every holder of this context keeps using it. The read channel and the write path share
        the one attachment (StaticPool), so both move. Raises the driver error if the server is
        still unreachable (callers map it: app.link.reconnect). Issue #15."""
        old, self._reader = self._reader, None
        if old is not None:
            old.abandon()
        try:
            self.engine.dispose()
        except Exception:  # noqa: S110 - the old attachment is gone with the link
            pass
        self.reader.one("SELECT 1 FROM RDB$DATABASE")  # attach now: fail here, not in the next job

    def current_user_id(self) -> int | None:
        """CRM_USERS.ID of the connected login (cached; None if the login has no CRM user row)."""
        if not hasattr(self, "_user_id"):
            row = self.reader.one("SELECT ID FROM CRM_USERS WHERE LOGIN = CURRENT_USER")
            self._user_id = row[0] if row else None
        return self._user_id

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1 FROM rdb$database"))
            conn.rollback()

    def close(self) -> None:
        """Release everything; a connection that is already dead (server restart, Ctrl+C inside
        the engine) is not an error here: there is nothing left to release on the server."""
        try:
            if self._reader is not None:
                reader, self._reader = self._reader, None
                try:
                    reader.close()
                except Exception:
                    pass
            if self.engine is not None:
                try:
                    self.engine.dispose()
                except Exception:
                    pass
        finally:
            if self.guard is not None:
                self.guard.release()
                self.guard = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def check_revision(rev: str | None) -> None:
    """Raise SchemaMismatch unless ``rev`` is exactly this program's head revision."""
    head = migrate.head_revision()
    if rev == head:
        return
    newer = rev is not None and rev not in migrate.known_revisions()
    raise SchemaMismatch(rev, head, newer)


def verify_password(ctx: AppContext, password: str) -> bool:
    """Whether ``password`` is the connected login's password (the GUI's idle lock asks this).

    Server: attaches once more with the same DSN, user, role and wire options but ``password``,
    then detaches; the open context is not touched (its transactions and attachment stay as they
    are). A rejected login is ``False``; any other failure (server gone, network) raises a
    :class:`UserError`. Firebird 3 counts a wrong answer here like a failed login (every 4th one of
    a name is delayed by 8 s, FIREBIRD.md §4.1), so callers should say "please wait" after three.
    Embedded: always ``True`` — the embedded engine has no passwords, so there is nothing to check.
    """
    spec = ctx.spec
    if spec.target.kind == "embedded":
        return True
    if not password:
        return False
    try:
        con = dbe.attach(replace(spec, password=password))
    except Exception as exc:
        if dbe.classify_error(exc) == dbe.ERR_AUTH:
            return False
        raise from_driver(exc, str(spec.target)) from exc
    try:
        con.close()
    except Exception:  # the check already succeeded; a failing detach changes nothing for the caller
        pass
    return True
