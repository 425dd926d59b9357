"""The card's "Contact persons" tab: a table of the client's people and an editor for the chosen
one (name, position, birthday, phones, e-mails). Layer: ``ui``.

The tab edits a working copy of ``draft.contacts``; every keystroke in the editor is written back
to the chosen contact at once, so switching rows never loses an edit and :meth:`collect` is a copy.
"""
from __future__ import annotations

import copy
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.clients import ClientDraft, ContactItem
from app.i18n import QT_TRANSLATE_NOOP

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.item_lists import EmailListEditor, PhoneListEditor
from ui.cards.client_card.tables import Col, ItemTableModel, RowsEditorMixin, setup_table
from ui.cards.client_card.texts import YES, tr

COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "Name"), lambda c: c.full_name, width=20),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Position"), lambda c: c.job_title, width=15),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Phone"), lambda c: c, width=19,
        show=lambda c: next((p.number for p in sorted(c.phones, key=lambda p: not p.is_primary)), "")),
    Col(QT_TRANSLATE_NOOP("ClientCard", "E-mail"), lambda c: c, width=22,
        show=lambda c: next((e.email for e in sorted(c.emails, key=lambda e: not e.is_primary)), "")),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Main"), lambda c: c.is_primary, width=5,
        show=lambda v: tr(YES) if v else ""),
)


def _host(widget: QWidget, editor: QWidget) -> None:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(editor)


class ContactsTab(RowsEditorMixin, QObject):
    tab_did_edit = Signal()

    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.contacts: list[ContactItem] = []
        self.model = ItemTableModel(COLUMNS, self, bold=lambda c: c.is_primary)
        setup_table(ui.contactsTable, self.model, stretch=3)
        self.phones = PhoneListEditor(ui.contactPhonesHost)
        self.emails = EmailListEditor(ui.contactEmailsHost)
        _host(ui.contactPhonesHost, self.phones)
        _host(ui.contactEmailsHost, self.emails)
        ui.contactsSplitter.setStretchFactor(0, 3)
        ui.contactsSplitter.setStretchFactor(1, 2)
        ui.contactsSplitter.setSizes([600, 420])
        self._current = -1
        self._loading = False
        ui.contactsTable.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        for edit in (ui.contactNameEdit, ui.contactJobEdit):
            edit.textEdited.connect(lambda _t: self._store())
        ui.contactBirthdayEdit.date_did_change.connect(self._store)
        ui.contactPrimaryCheck.clicked.connect(lambda _c: self._store(primary_clicked=True))
        self.phones.list_did_change.connect(self._store)
        self.emails.list_did_change.connect(self._store)
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.removeContactButton.clicked.connect(self.remove_contact)

    def fill(self, draft: ClientDraft) -> None:
        self.contacts = copy.deepcopy(draft.contacts)
        self._load_items()

    def collect(self, draft: ClientDraft) -> None:
        draft.contacts = copy.deepcopy(self.contacts)

    def _view(self):
        return self.ui.contactsTable

    def _show(self, row: int) -> None:
        if row == self._current and row >= 0:
            return
        self._current = row
        ui = self.ui
        has = 0 <= row < len(self.contacts)
        ui.contactGroup.setEnabled(has)
        ui.removeContactButton.setEnabled(has)
        c = self.contacts[row] if has else ContactItem(full_name="")
        self._loading = True
        try:
            ui.contactNameEdit.setText(c.full_name or "")
            ui.contactJobEdit.setText(c.job_title or "")
            ui.contactNameEdit.setCursorPosition(0)
            ui.contactJobEdit.setCursorPosition(0)
            ui.contactBirthdayEdit.setDate(c.birthday)
            ui.contactPrimaryCheck.setChecked(c.is_primary)
            self.phones.set_items(c.phones)
            self.emails.set_items(c.emails)
        finally:
            self._loading = False

    def _store(self, primary_clicked: bool = False) -> None:
        """Write the editor back into the chosen contact (and repaint its row)."""
        if self._loading or not (0 <= self._current < len(self.contacts)):
            return
        ui = self.ui
        c = self.contacts[self._current]
        c.full_name = ui.contactNameEdit.text().strip()
        c.job_title = ui.contactJobEdit.text().strip() or None
        c.birthday = ui.contactBirthdayEdit.date()
        c.is_primary = ui.contactPrimaryCheck.isChecked()
        if primary_clicked and c.is_primary:  # one main contact person per client
            for other in self.contacts:
                if other is not c:
                    other.is_primary = False
        c.phones = self.phones.items()
        c.emails = self.emails.items()
        self.model.dataChanged.emit(self.model.index(0, 0),
                                    self.model.index(len(self.contacts) - 1, self.model.columnCount() - 1))
        self.tab_did_edit.emit()

    def _items(self) -> list[ContactItem]:
        return self.contacts

    def add_contact(self) -> None:
        self._append_item(ContactItem(full_name="", is_primary=not self.contacts), self.ui.contactNameEdit)

    def remove_contact(self) -> None:
        self._remove_current_item()

    def widget_for(self, path: str) -> QWidget | None:
        """``contacts[i].full_name``, ``contacts[i].phones[j]`` … → select contact i, return the widget."""
        m = re.match(r"contacts\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?", path)
        if not m:
            return None
        row = int(m.group(1))
        if not (0 <= row < len(self.contacts)):
            return None
        self._current = -1
        self._select(row)
        field, sub = m.group(2), m.group(3)
        if field == "phones" and sub is not None:
            return self.phones.widget_at(int(sub))
        if field == "emails" and sub is not None:
            return self.emails.widget_at(int(sub))
        return {"job_title": self.ui.contactJobEdit, "birthday": self.ui.contactBirthdayEdit}.get(
            field or "", self.ui.contactNameEdit)
