"""A phone number field that accepts what people type and shows it the standard way. Layer: ``ui``.

``8 (495) 123-45-67``, ``+7 495 1234567`` and ``84951234567`` all become ``+7 495 123-45-67``
when the user leaves the field, through :func:`app.validate.phone` (pure Python, no database, so
it is called directly rather than through :mod:`ui.ops`). A number that cannot be a phone is
highlighted with the reason in the tool tip, but kept as typed: the save reports it again with
the field's name, and the user decides. Numbers the user did not touch (imported, legacy) are
never reformatted or flagged.
"""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app import validate
from app.errors import ValidationError

from ui.widgets.field_editors import clear_invalid, mark_invalid

#: Digits and the usual separators; letters are refused as typed (an extension has its own field).
ALLOWED = QRegularExpression(r"[0-9+()\-. ]{0,40}")


class PhoneEdit(QLineEdit):
    """One phone number. ``text()`` is what the user typed (formatted once they leave the field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(ALLOWED, self))
        self.setPlaceholderText("+7 495 123-45-67")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("+7 495 123-45-67 ") + 16)
        self.editingFinished.connect(self.on_editing_finished)
        self.textEdited.connect(lambda _t: clear_invalid(self))

    def on_editing_finished(self) -> None:
        if not self.isModified() or not self.text().strip():
            return
        self.setModified(False)
        try:
            value = validate.phone(self.text())
        except ValidationError as exc:
            mark_invalid(self, str(exc))
            return
        clear_invalid(self)
        if value.display != self.text():
            self.setText(value.display)
