"""A small read-only table model over a list of ``app`` dataclasses, for the cards' tabs. Layer: ``ui``.

The client list's :class:`ui.models.row_table.RowTableModel` pages through a server-side list; a
card's tables are already complete when they arrive (a card load bounds history to 100 rows, deals
to 50 …), so this model just holds its rows. Columns are declared as data (:class:`Col`): a title
marked with ``QT_TRANSLATE_NOOP(<context>, …)`` (the model's ``context``, ``"ClientCard"`` unless
told), a getter, a kind that decides formatting and alignment (shared with the lists through
:class:`ui.models.columns.Formatter`), and optionally a function that turns a code into words.
Used by the client card's tabs and by :class:`ui.widgets.files_panel.FilesPanel`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.models.columns import ColumnSpec, Formatter
from ui.widgets.list_view import style_list_view

#: the translation context of the card tables' column titles (and formats) unless a model says otherwise
CONTEXT = "ClientCard"

AnyIndex = QModelIndex | QPersistentModelIndex

#: ``data(index, ROW_ROLE)``: the row object itself
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Col:
    """One column of a card table."""

    title: str  #: QT_TRANSLATE_NOOP(<the model's context>, …)
    get: Callable[[Any], Any]  #: raw value of a row
    kind: str = "text"  #: text | int | date | datetime | money (formatting and alignment)
    width: int = 12  #: default width in average characters
    show: Callable[[Any], str] | None = None  #: raw value → words (codes, joined lists)


class ItemTableModel(QAbstractTableModel):
    """Read-only rows; :meth:`set_rows` replaces them. ``muted(row)`` greys a row out (attempts…)."""

    def __init__(self, columns: Sequence[Col], parent: QObject | None = None,
                 muted: Callable[[Any], bool] | None = None, bold: Callable[[Any], bool] | None = None,
                 context: str = CONTEXT) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.context = context
        self.rows: list[Any] = []
        self._muted = muted
        self._bold = bold
        self._fmt = Formatter(context)
        self._specs = {c.kind: ColumnSpec("", "", c.kind) for c in self.columns}  # type: ignore[arg-type]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def title(self, section: int) -> str:
        """The translated title of column ``section``."""
        return QCoreApplication.translate(self.context, self.columns[section].title)

    def text(self, row: Any, col: Col) -> str:
        value = col.get(row)
        if col.show is not None:
            return col.show(value)
        return self._fmt.text(self._specs[col.kind], value)

    # --- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(row, col)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if col.kind in ("int", "money") else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and self._muted(row):
            return QColor("#757575")
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.title(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_LEFT)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def setup_table(view: QTableView, model: ItemTableModel, *, stretch: int | None = None) -> None:
    """Windows-list behaviour for a card table: whole rows, one at a time, no in-place editing.

    Dates and amounts get the width of a wide sample value; text columns ``Col.width`` average
    characters; every column fits its title. ``stretch``: the column that takes the spare width
    (default: the last one).
    """
    view.setModel(model)
    style_list_view(view)
    hh = view.horizontalHeader()
    hh.setDefaultAlignment(_LEFT)
    fm = view.fontMetrics()
    char = max(fm.horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26, 6.0)
    fmt = Formatter(model.context)
    for i, col in enumerate(model.columns):
        sample = fmt.sample(ColumnSpec("", "", col.kind)) if col.kind in ("date", "datetime", "money") else None  # type: ignore[arg-type]
        content = fm.horizontalAdvance(sample) if sample else int(col.width * char)
        title = hh.fontMetrics().horizontalAdvance(model.title(i)) + 20
        view.setColumnWidth(i, max(content + 14, title))
    last = len(model.columns) - 1 if stretch is None else stretch
    if stretch is None or stretch == len(model.columns) - 1:
        hh.setStretchLastSection(True)
    else:
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
