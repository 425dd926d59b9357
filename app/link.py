"""The link to the database server: its state, its round-trip time, reconnecting after a drop, and
saves that a dropped link interrupted (issue #15, "dropped links"). Layer: ``app`` (no Qt).

* :class:`LinkState` lives on the :class:`app.context.AppContext` (``ctx.link``). The thread that
  owns the context (the GUI's database worker, the CLI's main thread) changes it; observers
  subscribe with :meth:`LinkState.subscribe` and get a :class:`LinkSnapshot` on that thread (the
  GUI hops to its own: ``ui/link_status.py``).
* A lost link is found where it shows: ``db`` decides from the Firebird codes
  (``db.fdb_dialect.is_link_lost``, the one place), ``app.errors.from_driver`` makes it a
  :class:`ConnectionLost`, and the owner of the context calls :func:`note_lost` with it. While the
  link is down, other work should not start (the GUI's worker refuses it at once with the same
  error instead of waiting for a connect timeout per job).
* :func:`reconnect` replaces the attachment in place; the caller repeats it with
  :func:`next_delay_s` back-off until it succeeds.
* :func:`probe` measures the round-trip time of a server connection with a tiny prepared SELECT
  (one round trip; never on an embedded file).
* :func:`resume_save` (with :func:`resume_client_save` and :func:`resume_deal_save` giving it the
  entity's load/compare/save): a client or deal save that failed because the link dropped is applied at
  most once. The row's VERSION says what happened (the trigger adds 1 per committed update): still
  the version the user saw → the save never committed, it is applied now; one more and the stored
  card holds the user's changes → the commit had reached the server before the link dropped, it is
  not applied again; anything else is somebody else's change → the usual ConflictError.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, cast

from app.changes import CLIENT, Changes
from app.context import AppContext
from app.errors import ConnectionLost, UserError, connection_message, from_driver
from app.i18n import translate
from db import engine as dbe
from db.queries import client_card as card_q
from db.queries import deal_card as deal_q

UP, LOST, RECONNECTING = "up", "lost", "reconnecting"

#: Seconds between reconnect attempts: quick at first (a server restart, a VPN that re-dials),
#: then every 30 s (a cable that stays out).
BACKOFF_S = (1, 2, 4, 8, 15, 30)

#: The probe: one prepared statement on the read channel, one round trip when warm.
PROBE_SQL = "SELECT 1 FROM RDB$DATABASE"


@dataclass(frozen=True)
class LinkSnapshot:
    """The link as the status bar shows it."""

    state: str  #: UP, LOST or RECONNECTING
    server: bool  #: False for an embedded file (no link, no probe)
    rtt_ms: float | None = None  #: the last measured round-trip time
    attempts: int = 0  #: failed reconnect attempts since the link was lost
    message: str = ""  #: why it is down (the sentence of the ConnectionLost)


class LinkState:
    """Thread-safe holder of the link's state with observers (see the module docstring)."""

    def __init__(self, server: bool) -> None:
        self._lock = threading.Lock()
        self._snap = LinkSnapshot(UP, server)
        self._observers: list[Callable[[LinkSnapshot], None]] = []

    @property
    def snapshot(self) -> LinkSnapshot:
        with self._lock:
            return self._snap

    @property
    def down(self) -> bool:
        return self.snapshot.state != UP

    def subscribe(self, fn: Callable[[LinkSnapshot], None]) -> Callable[[], None]:
        """Call ``fn(snapshot)`` after every change (on the changing thread); returns the
        unsubscribe function."""
        with self._lock:
            self._observers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._observers:
                    self._observers.remove(fn)

        return unsubscribe

    def _set(self, **changes) -> LinkSnapshot:
        with self._lock:
            self._snap = snap = replace(self._snap, **changes)
            observers = list(self._observers)
        for fn in observers:
            fn(snap)
        return snap

    def lost(self, error: UserError) -> LinkSnapshot:
        snap = self.snapshot
        if snap.state == UP:
            return self._set(state=LOST, attempts=0, message=str(error), rtt_ms=None)
        return self._set(state=LOST, message=str(error))

    def reconnecting(self) -> LinkSnapshot:
        return self._set(state=RECONNECTING)

    def failed_attempt(self, error: UserError) -> LinkSnapshot:
        return self._set(state=LOST, attempts=self.snapshot.attempts + 1, message=str(error))

    def up(self, rtt_ms: float | None = None) -> LinkSnapshot:
        return self._set(state=UP, attempts=0, message="", rtt_ms=rtt_ms)

    def measured(self, rtt_ms: float) -> LinkSnapshot:
        return self._set(rtt_ms=rtt_ms)


def next_delay_s(attempts: int) -> float:
    """Seconds to wait before reconnect attempt number ``attempts + 1``."""
    return float(BACKOFF_S[min(attempts, len(BACKOFF_S) - 1)])


def lost_error(ctx: AppContext) -> ConnectionLost:
    """The error work gets while the link is known to be down (no attempt is made)."""
    msg = ctx.link.snapshot.message or connection_message(dbe.ERR_DISCONNECT, str(ctx.spec.target))
    return ConnectionLost(dbe.ERR_DISCONNECT, msg)


def as_link_lost(ctx: AppContext | None, exc: BaseException) -> ConnectionLost | None:
    """``exc`` as a :class:`ConnectionLost` if it means the link is gone (an error that escaped
    the ``app`` function's own mapping), else None."""
    if isinstance(exc, ConnectionLost):
        return exc
    if isinstance(exc, UserError) or not dbe.is_link_lost(exc):
        return None
    target = str(ctx.spec.target) if ctx is not None else "?"
    err = from_driver(exc, target, connecting=False)
    return err if isinstance(err, ConnectionLost) else None


def note_lost(ctx: AppContext, error: ConnectionLost) -> LinkSnapshot:
    """Record that the link dropped (the owner of ``ctx`` calls this for every ConnectionLost)."""
    return ctx.link.lost(error)


def probe(ctx: AppContext) -> LinkSnapshot:
    """Measure the round-trip time of a server connection (a prepared ``SELECT 1``: one round
    trip warm). Embedded: nothing is measured. A lost link raises :class:`ConnectionLost` (and
    is recorded)."""
    if ctx.spec.target.kind != "server":
        return ctx.link.snapshot
    start = time.perf_counter()
    try:
        ctx.reader.query(PROBE_SQL)
    except Exception as exc:
        err = as_link_lost(ctx, exc)
        if err is None:
            raise from_driver(exc, str(ctx.spec.target), connecting=False) from exc
        note_lost(ctx, err)
        raise err from exc
    return ctx.link.measured((time.perf_counter() - start) * 1000.0)


def reconnect(ctx: AppContext) -> LinkSnapshot:
    """Attach again after a drop (in place: the same context, spec and role) and measure the
    link. A server that still does not answer raises :class:`ConnectionLost` with the reason in
    plain words and counts the attempt (see :func:`next_delay_s`)."""
    ctx.link.reconnecting()
    try:
        ctx.reconnect()
    except Exception as exc:
        target = str(ctx.spec.target)
        message = translate("app.link", "The connection to {target} was lost; reconnecting…").format(target=target)
        err = ConnectionLost(dbe.ERR_DISCONNECT, message, str(getattr(exc, "orig", exc)))
        ctx.link.failed_attempt(err)
        raise err from exc
    ctx.link.up()
    return probe(ctx) if ctx.spec.target.kind == "server" else ctx.link.snapshot


#: reconnect() may run while the link is down (everything else is refused then)
reconnect.runs_while_down = True  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Resumed:
    """What :func:`resume_save` did: ``applied_before`` True when the commit had reached the
    server before the link dropped (nothing was written now)."""

    saved: object  #: app.clients.Saved
    applied_before: bool


def resume_save(ctx: AppContext, record_id: int | None, version: int | None, *,
                load: Callable[[int], Any], holds: Callable[[Any], bool],
                save: Callable[[], Any], find_new: Callable[[], tuple[int, int] | None],
                landed: Callable[[int, int], Any]) -> Resumed:
    """Apply a save that failed with ConnectionLost **at most once**, for any versioned record (see
    the module docstring). The entity gives its parts:

    * ``record_id``/``version``: what the user's save was made against (None, None: a new record);
    * ``load(id)``: the stored record (its ``.version``); ``holds(stored)``: whether it carries the
      user's changes;
    * ``save()``: the ordinary save (it raises the usual ConflictError for somebody else's change);
    * ``find_new()``: for a new record, the ``(id, version)`` the interrupted save created, or None;
    * ``landed(id, version)``: the Saved to report for a commit that had landed before the drop.
    """
    if record_id is None:
        try:
            found = find_new()
        except UserError:
            raise
        except Exception as exc:
            raise from_driver(exc, str(ctx.spec.target), connecting=False) from exc
        if found is not None:
            return Resumed(landed(found[0], found[1]), True)
        return Resumed(save(), False)
    stored = load(record_id)
    if stored.version == version:  # the interrupted save never committed: apply it now, once
        return Resumed(save(), False)
    if version is not None and stored.version == version + 1 and holds(stored):
        return Resumed(landed(record_id, stored.version), True)
    # somebody else saved meanwhile: the ordinary save reports the conflict (who, which fields)
    return Resumed(save(), False)


def resume_client_save(ctx: AppContext, draft, original=None, *, force: bool = False,
                       since_s: float = 600.0) -> Resumed:
    """Save ``draft`` (an :class:`app.clients.ClientDraft`) whose save failed with ConnectionLost,
    applying it **at most once** (:func:`resume_save`).

    An existing client: its stored VERSION decides. A new client (no id yet): a client of the same
    name that this login created within the last ``since_s`` seconds (the time since the first
    attempt, plus a margin; counted on the server's clock) is the one the interrupted save made.
    ``force``: the interrupted save was an "overwrite" after a conflict; it stays one.
    """
    from app import clients, normalize

    d = clients.validate_draft(draft, original)
    return resume_save(
        ctx, d.id, d.version,
        load=lambda cid: clients.load_client_card(ctx, cid).draft,
        holds=lambda stored: _holds_changes(stored, d, original),
        save=lambda: clients.save_client(ctx, draft, original, force=force),
        find_new=lambda: card_q.created_by_me_since(ctx.reader, normalize.search_name(d.name), int(since_s) + 60),
        landed=lambda cid, version: clients.Saved(cid, version, Changes.of(CLIENT, cid)))


def resume_deal_save(ctx: AppContext, draft, original=None, *, force: bool = False,
                     since_s: float = 600.0) -> Resumed:
    """Save ``draft`` (an :class:`app.deals.DealDraft`) whose save failed with ConnectionLost,
    applying it **at most once** (:func:`resume_save`; ``original``: the deal as loaded, so that only
    the user's own edits are compared). An existing deal: its stored VERSION decides (every deal
    save rewrites the row, so one save is exactly +1). A new deal: a deal of the same title and
    client that this login created within the last ``since_s`` seconds (plus a margin, on the
    server's clock) is the one the interrupted save made. ``force`` stays an "overwrite"."""
    from app import deals
    from app.deal_rules import _changes

    d = deals.validate_deal(draft)
    return resume_save(
        ctx, d.id, d.version,
        load=lambda did: deals.load_deal(ctx, did).draft,
        holds=lambda stored: _holds_changes(stored, d, _cleaned(deals.validate_deal, original)),
        save=lambda: deals.save_deal(ctx, draft, force=force),
        find_new=lambda: deal_q.created_by_me_since(ctx.reader, d.title, cast(int, d.client_id), int(since_s) + 60),
        landed=lambda did, version: deals.Saved(did, version, _changes([did], [d.client_id])))


def _cleaned(validate, original):
    """``original`` as a save would clean it (amounts computed, text trimmed), or as it is when it
    does not validate (a new card's blank start)."""
    if original is None:
        return None
    try:
        return validate(original)
    except UserError:
        return original


#: fields that are never the user's edit: identity, version, what the card only shows
_NOT_EDITS = ("id", "version", "custom", "unit")


def _holds_changes(stored, draft, original) -> bool:
    """Whether the stored record carries every change of ``draft`` (compared with ``original``, the
    record as loaded; without it, every field). Item ids are ignored: new phones and deal lines get
    theirs on save."""
    def plain(value):
        if isinstance(value, list):
            return [plain(v) for v in value]
        if hasattr(value, "__dataclass_fields__"):
            return {f.name: plain(getattr(value, f.name)) for f in fields(value) if f.name not in _NOT_EDITS}
        return value

    for f in fields(draft):
        if f.name in _NOT_EDITS:
            continue
        mine = plain(getattr(draft, f.name))
        if original is not None and mine == plain(getattr(original, f.name)):
            continue  # not edited by this user: may differ without meaning anything
        theirs = plain(getattr(stored, f.name))
        if f.name == "tag_ids":
            mine, theirs = sorted(mine), sorted(theirs)
        if mine != theirs:
            return False
    return True
