"""Merging clients, and undoing a merge (issue #11).

Layer: ``app`` (pure Python; imports ``db`` only).

A merge of two or more clients keeps one, the *survivor*, and in ONE transaction:
* sets each field of the survivor to the value the user chose (any of the clients' values);
* moves everything attached to the other clients to the survivor. What "attached" means is read
  from the database itself: every foreign key to ``CLIENTS`` (``RDB$`` system tables,
  :func:`client_references`) must have a rule in :data:`REFERENCES`, or the merge refuses to run
  (and ``tests/unit/test_merge.py`` fails) — a table added later cannot be forgotten silently;
* keeps one primary phone, e-mail, address and contact: the survivor's own (or the first moved
  one when it has none); the other moved primaries become ordinary rows (undo restores them);
* never deletes a row: a row that cannot move (the survivor already has that tag or classifier
  value, a custom field the survivor keeps its own value of, the derived summary and status
  history) stays with its merged client, so nothing is lost and undo can put everything back;
* turns the other clients into archived pointers (``MERGED_INTO_ID`` = survivor,
  ``IS_ARCHIVED``): lists and search hide them, opening one opens the survivor
  (:func:`app.clients.load_client_card`), their audit trail shows on the survivor's card;
* writes a ``CLIENT_MERGES`` row with every old value and the ids of every moved row (JSON), and
  the audit trail gets the merge (trigger on CLIENT_MERGES) and each field's old → new value
  (the CLIENTS and child tables' audit triggers).

All of it goes through the visibility views and their write guards, so merging needs the right to
see and edit every client involved: a manager cannot merge (or move rows from) a client outside
his scope, from this program or from isql.

Undo (:func:`undo_merge`) is allowed while the survivor's version is still the one the merge left
(nobody has edited it since); it moves the recorded rows back and restores every old value.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import literal_column, select, text, update
from sqlalchemy.orm import Session

from app import normalize, uow
from app.changes import CLIENT, DEAL, INTERACTION, TASK, Changes
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, NotAllowed, UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import Client as ClientModel
from db.models import ClientMerge, CustomFieldDef, CustomFieldValue, metadata

#: The merge rule of every foreign key to CLIENTS, (table, column) -> rule:
#: ``move``: the rows move to the survivor (ids recorded for undo);
#: ``move_new:<COL>``: a link table keyed by (client, COL): rows whose COL the survivor lacks move,
#: the others stay with the merged client (same fact, nothing to add);
#: ``keep``: stays with the merged client (derived data, history of that record).
REFERENCES: dict[tuple[str, str], str] = {
    ("CONTACTS", "CLIENT_ID"): "move",
    ("PHONES", "CLIENT_ID"): "move",
    ("EMAILS", "CLIENT_ID"): "move",
    ("ADDRESSES", "CLIENT_ID"): "move",
    ("DEALS", "CLIENT_ID"): "move",
    ("TASKS", "CLIENT_ID"): "move",
    ("INTERACTIONS", "CLIENT_ID"): "move",
    ("ATTACHMENTS", "CLIENT_ID"): "move",
    ("INVOICES", "CLIENT_ID"): "move",  # with the deals they were issued for (revision 0013)
    ("SEARCH_KEYS", "CLIENT_ID"): "move",  # the survivor is found by the merged names, phones…
    ("CLIENTS", "MERGED_INTO_ID"): "move",  # earlier merges point at the survivor (no chains)
    ("CLIENT_TAGS", "CLIENT_ID"): "move_new:TAG_ID",
    ("CLIENT_CLASSIFIERS", "CLIENT_ID"): "move_new:VALUE_ID",
    ("CLIENT_STATS", "CLIENT_ID"): "keep",  # 1:1 summary, recomputed by the triggers of the moves
    ("CLIENT_STATUS_HISTORY", "CLIENT_ID"): "keep",  # that record's own lifecycle
    ("CLIENT_MERGES", "SURVIVOR_ID"): "keep",  # history of earlier merges
    ("DEDUPE_IGNORED", "CLIENT_A_ID"): "keep",
    ("DEDUPE_IGNORED", "CLIENT_B_ID"): "keep",
}
#: References without a foreign key, and how the merge treats them.
SOFT_REFERENCES = {
    ("CUSTOM_FIELD_VALUES", "ENTITY_ID"): "chosen per field in the dialog (fields of entity CLIENT)",
    ("AUDIT_LOG", "CLIENT_ID"): "kept; the survivor's audit tab reads its merged clients' too",
    ("AUTOMATION_RUNS", "ENTITY_ID"): "kept (a rule's run for that record)",
}

#: the survivor's fields the user chooses among, in the dialog's order
FIELDS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("app.merge", "Name")),
    ("legal_name", QT_TRANSLATE_NOOP("app.merge", "Legal name")),
    ("kind", QT_TRANSLATE_NOOP("app.merge", "Kind")),
    ("status", QT_TRANSLATE_NOOP("app.merge", "Status")),
    ("responsible_id", QT_TRANSLATE_NOOP("app.merge", "Responsible")),
    ("source_id", QT_TRANSLATE_NOOP("app.merge", "Source")),
    ("inn", QT_TRANSLATE_NOOP("app.merge", "INN")),
    ("kpp", QT_TRANSLATE_NOOP("app.merge", "KPP")),
    ("ogrn", QT_TRANSLATE_NOOP("app.merge", "OGRN")),
    ("bank_name", QT_TRANSLATE_NOOP("app.merge", "Bank")),
    ("bank_bik", QT_TRANSLATE_NOOP("app.merge", "BIK")),
    ("bank_account", QT_TRANSLATE_NOOP("app.merge", "Account")),
    ("corr_account", QT_TRANSLATE_NOOP("app.merge", "Corr. account")),
    ("birthday", QT_TRANSLATE_NOOP("app.merge", "Birthday")),
    ("founded_on", QT_TRANSLATE_NOOP("app.merge", "Founded on")),
    ("website", QT_TRANSLATE_NOOP("app.merge", "Website")),
    ("city", QT_TRANSLATE_NOOP("app.merge", "City")),
    ("region", QT_TRANSLATE_NOOP("app.merge", "Region")),
    ("lost_reason_id", QT_TRANSLATE_NOOP("app.merge", "Lost reason")),
    ("note", QT_TRANSLATE_NOOP("app.merge", "Note")),
)
_FIELD_KEYS = tuple(k for k, _l in FIELDS)
#: how coded values show in the dialog
CODE_LABELS = {
    "kind": {"COMPANY": QT_TRANSLATE_NOOP("app.merge", "Company"), "PERSON": QT_TRANSLATE_NOOP("app.merge", "Person")},
    "status": {"POTENTIAL": QT_TRANSLATE_NOOP("app.merge", "Potential"), "ACTIVE": QT_TRANSLATE_NOOP("app.merge", "Active"),
               "REGULAR": QT_TRANSLATE_NOOP("app.merge", "Regular"), "LOST": QT_TRANSLATE_NOOP("app.merge", "Lost")},
}
#: derived columns restored by undo together with the chosen ones
_DERIVED = ("search_name", "main_phone", "main_email", "tags_text")
_CF_VALUE_COLS = ("value_text", "value_num", "value_date", "value_bool")

#: every foreign key to CLIENTS: (child table, column), read from the system tables
REFERENCES_SQL = """
SELECT TRIM(rc.RDB$RELATION_NAME), TRIM(s.RDB$FIELD_NAME)
FROM RDB$RELATION_CONSTRAINTS rc
JOIN RDB$REF_CONSTRAINTS ref ON ref.RDB$CONSTRAINT_NAME = rc.RDB$CONSTRAINT_NAME
JOIN RDB$RELATION_CONSTRAINTS pk ON pk.RDB$CONSTRAINT_NAME = ref.RDB$CONST_NAME_UQ
JOIN RDB$INDEX_SEGMENTS s ON s.RDB$INDEX_NAME = rc.RDB$INDEX_NAME
WHERE rc.RDB$CONSTRAINT_TYPE = 'FOREIGN KEY' AND pk.RDB$RELATION_NAME = 'CLIENTS'
ORDER BY 1, 2
"""


@dataclass
class MergeCandidate:
    """One client offered for a merge, as the dialog shows it."""

    id: int
    version: int
    values: dict[str, object]  #: field key (FIELDS or ``cf:<id>``) -> stored value
    shown: dict[str, str]  #: field key -> text to show
    attached: dict[str, int] = field(default_factory=dict)  #: child table -> rows


@dataclass
class MergePlan:
    clients: list[MergeCandidate]
    fields: list[tuple[str, str]]  #: (key, label), FIELDS then the client custom fields

    def candidate(self, client_id: int) -> MergeCandidate:
        return next(c for c in self.clients if c.id == client_id)


@dataclass(frozen=True)
class MergeDone:
    merge_id: int
    survivor_id: int
    merged_ids: tuple[int, ...]
    moved_rows: int
    changes: Changes


@dataclass(frozen=True)
class MergeSummary:
    id: int
    survivor_id: int
    survivor_name: str | None
    merged_ids: tuple[int, ...]
    merged_names: tuple[str, ...]
    moved_rows: int
    state: str
    merged_at: dt.datetime
    merged_by: str | None
    undone_at: dt.datetime | None
    undone_by: str | None


def _s(v):
    return v.strip() if isinstance(v, str) else v


def _empty(v) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def client_references(s: Session) -> list[tuple[str, str]]:
    """Every (table, column) with a foreign key to CLIENTS, from the database's system tables."""
    return [(r[0].strip(), r[1].strip()) for r in s.execute(text(REFERENCES_SQL))]


def unhandled_references(s: Session) -> list[tuple[str, str]]:
    return [ref for ref in client_references(s) if ref not in REFERENCES]


# ---------------------------------------------------------------------------------------------
# The plan the dialog shows


def _client_custom_defs(s: Session) -> list[tuple[int, str, str]]:
    d = CustomFieldDef.__table__
    rows = s.execute(select(d.c.id, d.c.label, d.c.kind).where(d.c.entity == "CLIENT")
                     .order_by(d.c.sort_order, d.c.label)).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _cf_value(row) -> object:
    for col in _CF_VALUE_COLS:
        v = getattr(row, col)
        if v is not None:
            return v
    return None


def _show(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return translate("app.merge", "yes") if v else translate("app.merge", "no")
    if isinstance(v, dt.date):
        return v.strftime("%d.%m.%Y")
    if isinstance(v, Decimal):
        return format(v.normalize(), "f")
    text_ = str(v).strip()
    return text_ if len(text_) <= 200 else text_[:199] + "…"


def load_merge_plan(ctx: AppContext, client_ids: Sequence[int]) -> MergePlan:
    """The clients to merge with every choosable value and what hangs off each (for the dialog)."""
    ids = list(dict.fromkeys(client_ids))
    if len(ids) < 2:
        raise ValidationError("clients", translate("app.merge", "Choose at least two clients to merge."))

    def work(s: Session) -> MergePlan:
        c = ClientModel.__table__
        rows = {r.id: r for r in s.execute(select(c).where(c.c.id.in_(ids))).all()}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise NotAllowed(translate("app.merge", "Client {ids} does not exist or is outside what you may see.")
                             .format(ids=", ".join(map(str, missing))))
        merged = [i for i in ids if rows[i].merged_into_id is not None]
        if merged:
            raise UserError(translate("app.merge", "Client {ids} has already been merged into another one.")
                            .format(ids=", ".join(map(str, merged))))
        names = {}
        for tbl, key in (("CRM_USERS", "full_name"), ("SOURCES", "name"), ("LOST_REASONS", "name")):
            t = metadata.tables[tbl]
            names[tbl] = {r[0]: r[1] for r in s.execute(select(t.c.id, t.c[key]))}
        refs = {"responsible_id": "CRM_USERS", "source_id": "SOURCES", "lost_reason_id": "LOST_REASONS"}
        defs = _client_custom_defs(s)
        v = CustomFieldValue.__table__
        cf_rows = s.execute(select(v).where(v.c.entity_id.in_(ids),
                                            v.c.field_id.in_([d[0] for d in defs] or [-1]))).all()
        cands = []
        for i in ids:
            r = rows[i]
            values = {k: getattr(r, k) for k in _FIELD_KEYS}
            shown = {k: _show(names[refs[k]].get(values[k]) if k in refs else values[k]) for k in _FIELD_KEYS}
            for k, labels in CODE_LABELS.items():
                if values[k] in labels:
                    shown[k] = translate("app.merge", labels[values[k]])
            for cf in cf_rows:
                if cf.entity_id == i:
                    values[f"cf:{cf.field_id}"] = _cf_value(cf)
                    shown[f"cf:{cf.field_id}"] = _show(_cf_value(cf))
            cands.append(MergeCandidate(i, r.version, values, shown))
        for tbl, col in client_references(s):
            if REFERENCES.get((tbl, col), "").startswith("move"):
                t = metadata.tables[tbl]
                for cand in cands:
                    n = s.execute(select(literal_column("COUNT(*)")).select_from(t)
                                  .where(t.c[col.lower()] == cand.id)).scalar_one()
                    if n:
                        cand.attached[tbl] = n
        fields = [(k, translate("app.merge", label)) for k, label in FIELDS]
        fields += [(f"cf:{fid}", label) for fid, label, _k in defs]
        return MergePlan(cands, fields)

    return uow.run(ctx, work)


def default_choices(plan: MergePlan, survivor_id: int) -> dict[str, int]:
    """Per field, the client whose value survives: the survivor's when it has one, otherwise the
    first client (in the plan's order) that has a value."""
    order = [plan.candidate(survivor_id)] + [c for c in plan.clients if c.id != survivor_id]
    out = {}
    for key, _label in plan.fields:
        chosen = next((c.id for c in order if not _empty(c.values.get(key))), survivor_id)
        out[key] = chosen
    return out


# ---------------------------------------------------------------------------------------------
# Merge


def _json(v):
    if isinstance(v, dt.datetime):
        return {"dt": v.isoformat()}
    if isinstance(v, dt.date):
        return {"d": v.isoformat()}
    if isinstance(v, Decimal):
        return {"n": str(v)}
    return v


def _unjson(v):
    if isinstance(v, dict):
        if "dt" in v:
            return dt.datetime.fromisoformat(v["dt"])
        if "d" in v:
            return dt.date.fromisoformat(v["d"])
        if "n" in v:
            return Decimal(v["n"])
    return v


def _chunks(seq: list, n: int = 500) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


#: child tables with one primary row per client (phones and e-mails: the client's own, not a contact's)
_PRIMARY_TABLES = ("PHONES", "EMAILS", "ADDRESSES", "CONTACTS")


def _has_primary(s: Session, tbl: str, client_id: int) -> bool:
    t = metadata.tables[tbl]
    conds = [t.c.client_id == client_id, t.c.is_primary.is_(True)]
    if "contact_id" in t.c:
        conds.append(t.c.contact_id.is_(None))
    return s.execute(select(t.c.id).where(*conds).limit(1)).first() is not None


def _tags_text(s: Session, client_id: int) -> str | None:
    rows = s.execute(text("SELECT t.NAME FROM V_CLIENT_TAGS ct JOIN V_TAGS t ON t.ID = ct.TAG_ID "
                          "WHERE ct.CLIENT_ID = :c ORDER BY t.NAME"), {"c": client_id}).all()
    return ", ".join(r[0] for r in rows)[:200] or None


def merge_clients(ctx: AppContext, survivor_id: int, client_ids: Sequence[int], choices: dict[str, int],
                  versions: dict[int, int]) -> MergeDone:
    """Merge ``client_ids`` into ``survivor_id`` (one of them) in one transaction (see the module).

    ``choices``: field key -> the client whose value the survivor keeps (missing keys keep the
    survivor's own); ``versions``: client id -> the version the user saw (a client changed since
    raises ConflictError and nothing is written).
    """
    ids = list(dict.fromkeys(client_ids))
    if survivor_id not in ids:
        ids.insert(0, survivor_id)
    if len(ids) < 2:
        raise ValidationError("clients", translate("app.merge", "Choose at least two clients to merge."))
    losers = [i for i in ids if i != survivor_id]
    bad = {k: v for k, v in choices.items() if v not in ids}
    if bad:
        raise ValidationError("choices", translate("app.merge", "A chosen value belongs to a client that is not merged."))

    def work(s: Session) -> MergeDone:
        c = ClientModel.__table__
        rows = {r.id: r for r in s.execute(select(c).where(c.c.id.in_(ids))).all()}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise NotAllowed(translate("app.merge", "Client {ids} does not exist or is outside what you may see.")
                             .format(ids=", ".join(map(str, missing))))
        for i in ids:
            if rows[i].merged_into_id is not None:
                raise UserError(translate("app.merge", "Client {ids} has already been merged into another one.")
                                .format(ids=i))
            if i in versions and rows[i].version != versions[i]:
                r = rows[i]
                raise ConflictError(ConflictInfo(_s(r.changed_by) or _s(r.created_by), r.changed_at or r.created_at))
        unknown = unhandled_references(s)
        if unknown:
            raise UserError(translate("app.merge", "This database has links to clients this program cannot merge "
                                                   "({refs}); update the program.")
                            .format(refs=", ".join(f"{t}.{col}" for t, col in unknown)))
        had_primary = {tbl: _has_primary(s, tbl, survivor_id) for tbl in _PRIMARY_TABLES}
        moved: dict[str, dict[str, list]] = {}
        total = 0
        for (tbl, col) in client_references(s):
            rule = REFERENCES[(tbl, col)]
            if rule == "keep":
                continue
            t = metadata.tables[tbl]
            ref = t.c[col.lower()]
            per_loser: dict[str, list] = {}
            for loser in losers:
                if rule == "move":
                    pk = t.c.id
                    keys = [r[0] for r in s.execute(select(pk).where(ref == loser))]
                    if tbl == "CLIENTS":
                        keys = [k for k in keys if k not in ids]
                    if keys:
                        for part in _chunks(keys):
                            s.execute(update(t).where(pk.in_(part), ref == loser).values({ref.key: survivor_id}))
                else:  # move_new:<COL>
                    other = t.c[rule.split(":", 1)[1].lower()]
                    have = {r[0] for r in s.execute(select(other).where(ref == survivor_id))}
                    keys = [r[0] for r in s.execute(select(other).where(ref == loser)) if r[0] not in have]
                    for part in _chunks(keys):
                        s.execute(update(t).where(ref == loser, other.in_(part)).values({ref.key: survivor_id}))
                if keys:
                    per_loser[str(loser)] = keys
                    total += len(keys)
            if per_loser:
                moved[f"{tbl}.{col}"] = per_loser
        # one primary phone / e-mail / address / contact: the survivor's own wins, moved ones step down
        demoted: dict[str, list[int]] = {}
        for tbl in _PRIMARY_TABLES:
            ids_moved = [i for keys in moved.get(f"{tbl}.CLIENT_ID", {}).values() for i in keys]
            t = metadata.tables[tbl]
            conds = [t.c.is_primary.is_(True)] + ([t.c.contact_id.is_(None)] if "contact_id" in t.c else [])
            prim = [r[0] for part in _chunks(ids_moved) for r in s.execute(select(t.c.id).where(t.c.id.in_(part), *conds))]
            if not had_primary[tbl]:
                prim = prim[1:]  # the first moved primary becomes the survivor's
            for part in _chunks(prim):
                s.execute(update(t).where(t.c.id.in_(part)).values(is_primary=False))
            if prim:
                demoted[tbl] = prim
        # custom fields: the chosen client's value survives
        custom: list[dict] = []
        v = CustomFieldValue.__table__
        for key, src in choices.items():
            if not key.startswith("cf:") or src == survivor_id:
                continue
            fid = int(key[3:])
            own = s.execute(select(v).where(v.c.field_id == fid, v.c.entity_id == survivor_id)).first()
            theirs = s.execute(select(v).where(v.c.field_id == fid, v.c.entity_id == src)).first()
            if theirs is None:
                continue
            if own is None:
                s.execute(update(v).where(v.c.id == theirs.id).values(entity_id=survivor_id))
                custom.append({"moved": theirs.id, "from": src})
                total += 1
            else:
                s.execute(update(v).where(v.c.id == own.id)
                          .values({col: getattr(theirs, col) for col in _CF_VALUE_COLS}))
                custom.append({"set": own.id, "old": {col: _json(getattr(own, col)) for col in _CF_VALUE_COLS}})
        # the survivor's fields
        srow = rows[survivor_id]
        old = {k: _json(getattr(srow, k)) for k in _FIELD_KEYS + _DERIVED}
        values = {}
        for key in _FIELD_KEYS:
            src = choices.get(key, survivor_id)
            values[key] = getattr(rows[src], key)
        values["search_name"] = normalize.search_name(values["name"])
        for k in ("main_phone", "main_email"):
            values[k] = next((getattr(rows[i], k) for i in [survivor_id] + losers
                              if not _empty(getattr(rows[i], k))), None)
        values["tags_text"] = _tags_text(s, survivor_id)
        if values["note"] == srow.note:
            values.pop("note")  # a BLOB parameter costs round trips (FIREBIRD.md §2.1)
        new_version = s.execute(update(c).where(c.c.id == survivor_id, c.c.version == srow.version)
                                .values(**values, version=c.c.version + 1).returning(c.c.version)).scalar_one_or_none()
        if new_version is None:
            raise ConflictError(ConflictInfo(None, None))
        losers_old = {}
        for loser in losers:
            r = rows[loser]
            losers_old[str(loser)] = {"is_archived": r.is_archived, "version": r.version}
            n = s.execute(update(c).where(c.c.id == loser, c.c.version == r.version)
                          .values(merged_into_id=survivor_id, is_archived=True, version=c.c.version + 1)).rowcount
            if not n:
                raise ConflictError(ConflictInfo(None, None))
        details = {"survivor_old": old, "losers_old": losers_old, "moved": moved, "custom": custom, "demoted": demoted,
                   "names": {str(i): rows[i].name for i in ids}}
        m = ClientMerge.__table__
        merge_id = s.execute(m.insert().values(
            survivor_id=survivor_id, merged_ids=",".join(map(str, losers))[:1000], merged_count=len(losers),
            moved_rows=total, survivor_version=new_version, state="DONE", details=json.dumps(details, ensure_ascii=False),
        ).returning(m.c.id)).scalar_one()
        return MergeDone(merge_id, survivor_id, tuple(losers), total, _changes(ids))

    return uow.run(ctx, work)


def _changes(ids: Sequence[int]) -> Changes:
    return Changes.of(CLIENT, *ids) | Changes.of(DEAL) | Changes.of(TASK) | Changes.of(INTERACTION)


def merge_by_default(ctx: AppContext, survivor_id: int, client_ids: Sequence[int]) -> MergeDone:
    """Merge with the default choices (the CLI and tests): the survivor's values, gaps filled."""
    plan = load_merge_plan(ctx, [survivor_id] + [i for i in client_ids if i != survivor_id])
    return merge_clients(ctx, survivor_id, [c.id for c in plan.clients], default_choices(plan, survivor_id),
                         {c.id: c.version for c in plan.clients})


# ---------------------------------------------------------------------------------------------
# Undo and history


def undo_merge(ctx: AppContext, merge_id: int) -> Changes:
    """Put the clients of a merge back as they were; refused once the survivor has changed since."""

    def work(s: Session) -> Changes:
        m = ClientMerge.__table__
        row = s.execute(select(m).where(m.c.id == merge_id)).first()
        if row is None:
            raise NotAllowed(translate("app.merge", "This merge does not exist or is outside what you may see."))
        if row.state != "DONE":
            raise UserError(translate("app.merge", "This merge has already been undone."))
        c = ClientModel.__table__
        survivor = s.execute(select(c).where(c.c.id == row.survivor_id)).first()
        if survivor is None:
            raise NotAllowed(translate("app.merge", "The surviving client no longer exists or is outside what you may see."))
        if survivor.version != row.survivor_version:
            raise ConflictError(
                ConflictInfo(_s(survivor.changed_by), survivor.changed_at),
                translate("app.merge", "The merge can no longer be undone: {user} changed the client at {when} "
                                       "after the merge.").format(user=_s(survivor.changed_by) or "?",
                                                                 when=survivor.changed_at or "?"))
        d = json.loads(row.details)
        sid = row.survivor_id
        for tbl, ids_ in d.get("demoted", {}).items():
            t = metadata.tables[tbl]
            for part in _chunks(ids_):
                s.execute(update(t).where(t.c.id.in_(part)).values(is_primary=True))
        for ref, per_loser in d["moved"].items():
            tbl, col = ref.split(".")
            rule = REFERENCES.get((tbl, col), "move")
            t = metadata.tables[tbl]
            refc = t.c[col.lower()]
            for loser, keys in per_loser.items():
                key_col = t.c.id if rule == "move" else t.c[rule.split(":", 1)[1].lower()]
                for part in _chunks(keys):
                    s.execute(update(t).where(key_col.in_(part), refc == sid).values({refc.key: int(loser)}))
        v = CustomFieldValue.__table__
        for item in d["custom"]:
            if "moved" in item:
                s.execute(update(v).where(v.c.id == item["moved"]).values(entity_id=item["from"]))
            else:
                s.execute(update(v).where(v.c.id == item["set"])
                          .values({k: _unjson(x) for k, x in item["old"].items()}))
        old = {k: _unjson(x) for k, x in d["survivor_old"].items()}
        s.execute(update(c).where(c.c.id == sid).values(**old, version=c.c.version + 1))
        losers = [int(x) for x in d["losers_old"]]
        for loser, lo in d["losers_old"].items():
            s.execute(update(c).where(c.c.id == int(loser), c.c.merged_into_id == sid)
                      .values(merged_into_id=None, is_archived=lo["is_archived"], version=c.c.version + 1))
        s.execute(update(m).where(m.c.id == merge_id).values(
            state="UNDONE", undone_at=literal_column("CURRENT_TIMESTAMP"), undone_by=literal_column("CURRENT_USER"),
            version=m.c.version + 1))
        return _changes([sid] + losers)

    return uow.run(ctx, work)


_HISTORY_SQL = """
SELECT FIRST {limit} m.ID, m.SURVIVOR_ID, c.NAME, m.MERGED_IDS, m.MOVED_ROWS, m.STATE, m.CREATED_AT, m.CREATED_BY,
       m.UNDONE_AT, m.UNDONE_BY
FROM CLIENT_MERGES m LEFT JOIN CLIENTS c ON c.ID = m.SURVIVOR_ID
{where}
ORDER BY m.CREATED_AT DESC, m.ID DESC
"""


def merge_history(ctx: AppContext, client_id: int | None = None, limit: int = 500) -> list[MergeSummary]:
    """Merges newest first (of one survivor, or all this login sees)."""
    where = "WHERE m.SURVIVOR_ID = ?" if client_id is not None else ""
    rows = uow.read(ctx, _HISTORY_SQL.format(limit=int(limit), where=where),
                    (client_id,) if client_id is not None else ())
    ids = sorted({int(x) for r in rows for x in (r[3] or "").split(",") if x.strip()})
    names: dict[int, str] = {}
    for part in _chunks(ids):
        for cid, name in uow.read(ctx, "SELECT c.ID, c.NAME FROM CLIENTS c WHERE c.ID IN ("
                                  + ",".join("?" * len(part)) + ")", part):
            names[cid] = name
    out = []
    for r in rows:
        merged = tuple(int(x) for x in (r[3] or "").split(",") if x.strip())
        out.append(MergeSummary(r[0], r[1], r[2], merged, tuple(names.get(i, f"#{i}") for i in merged), r[4],
                                r[5].strip(), r[6], _s(r[7]), r[8], _s(r[9])))
    return out


def resolve_client(ctx: AppContext, client_id: int) -> int:
    """The client to open for ``client_id``: itself, or the survivor it was merged into."""
    seen = {client_id}
    while True:
        row = uow.read(ctx, "SELECT c.MERGED_INTO_ID FROM CLIENTS c WHERE c.ID = ?", (client_id,))
        if not row or row[0][0] is None or row[0][0] in seen:
            return client_id
        client_id = row[0][0]
        seen.add(client_id)
