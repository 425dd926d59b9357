"""The deal list: the board's deals as a table, with outcome filter, sort, export. Layer: ``ui``.

Everything comes from ``app.board`` through :func:`ui.ops.run_op`:

* :func:`app.board.board_choices` once per connection (funnels, users, tags, lost reasons), then
  :func:`app.board.deal_page` pages (keyset, one round trip per 200 rows) into a lazy
  :class:`ui.models.row_table.RowTableModel`; scrolling fetches the next page.
* The filters are the board's (:class:`ui.boards.deal_filter_bar.DealFilterBar`) plus funnel and
  outcome (open / won / lost / all). Clicking a column title sorts on the server (again: the
  other direction).
* Export to Excel (Ctrl+E): a file dialog, then :func:`app.board.export_deals_xlsx` with progress:
  every deal matching the filters, in the list's order.
* Select several rows and close them as lost with one reason (context menu or Ctrl+L), or as won.
  Enter / double-click emits ``deal_list_did_activate_deal(id)``. F5 re-reads.

Changes: with a ``refresher`` the list subscribes to it and publishes what it changed itself;
without one it emits ``deal_list_did_change_deals(Changes)`` and re-reads itself.

Remembered (:mod:`ui.boards.deal_state`): funnel, outcome and the filters (not the search text) per
database and login, restored on the first load (a funnel, manager or tag that no longer exists
falls back to the default); the sort and the columns (shown, order, widths: right-click a column
title, :mod:`ui.lists.deal_list_header`) per OS user.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import board as app_board
from app.changes import Changes
from app.errors import NotAllowed, UserError
from app.i18n import QT_TRANSLATE_NOOP

from ui import errors, ops
from ui.boards import deal_state, funnel_board
from ui.boards.deal_filter_bar import DealFilterBar, to_filter
from ui.boards.deal_screen import DealScreenMixin
from ui.lists.deal_list_header import DealListHeader
from ui.models.columns import ColumnSpec
from ui.models.row_table import OnError, OnPage, RowTableModel
from ui.widgets.list_view import style_list_view

CONTEXT = "DealList"
OUTCOME_LABELS = {
    "OPEN": QT_TRANSLATE_NOOP("DealList", "Open"),
    "WON": QT_TRANSLATE_NOOP("DealList", "Won"),
    "LOST": QT_TRANSLATE_NOOP("DealList", "Lost"),
}
OUTCOME_COLORS = {"OPEN": "#1976D2", "WON": "#388E3C", "LOST": "#D32F2F"}

COLUMNS = (
    ColumnSpec("title", QT_TRANSLATE_NOOP("DealList", "Deal"), width=28, sort_key="title"),
    ColumnSpec("client_name", QT_TRANSLATE_NOOP("DealList", "Client"), width=24, sort_key="client_name"),
    ColumnSpec("funnel", QT_TRANSLATE_NOOP("DealList", "Funnel"), width=12),
    ColumnSpec("stage", QT_TRANSLATE_NOOP("DealList", "Stage"), width=14, sort_key="stage"),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("DealList", "Outcome"), kind="status", width=8, choices=OUTCOME_LABELS,
               colors=OUTCOME_COLORS),
    ColumnSpec("amount", QT_TRANSLATE_NOOP("DealList", "Amount"), kind="money", width=12, sort_key="amount"),
    ColumnSpec("currency", QT_TRANSLATE_NOOP("DealList", "Cur."), width=4),
    ColumnSpec("expected_close", QT_TRANSLATE_NOOP("DealList", "Expected close"), kind="date", width=13,
               sort_key="expected_close"),
    ColumnSpec("responsible", QT_TRANSLATE_NOOP("DealList", "Responsible"), width=18, sort_key="responsible"),
    ColumnSpec("created_at", QT_TRANSLATE_NOOP("DealList", "Created"), kind="datetime", width=18, sort_key="created_at"),
    ColumnSpec("days_in_stage", QT_TRANSLATE_NOOP("DealList", "Days in stage"), kind="int", width=12,
               sort_key="days_in_stage"),
    ColumnSpec("closed_at", QT_TRANSLATE_NOOP("DealList", "Closed"), kind="datetime", width=18, sort_key="closed_at"),
    ColumnSpec("lost_reason", QT_TRANSLATE_NOOP("DealList", "Lost reason"), width=16),
)
#: the columns shown on a first start (all of them, in this order); the header menu changes it
DEFAULT_COLUMNS = tuple(c.key for c in COLUMNS)
#: the first sort (newest first) and the keys that start descending when clicked
DEFAULT_SORT = ("created_at", True)
DESCENDING_FIRST = ("amount", "created_at", "closed_at")


def ask_export_path(parent: QWidget) -> str | None:
    """The .xlsx file to write (None: cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DealListWidget", "Export deals to Excel"),
                                          str(Path.home() / "deals.xlsx"), QCoreApplication.translate("DealListWidget", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


class DealListWidget(DealScreenMixin, DealListHeader, QWidget):
    """The deal list screen. Call :meth:`set_connected` when a database opens or closes."""

    deal_list_did_activate_deal = Signal(int)
    #: the list changed deals itself (only without a refresher): the Changes to publish
    deal_list_did_change_deals = Signal(object)
    #: an export finished: (path, rows written)
    deal_list_did_export_deals = Signal(str, int)

    def __init__(self, parent: QWidget | None = None, refresher=None) -> None:
        super().__init__(parent)
        self.refresher = refresher
        self.rights = None
        self.default_columns = DEFAULT_COLUMNS
        self.sort, self.desc = deal_state.load_list_sort(app_board.SORT_KEYS) or DEFAULT_SORT
        self._pending_funnel: tuple[int | None] | None = None  #: restored, applied with the choices

        self.model = RowTableModel(COLUMNS, self._fetch_nothing, context=CONTEXT, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("dealTable")
        self.view.setModel(self.model)
        style_list_view(self.view, multi_select=True)
        self.view.setSortingEnabled(False)  # the server sorts
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh = self.view.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._setup_header()  # columns, order, widths as the user left them

        self.funnel_combo = QComboBox(self)
        self.funnel_combo.setObjectName("dealFunnelFilter")
        self.funnel_combo.setToolTip(self.tr("Funnel"))
        self.funnel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("dealOutcomeFilter")
        self.outcome_combo.setToolTip(self.tr("Open, won or lost deals"))
        self.outcome_combo.addItem(self.tr("Open deals"), "OPEN")
        self.outcome_combo.addItem(self.tr("Won deals"), "WON")
        self.outcome_combo.addItem(self.tr("Lost deals"), "LOST")
        self.outcome_combo.addItem(self.tr("All deals"), None)
        self.filter_bar = DealFilterBar(self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("dealExportButton")
        self.export_button.setToolTip(self.tr("Export the deals shown to an Excel workbook (Ctrl+E)"))

        top = QHBoxLayout()
        top.addWidget(self.funnel_combo)
        top.addWidget(self.outcome_combo)
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

        self.funnel_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.outcome_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.filter_bar.deal_filter_bar_did_change_filters.connect(self._on_filters_changed)
        self.export_button.clicked.connect(self.export)
        hh.sectionClicked.connect(self._on_header_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.installEventFilter(self)
        self.model.row_table_did_fail.connect(lambda error: errors.show_error(self, error))
        for keys, slot in ((QKeySequence("Ctrl+E"), self.export), (QKeySequence("Ctrl+L"), self.close_selected_lost)):
            sc = QShortcut(keys, self, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_sort_indicator()
        self._setup_deal_screen(refresher, self._reload_rows)

    # --- public (set_connected, refresh, on_changes: DealScreenMixin) ------------------------

    def set_rights(self, rights) -> None:
        self.rights = rights

    def list_filter(self) -> app_board.DealListFilter:
        me = self._choices.my_user_id if self._choices else None
        return to_filter(self.filter_bar.state(), me, app_board.DealListFilter,
                         funnel_id=self.funnel_combo.currentData(), outcome=self.outcome_combo.currentData())

    def selected_rows(self) -> list[app_board.DealRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def selected_deal_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def set_sort(self, sort: str, desc: bool) -> None:
        """Sort on the server by ``sort`` (an ``app.board.SORT_KEYS`` key) and re-read; remembered."""
        if sort not in app_board.SORT_KEYS:
            sort, desc = DEFAULT_SORT
        self.sort, self.desc = sort, desc
        deal_state.save_list_sort(sort, desc)
        self._show_sort_indicator()
        self.reload()

    def save_state(self) -> None:
        """Write what is remembered now (it is saved after every change anyway; for the window's close)."""
        self.save_header_state()
        self._save_state()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._header_timer.isActive():  # a resize a moment ago: keep it even if the program ends
            self.save_header_state()
        super().hideEvent(event)

    # --- remembered state (DealScreenMixin) ---------------------------------------------------
    def _restore_state(self) -> None:
        saved = deal_state.load_list(self._scope)
        self._pending_funnel = (saved.funnel_id,)
        self.outcome_combo.blockSignals(True)
        self.outcome_combo.setCurrentIndex(next(
            (i for i in range(self.outcome_combo.count()) if self.outcome_combo.itemData(i) == saved.outcome), 0))
        self.outcome_combo.blockSignals(False)
        self.filter_bar.set_state(replace(saved.filters, text=self.filter_bar.state().text))

    def _save_state(self) -> None:
        if self._scope is not None and self._choices is not None:
            deal_state.save_list(self._scope, deal_state.ListState(
                self.funnel_combo.currentData(), self.outcome_combo.currentData(), self.filter_bar.state()))

    def _on_filters_changed(self, *_args: object) -> None:
        self._save_state()
        self.reload()

    # --- loading -----------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self.model.clear()

    def _apply_choices(self, choices: app_board.BoardChoices) -> None:
        self._choices = choices
        self.filter_bar.set_choices(choices.users, choices.tags, choices.my_user_id is not None)
        keep = self.funnel_combo.currentData() if self._pending_funnel is None else self._pending_funnel[0]
        self._pending_funnel = None
        self.funnel_combo.blockSignals(True)
        self.funnel_combo.clear()
        self.funnel_combo.addItem(self.tr("All funnels"), None)
        for f in choices.funnels:
            self.funnel_combo.addItem(f.name, f.id)
        self.funnel_combo.setCurrentIndex(max(0, self.funnel_combo.findData(keep)) if keep is not None else 0)
        self.funnel_combo.blockSignals(False)

    def _fetch_nothing(self, after: Any, on_page: OnPage, on_error: OnError) -> None:
        on_page([], None)

    def _set_source(self) -> None:
        flt, sort, desc = self.list_filter(), self.sort, self.desc

        def fetch(after: Any, on_page: OnPage, on_error: OnError) -> None:
            def done(page: app_board.DealPage) -> None:
                on_page(page.rows, page.next_key)

            ops.run_op(self, app_board.deal_page, flt, sort, desc, after, on_done=done, on_error=on_error)

        self.model.set_fetch_page(fetch)

    def reload(self) -> None:
        """Read from the first page with the current filters and sort."""
        if not self._connected or self._choices is None:
            return
        self._set_source()
        self.model.refresh()

    def _reload_rows(self) -> None:
        """After a change: fetch as many rows as are shown, swapping them in without blanking."""
        if not self._connected or self._choices is None:
            return
        self._set_source()
        self.model.reload()

    # --- sort --------------------------------------------------------------------------------
    def _on_header_clicked(self, section: int) -> None:
        key = COLUMNS[section].sort_key
        if key is None:
            self._show_sort_indicator()  # not sortable: keep showing the real sort
            return
        self.set_sort(key, not self.desc if key == self.sort else key in DESCENDING_FIRST)

    def _show_sort_indicator(self) -> None:
        hh = self.view.horizontalHeader()
        col = next((i for i, s in enumerate(COLUMNS) if s.sort_key == self.sort), -1)
        hh.blockSignals(True)
        hh.setSortIndicator(col, Qt.SortOrder.DescendingOrder if self.desc else Qt.SortOrder.AscendingOrder)
        hh.blockSignals(False)

    # --- actions -----------------------------------------------------------------------------
    def _may_edit(self) -> bool:
        return self.rights is None or self.rights.can("DEAL", "edit")

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.deal_list_did_activate_deal.emit(self.model.row_id_at(index.row()))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
                    Qt.KeyboardModifier.KeypadModifier):
                self._on_activated(self.view.currentIndex())
                return True
        return super().eventFilter(obj, event)

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))

    def build_menu(self) -> QMenu | None:
        rows = self.selected_rows()
        if not rows:
            return None
        menu = QMenu(self)
        open_act = menu.addAction(self.tr("&Open"))
        open_act.triggered.connect(lambda: self.deal_list_did_activate_deal.emit(rows[0].id))
        menu.addSeparator()
        won = menu.addAction(self.tr("&Won"))
        won.setObjectName("actionWon")
        won.triggered.connect(lambda: self.close_won(rows))
        lost = menu.addAction(self.tr("Close as &lost…"))
        lost.setObjectName("actionLost")
        lost.setShortcut(QKeySequence("Ctrl+L"))
        lost.triggered.connect(lambda: self.close_lost(rows))
        menu.addSeparator()
        export = menu.addAction(self.tr("E&xport to Excel…"))
        export.triggered.connect(self.export)
        menu.addAction(self.tr("&Columns…"), self.choose_columns)
        for act in (won, lost):
            act.setEnabled(self._may_edit())
        return menu

    def close_selected_lost(self) -> None:
        self.close_lost(self.selected_rows())

    def close_lost(self, rows: list[app_board.DealRow]) -> None:
        """Ask for the reason, then close every row as lost with it (all or nothing)."""
        if not rows or self._choices is None:
            return
        if not self._may_edit():
            errors.show_error(self, NotAllowed(self.tr("You may not change deals.")))
            return
        answer = funnel_board.ask_lost_reason(self, list(self._choices.lost_reasons), len(rows))
        if answer is None:
            return
        reason_id, comment = answer
        ops.run_op(self, app_board.close_lost, [r.id for r in rows], reason_id, comment,
                   on_done=self._after_change)

    def close_won(self, rows: list[app_board.DealRow]) -> None:
        if not rows:
            return

        def done(result: app_board.MoveResult) -> None:
            if result.failed:
                errors.show_error(self, UserError(funnel_board.failures_text(self, result.failed)))
            self._after_change(result.changes)

        ops.run_op(self, app_board.close_cards_won, [(r.id, r.version, r.title) for r in rows], on_done=done)

    def _after_change(self, changes: Changes) -> None:
        if self.refresher is not None and changes.kinds:
            self.refresher.publish(changes)
        else:
            if changes.kinds:
                self.deal_list_did_change_deals.emit(changes)
            self._reload_rows()

    def export(self) -> None:
        """Ask for a file and write every deal matching the filters to it (with progress)."""
        if not self._connected or self._choices is None:
            return
        path = ask_export_path(self)
        if not path:
            return
        fn = partial(app_board.export_deals_xlsx, sort=self.sort, desc=self.desc)
        ops.run_op(self, fn, self.list_filter(), path, with_progress=True,
                   progress_text=self.tr("Exporting deals…"),
                   on_done=lambda n: self.deal_list_did_export_deals.emit(path, n))
