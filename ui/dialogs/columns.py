"""Choose and order the columns of a list. Layer: ``ui``.

A list of every available column with a check box: checked columns are shown, top to bottom in
the list's left-to-right order. Drag a row or use Move up/Move down (Ctrl+Up/Ctrl+Down) to reorder;
"Restore defaults" brings back the list's own set. At least one column stays checked (a table with
no columns could not be clicked to bring them back).

:func:`choose_columns` is what screens call (tests replace it); it returns the visible keys in
order, or None when the user cancelled.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ColumnsDialog(QDialog):
    """The column chooser; ``available`` is (key, shown title) in the default order."""

    def __init__(self, available: Sequence[tuple[str, str]], visible: Sequence[str], defaults: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ColumnsDialog")
        self.setWindowTitle(self.tr("Columns"))
        self._available = list(available)
        self._defaults = list(defaults)

        hint = QLabel(self.tr("Checked columns are shown, from top to bottom as left to right. "
                              "Drag to reorder."), self)
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("columnList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemChanged.connect(self._update_buttons)
        self.list.currentRowChanged.connect(self._update_buttons)

        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.defaults_button = QPushButton(self.tr("&Restore defaults"), self)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.defaults_button.clicked.connect(lambda: self._fill(self._defaults))
        QShortcut(QKeySequence("Ctrl+Up"), self.list, lambda: self._move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.list, lambda: self._move(+1))

        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addSpacing(12)
        side.addWidget(self.defaults_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 460)
        self._fill(visible)
        self.list.setCurrentRow(0)

    def _fill(self, visible: Sequence[str]) -> None:
        """Visible columns first (in their order), then the hidden ones in the default order."""
        titles = dict(self._available)
        keys = [k for k in visible if k in titles] + [k for k, _t in self._available if k not in visible]
        self.list.blockSignals(True)
        self.list.clear()
        for key in keys:
            item = QListWidgetItem(titles[key])
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        to = row + delta
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_columns()))

    def chosen_columns(self) -> list[str]:
        """The checked keys, top to bottom."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(KEY_ROLE))
        return out

    def set_checked(self, key: str, checked: bool) -> None:
        """Check or uncheck one column (keyboard users and tests)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def choose_columns(parent: QWidget | None, available: Sequence[tuple[str, str]], visible: Sequence[str],
                   defaults: Sequence[str]) -> list[str] | None:
    """Show :class:`ColumnsDialog` modally; the chosen keys in order, or None if cancelled."""
    dlg = ColumnsDialog(available, visible, defaults, parent)
    try:
        return dlg.chosen_columns() if dlg.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()
