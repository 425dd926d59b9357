"""Single-instance guard per user and database (terminal servers: twenty people on one host may
each open the office database once; one person may not open it twice by mistake). Pure Python.

An embedded file already has its guard beside the file (:class:`db.engine.EmbeddedGuard`: only one
process may open it). For a server database the guard is a lock file in the *user's* data folder,
named after the login and the database, so it is per user and per database, never per machine.
The OS releases the lock when the process ends, so a crash leaves nothing stale behind.
"""
from __future__ import annotations

import hashlib

from app import config
from app.errors import UserError
from app.i18n import translate
from db import engine as dbe


class AlreadyOpen(UserError):
    """This user has this database open in another Kartoteka window."""


def session_key(target: str, user: str) -> str:
    return hashlib.sha1(f"{user.strip().upper()}@{target.strip()}".encode("utf-8")).hexdigest()[:20]


def acquire_session(target: str, user: str) -> dbe.EmbeddedGuard:
    """Hold the guard of ``user`` on the server database ``target`` (release it when closing)."""
    base = config.data_dir() / "sessions" / session_key(target, user)
    guard = dbe.EmbeddedGuard(str(base))
    try:
        guard.acquire()
    except dbe.EmbeddedLockError:
        raise AlreadyOpen(translate(
            "app.instance", "Kartoteka is already open on {target} as {user} in another window. Switch to that "
                            "window (the taskbar) instead of opening the database twice.").format(
            target=target, user=user.upper())) from None
    return guard
