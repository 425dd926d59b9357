"""Errors a user may see. Every message is complete, translated and free of driver jargon.

The UI shows ``str(error)`` (and ``error.details`` on request); the CLI prints it on one line.
Driver exceptions never leave ``app``: :func:`from_driver` maps them here.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate
from db import engine as dbe


class UserError(Exception):
    """Base of all errors meant for the user. ``details`` holds technical text for support."""

    exit_code = 1

    def __init__(self, message: str, details: str | None = None):
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A field value is not acceptable; ``field`` names the field for the form to highlight."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass
class ConflictInfo:
    changed_by: str | None
    changed_at: object | None
    fields: tuple[str, ...] = ()


class ConflictError(UserError):
    """Someone else saved the record after this user opened it (optimistic locking)."""

    def __init__(self, info: ConflictInfo, message: str | None = None):
        super().__init__(
            message
            or translate("app.errors", "This record was changed by {user} at {when} after you opened it.").format(
                user=info.changed_by or translate("app.errors", "another user"), when=info.changed_at or "?"
            )
        )
        self.info = info


class NotAllowed(UserError):
    exit_code = 3


#: ``ConnectionFailed.kind`` values, re-exported so ``ui`` can tell them apart without importing db
ERR_AUTH, ERR_UNREACHABLE, ERR_NO_DATABASE, ERR_LOCKED, ERR_WIRE = (
    dbe.ERR_AUTH, dbe.ERR_UNREACHABLE, dbe.ERR_NO_DATABASE, dbe.ERR_LOCKED, dbe.ERR_WIRE)


class ConnectionFailed(UserError):
    """The database could not be reached or opened. ``kind`` is one of the ``ERR_*`` above."""

    exit_code = 2

    def __init__(self, kind: str, message: str, details: str | None = None):
        super().__init__(message, details)
        self.kind = kind


class ConnectionLost(ConnectionFailed):
    pass


class BadTarget(UserError, ValueError):
    """The database address (``--db``, a profile's target) is malformed: exit code 64 (bad usage).
    Also a ``ValueError``, which is what the GUI's profile checks catch."""

    exit_code = 64

    def __init__(self, reason: str, text: str):
        if reason == "empty":
            msg = translate("app.errors", "The database address is empty: give a file path or a server address "
                                          "like host/port:database.")
        elif reason == "port":
            msg = translate("app.errors", "\u201c{text}\u201d is not a valid server address: the port must be a "
                                          "number from 1 to 65535 (host/port:database).").format(text=text)
        else:
            msg = translate("app.errors", "\u201c{text}\u201d is not a valid database address: the database path "
                                          "or alias is missing or contains a NUL character.").format(text=text)
        super().__init__(msg)
        self.reason = reason


class SchemaMismatch(UserError):
    """The database's schema revision is not the one this program understands."""

    exit_code = 4

    def __init__(self, db_rev: str | None, app_rev: str, newer: bool):
        if db_rev is None:
            msg = translate(
                "app.errors",
                "The database has no Kartoteka schema yet. An administrator can create it with 'kartoteka migrate'.",
            )
        elif newer:
            msg = translate(
                "app.errors",
                "The database was upgraded by a newer Kartoteka (schema {db}); this program understands {app}. "
                "Please install the newer version.",
            ).format(db=db_rev, app=app_rev)
        else:
            msg = translate(
                "app.errors",
                "The database schema ({db}) is older than this program needs ({app}). "
                "An administrator can upgrade it with 'kartoteka migrate'.",
            ).format(db=db_rev, app=app_rev)
        super().__init__(msg)
        self.db_rev, self.app_rev, self.newer = db_rev, app_rev, newer


class IncompleteDatabase(UserError):
    """The database's ``init`` was interrupted: it has part of the schema and no reference data."""

    exit_code = 4

    def __init__(self, target: str):
        super().__init__(translate(
            "app.errors",
            "The database {target} is incomplete: its creation ('kartoteka init') was interrupted. Run "
            "'kartoteka init' on it again to start over (it holds no data yet).").format(target=target))


def connection_message(kind: str, target: str) -> str:
    """The user-facing sentence for a connection failure of ``kind`` (documented in the README)."""
    messages = {
        dbe.ERR_AUTH: translate("app.errors", "Wrong user name or password for {target}."),
        dbe.ERR_UNREACHABLE: translate(
            "app.errors",
            "The Firebird server at {target} does not answer. Check that it is running and that the "
            "host and port are right.",
        ),
        dbe.ERR_NO_DATABASE: translate(
            "app.errors", "There is no database at {target}. Check the path or alias (the server's databases.conf)."
        ),
        dbe.ERR_NOT_DATABASE: translate(
            "app.errors", "{target} is not a Kartoteka database: the file exists but is not a Firebird "
                          "database (or it is damaged).",
        ),
        dbe.ERR_NO_ACCESS: translate(
            "app.errors", "The database file {target} cannot be opened: permission denied (check the file's "
                          "owner and rights).",
        ),
        dbe.ERR_LOCKED: translate(
            "app.errors",
            "The database {target} is already open in another Kartoteka window or program. "
            "Close it there first: an embedded database can be used by one program at a time.",
        ),
        dbe.ERR_WIRE: translate(
            "app.errors",
            "The server at {target} refused the encrypted connection. It must allow wire encryption "
            "(WireCrypt = Required or Enabled in firebird.conf).",
        ),
        dbe.ERR_DISCONNECT: translate("app.errors", "The connection to {target} was lost."),
    }
    text = messages.get(kind, translate("app.errors", "Could not open the database {target}."))
    return text.format(target=target)


def _exception_text(details: str) -> str:
    """The message of a Firebird user exception (the line after its name)."""
    lines = [ln.lstrip("- ").strip() for ln in (details or "").splitlines()]
    for i, ln in enumerate(lines):
        if ln.startswith("EX_") and i + 1 < len(lines):
            return lines[i + 1]
    return lines[-1] if lines else ""


def from_driver(exc: BaseException, target: str, *, connecting: bool = True) -> UserError:
    """Map a driver (fdb/SQLAlchemy) error to a :class:`UserError`.

    ``connecting`` says whether the error came while opening the database (then an unknown error
    reads "could not open") or during work on an open one ("the database reported an error").
    """
    kind = dbe.classify_error(exc)
    orig = getattr(exc, "orig", exc)
    args = getattr(orig, "args", ())
    details = args[0] if args and isinstance(args[0], str) else str(orig)
    if kind == dbe.ERR_CONFLICT:
        return ConflictError(ConflictInfo(None, None))
    if kind == dbe.ERR_PERMISSION:
        return NotAllowed(translate("app.errors", "You have no right to do this."), details)
    if kind == dbe.ERR_DENIED:
        return NotAllowed(translate("app.errors", "Not allowed: {why}").format(why=_exception_text(details)), details)
    if kind == dbe.ERR_DISCONNECT or (not connecting and dbe.is_link_lost(exc)):
        # an open connection whose server stops answering is a lost link, not a failed open
        return ConnectionLost(dbe.ERR_DISCONNECT, connection_message(dbe.ERR_DISCONNECT, target), details)
    if not connecting and kind == dbe.ERR_OTHER:
        return UserError(translate("app.errors", "The database reported an error: {text}").format(
            text=details.splitlines()[-1].lstrip("- ") if details else "?"), details)
    return ConnectionFailed(kind, connection_message(kind, target), details)
