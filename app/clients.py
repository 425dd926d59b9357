"""Client use cases: list, search, card, save with optimistic locking, duplicates, lifecycle.

Every mutating function runs one short write transaction (all or nothing) and returns
:class:`Saved` with the :class:`~app.changes.Changes` it made. Reads of the hot paths (list page,
search, card) go through the read channel's prepared statements (db/queries).

Optimistic locking: a card save always rewrites the CLIENTS row with ``WHERE version = :seen``
(also when only a phone or contact changed), so the client's version guards the whole card. A
lost race raises :class:`~app.errors.ConflictError` naming who changed what, never overwrites.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from types import ModuleType

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from app import custom_fields, normalize, validate
from app.changes import CLIENT, Changes
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, NotAllowed, UserError, ValidationError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from db import bulk
from db import engine as dbe
from db.models import (
    CLIENT_STATUSES,
    Address,
    Client,
    ClientEmail,
    ClientPhone,
    ClientTag,
    Contact,
    SearchKey,
    Tag,
)
from db.queries import client_card, client_list
from db.queries import search as search_q
from db.queries.client_list import ListFilter, PageKey
from db.session import run_prepared_write

# ---------------------------------------------------------------------------------------------
# Dataclasses: what the list, the search and the card show, and what a save takes.


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    kind: str
    status: str
    responsible: str | None
    city: str | None
    phone: str | None
    email: str | None
    last_contact_at: dt.datetime | None
    next_step_at: dt.datetime | None
    next_step: str | None
    tags: str | None
    open_deals_amount: Decimal | None
    custom: tuple = ()  #: values of the custom-field columns asked for, in order


@dataclass(frozen=True)
class ClientPage:
    rows: list[ClientRow]
    next_key: PageKey | None  #: None when this was the last page


@dataclass
class PhoneItem:
    number: str
    kind: str = "WORK"
    ext: str | None = None
    is_primary: bool = False
    id: int | None = None


@dataclass
class EmailItem:
    email: str
    is_primary: bool = False
    id: int | None = None


@dataclass
class ContactItem:
    full_name: str
    job_title: str | None = None
    birthday: dt.date | None = None
    is_primary: bool = False
    phones: list[PhoneItem] = field(default_factory=list)
    emails: list[EmailItem] = field(default_factory=list)
    id: int | None = None


@dataclass
class AddressItem:
    kind: str = "ACTUAL"
    country: str | None = None
    region: str | None = None
    city: str | None = None
    street: str | None = None
    zip_code: str | None = None
    is_primary: bool = False
    id: int | None = None

    def one_line(self) -> str:
        return ", ".join(p for p in (self.zip_code, self.country, self.region, self.city, self.street) if p)


#: Scalar fields of a draft that map 1:1 to CLIENTS columns.
SCALAR_FIELDS = (
    "kind", "name", "legal_name", "status", "responsible_id", "source_id", "inn", "kpp", "ogrn", "bank_name",
    "bank_bik", "bank_account", "corr_account", "birthday", "founded_on", "website", "city", "region", "note",
)


@dataclass
class ClientDraft:
    """An editable client with its phones, e-mails, contact persons, addresses and tags."""

    name: str = ""
    kind: str = "COMPANY"
    legal_name: str | None = None
    status: str = "POTENTIAL"
    responsible_id: int | None = None
    source_id: int | None = None
    inn: str | None = None
    kpp: str | None = None
    ogrn: str | None = None
    bank_name: str | None = None
    bank_bik: str | None = None
    bank_account: str | None = None
    corr_account: str | None = None
    birthday: dt.date | None = None
    founded_on: dt.date | None = None
    website: str | None = None
    city: str | None = None
    region: str | None = None
    note: str | None = None
    phones: list[PhoneItem] = field(default_factory=list)
    emails: list[EmailItem] = field(default_factory=list)
    contacts: list[ContactItem] = field(default_factory=list)
    addresses: list[AddressItem] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    #: custom field id → value; None = not loaded/not edited (then stored values are left alone)
    custom: dict[int, object] | None = None
    id: int | None = None
    version: int | None = None  #: the version the user saw; None for a new client


@dataclass(frozen=True)
class HistoryItem:
    id: int
    kind: str
    subject: str | None
    result: str | None
    user: str | None
    preview: str | None
    duration_sec: int
    deal_id: int | None
    occurred_at: dt.datetime
    is_attempt: bool
    contact_id: int | None


@dataclass(frozen=True)
class DealItem:
    id: int
    title: str
    stage: str
    outcome: str
    responsible: str | None
    currency: str
    amount: Decimal
    created_at: dt.datetime
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class TaskItem:
    id: int
    title: str
    kind: str
    status: str
    assignee: str | None
    priority: int
    due_at: dt.datetime | None
    done_at: dt.datetime | None
    deal_id: int | None


@dataclass(frozen=True)
class ClientCard:
    """Everything the card shows when it opens (audit, files, custom fields load per tab)."""

    draft: ClientDraft  #: the editable part, as loaded (keep a copy as the "original" for saves)
    responsible: str | None
    source: str | None
    status_changed_at: dt.datetime | None
    created_at: dt.datetime
    created_by: str | None
    changed_at: dt.datetime | None
    changed_by: str | None
    last_contact_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    next_step_at: dt.datetime | None
    next_step: str | None
    open_deals: int
    open_deals_amount: Decimal
    interactions: int
    tags: list[tuple[int, str, str | None]]  #: (id, name, colour)
    classifiers: list[tuple[str, str]]  #: (classifier, value)
    history: list[HistoryItem]
    deals: list[DealItem]
    tasks: list[TaskItem]


@dataclass(frozen=True)
class Saved:
    id: int
    version: int
    changes: Changes


@dataclass(frozen=True)
class DuplicateMatch:
    client_id: int
    name: str
    city: str | None
    phone: str | None
    reasons: tuple[str, ...]  #: "phone", "email", "inn", "name"


# ---------------------------------------------------------------------------------------------
# Reads


_N = len(client_list.COLUMNS)


def _rows(raw: list[tuple]) -> list[ClientRow]:
    return [ClientRow(*r[:_N], custom=tuple(r[_N:-1])) for r in raw]


def list_clients_page(ctx: AppContext, after: PageKey | None = None, flt: ListFilter | None = None,
                      sort: str = "name", desc: bool = False, custom_field_ids: tuple[int, ...] = ()) -> ClientPage:
    """One page of the client list (``client_list.PAGE_SIZE`` rows) with quick filters and sort.

    Pass the previous page's ``next_key`` as ``after`` with the same filter and sort.
    """
    if sort not in client_list.SORTS:
        sort = "name"
    try:
        raw, next_key = client_list.page(ctx.reader, after, flt, sort, desc, tuple(custom_field_ids))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return ClientPage(_rows(raw), next_key)


_DIGITS = re.compile(r"\d")
MIN_DIGITS = 3  #: a digit search starts at 3 digits (fewer would read most of SEARCH_KEYS)


def search_terms(text: str) -> list[list[str]]:
    """Turn what the user typed into search terms, each a list of alternative key prefixes.

    Phones in any format (``+7 (495) 123-45-67``, ``84951234567``, ``4951234567``) become digit
    keys; e-mails are lower-cased; words become upper-case name keys (Ё→Е).
    """
    text = (text or "").strip()
    if not text:
        return []
    digits = "".join(_DIGITS.findall(text))
    letters = re.sub(r"[\d\s()+\-.]", "", text)
    if digits and not letters:  # a phone number or an INN, in any format
        if digits.startswith("00"):
            digits = digits[2:]  # international prefix: keys of foreign numbers start with the country code
        elif digits.startswith("810") and len(digits) > 11:
            digits = digits[3:]
        alts = {digits}
        if digits[0] in "78" and text.lstrip().startswith(("+7", "8", "7")):
            alts.add(digits[1:])  # +7 / 8 trunk prefix: the key is the national number
        # fewer than 3 digits match a good part of 100,000 clients' keys: wait for more typing
        alts = {a for a in alts if len(a) >= MIN_DIGITS}
        return [sorted(alts, key=len, reverse=True)] if alts else []
    if "@" in text:
        return [[normalize.email_key(text)]]
    return [[w] for w in normalize.name_words(text)]


def search_clients(ctx: AppContext, text: str, limit: int = search_q.SEARCH_LIMIT) -> list[ClientRow]:
    """Clients matching what the user typed (name, legal name, INN, phone, e-mail, contact name)."""
    terms = search_terms(text)
    if not terms:
        return []
    try:
        return _rows(search_q.search(ctx.reader, terms, limit))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def read_card(ctx: AppContext, queries: ModuleType, record_id: int) -> tuple[tuple | None, list[tuple], str | None]:
    """The rows of a card through ``queries`` (a ``db.queries`` card module: ``load``, ``full_note``,
    ``NOTE_INLINE``): the main row (None: gone or invisible), the parts, and the whole note. The
    main row ends with the note's first ``NOTE_INLINE`` characters and its length; a longer note
    costs a third statement. Driver errors come out as UserError."""
    try:
        main, parts = queries.load(ctx.reader, record_id)
        if main is not None and main[-1] and main[-1] > queries.NOTE_INLINE:
            note = queries.full_note(ctx.reader, record_id)
        else:
            note = main[-2] if main else None
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return main, parts, note


def load_client_card(ctx: AppContext, client_id: int, _followed: int = 0) -> ClientCard:
    """The card of a client in two statements (FIREBIRD.md §2.5); raises UserError if gone.
    A client merged into another (issue #11) opens as the one it was merged into."""
    main, parts, note = read_card(ctx, client_card, client_id)
    if main is None:
        raise UserError(translate("app.clients", "This client no longer exists (deleted or merged by another user)."))
    m = dict(zip(client_card.MAIN_COLUMNS, main, strict=True))
    if m["merged_into_id"] is not None and _followed < 10:
        return load_client_card(ctx, m["merged_into_id"], _followed + 1)
    draft = ClientDraft(**{f: m[f] for f in SCALAR_FIELDS if f != "note"}, note=note, id=m["id"], version=m["version"])
    contacts: dict[int, ContactItem] = {}
    client_phones, client_emails, addresses, tags, classifiers = [], [], {}, [], []
    history, deals, tasks = [], [], []
    zips: dict[int, str] = {}
    contact_phones: list[tuple[int, PhoneItem]] = []
    contact_emails: list[tuple[int, EmailItem]] = []
    for k, rid, pid, s1, s2, s3, s4, s5, n1, i1, i2, d1, d2, b1 in parts:
        k = k.strip()  # the discriminator is a CHAR literal, blank-padded by UNION
        if k == "CONTACT":
            contacts[rid] = ContactItem(full_name=s1, job_title=s2, birthday=d1.date() if d1 else None,
                                        is_primary=bool(b1), id=rid)
        elif k == "PHONE":
            item = PhoneItem(number=s1, kind=s2, ext=s4, is_primary=bool(b1), id=rid)
            (contact_phones.append((pid, item)) if pid else client_phones.append(item))
        elif k == "EMAIL":
            item = EmailItem(email=s1, is_primary=bool(b1), id=rid)
            (contact_emails.append((pid, item)) if pid else client_emails.append(item))
        elif k == "ADDRESS":
            addresses[rid] = AddressItem(kind=s1, country=s2, region=s3, city=s4, street=s5, is_primary=bool(b1), id=rid)
        elif k == "ADDRZIP":
            zips[rid] = s1
        elif k == "TAG":
            tags.append((rid, s1, s2))
        elif k == "CLASS":
            classifiers.append((s1, s2))
        elif k == "HIST":
            history.append(HistoryItem(rid, s1, s2, s3, s4, s5, i1 or 0, i2, d1, bool(b1), pid))
        elif k == "DEAL":
            deals.append(DealItem(rid, s1, s2, s3, s4, s5, n1, d1, d2))
        elif k == "TASK":
            tasks.append(TaskItem(rid, s1, s2, s3, s4, i1, d1, d2, pid))
    for rid, z in zips.items():
        if rid in addresses:
            addresses[rid].zip_code = z
    for cid, p in contact_phones:
        if cid in contacts:
            contacts[cid].phones.append(p)
    for cid, e in contact_emails:
        if cid in contacts:
            contacts[cid].emails.append(e)
    draft.phones = sorted(client_phones, key=lambda p: (not p.is_primary, p.id))
    draft.emails = sorted(client_emails, key=lambda e: (not e.is_primary, e.id))
    draft.contacts = sorted(contacts.values(), key=lambda c: (not c.is_primary, c.full_name))
    draft.addresses = sorted(addresses.values(), key=lambda a: (not a.is_primary, a.id))
    draft.tag_ids = sorted(t[0] for t in tags)
    tasks.sort(key=lambda t: (t.status != "OPEN", t.due_at or dt.datetime.max))
    return ClientCard(
        draft=draft, responsible=m["responsible"], source=m["source"], status_changed_at=m["status_changed_at"],
        created_at=m["created_at"], created_by=_s(m["created_by"]), changed_at=m["changed_at"],
        changed_by=_s(m["changed_by"]), last_contact_at=m["last_contact_at"], last_attempt_at=m["last_attempt_at"],
        next_step_at=m["next_step_at"], next_step=m["next_step"], open_deals=m["open_deals"] or 0,
        open_deals_amount=m["open_deals_amount"] or Decimal(0), interactions=m["interactions"] or 0,
        tags=sorted(tags, key=lambda t: t[1]), classifiers=sorted(classifiers), history=history, deals=deals,
        tasks=tasks,
    )


def _s(v):
    return v.strip() if isinstance(v, str) else v


# ---------------------------------------------------------------------------------------------
# Validation and save


def validate_draft(draft: ClientDraft, original: ClientDraft | None = None) -> ClientDraft:
    """A cleaned copy of ``draft`` or the first ValidationError (``field`` names the widget).

    Phones and e-mails the user did not touch (same id and text as in ``original``) are kept as
    they are even if they would not pass today's check (imported or legacy data): editing the
    city must not be blocked by an old phone number.
    """
    d = replace(draft)
    known_p = _known(original, "phones", "number")
    known_e = _known(original, "emails", "email")
    d.name = validate.required_text(d.name, "name", translate("app.clients", "Name"), 200)
    if d.kind not in ("COMPANY", "PERSON"):
        raise ValidationError("kind", translate("app.clients", "Choose company or person."))
    if d.status not in CLIENT_STATUSES:
        raise ValidationError("status", translate("app.clients", "Unknown status {s}.").format(s=d.status))
    d.legal_name = validate.optional_text(d.legal_name, "legal_name", translate("app.clients", "Legal name"), 200)
    d.inn = validate.inn(d.inn, "inn", d.kind) if (d.inn or "").strip() else None
    d.kpp = validate.kpp(d.kpp, "kpp") if (d.kpp or "").strip() else None
    d.ogrn = validate.ogrn(d.ogrn, "ogrn") if (d.ogrn or "").strip() else None
    for name, label, size in (("bank_name", QT_TRANSLATE_NOOP("app.clients", "Bank"), 200),
                              ("website", QT_TRANSLATE_NOOP("app.clients", "Website"), 100),
                              ("city", QT_TRANSLATE_NOOP("app.clients", "City"), 60),
                              ("region", QT_TRANSLATE_NOOP("app.clients", "Region"), 60),
                              ("bank_bik", QT_TRANSLATE_NOOP("app.clients", "BIK"), 9),
                              ("bank_account", QT_TRANSLATE_NOOP("app.clients", "Account"), 20),
                              ("corr_account", QT_TRANSLATE_NOOP("app.clients", "Correspondent account"), 20)):
        setattr(d, name, validate.optional_text(getattr(d, name), name, translate("app.clients", label), size))
    if d.note is not None and len(d.note) > validate.MAX_NOTE_CHARS:
        raise ValidationError("note", translate("app.clients", "The note is too long ({n} characters, at most {max}).").format(
            n=len(d.note), max=validate.MAX_NOTE_CHARS))
    validate.no_control_characters(d.note, "note", translate("app.clients", "Note"))
    validate.no_control_characters(d.kind, "kind", "kind")
    d.phones = [_clean_phone(p, f"phones[{i}]", known_p) for i, p in enumerate(d.phones) if (p.number or "").strip()]
    d.emails = [_clean_email(e, f"emails[{i}]", known_e) for i, e in enumerate(d.emails) if (e.email or "").strip()]
    contacts = []
    for i, c in enumerate(d.contacts):
        c = replace(c)
        c.full_name = validate.required_text(c.full_name, f"contacts[{i}].full_name",
                                             translate("app.clients", "Contact name"), 200)
        c.job_title = validate.optional_text(c.job_title, f"contacts[{i}].job_title",
                                             translate("app.clients", "Position"), 100)
        c.phones = [_clean_phone(p, f"contacts[{i}].phones[{j}]", known_p)
                    for j, p in enumerate(c.phones) if (p.number or "").strip()]
        c.emails = [_clean_email(e, f"contacts[{i}].emails[{j}]", known_e)
                    for j, e in enumerate(c.emails) if (e.email or "").strip()]
        contacts.append(c)
    d.contacts = contacts
    return d


def _known(original: ClientDraft | None, attr: str, text_attr: str) -> set[tuple[int, str]]:
    if original is None:
        return set()
    items = list(getattr(original, attr)) + [x for c in original.contacts for x in getattr(c, attr)]
    return {(x.id, getattr(x, text_attr)) for x in items if x.id}


def _clean_phone(p: PhoneItem, fld: str, known: set[tuple[int, str]]) -> PhoneItem:
    kind = p.kind if p.kind in ("WORK", "MOBILE", "HOME", "FAX", "OTHER") else "OTHER"
    if (p.id, p.number) in known:
        return replace(p, kind=kind)
    v = validate.phone(p.number, fld)
    return replace(p, number=v.display, kind=kind)


def _clean_email(e: EmailItem, fld: str, known: set[tuple[int, str]]) -> EmailItem:
    if (e.id, e.email) in known:
        return e
    return replace(e, email=validate.email(e.email, fld))


def save_client(ctx: AppContext, draft: ClientDraft, original: ClientDraft | None = None, *,
                force: bool = False) -> Saved:
    """Create or update a client with everything on its card, in one transaction.

    ``draft.version`` is the version the user saw. If the stored version differs, ConflictError
    names who changed it and which fields (compared with ``original``, the card as loaded).
    ``force=True`` (the user chose "overwrite") saves over the current version instead.

    With ``original`` (the card as loaded) only what the user changed is written: the CLIENTS row
    (always: its version guards the whole card) by one ``UPDATE … WHERE ID = ? AND VERSION = ?
    RETURNING VERSION``, and children, tags, search keys and custom fields only if they differ.
    bench/wan_client_card.py: a city edit went from 30 round trips (3.2 s at 100 ms RTT) to 4.
    """
    d = validate_draft(draft, original)
    fast = original is not None and d.id is not None and original.id == d.id
    custom_changed = d.custom is not None and (not fast or d.custom != original.custom)
    defs = custom_fields.field_defs(ctx, "CLIENT") if custom_changed or d.id is None else []
    typed = custom_fields.validate_values(defs, d.custom or {}) if defs else {}
    try:
        with ctx.sessions.begin() as s:
            if fast:
                version = _update_client_row(s, d, original, force)
                if version is None:
                    raise _conflict_after_race(ctx, d, original)
                client_id = d.id
                if _children(d) != _children(original):
                    _sync_children(s, client_id, d)
                if sorted(d.tag_ids) != sorted(original.tag_ids):
                    _sync_tags(s, client_id, d.tag_ids)
                if search_keys_for(d) != search_keys_for(original):
                    _rebuild_search_keys(s, client_id, d)
            else:
                client_id, version = _save_full(ctx, s, d, original, force)
            if defs:
                custom_fields.write_values(s, client_id, typed, defs)
            saved = Saved(client_id, version, Changes.of(CLIENT, client_id))
    except StaleDataError:
        raise _conflict_after_race(ctx, d, original) from None
    except DBAPIError as exc:
        if dbe.classify_error(exc) == dbe.ERR_CONFLICT:
            raise _conflict_after_race(ctx, d, original) from None
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return saved


def _children(d: ClientDraft) -> tuple:
    return (d.phones, d.emails, d.contacts, d.addresses)


def _row_values(s, d: ClientDraft, tags_changed: bool, tag_names: list[str] | None) -> dict[str, object]:
    values = {f: getattr(d, f) for f in SCALAR_FIELDS}
    all_phones = d.phones + [p for c in d.contacts for p in c.phones]
    all_emails = d.emails + [e for c in d.contacts for e in c.emails]
    values["search_name"] = normalize.search_name(d.name)
    values["main_phone"] = _primary(d.phones, all_phones, "number")
    values["main_email"] = _primary(d.emails, all_emails, "email")
    if tags_changed:
        values["tags_text"] = ", ".join(tag_names or [])[:200] or None
    return values


def _update_client_row(s, d: ClientDraft, original: ClientDraft, force: bool) -> int | None:
    """One UPDATE … RETURNING VERSION of the client row; None when the version did not match.

    A prepared statement cached on the attachment (one per set of written columns): a warm save
    is three round trips, begin, execute and commit (:func:`db.session.run_prepared_write`)."""
    tags_changed = sorted(d.tag_ids) != sorted(original.tag_ids)
    values = _row_values(s, d, tags_changed, _tag_names(s, d.tag_ids) if tags_changed else None)
    if d.note == original.note:
        values.pop("note")  # a BLOB parameter costs 2 extra round trips (FIREBIRD.md §2.1)
    names = sorted(values)
    sql = _update_sql(names, force)
    params = [values[k] for k in names] + [d.id] + ([] if force else [d.version])
    row = run_prepared_write(s.connection().connection.dbapi_connection, sql, params)
    return None if row is None else row[0]


def _update_sql(names: list[str], force: bool) -> str:
    """The card's UPDATE of the client row writing ``names`` (sorted attribute names): its text
    is the key of the statement cached on the attachment."""
    t = Client.__table__
    # the trigger sets VERSION = OLD.VERSION + 1 whatever we send; sending it keeps the statement
    # an UPDATE even when nothing else changed (the version then guards the whole card)
    sets = ", ".join(f"{t.c[k].name.upper()} = ?" for k in names) + ", VERSION = VERSION + 1"
    return f"UPDATE CLIENTS SET {sets} WHERE ID = ?" + ("" if force else " AND VERSION = ?") + " RETURNING VERSION"


#: the columns a card save writes when neither the note nor the tags changed (most saves)
_USUAL_SAVE_COLUMNS = sorted({*SCALAR_FIELDS, "search_name", "main_phone", "main_email"} - {"note"})


def prepare_card_save(ctx: AppContext) -> bool:
    """Prepare the usual save of a client card (the client row's UPDATE when the note and the tags
    are unchanged) on the connection now, so that the first save of the session costs begin,
    execute and commit like the later ones (issue #12): one round trip here, none when prepared
    already. Best effort: False if nothing was prepared (the save then prepares it itself)."""
    try:
        return ctx.reader.prepare_write(_update_sql(_USUAL_SAVE_COLUMNS, False))
    except Exception:  # noqa: BLE001 - a failure here costs the first save one round trip, nothing else
        return False


def _save_full(ctx: AppContext, s, d: ClientDraft, original: ClientDraft | None, force: bool) -> tuple[int, int]:
    """Create a client, or update one without a loaded original: write everything."""
    if d.id is None:
        obj = Client()
        s.add(obj)
    else:
        obj = s.get(Client, d.id, populate_existing=True)
        if obj is None:
            raise UserError(translate("app.clients", "This client was deleted by another user; your changes "
                                                     "can be saved as a new client."))
        if not force and obj.version != d.version:
            raise _conflict(ctx, s, obj, original)
    for key, value in _row_values(s, d, True, _tag_names(s, d.tag_ids)).items():
        setattr(obj, key, value)
    if d.id is not None:
        flag_modified(obj, "name")  # always rewrite the row: its version guards the whole card
    s.flush()
    _sync_children(s, obj.id, d)
    _sync_tags(s, obj.id, d.tag_ids)
    _rebuild_search_keys(s, obj.id, d)
    s.flush()
    return obj.id, obj.version


def _primary(own: list, every: list, attr: str) -> str | None:
    for items in (own, every):
        for it in items:
            if it.is_primary:
                return getattr(it, attr)
        if items:
            return getattr(items[0], attr)
    return None


def _sync_children(s, client_id: int, d: ClientDraft) -> None:
    """Make the stored phones, e-mails, contacts and addresses equal to the draft's."""
    existing_contacts = {c.id: c for c in s.scalars(select(Contact).where(Contact.client_id == client_id))}
    keep_contacts = {c.id for c in d.contacts if c.id}
    for cid, obj in existing_contacts.items():
        if cid not in keep_contacts:
            s.delete(obj)
    s.flush()
    contact_ids: list[int | None] = [None]
    pairs: list[tuple[int | None, list[PhoneItem], list[EmailItem]]] = [(None, d.phones, d.emails)]
    for c in d.contacts:
        obj = existing_contacts.get(c.id) if c.id else None
        if obj is None:
            obj = Contact(client_id=client_id)
            s.add(obj)
        obj.full_name, obj.job_title, obj.birthday, obj.is_primary = c.full_name, c.job_title, c.birthday, c.is_primary
        s.flush()
        contact_ids.append(obj.id)
        pairs.append((obj.id, c.phones, c.emails))
    phones = {p.id: p for p in s.scalars(select(ClientPhone).where(ClientPhone.client_id == client_id))}
    emails = {e.id: e for e in s.scalars(select(ClientEmail).where(ClientEmail.client_id == client_id))}
    seen_p, seen_e = set(), set()
    for owner, plist, elist in pairs:
        for p in plist:
            obj = _stored_or_new(s, phones, p.id, seen_p, lambda: ClientPhone(client_id=client_id))
            if obj.phone != p.number or obj.phone_key is None:
                try:
                    v = validate.phone(p.number)
                    obj.phone, obj.e164, obj.phone_key = v.display, v.e164, v.key
                except ValidationError:  # an untouched legacy number (validate_draft let it through)
                    obj.phone, obj.phone_key = p.number, validate.phone_key_of(p.number) or ""
            obj.contact_id, obj.kind = owner, p.kind
            obj.ext, obj.is_primary = p.ext, p.is_primary
        for e in elist:
            obj = _stored_or_new(s, emails, e.id, seen_e, lambda: ClientEmail(client_id=client_id))
            obj.contact_id, obj.email, obj.email_key, obj.is_primary = owner, e.email, normalize.email_key(e.email), e.is_primary
    for pid, obj in phones.items():
        if pid not in seen_p:
            s.delete(obj)
    for eid, obj in emails.items():
        if eid not in seen_e:
            s.delete(obj)
    addresses = {a.id: a for a in s.scalars(select(Address).where(Address.client_id == client_id))}
    seen_a = set()
    for a in d.addresses:
        obj = _stored_or_new(s, addresses, a.id, seen_a, lambda: Address(client_id=client_id))
        for f in ("kind", "country", "region", "city", "street", "zip_code", "is_primary"):
            setattr(obj, f, getattr(a, f))
    for aid, obj in addresses.items():
        if aid not in seen_a:
            s.delete(obj)


def _tag_names(s, tag_ids: list[int]) -> list[str]:
    if not tag_ids:
        return []
    return sorted(s.scalars(select(Tag.name).where(Tag.id.in_(set(tag_ids)))))


def _stored_or_new(s, stored: dict, item_id: int | None, seen: set, make):
    """The stored row of a draft item (noted in ``seen``) or a new one added to the session."""
    obj = stored.get(item_id) if item_id else None
    if obj is None:
        obj = make()
        s.add(obj)
    else:
        seen.add(obj.id)
    return obj


def _sync_tags(s, client_id: int, tag_ids: list[int]) -> None:
    current = set(s.scalars(select(ClientTag.tag_id).where(ClientTag.client_id == client_id)))
    wanted = set(tag_ids)
    if current - wanted:
        s.execute(delete(ClientTag).where(ClientTag.client_id == client_id, ClientTag.tag_id.in_(current - wanted)))
    for tid in wanted - current:
        s.add(ClientTag(client_id=client_id, tag_id=tid))


def search_keys_for(d: ClientDraft, phone_key=None) -> set[tuple[str, str]]:
    """(kind, key) pairs that make this client findable: name words, INN, phones, e-mails, contacts.

    ``phone_key``: text -> key (default :func:`app.validate.phone_key_of`, which parses the number;
    the import passes :func:`app.normalize.phone_key` for numbers it has already validated)."""
    phone_key = phone_key or validate.phone_key_of
    keys: set[tuple[str, str]] = set()
    for text in (d.name, d.legal_name):
        for w in normalize.name_words(text or ""):
            keys.add(("N", w))
    if d.inn:
        keys.add(("I", d.inn))
    for p in d.phones + [p for c in d.contacts for p in c.phones]:
        k = phone_key(p.number)
        if not k:
            continue
        keys.add(("P", k))
        local = normalize.phone_local_key(k)
        if local and local != k:
            keys.add(("P", local))
    for e in d.emails + [e for c in d.contacts for e in c.emails]:
        keys.add(("E", normalize.email_key(e.email)[:60]))
    for c in d.contacts:
        for w in normalize.name_words(c.full_name):
            keys.add(("C", w))
    return keys


def _rebuild_search_keys(s, client_id: int, d: ClientDraft) -> None:
    s.flush()
    s.execute(delete(SearchKey).where(SearchKey.client_id == client_id))
    # one EXECUTE BLOCK instead of a round trip per key (FIREBIRD.md §2.8)
    bulk.insert_rows(s.connection(), "SEARCH_KEYS", ("client_id", "kind", "skey"),
                     [(client_id, kind, key[:60]) for kind, key in sorted(search_keys_for(d))])


def _compare(original: ClientDraft | None, current: ClientDraft) -> tuple[str, ...]:
    if original is None:
        return ()
    changed = [f.name for f in fields(ClientDraft) if f.name not in ("id", "version")
               and getattr(original, f.name) != getattr(current, f.name)]
    return tuple(changed)


def _conflict(ctx: AppContext, s, obj: Client, original: ClientDraft | None) -> ConflictError:
    current = load_client_card(ctx, obj.id).draft if original is not None else None
    fields_changed = _compare(original, current) if current else ()
    return ConflictError(ConflictInfo(_s(obj.changed_by) or _s(obj.created_by), obj.changed_at or obj.created_at,
                                      fields_changed))


def _conflict_after_race(ctx: AppContext, d: ClientDraft, original: ClientDraft | None) -> ConflictError:
    card = load_client_card(ctx, d.id)
    return ConflictError(ConflictInfo(card.changed_by, card.changed_at, _compare(original, card.draft)))


def _change_client(ctx: AppContext, client_id: int, version: int, change, *, deleting: bool = False) -> Saved:
    """Apply ``change(client)`` to one client (or delete it) in one short transaction, refusing a
    stale ``version`` with ConflictError and mapping refusals of the server to user errors."""
    try:
        with ctx.sessions.begin() as s:
            obj = s.get(Client, client_id, populate_existing=True)
            if obj is None:
                raise UserError(translate("app.clients", "This client no longer exists."))
            if obj.version != version:
                raise _conflict(ctx, s, obj, None)
            if deleting:
                s.delete(obj)
            else:
                change(obj)
            s.flush()
            saved = Saved(client_id, version if deleting else obj.version, Changes.of(CLIENT, client_id))
    except StaleDataError:
        raise ConflictError(ConflictInfo(None, None)) from None
    except DBAPIError as exc:
        if deleting and dbe.classify_error(exc) == dbe.ERR_PERMISSION:
            raise NotAllowed(translate("app.clients", "You may not delete clients; archive it instead.")) from exc
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return saved


def set_status(ctx: AppContext, client_id: int, version: int, status: str) -> Saved:
    """Move a client along its lifecycle; the trigger records date and user in the history."""
    if status not in CLIENT_STATUSES:
        raise ValidationError("status", translate("app.clients", "Unknown status {s}.").format(s=status))
    return _change_client(ctx, client_id, version, lambda c: setattr(c, "status", status))


def archive_client(ctx: AppContext, client_id: int, version: int, archived: bool = True) -> Saved:
    """Hide a client from lists (reversible); what Del does for users without the delete right."""
    return _change_client(ctx, client_id, version, lambda c: setattr(c, "is_archived", archived))


def delete_client(ctx: AppContext, client_id: int, version: int) -> Saved:
    """Delete a client with everything hanging off it (one transaction)."""
    return _change_client(ctx, client_id, version, None, deleting=True)


# ---------------------------------------------------------------------------------------------
# Duplicates


def find_duplicates(ctx: AppContext, draft: ClientDraft, limit: int = 10) -> list[DuplicateMatch]:
    """Existing clients with the same phone, e-mail, INN or normalised name as ``draft``.

    Runs while the user types in a new card (one small indexed query per key); invalid or
    half-typed values are simply skipped.
    """
    found: dict[int, set[str]] = {}

    def hit(ids, reason):
        for cid in ids:
            if cid != draft.id:
                found.setdefault(cid, set()).add(reason)

    r = ctx.reader
    try:
        for p in draft.phones + [p for c in draft.contacts for p in c.phones]:
            try:
                key = validate.phone(p.number).key
            except ValidationError:
                continue
            hit((row[0] for row in r.query(search_q.EXACT_SQL, (key, "P"))), "phone")
        for e in draft.emails + [e for c in draft.contacts for e in c.emails]:
            if "@" in (e.email or ""):
                hit((row[0] for row in r.query(search_q.EXACT_SQL, (normalize.email_key(e.email)[:60], "E"))), "email")
        if draft.inn and validate.inn_is_valid(draft.inn.strip()):
            hit((row[0] for row in r.query(search_q.EXACT_SQL, (draft.inn.strip(), "I"))), "inn")
        if draft.name and len(draft.name.strip()) >= 3:
            hit((row[0] for row in r.query(search_q.SAME_NAME_SQL, (normalize.search_name(draft.name),))), "name")
        if not found:
            return []
        ids = sorted(found)[:limit]
        rows = r.query(
            "SELECT c.ID, c.NAME, c.CITY, c.MAIN_PHONE FROM CLIENTS c WHERE c.ID IN ("
            + ",".join("?" * len(ids)) + ")", ids)
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    order = {"inn": 0, "phone": 1, "email": 2, "name": 3}
    out = [DuplicateMatch(cid, name, city, phone, tuple(sorted(found[cid], key=order.get)))
           for cid, name, city, phone in rows]
    return sorted(out, key=lambda m: (-len(m.reasons), m.name))


# ---------------------------------------------------------------------------------------------
# What the client list screen needs besides pages: sort keys, filter choices, Del/Shift+Del by id

#: Sort keys :func:`list_clients_page` accepts (the list's sortable columns).
SORT_KEYS: tuple[str, ...] = tuple(client_list.SORTS)
#: Client statuses in lifecycle order (the list's status filter).
STATUSES: tuple[str, ...] = tuple(CLIENT_STATUSES)


@dataclass(frozen=True)
class ListChoices:
    """Reference data of the list's quick filters and column chooser, loaded once per connection."""

    my_user_id: int | None  #: CRM_USERS.ID of the connected login (None: no CRM user row)
    users: list[tuple[int, str]]  #: active users (id, full name) by name
    tags: list[tuple[int, str, str | None]]  #: (id, name, colour) by name
    custom_fields: list[custom_fields.FieldDef]  #: client custom fields (possible list columns)
    classifier_values: list[tuple[int, str]] = field(default_factory=list)  #: (value id, "Classifier: value")


#: the list's choices in one statement (issue #12: four statements cost 8 round trips on a fresh
#: connection over a WAN, 2 now): kind, id, name, then per kind
#: U user: B '1' for me · T tag: B its colour · V classifier value (name "classifier: value")
#: F client custom field: B code, C kind, N1 sort order, N3 version, N4 required, E choices.
#: Ordered as the four statements were: users and tags by name, values by classifier order and
#: name then value order and name, fields by order and label.
LIST_CHOICES_SQL = """
SELECT 'U', u.ID, CAST(LEFT(u.FULL_NAME, 402) AS VARCHAR(402)), CAST(IIF(u.LOGIN = CURRENT_USER, '1', '0') AS VARCHAR(30)),
       CAST(NULL AS VARCHAR(20)), 0, 0, CAST('' AS VARCHAR(200)), 0, 0, CAST(NULL AS VARCHAR(2000))
  FROM CRM_USERS u WHERE u.IS_ACTIVE = TRUE OR u.LOGIN = CURRENT_USER
UNION ALL
SELECT 'T', t.ID, CAST(LEFT(t.NAME, 402) AS VARCHAR(402)), CAST(t.COLOR AS VARCHAR(30)), NULL, 0, 0, '', 0, 0, NULL
  FROM TAGS t
UNION ALL
SELECT 'V', v.ID, CAST(c.NAME || ': ' || v.NAME AS VARCHAR(402)), NULL, NULL, c.SORT_ORDER, v.SORT_ORDER,
       CAST(LEFT(c.NAME, 200) AS VARCHAR(200)), 0, 0, NULL
  FROM CLASSIFIER_VALUES v JOIN CLASSIFIERS c ON c.ID = v.CLASSIFIER_ID
UNION ALL
SELECT 'W', d.ID, CAST(LEFT(d.LABEL, 402) AS VARCHAR(402)), CAST(d.CODE AS VARCHAR(30)), CAST(d.KIND AS VARCHAR(20)),
       d.SORT_ORDER, 0, '', d.VERSION, IIF(d.IS_REQUIRED, 1, 0), d.CHOICES
  FROM CUSTOM_FIELD_DEFS d WHERE d.ENTITY = 'CLIENT' AND d.IS_ACTIVE = TRUE
ORDER BY 1, 6, 8, 7, 3
"""


def list_choices(ctx: AppContext) -> ListChoices:
    """Users (and which one is me), tags, classifier values and client custom fields in one read."""
    try:
        rows = ctx.reader.query(LIST_CHOICES_SQL)
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    users = [r for r in rows if r[0] == "U"]
    me = next((r[1] for r in users if r[3] == "1"), None)
    fields = [custom_fields.FieldDef(r[1], "CLIENT", r[3].strip(), r[2], r[4].strip(), bool(r[9]),
                                     tuple(c for c in (r[10] or "").splitlines() if c.strip()), r[5], r[8])
              for r in rows if r[0] == "W"]
    return ListChoices(me, [(r[1], r[2]) for r in users], [(r[1], r[2], _s(r[3])) for r in rows if r[0] == "T"],
                       fields, [(r[1], r[2]) for r in rows if r[0] == "V"])


def my_user_id(ctx: AppContext) -> int | None:
    """CRM_USERS.ID of the connected login ("my clients"), None without a CRM user row."""
    return ctx.current_user_id()


def _current_version(ctx: AppContext, client_id: int) -> int:
    try:
        row = ctx.reader.one("SELECT c.VERSION FROM CLIENTS c WHERE c.ID = ?", (client_id,))
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    if row is None:
        raise UserError(translate("app.clients", "This client no longer exists (deleted or merged by another user)."))
    return row[0]


def archive_by_id(ctx: AppContext, client_id: int) -> Saved:
    """Archive a client chosen in a list (list rows carry no version: the current one is read first)."""
    return archive_client(ctx, client_id, _current_version(ctx, client_id))


def delete_by_id(ctx: AppContext, client_id: int) -> Saved:
    """Delete a client chosen in a list for good (see :func:`delete_client`)."""
    return delete_client(ctx, client_id, _current_version(ctx, client_id))
