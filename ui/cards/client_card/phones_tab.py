"""The card's "Phones & e-mails" tab: the client's own numbers and addresses (a contact person's
are on the contacts tab). Layer: ``ui``.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.clients import ClientDraft

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.item_lists import EmailListEditor, PhoneListEditor


class PhonesTab(QObject):
    tab_did_edit = Signal()
    #: a phone or e-mail was edited (a new card looks for duplicates)
    tab_did_edit_keys = Signal()

    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phones = PhoneListEditor(ui.phonesHost)
        self.emails = EmailListEditor(ui.emailsHost)
        for host, editor in ((ui.phonesHost, self.phones), (ui.emailsHost, self.emails)):
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(editor)
            editor.list_did_change.connect(self.tab_did_edit)
            editor.list_did_change.connect(self.tab_did_edit_keys)

    def fill(self, draft: ClientDraft) -> None:
        self.phones.set_items(draft.phones)
        self.emails.set_items(draft.emails)

    def collect(self, draft: ClientDraft) -> None:
        draft.phones = self.phones.items()
        draft.emails = self.emails.items()

    def widget_for(self, path: str) -> QWidget | None:
        m = re.match(r"(phones|emails)\[(\d+)\]", path)
        if not m:
            return self.phones if path == "phones" else self.emails if path == "emails" else None
        editor = self.phones if m.group(1) == "phones" else self.emails
        return editor.widget_at(int(m.group(2)))
