"""The rules of a deal's life shared by the deal use cases and the deal card (issue #5).

Layer: ``app`` (pure Python; imports ``db`` only). Funnels and stages as the screens see them,
the stage entry rules (``STAGES.REQUIRED_FIELDS``), entering a stage with its checks, and the one
write-transaction wrapper that maps races and driver errors to :mod:`app.errors`. The public
names are re-exported by :mod:`app.deals`; import them from there.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import defer
from sqlalchemy.orm.attributes import flag_modified

from app import uow
from app.changes import CLIENT, DEAL, Changes
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import Deal, DealLine, Funnel, Stage

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


# ---------------------------------------------------------------------------------------------
# Reference reads

_FUNNELS_SQL = """
SELECT FIRST 1000 f.ID, f.NAME, f.IS_DEFAULT, s.ID, s.NAME, s.SORT_ORDER, s.COLOR, s.PROBABILITY, s.IS_WON,
       s.IS_LOST, s.ROT_DAYS, s.REQUIRED_FIELDS
FROM FUNNELS f LEFT JOIN STAGES s ON s.FUNNEL_ID = f.ID
WHERE f.IS_ACTIVE = TRUE ORDER BY f.SORT_ORDER, f.ID, s.SORT_ORDER, s.ID
"""
_LOST_REASONS_SQL = "SELECT FIRST 500 r.ID, r.NAME FROM LOST_REASONS r WHERE r.IS_ACTIVE = TRUE ORDER BY r.SORT_ORDER, r.NAME"


def required_fields(text: str | None) -> tuple[str, ...]:
    """STAGES.REQUIRED_FIELDS (``"AMOUNT,CONTACT"``) as a tuple of field codes."""
    return tuple(p.strip().upper() for p in (text or "").split(",") if p.strip())


def funnels_with_stages(ctx: AppContext) -> list[FunnelInfo]:
    """Active funnels (by sort order) with their stages (by sort order), in one read."""
    funnels: dict[int, FunnelInfo] = {}
    for fid, fname, fdef, sid, sname, order, color, prob, won, lost, rot, req in uow.read(ctx, _FUNNELS_SQL):
        f = funnels.get(fid)
        if f is None:
            f = funnels[fid] = FunnelInfo(fid, fname, bool(fdef), [])
        if sid is not None:
            f.stages.append(StageInfo(sid, sname, order, color.strip() if color else None, prob or 0, bool(won),
                                      bool(lost), rot or 0, required_fields(req)))
    return list(funnels.values())


def lost_reasons(ctx: AppContext) -> list[tuple[int, str]]:
    """Active lost reasons (id, name) in their administered order."""
    return [(r[0], r[1]) for r in uow.read(ctx, _LOST_REASONS_SQL)]


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
    missing = missing_fields(required_fields(stage.required_fields), values)
    if not missing:
        return
    words = ", ".join(translate("app.deals", FIELD_WORDS[m]) for m in missing)
    if title:
        msg = translate("app.deals", "The deal “{deal}” cannot enter the stage “{stage}”: fill in {fields} first.").format(
            deal=title, stage=stage.name, fields=words)
    else:
        msg = translate("app.deals", "To enter the stage “{stage}”, fill in {fields} first.").format(
            stage=stage.name, fields=words)
    raise ValidationError(missing[0].lower(), msg)


def _deal_values(s, obj: Deal, stage: Stage) -> dict[str, object]:
    """The stored deal's values the entry rules of ``stage`` look at (lines only when asked for)."""
    required = required_fields(stage.required_fields)
    # only the fields the rules name: the NOTE BLOB is read (one round trip) only when a rule needs it
    values: dict[str, object] = {k.lower(): getattr(obj, k.lower()) for k in FIELD_WORDS
                                 if k != "LINES" and k in required}
    if "LINES" in required:
        values["lines"] = s.scalar(select(DealLine.id).where(DealLine.deal_id == obj.id).limit(1)) is not None
    return values


# ---------------------------------------------------------------------------------------------
# Moving and closing


def _conflict(obj: Deal) -> ConflictError:
    return ConflictError(ConflictInfo((obj.changed_by or obj.created_by or "").strip() or None,
                                      obj.changed_at or obj.created_at))


def _gone() -> UserError:
    return UserError(translate("app.deals", "This deal no longer exists (deleted by another user) or is not visible to you."))


def _get_deal(s, deal_id: int, version: int | None) -> Deal:
    obj = s.get(Deal, deal_id, populate_existing=True)
    if obj is None:
        raise _gone()
    if version is not None and obj.version != version:
        raise _conflict(obj)
    return obj


def _get_deal_and_stage(s, deal_id: int, version: int | None, stage_id: int | None, *,
                        defer_note: bool = False) -> tuple[Deal, Stage | None]:
    """:func:`_get_deal` and the stage ``stage_id`` (None: the deal's own stage) in **one** SELECT
    (a LEFT JOIN on the stage), i.e. one round trip fewer than two ``get`` calls. ``defer_note``
    leaves the NOTE BLOB on the server (a BLOB costs a round trip of its own) for writes that do
    not look at it. The stage is None when it does not exist (or is not visible)."""
    target = Stage.id == (int(stage_id) if stage_id is not None else Deal.stage_id)
    stmt = (select(Deal, Stage).outerjoin(Stage, target).where(Deal.id == deal_id)
            .execution_options(populate_existing=True))
    if defer_note:
        stmt = stmt.options(defer(Deal.note))
    row = s.execute(stmt).first()
    if row is None:
        raise _gone()
    obj, stage = row
    if version is not None and obj.version != version:
        raise _conflict(obj)
    return obj, stage


def _enter(s, obj: Deal, stage: Stage, *, reason_id: int | None = None, comment: str | None = None,
           title_in_message: bool = False) -> None:
    """Put ``obj`` into ``stage`` after the checks (funnel, lost reason, entry rules)."""
    if stage.funnel_id != obj.funnel_id:
        raise ValidationError("stage_id", translate("app.deals", "The stage “{stage}” belongs to another funnel.").format(
            stage=stage.name))
    if stage.is_lost and reason_id is None:
        raise ValidationError("lost_reason_id", translate("app.deals", "Choose why the deal was lost."))
    if stage.id != obj.stage_id:
        _check_entry(stage, _deal_values(s, obj, stage), obj.title if title_in_message else None)
        obj.stage_id = stage.id
    if stage.is_lost:
        obj.lost_reason_id, obj.lost_comment = reason_id, comment
    else:
        obj.lost_reason_id = obj.lost_comment = None
    flag_modified(obj, "stage_id")  # always an UPDATE: the version guards the move


def _changes(deal_ids, client_ids) -> Changes:
    return Changes.of(DEAL, *deal_ids) | Changes.of(CLIENT, *client_ids)

def _special_stage(s, funnel_id: int, won: bool) -> Stage:
    col = Stage.is_won if won else Stage.is_lost
    stage = s.scalar(select(Stage).where(Stage.funnel_id == funnel_id, col.is_(True))
                     .order_by(Stage.sort_order, Stage.id).limit(1))
    if stage is None:
        f = s.get(Funnel, funnel_id)
        text = (translate("app.deals", "The funnel “{funnel}” has no won stage; an administrator must add one.") if won
                else translate("app.deals", "The funnel “{funnel}” has no lost stage; an administrator must add one."))
        raise UserError(text.format(funnel=f.name if f else funnel_id))
    return stage
