"""Shared pieces of printable forms: the company block, a client's requisites and addresses, money
and date text. Layer: ``reports``; reads through the visibility views (``reports.queries.fetch``)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from app.company import SETTINGS_SQL, CompanyInfo, company_from_settings
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from reports.formats import display
from reports.queries import fetch
from reports.result import Block
from reports.spec import Param

CLIENT = Param("client", "client", QT_TRANSLATE_NOOP("reports", "Client"), required=True)
DEAL = Param("deal", "deal", QT_TRANSLATE_NOOP("reports", "Deal"), required=True)

KIND_TEXT = {"COMPANY": QT_TRANSLATE_NOOP("reports", "Company"), "PERSON": QT_TRANSLATE_NOOP("reports", "Person")}
OUTCOME_TEXT = {"OPEN": QT_TRANSLATE_NOOP("reports", "Open"), "WON": QT_TRANSLATE_NOOP("reports", "Won"),
                "LOST": QT_TRANSLATE_NOOP("reports", "Lost")}
ADDRESS_KIND_TEXT = {"LEGAL": QT_TRANSLATE_NOOP("reports", "Legal address"),
                     "ACTUAL": QT_TRANSLATE_NOOP("reports", "Actual address"),
                     "POSTAL": QT_TRANSLATE_NOOP("reports", "Postal address"),
                     "DELIVERY": QT_TRANSLATE_NOOP("reports", "Delivery address"),
                     "HOME": QT_TRANSLATE_NOOP("reports", "Home address")}


def company(conn: Any) -> CompanyInfo:
    return company_from_settings({r["key"]: r["text_value"] for r in fetch(conn, SETTINGS_SQL)})


def money(v: Any) -> str:
    return display(v if v is not None else Decimal(0), "money")


def date_text(v: dt.date | dt.datetime | None) -> str:
    return display(v, "date") if v else ""


def one(conn: Any, sql: str, what: str, **params: Any) -> dict[str, Any]:
    """The single row, or a clear message when it does not exist or is not visible to this user."""
    for row in fetch(conn, sql, **params):
        return row
    raise ValidationError(what, translate("reports", "The record does not exist or you may not see it."))


def address_text(a: dict[str, Any]) -> str:
    parts = [a.get("zip_code"), a.get("country"), a.get("region"), a.get("city"), a.get("street")]
    return ", ".join(p for p in parts if p)


def client_addresses(conn: Any, client_id: int) -> list[dict[str, Any]]:
    return list(fetch(conn, "SELECT FIRST 20 KIND, COUNTRY, REGION, CITY, STREET, ZIP_CODE, IS_PRIMARY FROM ADDRESSES "
                            "WHERE CLIENT_ID = :c ORDER BY IS_PRIMARY DESC, ID", c=client_id))


def best_address(addresses: list[dict[str, Any]], prefer: tuple[str, ...] = ("POSTAL", "ACTUAL", "LEGAL")) -> str:
    for kind in prefer:
        for a in addresses:
            if a["kind"] == kind and address_text(a):
                return address_text(a)
    for a in addresses:
        if address_text(a):
            return address_text(a)
    return ""


def company_blocks(info: CompanyInfo, with_bank: bool = True) -> list[Block]:
    """Letterhead: logo (if any), the company's name and requisites."""
    blocks: list[Block] = []
    if info.logo:
        blocks.append(Block("image", image=info.logo, width_mm=35))
    blocks.append(Block("heading", text=info.display_name() or translate("reports", "(company name not set)"), level=2))
    pairs = [(translate("reports", "INN / KPP"), " / ".join(x for x in (info.inn, info.kpp) if x)), (translate("reports", "OGRN"), info.ogrn),
             (translate("reports", "Address"), info.address), (translate("reports", "Phone"), info.phone), (translate("reports", "E-mail"), info.email),
             (translate("reports", "Website"), info.website)]
    if with_bank:
        pairs += [(translate("reports", "Bank"), info.bank_name), (translate("reports", "BIK"), info.bank_bik), (translate("reports", "Account"), info.bank_account),
                  (translate("reports", "Corr. account"), info.corr_account)]
    blocks.append(Block("fields", pairs=[(k, v) for k, v in pairs if v], columns=2, style="small"))
    return blocks
