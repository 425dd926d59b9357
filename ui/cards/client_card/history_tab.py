"""The card's "History" tab: interactions newest first, filtered by type; double-click or Enter shows
the full text. Layer: ``ui``.

The card load brings the newest 100 interactions (no BLOBs: a 200-character preview). Another type
filter or "Show older" asks :func:`app.interactions.client_history`; the full text of one
interaction is read only when the user opens it (:func:`app.interactions.interaction_body`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app import interactions
from app.clients import HistoryItem
from app.i18n import QT_TRANSLATE_NOOP

from ui import ops
from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.tables import Col, ItemTableModel, setup_table
from ui.cards.client_card.texts import tr
from ui.dialogs.interaction import kind_label, result_label
from ui.models.columns import ColumnSpec, Formatter

PAGE = 100  #: interactions per request (the card load brings the first 100)

FILTERS = (
    ("", QT_TRANSLATE_NOOP("ClientCard", "All types")),
    ("CALL", QT_TRANSLATE_NOOP("ClientCard", "Calls")),
    ("MEETING", QT_TRANSLATE_NOOP("ClientCard", "Meetings")),
    ("NOTE", QT_TRANSLATE_NOOP("ClientCard", "Notes")),
    ("EMAIL", QT_TRANSLATE_NOOP("ClientCard", "E-mails")),
    ("SMS", QT_TRANSLATE_NOOP("ClientCard", "SMS")),
    ("CHAT", QT_TRANSLATE_NOOP("ClientCard", "Chats")),
)


def _duration(seconds: int) -> str:
    """Whole minutes, rounded up (a 20-second call is "1", not "0")."""
    return str(-(-seconds // 60)) if seconds else ""


COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "When"), lambda h: h.occurred_at, "datetime", 16),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Type"), lambda h: h.kind, width=9, show=kind_label),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Result"), lambda h: h.result, width=15, show=result_label),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Subject"), lambda h: h.subject, width=25),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Who"), lambda h: h.user, width=27),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Min"), lambda h: h.duration_sec, "int", 6, show=_duration),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Text"), lambda h: h.preview, width=20),
)


def show_body(parent: QWidget, item: HistoryItem, text: str | None) -> None:
    """Show the full text of one interaction (module attribute: tests replace it)."""
    dlg = QDialog(parent)
    dlg.setObjectName("InteractionBodyDialog")
    dlg.setWindowTitle(" — ".join(p for p in (kind_label(item.kind), item.subject or "") if p))
    head = QLabel(" · ".join(p for p in (
        Formatter("ClientCard").text(ColumnSpec("", "", "datetime"), item.occurred_at), kind_label(item.kind),
        result_label(item.result), item.user or "") if p), dlg)
    head.setStyleSheet("color: #616161;")
    body = QPlainTextEdit(dlg)
    body.setReadOnly(True)
    body.setPlainText(text or item.subject or QCoreApplication.translate("ClientCard", "(no text)"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    buttons.rejected.connect(dlg.reject)
    layout = QVBoxLayout(dlg)
    layout.addWidget(head)
    layout.addWidget(body)
    layout.addWidget(buttons)
    dlg.resize(560, 380)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()


class HistoryTab(QObject):
    """Owns the history table. ``owner`` is the card (parent of the jobs it starts)."""

    def __init__(self, ui: Ui_ClientCard, owner: QWidget) -> None:
        super().__init__(owner)
        self.ui = ui
        self.owner = owner
        self.client_id: int | None = None
        self.model = ItemTableModel(COLUMNS, self, muted=lambda h: h.is_attempt)
        setup_table(ui.historyTable, self.model)
        for code, text in FILTERS:
            ui.historyFilterCombo.addItem(tr(text), code)
        ui.historyFilterCombo.activated.connect(lambda _i: self.reload())
        ui.historyTable.activated.connect(self.open_item)
        ui.historyMoreButton.clicked.connect(self.load_more)
        self._generation = 0
        self._has_more = False

    @property
    def kind(self) -> str:
        return self.ui.historyFilterCombo.currentData() or ""

    def fill(self, client_id: int | None, items: list[HistoryItem]) -> None:
        """Show the card load's history (unfiltered); with a filter chosen, ask the database again."""
        self.client_id = client_id
        if self.kind:
            self.reload()
            return
        self._generation += 1
        self._show(items, len(items) >= PAGE)

    def reload(self) -> None:
        if self.client_id is None:
            self._show([], False)
            return
        self._generation += 1
        generation = self._generation

        def done(items: list[HistoryItem]) -> None:
            if generation == self._generation:
                self._show(items, len(items) >= PAGE)

        ops.run_op(self.owner, interactions.client_history, self.client_id, self.kind, 0, PAGE, on_done=done)

    def load_more(self) -> None:
        if self.client_id is None:
            return
        generation = self._generation

        def done(items: list[HistoryItem]) -> None:
            if generation == self._generation:
                self._show(self.model.rows + items, len(items) >= PAGE)

        ops.run_op(self.owner, interactions.client_history, self.client_id, self.kind, self.model.rowCount(), PAGE,
                   on_done=done)

    def _show(self, items: list[HistoryItem], has_more: bool) -> None:
        self.model.set_rows(items)
        self._has_more = has_more
        self.ui.historyMoreButton.setVisible(has_more)
        n = len(items)
        self.ui.historyCountLabel.setText(
            self.tr("%n interaction(s) shown", "", n) if has_more else self.tr("%n interaction(s)", "", n))

    def open_item(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is None:
            return
        ops.run_op(self.owner, interactions.interaction_body, item.id,
                   on_done=lambda text: show_body(self.owner, item, text))
