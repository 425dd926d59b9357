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

from sqlalchemy import select

from app import uow, validate
from app.changes import Changes
from app.clients import Saved
from app.context import AppContext
from app.deal_card import (
    DealClient,
    DealDraft,
    DealForm,
    DealLineItem,
    DealTask,
    StageMove,
    deal_client,
    delete_deal,
    load_deal,
    new_deal_form,
    save_deal,
    validate_deal,
)
from app.deal_lines import ProductChoice, line_amount, price_for, product_choices
from app.deal_rules import (
    FIELD_WORDS,
    FunnelInfo,
    StageInfo,
    _changes,
    _enter,
    _get_deal,
    _get_deal_and_stage,
    _special_stage,
    funnels_with_stages,
    lost_reasons,
    missing_fields,
)
from app.errors import UserError, ValidationError
from app.i18n import translate
from db.models import Deal, DealStageHistory, LostReason, Stage

__all__ = [
    "FIELD_WORDS", "DealClient", "DealDraft", "DealForm", "DealLineItem", "DealTask", "FunnelInfo", "ProductChoice",
    "Saved", "StageInfo", "StageMove", "close_deal_won", "close_deals_lost", "deal_client", "delete_deal",
    "funnels_with_stages", "line_amount",
    "load_deal", "lost_reasons", "missing_fields", "move_deal_stage", "new_deal_form", "price_for",
    "product_choices", "reopen_deal", "save_deal", "validate_deal",
]

MAX_LOST_COMMENT = 500


def move_deal_stage(ctx: AppContext, deal_id: int, to_stage_id: int, version: int | None = None) -> Saved:
    """Move a deal to another stage of its funnel, forwards or backwards (the trigger records it).

    Raises ValidationError when the stage is in another funnel (field ``stage_id``), when the
    stage's entry rules are not met (field = the first missing one, message names them all), or
    when the stage is a lost stage (field ``lost_reason_id``: ask for a reason and call
    :func:`close_deals_lost`). ``version`` given and stale → ConflictError. Entering a won stage
    closes the deal as won; leaving a lost stage clears the lost reason.
    """
    def work(s):
        obj, stage = _get_deal_and_stage(s, deal_id, version, to_stage_id, defer_note=True)
        if stage is None:
            raise ValidationError("stage_id", translate("app.deals", "This stage no longer exists."))
        if stage.id == obj.stage_id and not stage.is_lost:
            return Saved(obj.id, obj.version, Changes())
        _enter(s, obj, stage)
        s.flush()
        return Saved(obj.id, obj.version, _changes([obj.id], [obj.client_id]))

    return uow.run(ctx, work)

def close_deal_won(ctx: AppContext, deal_id: int, version: int | None = None) -> Saved:
    """Move the deal to its funnel's won stage (OUTCOME = WON and CLOSED_AT set by the trigger)."""
    def work(s):
        obj = _get_deal(s, deal_id, version)
        _enter(s, obj, _special_stage(s, obj.funnel_id, won=True))
        s.flush()
        return Saved(obj.id, obj.version, _changes([obj.id], [obj.client_id]))

    return uow.run(ctx, work)


def _reason(s, reason_id: int | None) -> LostReason:
    if reason_id is None:
        raise ValidationError("lost_reason_id", translate("app.deals", "Choose why the deal was lost."))
    reason = s.get(LostReason, reason_id)
    if reason is None or not reason.is_active:
        raise ValidationError("lost_reason_id", translate("app.deals", "This lost reason is no longer offered; choose another one."))
    return reason


def close_deals_lost(ctx: AppContext, deal_ids: list[int], reason_id: int, comment: str | None) -> Changes:
    """Close one or many deals as lost with one reason and comment: all or nothing, one transaction.

    Each deal moves to the lost stage of its own funnel (entry rules of that stage apply, the
    message names the deal). A missing or inactive reason raises ValidationError
    (``lost_reason_id``); a deal that is gone or invisible aborts the whole batch with a UserError.
    A deal already lost gets the new reason and comment.
    """
    ids = list(dict.fromkeys(int(i) for i in deal_ids))
    comment = validate.optional_text(comment, "lost_comment", translate("app.deals", "Comment"), MAX_LOST_COMMENT)
    if not ids:
        return Changes()

    def work(s):
        reason = _reason(s, reason_id)
        found = {d.id: d for d in s.scalars(select(Deal).where(Deal.id.in_(ids)).execution_options(
            populate_existing=True))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise UserError(translate("app.deals", "%n of the chosen deals no longer exist or are not visible to you; "
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

    return uow.run(ctx, work)


def reopen_deal(ctx: AppContext, deal_id: int, stage_id: int | None = None, version: int | None = None) -> Saved:
    """Reopen a won or lost deal: into ``stage_id`` (an open stage of its funnel) or, by default,
    the open stage it was in before it was closed (else the funnel's first open stage). The lost
    reason is cleared; the move is recorded in the stage history like any other."""
    def work(s):
        obj = _get_deal(s, deal_id, version)
        if stage_id is not None:
            target = s.get(Stage, stage_id)
            if target is None or target.is_won or target.is_lost:
                raise ValidationError("stage_id", translate("app.deals", "Choose an open stage to reopen the deal in."))
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
                    raise UserError(translate("app.deals", "The funnel of this deal has no open stage to reopen it in."))
        _enter(s, obj, target)
        s.flush()
        return Saved(obj.id, obj.version, _changes([obj.id], [obj.client_id]))

    return uow.run(ctx, work)
