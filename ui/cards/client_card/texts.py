"""Words for the codes the client card shows (status, kinds, results…), marked for Qt Linguist.

Layer: ``ui``. Stored codes stay codes everywhere else; only these tables turn them into words,
in the translation context ``"ClientCard"`` (STYLE.md 2.7). :func:`label` falls back to the code
itself, so a value added to the database before the program learns it still shows.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

from ui.lists.client_columns import STATUS_COLORS  # noqa: F401  (the list's status dots, one definition)

CONTEXT = "ClientCard"

STATUS_LABELS = {
    "POTENTIAL": QT_TRANSLATE_NOOP("ClientCard", "Potential"),
    "ACTIVE": QT_TRANSLATE_NOOP("ClientCard", "Active"),
    "REGULAR": QT_TRANSLATE_NOOP("ClientCard", "Regular"),
    "LOST": QT_TRANSLATE_NOOP("ClientCard", "Lost"),
}

KIND_LABELS = {
    "COMPANY": QT_TRANSLATE_NOOP("ClientCard", "Company"),
    "PERSON": QT_TRANSLATE_NOOP("ClientCard", "Person"),
}
PHONE_KINDS = {
    "WORK": QT_TRANSLATE_NOOP("ClientCard", "Work"),
    "MOBILE": QT_TRANSLATE_NOOP("ClientCard", "Mobile"),
    "HOME": QT_TRANSLATE_NOOP("ClientCard", "Home"),
    "FAX": QT_TRANSLATE_NOOP("ClientCard", "Fax"),
    "OTHER": QT_TRANSLATE_NOOP("ClientCard", "Other"),
}
ADDRESS_KINDS = {
    "ACTUAL": QT_TRANSLATE_NOOP("ClientCard", "Actual"),
    "LEGAL": QT_TRANSLATE_NOOP("ClientCard", "Legal"),
    "POSTAL": QT_TRANSLATE_NOOP("ClientCard", "Postal"),
    "DELIVERY": QT_TRANSLATE_NOOP("ClientCard", "Delivery"),
    "HOME": QT_TRANSLATE_NOOP("ClientCard", "Home"),
}
DEAL_OUTCOMES = {
    "OPEN": QT_TRANSLATE_NOOP("ClientCard", "Open"),
    "WON": QT_TRANSLATE_NOOP("ClientCard", "Won"),
    "LOST": QT_TRANSLATE_NOOP("ClientCard", "Lost"),
}
TASK_KINDS = {
    "CALL": QT_TRANSLATE_NOOP("ClientCard", "Call"),
    "MEETING": QT_TRANSLATE_NOOP("ClientCard", "Meeting"),
    "EMAIL": QT_TRANSLATE_NOOP("ClientCard", "E-mail"),
    "TODO": QT_TRANSLATE_NOOP("ClientCard", "To do"),
}
TASK_STATUSES = {
    "OPEN": QT_TRANSLATE_NOOP("ClientCard", "Open"),
    "DONE": QT_TRANSLATE_NOOP("ClientCard", "Done"),
    "CANCELLED": QT_TRANSLATE_NOOP("ClientCard", "Cancelled"),
}
YES = QT_TRANSLATE_NOOP("ClientCard", "yes")

AUDIT_ACTIONS = {
    "I": QT_TRANSLATE_NOOP("ClientCard", "Created"),
    "U": QT_TRANSLATE_NOOP("ClientCard", "Changed"),
    "D": QT_TRANSLATE_NOOP("ClientCard", "Deleted"),
}

#: ClientDraft field → its name on the card (conflict messages, "copy my changes")
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ClientCard", "Name"),
    "kind": QT_TRANSLATE_NOOP("ClientCard", "Type"),
    "legal_name": QT_TRANSLATE_NOOP("ClientCard", "Legal name"),
    "status": QT_TRANSLATE_NOOP("ClientCard", "Status"),
    "responsible_id": QT_TRANSLATE_NOOP("ClientCard", "Responsible"),
    "source_id": QT_TRANSLATE_NOOP("ClientCard", "Source"),
    "inn": QT_TRANSLATE_NOOP("ClientCard", "INN"),
    "kpp": QT_TRANSLATE_NOOP("ClientCard", "KPP"),
    "ogrn": QT_TRANSLATE_NOOP("ClientCard", "OGRN"),
    "bank_name": QT_TRANSLATE_NOOP("ClientCard", "Bank"),
    "bank_bik": QT_TRANSLATE_NOOP("ClientCard", "BIK"),
    "bank_account": QT_TRANSLATE_NOOP("ClientCard", "Account"),
    "corr_account": QT_TRANSLATE_NOOP("ClientCard", "Correspondent account"),
    "birthday": QT_TRANSLATE_NOOP("ClientCard", "Birthday"),
    "founded_on": QT_TRANSLATE_NOOP("ClientCard", "Founded on"),
    "website": QT_TRANSLATE_NOOP("ClientCard", "Website"),
    "city": QT_TRANSLATE_NOOP("ClientCard", "City"),
    "region": QT_TRANSLATE_NOOP("ClientCard", "Region"),
    "note": QT_TRANSLATE_NOOP("ClientCard", "Note"),
    "phones": QT_TRANSLATE_NOOP("ClientCard", "Phones"),
    "emails": QT_TRANSLATE_NOOP("ClientCard", "E-mails"),
    "contacts": QT_TRANSLATE_NOOP("ClientCard", "Contact persons"),
    "addresses": QT_TRANSLATE_NOOP("ClientCard", "Addresses"),
    "tag_ids": QT_TRANSLATE_NOOP("ClientCard", "Tags"),
    "custom": QT_TRANSLATE_NOOP("ClientCard", "Custom fields"),
}


def tr(text: str, n: int = -1) -> str:
    """Translate a string of the ``ClientCard`` context (for module-level helpers without ``self``)."""
    return QCoreApplication.translate("ClientCard", text, None, n)


def label(table: Mapping[str, str], code: str | None) -> str:
    """The translated word for ``code`` in ``table``; the code itself when unknown; "" for None."""
    if code is None:
        return ""
    text = table.get(code.strip())
    return tr(text) if text else code


def field_label(name: str) -> str:
    return label(FIELD_LABELS, name)
