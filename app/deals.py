"""Deal use cases (issue #5): funnels and stages, moving a deal, closing won/lost, the deal card.

Layer: ``app`` (pure Python; imports ``db`` only, never Qt). Every mutating function runs one
short write transaction (all or nothing) and returns what changed (:class:`~app.clients.Saved` or
:class:`~app.changes.Changes`). Stage bookkeeping lives in the database: TRG_DEALS_STAGE derives
OUTCOME/CLOSED_AT/STAGE_ENTERED_AT from the stage, TRG_DEALS_STAGE_HIST writes every move
(forwards or backwards) with from/to, time and user. This module adds the rules a trigger cannot
phrase for a user: the stage must be in the deal's funnel, a stage's entry rules
(``STAGES.REQUIRED_FIELDS``), and "lost" always carries a reason from ``LOST_REASONS``.

Optimistic locking: a ``version`` (the one the user saw) is compared with the stored one; a
mismatch raises :class:`~app.errors.ConflictError` naming who changed the deal and when. Without a
``version`` (board drags, bulk closing) the ORM still guards the row it read in the same
transaction (``version_id_col``), so a concurrent save is never silently overwritten.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from app import validate
from app.changes import CLIENT, DEAL, Changes
from app.clients import HistoryItem, Saved, TaskItem
from app.context import AppContext
from app.deal_lines import ProductChoice, line_amount, price_for, product_choices
from app.errors import ConflictError, ConflictInfo, NotAllowed, UserError, ValidationError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import Contact, CrmUser, Deal, DealLine, DealStageHistory, Funnel, LostReason, Stage
from db.queries import deal_card

__all__ = [
    "DealDraft", "DealForm", "DealLineItem", "FunnelInfo", "ProductChoice", "Saved", "StageInfo", "StageMove",
    "close_deal_won", "close_deals_lost", "delete_deal", "funnels_with_stages", "line_amount", "load_deal",
    "lost_reasons", "move_deal_stage", "new_deal_form", "price_for", "product_choices", "reopen_deal",
    "save_deal",
]

_CTX = "app.deals"
MAX_LOST_COMMENT = 500

# ---------------------------------------------------------------------------------------------
# Dataclasses


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    sort_order: int
    color: str | None
    probability: int
    is_won: bool
    is_lost: bool
    rot_days: int
    required_fields: tuple[str, ...]  #: upper-case DEALS columns (or "LINES") that must be filled to enter

    @property
    def is_open(self) -> bool:
        return not (self.is_won or self.is_lost)


@dataclass(frozen=True)
class FunnelInfo:
    id: int
    name: str
    is_default: bool
    stages: list[StageInfo]  #: by sort order

    def stage(self, stage_id: int) -> StageInfo | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    @property
    def open_stages(self) -> list[StageInfo]:
        return [s for s in self.stages if s.is_open]

    @property
    def won_stage(self) -> StageInfo | None:
        return next((s for s in self.stages if s.is_won), None)

    @property
    def lost_stage(self) -> StageInfo | None:
        return next((s for s in self.stages if s.is_lost), None)


@dataclass
class DealLineItem:
    """One product line; ``amount`` is computed by :func:`line_amount` on save (never trusted)."""

    name: str
    qty: Decimal = Decimal(1)
    price: Decimal = Decimal(0)
    discount_pct: Decimal | None = None
    product_id: int | None = None
    amount: Decimal = Decimal(0)
    unit: str | None = None  #: shown only
    id: int | None = None


@dataclass
class DealDraft:
    """An editable deal. ``version`` is the version the user saw (None for a new deal)."""

    client_id: int | None = None
    title: str = ""
    funnel_id: int | None = None  #: None: the default funnel (new deals)
    stage_id: int | None = None  #: None: the funnel's first open stage (new deals)
    contact_id: int | None = None
    amount: Decimal = Decimal(0)  #: ignored when there are lines (then the sum of the lines)
    currency: str = "RUB"
    probability: int | None = None  #: None: the stage's probability
    expected_close: dt.date | None = None
    responsible_id: int | None = None  #: None on a new deal: the current user
    source_id: int | None = None
    next_step: str | None = None
    next_step_at: dt.datetime | None = None
    note: str | None = None
    lines: list[DealLineItem] = field(default_factory=list)
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class StageMove:
    """One row of the stage history: a deal entered ``to_stage`` (from ``from_stage``, None at creation)."""

    id: int
    from_stage_id: int | None
    from_stage: str | None
    to_stage_id: int
    to_stage: str
    moved_at: dt.datetime
    moved_by: str | None  #: the login
    moved_by_name: str | None  #: the CRM user's full name, when the login has one
    days_in_stage: int  #: whole days until the next move (or until now for the current stage)


@dataclass(frozen=True)
class DealForm:
    """Everything the deal card shows when it opens."""

    draft: DealDraft  #: the editable part as loaded (keep a copy to detect unsaved changes)
    client_name: str
    funnel_name: str
    stage_name: str
    stage_probability: int
    outcome: str  #: OPEN | WON | LOST
    closed_at: dt.datetime | None
    lost_reason_id: int | None
    lost_reason: str | None
    lost_comment: str | None
    responsible: str | None
    source: str | None
    stage_entered_at: dt.datetime | None
    created_at: dt.datetime | None
    created_by: str | None
    changed_at: dt.datetime | None
    changed_by: str | None
    contacts: list[tuple[int, str]]  #: the client's contact persons (id, "name, position")
    history: list[StageMove]  #: oldest first
    tasks: list[TaskItem]
    interactions: list[HistoryItem]  #: newest first

    @property
    def probability(self) -> int:
        """What the card shows: the deal's own probability, else the stage's."""
        p = self.draft.probability
        return self.stage_probability if p is None else p


# ---------------------------------------------------------------------------------------------
# Reference reads

_FUNNELS_SQL = """
SELECT FIRST 1000 f.ID, f.NAME, f.IS_DEFAULT, s.ID, s.NAME, s.SORT_ORDER, s.COLOR, s.PROBABILITY, s.IS_WON,
       s.IS_LOST, s.ROT_DAYS, s.REQUIRED_FIELDS
FROM FUNNELS f LEFT JOIN STAGES s ON s.FUNNEL_ID = f.ID
WHERE f.IS_ACTIVE = TRUE ORDER BY f.SORT_ORDER, f.ID, s.SORT_ORDER, s.ID
"""
_LOST_REASONS_SQL = "SELECT FIRST 500 r.ID, r.NAME FROM LOST_REASONS r WHERE r.IS_ACTIVE = TRUE ORDER BY r.SORT_ORDER, r.NAME"


def _rules(text: str | None) -> tuple[str, ...]:
    return tuple(p.strip().upper() for p in (text or "").split(",") if p.strip())


def _read(ctx: AppContext, sql: str, params=()) -> list[tuple]:
    try:
        return ctx.reader.query(sql, params)
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def funnels_with_stages(ctx: AppContext) -> list[FunnelInfo]:
    """Active funnels (by sort order) with their stages (by sort order), in one read."""
    funnels: dict[int, FunnelInfo] = {}
    for fid, fname, fdef, sid, sname, order, color, prob, won, lost, rot, req in _read(ctx, _FUNNELS_SQL):
        f = funnels.get(fid)
        if f is None:
            f = funnels[fid] = FunnelInfo(fid, fname, bool(fdef), [])
        if sid is not None:
            f.stages.append(StageInfo(sid, sname, order, color.strip() if color else None, prob or 0, bool(won),
                                      bool(lost), rot or 0, _rules(req)))
    return list(funnels.values())


def lost_reasons(ctx: AppContext) -> list[tuple[int, str]]:
    """Active lost reasons (id, name) in their administered order."""
    return [(r[0], r[1]) for r in _read(ctx, _LOST_REASONS_SQL)]


# ---------------------------------------------------------------------------------------------
# Entry rules

#: entry-rule field → the words a user reads (DEALS columns plus the pseudo-field LINES)
FIELD_WORDS = {
    "AMOUNT": QT_TRANSLATE_NOOP("app.deals", "amount"),
    "CONTACT_ID": QT_TRANSLATE_NOOP("app.deals", "contact person"),
    "EXPECTED_CLOSE": QT_TRANSLATE_NOOP("app.deals", "expected close date"),
    "PROBABILITY": QT_TRANSLATE_NOOP("app.deals", "probability"),
    "RESPONSIBLE_ID": QT_TRANSLATE_NOOP("app.deals", "responsible"),
    "SOURCE_ID": QT_TRANSLATE_NOOP("app.deals", "source"),
    "NEXT_STEP": QT_TRANSLATE_NOOP("app.deals", "next step"),
    "NEXT_STEP_AT": QT_TRANSLATE_NOOP("app.deals", "date of the next step"),
    "NOTE": QT_TRANSLATE_NOOP("app.deals", "note"),
    "LINES": QT_TRANSLATE_NOOP("app.deals", "products"),
}


def _filled(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def missing_fields(required: tuple[str, ...], values: dict[str, object]) -> list[str]:
    """The entry-rule fields (upper case) not filled in ``values`` (lower-case DEALS attributes and
    ``lines``). An amount of 0 counts as not filled; unknown names in the rule are ignored (an
    administrator's typo must not lock every deal out of a stage)."""
    out = []
    for name in required:
        key = name.lower()
        if key not in values:
            continue
        v = values[key]
        if name == "AMOUNT":
            ok = v is not None and Decimal(v) > 0
        elif name == "LINES":
            ok = bool(v)
        else:
            ok = _filled(v)
        if not ok:
            out.append(name)
    return out


def _check_entry(stage: Stage, values: dict[str, object], title: str | None = None) -> None:
    missing = missing_fields(_rules(stage.required_fields), values)
    if not missing:
        return
    words = ", ".join(translate(_CTX, FIELD_WORDS[m]) for m in missing)
    if title:
        msg = translate(_CTX, "The deal “{deal}” cannot enter the stage “{stage}”: fill in {fields} first.").format(
            deal=title, stage=stage.name, fields=words)
    else:
        msg = translate(_CTX, "To enter the stage “{stage}”, fill in {fields} first.").format(
            stage=stage.name, fields=words)
    raise ValidationError(missing[0].lower(), msg)


def _deal_values(s, obj: Deal, stage: Stage) -> dict[str, object]:
    """The stored deal's values the entry rules of ``stage`` look at (lines only when asked for)."""
    values: dict[str, object] = {k.lower(): getattr(obj, k.lower()) for k in FIELD_WORDS if k != "LINES"}
    if "LINES" in _rules(stage.required_fields):
        values["lines"] = s.scalar(select(DealLine.id).where(DealLine.deal_id == obj.id).limit(1)) is not None
    return values


# ---------------------------------------------------------------------------------------------
# Moving and closing


def _conflict(obj: Deal) -> ConflictError:
    return ConflictError(ConflictInfo((obj.changed_by or obj.created_by or "").strip() or None,
                                      obj.changed_at or obj.created_at))


def _gone() -> UserError:
    return UserError(translate(_CTX, "This deal no longer exists (deleted by another user) or is not visible to you."))


def _get_deal(s, deal_id: int, version: int | None) -> Deal:
    obj = s.get(Deal, deal_id, populate_existing=True)
    if obj is None:
        raise _gone()
    if version is not None and obj.version != version:
        raise _conflict(obj)
    return obj


def _enter(s, obj: Deal, stage: Stage, *, reason_id: int | None = None, comment: str | None = None,
           title_in_message: bool = False) -> None:
    """Put ``obj`` into ``stage`` after the checks (funnel, lost reason, entry rules)."""
    if stage.funnel_id != obj.funnel_id:
        raise ValidationError("stage_id", translate(_CTX, "The stage “{stage}” belongs to another funnel.").format(
            stage=stage.name))
    if stage.is_lost and reason_id is None:
        raise ValidationError("lost_reason_id", translate(_CTX, "Choose why the deal was lost."))
    if stage.id != obj.stage_id:
        _check_entry(stage, _deal_values(s, obj, stage), obj.title if title_in_message else None)
        obj.stage_id = stage.id
    if stage.is_lost:
        obj.lost_reason_id, obj.lost_comment = reason_id, comment
    else:
        obj.lost_reason_id = obj.lost_comment = None
    flag_modified(obj, "stage_id")  # always an UPDATE: the version guards the move


def _run(ctx: AppContext, work):
    """Run ``work(session)`` in one write transaction, mapping races and driver errors."""
    try:
        with ctx.sessions.begin() as s:
            return work(s)
    except StaleDataError:
        raise ConflictError(ConflictInfo(None, None)) from None
    except DBAPIError as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def _changes(deal_ids, client_ids) -> Changes:
    return Changes.of(DEAL, *deal_ids) | Changes.of(CLIENT, *client_ids)


def move_deal_stage(ctx: AppContext, deal_id: int, to_stage_id: int, version: int | None = None) -> Saved:
    """Move a deal to another stage of its funnel, forwards or backwards (the trigger records it).

    Raises ValidationError when the stage is in another funnel (field ``stage_id``), when the
    stage's entry rules are not met (field = the first missing one, message names them all), or
    when the stage is a lost stage (field ``lost_reason_id``: ask for a reason and call
    :func:`close_deals_lost`). ``version`` given and stale → ConflictError. Entering a won stage
    closes the deal as won; leaving a lost stage clears the lost reason.
    """
    def work(s):
        obj = _get_deal(s, deal_id, version)
        stage = s.get(Stage, to_stage_id)
        if stage is None:
            raise ValidationError("stage_id", translate(_CTX, "This stage no longer exists."))
        if stage.id == obj.stage_id and not stage.is_lost:
            return Saved(obj.id, obj.version, Changes())
        _enter(s, obj, stage)
        s.flush()
        return Saved(obj.id, obj.version, _changes([obj.id], [obj.client_id]))

    return _run(ctx, work)


def _special_stage(s, funnel_id: int, won: bool) -> Stage:
    col = Stage.is_won if won else Stage.is_lost
    stage = s.scalar(select(Stage).where(Stage.funnel_id == funnel_id, col.is_(True))
                     .order_by(Stage.sort_order, Stage.id).limit(1))
    if stage is None:
        f = s.get(Funnel, funnel_id)
        text = (translate(_CTX, "The funnel “{funnel}” has no won stage; an administrator must add one.") if won
                else translate(_CTX, "The funnel “{funnel}” has no lost stage; an administrator must add one."))
        raise UserError(text.format(funnel=f.name if f else funnel_id))
    return stage


def close_deal_won(ctx: AppContext, deal_id: int, version: int | None = None) -> Saved:
    """Move the deal to its funnel's won stage (OUTCOME = WON and CLOSED_AT set by the trigger)."""
    def work(s):
        obj = _get_deal(s, deal_id, version)
        _enter(s, obj, _special_stage(s, obj.funnel_id, won=True))
        s.flush()
        return Saved(obj.id, obj.version, _changes([obj.id], [obj.client_id]))

    return _run(ctx, work)


def _reason(s, reason_id: int | None) -> LostReason:
    if reason_id is None:
        raise ValidationError("lost_reason_id", translate(_CTX, "Choose why the deal was lost."))
    reason = s.get(LostReason, reason_id)
    if reason is None or not reason.is_active:
        raise ValidationError("lost_reason_id", translate(
            _CTX, "This lost reason is no longer offered; choose another one."))
    return reason


def close_deals_lost(ctx: AppContext, deal_ids: list[int], reason_id: int, comment: str | None) -> Changes:
    """Close one or many deals as lost with one reason and comment: all or nothing, one transaction.

    Each deal moves to the lost stage of its own funnel (entry rules of that stage apply, the
    message names the deal). A missing or inactive reason raises ValidationError
    (``lost_reason_id``); a deal that is gone or invisible aborts the whole batch with a UserError.
    A deal already lost gets the new reason and comment.
    """
    ids = list(dict.fromkeys(int(i) for i in deal_ids))
    comment = validate.optional_text(comment, "lost_comment", translate(_CTX, "Comment"), MAX_LOST_COMMENT)
    if not ids:
        return Changes()

    def work(s):
        reason = _reason(s, reason_id)
        found = {d.id: d for d in s.scalars(select(Deal).where(Deal.id.in_(ids)).execution_options(
            populate_existing=True))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise UserError(translate(_CTX, "%n of the chosen deals no longer exist or are not visible to you; "
                                            "nothing was closed.", n=len(missing)))
        stages: dict[int, Stage] = {}
        for i in ids:
            obj = found[i]
            if obj.funnel_id not in stages:
                stages[obj.funnel_id] = _special_stage(s, obj.funnel_id, won=False)
            _enter(s, obj, stages[obj.funnel_id], reason_id=reason.id, comment=comment,
                   title_in_message=len(ids) > 1)
        s.flush()
        return _changes(ids, {d.client_id for d in found.values()})

    return _run(ctx, work)


def reopen_deal(ctx: AppContext, deal_id: int, stage_id: int | None = None, version: int | None = None) -> Saved:
    """Reopen a won or lost deal: into ``stage_id`` (an open stage of its funnel) or, by default,
    the open stage it was in before it was closed (else the funnel's first open stage). The lost
    reason is cleared; the move is recorded in the stage history like any other."""
    def work(s):
        obj = _get_deal(s, deal_id, version)
        if stage_id is not None:
            target = s.get(Stage, stage_id)
            if target is None or target.is_won or target.is_lost:
                raise ValidationError("stage_id", translate(_CTX, "Choose an open stage to reopen the deal in."))
        else:
            current = s.get(Stage, obj.stage_id)
            if current is not None and not (current.is_won or current.is_lost):
                return Saved(obj.id, obj.version, Changes())  # already open
            target = None
            prev = s.scalar(select(DealStageHistory.from_stage_id).where(
                DealStageHistory.deal_id == obj.id, DealStageHistory.to_stage_id == obj.stage_id)
                .order_by(DealStageHistory.moved_at.desc(), DealStageHistory.id.desc()).limit(1))
            if prev is not None:
                cand = s.get(Stage, prev)
                if cand is not None and cand.funnel_id == obj.funnel_id and not (cand.is_won or cand.is_lost):
                    target = cand
            if target is None:
                target = s.scalar(select(Stage).where(Stage.funnel_id == obj.funnel_id, Stage.is_won.is_(False),
                                                      Stage.is_lost.is_(False))
                                  .order_by(Stage.sort_order, Stage.id).limit(1))
                if target is None:
                    raise UserError(translate(_CTX, "The funnel of this deal has no open stage to reopen it in."))
        _enter(s, obj, target)
        s.flush()
        return Saved(obj.id, obj.version, _changes([obj.id], [obj.client_id]))

    return _run(ctx, work)


# ---------------------------------------------------------------------------------------------
# The card: load, new, save, delete


def _s(v):
    return v.strip() if isinstance(v, str) else v


def _contact_label(name: str, job: str | None) -> str:
    return f"{name}, {job}" if job else name


def load_deal(ctx: AppContext, deal_id: int) -> DealForm:
    """The deal card in two statements (db/queries/deal_card.py): all fields, lines, stage history
    with stage names and user, tasks and interactions of the deal, and the client's contacts.
    A note over 8000 characters costs a third. Raises UserError if the deal is gone or invisible."""
    try:
        main, parts = deal_card.load(ctx.reader, deal_id)
        if main is not None and main[-1] and main[-1] > deal_card.NOTE_INLINE:
            note = deal_card.full_note(ctx.reader, deal_id)
        else:
            note = main[-2] if main else None
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    if main is None:
        raise _gone()
    m = dict(zip(deal_card.MAIN_COLUMNS, main, strict=True))
    lines, moves, tasks, hist, contacts = [], [], [], [], []
    for k, rid, pid, s1, s2, s3, s4, s5, n1, n2, n3, n4, i1, i2, d1, d2, b1 in parts:
        k = k.strip()  # a CHAR literal, blank-padded by UNION
        if k == "LINE":
            lines.append((i1, DealLineItem(name=s1, qty=n1, price=n2, discount_pct=n3, product_id=pid, amount=n4,
                                           unit=_s(s2), id=rid)))
        elif k == "MOVE":
            moves.append((rid, i1, s1, pid, s2, d1, _s(s3), s4))
        elif k == "TASK":
            tasks.append(TaskItem(rid, s1, _s(s2), _s(s3), s4, i1, d1, d2, deal_id))
        elif k == "HIST":
            hist.append(HistoryItem(rid, _s(s1), s2, _s(s3), s4, s5, i1 or 0, i2, d1, bool(b1), pid))
        elif k == "CONTACT":
            contacts.append((not b1, s1, rid, s2))
    now = dt.datetime.now()
    history = []
    for n, (rid, from_id, from_name, to_id, to_name, at, login, full) in enumerate(moves):
        until = moves[n + 1][5] if n + 1 < len(moves) else (m["closed_at"] if m["outcome"] != "OPEN" else now)
        days = max(0, ((until or now) - at).days) if at else 0
        history.append(StageMove(rid, from_id, from_name, to_id, to_name, at, login, full, days))
    draft = DealDraft(
        client_id=m["client_id"], title=m["title"], funnel_id=m["funnel_id"], stage_id=m["stage_id"],
        contact_id=m["contact_id"], amount=m["amount"], currency=_s(m["currency"]), probability=m["probability"],
        expected_close=m["expected_close"], responsible_id=m["responsible_id"], source_id=m["source_id"],
        next_step=m["next_step"], next_step_at=m["next_step_at"], note=note,
        lines=[ln for _n, ln in sorted(lines, key=lambda x: (x[0] or 0, x[1].id))], id=m["id"], version=m["version"])
    return DealForm(
        draft=draft, client_name=m["client_name"], funnel_name=m["funnel_name"], stage_name=m["stage_name"],
        stage_probability=m["stage_probability"] or 0, outcome=_s(m["outcome"]), closed_at=m["closed_at"],
        lost_reason_id=m["lost_reason_id"], lost_reason=m["lost_reason"], lost_comment=m["lost_comment"],
        responsible=m["responsible"], source=m["source"], stage_entered_at=m["stage_entered_at"],
        created_at=m["created_at"], created_by=_s(m["created_by"]), changed_at=m["changed_at"],
        changed_by=_s(m["changed_by"]),
        contacts=[(rid, _contact_label(name, job)) for _p, name, rid, job in sorted(contacts)],
        history=history, tasks=tasks, interactions=hist)


def new_deal_form(ctx: AppContext, client_id: int, funnel_id: int | None = None) -> DealForm:
    """A blank deal card for ``client_id``: the given (or default) funnel's first open stage, the
    current user responsible, the client's contacts to choose from. Nothing is written."""
    funnels = funnels_with_stages(ctx)
    funnel = next((f for f in funnels if f.id == funnel_id), None) if funnel_id else None
    funnel = funnel or next((f for f in funnels if f.is_default), None) or (funnels[0] if funnels else None)
    if funnel is None or not funnel.open_stages:
        raise UserError(translate(_CTX, "There is no sales funnel with open stages; an administrator must set one up."))
    rows = _read(ctx, deal_card.CONTACTS_SQL, (client_id,))
    if not rows:
        raise UserError(translate(_CTX, "This client no longer exists or is not visible to you."))
    stage = funnel.open_stages[0]
    me = ctx.current_user_id()
    draft = DealDraft(client_id=client_id, funnel_id=funnel.id, stage_id=stage.id, responsible_id=me)
    primary = next((r[0] for r in rows if r[0] is not None and r[3]), None)
    draft.contact_id = primary
    return DealForm(
        draft=draft, client_name=rows[0][4], funnel_name=funnel.name, stage_name=stage.name,
        stage_probability=stage.probability, outcome="OPEN", closed_at=None, lost_reason_id=None, lost_reason=None,
        lost_comment=None, responsible=None, source=None, stage_entered_at=None, created_at=None, created_by=None,
        changed_at=None, changed_by=None,
        contacts=[(r[0], _contact_label(r[1], r[2])) for r in rows if r[0] is not None],
        history=[], tasks=[], interactions=[])


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def validate_deal(draft: DealDraft) -> DealDraft:
    """A cleaned copy of ``draft`` (line amounts computed, deal amount = sum of lines when there
    are lines) or the first ValidationError; ``field`` names the widget (``lines[i].qty``…)."""
    d = replace(draft, lines=[replace(ln) for ln in draft.lines])
    if d.client_id is None:
        raise ValidationError("client_id", translate(_CTX, "Choose the client of the deal."))
    d.title = validate.required_text(d.title, "title", translate(_CTX, "Title"), 200)
    d.currency = (d.currency or "").strip().upper()
    if not _CURRENCY.match(d.currency):
        raise ValidationError("currency", translate(_CTX, "Currency is a three-letter code such as RUB, USD or EUR."))
    if d.probability is not None and not 0 <= int(d.probability) <= 100:
        raise ValidationError("probability", translate(_CTX, "Probability is a percentage from 0 to 100."))
    d.next_step = validate.optional_text(d.next_step, "next_step", translate(_CTX, "Next step"), 120)
    if d.note is not None and len(d.note) > validate.MAX_NOTE_CHARS:
        raise ValidationError("note", translate(_CTX, "The note is too long ({n} characters, at most {max}).").format(
            n=len(d.note), max=validate.MAX_NOTE_CHARS))
    d.note = d.note if (d.note or "").strip() else None
    for i, ln in enumerate(d.lines):
        ln.name = validate.required_text(ln.name, f"lines[{i}].name", translate(_CTX, "Product"), 200)
        if ln.qty is None or Decimal(ln.qty) <= 0:
            raise ValidationError(f"lines[{i}].qty", translate(_CTX, "Quantity must be greater than zero."))
        if ln.price is None or Decimal(ln.price) < 0:
            raise ValidationError(f"lines[{i}].price", translate(_CTX, "Price cannot be negative."))
        if ln.discount_pct is not None and not 0 <= Decimal(ln.discount_pct) <= 100:
            raise ValidationError(f"lines[{i}].discount_pct", translate(_CTX, "Discount is a percentage from 0 to 100."))
        ln.qty, ln.price = Decimal(ln.qty).quantize(Decimal("0.001")), Decimal(ln.price).quantize(Decimal("0.01"))
        ln.discount_pct = Decimal(ln.discount_pct) if ln.discount_pct else None
        ln.amount = line_amount(ln.qty, ln.price, ln.discount_pct)
    if d.lines:
        d.amount = sum((ln.amount for ln in d.lines), Decimal(0))
    if d.amount is None or Decimal(d.amount) < 0:
        raise ValidationError("amount", translate(_CTX, "Amount cannot be negative."))
    d.amount = Decimal(d.amount).quantize(Decimal("0.01"))
    return d


#: DEALS columns a save writes from the draft
_ROW_FIELDS = ("client_id", "title", "contact_id", "amount", "currency", "probability", "expected_close",
               "responsible_id", "source_id", "next_step", "next_step_at")


def _default_stage(s, d: DealDraft) -> Stage:
    if d.funnel_id is None:
        f = s.scalar(select(Funnel).where(Funnel.is_active.is_(True))
                     .order_by(Funnel.is_default.desc(), Funnel.sort_order, Funnel.id).limit(1))
        if f is None:
            raise UserError(translate(_CTX, "There is no sales funnel; an administrator must set one up."))
        d.funnel_id = f.id
    stage = s.scalar(select(Stage).where(Stage.funnel_id == d.funnel_id, Stage.is_won.is_(False),
                                         Stage.is_lost.is_(False)).order_by(Stage.sort_order, Stage.id).limit(1))
    if stage is None:
        raise UserError(translate(_CTX, "The funnel of this deal has no open stage."))
    return stage


def save_deal(ctx: AppContext, draft: DealDraft, *, force: bool = False) -> Saved:
    """Create or update a deal with its lines in one transaction.

    New deal: the default funnel's first open stage unless the draft names one (a lost stage is
    refused: close the deal as lost instead); the current user is responsible by default. Update:
    ``draft.version`` must be the stored one (else ConflictError; ``force=True`` is the user's
    "overwrite"). A changed stage follows the rules of :func:`move_deal_stage`. The entry rules of
    the resulting stage apply to every save. Lines are diffed by id (kept, changed, added, removed)
    and the deal row is always rewritten, so its version guards the lines too.
    """
    d = validate_deal(draft)

    def work(s):
        if d.contact_id is not None:
            c = s.get(Contact, d.contact_id)
            if c is None or c.client_id != d.client_id:
                raise ValidationError("contact_id", translate(_CTX, "This contact person is not of the deal's client."))
        if d.id is None:
            stage = s.get(Stage, d.stage_id) if d.stage_id else _default_stage(s, d)
            if stage is None:
                raise ValidationError("stage_id", translate(_CTX, "This stage no longer exists."))
            d.funnel_id = d.funnel_id or stage.funnel_id
            obj = Deal(funnel_id=d.funnel_id, stage_id=stage.id)
            if stage.funnel_id != d.funnel_id:
                raise ValidationError("stage_id", translate(_CTX, "The stage “{stage}” belongs to another funnel.").format(
                    stage=stage.name))
            if stage.is_lost:
                raise ValidationError("stage_id", translate(_CTX, "A new deal cannot start as lost."))
            if d.responsible_id is None:
                d.responsible_id = ctx.current_user_id()
            s.add(obj)
        else:
            obj = _get_deal(s, d.id, None if force else d.version)
            stage = s.get(Stage, d.stage_id) if d.stage_id else s.get(Stage, obj.stage_id)
            if stage is None:
                raise ValidationError("stage_id", translate(_CTX, "This stage no longer exists."))
            if stage.id != obj.stage_id:
                if stage.funnel_id != obj.funnel_id:
                    raise ValidationError("stage_id", translate(
                        _CTX, "The stage “{stage}” belongs to another funnel.").format(stage=stage.name))
                if stage.is_lost:
                    raise ValidationError("lost_reason_id", translate(_CTX, "Choose why the deal was lost."))
                obj.stage_id = stage.id
                if not stage.is_lost:
                    obj.lost_reason_id = obj.lost_comment = None
        values = {f: getattr(d, f) for f in _ROW_FIELDS}
        values["note"], values["lines"] = d.note, bool(d.lines)
        _check_entry(stage, values)
        old_client = obj.client_id
        for f in _ROW_FIELDS:
            if getattr(obj, f) != getattr(d, f):
                setattr(obj, f, getattr(d, f))
        if obj.note != d.note:
            obj.note = d.note  # a BLOB parameter costs extra round trips: only when changed
        if d.responsible_id is not None and (d.id is None or "responsible_id" in _dirty(obj)):
            u = s.get(CrmUser, d.responsible_id)
            obj.department_id = u.department_id if u else None
        if d.id is not None:
            flag_modified(obj, "title")  # always an UPDATE: the version guards the lines too
        s.flush()
        _sync_lines(s, obj.id, d.lines)
        s.flush()
        clients = {obj.client_id} | ({old_client} if old_client else set())
        return Saved(obj.id, obj.version, _changes([obj.id], clients))

    return _run(ctx, work)


def _dirty(obj) -> set[str]:
    from sqlalchemy import inspect

    return {a.key for a in inspect(obj).attrs if a.history.has_changes()}


def _sync_lines(s, deal_id: int, lines: list[DealLineItem]) -> None:
    stored = {ln.id: ln for ln in s.scalars(select(DealLine).where(DealLine.deal_id == deal_id))}
    keep = {ln.id for ln in lines if ln.id in stored}
    for lid, obj in stored.items():
        if lid not in keep:
            s.delete(obj)
    s.flush()  # deletes first: a line number may move to a kept line
    for no, ln in enumerate(lines, start=1):
        obj = stored.get(ln.id) if ln.id else None
        if obj is None:
            obj = DealLine(deal_id=deal_id)
            s.add(obj)
        new = {"product_id": ln.product_id, "line_no": no, "name": ln.name, "qty": ln.qty, "price": ln.price,
               "discount_pct": ln.discount_pct, "amount": ln.amount}
        for k, v in new.items():
            if getattr(obj, k) != v:
                setattr(obj, k, v)


def delete_deal(ctx: AppContext, deal_id: int, version: int | None = None) -> Saved:
    """Delete a deal with its lines and history (administrators and heads; managers close deals
    as lost instead: the database refuses them, and the message says so)."""
    def work(s):
        obj = _get_deal(s, deal_id, version)
        client_id, v = obj.client_id, obj.version
        s.delete(obj)
        s.flush()
        return Saved(deal_id, v, _changes([deal_id], [client_id]))

    try:
        return _run(ctx, work)
    except NotAllowed as exc:
        raise NotAllowed(translate(_CTX, "You may not delete deals; close it as lost instead."), exc.details) from None
