"""The card's "Addresses" tab: a table of the client's addresses and an editor for the chosen one.
Layer: ``ui``. Like the contacts tab it edits a working copy, written back on every keystroke.
"""
from __future__ import annotations

import copy
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.clients import AddressItem, ClientDraft
from app.i18n import QT_TRANSLATE_NOOP

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.tables import Col, ItemTableModel, RowsEditorMixin, setup_table
from ui.cards.client_card.texts import ADDRESS_KINDS, YES, label, tr

COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "Type"), lambda a: a.kind, width=10, show=lambda v: label(ADDRESS_KINDS, v)),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Address"), lambda a: a.one_line(), width=50),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Main"), lambda a: a.is_primary, width=5, show=lambda v: tr(YES) if v else ""),
)
#: AddressItem field → line edit
LINES = {"zip_code": "addressZipEdit", "country": "addressCountryEdit", "region": "addressRegionEdit",
         "city": "addressCityEdit", "street": "addressStreetEdit"}


class AddressesTab(RowsEditorMixin, QObject):
    tab_did_edit = Signal()

    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.addresses: list[AddressItem] = []
        self.model = ItemTableModel(COLUMNS, self, bold=lambda a: a.is_primary)
        setup_table(ui.addressesTable, self.model, stretch=1)
        for code, text in ADDRESS_KINDS.items():
            ui.addressKindCombo.addItem(tr(text), code)
        ui.addressesSplitter.setStretchFactor(0, 3)
        ui.addressesSplitter.setStretchFactor(1, 2)
        ui.addressesSplitter.setSizes([600, 420])
        self._current = -1
        self._loading = False
        ui.addressesTable.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        for name in LINES.values():
            getattr(ui, name).textEdited.connect(lambda _t: self._store())
        ui.addressKindCombo.activated.connect(lambda _i: self._store())
        ui.addressPrimaryCheck.clicked.connect(lambda _c: self._store(primary_clicked=True))
        ui.addAddressButton.clicked.connect(self.add_address)
        ui.removeAddressButton.clicked.connect(self.remove_address)

    def fill(self, draft: ClientDraft) -> None:
        self.addresses = copy.deepcopy(draft.addresses)
        self._load_items()

    def collect(self, draft: ClientDraft) -> None:
        draft.addresses = copy.deepcopy(self.addresses)

    def _view(self):
        return self.ui.addressesTable

    def _show(self, row: int) -> None:
        if row == self._current and row >= 0:
            return
        self._current = row
        ui = self.ui
        has = 0 <= row < len(self.addresses)
        ui.addressGroup.setEnabled(has)
        ui.removeAddressButton.setEnabled(has)
        a = self.addresses[row] if has else AddressItem()
        self._loading = True
        try:
            for field, name in LINES.items():
                getattr(ui, name).setText(getattr(a, field) or "")
                getattr(ui, name).setCursorPosition(0)
            ui.addressKindCombo.setCurrentIndex(max(ui.addressKindCombo.findData(a.kind), 0))
            ui.addressPrimaryCheck.setChecked(a.is_primary)
        finally:
            self._loading = False

    def _store(self, primary_clicked: bool = False) -> None:
        if self._loading or not (0 <= self._current < len(self.addresses)):
            return
        ui = self.ui
        a = self.addresses[self._current]
        for field, name in LINES.items():
            setattr(a, field, getattr(ui, name).text().strip() or None)
        a.kind = ui.addressKindCombo.currentData()
        a.is_primary = ui.addressPrimaryCheck.isChecked()
        if primary_clicked and a.is_primary:  # one main address
            for other in self.addresses:
                if other is not a:
                    other.is_primary = False
        self.model.dataChanged.emit(self.model.index(0, 0),
                                    self.model.index(len(self.addresses) - 1, self.model.columnCount() - 1))
        self.tab_did_edit.emit()

    def _items(self) -> list[AddressItem]:
        return self.addresses

    def add_address(self) -> None:
        self._append_item(AddressItem(is_primary=not self.addresses), self.ui.addressCityEdit)

    def remove_address(self) -> None:
        self._remove_current_item()

    def widget_for(self, path: str) -> QWidget | None:
        m = re.match(r"addresses\[(\d+)\](?:\.(\w+))?", path)
        if not m or not (0 <= int(m.group(1)) < len(self.addresses)):
            return None
        self._current = -1
        self._select(int(m.group(1)))
        name = LINES.get(m.group(2) or "", "addressCityEdit")
        return getattr(self.ui, name)
