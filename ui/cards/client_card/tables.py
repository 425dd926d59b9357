"""The client card's table helpers. Layer: ``ui``.

The read-only model and the table set-up are shared with the other cards and live in
:mod:`ui.models.item_table` (re-exported here; the card's column titles are marked in the
``"ClientCard"`` context, the model's default); :class:`RowsEditorMixin` is the card's own.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView, QWidget

from ui.models.item_table import ROW_ROLE, Col, ItemTableModel, setup_table

__all__ = ["ROW_ROLE", "Col", "ItemTableModel", "RowsEditorMixin", "setup_table"]


class RowsEditorMixin:
    """Add/remove for a tab that edits a list of items in a table plus a detail form.

    The tab provides ``model`` (an :class:`ItemTableModel`), ``_current`` (the row shown in the
    form, -1 for none), ``_show(row)`` and the ``tab_did_edit`` signal, and names its list in
    :meth:`_items` and its table in :meth:`_view`.
    """

    def _items(self) -> list:
        raise NotImplementedError

    def _view(self) -> QTableView:
        raise NotImplementedError

    def _load_items(self) -> None:
        """Show the freshly filled list, its first row selected."""
        self.model.set_rows(self._items())
        self._current = -1
        self._select(0 if self._items() else -1)

    def _select(self, row: int) -> None:
        if row >= 0:
            self._view().selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show(row)

    def _append_item(self, item, focus: QWidget) -> None:
        items = self._items()
        items.append(item)
        self.model.set_rows(items)
        self._current = -1
        self._select(len(items) - 1)
        focus.setFocus()
        self.tab_did_edit.emit()

    def _remove_current_item(self) -> None:
        items = self._items()
        row = self._current
        if not (0 <= row < len(items)):
            return
        del items[row]
        self.model.set_rows(items)
        self._current = -1
        self._select(min(row, len(items) - 1))
        self.tab_did_edit.emit()
