"""The deal list's header: which columns, in which order, how wide, remembered. Layer: ``ui``.

A mixin of :class:`ui.lists.deal_list.DealListWidget` (split out to keep the screen short). The
model always holds every column of :data:`ui.lists.deal_list.COLUMNS`; the header hides and orders
them. The user drags titles to reorder, right-clicks a title to show/hide a column, open the
column chooser (:mod:`ui.dialogs.columns`, the client list's) or restore the defaults.

Remembered per OS user (:mod:`ui.boards.deal_state`, any database): the header's ``saveState``
(widths, order, hidden columns) for the same column set, and the shown keys and widths by key,
which carry the choice over when a program version adds or drops a column. Saving is debounced
(a drag resizes many times) and flushed when the screen hides and by :meth:`save_header_state`.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui import state
from ui.boards import deal_state
from ui.dialogs import columns as columns_dialog
from ui.models.columns import ColumnSpec

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from ui.models.row_table import RowTableModel

#: the deal list's own context for the header menu's texts (shared with DealListWidget)
CONTEXT = "DealListWidget"
SAVE_DELAY_MS = 400


class DealListHeader:
    """Columns of the deal list (a mixin; see the module docstring).

    Expects ``view``, ``model`` and ``default_columns`` (keys shown by default, left to right);
    call :meth:`_setup_header` once the view and model exist.
    """

    view: QTableView
    model: RowTableModel
    default_columns: tuple[str, ...]
    _arranging: bool = False
    _header_timer: QTimer

    def _setup_header(self) -> None:
        hh = self.view.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._on_header_menu)
        self._header_timer = QTimer(self)  # type: ignore[arg-type]  (the widget)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(SAVE_DELAY_MS)
        self._header_timer.timeout.connect(self.save_header_state)
        self._restore_header()
        hh.sectionResized.connect(self._on_header_changed)
        hh.sectionMoved.connect(self._on_header_changed)

    # --- public ------------------------------------------------------------------------------
    def visible_columns(self) -> list[str]:
        """Keys of the shown columns, left to right."""
        hh = self.view.horizontalHeader()
        cols = self.model.columns
        out = []
        for visual in range(hh.count()):
            logical = hh.logicalIndex(visual)
            if 0 <= logical < len(cols) and not hh.isSectionHidden(logical):
                out.append(cols[logical].key)
        return out

    def set_visible_columns(self, keys: Sequence[str]) -> None:
        """Show these columns in this order (unknown keys ignored; at least one column stays)."""
        known = {c.key for c in self.model.columns}
        keys = [k for k in dict.fromkeys(keys) if k in known]
        if not keys:
            return
        self._arrange(keys, self._widths())
        self.save_header_state()

    def choose_columns(self) -> None:
        """The column chooser dialog (the client list's)."""
        available = [(c.key, self._column_title(c)) for c in self.model.columns]
        chosen = columns_dialog.choose_columns(self, available, self.visible_columns(),  # type: ignore[arg-type]
                                               list(self.default_columns))
        if chosen:
            self.set_visible_columns(chosen)

    def restore_default_columns(self) -> None:
        """All default columns in the default order at their default widths."""
        self._arrange(list(self.default_columns), {})
        self.save_header_state()

    def save_header_state(self) -> None:
        """Write the header's layout now (normally done a moment after each change)."""
        self._header_timer.stop()
        hh = self.view.horizontalHeader()
        state.save_header(deal_state.KEY_LIST_HEADER, hh, self._column_set())
        deal_state.save_list_columns(deal_state.ListColumns(self.visible_columns(), self._widths()))

    # --- restoring ---------------------------------------------------------------------------
    def _column_set(self) -> str:
        return ",".join(c.key for c in self.model.columns)

    def _restore_header(self) -> None:
        hh = self.view.horizontalHeader()
        self._arranging = True
        try:
            restored = state.restore_header(deal_state.KEY_LIST_HEADER, hh, self._column_set())
        finally:
            self._arranging = False
        if restored and self.visible_columns():
            return
        saved = deal_state.load_list_columns()
        known = {c.key for c in self.model.columns}
        keys = [k for k in saved.columns if k in known] or list(self.default_columns)
        self._arrange(keys, saved.widths)

    def _arrange(self, keys: Sequence[str], widths: dict[str, int]) -> None:
        """Order and hide the sections after ``keys``; widths by key, else the column's default."""
        hh = self.view.horizontalHeader()
        cols = self.model.columns
        index = {c.key: i for i, c in enumerate(cols)}
        wanted = [index[k] for k in keys if k in index]
        self._arranging = True
        try:
            order = wanted + [i for i in range(len(cols)) if i not in wanted]
            for visual, logical in enumerate(order):
                current = hh.visualIndex(logical)
                if current != visual:
                    hh.moveSection(current, visual)
            for logical, spec in enumerate(cols):
                shown = logical in wanted
                hh.setSectionHidden(logical, not shown)
                if shown:
                    self.view.setColumnWidth(logical, widths.get(spec.key) or self._default_width(spec))
        finally:
            self._arranging = False

    def _default_width(self, spec: ColumnSpec) -> int:
        return spec.width * self.view.fontMetrics().averageCharWidth() + 12

    def _widths(self) -> dict[str, int]:
        hh = self.view.horizontalHeader()
        return {spec.key: hh.sectionSize(i) for i, spec in enumerate(self.model.columns)
                if not hh.isSectionHidden(i) and hh.sectionSize(i) > 0}

    def _on_header_changed(self, *_args: object) -> None:
        if not self._arranging:
            self._header_timer.start()

    # --- the header's menu -------------------------------------------------------------------
    def _column_title(self, spec: ColumnSpec) -> str:
        return str(self.model.headerData(self.model.columns.index(spec), Qt.Orientation.Horizontal))

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = self.header_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def header_menu(self) -> QMenu:
        """Show/hide each column, then the chooser and the defaults."""
        menu = QMenu(self)  # type: ignore[arg-type]
        visible = self.visible_columns()
        for spec in self.model.columns:
            act = QAction(self._column_title(spec), menu)
            act.setCheckable(True)
            act.setChecked(spec.key in visible)
            act.setData(spec.key)
            act.setEnabled(visible != [spec.key])  # the last shown column stays
            act.toggled.connect(lambda on, key=spec.key: self._toggle_column(key, on))
            menu.addAction(act)
        menu.addSeparator()
        chooser = menu.addAction(QCoreApplication.translate(CONTEXT, "&Columns…"), self.choose_columns)
        chooser.setObjectName("actionColumns")
        menu.addAction(QCoreApplication.translate(CONTEXT, "&Restore default columns"), self.restore_default_columns)
        return menu

    def _toggle_column(self, key: str, on: bool) -> None:
        keys = self.visible_columns()
        if on and key not in keys:
            # back where it is in the default order, after the shown column before it
            pos = len(keys)
            order = [c.key for c in self.model.columns]
            for i, k in enumerate(keys):
                if order.index(k) > order.index(key):
                    pos = i
                    break
            keys.insert(pos, key)
        elif not on:
            keys = [k for k in keys if k != key]
        self.set_visible_columns(keys)
