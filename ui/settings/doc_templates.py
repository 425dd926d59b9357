"""Administration › Document Templates (issue #13, REPORTS.md H). Layer: ``ui``.

The texts of the contract, the act, the reconciliation statement, the meeting report and the call
sheet, in the paragraph language of :mod:`app.doc_templates` (``# heading``, ``[table]``,
``[signatures]``, ``{placeholders}``). The fields a template may use are listed beside it; a
click inserts one. *Save* (Ctrl+S) stores the text (an unknown field is refused with its name),
*Default text* goes back to the built-in one. Only administrators may save (the server checks).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import doc_templates as T
from app.errors import UserError, ValidationError

from ui import errors, ops
from ui.settings.users_roles import ERROR_STYLE


class TemplatesDialog(QDialog):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplatesDialog")
        self.setWindowTitle(self.tr("Document Templates"))
        self.resize(900, 560)
        self.code: str | None = None
        self.loaded = False
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        for code in T.PLACEHOLDERS:
            item = QListWidgetItem(T.title_of(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
        self.list.setFixedWidth(230)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateBody")
        self.fields = QListWidget()
        self.fields.setObjectName("fieldList")
        self.fields.setFixedWidth(170)
        self.fields.setToolTip(self.tr("Double-click a field to insert it"))
        self.fields.itemDoubleClicked.connect(lambda item: self.editor.insertPlainText("{" + item.text() + "}"))
        self.state_label = QLabel("")
        help_label = QLabel(self.tr("Paragraphs are separated by an empty line. “# ” starts a heading, "
                                    "“## ” a smaller one; [table] places the document's table, [signatures] "
                                    "the signature lines; {field} is replaced by its value."))
        help_label.setWordWrap(True)
        self.default_button = QPushButton(self.tr("&Default text"))
        self.default_button.clicked.connect(self.on_default_clicked)
        middle = QVBoxLayout()
        middle.addWidget(self.state_label)
        middle.addWidget(self.editor, 1)
        middle.addWidget(help_label)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Fields:")))
        right.addWidget(self.fields, 1)
        right.addWidget(self.default_button)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(middle, 1)
        row.addLayout(right)
        self.error_label = QLabel("")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self.on_template_chosen)
        self.list.setCurrentRow(0)

    def on_template_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.code = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        self.fields.clear()
        self.fields.addItems(list(T.PLACEHOLDERS[self.code]))
        self.error_label.setText("")
        self.loaded = False
        ops.run_op(self, T.load, self.code, on_done=self._show, on_error=self._failed)

    def _show(self, t: T.TemplateText) -> None:
        if t.code != self.code:
            return
        self.editor.setPlainText(t.body)
        self.state_label.setText(self.tr("The built-in text (not changed yet)") if t.is_default
                                 else self.tr("Your own text"))
        self.loaded = True

    def on_save_clicked(self) -> None:
        if self.code is None:
            return
        self.error_label.setText("")
        ops.run_op(self, T.save, self.code, self.editor.toPlainText(), on_done=lambda _c: self._reload(),
                   on_error=self._failed)

    def on_default_clicked(self) -> None:
        if self.code is not None:
            ops.run_op(self, T.reset, self.code, on_done=lambda _c: self._reload(), on_error=self._failed)

    def _reload(self) -> None:
        self.on_template_chosen(self.list.currentRow())

    def _failed(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.error_label.setText(str(error))
        else:
            errors.show_error(self, error)
