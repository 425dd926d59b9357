"""The card's "Main" tab: name, type, source, city, dates, requisites and the note. Layer: ``ui``.

Company requisites (legal name, INN, KPP, OGRN, bank) show for companies, the birthday for
persons; a person who already has requisites stored keeps them visible, so nothing on the card is
ever hidden with a value in it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.clients import ClientCard as CardData
from app.clients import ClientDraft
from app.reference import ReferenceData

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.texts import KIND_LABELS, tr
from ui.widgets.field_editors import DateEdit

#: draft field → line edit name in the form
LINE_FIELDS = {
    "name": "nameEdit", "legal_name": "legalNameEdit", "inn": "innEdit", "kpp": "kppEdit", "ogrn": "ogrnEdit",
    "bank_name": "bankNameEdit", "bank_bik": "bankBikEdit", "bank_account": "bankAccountEdit",
    "corr_account": "corrAccountEdit", "website": "websiteEdit", "city": "cityEdit", "region": "regionEdit",
}
DATE_FIELDS = {"birthday": "birthdayEdit", "founded_on": "foundedOnEdit"}
REQUISITES = ("legal_name", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account", "corr_account")


def fill_combo(combo: QComboBox, items: list[tuple[int, str]], current: int | None, current_name: str | None,
               none_text: str) -> None:
    """``none_text`` (None) first, then ``items``; a current id not among them (an inactive user or
    source) is added with its stored name rather than silently lost."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for item_id, name in items:
        combo.addItem(name, item_id)
    if current is not None and combo.findData(current) < 0:
        combo.addItem(current_name or f"#{current}", current)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


class MainTab(QObject):
    """Fills and reads the fields of the main tab; ``tab_did_edit`` fires on every user edit."""

    tab_did_edit = Signal()
    #: the name was edited (the header and the window title follow it)
    tab_did_edit_name = Signal(str)

    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        for code, text in KIND_LABELS.items():
            ui.kindCombo.addItem(tr(text), code)
        for name in LINE_FIELDS.values():
            edit: QLineEdit = getattr(ui, name)
            edit.textEdited.connect(lambda _t: self.tab_did_edit.emit())
        for name in DATE_FIELDS.values():
            getattr(ui, name).date_did_change.connect(self.tab_did_edit)
        ui.nameEdit.textEdited.connect(self.tab_did_edit_name)
        ui.noteEdit.textChanged.connect(self._on_note_changed)
        ui.kindCombo.activated.connect(lambda _i: (self._show_kind(), self.tab_did_edit.emit()))
        ui.sourceCombo.activated.connect(lambda _i: self.tab_did_edit.emit())
        self._filling = False

    def _on_note_changed(self) -> None:
        if not self._filling:  # textChanged also fires for setPlainText
            self.tab_did_edit.emit()

    def fill(self, draft: ClientDraft, ref: ReferenceData, data: CardData | None) -> None:
        ui = self.ui
        self._filling = True
        try:
            for field, name in LINE_FIELDS.items():
                edit = getattr(ui, name)
                edit.setText(getattr(draft, field) or "")
                edit.setCursorPosition(0)  # a long legal name shows its beginning, not its end
            for field, name in DATE_FIELDS.items():
                getattr(ui, name).setDate(getattr(draft, field))
            ui.noteEdit.setPlainText(draft.note or "")
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(draft.kind), 0))
            fill_combo(ui.sourceCombo, ref.sources, draft.source_id, data.source if data else None,
                       self.tr("— not set —"))
        finally:
            self._filling = False
        self._show_kind()
        if data is None:
            ui.createdLabel.setText("")

    def collect(self, draft: ClientDraft) -> None:
        ui = self.ui
        for field, name in LINE_FIELDS.items():
            text = getattr(ui, name).text().strip()
            setattr(draft, field, text or (None if field != "name" else ""))
        for field, name in DATE_FIELDS.items():
            setattr(draft, field, getattr(ui, name).date())
        note = ui.noteEdit.toPlainText()
        draft.note = note if note.strip() else None
        draft.kind = ui.kindCombo.currentData()
        draft.source_id = ui.sourceCombo.currentData()

    def invalid_dates(self) -> list[tuple[str, DateEdit]]:
        """Date fields whose text is not a date (checked before a save; app never sees the text)."""
        return [(f, getattr(self.ui, n)) for f, n in DATE_FIELDS.items() if not getattr(self.ui, n).is_valid()]

    def widget_for(self, field: str) -> QWidget | None:
        name = LINE_FIELDS.get(field) or DATE_FIELDS.get(field)
        if name:
            return getattr(self.ui, name)
        return {"note": self.ui.noteEdit, "kind": self.ui.kindCombo, "source_id": self.ui.sourceCombo}.get(field)

    def _show_kind(self) -> None:
        ui = self.ui
        company = ui.kindCombo.currentData() == "COMPANY"
        has_requisites = any(getattr(ui, LINE_FIELDS[f]).text().strip() for f in REQUISITES)
        ui.requisitesGroup.setVisible(company or has_requisites)
        ui.generalForm.setRowVisible(ui.birthdayEdit, not company or ui.birthdayEdit.text().strip() != "")
        ui.generalForm.setRowVisible(ui.foundedOnEdit, company or ui.foundedOnEdit.text().strip() != "")
