"""The deal card's use cases (issue #5): open, new, validate, save with lines, delete.

Layer: ``app`` (pure Python; imports ``db`` only). One short write transaction per save; the
card loads in two statements on the read channel (db/queries/deal_card.py). The public names are
re-exported by :mod:`app.deals`; import them from there.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import inspect, select
from sqlalchemy.orm.attributes import flag_modified

from app import uow, validate
from app.clients import HistoryItem, Saved, TaskItem, read_card
from app.context import AppContext
from app.deal_lines import line_amount
from app.deal_rules import (
    _changes,
    _check_entry,
    _get_deal,
    _get_deal_and_stage,
    _gone,
    funnels_with_stages,
)
from app.errors import NotAllowed, UserError, ValidationError
from app.i18n import translate
from db.models import Contact, CrmUser, Deal, DealLine, Funnel, Stage
from db.queries import deal_card

# ---------------------------------------------------------------------------------------------
# Dataclasses

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
class DealTask(TaskItem):
    """A task of the deal as the card lists it, with the version "Done" is checked against."""

    version: int | None = None


@dataclass(frozen=True)
class DealClient:
    """The client chosen for a (new) deal: its name and contact persons (id, "name, position")."""

    id: int
    name: str
    contacts: list[tuple[int, str]]
    primary_contact_id: int | None = None  #: preset as the deal's contact


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
    tasks: list[DealTask]  #: open first, then by due date, newest first
    interactions: list[HistoryItem]  #: newest first

    @property
    def probability(self) -> int:
        """What the card shows: the deal's own probability, else the stage's."""
        p = self.draft.probability
        return self.stage_probability if p is None else p


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
    main, parts, note = read_card(ctx, deal_card, deal_id)
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
            tasks.append(DealTask(rid, s1, _s(s2), _s(s3), s4, i1, d1, d2, deal_id,
                                  version=int(n1) if n1 is not None else None))
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


def new_deal_form(ctx: AppContext, client_id: int | None, funnel_id: int | None = None) -> DealForm:
    """A blank deal card: the given (or default) funnel's first open stage, the current user
    responsible, and for ``client_id`` the client's name and contacts (``None``: no client yet,
    the card asks for one; see :func:`deal_client`). Nothing is written."""
    funnels = funnels_with_stages(ctx)
    funnel = next((f for f in funnels if f.id == funnel_id), None) if funnel_id else None
    funnel = funnel or next((f for f in funnels if f.is_default), None) or (funnels[0] if funnels else None)
    if funnel is None or not funnel.open_stages:
        raise UserError(translate("app.deals", "There is no sales funnel with open stages; an administrator must set one up."))
    client = deal_client(ctx, client_id) if client_id is not None else None
    stage = funnel.open_stages[0]
    draft = DealDraft(client_id=client_id, funnel_id=funnel.id, stage_id=stage.id,
                      responsible_id=ctx.current_user_id())
    draft.contact_id = client.primary_contact_id if client else None
    return DealForm(
        draft=draft, client_name=client.name if client else "", funnel_name=funnel.name, stage_name=stage.name,
        stage_probability=stage.probability, outcome="OPEN", closed_at=None, lost_reason_id=None, lost_reason=None,
        lost_comment=None, responsible=None, source=None, stage_entered_at=None, created_at=None, created_by=None,
        changed_at=None, changed_by=None, contacts=list(client.contacts) if client else [],
        history=[], tasks=[], interactions=[])


def deal_client(ctx: AppContext, client_id: int) -> DealClient:
    """The client's name and contact persons, primary first (one read): what the card needs when
    the user picks the client of a deal. Raises UserError if the client is gone or invisible."""
    rows = uow.read(ctx, deal_card.CONTACTS_SQL, (client_id,))
    if not rows:
        raise UserError(translate("app.deals", "This client no longer exists or is not visible to you."))
    contacts = [(r[0], _contact_label(r[1], r[2])) for r in rows if r[0] is not None]
    primary = next((r[0] for r in rows if r[0] is not None and r[3]), None)
    return DealClient(client_id, rows[0][4], contacts, primary)


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def validate_deal(draft: DealDraft) -> DealDraft:
    """A cleaned copy of ``draft`` (line amounts computed, deal amount = sum of lines when there
    are lines) or the first ValidationError; ``field`` names the widget (``lines[i].qty``…)."""
    d = replace(draft, lines=[replace(ln) for ln in draft.lines])
    if d.client_id is None:
        raise ValidationError("client_id", translate("app.deals", "Choose the client of the deal."))
    d.title = validate.required_text(d.title, "title", translate("app.deals", "Title"), 200)
    d.currency = (d.currency or "").strip().upper()
    if not _CURRENCY.match(d.currency):
        raise ValidationError("currency", translate("app.deals", "Currency is a three-letter code such as RUB, USD or EUR."))
    if d.probability is not None and not 0 <= int(d.probability) <= 100:
        raise ValidationError("probability", translate("app.deals", "Probability is a percentage from 0 to 100."))
    d.next_step = validate.optional_text(d.next_step, "next_step", translate("app.deals", "Next step"), 120)
    if d.note is not None and len(d.note) > validate.MAX_NOTE_CHARS:
        raise ValidationError("note", translate("app.deals", "The note is too long ({n} characters, at most {max}).").format(
            n=len(d.note), max=validate.MAX_NOTE_CHARS))
    validate.no_control_characters(d.note, "note", translate("app.deals", "Note"))
    d.note = d.note if (d.note or "").strip() else None
    for i, ln in enumerate(d.lines):
        ln.name = validate.required_text(ln.name, f"lines[{i}].name", translate("app.deals", "Product"), 200)
        if ln.qty is None or Decimal(ln.qty) <= 0:
            raise ValidationError(f"lines[{i}].qty", translate("app.deals", "Quantity must be greater than zero."))
        if ln.price is None or Decimal(ln.price) < 0:
            raise ValidationError(f"lines[{i}].price", translate("app.deals", "Price cannot be negative."))
        if ln.discount_pct is not None and not 0 <= Decimal(ln.discount_pct) <= 100:
            raise ValidationError(f"lines[{i}].discount_pct", translate("app.deals", "Discount is a percentage from 0 to 100."))
        ln.qty, ln.price = Decimal(ln.qty).quantize(Decimal("0.001")), Decimal(ln.price).quantize(Decimal("0.01"))
        ln.discount_pct = Decimal(ln.discount_pct) if ln.discount_pct else None
        ln.amount = line_amount(ln.qty, ln.price, ln.discount_pct)
    if d.lines:
        d.amount = sum((ln.amount for ln in d.lines), Decimal(0))
    if d.amount is None or Decimal(d.amount) < 0:
        raise ValidationError("amount", translate("app.deals", "Amount cannot be negative."))
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
            raise UserError(translate("app.deals", "There is no sales funnel; an administrator must set one up."))
        d.funnel_id = f.id
    stage = s.scalar(select(Stage).where(Stage.funnel_id == d.funnel_id, Stage.is_won.is_(False),
                                         Stage.is_lost.is_(False)).order_by(Stage.sort_order, Stage.id).limit(1))
    if stage is None:
        raise UserError(translate("app.deals", "The funnel of this deal has no open stage."))
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

    def check_contact(s, obj: Deal | None) -> None:
        # an unchanged contact of an unchanged client needs no read (one round trip saved)
        if d.contact_id is None or (obj is not None and (obj.contact_id, obj.client_id) == (d.contact_id, d.client_id)):
            return
        c = s.get(Contact, d.contact_id)
        if c is None or c.client_id != d.client_id:
            raise ValidationError("contact_id", translate("app.deals", "This contact person is not of the deal's client."))

    def work(s):
        if d.id is None:
            check_contact(s, None)
            stage = s.get(Stage, d.stage_id) if d.stage_id else _default_stage(s, d)
            if stage is None:
                raise ValidationError("stage_id", translate("app.deals", "This stage no longer exists."))
            d.funnel_id = d.funnel_id or stage.funnel_id
            obj = Deal(funnel_id=d.funnel_id, stage_id=stage.id)
            if stage.funnel_id != d.funnel_id:
                raise ValidationError("stage_id", translate("app.deals", "The stage “{stage}” belongs to another funnel.").format(
                    stage=stage.name))
            if stage.is_lost:
                raise ValidationError("stage_id", translate("app.deals", "A new deal cannot start as lost."))
            if d.responsible_id is None:
                d.responsible_id = ctx.current_user_id()
            s.add(obj)
        else:
            # the deal and the stage it is to be in, in one SELECT
            obj, stage = _get_deal_and_stage(s, d.id, None if force else d.version, d.stage_id)
            check_contact(s, obj)
            if stage is None:
                raise ValidationError("stage_id", translate("app.deals", "This stage no longer exists."))
            if stage.id != obj.stage_id:
                if stage.funnel_id != obj.funnel_id:
                    raise ValidationError("stage_id", translate("app.deals", "The stage “{stage}” belongs to another funnel.").format(stage=stage.name))
                if stage.is_lost:
                    raise ValidationError("lost_reason_id", translate("app.deals", "Choose why the deal was lost."))
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

    return uow.run(ctx, work)


def _dirty(obj) -> set[str]:
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
        return uow.run(ctx, work)
    except NotAllowed as exc:
        raise NotAllowed(translate("app.deals", "You may not delete deals; close it as lost instead."), exc.details) from None
