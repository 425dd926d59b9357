"""The company's own requisites and logo, for printed forms (invoice, offer, letterheads).

Layer: ``app``. Stored per database in ``SETTINGS`` (everyone reads, administrators write — the
grants of revision 0004), keys ``company.<field>``. The logo (PNG/JPEG, ≤ :data:`MAX_LOGO_BYTES`)
is kept base64-encoded in numbered rows ``company.logo.0``, ``company.logo.1``… because a
SETTINGS value holds at most 4,000 characters and the table already has the right grants; one
read fetches it with the rest.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, fields

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from app import validate
from app.changes import REF, Changes
from app.context import AppContext
from app.errors import ValidationError, from_driver
from app.i18n import translate
from db.models import Setting

PREFIX = "company."
LOGO_PREFIX = "company.logo."
LOGO_CHUNK = 4000
MAX_LOGO_BYTES = 256 * 1024


@dataclass
class CompanyInfo:
    name: str = ""
    legal_name: str = ""
    inn: str = ""
    kpp: str = ""
    ogrn: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    bank_name: str = ""
    bank_bik: str = ""
    bank_account: str = ""
    corr_account: str = ""
    director: str = ""
    accountant: str = ""
    #: VAT rate in percent printed on invoices; empty = "without VAT"
    vat_pct: str = "20"
    #: printed under the invoice table (payment terms)
    invoice_note: str = ""
    logo: bytes | None = None

    def display_name(self) -> str:
        return self.legal_name or self.name


TEXT_FIELDS = tuple(f.name for f in fields(CompanyInfo) if f.name != "logo")


def company_from_settings(rows: dict[str, str | None]) -> CompanyInfo:
    """Build from ``key -> value`` pairs of SETTINGS (any subset)."""
    info = CompanyInfo()
    for name in TEXT_FIELDS:
        value = rows.get(PREFIX + name)
        if value is not None:
            setattr(info, name, value)
    chunks = sorted(((int(k[len(LOGO_PREFIX):]), v or "") for k, v in rows.items()
                     if k.startswith(LOGO_PREFIX) and k[len(LOGO_PREFIX):].isdigit()))
    if chunks:
        try:
            info.logo = base64.b64decode("".join(v for _, v in chunks), validate=True)
        except ValueError:
            info.logo = None
    return info


SETTINGS_SQL = "SELECT FIRST 500 KEY, TEXT_VALUE FROM SETTINGS WHERE KEY STARTING WITH 'company.'"


def load_company(ctx: AppContext) -> CompanyInfo:
    rows = ctx.reader.query(SETTINGS_SQL)
    return company_from_settings({k: v for k, v in rows})


def _check(info: CompanyInfo) -> None:
    if not info.name.strip():
        raise ValidationError("name", translate("app.company", "Enter the company's name."))
    for name, n in (("bank_bik", 9), ("bank_account", 20), ("corr_account", 20)):
        value = getattr(info, name).strip()
        if value and not value.isdigit():
            raise ValidationError(name, translate("app.company", "Only digits, please."))
        if value and n and len(value) != n:
            raise ValidationError(name, translate("app.company", "Must be {n} digits.").format(n=n))
    if info.inn.strip():
        info.inn = validate.inn(info.inn.strip())
    if info.kpp.strip():
        info.kpp = validate.kpp(info.kpp.strip())
    if info.ogrn.strip():
        info.ogrn = validate.ogrn(info.ogrn.strip())
    if info.email.strip():
        validate.email(info.email.strip())
    if info.vat_pct.strip():
        try:
            vat = float(info.vat_pct.replace(",", "."))
        except ValueError:
            vat = -1
        if not 0 <= vat <= 50:
            raise ValidationError("vat_pct", translate("app.company", "VAT is a percentage between 0 and 50, or empty."))
    for name in TEXT_FIELDS:
        if len(getattr(info, name)) > 4000:
            raise ValidationError(name, translate("app.company", "The text is too long."))
    if info.logo is not None and len(info.logo) > MAX_LOGO_BYTES:
        raise ValidationError("logo", translate("app.company", "The logo is too large ({kb} KB, at most {max} KB).").format(
            kb=len(info.logo) // 1024, max=MAX_LOGO_BYTES // 1024))
    if info.logo is not None and not (info.logo.startswith(b"\x89PNG") or info.logo.startswith(b"\xff\xd8")):
        raise ValidationError("logo", translate("app.company", "The logo must be a PNG or JPEG picture."))


def save_company(ctx: AppContext, info: CompanyInfo) -> Changes:
    """Write every field and the logo in one transaction (administrators only: the server refuses
    others with a clear message)."""
    _check(info)
    try:
        with ctx.sessions.begin() as s:
            existing = {k: st for k, st in ((st.key, st) for st in s.scalars(
                select(Setting).where(Setting.key.startswith(PREFIX))))}
            wanted: dict[str, str] = {PREFIX + n: getattr(info, n).strip() for n in TEXT_FIELDS}
            if info.logo:
                encoded = base64.b64encode(info.logo).decode("ascii")
                for i in range(0, len(encoded), LOGO_CHUNK):
                    wanted[f"{LOGO_PREFIX}{i // LOGO_CHUNK}"] = encoded[i:i + LOGO_CHUNK]
            stale = [k for k in existing if k.startswith(LOGO_PREFIX) and k not in wanted]
            if stale:
                s.execute(delete(Setting).where(Setting.key.in_(stale)))
            for key, value in wanted.items():
                row = existing.get(key)
                if row is None:
                    s.add(Setting(key=key, text_value=value))
                elif row.text_value != value:
                    row.text_value = value
    except DBAPIError as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return Changes.of(REF)
