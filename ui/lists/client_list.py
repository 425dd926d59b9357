"""The client list: a lazy table of clients in name order. Layer: ``ui``.

Pages come from :func:`app.clients.list_clients_page` through :func:`ui.ops.run_op` (one round trip
per 200 rows, keyset-paged), so opening the list costs one page, never the whole table. Enter or a
double-click emits ``client_list_did_activate_client(client_id)``; F5 reloads from the first page
(the main window's Refresh action does the same). What the list must not do: query more than it
shows, or block the GUI while a page is on its way.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app import clients
from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP

from ui import errors, ops, state
from ui.models.columns import ColumnSpec
from ui.models.row_table import OnError, OnPage, RowTableModel

#: Translation context of the column titles and coded values below.
CONTEXT = "ClientListWidget"

STATUS_LABELS = {
    "POTENTIAL": QT_TRANSLATE_NOOP("ClientListWidget", "Potential"),
    "ACTIVE": QT_TRANSLATE_NOOP("ClientListWidget", "Active"),
    "REGULAR": QT_TRANSLATE_NOOP("ClientListWidget", "Regular"),
    "LOST": QT_TRANSLATE_NOOP("ClientListWidget", "Lost"),
}
STATUS_COLORS = {"POTENTIAL": "#90A4AE", "ACTIVE": "#43A047", "REGULAR": "#1E88E5", "LOST": "#E53935"}
KIND_LABELS = {
    "COMPANY": QT_TRANSLATE_NOOP("ClientListWidget", "Company"),
    "PERSON": QT_TRANSLATE_NOOP("ClientListWidget", "Person"),
}

#: Columns in display order; keys are :class:`app.clients.ClientRow` fields.
COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", QT_TRANSLATE_NOOP("ClientListWidget", "Name"), width=32),
    ColumnSpec("status", QT_TRANSLATE_NOOP("ClientListWidget", "Status"), "status", 11,
               choices=STATUS_LABELS, colors=STATUS_COLORS),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("ClientListWidget", "Type"), width=9, choices=KIND_LABELS),
    ColumnSpec("responsible", QT_TRANSLATE_NOOP("ClientListWidget", "Responsible"), width=25),
    ColumnSpec("city", QT_TRANSLATE_NOOP("ClientListWidget", "City"), width=14),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("ClientListWidget", "Phone"), width=19),
    ColumnSpec("email", QT_TRANSLATE_NOOP("ClientListWidget", "E-mail"), width=26),
    ColumnSpec("last_contact_at", QT_TRANSLATE_NOOP("ClientListWidget", "Last contact"), "datetime", 16),
    ColumnSpec("next_step_at", QT_TRANSLATE_NOOP("ClientListWidget", "Next step on"), "datetime", 16),
    ColumnSpec("next_step", QT_TRANSLATE_NOOP("ClientListWidget", "Next step"), width=26),
    ColumnSpec("tags", QT_TRANSLATE_NOOP("ClientListWidget", "Tags"), width=14),
    ColumnSpec("open_deals_amount", QT_TRANSLATE_NOOP("ClientListWidget", "Open deals"), "money", 14),
)
#: Names the column set in saved layouts (a layout for another set is not applied).
_COLUMN_SET = ",".join(c.key for c in COLUMNS)


class ClientListWidget(QWidget):
    """The client table. Call :meth:`refresh` once a database is open, :meth:`clear` when it closes."""

    client_list_did_activate_client = Signal(int)
    #: the loaded row count or the loading state changed (the status bar shows :meth:`count_text`)
    client_list_did_change_count = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(COLUMNS, self._fetch_page, context=CONTEXT, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("clientTable")
        self.view.setModel(self.model)
        self._setup_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.view.activated.connect(self._on_view_activated)
        self.model.row_table_did_load_rows.connect(self.client_list_did_change_count)
        self.model.row_table_did_fail.connect(self._on_model_did_fail)

    def _setup_view(self) -> None:
        v = self.view
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setAlternatingRowColors(True)
        v.setWordWrap(False)
        v.setTabKeyNavigation(False)  # Tab leaves the table, as in Windows lists
        v.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        v.setSortingEnabled(False)  # server order (name); column sorting comes with filters
        v.setCornerButtonEnabled(False)
        vh = v.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(v.fontMetrics().height() + 8)
        hh = v.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionsMovable(True)
        hh.setStretchLastSection(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._default_widths()
        state.restore_header(state.KEY_CLIENT_LIST_HEADER, hh, _COLUMN_SET)

    def _default_widths(self) -> None:
        """Fixed-format columns fit a sample value, text columns ``spec.width`` average characters;
        every column fits its title. The user's own widths (restored afterwards) win."""
        fm = self.view.fontMetrics()
        head_fm = self.view.horizontalHeader().fontMetrics()
        char = max(fm.averageCharWidth(), 6)
        for i, spec in enumerate(COLUMNS):
            sample = self.model.formatter.sample(spec)
            content = fm.horizontalAdvance(sample) if sample else spec.width * char
            if spec.colors:
                content += 18  # the status dot
            title = head_fm.horizontalAdvance(str(self.model.headerData(i, Qt.Orientation.Horizontal)))
            self.view.setColumnWidth(i, max(content, title) + 14)

    # --- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the first page (keeps nothing stale)."""
        self.model.refresh()
        self.client_list_did_change_count.emit()

    def clear(self) -> None:
        """Show nothing and fetch nothing (no database open)."""
        self.model.clear()

    def current_client_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id_at(index.row()) if index.isValid() else None

    def count_text(self) -> str:
        """What the status bar says about the list: loading, or how many clients are loaded."""
        n = self.model.rowCount()
        if self.model.is_loading and n == 0:
            return self.tr("Loading…")
        if self.model.has_more:
            return self.tr("%n client(s) loaded, scroll for more", "", n)
        return self.tr("%n client(s)", "", n)

    def save_state(self) -> None:
        state.save_header(state.KEY_CLIENT_LIST_HEADER, self.view.horizontalHeader(), _COLUMN_SET)

    # --- events ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Inside the main window its Refresh action takes F5 first; standalone the list handles it.
        if event.matches(QKeySequence.StandardKey.Refresh) or event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_list_did_activate_client.emit(self.model.row_id_at(index.row()))

    def _on_model_did_fail(self, error: UserError) -> None:
        errors.show_error(self, error)

    def _fetch_page(self, after: Any, on_page: OnPage, on_error: OnError) -> None:
        def done(page: clients.ClientPage) -> None:
            on_page(page.rows, page.next_key)

        ops.run_op(self, clients.list_clients_page, after, on_done=done, on_error=on_error)
