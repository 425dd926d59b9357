"""Import of clients and deals from XLSX, CSV/TSV and vCard files: one engine for the screen and
the CLI (issue #11).

Layer: ``app`` (imports ``db`` only; no Qt). The steps a user sees are functions here:

1. :func:`app.import_files.open_source` reads the file (format, encoding, delimiter, sheet and
   header row sniffed, shown for confirmation);
2. :func:`guess_mapping` proposes a target for every column from its header (Russian and English);
   a :class:`Mapping` may also carry constants, the default phone region and the person-name
   order, and is saved by name in the database (:func:`save_mapping`) or as a JSON file;
3. :func:`run_import` validates every row with the card's rules (:func:`app.clients.validate_draft`:
   phonenumbers, email-validator, INN/KPP/OGRN check digits), looks for duplicates in the base and
   earlier in the file (INN, normalised phone, e-mail, normalised name + city), applies the
   duplicate policy (skip / update empty fields / overwrite / create anyway) and writes in
   ``EXECUTE BLOCK`` packs (db/bulk.py), one transaction per :data:`CHUNK` rows. Every row ends
   in exactly one fate (created, updated, skipped with why, failed with why), logged in
   ``IMPORT_ROWS``; a dry run computes the same fates and writes nothing;
4. :func:`write_error_file` gives the failed rows back in the source's format with a reason
   column, ready to be corrected and imported again;
5. :func:`undo_import` removes what a batch created and restores what it updated, and lists (does
   not touch) the records somebody changed since.

Rights: every write goes through the visibility views with the login's own rights, so a manager
imports into his own scope only; rows the server would refuse (a responsible outside the login's
scope) are failed with the reason before they are sent. The batch is written only by the
``SP_IMPORT_*`` procedures and is what lets the import keep the source's past dates
(``F_MAY_BACKDATE``, revision 0010).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app import normalize as nz
from app import validate
from app.clients import AddressItem, ClientDraft, ContactItem, EmailItem, PhoneItem, search_keys_for, validate_draft
from app.context import AppContext
from app.errors import NotAllowed, UserError, ValidationError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.import_files import Source, as_text, open_source, parse_date, read_text, write_csv_rows
from db import bulk

#: rows per write transaction: one commit, a few dozen EXECUTE BLOCK packs
CHUNK = 2000
#: rows per EXECUTE BLOCK pack asked of db.bulk (it lowers it to what Firebird 3's limits allow)
PACK = 250
#: ... on the embedded engine, where a pack is no round trip: each cached prepared statement of a
#: 250-row pack holds its own engine memory (peak RSS of the bench's 100,000-row import: 295 MB,
#: 308 MB with 250-row packs), and the engine's work per row is the same
PACK_LOCAL = 100
#: keys per IN (...) lookup (Firebird 3 allows 1,500 list items)
LOOKUP_IN = 500
POLICIES = ("skip", "update", "overwrite", "create")
KINDS = ("clients", "deals")


# ---------------------------------------------------------------------------------------------
# targets and header guessing
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    key: str
    label: str  #: translated at display time (context "app.imports")
    multi: bool = False  #: a cell may hold several values separated by ; , or line breaks


def _t(key: str, label: str, multi: bool = False) -> Target:
    return Target(key, label, multi)


CLIENT_TARGETS: tuple[Target, ...] = (
    _t("name", QT_TRANSLATE_NOOP("app.imports", "Name")),
    _t("kind", QT_TRANSLATE_NOOP("app.imports", "Company or person")),
    _t("legal_name", QT_TRANSLATE_NOOP("app.imports", "Legal name")),
    _t("last_name", QT_TRANSLATE_NOOP("app.imports", "Last name (person)")),
    _t("first_name", QT_TRANSLATE_NOOP("app.imports", "First name (person)")),
    _t("middle_name", QT_TRANSLATE_NOOP("app.imports", "Middle name (person)")),
    _t("person_name", QT_TRANSLATE_NOOP("app.imports", "Full name of a person")),
    _t("organization", QT_TRANSLATE_NOOP("app.imports", "Organization (the person becomes its contact)")),
    _t("contact_name", QT_TRANSLATE_NOOP("app.imports", "Contact person")),
    _t("contact_title", QT_TRANSLATE_NOOP("app.imports", "Contact person's position")),
    _t("contact_phone", QT_TRANSLATE_NOOP("app.imports", "Contact person's phone"), True),
    _t("contact_email", QT_TRANSLATE_NOOP("app.imports", "Contact person's e-mail"), True),
    _t("phone", QT_TRANSLATE_NOOP("app.imports", "Phone"), True),
    _t("mobile", QT_TRANSLATE_NOOP("app.imports", "Mobile phone"), True),
    _t("work_phone", QT_TRANSLATE_NOOP("app.imports", "Work phone"), True),
    _t("home_phone", QT_TRANSLATE_NOOP("app.imports", "Home phone"), True),
    _t("fax", QT_TRANSLATE_NOOP("app.imports", "Fax"), True),
    _t("email", QT_TRANSLATE_NOOP("app.imports", "E-mail"), True),
    _t("inn", QT_TRANSLATE_NOOP("app.imports", "INN")),
    _t("kpp", QT_TRANSLATE_NOOP("app.imports", "KPP")),
    _t("ogrn", QT_TRANSLATE_NOOP("app.imports", "OGRN")),
    _t("bank_name", QT_TRANSLATE_NOOP("app.imports", "Bank")),
    _t("bank_bik", QT_TRANSLATE_NOOP("app.imports", "BIK")),
    _t("bank_account", QT_TRANSLATE_NOOP("app.imports", "Account")),
    _t("corr_account", QT_TRANSLATE_NOOP("app.imports", "Correspondent account")),
    _t("address", QT_TRANSLATE_NOOP("app.imports", "Address"), True),
    _t("legal_address", QT_TRANSLATE_NOOP("app.imports", "Legal address")),
    _t("home_address", QT_TRANSLATE_NOOP("app.imports", "Home address")),
    _t("city", QT_TRANSLATE_NOOP("app.imports", "City")),
    _t("region", QT_TRANSLATE_NOOP("app.imports", "Region")),
    _t("zip_code", QT_TRANSLATE_NOOP("app.imports", "Postal code")),
    _t("country", QT_TRANSLATE_NOOP("app.imports", "Country")),
    _t("website", QT_TRANSLATE_NOOP("app.imports", "Website")),
    _t("birthday", QT_TRANSLATE_NOOP("app.imports", "Birthday")),
    _t("founded_on", QT_TRANSLATE_NOOP("app.imports", "Founded on")),
    _t("responsible", QT_TRANSLATE_NOOP("app.imports", "Responsible (login or full name)")),
    _t("status", QT_TRANSLATE_NOOP("app.imports", "Status")),
    _t("source", QT_TRANSLATE_NOOP("app.imports", "Source")),
    _t("tags", QT_TRANSLATE_NOOP("app.imports", "Tags"), True),
    _t("created_at", QT_TRANSLATE_NOOP("app.imports", "Created on")),
    _t("note", QT_TRANSLATE_NOOP("app.imports", "Note")),
)
DEAL_TARGETS: tuple[Target, ...] = (
    _t("title", QT_TRANSLATE_NOOP("app.imports", "Deal title")),
    _t("client", QT_TRANSLATE_NOOP("app.imports", "Client")),
    _t("client_inn", QT_TRANSLATE_NOOP("app.imports", "Client's INN")),
    _t("contact_name", QT_TRANSLATE_NOOP("app.imports", "Contact person (the client when no company)")),
    _t("funnel", QT_TRANSLATE_NOOP("app.imports", "Funnel")),
    _t("stage", QT_TRANSLATE_NOOP("app.imports", "Stage")),
    _t("amount", QT_TRANSLATE_NOOP("app.imports", "Amount")),
    _t("currency", QT_TRANSLATE_NOOP("app.imports", "Currency")),
    _t("responsible", QT_TRANSLATE_NOOP("app.imports", "Responsible (login or full name)")),
    _t("source", QT_TRANSLATE_NOOP("app.imports", "Source")),
    _t("created_at", QT_TRANSLATE_NOOP("app.imports", "Created on")),
    _t("expected_close", QT_TRANSLATE_NOOP("app.imports", "Expected close")),
    _t("closed_at", QT_TRANSLATE_NOOP("app.imports", "Closed on")),
    _t("outcome", QT_TRANSLATE_NOOP("app.imports", "Result (won/lost)")),
    _t("lost_reason", QT_TRANSLATE_NOOP("app.imports", "Lost reason")),
    _t("lost_comment", QT_TRANSLATE_NOOP("app.imports", "Lost comment")),
    _t("stage_history", QT_TRANSLATE_NOOP("app.imports", "Stage history (stage: date; ...)")),
    _t("products", QT_TRANSLATE_NOOP("app.imports", "Products (name or code x qty @ price; ...)")),
    _t("note", QT_TRANSLATE_NOOP("app.imports", "Note")),
)


def extra_targets(ctx: AppContext, kind: str) -> list[str]:
    """Target keys that come from the database: ``classifier:<name>`` for every classifier and
    ``custom:<label>`` for every active custom field of clients (deals have none yet)."""
    if kind != "clients":
        return []
    from app.custom_fields import field_defs

    names = [n for (n,) in ctx.reader.query("SELECT NAME FROM V_CLASSIFIERS ORDER BY SORT_ORDER, NAME")]
    return [f"classifier:{n}" for n in names] + [f"custom:{fd.label}" for fd in field_defs(ctx, "CLIENT")]


def targets(kind: str) -> tuple[Target, ...]:
    return CLIENT_TARGETS if kind == "clients" else DEAL_TARGETS


def target_label(kind: str, key: str) -> str:
    if key.startswith("classifier:"):
        return translate("app.imports", "Classifier: {name}").format(name=key.split(":", 1)[1])
    if key.startswith("custom:"):
        return translate("app.imports", "Custom field: {name}").format(name=key.split(":", 1)[1])
    for t in targets(kind):
        if t.key == key:
            return translate("app.imports", t.label)
    return key


#: header words → target (checked on the normalised header: lower case, ё→е, no punctuation)
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("наименование", "название", "название компании", "компания", "клиент", "контрагент",
             "name", "company", "company name", "account name", "client", "фио", "ф и о", "имя клиента"),
    "organization": ("организация", "organization", "organisation", "org", "место работы", "employer"),
    "person_name": ("full name", "полное имя", "display name", "отображаемое имя"),
    "legal_name": ("полное наименование", "юридическое наименование", "юр наименование", "legal name"),
    "kind": ("тип клиента", "вид клиента", "тип", "юр физ", "type", "client type"),
    "last_name": ("фамилия", "last name", "surname", "family name"),
    "first_name": ("имя", "first name", "given name"),
    "middle_name": ("отчество", "middle name", "additional name"),
    "contact_name": ("контактное лицо", "контакт", "контактное лицо фио", "contact", "contact person", "contact name",
                     "основной контакт", "контакт фио", "primary contact"),
    "contact_title": ("должность", "должность контакта", "position", "job title", "title"),
    "work_phone": ("work phone", "рабочий телефон", "business phone"),
    "contact_phone": ("телефон контакта", "телефон контактного лица", "contact phone", "contact person s phone"),
    "contact_email": ("email контакта", "e mail контакта", "почта контакта", "contact email",
                      "contact person s e mail", "e mail контактного лица"),
    "phone": ("телефон", "телефоны", "тел", "phone", "phones", "telephone", "other phone", "контакты телефон",
              "phone number", "primary phone"),
    "mobile": ("мобильный", "мобильный телефон", "моб", "моб тел", "сотовый", "mobile", "mobile phone", "cell",
               "cell phone"),
    "home_phone": ("домашний телефон", "home phone"),
    "fax": ("факс", "fax"),
    "email": ("email", "e mail", "эл почта", "электронная почта", "почта", "e mail address", "email address",
              "mail", "work email", "home email", "work e mail", "home e mail", "other e mail", "контакты e mail", "контакты email"),
    "inn": ("инн", "inn", "tax id", "taxpayer id"),
    "kpp": ("кпп", "kpp"),
    "ogrn": ("огрн", "огрнип", "ogrn"),
    "bank_name": ("банк", "bank", "наименование банка"),
    "bank_bik": ("бик", "bik"),
    "bank_account": ("расчетный счет", "р с", "рс", "счет", "account", "bank account"),
    "corr_account": ("корр счет", "корреспондентский счет", "к с", "кс"),
    "address": ("адрес", "фактический адрес", "почтовый адрес", "address", "street", "work address",
                "business address", "улица"),
    "legal_address": ("юридический адрес", "юр адрес", "legal address"),
    "home_address": ("домашний адрес", "home address"),
    "city": ("город", "населенный пункт", "city", "town"),
    "region": ("регион", "область", "region", "state", "province"),
    "zip_code": ("индекс", "почтовый индекс", "zip", "zip code", "postal code", "postcode"),
    "country": ("страна", "country"),
    "website": ("сайт", "веб сайт", "website", "web site", "web", "url", "www"),
    "birthday": ("день рождения", "дата рождения", "birthday", "date of birth", "birth date", "dob"),
    "founded_on": ("дата регистрации", "дата основания", "founded", "founded on"),
    "responsible": ("ответственный", "менеджер", "ответственный менеджер", "responsible", "owner", "manager",
                    "account owner", "deal owner", "assigned to"),
    "status": ("статус", "status", "статус клиента"),
    "source": ("источник", "канал", "source", "lead source", "источник клиента"),
    "tags": ("теги", "метки", "тэги", "tags", "labels", "categories", "группы"),
    "created_at": ("дата создания", "создан", "создано", "дата заведения", "дата добавления", "created",
                   "created at", "created on", "date created", "creation date"),
    "note": ("примечание", "комментарий", "заметки", "описание", "note", "notes", "comment", "comments",
             "description"),
    # deals
    "title": ("сделка", "название сделки", "наименование сделки", "deal", "deal name", "deal title", "opportunity",
              "opportunity name"),
    "client_inn": ("инн клиента", "инн контрагента", "client inn", "client s inn"),
    "funnel": ("воронка", "направление", "pipeline", "funnel"),
    "stage": ("этап", "стадия", "этап сделки", "stage", "deal stage"),
    "amount": ("сумма", "бюджет", "сумма сделки", "amount", "value", "deal value", "budget"),
    "currency": ("валюта", "currency"),
    "expected_close": ("плановая дата закрытия", "ожидаемая дата закрытия", "дата закрытия план",
                       "expected close", "expected close date", "close date"),
    "closed_at": ("дата закрытия", "закрыта", "дата завершения", "closed", "closed at", "closed on", "won date",
                  "actual close date"),
    "outcome": ("результат", "итог", "outcome", "result", "won lost"),
    "lost_reason": ("причина отказа", "причина проигрыша", "причина", "lost reason", "loss reason"),
    "lost_comment": ("комментарий к отказу", "lost comment"),
    "stage_history": ("история этапов", "этапы", "stage history", "history"),
    "products": ("товары", "продукты", "позиции", "products", "line items", "items"),
}


def _norm_header(h: str) -> str:
    s = str(h or "").lower().replace("ё", "е")
    s = re.sub(r"[^\w]+|_", " ", s)
    return " ".join(s.split())


def guess_target(kind: str, header: str, taken: set[str] | None = None) -> str | None:
    """The target a column is for, from its header; ``None`` when nothing fits."""
    allowed = {t.key for t in targets(kind)}
    taken = taken or set()
    h = _norm_header(header)
    if not h:
        return None
    # a two-level header ("Контакты / Телефон") is tried whole, then its last part
    candidates = [h]
    if " / " in str(header):
        candidates.append(_norm_header(str(header).split(" / ")[-1]))
    for cand in candidates:
        for key, words in _SYNONYMS.items():
            if key in allowed and key not in taken and cand in words:
                return key
    if kind == "deals":
        for cand in candidates:
            if cand in _SYNONYMS["name"] and "client" not in taken:
                return "client"
    for cand in candidates:  # "Телефон 2", "E-mail (рабочий)" ...
        words = cand.split()
        for key, syn in _SYNONYMS.items():
            if key in allowed and key not in taken and words and words[0] in syn and key not in ("name", "kind"):
                multi = next((t.multi for t in targets(kind) if t.key == key), False)
                if multi or len(words) == 1:
                    return key
    return None


@dataclass
class Mapping:
    """How the columns of a file become fields. JSON-serialisable (saved by name or as a file)."""

    kind: str = "clients"
    #: header → target key ("" = ignore)
    columns: dict[str, str] = field(default_factory=dict)
    #: target key → constant value for every row (e.g. source = "Exhibition 2024")
    constants: dict[str, str] = field(default_factory=dict)
    phone_region: str = validate.DEFAULT_REGION
    #: "ru" — "Фамилия Имя Отчество"; "western" — "First Last" (for the person-name split)
    name_order: str = "ru"
    #: "company" or "person": the kind of a client whose row does not say
    default_kind: str = "company"
    #: dates like 03/01/2017: day first (Russia, Europe) or month first (USA)
    day_first: bool = True

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, raw: str) -> Mapping:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UserError(translate("app.imports", "The mapping is not valid JSON: {why}").format(why=exc)) from None
        if not isinstance(data, dict):
            raise UserError(translate("app.imports", "The mapping is not a JSON object."))
        m = cls()
        for k, v in data.items():
            if hasattr(m, k):
                setattr(m, k, v)
        if m.kind not in KINDS:
            raise UserError(translate("app.imports", "Unknown import kind “{kind}” in the mapping.").format(kind=m.kind))
        return m

    def used(self) -> dict[str, list[str]]:
        """target → the headers mapped to it (several columns may feed one multi-valued target)."""
        out: dict[str, list[str]] = {}
        for h, t in self.columns.items():
            if t:
                out.setdefault(t, []).append(h)
        return out


def guess_mapping(kind: str, headers: Iterable[str]) -> Mapping:
    """The mapping the screen proposes: a target per recognised header, others ignored.
    Multi-valued targets (phones, e-mails) may take several columns; the others one column."""
    m = Mapping(kind=kind)
    taken: set[str] = set()
    multi = {t.key for t in targets(kind) if t.multi}
    for h in headers:
        t = guess_target(kind, h, taken)
        m.columns[h] = t or ""
        if t and t not in multi:
            taken.add(t)
    return m


def check_mapping(kind: str, mapping: Mapping, headers: list[str]) -> None:
    """Raise UserError when the mapping cannot import anything: unknown target or no name."""
    allowed = {t.key for t in targets(kind)}
    for h, t in mapping.columns.items():
        if t and t not in allowed and not t.startswith(("classifier:", "custom:")):
            raise UserError(translate("app.imports", "Column “{col}”: unknown field “{target}”.").format(col=h, target=t))
    used = set(mapping.used()) | set(mapping.constants)
    missing = [h for h in mapping.columns if h not in headers and mapping.columns[h]]
    if missing:
        raise UserError(translate("app.imports", "The file has no column “{col}” named in the mapping.").format(
            col=missing[0]))
    if kind == "clients" and not used & {"name", "last_name", "first_name", "person_name", "legal_name"}:
        raise UserError(translate("app.imports", "Map a column to the client's name (or the person's last/first name)."))
    if kind == "deals" and not used & {"client", "client_inn"}:
        raise UserError(translate("app.imports", "Map a column to the deal's client (name or INN)."))


# ---------------------------------------------------------------------------------------------
# saved mappings
# ---------------------------------------------------------------------------------------------

def save_mapping(ctx: AppContext, name: str, mapping: Mapping) -> None:
    """Save (or replace) ``mapping`` under ``name`` for everybody's use."""
    name = validate.required_text(name, "name", translate("app.imports", "Mapping name"), 200)
    try:
        with ctx.engine.begin() as conn:
            found = conn.execute(text("SELECT ID FROM V_IMPORT_MAPPINGS WHERE KIND = :k AND NAME = :n"),
                                 {"k": mapping.kind.upper(), "n": name}).scalar()
            if found:
                conn.execute(text("UPDATE V_IMPORT_MAPPINGS SET MAPPING = :m WHERE ID = :i"),
                             {"m": mapping.to_json(), "i": found})
            else:
                conn.execute(text("INSERT INTO V_IMPORT_MAPPINGS (KIND, NAME, MAPPING) VALUES (:k, :n, :m)"),
                             {"k": mapping.kind.upper(), "n": name, "m": mapping.to_json()})
    except UserError:
        raise
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def saved_mappings(ctx: AppContext, kind: str | None = None) -> list[tuple[str, str]]:
    """(kind, name) of every saved mapping."""
    rows = ctx.reader.query("SELECT KIND, NAME FROM V_IMPORT_MAPPINGS ORDER BY KIND, NAME")
    return [(k.strip().lower(), n) for k, n in rows if kind is None or k.strip().lower() == kind]


def load_mapping(ctx: AppContext | None, kind: str, ref: str) -> Mapping:
    """A mapping by saved name, or from a ``.json`` file path."""
    p = Path(ref)
    if ref.lower().endswith(".json") or p.is_file():
        if not p.is_file():
            raise UserError(translate("app.imports", "{file}: no such mapping file.").format(file=ref))
        m = Mapping.from_json(read_text(p))
    else:
        if ctx is None:
            raise UserError(translate("app.imports", "No saved mapping “{name}”.").format(name=ref))
        try:
            with ctx.engine.connect() as conn:
                raw = conn.execute(text("SELECT MAPPING FROM V_IMPORT_MAPPINGS WHERE KIND = :k AND NAME = :n"),
                                   {"k": kind.upper(), "n": ref}).scalar()
        except Exception as exc:
            raise from_driver(exc, ctx.info.target, connecting=False) from exc
        if raw is None:
            raise UserError(translate("app.imports", "No saved mapping “{name}” for {kind}.").format(name=ref, kind=kind))
        m = Mapping.from_json(raw)
    if m.kind != kind:
        raise UserError(translate("app.imports", "Mapping “{name}” is for {other}, not {kind}.").format(
            name=ref, other=m.kind, kind=kind))
    return m


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:;|\n|\r|,(?=\s*[+\d(]))\s*")
_SPLIT_EMAIL = re.compile(r"[;,\s]+")


def split_person_name(full: str, order: str = "ru") -> tuple[str, str, str]:
    """(last, first, middle) of a person's full name.

    ``order="ru"``: "Иванов Иван Иванович" (a Russian patronymic in the middle position is
    recognised even when the name is written "Иван Иванович Иванов"); ``"western"``: "John Smith",
    "John Q. Smith", "Smith, John".
    """
    s = " ".join(str(full or "").replace("\u00a0", " ").split())
    if not s:
        return "", "", ""
    if "," in s:
        last, _, rest = s.partition(",")
        parts = rest.split()
        return last.strip(), parts[0] if parts else "", " ".join(parts[1:])
    parts = s.split(" ")
    if len(parts) == 1:
        return parts[0], "", ""
    patronymic = re.compile(r".+(ович|евич|ьич|овна|евна|ична|инична|оглы|кызы)$", re.IGNORECASE)
    if len(parts) == 3 and patronymic.match(parts[1]) and not patronymic.match(parts[2]):
        return parts[2], parts[0], parts[1]  # Имя Отчество Фамилия
    if order == "ru":
        return parts[0], parts[1], " ".join(parts[2:])
    return parts[-1], parts[0], " ".join(parts[1:-1])


def join_person_name(last: str, first: str, middle: str) -> str:
    """The name as Kartoteka stores a person: "Фамилия Имя Отчество"."""
    return " ".join(x.strip() for x in (last, first, middle) if x and x.strip())


_STATUS_WORDS = {
    "POTENTIAL": ("потенциальный", "потенциальный клиент", "лид", "новый", "potential", "prospect", "lead", "new"),
    "ACTIVE": ("активный", "действующий", "в работе", "active", "customer", "current"),
    "REGULAR": ("постоянный", "постоянный клиент", "ключевой", "regular", "key", "loyal", "vip"),
    "LOST": ("потерян", "потерянный", "ушел", "бывший", "отказ", "lost", "former", "churned", "inactive"),
}
_KIND_WORDS = {
    "COMPANY": ("компания", "организация", "юр лицо", "юрлицо", "юридическое лицо", "юл", "ооо", "company",
                "organization", "organisation", "legal entity", "business", "b2b"),
    "PERSON": ("физ лицо", "физлицо", "физическое лицо", "фл", "частное лицо", "person", "individual",
               "private person", "b2c", "ип"),
}
_WON = ("выиграна", "успешно", "успех", "успешна", "выигрыш", "won", "win", "closed won", "success", "да",
        "успешно реализовано", "сделка успешна", "сделка выиграна")  # amoCRM's and Bitrix24's final stages
_LOST = ("проиграна", "провал", "отказ", "неуспешно", "закрыта и не реализована", "проигрыш", "lost", "loss",
         "closed lost", "нет", "закрыто и не реализовано", "сделка провалена", "сделка проиграна")


def _word(value: str, table: dict[str, tuple[str, ...]]) -> str | None:
    n = _norm_header(value)
    for k, words in table.items():
        if n == k.lower() or n in words:
            return k
    return None


def parse_amount(value) -> Decimal:
    """A money amount from a cell: 1234.5, "1 234,50", "1,234.50", "12 500 ₽", "$1,200"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value)).quantize(Decimal("0.01"))
    s = re.sub(r"[^\d,.\-]", "", str(value).replace("\u00a0", " "))
    if not s or not re.search(r"\d", s):
        raise ValueError(value)
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        s = (head.replace(",", "") + "." + tail) if len(tail) != 3 or head.count(",") == 0 and len(tail) <= 2 else s.replace(",", "")
    try:
        return Decimal(s).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValueError(value) from None


# ---------------------------------------------------------------------------------------------
# reference data of the database (names → ids), loaded once per run
# ---------------------------------------------------------------------------------------------

@dataclass
class _Ref:
    me_id: int | None
    me_login: str
    my_scope: str  #: ALL, DEPT, OWN (database administrators: ALL)
    my_dept: int | None
    is_admin: bool
    users: dict[str, tuple[int, int | None]]  #: login / upper full name → (id, department)
    sources: dict[str, int]
    tags: dict[str, int]
    classifiers: dict[str, dict[str, int]]  #: classifier name (upper) → value name (upper) → id
    funnels: dict[str, int]
    default_funnel: int | None
    stages: dict[int, list[tuple[int, str, bool, bool, int]]]  #: funnel → (id, name, won, lost, order)
    lost_reasons: dict[str, int]
    products: dict[str, tuple[int, str, Decimal]]  #: upper name / code → (id, name, price)
    custom: dict[str, Any]  #: field label or code (upper) → app.custom_fields.FieldDef


def _load_ref(ctx: AppContext, conn, deals: bool = True) -> _Ref:
    def q(sql: str, params: dict | None = None) -> list:
        return conn.execute(text(sql), params or {}).fetchall()

    me = q("SELECT ID, SCOPE, DEPARTMENT_ID, ROLE_NAME FROM V_MY_ACCOUNT")
    login = q("SELECT CURRENT_USER FROM RDB$DATABASE")[0][0].strip()
    db_admin = bool(q("SELECT 1 FROM RDB$DATABASE WHERE CURRENT_USER = 'SYSDBA' OR CURRENT_ROLE = 'RDB$ADMIN' OR "
                      "EXISTS (SELECT 1 FROM RDB$RELATIONS r WHERE r.RDB$RELATION_NAME = 'CLIENTS' AND "
                      "r.RDB$OWNER_NAME = CURRENT_USER)"))
    if me:
        me_id, scope, dept, role = me[0][0], (me[0][1] or "OWN").strip(), me[0][2], (me[0][3] or "").strip()
    else:
        me_id, scope, dept, role = None, "ALL" if db_admin else "OWN", None, ""
    if db_admin:
        scope = "ALL"
    users: dict[str, tuple[int, int | None]] = {}
    for uid, ulogin, full, udept, active in q("SELECT ID, LOGIN, FULL_NAME, DEPARTMENT_ID, IS_ACTIVE FROM V_CRM_USERS"):
        if not active:
            continue
        users[ulogin.strip().upper()] = (uid, udept)
        if full:
            users.setdefault(" ".join(full.upper().replace("Ё", "Е").split()), (uid, udept))
    sources = {n.strip().upper(): i for i, n in q("SELECT ID, NAME FROM V_SOURCES")}
    tags = {n.strip().upper(): i for i, n in q("SELECT ID, NAME FROM V_TAGS")}
    classifiers: dict[str, dict[str, int]] = {}
    for cname, vid, vname in q("SELECT c.NAME, v.ID, v.NAME FROM V_CLASSIFIERS c JOIN V_CLASSIFIER_VALUES v "
                               "ON v.CLASSIFIER_ID = c.ID"):
        classifiers.setdefault(cname.strip().upper(), {})[vname.strip().upper()] = vid
    funnels, default_funnel = {}, None
    stages: dict[int, list] = {}
    reasons: dict[str, int] = {}
    products: dict[str, tuple[int, str, Decimal]] = {}
    if deals:  # funnels, stages, reasons and products matter to deals only (4 queries less over a WAN)
        for fid, fname, is_default in q("SELECT ID, NAME, IS_DEFAULT FROM V_FUNNELS ORDER BY SORT_ORDER, ID"):
            funnels[fname.strip().upper()] = fid
            if is_default or default_funnel is None:
                default_funnel = fid if (is_default or default_funnel is None) else default_funnel
        for sid, fid, sname, won, lost, order in q("SELECT ID, FUNNEL_ID, NAME, IS_WON, IS_LOST, SORT_ORDER FROM V_STAGES "
                                                   "ORDER BY FUNNEL_ID, SORT_ORDER"):
            stages.setdefault(fid, []).append((sid, sname.strip(), bool(won), bool(lost), order))
        reasons.update({n.strip().upper(): i for i, n in q("SELECT ID, NAME FROM V_LOST_REASONS")})
        for pid, pname, code in q("SELECT ID, NAME, SKU FROM V_PRODUCTS"):
            item = (pid, pname, Decimal(0))
            products[pname.strip().upper()] = item
            if code:
                products.setdefault(code.strip().upper(), item)
    from app.custom_fields import field_defs

    custom = {}
    for fd in field_defs(ctx, "CLIENT"):
        custom[fd.label.strip().upper()] = fd
        custom.setdefault(fd.code.strip().upper(), fd)
    return _Ref(me_id, login, scope, dept, db_admin or role == "CRM_ADMIN", users, sources, tags, classifiers,
                funnels, default_funnel, stages, reasons, products, custom)


# ---------------------------------------------------------------------------------------------
# a row becomes a record (or a reason)
# ---------------------------------------------------------------------------------------------

class RowError(Exception):
    """A row that cannot be imported; ``str(exc)`` is the reason shown to the user."""


@dataclass
class ClientRecord:
    draft: ClientDraft
    responsible_id: int | None
    department_id: int | None
    source_id: int | None
    tag_ids: list[int]
    tag_names: list[str]
    classifier_ids: list[int]
    custom: dict[int, Any]
    created_at: dt.datetime | None
    #: the target keys this row carries values for (which fields an update may touch)
    given: set[str]
    #: computed once (in the read-ahead thread, see :func:`_build_chunk`)
    _keys: list[tuple[str, str]] | None = field(default=None, repr=False, compare=False)
    _search: list[tuple[str, str]] | None = field(default=None, repr=False, compare=False)
    _norm: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def keys(self) -> list[tuple[str, str]]:
        """Duplicate keys, strongest first: INN, e-mails, phones, name + city."""
        if self._keys is None:
            self._keys = self._make_keys()
        return self._keys

    def search_keys(self) -> list[tuple[str, str]]:
        """The SEARCH_KEYS rows (kind, key) of the client this row creates, sorted."""
        if self._search is None:
            self._search = sorted(_search_keys(self.draft))
        return self._search

    def norm(self) -> dict[str, Any]:
        """Normalised values the written rows carry (search name; E.164 and key of every phone;
        key of every e-mail), computed once."""
        if self._norm is None:
            d = self.draft
            phones = d.phones + [x for c in d.contacts for x in c.phones]
            emails = d.emails + [x for c in d.contacts for x in c.emails]
            self._norm = {"search_name": nz.search_name(d.name),
                          "phone": {p.number: (nz.phone_e164(p.number), nz.phone_key(p.number)) for p in phones},
                          "email": {e.email: nz.email_key(e.email) for e in emails}}
        return self._norm

    def _make_keys(self) -> list[tuple[str, str]]:
        d = self.draft
        out: list[tuple[str, str]] = []
        if d.inn:
            out.append(("I", d.inn))
        for e in d.emails + [e for c in d.contacts for e in c.emails]:
            out.append(("E", nz.email_key(e.email)[:60]))
        for p in d.phones + [p for c in d.contacts for p in c.phones]:
            k = nz.phone_key(p.number)
            if k:
                out.append(("P", k))
        sn = name_key(d.name, d.kind)
        if sn:
            out.append(("NC", f"{sn}|{(d.city or '').strip().upper().replace('Ё', 'Е')}"))
        return out


def name_key(name: str, kind: str) -> str:
    """Normalised name for duplicate matching: legal forms and quotes ignored; a person's name
    words in sorted order, so "Ivan Petrov" and "Petrov Ivan" match."""
    if kind == "PERSON":
        return " ".join(sorted(nz.name_words(name)))
    return nz.search_name(name)


def _cells(row: list, headers: list[str], mapping: Mapping) -> dict[str, list[Any]]:
    """target → the non-empty raw values of the row mapped to it (constants included)."""
    out: dict[str, list[Any]] = {}
    idx = {h: i for i, h in enumerate(headers)}
    for h, t in mapping.columns.items():
        if not t or h not in idx:
            continue
        v = row[idx[h]]
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        out.setdefault(t, []).append(v)
    for t, v in mapping.constants.items():
        if t and v not in (None, "") and t not in out:
            out[t] = [v]
    return out


def _one(cells: dict[str, list], key: str) -> str | None:
    vals = cells.get(key)
    if not vals:
        return None
    return " ".join(as_text(v) for v in vals).strip() or None


def _many(cells: dict[str, list], key: str, email: bool = False) -> list[str]:
    out: list[str] = []
    for v in cells.get(key, []):
        s = as_text(v)
        parts = _SPLIT_EMAIL.split(s) if email else _SPLIT.split(s)
        out.extend(p.strip() for p in parts if p and p.strip())
    return out


_EXT_RE = re.compile(r"\s*(?:;ext=|доб\.?|ext\.?|вн\.?|x|#)\s*(\d{1,10})\s*$", re.IGNORECASE)


def _split_ext(raw: str) -> tuple[str, str | None]:
    """("+7 495 700-80-90", "123") from "+7-495-700-80-90;ext=123", "… доб. 123", "… x123"."""
    m = _EXT_RE.search(raw)
    if m and m.start() > 0:
        return raw[:m.start()], m.group(1)
    return raw, None


def _date(cells: dict[str, list], key: str, label: str, day_first: bool, now: dt.datetime):
    raw = cells.get(key)
    if not raw:
        return None
    v = raw[0]
    try:
        d = parse_date(v, day_first=day_first)
    except (ValueError, OverflowError):
        raise RowError(translate("app.imports", "{field}: “{value}” is not a date.").format(
            field=label, value=as_text(v))) from None
    if d is None:
        return None
    stamp = d if isinstance(d, dt.datetime) else dt.datetime.combine(d, dt.time())
    if stamp.year < 1900:
        raise RowError(translate("app.imports", "{field}: {value} is before 1900.").format(field=label, value=as_text(v)))
    # "now" is whole seconds; a record exported a moment ago carries milliseconds of this second
    if key in ("created_at", "closed_at") and stamp > now.replace(microsecond=999999):
        raise RowError(translate("app.imports", "{field}: {value} is in the future.").format(field=label, value=as_text(v)))
    return d


def _label(kind: str, key: str) -> str:
    return target_label(kind, key)


def _responsible(ref: _Ref, cells: dict[str, list], kind: str) -> tuple[int | None, int | None]:
    who = _one(cells, "responsible")
    if who is None:
        return (ref.me_id, ref.my_dept) if ref.me_id else (None, None)
    key = " ".join(who.upper().replace("Ё", "Е").split())
    found = ref.users.get(key)
    if found is None:
        raise RowError(translate("app.imports", "{field}: no active user “{value}” (a login or a full name).").format(
            field=_label(kind, "responsible"), value=who))
    uid, dept = found
    if ref.my_scope == "ALL" or uid == ref.me_id or (ref.my_scope == "DEPT" and dept is not None and dept == ref.my_dept):
        return uid, dept
    raise RowError(translate("app.imports", "{field}: {value} is outside what you may see; you may import only "
                                            "into your own scope.").format(field=_label(kind, "responsible"), value=who))


_PATRONYMIC = re.compile(r"^[А-ЯЁ][а-яё]+(ович|евич|ич|овна|евна|ична|инична)$")


def _looks_like_person(name: str) -> bool:
    """A Russian full name ("Фамилия Имя Отчество", initials allowed) or a sole trader ("ИП …")."""
    words = name.replace("\u00a0", " ").split()
    if words and words[0].upper().strip(".") == "ИП":
        return True
    if len(words) == 3 and all(re.fullmatch(r"[А-ЯЁ][а-яё]+|[А-ЯЁ]\.", w) for w in words):
        return bool(_PATRONYMIC.match(words[2]) or _PATRONYMIC.match(words[1]) or words[2].endswith("."))
    return False


def _validation_reason(exc: ValidationError, field_labels: dict[str, str]) -> str:
    f = exc.field or ""
    base = re.sub(r"\[\d+\]", "", f).split(".")[0]
    label = field_labels.get(f) or field_labels.get(base) or f
    return f"{label}: {exc}" if label else str(exc)


def build_client(ref: _Ref, mapping: Mapping, cells: dict[str, list], now: dt.datetime) -> ClientRecord:
    """One row's client, validated with the card's rules; RowError with the reason otherwise."""
    L = lambda k: _label("clients", k)  # noqa: E731
    region = (mapping.phone_region or validate.DEFAULT_REGION).upper()
    kind_text = _one(cells, "kind")
    kind = _word(kind_text, _KIND_WORDS) if kind_text else None
    if kind_text and kind is None:
        raise RowError(translate("app.imports", "{field}: “{value}” is neither a company nor a person.").format(
            field=L("kind"), value=kind_text))
    name = _one(cells, "name")
    last, first, middle = _one(cells, "last_name") or "", _one(cells, "first_name") or "", _one(cells, "middle_name") or ""
    person_full = _one(cells, "person_name")
    if person_full and not (last or first):
        last, first, middle = split_person_name(person_full, mapping.name_order)
    if (last or first) and not name:
        name = join_person_name(last, first, middle)
        kind = kind or "PERSON"
    if not name:
        name = _one(cells, "legal_name")
    if kind is None:
        kind = "PERSON" if (mapping.default_kind == "person" and not _one(cells, "kpp")) else "COMPANY"
    inn = _one(cells, "inn")
    if kind_text is None and name and kind == "COMPANY" and not _one(cells, "kpp") and _looks_like_person(name):
        kind = "PERSON"  # "Кузнецова Анна Сергеевна", "ИП Петров П. П." in a list without a type column
    if inn and kind_text is None and mapping.default_kind == "company":
        digits = re.sub(r"\D", "", inn)
        if len(digits) == 12:
            kind = "PERSON"  # a 12-digit INN is a person's or a sole trader's
    d = ClientDraft(name=name or "", kind=kind)
    d.legal_name = _one(cells, "legal_name") if name != _one(cells, "legal_name") else None
    d.inn = re.sub(r"\s", "", inn) if inn else None
    for k in ("kpp", "ogrn", "bank_bik", "bank_account", "corr_account"):
        v = _one(cells, k)
        setattr(d, k, re.sub(r"\s", "", v) if v else None)
    for k in ("bank_name", "website", "city", "region", "note"):
        setattr(d, k, _one(cells, k))
    status_text = _one(cells, "status")
    if status_text:
        st = _word(status_text, _STATUS_WORDS)
        if st is None:
            raise RowError(translate("app.imports", "{field}: unknown status “{value}” (potential, active, regular, "
                                                    "lost).").format(field=L("status"), value=status_text))
        d.status = st
    d.birthday = _date(cells, "birthday", L("birthday"), mapping.day_first, now)
    d.founded_on = _date(cells, "founded_on", L("founded_on"), mapping.day_first, now)
    if isinstance(d.birthday, dt.datetime):
        d.birthday = d.birthday.date()
    if isinstance(d.founded_on, dt.datetime):
        d.founded_on = d.founded_on.date()
    created = _date(cells, "created_at", L("created_at"), mapping.day_first, now)
    if created is not None and not isinstance(created, dt.datetime):
        created = dt.datetime.combine(created, dt.time(9, 0))
    # phones: parsed with the mapping's default region, then the card's own check
    first_phone = True
    for key, pkind in (("phone", "WORK"), ("work_phone", "WORK"), ("mobile", "MOBILE"), ("home_phone", "HOME"),
                       ("fax", "FAX")):
        for raw in _many(cells, key):
            number, ext = _split_ext(raw)
            try:
                pv = validate.phone(number, key, region)
            except ValidationError as exc:
                raise RowError(f"{L(key)}: {exc}") from None
            if not any(p.number == pv.display for p in d.phones):
                d.phones.append(PhoneItem(pv.display, pkind, ext, first_phone))
                first_phone = False
    first_mail = True
    for raw in _many(cells, "email", email=True):
        if not any(nz.email_key(e.email) == nz.email_key(raw) for e in d.emails):
            d.emails.append(EmailItem(raw, first_mail))
            first_mail = False
    cname = _one(cells, "contact_name")
    org = _one(cells, "organization")
    if org and kind_text is None and not _one(cells, "name"):
        # a business card: the organization is the client, the person its contact
        cname = cname or d.name
        d.name, d.kind = org, "COMPANY"
    contact_birthday = None
    card = bool(org and d.kind == "COMPANY" and cname and not _one(cells, "name"))
    if card:
        contact_birthday, d.birthday = d.birthday, None  # the person's birthday, not the company's
    if cname:
        c = ContactItem(cname, _one(cells, "contact_title"), contact_birthday, True)
        for raw in _many(cells, "contact_phone"):
            try:
                pv = validate.phone(raw, "contact_phone", region)
            except ValidationError as exc:
                raise RowError(f"{L('contact_phone')}: {exc}") from None
            c.phones.append(PhoneItem(pv.display, "MOBILE"))
        for raw in _many(cells, "contact_email", email=True):
            c.emails.append(EmailItem(raw))
        if card:  # a business card's phones and e-mails are the person's
            c.phones, c.emails = d.phones + c.phones, d.emails + c.emails
            d.phones, d.emails = [], []
        d.contacts.append(c)
    elif _one(cells, "contact_title") and kind == "PERSON":
        pass  # a person's own position has nowhere to go but the note
    zip_code, country = _one(cells, "zip_code"), _one(cells, "country")
    for key, akind in (("legal_address", "LEGAL"), ("address", "ACTUAL"), ("home_address", "HOME")):
        for street in (_many(cells, key) if key == "address" else [_one(cells, key)] if _one(cells, key) else []):
            if len(street) > 200:
                raise RowError(translate("app.imports", "{field} is too long ({n} characters, at most {max}).").format(
                    field=L(key), n=len(street), max=200))
            d.addresses.append(AddressItem(akind, country, d.region, d.city, street, zip_code, not d.addresses))
    if not d.addresses and (d.city or zip_code or country):
        d.addresses.append(AddressItem("LEGAL" if kind == "COMPANY" else "HOME", country, d.region, d.city, None,
                                       zip_code, True))
    # the card's rules (validate_draft); the phones were already parsed above with the same
    # validate.phone the card uses (with the mapping's region), so they are not parsed twice
    phones, contact_phones = d.phones, [c.phones for c in d.contacts]
    d.phones = []
    for c in d.contacts:
        c.phones = []
    try:
        d = validate_draft(d)
    except ValidationError as exc:
        labels = {"name": L("name"), "legal_name": L("legal_name"), "inn": L("inn"), "kpp": L("kpp"), "ogrn": L("ogrn"),
                  "bank_name": L("bank_name"), "website": L("website"), "city": L("city"), "region": L("region"),
                  "bank_bik": L("bank_bik"), "bank_account": L("bank_account"), "corr_account": L("corr_account"),
                  "phones": L("phone"), "emails": L("email"), "contacts": L("contact_name"), "note": L("note"),
                  "kind": L("kind"), "status": L("status")}
        raise RowError(_validation_reason(exc, labels)) from None
    d.phones = phones
    for c, ph in zip(d.contacts, contact_phones, strict=True):
        c.phones = ph
    if d.kind == "PERSON" and d.kpp:
        raise RowError(translate("app.imports", "{field}: a person has no KPP (is it a company?).").format(field=L("kpp")))
    resp, dept = _responsible(ref, cells, "clients")
    source_id = None
    src = _one(cells, "source")
    if src:
        source_id = ref.sources.get(src.upper())
        if source_id is None:
            raise RowError(translate("app.imports", "{field}: no source “{value}” in the reference list.").format(
                field=L("source"), value=src))
    tag_ids, tag_names = [], []
    for v in cells.get("tags", []):
        for name_ in re.split(r"\s*[,;\n]\s*", as_text(v)):
            if not name_:
                continue
            tid = ref.tags.get(name_.upper())
            if tid is None:
                raise RowError(translate("app.imports", "{field}: no tag “{value}”.").format(field=L("tags"), value=name_))
            if tid not in tag_ids:
                tag_ids.append(tid)
                tag_names.append(name_)
    classifier_ids = []
    custom: dict[int, Any] = {}
    for key, vals in cells.items():
        if key.startswith("classifier:"):
            cname_ = key.split(":", 1)[1].strip().upper()
            values = ref.classifiers.get(cname_)
            if values is None:
                raise RowError(translate("app.imports", "No classifier “{name}”.").format(name=key.split(":", 1)[1]))
            for v in vals:
                for part in re.split(r"\s*[,;]\s*", as_text(v)):
                    if not part:
                        continue
                    vid = values.get(part.upper())
                    if vid is None:
                        raise RowError(translate("app.imports", "{field}: no value “{value}”.").format(
                            field=target_label("clients", key), value=part))
                    classifier_ids.append(vid)
        elif key.startswith("custom:"):
            fname = key.split(":", 1)[1].strip().upper()
            fd = ref.custom.get(fname)
            if fd is None:
                raise RowError(translate("app.imports", "No custom field “{name}”.").format(name=key.split(":", 1)[1]))
            from app.custom_fields import _coerce

            raw = vals[0]
            if fd.kind == "DATE":
                try:
                    raw = parse_date(raw, day_first=mapping.day_first)
                    raw = raw.date() if isinstance(raw, dt.datetime) else raw
                except ValueError:
                    pass
            elif fd.kind == "BOOL":
                raw = _norm_header(as_text(raw)) in ("1", "да", "yes", "true", "x", "+", "истина")
            else:
                raw = as_text(raw)
            try:
                custom[fd.id] = (fd.kind, _coerce(fd, raw))
            except ValidationError as exc:
                raise RowError(str(exc)) from None
    given = set(cells)
    return ClientRecord(d, resp, dept, source_id, tag_ids, tag_names, sorted(set(classifier_ids)), custom, created, given)


# ---------------------------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------------------------

@dataclass
class RowFate:
    row_no: int
    fate: str  #: CREATED, UPDATED, SKIPPED, FAILED
    reason: str | None = None
    entity: str | None = None
    record_id: int | None = None
    rec_version: int | None = None
    old_values: str | None = None


@dataclass
class ImportResult:
    batch_id: int | None
    kind: str
    dry_run: bool
    total: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    #: failed rows (row number, values, reason), for the error file; capped at 100,000
    errors: list[tuple[int, list, str]] = field(default_factory=list)
    #: every row's fate (the screen's result page, tests)
    fates: list[RowFate] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    source_format: str = ""
    encoding: str | None = None
    delimiter: str | None = None

    def count(self, fate: RowFate) -> None:
        self.total += 1
        if fate.fate == "CREATED":
            self.created += 1
        elif fate.fate == "UPDATED":
            self.updated += 1
        elif fate.fate == "SKIPPED":
            self.skipped += 1
        else:
            self.failed += 1

    def summary(self) -> str:
        return translate("app.imports", "{total} rows: {created} created, {updated} updated, {skipped} skipped, "
                                        "{failed} failed").format(total=self.total, created=self.created,
                                                                  updated=self.updated, skipped=self.skipped,
                                                                  failed=self.failed)


@dataclass
class Progress:
    rows: int
    rows_per_s: float
    result: ImportResult


class Cancelled(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------

_CLIENT_COLS = ("id", "kind", "name", "search_name", "legal_name", "status", "responsible_id", "department_id",
                "source_id", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account", "corr_account",
                "birthday", "founded_on", "website", "city", "region", "main_phone", "main_email", "tags_text",
                "note", "created_at")
_UPDATABLE = ("legal_name", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account", "corr_account",
              "birthday", "founded_on", "website", "city", "region", "note", "status", "source_id", "responsible_id")
#: which target keys feed each updatable column
_COL_TARGET = {"legal_name": "legal_name", "inn": "inn", "kpp": "kpp", "ogrn": "ogrn", "bank_name": "bank_name",
               "bank_bik": "bank_bik", "bank_account": "bank_account", "corr_account": "corr_account",
               "birthday": "birthday", "founded_on": "founded_on", "website": "website", "city": "city",
               "region": "region", "note": "note", "status": "status", "source_id": "source",
               "responsible_id": "responsible"}
_CONTACT_COLS = ("id", "client_id", "full_name", "job_title", "birthday", "is_primary", "created_at")
_PHONE_COLS = ("id", "client_id", "contact_id", "kind", "phone", "e164", "phone_key", "ext", "is_primary", "created_at")
_EMAIL_COLS = ("id", "client_id", "contact_id", "email", "email_key", "is_primary", "created_at")
_ADDRESS_COLS = ("client_id", "kind", "country", "region", "city", "street", "zip_code", "is_primary", "created_at")
_ROW_COLS = ("batch_id", "row_no", "fate", "entity", "record_id", "rec_version", "reason", "old_values")


@dataclass
class _Pack:
    """Rows of one chunk for each table, and which source row each belongs to."""

    clients: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    phones: list[tuple] = field(default_factory=list)
    emails: list[tuple] = field(default_factory=list)
    addresses: list[tuple] = field(default_factory=list)
    tags: list[tuple] = field(default_factory=list)
    classifiers: list[tuple] = field(default_factory=list)
    keys: list[tuple] = field(default_factory=list)
    custom: list[tuple] = field(default_factory=list)
    updates: list[tuple] = field(default_factory=list)

    def extend(self, other: _Pack) -> None:
        for f in self.__dataclass_fields__:
            getattr(self, f).extend(getattr(other, f))

    def write(self, conn, local: bool = False) -> None:
        # packs as large as Firebird 3 allows (db.bulk caps them by the 64 KB limits and the 255
        # contexts): over a WAN link every pack is a round trip. ``local``: the embedded engine
        P = PACK_LOCAL if local else PACK
        bulk.insert_rows(conn, "CLIENTS", _CLIENT_COLS, self.clients, pack=P)
        bulk.update_rows(conn, "CLIENTS", _UPDATABLE, ("id",), self.updates, pack=P)
        bulk.insert_rows(conn, "CONTACTS", _CONTACT_COLS, self.contacts, pack=P)
        bulk.insert_rows(conn, "PHONES", _PHONE_COLS, self.phones, pack=P)
        bulk.insert_rows(conn, "EMAILS", _EMAIL_COLS, self.emails, pack=P)
        bulk.insert_rows(conn, "ADDRESSES", _ADDRESS_COLS, self.addresses, pack=P)
        bulk.insert_rows(conn, "CLIENT_TAGS", ("client_id", "tag_id"), self.tags, pack=P)
        bulk.insert_rows(conn, "CLIENT_CLASSIFIERS", ("client_id", "value_id"), self.classifiers, pack=P)
        # a key is (client id, kind, key, the client's SEARCH_NAME or None). On the embedded
        # engine SNAME is written, so TRG_SEARCH_KEYS_ORDER skips its read of the client
        # (5 % of the engine's page fetches per imported client); over a network the wider rows
        # would cost more packs (round trips) than the server saves, so the trigger reads it there
        if local:
            bulk.insert_rows(conn, "SEARCH_KEYS", ("client_id", "kind", "skey", "sname"), self.keys, pack=P)
        else:
            bulk.insert_rows(conn, "SEARCH_KEYS", ("client_id", "kind", "skey"), [k[:3] for k in self.keys], pack=P)
        if self.custom:
            bulk.insert_rows(conn, "CUSTOM_FIELD_VALUES", ("field_id", "entity_id", "value_text", "value_num",
                                                           "value_date", "value_bool"), self.custom)


class _Ids:
    """Identity values reserved in blocks (one round trip per block, not per row)."""

    def __init__(self, conn, table: str, block: int):
        self.conn, self.table, self.block = conn, table, block
        self._it: Iterator[int] = iter(())

    def start(self, reserved: range) -> None:
        self._it = iter(reserved)

    def next(self) -> int:
        try:
            return next(self._it)
        except StopIteration:
            self._it = iter(bulk.reserve_ids(self.conn, self.table, self.block))
            return next(self._it)


def _search_keys(d: ClientDraft) -> set[tuple[str, str]]:
    """:func:`app.clients.search_keys_for` for a draft whose phones are already valid (their key
    is taken from the digits, not by parsing each number a third time)."""
    return search_keys_for(d, phone_key=nz.phone_key)


def _client_rows(rec: ClientRecord, cid: int, ids: dict[str, _Ids] | None, stamp) -> _Pack:
    d = rec.draft
    p = _Pack()
    nid = (lambda t: ids[t].next()) if ids else (lambda t: None)
    norm = rec.norm()
    pn, en = norm["phone"], norm["email"]
    phones = d.phones + [x for c in d.contacts for x in c.phones]
    emails = d.emails + [x for c in d.contacts for x in c.emails]
    main_phone = d.phones[0].number if d.phones else (phones[0].number if phones else None)
    main_email = d.emails[0].email if d.emails else (emails[0].email if emails else None)
    p.clients.append((cid, d.kind, d.name, norm["search_name"], d.legal_name, d.status, rec.responsible_id,
                      rec.department_id, rec.source_id, d.inn, d.kpp, d.ogrn, d.bank_name, d.bank_bik, d.bank_account,
                      d.corr_account, d.birthday, d.founded_on, d.website, d.city, d.region, main_phone,
                      (main_email or None) and main_email[:120], ", ".join(rec.tag_names)[:200] or None, d.note, stamp))
    for ph in d.phones:
        p.phones.append((nid("PHONES"), cid, None, ph.kind, ph.number, *pn[ph.number],
                         ph.ext, ph.is_primary, stamp))
    for e in d.emails:
        p.emails.append((nid("EMAILS"), cid, None, e.email, en[e.email], e.is_primary, stamp))
    for c in d.contacts:
        ct = nid("CONTACTS")
        p.contacts.append((ct, cid, c.full_name, c.job_title, c.birthday, c.is_primary, stamp))
        for ph in c.phones:
            p.phones.append((nid("PHONES"), cid, ct, ph.kind, ph.number, *pn[ph.number], ph.ext, False, stamp))
        for e in c.emails:
            p.emails.append((nid("EMAILS"), cid, ct, e.email, en[e.email], False, stamp))
    for a in d.addresses:
        p.addresses.append((cid, a.kind, a.country, a.region, a.city, a.street, a.zip_code, a.is_primary, stamp))
    p.tags.extend((cid, t) for t in rec.tag_ids)
    p.classifiers.extend((cid, v) for v in rec.classifier_ids)
    sname = norm["search_name"]
    p.keys.extend((cid, k, v[:60], sname) for k, v in rec.search_keys())
    for fid, (fkind, v) in rec.custom.items():
        if v is None:
            continue
        p.custom.append((fid, cid, v if fkind in ("TEXT", "LIST") else None, v if fkind == "NUMBER" else None,
                         v if fkind == "DATE" else None, v if fkind == "BOOL" else None))
    return p


# ---------------------------------------------------------------------------------------------
# duplicate lookup against the base
# ---------------------------------------------------------------------------------------------

def _lookup_base(conn, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """key → the id of a visible client that has it (lowest id), in a few IN (...) queries."""
    found: dict[tuple[str, str], int] = {}
    by_kind: dict[str, list[str]] = {}
    for k, v in keys:
        by_kind.setdefault(k, []).append(v)
    # one statement for the INN, e-mail and phone keys (the kind is a parameter), prepared once
    # per run. Written so that only one plan is possible: the keys by their index, each client by
    # its primary key. The former JOIN let the optimizer start from the clients (a hash join over
    # all of them, or a natural scan when prepared on a new, empty base), so every look-up slowed
    # down as the base grew. MIN(CLIENT_ID) is taken here.
    for kind in ("I", "E", "P"):
        for skey, cid in bulk.select_in(
                conn, "SELECT k.SKEY, k.CLIENT_ID FROM V_SEARCH_KEYS k WHERE k.KIND = ? AND k.SKEY IN ({marks}) "
                      "AND EXISTS (SELECT 1 FROM V_CLIENTS c WHERE c.ID = k.CLIENT_ID AND c.MERGED_INTO_ID IS NULL)",
                sorted(set(by_kind.get(kind, []))), block=LOOKUP_IN, fixed=(kind,)):
            key = (kind, skey)
            if key not in found or cid < found[key]:
                found[key] = cid
    ncs = sorted(set(by_kind.get("NC", [])))
    names = sorted({v.split("|", 1)[0] for v in ncs})
    wanted = set(ncs)
    # companies by SEARCH_NAME; people by their sorted name words (below) — SEARCH_NAME holds
    # the name in the typed order, so a person's key is compared in Python
    for cid, _sname, city, kind, name in bulk.select_in(
            conn, "SELECT c.ID, c.SEARCH_NAME, c.CITY, c.KIND, c.NAME FROM V_CLIENTS c "
                  "WHERE c.SEARCH_NAME IN ({marks}) AND c.MERGED_INTO_ID + 0 IS NULL", names, block=LOOKUP_IN):
        key = ("NC", f"{name_key(name, kind.strip())}|{(city or '').strip().upper().replace('Ё', 'Е')}")
        if key[1] in wanted and (key not in found or cid < found[key]):
            found[key] = cid
    return found


_KEY_WHY = {"I": QT_TRANSLATE_NOOP("app.imports", "same INN"), "E": QT_TRANSLATE_NOOP("app.imports", "same e-mail"),
            "P": QT_TRANSLATE_NOOP("app.imports", "same phone"),
            "NC": QT_TRANSLATE_NOOP("app.imports", "same name and city")}


# ---------------------------------------------------------------------------------------------
# the run
# ---------------------------------------------------------------------------------------------

def _begin_batch(conn, kind: str, src: Source, policy: str, mapping: Mapping) -> int:
    row = conn.execute(text("SELECT ID FROM SP_IMPORT_BEGIN(:k, :f, :fmt, :p, :m)"),
                       {"k": kind.upper(), "f": src.path.name[:255], "fmt": src.format, "p": policy.upper(),
                        "m": mapping.to_json()}).fetchone()
    return int(row[0])


def _attach(conn, batch_id: int) -> None:
    conn.execute(text("EXECUTE PROCEDURE SP_IMPORT_ATTACH(:b)"), {"b": batch_id})


def _finish(conn, batch_id: int, state: str, r: ImportResult) -> None:
    conn.execute(text("EXECUTE PROCEDURE SP_IMPORT_FINISH(:b, :s, :t, :c, :u, :sk, :f)"),
                 {"b": batch_id, "s": state, "t": r.total, "c": r.created, "u": r.updated, "sk": r.skipped,
                  "f": r.failed})


def _log_rows(conn, batch_id: int, fates: list[RowFate]) -> None:
    bulk.insert_rows(conn, "IMPORT_ROWS", _ROW_COLS,
                     [(batch_id, f.row_no, f.fate, f.entity, f.record_id, f.rec_version,
                       (f.reason or None) and f.reason[:500], f.old_values) for f in fates], pack=PACK)


def run_import(ctx: AppContext | None, kind: str, path: str | Path, *, mapping: Mapping | None = None,
               sheet: str | None = None, encoding: str | None = None, delimiter: str | None = None,
               on_duplicate: str = "skip", dry_run: bool = False,
               progress: Callable[[Progress], None] | None = None, cancel: Callable[[], bool] | None = None,
               now: dt.datetime | None = None, keep_fates: bool = True) -> ImportResult:
    """Import ``path`` as ``kind`` ("clients" or "deals"); see the module docstring.

    ``progress`` is called after every chunk; ``cancel()`` returning True stops after the current
    chunk: what was written stays as a consistent CANCELLED batch that can be undone. A dry run
    (``dry_run=True``) needs the database only to read (duplicates, reference names) and writes
    nothing. Raises :class:`UserError` for a file or mapping that cannot be imported at all; a
    bad row never raises, it is counted as failed with its reason.
    """
    if kind not in KINDS:
        raise UserError(translate("app.imports", "Import what: clients or deals?"))
    policy = on_duplicate.lower()
    if policy not in POLICIES:
        raise UserError(translate("app.imports", "Unknown duplicate policy “{p}” (skip, update, overwrite, create).").format(
            p=on_duplicate))
    src = open_source(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
    mapping = mapping or guess_mapping(kind, src.headers)
    check_mapping(kind, mapping, src.headers)
    if ctx is None:
        raise UserError(translate("app.imports", "An import needs a database."))
    now = now or dt.datetime.now().replace(microsecond=0)
    result = ImportResult(None, kind, dry_run, headers=list(src.headers), source_format=src.format,
                          encoding=src.encoding, delimiter=src.delimiter)
    t0 = time.monotonic()
    try:
        with ctx.engine.connect() as conn:
            try:
                if kind == "clients":
                    _run_clients(ctx, conn, src, mapping, policy, dry_run, result, progress, cancel, now, keep_fates, t0)
                else:
                    from app.import_deals import run_deals

                    run_deals(ctx, conn, src, mapping, policy, dry_run, result, progress, cancel, now, keep_fates, t0)
            finally:
                bulk.release(conn)
    except UserError:
        raise
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    result.seconds = time.monotonic() - t0
    return result


def _chunks(src: Source, mapping: Mapping, n: int) -> Iterator[list[tuple[int, list]]]:
    buf: list[tuple[int, list]] = []
    for item in src.rows():
        buf.append(item)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


_Built = tuple  # (records, their duplicate keys, failed rows for result.errors) of one chunk


def prefetch(chunks: Iterable, build: Callable[[Any], Any], ahead: int = 1) -> Iterator:
    """``build(chunk)`` for every chunk, computed in a worker thread up to ``ahead`` chunks ahead.

    Reading the file and validating rows is Python work; writing a chunk is mostly the database
    engine's, which runs with the GIL released (fdb calls the client library through ctypes). So
    the next chunk is parsed on the second core while the current one is written. Memory stays
    bounded (at most ``ahead`` + 2 chunks alive). An exception in the worker is raised here; when
    the consumer stops early (Cancel, an error) the worker stops after its current chunk.
    """
    import queue
    import threading

    q: queue.Queue = queue.Queue(maxsize=ahead)
    stop = threading.Event()
    end = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for c in chunks:
                if stop.is_set() or not put((True, build(c))):
                    return
            put((True, end))
        except BaseException as exc:  # handed to the consumer
            put((False, exc))

    t = threading.Thread(target=work, name="import-prefetch", daemon=True)
    t.start()
    try:
        while True:
            ok, item = q.get()
            if not ok:
                raise item
            if item is end:
                return
            yield item
    finally:
        stop.set()
        t.join()


def _unreadable(row: list) -> str | None:
    for v in row:
        if isinstance(v, str) and v.startswith("\x00unreadable vCard: "):
            return translate("app.imports", "The vCard cannot be read: {why}").format(why=v.split(": ", 1)[1])
    return None


def _fail(result: ImportResult, row_no: int, row: list, reason: str, keep: bool) -> RowFate:
    f = RowFate(row_no, "FAILED", reason)
    if len(result.errors) < 100_000:
        result.errors.append((row_no, row, reason))
    return f


def _run_clients(ctx, conn, src: Source, mapping: Mapping, policy: str, dry_run: bool, result: ImportResult,
                 progress, cancel, now, keep_fates: bool, t0: float) -> None:
    ref = _load_ref(ctx, conn, deals=False)
    conn.rollback()
    batch_id = None
    if not dry_run:
        batch_id = _begin_batch(conn, "clients", src, policy, mapping)
        conn.commit()
        result.batch_id = batch_id
    # duplicates earlier in the file. A real run writes each chunk before reading the next, so the
    # base lookup finds rows of earlier chunks; only this chunk's keys and the ids created so far
    # (ints) are kept: memory does not grow with the keys of a 100,000-row file. A dry run writes
    # nothing and keeps a hash of every created row's keys instead (8 bytes + the row number).
    seen: dict[int, int] = {}
    run = {"created": {}, "updated": set()}  # client id → row no that created it; ids updated
    ids = None
    state = "DONE"
    local = ctx.spec.target.kind == "embedded"  # no round trips to save: _Pack.write
    chunks = prefetch(_chunks(src, mapping, CHUNK), lambda c: _build_chunk(ref, src, mapping, c, now))
    try:
        for chunk in chunks:
            if not dry_run:
                _attach(conn, batch_id)
                n = len(chunk[0])  # blocks sized to the chunk: a small file leaves no wide gaps in the ids
                ids = {"CLIENTS": _Ids(conn, "CLIENTS", n), "CONTACTS": _Ids(conn, "CONTACTS", max(8, n // 4)),
                       "PHONES": _Ids(conn, "PHONES", n), "EMAILS": _Ids(conn, "EMAILS", n)}
                # the blocks nearly every chunk uses, in one round trip (contacts only when needed)
                for t, r in bulk.reserve_ids_many(conn, {t: ids[t].block for t in ("CLIENTS", "PHONES",
                                                                                      "EMAILS")}).items():
                    ids[t].start(r)
            if not dry_run:
                seen.clear()
            fates, pack, plans = _clients_chunk(conn, ref, src, mapping, policy, dry_run, chunk, seen, run, ids, now,
                                                result)
            if not dry_run:
                fates = _write_chunk(conn, pack, plans, fates, result, local=local)
                _log_rows(conn, batch_id, fates)
                conn.commit()
            if _account_chunk(result, fates, keep_fates, progress, t0, cancel):
                state = "CANCELLED"
                break
    except BaseException:
        chunks.close()  # stop the read-ahead thread now, not when the generator is collected
        _fail_batch(conn, batch_id, result)
        raise
    chunks.close()
    if batch_id is not None:
        _finish(conn, batch_id, state, result)
        conn.commit()


def _account_chunk(result, fates: list, keep_fates: bool, progress, t0: float, cancel) -> bool:
    """Count a written chunk's fates, report progress (rows/s); True when the user cancelled (the
    batch then ends CANCELLED, consistent and undoable). Shared by the client and deal imports."""
    for f in fates:
        result.count(f)
        if keep_fates:
            result.fates.append(f)
    if progress is not None:
        el = max(time.monotonic() - t0, 1e-6)
        progress(Progress(result.total, result.total / el, result))
    if cancel is not None and cancel():
        result.cancelled = True
        return True
    return False


def _fail_batch(conn, batch_id: int | None, result) -> None:
    """After an error: roll the chunk back and mark the batch FAILED (best effort: the error that
    got us here is the one the caller raises)."""
    conn.rollback()
    if batch_id is not None:
        try:
            _finish(conn, batch_id, "FAILED", result)
            conn.commit()
        except Exception:
            conn.rollback()


def _build_chunk(ref: _Ref, src: Source, mapping: Mapping, chunk: list[tuple[int, list]], now) -> _Built:
    """Parse and validate a chunk's rows (no database work: this runs ahead in :func:`_prefetch`'s
    thread while the previous chunk is written)."""
    recs: list[tuple[int, list, ClientRecord | None, RowFate | None]] = []
    keys: set[tuple[str, str]] = set()
    errors: list[tuple[int, list, str]] = []
    for row_no, row in chunk:
        bad = _unreadable(row)
        if bad:
            recs.append((row_no, row, None, RowFate(row_no, "FAILED", bad)))
            errors.append((row_no, row, bad))
            continue
        cells = _cells(row, src.headers, mapping)
        if not cells:
            recs.append((row_no, row, None, RowFate(row_no, "SKIPPED", translate("app.imports", "empty row"))))
            continue
        try:
            rec = build_client(ref, mapping, cells, now)
        except RowError as exc:
            recs.append((row_no, row, None, RowFate(row_no, "FAILED", str(exc))))
            errors.append((row_no, row, str(exc)))
            continue
        recs.append((row_no, row, rec, None))
        keys.update(rec.keys())
        rec.search_keys()  # here, off the writing thread
        rec.norm()
    return recs, keys, errors


def _clients_chunk(conn, ref: _Ref, src: Source, mapping: Mapping, policy: str, dry_run: bool,
                   chunk: _Built, seen: dict[int, int], run: dict, ids, now, result: ImportResult):
    """Decide every row's fate; returns (fates by row, pack to write, per-row plans for a retry)."""
    recs, keys, errors = chunk
    for err in errors:
        if len(result.errors) < 100_000:
            result.errors.append(err)
    base = _lookup_base(conn, keys) if keys and policy != "create" else {}
    # current values of matched clients (for update/overwrite and the old values undo restores)
    matched_ids = {cid for cid in base.values()}
    current: dict[int, dict[str, Any]] = {}
    if matched_ids and policy in ("update", "overwrite"):
        cols = ", ".join(("ID", "VERSION") + tuple(c.upper() for c in _UPDATABLE))
        mids = sorted(matched_ids)
        for i in range(0, len(mids), LOOKUP_IN):
            part = mids[i:i + LOOKUP_IN]
            sql = f"SELECT {cols} FROM V_CLIENTS WHERE ID IN ({', '.join(str(int(x)) for x in part)})"
            for r in conn.execute(text(sql)):
                current[r[0]] = dict(zip(("id", "version") + _UPDATABLE, r, strict=True))
        # the phones/e-mails they already have, so an update adds only new ones
        for i in range(0, len(mids), LOOKUP_IN):
            part = ", ".join(str(int(x)) for x in mids[i:i + LOOKUP_IN])
            for cid, pk in conn.execute(text(f"SELECT CLIENT_ID, PHONE_KEY FROM V_PHONES WHERE CLIENT_ID IN ({part})")):
                current[cid].setdefault("_phones", set()).add(pk)
            for cid, ek in conn.execute(text(f"SELECT CLIENT_ID, EMAIL_KEY FROM V_EMAILS WHERE CLIENT_ID IN ({part})")):
                current[cid].setdefault("_emails", set()).add(ek)
    fates: list[RowFate] = []
    pack = _Pack()
    plans: list[tuple[int, _Pack]] = []  # (index in fates, that row's pack) for a row-by-row retry
    updated_here: set[int] = run["updated"]
    created_rows: dict[int, int] = run["created"]
    for row_no, _row, rec, fate in recs:
        if fate is not None:
            fates.append(fate)
            continue
        rkeys = rec.keys()
        if policy != "create":
            hit = next(((k, seen[hash(k)]) for k in rkeys if hash(k) in seen), None)
            if hit is None:
                hit = next(((k, created_rows[base[k]]) for k in rkeys if k in base and base[k] in created_rows), None)
            if hit is not None:
                (kk, _v), first_row = hit
                fates.append(RowFate(row_no, "SKIPPED", translate("app.imports", "duplicate of row {n} of this file "
                                                                                "({why})").format(
                    n=first_row, why=translate("app.imports", _KEY_WHY[kk]))))
                continue
            bhit = next(((k, base[k]) for k in rkeys if k in base), None)
            if bhit is not None:
                (kk, _v), cid = bhit
                why = translate("app.imports", _KEY_WHY[kk])
                if policy == "skip":
                    fates.append(RowFate(row_no, "SKIPPED", translate("app.imports", "already in the base: client #{id} "
                                                                                    "({why})").format(id=cid, why=why),
                                         "CLIENT", cid))
                    continue
                if cid in updated_here:
                    fates.append(RowFate(row_no, "SKIPPED", translate("app.imports", "client #{id} was already updated "
                                                                                    "from an earlier row ({why})").format(
                        id=cid, why=why), "CLIENT", cid))
                    continue
                cur = current.get(cid)
                if cur is None:
                    fates.append(RowFate(row_no, "SKIPPED", translate("app.imports", "client #{id} ({why}) cannot be "
                                                                                    "read").format(id=cid, why=why)))
                    continue
                upd = _update_plan(rec, cur, policy, ids, now)
                if upd is None:
                    fates.append(RowFate(row_no, "SKIPPED", translate("app.imports", "already in the base: client #{id} "
                                                                                    "({why}); nothing new").format(
                        id=cid, why=why), "CLIENT", cid))
                    continue
                p, old = upd
                updated_here.add(cid)
                fates.append(RowFate(row_no, "UPDATED", why, "CLIENT", cid, cur["version"] + 1 if p.updates else
                                     cur["version"], json.dumps(old, ensure_ascii=False, default=str)))
                plans.append((len(fates) - 1, p))
                pack.extend(p)
                continue
        cid = ids["CLIENTS"].next() if ids else None
        for k in rkeys:
            seen.setdefault(hash(k), row_no)
        if cid is not None:
            created_rows[cid] = row_no
        stamp = rec.created_at
        fates.append(RowFate(row_no, "CREATED", None, "CLIENT", cid, 1))
        if ids is not None:
            p = _client_rows(rec, cid, ids, stamp)
            plans.append((len(fates) - 1, p))
            pack.extend(p)
    return fates, pack, plans


def _update_plan(rec: ClientRecord, cur: dict, policy: str, ids, now) -> tuple[_Pack, dict] | None:
    """(rows to write, old values) for updating a matched client, or None when nothing changes."""
    d = rec.draft
    new = {"legal_name": d.legal_name, "inn": d.inn, "kpp": d.kpp, "ogrn": d.ogrn, "bank_name": d.bank_name,
           "bank_bik": d.bank_bik, "bank_account": d.bank_account, "corr_account": d.corr_account,
           "birthday": d.birthday, "founded_on": d.founded_on, "website": d.website, "city": d.city,
           "region": d.region, "note": d.note, "status": d.status, "source_id": rec.source_id,
           "responsible_id": rec.responsible_id}
    values = {c: cur[c] for c in _UPDATABLE}
    old: dict[str, Any] = {}
    for col in _UPDATABLE:
        if _COL_TARGET[col] not in rec.given:
            continue
        v = new[col]
        if v in (None, ""):
            continue
        if policy == "update" and cur[col] not in (None, ""):
            continue  # "update empty fields": a filled field is never overwritten
        if cur[col] != v:
            old[col] = cur[col]
            values[col] = v
    p = _Pack()
    cid = cur["id"]
    added: dict[str, list[int]] = {}
    phones = cur.get("_phones", set())
    emails = cur.get("_emails", set())
    nid = (lambda t: ids[t].next()) if ids else (lambda t: None)
    for ph in d.phones + [x for c in d.contacts for x in c.phones]:
        k = nz.phone_key(ph.number)
        if k and k not in phones:
            pid = nid("PHONES")
            p.phones.append((pid, cid, None, ph.kind, ph.number, nz.phone_e164(ph.number), k, ph.ext, False,
                             None))
            p.keys.append((cid, "P", k[:60], None))
            phones.add(k)
            added.setdefault("PHONES", []).append(pid)
    for e in d.emails + [x for c in d.contacts for x in c.emails]:
        k = nz.email_key(e.email)
        if k not in emails:
            eid = nid("EMAILS")
            p.emails.append((eid, cid, None, e.email, k, False, None))
            p.keys.append((cid, "E", k[:60], None))
            emails.add(k)
            added.setdefault("EMAILS", []).append(eid)
    if not old and not added:
        return None
    if old:
        p.updates.append(tuple(values[c] for c in _UPDATABLE) + (cid,))
        if "inn" in old and values["inn"]:
            p.keys.append((cid, "I", values["inn"], None))
    return p, {"fields": old, "added": added, "keys": [list(k[:3]) for k in p.keys]}


def _write_chunk(conn, pack: _Pack, plans: list[tuple[int, _Pack]], fates: list[RowFate],
                 result: ImportResult, local: bool = False) -> list[RowFate]:
    """Write the chunk in packs; if the server refuses something, redo the chunk row by row in
    savepoints so that only the refused rows fail (with the server's reason)."""
    sp = conn.begin_nested()
    try:
        pack.write(conn, local)
        sp.commit()
        return fates
    except Exception:
        sp.rollback()
    for i, p in plans:
        sp = conn.begin_nested()
        try:
            p.write(conn, local)
            sp.commit()
        except Exception as exc:
            sp.rollback()
            reason = str(from_driver(exc, "", connecting=False))
            f = fates[i]
            fates[i] = RowFate(f.row_no, "FAILED", translate("app.imports", "refused by the database: {why}").format(
                why=reason))
            result.errors.append((f.row_no, None, fates[i].reason))
    return fates


# ---------------------------------------------------------------------------------------------
# error file
# ---------------------------------------------------------------------------------------------

def reason_header() -> str:
    return translate("app.imports", "Import error")


def write_error_file(result: ImportResult, src_path: str | Path, out: str | Path, *, sheet: str | None = None) -> int:
    """The failed rows in the source's format (XLSX, CSV in the source's encoding and delimiter,
    or CSV for vCards) with the reason in a last column; returns how many rows were written.

    The original cells are re-read from the source file (rows kept in the result may be None for
    rows the database refused), so a corrected file imports with the same mapping."""
    out = Path(out)
    failed = {}
    for row_no, _row, reason in result.errors:
        failed[row_no] = reason
    if not failed:
        return 0
    src = open_source(src_path, sheet=sheet, encoding=result.encoding, delimiter=result.delimiter)
    headers = list(src.headers) + [reason_header()]
    rows = ([as_text(v) if not isinstance(v, (int, float, dt.date)) or isinstance(v, bool) else v
             for v in row] + [failed[row_no]] for row_no, row in src.rows() if row_no in failed)
    if out.suffix.lower() == ".xlsx":
        import openpyxl

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(src.sheet or "Errors")
        ws.append(headers)
        n = 0
        for r in rows:
            ws.append(r)
            n += 1
        wb.save(out)
        return n
    n = 0

    def counted():
        nonlocal n
        for r in rows:
            n += 1
            yield r

    enc = src.encoding if src.format == "csv" else "utf-8-sig"
    write_csv_rows(out, headers, counted(), encoding=enc or "utf-8-sig", delimiter=src.delimiter or ";")
    return n


def error_file_name(src_path: str | Path) -> Path:
    p = Path(src_path)
    ext = ".xlsx" if p.suffix.lower() in (".xlsx", ".xlsm") else ".csv"
    return p.with_name(f"{p.stem}.errors{ext}")


# ---------------------------------------------------------------------------------------------
# batches: list and undo
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BatchSummary:
    id: int
    kind: str
    file_name: str
    state: str
    owner: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    total: int
    created: int
    updated: int
    skipped: int
    failed: int


def list_batches(ctx: AppContext, limit: int = 200) -> list[BatchSummary]:
    ctx.reader.restart()
    rows = ctx.reader.query(f"SELECT FIRST {int(limit)} ID, KIND, FILE_NAME, STATE, OWNER_LOGIN, STARTED_AT, "
                            "FINISHED_AT, ROWS_TOTAL, ROWS_CREATED, ROWS_UPDATED, ROWS_SKIPPED, ROWS_FAILED "
                            "FROM V_IMPORT_BATCHES ORDER BY ID DESC")
    return [BatchSummary(r[0], r[1].strip().lower(), r[2], r[3].strip(), r[4].strip(), *r[5:]) for r in rows]


@dataclass
class UndoResult:
    batch_id: int
    deleted: int = 0
    restored: int = 0
    #: (entity, record id, why) of records left alone because someone changed them since
    kept: list[tuple[str, int, str]] = field(default_factory=list)


_ENTITY_VIEW = {"CLIENT": "V_CLIENTS", "DEAL": "V_DEALS"}
#: SP_IMPORT_UNDO_RECORD's WHY → the reason the undo lists
_UNDO_WHY = {"GONE": QT_TRANSLATE_NOOP("app.imports", "already deleted"),
             "CHANGED": QT_TRANSLATE_NOOP("app.imports", "changed since the import"),
             "ADDED": QT_TRANSLATE_NOOP("app.imports", "has deals or contacts added since")}


def undo_import(ctx: AppContext, batch_id: int) -> UndoResult:
    """Remove what batch ``batch_id`` created and restore what it updated, in one transaction.

    A record whose VERSION moved on since the import (somebody edited it), a created client that
    has deals, calls or meetings the batch did not bring, or an updated client changed since, is
    listed in :attr:`UndoResult.kept` and not touched. The owner of the batch deletes what it
    created through ``SP_IMPORT_UNDO_RECORD`` (revision 0015: a manager has no delete right on
    clients, the procedure lets him delete only what his own batch provably created and nobody
    changed since); a head or an administrator undoing somebody else's batch deletes through the
    views with his own delete rights, otherwise :class:`NotAllowed`.
    """
    res = UndoResult(batch_id)
    try:
        with ctx.engine.connect() as conn:
            b = conn.execute(text("SELECT STATE, KIND, OWNER_LOGIN, CURRENT_USER FROM V_IMPORT_BATCHES WHERE ID = :b"),
                             {"b": batch_id}).fetchone()
            if b is None:
                raise UserError(translate("app.imports", "No import batch {id} (or it is not yours).").format(id=batch_id))
            if b[0].strip() == "UNDONE":
                raise UserError(translate("app.imports", "Import batch {id} is already undone.").format(id=batch_id))
            if b[0].strip() == "RUNNING":
                raise UserError(translate("app.imports", "Import batch {id} is still running.").format(id=batch_id))
            rows = conn.execute(text("SELECT FATE, ENTITY, RECORD_ID, REC_VERSION, OLD_VALUES, PROVEN FROM V_IMPORT_ROWS "
                                     "WHERE BATCH_ID = :b AND FATE IN ('CREATED', 'UPDATED') ORDER BY ID DESC"),
                                {"b": batch_id}).fetchall()
            proven = {(r[1].strip(), r[2]) for r in rows if r[5]}
            rows = [r[:5] for r in rows]
            own = b[2].strip() == b[3].strip()
            created = {(e.strip(), rid) for f, e, rid, _v, _o in rows if f.strip() == "CREATED"}
            batch_deals = {rid for e, rid in created if e == "DEAL"}
            order = sorted(rows, key=lambda r: (0 if (r[1] or "").strip() == "DEAL" else 1))
            for fate, entity, rid, ver, old in order:
                entity, fate = entity.strip(), fate.strip()
                view = _ENTITY_VIEW[entity]
                if own and fate == "CREATED" and (entity, rid) not in proven:
                    res.kept.append((entity, rid, translate("app.imports", "not provably created by this import "
                                                                           "(ask a head or an administrator)")))
                    continue
                if own and fate == "CREATED":
                    sp = conn.begin_nested()  # a record the server refuses is listed, the rest goes on
                    try:
                        n, why = conn.execute(text("SELECT DELETED, WHY FROM SP_IMPORT_UNDO_RECORD(:b, :e, :i)"),
                                              {"b": batch_id, "e": entity, "i": rid}).fetchone()
                        sp.commit()
                    except DBAPIError as exc:
                        sp.rollback()
                        res.kept.append((entity, rid, translate("app.imports", "not allowed: {why}").format(
                            why=str(from_driver(exc, ctx.info.target, connecting=False)))))
                        continue
                    if n:
                        res.deleted += n
                        _drop_new_contacts(conn, entity, old)
                    else:
                        res.kept.append((entity, rid, translate("app.imports", _UNDO_WHY.get((why or "").strip(),
                                                                                             _UNDO_WHY["CHANGED"]))))
                    continue
                cur = conn.execute(text(f"SELECT VERSION FROM {view} WHERE ID = :i"), {"i": rid}).fetchone()
                if cur is None:
                    if fate == "CREATED":
                        res.kept.append((entity, rid, translate("app.imports", "already deleted")))
                    else:
                        res.kept.append((entity, rid, translate("app.imports", "deleted or out of your sight")))
                    continue
                if cur[0] != ver:
                    res.kept.append((entity, rid, translate("app.imports", "changed since the import")))
                    continue
                if fate == "CREATED":
                    if entity == "CLIENT":
                        other = conn.execute(text(
                            "SELECT (SELECT COUNT(*) FROM V_DEALS d WHERE d.CLIENT_ID = :i), "
                            "(SELECT COUNT(*) FROM V_INTERACTIONS x WHERE x.CLIENT_ID = :i) FROM RDB$DATABASE"),
                            {"i": rid}).fetchone()
                        if other[1] or (other[0] and _has_foreign_deals(conn, rid, batch_deals)):
                            res.kept.append((entity, rid, translate("app.imports", "has deals or contacts added since")))
                            continue
                    n = conn.execute(text(f"DELETE FROM {view} WHERE ID = :i AND VERSION = :v"),
                                     {"i": rid, "v": ver}).rowcount
                    res.deleted += n
                    if n:
                        _drop_new_contacts(conn, entity, old)
                else:
                    data = json.loads(old or "{}")
                    fields = data.get("fields") or {}
                    if fields:
                        sets = ", ".join(f"{c.upper()} = :{c}" for c in fields)
                        params = {c: _restore_value(c, v) for c, v in fields.items()}
                        params.update({"_i": rid, "_v": ver})
                        conn.execute(text(f"UPDATE {view} SET {sets} WHERE ID = :_i AND VERSION = :_v"), params)
                    for table, ids_ in (data.get("added") or {}).items():
                        if table in ("PHONES", "EMAILS") and ids_:
                            conn.execute(text(f"DELETE FROM V_{table} WHERE ID IN "
                                              f"({', '.join(str(int(x)) for x in ids_)})"))
                    for _cid, kind_, key in (data.get("keys") or []):
                        if kind_ in ("P", "E"):
                            conn.execute(text("DELETE FROM V_SEARCH_KEYS WHERE CLIENT_ID = :c AND KIND = :k AND "
                                              "SKEY = :s"), {"c": rid, "k": kind_, "s": key})
                    res.restored += 1
            _finish(conn, batch_id, "UNDONE", ImportResult(batch_id, "", False))
            conn.commit()
    except UserError:
        raise
    except Exception as exc:
        err = from_driver(exc, ctx.info.target, connecting=False)
        if "no permission" in str(exc).lower() or "335544352" in str(exc):
            raise NotAllowed(translate("app.imports", "You may not delete what import {id} created; ask a head of "
                                                      "department or an administrator to undo it.").format(
                id=batch_id)) from exc
        raise err from exc
    return res


def _drop_new_contacts(conn, entity: str, old: str | None) -> None:
    """A deals import may add a contact person to a client already in the base (logged with the
    deal): it goes with the deal, unless somebody changed it since."""
    ids_ = (json.loads(old or "{}") or {}).get("contacts") if entity == "DEAL" else None
    if ids_:
        conn.execute(text(f"DELETE FROM V_CONTACTS WHERE VERSION = 1 AND ID IN "
                          f"({', '.join(str(int(x)) for x in ids_)})"))


def _has_foreign_deals(conn, client_id: int, batch_deals: set[int]) -> bool:
    ids = [r[0] for r in conn.execute(text("SELECT ID FROM V_DEALS WHERE CLIENT_ID = :i"), {"i": client_id})]
    return any(i not in batch_deals for i in ids)


def _restore_value(col: str, v):
    if v is None:
        return None
    if col in ("birthday", "founded_on", "expected_close") and isinstance(v, str):
        return dt.date.fromisoformat(v[:10])
    if col in ("stage_entered_at", "closed_at") and isinstance(v, str):
        return dt.datetime.fromisoformat(v)
    if col == "amount" and isinstance(v, str):
        return Decimal(v)
    return v


__all__ = ["CHUNK", "CLIENT_TARGETS", "DEAL_TARGETS", "BatchSummary", "Cancelled", "ImportResult", "Mapping",
           "POLICIES", "Progress", "RowFate", "UndoResult", "check_mapping", "error_file_name", "guess_mapping",
           "guess_target", "join_person_name", "list_batches", "load_mapping", "parse_amount", "run_import",
           "save_mapping", "saved_mappings", "split_person_name", "target_label", "undo_import", "write_error_file"]
