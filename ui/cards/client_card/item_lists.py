"""Editable lists of phones and e-mails (the client's own and each contact person's). Layer: ``ui``.

A row of widgets per item rather than an editable table: a client has a handful of numbers, each
row is typed like a form (Tab moves through number, type, extension), and a save error such as
``phones[1]`` points at one real widget (:meth:`_ListEditor.widget_at`). Items keep their ``id``,
so a save updates the stored row instead of replacing it. Blank rows are passed on and dropped by
``app`` (their index still matches the error's ``[i]``).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.clients import EmailItem, PhoneItem

from ui.cards.client_card.texts import PHONE_KINDS, tr
from ui.widgets.field_editors import clear_invalid
from ui.widgets.phone_edit import PhoneEdit


class _Row(QWidget):
    row_did_change = Signal()
    row_did_ask_removal = Signal(object)

    def __init__(self, item_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.primary = QRadioButton(self.tr("main"), self)
        self.primary.setToolTip(self.tr("The main one: shown in lists and used first"))
        self.primary.clicked.connect(lambda _c: self.row_did_change.emit())
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the values, not the ✕
        self.remove.clicked.connect(lambda: self.row_did_ask_removal.emit(self))

    def finish(self) -> None:
        self.layout_.addWidget(self.primary)
        self.layout_.addWidget(self.remove)

    def main_edit(self) -> QWidget:
        raise NotImplementedError


class _PhoneRow(_Row):
    def __init__(self, item: PhoneItem, parent: QWidget | None = None) -> None:
        super().__init__(item.id, parent)
        self.number = PhoneEdit(self)
        self.number.setText(item.number or "")
        self.kind = QComboBox(self)
        for code, text in PHONE_KINDS.items():
            self.kind.addItem(tr(text), code)
        i = self.kind.findData(item.kind)
        self.kind.setCurrentIndex(i if i >= 0 else 0)
        self.ext = QLineEdit(item.ext or "", self)
        self.ext.setPlaceholderText(self.tr("ext."))
        self.ext.setMaxLength(10)
        self.ext.setFixedWidth(self.ext.fontMetrics().horizontalAdvance("0000000") + 12)
        self.primary.setChecked(item.is_primary)
        self.layout_.addWidget(self.number, 1)
        self.layout_.addWidget(self.kind)
        self.layout_.addWidget(self.ext)
        self.finish()
        self.number.textEdited.connect(lambda _t: self.row_did_change.emit())
        self.kind.activated.connect(lambda _i: self.row_did_change.emit())
        self.ext.textEdited.connect(lambda _t: self.row_did_change.emit())

    def item(self) -> PhoneItem:
        return PhoneItem(number=self.number.text().strip(), kind=self.kind.currentData(),
                         ext=self.ext.text().strip() or None, is_primary=self.primary.isChecked(), id=self.item_id)

    def main_edit(self) -> QWidget:
        return self.number


class _EmailRow(_Row):
    def __init__(self, item: EmailItem, parent: QWidget | None = None) -> None:
        super().__init__(item.id, parent)
        self.email = QLineEdit(item.email or "", self)
        self.email.setPlaceholderText("name@example.com")
        self.email.setMaxLength(120)
        self.primary.setChecked(item.is_primary)
        self.layout_.addWidget(self.email, 1)
        self.finish()
        self.email.textEdited.connect(lambda _t: self.row_did_change.emit())
        self.email.textEdited.connect(lambda _t: clear_invalid(self.email))

    def item(self) -> EmailItem:
        return EmailItem(email=self.email.text().strip(), is_primary=self.primary.isChecked(), id=self.item_id)

    def main_edit(self) -> QWidget:
        return self.email


class _ListEditor(QWidget):
    """Rows plus an "Add …" button. ``list_did_change`` fires on every user edit."""

    list_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.group = QButtonGroup(self)  # one "main" per list
        self.group.setExclusive(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        outer.addLayout(self.rows_layout)
        self.add_button = QPushButton(self._add_text(), self)
        self.add_button.setObjectName("addItemButton")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        outer.addLayout(bar)

    def _add_text(self) -> str:
        raise NotImplementedError

    def _make_row(self, item: object | None) -> _Row:
        raise NotImplementedError

    def set_items(self, items: list) -> None:
        for row in self.rows:
            self.group.removeButton(row.primary)
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for it in items:
            self._append(self._make_row(it))

    def _append(self, row: _Row) -> None:
        self.rows.append(row)
        self.group.addButton(row.primary)
        row.row_did_change.connect(self.list_did_change)
        row.row_did_ask_removal.connect(self.remove_row)
        self.rows_layout.addWidget(row)

    def add_row(self, focus: bool = False) -> _Row:
        row = self._make_row(None)
        if not self.rows:
            row.primary.setChecked(True)  # the first one is the main one
        self._append(row)
        if focus:
            row.main_edit().setFocus()
        self.list_did_change.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        if row not in self.rows:
            return
        was_primary = row.primary.isChecked()
        self.rows.remove(row)
        self.group.removeButton(row.primary)
        row.setParent(None)
        row.deleteLater()
        if was_primary and self.rows:
            self.rows[0].primary.setChecked(True)
        self.list_did_change.emit()

    def items(self) -> list:
        return [row.item() for row in self.rows]  # type: ignore[attr-defined]

    def widget_at(self, index: int) -> QWidget | None:
        return self.rows[index].main_edit() if 0 <= index < len(self.rows) else None


class PhoneListEditor(_ListEditor):
    def _add_text(self) -> str:
        return self.tr("+ Add phone")

    def _make_row(self, item: object | None) -> _Row:
        return _PhoneRow(item if isinstance(item, PhoneItem) else PhoneItem(number=""), self)


class EmailListEditor(_ListEditor):
    def _add_text(self) -> str:
        return self.tr("+ Add e-mail")

    def _make_row(self, item: object | None) -> _Row:
        return _EmailRow(item if isinstance(item, EmailItem) else EmailItem(email=""), self)
