"""Funnel administration (issue #5): funnels, their ordered stages, and the lost-reasons list.

Layer: ``app`` (pure Python; imports ``db`` only). Administrators only: the server's admin guard
on FUNNELS/STAGES/LOST_REASONS refuses everyone else (shown as :class:`~app.errors.NotAllowed`).

A funnel is saved *with* its stage list in one transaction (:func:`save_funnel`): the list's order
is the stages' order; stages missing from the list are deleted — refused, with the stage's name and
how many deals stand in it, when deals or automation rules use it. Rules checked before anything
is written: a name; exactly one won and one lost stage and at least one open stage; unique stage
names; probability 0..100; rot days 0..3650; colours ``#RRGGBB``; entry-rule fields from
:data:`app.deal_rules.FIELD_WORDS`. Versions are checked (a funnel or stage changed by someone else
meanwhile raises :class:`~app.errors.ConflictError`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, update

from app import uow
from app.changes import REF, Changes
from app.clients import Saved
from app.context import AppContext
from app.deal_rules import FIELD_WORDS, required_fields
from app.errors import ConflictError, ConflictInfo, UserError, ValidationError
from app.i18n import translate
from db.models import AutomationRule, Deal, Funnel, LostReason, Stage

_CTX = "app.funnels"
MAX_ROT_DAYS = 3650
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass
class StageDraft:
    name: str = ""
    probability: int = 0
    color: str | None = None
    is_won: bool = False
    is_lost: bool = False
    rot_days: int = 0
    required_fields: tuple[str, ...] = ()  #: keys of FIELD_WORDS
    id: int | None = None
    version: int | None = None
    deals: int = 0  #: deals standing in the stage now (read only: shown, and why a delete is refused)


@dataclass
class FunnelDraft:
    name: str = ""
    is_default: bool = False
    is_active: bool = True
    sort_order: int = 0
    stages: list[StageDraft] = field(default_factory=list)  #: in board order
    id: int | None = None
    version: int | None = None
    deals: int = 0  #: read only


@dataclass
class LostReasonItem:
    name: str = ""
    is_active: bool = True
    sort_order: int = 0
    id: int | None = None
    version: int | None = None
    deals: int = 0  #: read only: deals lost for this reason


_FUNNELS_SQL = """
SELECT FIRST 2000 f.ID, f.NAME, f.IS_DEFAULT, f.IS_ACTIVE, f.SORT_ORDER, f.VERSION,
       s.ID, s.NAME, s.PROBABILITY, s.COLOR, s.IS_WON, s.IS_LOST, s.ROT_DAYS, s.REQUIRED_FIELDS, s.VERSION,
       (SELECT COUNT(*) FROM DEALS d WHERE d.STAGE_ID = s.ID)
FROM FUNNELS f LEFT JOIN STAGES s ON s.FUNNEL_ID = f.ID
ORDER BY f.SORT_ORDER, f.ID, s.SORT_ORDER, s.ID
"""
_REASONS_SQL = """
SELECT FIRST 1000 r.ID, r.NAME, r.IS_ACTIVE, r.SORT_ORDER, r.VERSION,
       (SELECT COUNT(*) FROM DEALS d WHERE d.LOST_REASON_ID = r.ID)
FROM LOST_REASONS r ORDER BY r.SORT_ORDER, r.NAME
"""


def funnels(ctx: AppContext) -> list[FunnelDraft]:
    """Every funnel (active or not) with its stages in order and deal counts; one read."""
    out: dict[int, FunnelDraft] = {}
    for (fid, fname, fdef, factive, forder, fver, sid, sname, prob, color, won, lost, rot, req, sver,
         n) in uow.read(ctx, _FUNNELS_SQL):
        f = out.get(fid)
        if f is None:
            f = out[fid] = FunnelDraft(fname, bool(fdef), bool(factive), forder, [], fid, fver)
        if sid is not None:
            f.stages.append(StageDraft(sname, prob or 0, color.strip() if color else None, bool(won), bool(lost),
                                       rot or 0, required_fields(req), sid, sver, int(n or 0)))
            f.deals += int(n or 0)
    return list(out.values())


def validate_funnel(draft: FunnelDraft) -> FunnelDraft:
    """A cleaned copy or the first ValidationError (``field``: ``name`` or ``stages[i].<attr>``)."""
    f = replace(draft, stages=[replace(s) for s in draft.stages])
    f.name = (f.name or "").strip()
    if not f.name:
        raise ValidationError("name", translate("app.funnels", "Give the funnel a name."))
    if len(f.name) > 200:
        raise ValidationError("name", translate("app.funnels", "The name is too long (at most 200 characters)."))
    names: set[str] = set()
    for i, s in enumerate(f.stages):
        s.name = (s.name or "").strip()
        where = f"stages[{i}]"
        if not s.name:
            raise ValidationError(f"{where}.name", translate("app.funnels", "Stage {n} has no name.").format(n=i + 1))
        if s.name.casefold() in names:
            raise ValidationError(f"{where}.name", translate("app.funnels", "Two stages are called “{name}”.").format(
                name=s.name))
        names.add(s.name.casefold())
        if not isinstance(s.probability, int) or not 0 <= s.probability <= 100:
            raise ValidationError(f"{where}.probability", translate(
                "app.funnels", "The probability of “{name}” must be between 0 and 100.").format(name=s.name))
        if not isinstance(s.rot_days, int) or not 0 <= s.rot_days <= MAX_ROT_DAYS:
            raise ValidationError(f"{where}.rot_days", translate(
                "app.funnels", "Rot days of “{name}” must be between 0 and {max}.").format(name=s.name, max=MAX_ROT_DAYS))
        s.color = (s.color or "").strip() or None
        if s.color is not None and not _COLOR.match(s.color):
            raise ValidationError(f"{where}.color", translate(
                "app.funnels", "The colour of “{name}” must look like #1E88E5.").format(name=s.name))
        if s.is_won and s.is_lost:
            raise ValidationError(f"{where}.is_won", translate(
                "app.funnels", "“{name}” cannot be both won and lost.").format(name=s.name))
        unknown = [x for x in s.required_fields if x not in FIELD_WORDS]
        if unknown:
            raise ValidationError(f"{where}.required_fields", translate(
                "app.funnels", "Unknown required field {field} in “{name}”.").format(field=unknown[0], name=s.name))
        if s.is_won:
            s.probability = 100 if s.probability == 0 else s.probability
    won = [s for s in f.stages if s.is_won]
    lost = [s for s in f.stages if s.is_lost]
    if len(won) != 1:
        raise ValidationError("stages", translate(
            "app.funnels", "A funnel needs exactly one won stage (it has {n}).").format(n=len(won)))
    if len(lost) != 1:
        raise ValidationError("stages", translate(
            "app.funnels", "A funnel needs exactly one lost stage (it has {n}).").format(n=len(lost)))
    if len(f.stages) - 2 < 1:
        raise ValidationError("stages", translate("app.funnels", "A funnel needs at least one open stage."))
    return f


def _check_version(obj, version: int | None) -> None:
    if version is not None and obj.version != version:
        raise ConflictError(ConflictInfo(obj.changed_by, obj.changed_at))


def _refuse_delete(s, stage: Stage) -> None:
    deals = s.scalar(select(func.count()).select_from(Deal).where(Deal.stage_id == stage.id))
    if deals:
        raise ValidationError("stages", translate(
            "app.funnels", "The stage “{name}” cannot be removed: %n deal(s) stand in it. Move them first.", None,
            deals).format(name=stage.name))
    rules = s.scalar(select(func.count()).select_from(AutomationRule).where(AutomationRule.stage_id == stage.id))
    if rules:
        raise ValidationError("stages", translate(
            "app.funnels", "The stage “{name}” cannot be removed: %n automation rule(s) use it.", None,
            rules).format(name=stage.name))


def save_funnel(ctx: AppContext, draft: FunnelDraft) -> Saved:
    """Create or change a funnel with its whole stage list, in one transaction (module docstring)."""
    f = validate_funnel(draft)

    def work(s):
        if f.id is None:
            obj = Funnel(name=f.name)
            s.add(obj)
        else:
            obj = s.get(Funnel, f.id)
            if obj is None:
                raise UserError(translate("app.funnels", "This funnel was deleted by another user."))
            _check_version(obj, f.version)
        obj.name, obj.is_active, obj.sort_order = f.name[:200], f.is_active, f.sort_order
        if f.is_default and not obj.is_default:
            s.execute(update(Funnel).where(Funnel.is_default.is_(True)).values(is_default=False)
                      .execution_options(synchronize_session=False))
        obj.is_default = f.is_default
        s.flush()
        stored = {st.id: st for st in s.scalars(select(Stage).where(Stage.funnel_id == obj.id))}
        keep = {st.id for st in f.stages if st.id is not None}
        for sid, st in stored.items():
            if sid not in keep:
                _refuse_delete(s, st)
                s.delete(st)
        # park the kept stages on free negative positions first: (FUNNEL_ID, SORT_ORDER) is
        # unique and Firebird checks it row by row, so a plain swap of two positions would fail
        for n, sd in enumerate(f.stages, 1):
            if sd.id is not None:
                st = stored.get(sd.id)
                if st is None:
                    raise UserError(translate("app.funnels", "The stage “{name}” was deleted by another user.").format(
                        name=sd.name))
                _check_version(st, sd.version)
                st.sort_order = -n
        s.flush()
        for n, sd in enumerate(f.stages, 1):
            st = stored[sd.id] if sd.id is not None else Stage(funnel_id=obj.id)
            if sd.id is None:
                s.add(st)
            st.name, st.sort_order, st.probability, st.color = sd.name[:200], n, sd.probability, sd.color
            st.is_won, st.is_lost, st.rot_days = sd.is_won, sd.is_lost, sd.rot_days
            st.required_fields = ",".join(sd.required_fields) or None
        s.flush()
        return Saved(obj.id, obj.version, Changes.of(REF))

    return uow.run(ctx, work)


def delete_funnel(ctx: AppContext, funnel_id: int) -> Changes:
    """Delete a funnel with its stages; refused with a clear message when deals or rules use it
    (an unused funnel can also be switched off instead: ``is_active=False``)."""

    def work(s):
        obj = s.get(Funnel, funnel_id)
        if obj is None:
            return Changes.of(REF)
        n = s.scalar(select(func.count()).select_from(Deal).where(Deal.funnel_id == funnel_id))
        if n:
            raise ValidationError("funnel", translate(
                "app.funnels", "The funnel “{name}” cannot be deleted: %n deal(s) belong to it. "
                      "Switch it off instead.", None, n).format(name=obj.name))
        rules = s.scalar(select(func.count()).select_from(AutomationRule).where(
            (AutomationRule.funnel_id == funnel_id)
            | AutomationRule.stage_id.in_(select(Stage.id).where(Stage.funnel_id == funnel_id))))
        if rules:
            raise ValidationError("funnel", translate(
                "app.funnels", "The funnel “{name}” cannot be deleted: %n automation rule(s) use it.", None,
                rules).format(name=obj.name))
        s.delete(obj)
        return Changes.of(REF)

    return uow.run(ctx, work)


# ---------------------------------------------------------------------------------------------
# Lost reasons


def lost_reasons(ctx: AppContext) -> list[LostReasonItem]:
    """Every lost reason (active or not) in order, with how many deals use it; one read."""
    return [LostReasonItem(r[1], bool(r[2]), r[3], r[0], r[4], int(r[5] or 0)) for r in uow.read(ctx, _REASONS_SQL)]


def save_lost_reason(ctx: AppContext, item: LostReasonItem) -> Saved:
    """Create or change one lost reason (name unique, case-insensitively)."""
    name = (item.name or "").strip()
    if not name:
        raise ValidationError("name", translate("app.funnels", "Give the reason a name."))
    if len(name) > 200:
        raise ValidationError("name", translate("app.funnels", "The name is too long (at most 200 characters)."))

    def work(s):
        clash = s.scalar(select(LostReason.id).where(func.upper(LostReason.name) == name.upper(),
                                                     LostReason.id != (item.id or -1)))
        if clash is not None:
            raise ValidationError("name", translate("app.funnels", "The reason “{name}” already exists.").format(name=name))
        if item.id is None:
            obj = LostReason(name=name)
            s.add(obj)
        else:
            obj = s.get(LostReason, item.id)
            if obj is None:
                raise UserError(translate("app.funnels", "This reason was deleted by another user."))
            _check_version(obj, item.version)
        obj.name, obj.is_active, obj.sort_order = name, item.is_active, item.sort_order
        s.flush()
        return Saved(obj.id, obj.version, Changes.of(REF))

    return uow.run(ctx, work)


def delete_lost_reason(ctx: AppContext, reason_id: int) -> Changes:
    """Delete an unused lost reason; refused (switch it off instead) when deals were lost for it."""

    def work(s):
        obj = s.get(LostReason, reason_id)
        if obj is None:
            return Changes.of(REF)
        n = s.scalar(select(func.count()).select_from(Deal).where(Deal.lost_reason_id == reason_id))
        if n:
            raise ValidationError("name", translate(
                "app.funnels", "“{name}” cannot be deleted: %n deal(s) were lost for this reason. "
                      "Switch it off instead.", None, n).format(name=obj.name))
        s.delete(obj)
        return Changes.of(REF)

    return uow.run(ctx, work)
