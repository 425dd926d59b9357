"""A search-as-you-type box: debounced queries, Esc to clear, Down to the results. Layer: ``ui``.

Contract:

* ``search_box_did_change_query(text)`` fires :data:`DEBOUNCE_MS` after the user **stops** typing
  (one query per pause, not one per key), with the stripped text; the same text twice in a row
  fires once. Clearing the box (Esc, the clear button, deleting everything) fires ``""`` at once,
  so the list returns to browsing without waiting.
* Esc on a non-empty box clears it; Esc on an empty box is passed on (a dialog may close).
* Down/PageDown fire ``search_box_did_request_results`` (the list moves the focus to its rows);
  Enter fires the pending query immediately.
* The box does no searching itself and keeps no results: the list asks ``app`` and drops answers
  to older queries.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.icons import icon

#: Quiet time after the last key before the query goes out.
DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """A QLineEdit with a search icon, a clear button, a hint and a debounced query signal."""

    search_box_did_change_query = Signal(str)
    search_box_did_request_results = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search: name, phone, INN, e-mail, contact…"))
        self.setToolTip(self.tr("Find clients by name, legal name, INN, phone in any format, e-mail or "
                                "contact person (Ctrl+F). Esc clears."))
        search_icon = icon("edit-find")
        if not search_icon.isNull():
            self.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_now)
        self.textChanged.connect(self._on_text_changed)

    @property
    def query(self) -> str:
        """The query last announced (what the results on screen answer)."""
        return self._emitted

    def clear_query(self) -> None:
        """Empty the box and announce ``""`` at once."""
        self.clear()
        self._emit_now()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._emit_now()
        else:
            self._timer.start()  # restarts: the query goes out after a pause

    def _emit_now(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._emitted:
            self._emitted = text
            self.search_box_did_change_query.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear_query()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._emit_now()
            self.search_box_did_request_results.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit_now()
            self.search_box_did_request_results.emit()
            return
        super().keyPressEvent(event)
