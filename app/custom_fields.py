"""Custom fields: definitions (an administrator's job) and typed values on cards.

Kinds: TEXT, NUMBER, DATE, LIST (one of the choices), BOOL. Values are stored typed
(CUSTOM_FIELD_VALUES.VALUE_TEXT/NUM/DATE/BOOL) so reports can sum, filter and sort them.
:func:`validate_values` is what a card save calls; :func:`write_values` runs inside the save's
transaction, so the card and its custom fields are saved together or not at all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select

from app.changes import REF, Changes
from app.context import AppContext
from app.errors import ValidationError, from_driver
from app.i18n import translate
from db.models import FIELD_KINDS, CustomFieldDef, CustomFieldValue

DEFS_SQL = """
SELECT d.ID, d.ENTITY, d.CODE, d.LABEL, d.KIND, d.IS_REQUIRED, d.CHOICES, d.SORT_ORDER, d.VERSION
FROM CUSTOM_FIELD_DEFS d WHERE d.ENTITY = ? AND d.IS_ACTIVE = TRUE ORDER BY d.SORT_ORDER, d.LABEL
"""
VALUES_SQL = """
SELECT v.FIELD_ID, v.VALUE_TEXT, v.VALUE_NUM, v.VALUE_DATE, v.VALUE_BOOL
FROM CUSTOM_FIELD_VALUES v JOIN CUSTOM_FIELD_DEFS d ON d.ID = v.FIELD_ID
WHERE v.ENTITY_ID = ? AND d.ENTITY = ?
"""


@dataclass(frozen=True)
class FieldDef:
    id: int | None
    entity: str
    code: str
    label: str
    kind: str
    is_required: bool = False
    choices: tuple[str, ...] = ()
    sort_order: int = 0
    version: int | None = None


def field_defs(ctx: AppContext, entity: str = "CLIENT") -> list[FieldDef]:
    try:
        rows = ctx.reader.query(DEFS_SQL, (entity,))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return [FieldDef(r[0], r[1].strip(), r[2], r[3], r[4].strip(), bool(r[5]),
                     tuple(c for c in (r[6] or "").splitlines() if c.strip()), r[7], r[8]) for r in rows]


def load_values(ctx: AppContext, entity_id: int, entity: str = "CLIENT") -> dict[int, object]:
    try:
        rows = ctx.reader.query(VALUES_SQL, (entity_id, entity))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    out: dict[int, object] = {}
    for fid, t, n, d, b in rows:
        out[fid] = next((v for v in (t, n, d, b) if v is not None), None)
    return out


def _coerce(fd: FieldDef, value: object) -> object:
    """The typed value for ``fd`` or ValidationError with the field's label."""
    fld = f"custom[{fd.id}]"
    if value is None or (isinstance(value, str) and not value.strip()):
        if fd.is_required and fd.kind != "BOOL":
            raise ValidationError(fld, translate("app.custom_fields", "“{label}” is required.").format(label=fd.label))
        return None
    if fd.kind == "TEXT":
        text = str(value).strip()
        if len(text) > 1000:
            raise ValidationError(fld, translate("app.custom_fields", "“{label}” is too long (at most 1000 characters).").format(label=fd.label))
        return text
    if fd.kind == "NUMBER":
        try:
            return Decimal(re.sub(r"\s", "", str(value)).replace(",", "."))
        except InvalidOperation:
            raise ValidationError(fld, translate("app.custom_fields", "“{label}” must be a number.").format(label=fd.label)) from None
    if fd.kind == "DATE":
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(fld, translate("app.custom_fields", "“{label}” must be a date.").format(label=fd.label)) from None
    if fd.kind == "LIST":
        text = str(value).strip()
        if text not in fd.choices:
            raise ValidationError(fld, translate("app.custom_fields", "Choose a value of “{label}” from the list.").format(label=fd.label))
        return text
    if fd.kind == "BOOL":
        return bool(value)
    raise ValidationError(fld, f"unknown kind {fd.kind}")


def validate_values(defs: list[FieldDef], values: dict[int, object]) -> dict[int, object]:
    """Typed values for every definition (required ones checked), unknown ids dropped."""
    return {fd.id: _coerce(fd, values.get(fd.id)) for fd in defs}


def write_values(s, entity_id: int, typed: dict[int, object], defs: list[FieldDef]) -> None:
    """Replace the entity's values inside the caller's transaction."""
    kinds = {fd.id: fd.kind for fd in defs}
    s.execute(delete(CustomFieldValue).where(CustomFieldValue.entity_id == entity_id,
                                             CustomFieldValue.field_id.in_(list(kinds) or [-1])))
    for fid, value in typed.items():
        if value is None:
            continue
        v = CustomFieldValue(field_id=fid, entity_id=entity_id)
        kind = kinds[fid]
        if kind in ("TEXT", "LIST"):
            v.value_text = value
        elif kind == "NUMBER":
            v.value_num = value
        elif kind == "DATE":
            v.value_date = value
        else:
            v.value_bool = value
        s.add(v)


def save_field_def(ctx: AppContext, fd: FieldDef) -> FieldDef:
    """Create or change a custom field definition (administrators)."""
    label = (fd.label or "").strip()
    code = re.sub(r"[^A-Za-z0-9_]", "_", (fd.code or label).strip().upper())[:30]
    if not label:
        raise ValidationError("label", translate("app.custom_fields", "Give the field a name."))
    if fd.kind not in FIELD_KINDS:
        raise ValidationError("kind", translate("app.custom_fields", "Choose the kind of the field."))
    if fd.kind == "LIST" and not fd.choices:
        raise ValidationError("choices", translate("app.custom_fields", "A list field needs at least one choice."))
    with ctx.sessions.begin() as s:
        obj = s.get(CustomFieldDef, fd.id) if fd.id else None
        if obj is None:
            obj = CustomFieldDef(entity=fd.entity)
            s.add(obj)
        obj.code, obj.label, obj.kind, obj.is_required = code, label[:200], fd.kind, fd.is_required
        obj.choices = "\n".join(fd.choices) or None
        obj.sort_order = fd.sort_order
        s.flush()
        return FieldDef(obj.id, obj.entity, obj.code, obj.label, obj.kind, obj.is_required, fd.choices,
                        obj.sort_order, obj.version)


def changes_of_defs() -> Changes:
    return Changes.of(REF)




def move_field(ctx: AppContext, field_id: int, delta: int) -> list[FieldDef]:
    """Move a definition ``delta`` places up (negative) or down among its entity's active fields.

    Every definition of the entity is renumbered 10, 20, 30… in the new order (so equal or gappy
    SORT_ORDERs left by earlier saves straighten out); returns the definitions in the new order.
    A move past either end leaves the field where it is.
    """
    with ctx.sessions.begin() as s:
        obj = s.get(CustomFieldDef, field_id)
        if obj is None or not obj.is_active:
            raise ValidationError("field", translate("app.custom_fields", "The field no longer exists."))
        entity = obj.entity
        rows = list(s.scalars(select(CustomFieldDef).where(CustomFieldDef.entity == entity,
                                                           CustomFieldDef.is_active.is_(True))
                              .order_by(CustomFieldDef.sort_order, CustomFieldDef.label)))
        i = next(n for n, r in enumerate(rows) if r.id == field_id)
        j = max(0, min(len(rows) - 1, i + delta))
        rows.insert(j, rows.pop(i))
        for n, r in enumerate(rows, 1):
            if r.sort_order != n * 10:
                r.sort_order = n * 10
    return field_defs(ctx, entity.strip())
