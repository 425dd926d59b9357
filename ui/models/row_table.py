"""The one generic list model: a lazy ``QAbstractTableModel`` over :class:`ColumnSpec`\\ s. Layer: ``ui``.

Contract (STYLE.md 2.6, Anki's ``DataModel``):

* Rows are ``app`` dataclasses; a column reads ``getattr(row, spec.key)``.
* The model holds the rows fetched so far plus the key of the next page; it never loads the whole
  table. The view asks for more through ``canFetchMore``/``fetchMore`` when the user scrolls near
  the end; each call requests **one** page through the supplied ``fetch_page`` function and
  returns at once. The page arrives later (on the GUI thread) and is appended with
  ``beginInsertRows``. At most one request is in flight.
* ``fetch_page(after, on_page, on_error)`` must not block: it starts the request (the lists use
  :func:`ui.ops.run_op`) and later calls ``on_page(rows, next_key)`` or ``on_error(UserError)``.
  ``next_key is None`` means there are no more rows.
* :meth:`refresh` drops everything and reloads from the first page; answers to requests made
  before a refresh are ignored. After an error no more pages are requested until a refresh
  (otherwise a scrolled view would ask again and again).
* :meth:`reload` fetches the rows again **without blanking the table**: the old rows stay until
  enough pages (at least as many rows as were loaded, or ``min_rows``) have arrived, then they
  are swapped in one reset between ``row_table_will_replace_rows`` and
  ``row_table_did_replace_rows`` (the list keeps selection and scroll position across it).
  A reload is a refresh as far as stale answers go: only the newest request counts.
* :meth:`set_columns` swaps the column set (the rows stay); :meth:`remove_ids` drops rows locally
  (an archived client disappears before the next reload confirms it).
* ``row_value(row, spec)`` reads a cell's raw value (default ``getattr(row, spec.key)``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.errors import UserError

from ui.models.columns import ColumnSpec, Formatter

OnPage = Callable[[Sequence[Any], Any], None]
RowValue = Callable[[Any, ColumnSpec], Any]
OnError = Callable[[UserError], None]
FetchPage = Callable[[Any, OnPage, OnError], None]

AnyIndex = QModelIndex | QPersistentModelIndex

#: ``data(index, RAW_VALUE_ROLE)``: the unformatted value (sorting, copying, editors).
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
#: ``data(index, ROW_ID_ROLE)``: the row's id (any column).
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class RowTableModel(QAbstractTableModel):
    """Lazy, page-by-page table of ``app`` rows. Read-only; one model per list screen."""

    #: after every page (and after clear/refresh): the row count or ``has_more`` may have changed
    row_table_did_load_rows = Signal()
    #: a page request failed; the list decides how to show it
    row_table_did_fail = Signal(object)
    #: a :meth:`reload` is about to swap the rows (save selection/scroll now) …
    row_table_will_replace_rows = Signal()
    #: … and has swapped them (restore selection/scroll)
    row_table_did_replace_rows = Signal()

    def __init__(self, columns: Sequence[ColumnSpec], fetch_page: FetchPage, *, context: str,
                 row_id: Callable[[Any], int] = lambda row: row.id, row_value: RowValue | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch_page = fetch_page
        self._context = context
        self._row_id = row_id
        self._row_value: RowValue = row_value or (lambda row, spec: getattr(row, spec.key, None))
        self._format = Formatter(context)
        self._rows: list[Any] = []
        self._next_key: Any = None
        self._has_more = False  #: nothing to fetch until the first refresh()
        self._loading = False
        self._failed = False
        self._generation = 0  #: bumped by refresh/clear: stale answers are dropped
        self._dots: dict[str, QIcon] = {}

    # --- state -------------------------------------------------------------------------------
    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._columns

    @property
    def formatter(self) -> Formatter:
        return self._format

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        """More rows exist on the server than are loaded (as far as the last page told)."""
        return self._has_more

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_id_at(self, row: int) -> int:
        return self._row_id(self._rows[row])

    def row_of_id(self, row_id: int) -> int:
        """The row number of ``row_id`` among the loaded rows, or -1."""
        for i, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                return i
        return -1

    def value(self, row: int, column: int) -> Any:
        """The raw value of a cell (what RAW_VALUE_ROLE returns)."""
        return self._row_value(self._rows[row], self._columns[column])

    def set_columns(self, columns: Sequence[ColumnSpec]) -> None:
        """Show another column set over the same rows (custom fields loaded, chooser changed)."""
        columns = tuple(columns)
        if columns == self._columns:
            return
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def set_fetch_page(self, fetch_page: FetchPage) -> None:
        """Use another page source from the next request on (call :meth:`refresh`/:meth:`reload`)."""
        self._fetch_page = fetch_page

    def remove_ids(self, ids: set[int] | frozenset[int]) -> int:
        """Drop the loaded rows with these ids (no request); returns how many went."""
        removed = 0
        for i in range(len(self._rows) - 1, -1, -1):
            if self._row_id(self._rows[i]) in ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                removed += 1
        if removed:
            self.row_table_did_load_rows.emit()
        return removed

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Forget the loaded rows and load the first page again."""
        # "loading" before the reset's signals go out: a view (or the model tester) asking
        # canFetchMore() from endResetModel() must not start a second request for page 1, whose
        # rows would then be appended twice
        self._reset(has_more=True, loading=True)
        self._request()

    def clear(self) -> None:
        """Forget the loaded rows and fetch nothing (no database open)."""
        self._reset(has_more=False)
        self.row_table_did_load_rows.emit()

    def _reset(self, *, has_more: bool, loading: bool = False) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._next_key = None
        self._has_more = has_more
        self._loading = loading
        self._failed = False
        self.endResetModel()

    def reload(self, min_rows: int | None = None) -> None:
        """Fetch the rows again and swap them in at once (see the module docstring).

        ``min_rows``: how many rows to fetch at least (default: as many as are loaded now, at
        least one page). Rows already shown stay visible until the answer is complete.
        """
        target = len(self._rows) if min_rows is None else min_rows
        self._generation += 1
        self._loading = True
        self._failed = False
        self._reload_step(self._generation, None, [], target)
        self.row_table_did_load_rows.emit()

    def _reload_step(self, gen: int, after: Any, buffer: list[Any], target: int) -> None:
        def on_page(rows: Sequence[Any], next_key: Any) -> None:
            if gen != self._generation:
                return
            buffer.extend(rows)
            if next_key is not None and len(buffer) < target:
                self._reload_step(gen, next_key, buffer, target)
                return
            self.row_table_will_replace_rows.emit()
            self.beginResetModel()
            self._rows = buffer
            self._next_key = next_key
            self._has_more = next_key is not None
            self._loading = False
            self.endResetModel()
            self.row_table_did_replace_rows.emit()
            self.row_table_did_load_rows.emit()

        self._fetch_page(after, on_page, partial(self._on_error, gen))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._has_more and not self._loading and not self._failed

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._loading = True
        gen = self._generation
        self._fetch_page(self._next_key, partial(self._on_page, gen), partial(self._on_error, gen))

    def _on_page(self, generation: int, rows: Sequence[Any], next_key: Any) -> None:
        if generation != self._generation:
            return  # answer to a request made before refresh()/clear()
        # the next key first and "loading" until the rows are in: a view (or the model tester)
        # asking canFetchMore()/fetchMore() from the insert signals must not request this page
        # again with the old key (its rows were appended twice)
        self._next_key = next_key
        self._has_more = next_key is not None
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._loading = False
        self.row_table_did_load_rows.emit()

    def _on_error(self, generation: int, error: UserError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._failed = True
        self.row_table_did_load_rows.emit()
        self.row_table_did_fail.emit(error)

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        spec = self._columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._format.text(spec, self._row_value(row, spec))
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.alignment
        if role == Qt.ItemDataRole.DecorationRole and spec.colors:
            color = spec.colors.get(self._row_value(row, spec))
            return self._dot(color) if color else None
        if role == RAW_VALUE_ROLE:
            return self._row_value(row, spec)
        if role == ROW_ID_ROLE:
            return self._row_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        spec = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.title if spec.literal_title else QCoreApplication.translate(self._context, spec.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.alignment
        return None

    def _dot(self, color: str) -> QIcon:
        """A small filled circle, so a status reads at a glance (and still as a word)."""
        icon = self._dots.get(color)
        if icon is None:
            pm = QPixmap(10, 10)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color))
            p.drawEllipse(1, 1, 8, 8)
            p.end()
            icon = self._dots[color] = QIcon(pm)
        return icon
