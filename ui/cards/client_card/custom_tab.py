"""The card's "Custom fields" tab: editors built from the administrator's field definitions.

Layer: ``ui``. Each ``FieldDef.kind`` gets its editor from the registry in
:mod:`ui.widgets.field_editors`; required fields are marked with an asterisk (``app`` enforces
them on save and names the field, ``custom[<id>]``). For a saved client the definitions and values
load when the tab is first shown; until then ``draft.custom`` stays None and a save leaves the
stored values alone. A new client gets the definitions at once (a required field must be
fillable before the first save).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app import custom_fields
from app.clients import ClientDraft
from app.context import AppContext
from app.custom_fields import FieldDef

from ui import ops
from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.widgets.field_editors import FieldEditor, create_editor


def load_custom(ctx: AppContext, client_id: int | None) -> tuple[list[FieldDef], dict[int, object]]:
    """Worker side: the client field definitions and (for a saved client) its values."""
    defs = custom_fields.field_defs(ctx, "CLIENT")
    values = custom_fields.load_values(ctx, client_id) if client_id is not None and defs else {}
    return defs, values


class CustomTab(QObject):
    tab_did_edit = Signal()
    #: definitions and values are shown (the card takes them into its unchanged state)
    tab_did_load = Signal()

    def __init__(self, ui: Ui_ClientCard, owner: QWidget) -> None:
        super().__init__(owner)
        self.ui = ui
        self.owner = owner
        self.client_id: int | None = None
        self.loaded = False
        self._requested = False
        self.defs: list[FieldDef] = []
        self.editors: dict[int, FieldEditor] = {}
        ui.customEmptyLabel.setVisible(False)
        ui.customScroll.viewport().setAutoFillBackground(False)
        ui.customHost.setAutoFillBackground(False)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.loaded = False
        self._requested = False

    def ensure_loaded(self) -> None:
        if self.loaded or self._requested:
            return
        self._requested = True
        client_id = self.client_id
        ops.run_op(self.owner, load_custom, client_id,
                   on_done=lambda result: self._on_loaded(client_id, *result))

    def _on_loaded(self, client_id: int | None, defs: list[FieldDef], values: dict[int, object]) -> None:
        if client_id != self.client_id:
            return  # the card moved on (saved as new, reloaded) meanwhile
        self.build(defs, values)

    def build(self, defs: list[FieldDef], values: dict[int, object]) -> None:
        form = self.ui.customForm
        while form.rowCount():
            form.removeRow(0)
        self.defs = list(defs)
        self.editors = {}
        for fd in self.defs:
            text = f"{fd.label} *" if fd.is_required else fd.label
            title = QLabel(text + ":", self.ui.customHost)
            if fd.is_required:
                title.setToolTip(self.tr("Required"))
                font = title.font()
                font.setBold(True)
                title.setFont(font)
            editor = create_editor(fd.kind, fd.choices, self.ui.customHost)
            editor.setObjectName(f"custom_{fd.code}")
            editor.set_value(values.get(fd.id))
            editor.editor_did_change.connect(self.tab_did_edit)
            title.setBuddy(editor)
            form.addRow(title, editor)
            self.editors[fd.id] = editor
        self.ui.customEmptyLabel.setVisible(not self.defs)
        self.ui.customScroll.setVisible(bool(self.defs))
        self.loaded = True
        self.tab_did_load.emit()

    def collect(self, draft: ClientDraft) -> None:
        draft.custom = {fid: ed.value() for fid, ed in self.editors.items()} if self.loaded else None

    def widget_for(self, path: str) -> QWidget | None:
        m = re.match(r"custom\[(\d+)\]", path)
        return self.editors.get(int(m.group(1))) if m else None
