"""Administration > Custom Fields: the extra fields of clients, contacts and deals. Layer: ``ui``.

What the administrator sees: which records' fields are shown (*Clients*, *Contacts*, *Deals*), a
table of their definitions in card order (name, type, required, choices, order) and *Add…*,
*Edit…*, *Move Up* and *Move Down*. Each button is one call of :mod:`app.custom_fields` through
:func:`ui.ops.run_op`; the table is read again after every change.

There is no *Delete*: the values people typed on cards would be lost with the definition, so a
field that is no longer wanted is renamed instead (the hint under the buttons says so). The type of
a saved field cannot be changed either (its stored values are typed).

The editor (:class:`FieldEditDialog`) opens window-modal with :meth:`QDialog.open` (no nested
event loop), so tests drive :attr:`CustomFieldsDialog.editor` directly. A
:class:`~app.errors.ValidationError` from :func:`app.custom_fields.save_field_def` is shown beside
its field (name, type, choices), any other error under the form; the input stays as typed.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import custom_fields
from app.custom_fields import FieldDef
from app.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

from ui import errors, ops
from ui.settings.users_roles import ERROR_STYLE, fit_height
from ui.widgets.list_view import style_list_view

CONTEXT = "CustomFieldsDialog"

#: CUSTOM_FIELD_DEFS.ENTITY -> the records whose fields are shown
ENTITY_TITLES = {
    "CLIENT": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Clients"),
    "CONTACT": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Contacts"),
    "DEAL": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Deals"),
}
#: CUSTOM_FIELD_DEFS.KIND -> the word shown for it
KIND_TITLES = {
    "TEXT": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Text"),
    "NUMBER": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Number"),
    "DATE": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Date"),
    "LIST": QT_TRANSLATE_NOOP("CustomFieldsDialog", "List"),
    "BOOL": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Check box"),
}
SORT_STEP = 10


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomFieldsDialog", text)


class CustomFieldsDialog(QDialog):
    """The definitions table of one kind of record and its four buttons (see the module docstring)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CustomFieldsDialog", "Name"),
        QT_TRANSLATE_NOOP("CustomFieldsDialog", "Type"),
        QT_TRANSLATE_NOOP("CustomFieldsDialog", "Required"),
        QT_TRANSLATE_NOOP("CustomFieldsDialog", "Choices"),
        QT_TRANSLATE_NOOP("CustomFieldsDialog", "Order"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(self.tr("Custom Fields"))
        self.defs: list[FieldDef] = []
        self.editor: FieldEditDialog | None = None
        self.loading = False
        self._select_after_load: int | None = None

        self.intro_label = QLabel(self.tr(
            "Extra fields shown on the cards, in this order. A required field must be filled in "
            "before a card can be saved."))
        self.intro_label.setWordWrap(True)

        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("entityCombo")
        for code, title in ENTITY_TITLES.items():
            self.entity_combo.addItem(_t(title), code)
        entity_label = QLabel(self.tr("&Fields of:"))
        entity_label.setBuddy(self.entity_combo)
        entity_row = QHBoxLayout()
        entity_row.addWidget(entity_label)
        entity_row.addWidget(self.entity_combo)
        entity_row.addStretch(1)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("fieldsView")
        self.table.setHorizontalHeaderLabels([_t(c) for c in self.COLUMNS])
        style_list_view(self.table)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.down_button = QPushButton(self.tr("Move &Down"))
        no_delete = self.tr("Fields cannot be deleted; they can be renamed.")
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
            b.setToolTip(no_delete)
            buttons.addWidget(b)
        self.up_button.setToolTip(self.tr("Show the field earlier on the cards"))
        self.down_button.setToolTip(self.tr("Show the field later on the cards"))
        buttons.addStretch(1)
        self.hint_label = QLabel(self.tr("Fields cannot be deleted (the values on the cards would be "
                                         "lost); they can be renamed."))
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)  # greyed: a hint, not a message

        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_box.rejected.connect(self.reject)
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.button_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(entity_row)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint_label)
        layout.addLayout(bottom)

        self.entity_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda *_: self.on_edit_clicked())
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.up_button.clicked.connect(lambda: self.on_move_clicked(-1))
        self.down_button.clicked.connect(lambda: self.on_move_clicked(+1))
        self.resize(760, 420)
        self._update_buttons()
        self.reload()

    # --- loading -----------------------------------------------------------------------------
    def entity(self) -> str:
        return self.entity_combo.currentData()

    def set_entity(self, entity: str) -> None:
        self.entity_combo.setCurrentIndex(self.entity_combo.findData(entity))

    def reload(self, select: int | None = None) -> None:
        """Read the definitions of the chosen records again; then select field ``select``."""
        self._select_after_load = select if select is not None else self.selected_id()
        self.loading = True
        self._update_buttons()
        self.status_label.setText(self.tr("Loading…"))
        self.status_label.setStyleSheet("")
        entity = self.entity()
        ops.run_op(self, custom_fields.field_defs, entity,
                   on_done=lambda defs: self._show_defs(entity, defs), on_error=self._on_failed)

    def _show_defs(self, entity: str, defs: list[FieldDef]) -> None:
        if entity != self.entity():  # the combo moved on while this was read
            return
        self.loading = False
        self.defs = list(defs)
        table = self.table
        table.setRowCount(len(defs))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, fd in enumerate(defs):
            cells = (fd.label, _t(KIND_TITLES.get(fd.kind, fd.kind)), yes if fd.is_required else no,
                     ", ".join(fd.choices), str(fd.sort_order))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, fd.id)
                    item.setToolTip(self.tr("Code: {code}").format(code=fd.code))
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        limit = table.fontMetrics().averageCharWidth() * 40
        for col in range(len(self.COLUMNS)):
            table.setColumnWidth(col, min(table.columnWidth(col) + 12, limit))
        self.status_label.setText(self.tr("%n field(s)", "", len(defs)))
        fid, self._select_after_load = self._select_after_load, None
        rows = [r for r, fd in enumerate(defs) if fd.id == fid]
        if rows:
            table.selectRow(rows[0])
            table.scrollToItem(table.item(rows[0], 0))
        elif defs:
            table.selectRow(0)
        self._update_buttons()

    def _on_failed(self, error: UserError) -> None:
        self.loading = False
        self.status_label.setText(str(error))
        self.status_label.setStyleSheet(ERROR_STYLE)
        self._update_buttons()

    # --- selection ---------------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows and rows[0].row() < len(self.defs) else -1

    def selected(self) -> FieldDef | None:
        row = self.selected_row()
        return self.defs[row] if row >= 0 else None

    def selected_id(self) -> int | None:
        fd = self.selected()
        return fd.id if fd else None

    def select_id(self, field_id: int) -> bool:
        """Make field ``field_id`` the selected row (tests and keyboard users)."""
        for row, fd in enumerate(self.defs):
            if fd.id == field_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_: Any) -> None:
        row = -1 if self.loading else self.selected_row()
        self.add_button.setEnabled(not self.loading)
        self.edit_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.defs) - 1)

    # --- buttons -----------------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        if self.loading:
            return
        order = max((fd.sort_order for fd in self.defs), default=0) + SORT_STEP
        self._open_editor(FieldEditDialog(FieldDef(None, self.entity(), "", "", "TEXT", sort_order=order),
                                          parent=self))

    def on_edit_clicked(self) -> None:
        fd = self.selected()
        if fd is not None and not self.loading:
            self._open_editor(FieldEditDialog(fd, parent=self))

    def _open_editor(self, editor: FieldEditDialog) -> None:
        if self.editor is not None:
            self.editor.close()
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self.reload(select=editor.saved.id if editor.saved else None))
        editor.destroyed.connect(lambda *_: self._editor_did_close(editor))
        self.exec_editor(editor)

    def exec_editor(self, editor: FieldEditDialog) -> None:
        """Show the editor window-modal without a nested event loop (tests may replace this)."""
        editor.open()

    def _editor_did_close(self, editor: FieldEditDialog) -> None:
        if self.editor is editor:
            self.editor = None

    def on_move_clicked(self, delta: int) -> None:
        fd = self.selected()
        if fd is None or self.loading or fd.id is None:
            return
        self.loading = True
        self._update_buttons()
        ops.run_op(self, custom_fields.move_field, fd.id, delta,
                   on_done=lambda _defs: self.reload(select=fd.id), on_error=self._on_move_failed)

    def _on_move_failed(self, error: UserError) -> None:
        self.loading = False
        errors.show_error(self, error)
        self.reload()


class FieldEditDialog(QDialog):
    """Add or change one definition: name, code, type, required, choices (see the module docstring).

    After success :attr:`saved` is the stored :class:`FieldDef`.
    """

    def __init__(self, fd: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldEditDialog")
        self.original = fd
        self.saved: FieldDef | None = None
        self.busy = False
        is_new = fd.id is None
        self.setWindowTitle(self.tr("Add Field") if is_new else self.tr("Edit Field “{label}”").format(
            label=fd.label))

        self.label_edit = QLineEdit(fd.label)
        self.label_edit.setMaxLength(200)
        self.code_edit = QLineEdit(fd.code)
        self.code_edit.setMaxLength(30)
        if is_new:
            self.code_edit.setPlaceholderText(self.tr("Made from the name if left empty"))
        else:
            self.code_edit.setReadOnly(True)
            self.code_edit.setEnabled(False)  # shown, not editable: reports and imports refer to it
        self.code_edit.setToolTip(self.tr("The field's name in reports and imports: Latin letters, digits, _"))
        self.kind_combo = QComboBox()
        for code, title in KIND_TITLES.items():
            self.kind_combo.addItem(_t(title), code)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(fd.kind), 0))
        if not is_new:
            self.kind_combo.setEnabled(False)
            self.kind_combo.setToolTip(self.tr("The type of a saved field cannot be changed: its values "
                                               "are stored by type."))
        self.required_check = QCheckBox(self.tr("&Required: a card cannot be saved without it"))
        self.required_check.setChecked(fd.is_required)
        self.choices_edit = QPlainTextEdit("\n".join(fd.choices))
        self.choices_edit.setTabChangesFocus(True)
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.choices_edit.setMinimumHeight(self.choices_edit.fontMetrics().lineSpacing() * 6)

        self.label_error, self.kind_error, self.choices_error = QLabel(), QLabel(), QLabel()
        self.message_label = QLabel()
        for label in (self.label_error, self.kind_error, self.choices_error, self.message_label):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self._field_errors = {"label": self.label_error, "kind": self.kind_error, "choices": self.choices_error}

        def column(*widgets: QWidget) -> QWidget:
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            for w in widgets:
                lay.addWidget(w)
            return box

        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.choices_row = column(self.choices_edit, self.choices_error)
        form.addRow(self._buddy(self.tr("&Name:"), self.label_edit), column(self.label_edit, self.label_error))
        form.addRow(self._buddy(self.tr("&Code:"), self.code_edit), self.code_edit)
        form.addRow(self._buddy(self.tr("&Type:"), self.kind_combo), column(self.kind_combo, self.kind_error))
        form.addRow("", self.required_check)
        form.addRow(self._buddy(self.tr("C&hoices:"), self.choices_edit), self.choices_row)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                           QDialogButtonBox.StandardButton.Cancel)
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add") if is_new else self.tr("&Save"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.button_box)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.label_edit.textChanged.connect(lambda: self._clear_error("label"))
        self.kind_combo.currentIndexChanged.connect(lambda: self._clear_error("kind"))
        self.choices_edit.textChanged.connect(lambda: self._clear_error("choices"))
        self._on_kind_changed()
        self.label_edit.setFocus()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())
        fit_height(self)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def choices(self) -> tuple[str, ...]:
        return tuple(c.strip() for c in self.choices_edit.toPlainText().splitlines() if c.strip())

    def _on_kind_changed(self, *_: Any) -> None:
        self.form.setRowVisible(self.choices_row, self.kind() == "LIST")
        fit_height(self)

    # --- errors ------------------------------------------------------------------------------
    def _clear_error(self, field: str) -> None:
        label = self._field_errors.get(field)
        if label is not None:
            label.hide()
        self.message_label.hide()

    def show_error(self, error: UserError) -> None:
        """Show ``error`` at its field (name, type, choices) or under the form; nothing typed is lost."""
        field = error.field if isinstance(error, ValidationError) else ""
        label = self._field_errors.get(field, self.message_label)
        label.setText(str(error))
        label.show()
        fit_height(self)
        focus = {"label": self.label_edit, "kind": self.kind_combo, "choices": self.choices_edit}.get(field)
        if focus is not None and focus.isEnabled():
            focus.setFocus()

    def error_text(self, field: str | None = None) -> str:
        """The error shown at ``field`` (None: under the form), or "" (tests)."""
        label = self._field_errors[field] if field else self.message_label
        return label.text() if label.isVisibleTo(self) else ""

    # --- OK ----------------------------------------------------------------------------------
    def field_def(self) -> FieldDef:
        """What the form says (choices only for a list)."""
        o = self.original
        kind = self.kind()
        return FieldDef(o.id, o.entity, self.code_edit.text().strip(), self.label_edit.text().strip(), kind,
                        self.required_check.isChecked(), self.choices() if kind == "LIST" else (),
                        o.sort_order, o.version)

    def accept(self) -> None:
        """Save through ``app`` and close only on success."""
        if self.busy:
            return
        for label in (*self._field_errors.values(), self.message_label):
            label.hide()
        self._set_busy(True)
        ops.run_op(self, custom_fields.save_field_def, self.field_def(), on_done=self._on_saved,
                   on_error=self._on_failed, progress_text=self.tr("Saving…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button_box.setEnabled(not busy)

    def _on_saved(self, fd: FieldDef) -> None:
        self._set_busy(False)
        self.saved = fd
        super().accept()

    def _on_failed(self, error: UserError) -> None:
        self._set_busy(False)
        self.show_error(error)
