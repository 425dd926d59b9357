"""The client list's header: which columns, in which order, how wide, sorted by what. Layer: ``ui``.

A mixin of :class:`ui.lists.client_list.ClientListWidget` (split out to keep the screen module
short; it is not used anywhere else). The model always holds **every** available column (built-in
ones and one per custom field); the header hides and orders them after the working view's
``columns`` (keys, left to right). The user reorders by dragging a title, shows/hides columns from
the title's context menu or the column chooser, and sorts by clicking a title: the server sorts
(``app.clients.SORT_KEYS``), so only columns with a ``sort_key`` are sortable and keyset paging
keeps working. Widths are remembered per column key.

Expects of the widget: ``view``, ``model``, ``_view`` (the working :class:`ui.state.ClientListView`),
``_widths``, ``_applying``, ``_choices``, ``_connected``, ``refresh()`` and ``_remember_view()``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app import clients

from ui.dialogs import columns as columns_dialog
from ui.lists.client_columns import DEFAULT_VISIBLE
from ui.models.columns import ColumnSpec

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from ui.models.row_table import RowTableModel
    from ui.state import ClientListView


class ClientListHeader:
    """Columns and sort of the client list (a mixin; see the module docstring)."""

    view: QTableView
    model: RowTableModel
    _view: ClientListView
    _widths: dict[str, int]
    _applying: bool

    # --- columns -----------------------------------------------------------------------------
    def visible_columns(self) -> list[str]:
        """Keys of the shown columns, left to right."""
        hh = self.view.horizontalHeader()
        cols = self.model.columns
        out = []
        for visual in range(hh.count()):
            logical = hh.logicalIndex(visual)
            if 0 <= logical < len(cols) and not hh.isSectionHidden(logical):
                out.append(cols[logical].key)
        # custom columns of the view not (yet) known: keep them (the fields load after the window)
        known = {c.key for c in cols}
        return out + [k for k in self._view.columns if k not in known and k.startswith("cf:")]

    def set_visible_columns(self, keys: Sequence[str]) -> None:
        """Show these columns in this order (unknown keys ignored; at least one column stays)."""
        known = {c.key for c in self.model.columns}
        keys = [k for k in keys if k in known or k.startswith("cf:")]
        if not [k for k in keys if k in known]:
            return
        custom_before = self._visible_custom_ids()
        self._store_widths()
        self._view = replace(self._view, columns=tuple(keys))
        self._apply_layout()
        self._remember_view()
        if self._visible_custom_ids() != custom_before and self._choices is not None and self._connected:
            self.refresh()  # the page must carry the new custom-field values

    def choose_columns(self) -> None:
        """The column chooser dialog."""
        available = [(c.key, self._title(c)) for c in self.model.columns]
        chosen = columns_dialog.choose_columns(self, available, self.visible_columns(), DEFAULT_VISIBLE)
        if chosen:
            self.set_visible_columns(chosen)

    def _title(self, spec: ColumnSpec) -> str:
        return str(self.model.headerData(self.model.columns.index(spec), Qt.Orientation.Horizontal))

    def _visible_custom_ids(self) -> tuple[int, ...]:
        ids = []
        for key in self._view.columns:
            if key.startswith("cf:"):
                try:
                    ids.append(int(key[3:]))
                except ValueError:
                    continue
        known = {c.field_id for c in self.model.columns if c.field_id is not None}
        return tuple(i for i in ids if i in known)

    def _apply_layout(self) -> None:
        """Order, hide and size the header's sections after ``self._view.columns``."""
        hh = self.view.horizontalHeader()
        cols = self.model.columns
        index = {c.key: i for i, c in enumerate(cols)}
        wanted = [index[k] for k in self._view.columns if k in index] or [index[k] for k in DEFAULT_VISIBLE]
        self._applying = True  # our own moves are not the user's (the view still hears them)
        try:
            order = wanted + [i for i in range(len(cols)) if i not in wanted]
            for visual, logical in enumerate(order):
                current = hh.visualIndex(logical)
                if current != visual:
                    hh.moveSection(current, visual)
            for logical in range(len(cols)):
                hh.setSectionHidden(logical, logical not in wanted)
                if logical in wanted:
                    width = self._widths.get(cols[logical].key) or self._default_width(logical)
                    self.view.setColumnWidth(logical, width)
        finally:
            self._applying = False

    def _default_width(self, logical: int) -> int:
        """Fixed-format columns fit a sample value, text columns ``spec.width`` average characters;
        every column fits its title. The user's own widths win."""
        spec = self.model.columns[logical]
        fm = self.view.fontMetrics()
        head_fm = self.view.horizontalHeader().fontMetrics()
        char = max(fm.averageCharWidth(), 6)
        sample = self.model.formatter.sample(spec)
        content = fm.horizontalAdvance(sample) if sample else spec.width * char
        if spec.colors:
            content += 18  # the status dot
        title = head_fm.horizontalAdvance(str(self.model.headerData(logical, Qt.Orientation.Horizontal)))
        return max(content, title + 22) + 14  # title + room for the sort arrow

    def _store_widths(self) -> None:
        hh = self.view.horizontalHeader()
        for logical, spec in enumerate(self.model.columns):
            if not hh.isSectionHidden(logical) and hh.sectionSize(logical) > 0:
                self._widths[spec.key] = hh.sectionSize(logical)

    def _on_section_resized(self, logical: int, _old: int, new: int) -> None:
        if new > 0 and 0 <= logical < len(self.model.columns):
            self._widths[self.model.columns[logical].key] = new

    def _on_header_changed(self, *_args: object) -> None:
        if self._applying:
            return
        self._view = replace(self._view, columns=tuple(self.visible_columns()))
        self._remember_view()

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = self._header_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def _header_menu(self) -> QMenu:
        """Show/hide each column, then the chooser and the defaults."""
        menu = QMenu(self)
        visible = set(self.visible_columns())
        for spec in self.model.columns:
            act = QAction(self._title(spec), menu)
            act.setCheckable(True)
            act.setChecked(spec.key in visible)
            act.setData(spec.key)
            act.toggled.connect(lambda on, key=spec.key: self._toggle_column(key, on))
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ClientListWidget", "&Columns…"), self.choose_columns)
        menu.addAction(QCoreApplication.translate("ClientListWidget", "&Restore default columns"), lambda: self.set_visible_columns(DEFAULT_VISIBLE))
        return menu

    def _toggle_column(self, key: str, on: bool) -> None:
        keys = self.visible_columns()
        if on and key not in keys:
            keys.append(key)
        elif not on:
            keys = [k for k in keys if k != key]
        self.set_visible_columns(keys)

    def _first_visible_column(self) -> int:
        hh = self.view.horizontalHeader()
        for visual in range(hh.count()):
            logical = hh.logicalIndex(visual)
            if not hh.isSectionHidden(logical):
                return logical
        return 0

    # --- sort --------------------------------------------------------------------------------
    def set_sort(self, sort: str, desc: bool = False) -> None:
        """Sort by ``sort`` (an ``app.clients.SORT_KEYS`` key) and reload from the first page."""
        if sort not in clients.SORT_KEYS:
            sort, desc = "name", False
        self._view = replace(self._view, sort=sort, desc=desc)
        self._show_sort_indicator()
        self._remember_view()
        if self._choices is not None and self._connected:
            self.refresh()

    def _show_sort_indicator(self) -> None:
        hh = self.view.horizontalHeader()
        logical = next((i for i, c in enumerate(self.model.columns) if c.sort_key == self._view.sort), -1)
        order = Qt.SortOrder.DescendingOrder if self._view.desc else Qt.SortOrder.AscendingOrder
        self._applying = True
        try:
            hh.setSortIndicator(logical, order)
        finally:
            self._applying = False

    def _on_sort_indicator_changed(self, logical: int, order: Qt.SortOrder) -> None:
        if self._applying:
            return
        cols = self.model.columns
        spec = cols[logical] if 0 <= logical < len(cols) else None
        if spec is None or spec.sort_key is None:
            self._show_sort_indicator()  # not sortable: put the arrow back
            return
        self.set_sort(spec.sort_key, order == Qt.SortOrder.DescendingOrder)
