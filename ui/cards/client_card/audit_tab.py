"""The card's "Audit" tab: who changed what on this client, newest first. Layer: ``ui``.

Read from the trail the triggers write (:func:`app.audit.client_audit`) when the tab is first
shown after a (re)load, never with the card itself.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app import audit
from app.audit import AuditEntry
from app.i18n import QT_TRANSLATE_NOOP

from ui import ops
from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.tables import Col, ItemTableModel, setup_table
from ui.cards.client_card.texts import AUDIT_ACTIONS, FIELD_LABELS, label

#: audited table → what the user calls it
TABLES = {
    "CLIENTS": QT_TRANSLATE_NOOP("ClientCard", "Client"),
    "CONTACTS": QT_TRANSLATE_NOOP("ClientCard", "Contact person"),
    "PHONES": QT_TRANSLATE_NOOP("ClientCard", "Phone"),
    "EMAILS": QT_TRANSLATE_NOOP("ClientCard", "E-mail"),
    "ADDRESSES": QT_TRANSLATE_NOOP("ClientCard", "Address"),
    "CLIENT_TAGS": QT_TRANSLATE_NOOP("ClientCard", "Tag"),
    "DEALS": QT_TRANSLATE_NOOP("ClientCard", "Deal"),
    "TASKS": QT_TRANSLATE_NOOP("ClientCard", "Task"),
    "INTERACTIONS": QT_TRANSLATE_NOOP("ClientCard", "Interaction"),
    "ATTACHMENTS": QT_TRANSLATE_NOOP("ClientCard", "File"),
    "CUSTOM_FIELD_VALUES": QT_TRANSLATE_NOOP("ClientCard", "Custom field"),
}


def field_text(name: str | None) -> str:
    """``CITY`` → "City" (a card field's own label where there is one)."""
    if not name:
        return ""
    key = name.lower()
    return label(FIELD_LABELS, key) if key in FIELD_LABELS else name.replace("_", " ").capitalize()


COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "When"), lambda e: e.logged_at, "datetime", 16),
    Col(QT_TRANSLATE_NOOP("ClientCard", "User"), lambda e: e.user, width=12),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Action"), lambda e: e.action, width=9, show=lambda v: label(AUDIT_ACTIONS, v)),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Record"), lambda e: e.table, width=14, show=lambda v: label(TABLES, v)),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Field"), lambda e: e.field, width=14, show=field_text),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Old value"), lambda e: e.old, width=24),
    Col(QT_TRANSLATE_NOOP("ClientCard", "New value"), lambda e: e.new, width=24),
)


class AuditTab(QObject):
    def __init__(self, ui: Ui_ClientCard, owner: QWidget) -> None:
        super().__init__(owner)
        self.ui = ui
        self.owner = owner
        self.client_id: int | None = None
        self.loaded = False
        self.model = ItemTableModel(COLUMNS, self)
        setup_table(ui.auditTable, self.model)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.loaded = False

    def ensure_loaded(self) -> None:
        if self.loaded or self.client_id is None:
            return
        self.loaded = True
        client_id = self.client_id

        def done(entries: list[AuditEntry]) -> None:
            if client_id == self.client_id:
                self.model.set_rows(entries)

        ops.run_op(self.owner, audit.client_audit, client_id, on_done=done)
