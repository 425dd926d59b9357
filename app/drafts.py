"""Card drafts kept over a session end (issue #15). Layer: ``app`` (no Qt).

When a terminal-server session ends (SIGTERM/SIGHUP, a Windows log-off) the client has seconds,
not a conversation: every open card with unsaved edits is written here as a *draft*, and the next
start on the same database and login offers them back (:mod:`ui.drafts`).

A draft is one JSON file in ``<data dir>/drafts/`` (per user, never beside the program; see
:func:`app.config.data_dir`). It holds:

* ``kind`` — ``client`` or ``deal``; ``record_id`` — None for a record never saved;
* ``database`` / ``user`` — where it belongs (a draft is offered only on that database and login);
* ``draft`` — what the card showed (:class:`app.clients.ClientDraft` / :class:`app.deal_card.DealDraft`);
* ``base`` — the record as the card had loaded it, with the version the user saw: a restored card
  saves against it, so a record changed by someone else since meets the usual conflict handling
  (the server refuses the stale version) instead of being overwritten.

Values are typed JSON: dates, datetimes and decimals are tagged, dataclasses are named and only
the draft classes below may be rebuilt from a file (nothing else is ever instantiated).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import config
from app.clients import AddressItem, ClientDraft, ContactItem, EmailItem, PhoneItem
from app.deal_card import DealDraft, DealLineItem

FORMAT = 1
CLIENT, DEAL = "client", "deal"
#: the dataclasses a draft file may contain (by name): nothing else is rebuilt from a file
_CLASSES = {c.__name__: c for c in (ClientDraft, PhoneItem, EmailItem, ContactItem, AddressItem,
                                     DealDraft, DealLineItem)}


@dataclass
class Draft:
    """One card's unsaved edits (see the module docstring)."""

    kind: str
    record_id: int | None
    title: str
    database: str
    user: str
    draft: Any
    base: Any
    saved_at: dt.datetime
    path: Path | None = None  #: the file it was read from / written to


def drafts_dir() -> Path:
    """``<data dir>/drafts``: per user (``KARTOTEKA_HOME`` in tests and portable set-ups)."""
    return config.data_dir() / "drafts"


def database_key(target: str) -> str:
    """The database a draft belongs to: an embedded file by its absolute path, a server DSN as given."""
    t = target.strip()
    if not os.path.isabs(os.path.expanduser(t)):  # host/port:alias, host:path
        return t
    try:
        return str(Path(t).expanduser().resolve())
    except OSError:
        return t


# --- typed JSON ------------------------------------------------------------------------------
def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ not in _CLASSES:
            raise TypeError(f"{type(value).__name__} is not a draft class")
        return {"$dc": type(value).__name__,
                **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, dict):
        return {"$map": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in a draft")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$dc" in value:
        cls = _CLASSES.get(value["$dc"])
        if cls is None:
            raise ValueError(f"unknown draft class {value['$dc']!r}")
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: _decode(v) for k, v in value.items() if k in names})
    if "$dt" in value:
        return dt.datetime.fromisoformat(value["$dt"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if "$dec" in value:
        return Decimal(value["$dec"])
    if "$map" in value:
        return {_decode(k): _decode(v) for k, v in value["$map"]}
    raise ValueError("unknown value in a draft")


# --- files -----------------------------------------------------------------------------------
def save(d: Draft) -> Path:
    """Write ``d`` (atomically: a crash mid-write leaves no half file) and return its path."""
    folder = drafts_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = d.path or folder / f"{d.kind}-{d.record_id if d.record_id is not None else 'new'}-{uuid.uuid4().hex[:12]}.json"
    payload = {"format": FORMAT, "kind": d.kind, "record_id": d.record_id, "title": d.title,
               "database": d.database, "user": d.user.upper(), "saved_at": d.saved_at.isoformat(),
               "draft": _encode(d.draft), "base": _encode(d.base)}
    tmp = path.with_suffix(".part")
    # only the user may read it (client data in a shared host's profile): 0600 where modes exist
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    d.path = path
    return path


def load(path: Path) -> Draft:
    """Read one draft file; ValueError for a file that is not one."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT or raw.get("kind") not in (CLIENT, DEAL):
            raise ValueError("not a draft of this version")
        return Draft(kind=raw["kind"], record_id=raw["record_id"], title=raw.get("title") or "",
                     database=raw["database"], user=raw["user"], draft=_decode(raw["draft"]),
                     base=_decode(raw["base"]), saved_at=dt.datetime.fromisoformat(raw["saved_at"]), path=path)
    except (OSError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def pending(database: str, user: str) -> list[Draft]:
    """The drafts of ``user`` on ``database`` (oldest first); unreadable files are skipped."""
    folder = drafts_dir()
    if not folder.is_dir():
        return []
    key, login = database_key(database), user.strip().upper()
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            d = load(path)
        except ValueError:
            continue
        if database_key(d.database) == key and d.user == login:
            found.append(d)
    return sorted(found, key=lambda d: d.saved_at)


def discard(d: Draft) -> None:
    """Delete a draft's file (restored or thrown away)."""
    if d.path is not None:
        d.path.unlink(missing_ok=True)
