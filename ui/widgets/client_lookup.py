"""A line edit that finds a client as you type (name, legal name, INN, phone, e-mail, contact
person) and lets the user pick one from a drop-down. Layer: ``ui``.

The search is the client list's own (:func:`app.clients.search_clients`, through
:func:`ui.ops.run_op`), started 300 ms after the last keystroke from two characters on; a late
answer to text the user has typed past is dropped. Picking a match emits
``client_lookup_did_choose(id, name)``; typing again after a pick forgets it and emits
``client_lookup_did_clear()``. :attr:`client_id` is the picked client (None while the text is
only a search). :meth:`set_client` shows a known client without searching.
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app import clients
from app.clients import ClientRow

from ui import ops

SEARCH_DELAY_MS = 300
MIN_CHARS = 2
LIMIT = 20


def match_label(row: ClientRow) -> str:
    """What the drop-down shows for a match: name, city and phone tell namesakes apart."""
    return " — ".join(p for p in (row.name, ", ".join(x for x in (row.city, row.phone) if x)) if p)


class ClientLookup(QLineEdit):
    """See the module docstring."""

    client_lookup_did_choose = Signal(int, str)  #: id, name
    client_lookup_did_clear = Signal()
    client_lookup_did_find = Signal(int)  #: matches shown for the current text (tests wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientLookup")
        self.setPlaceholderText(self.tr("Type a name, INN or phone to find the client"))
        self.client_id: int | None = None
        self.matches: dict[str, ClientRow] = {}
        self._query = ""
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the server matched already (INN, phone, contact name…): show every answer as it is
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.activated.connect(self.choose_label)
        self.setCompleter(self.completer_)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._on_edited)

    def set_client(self, client_id: int | None, name: str = "") -> None:
        """Show ``client_id`` as chosen (no signal, no search)."""
        self._timer.stop()
        self.client_id = client_id
        self.setText(name if client_id is not None else "")

    def _on_edited(self, text: str) -> None:
        if self.client_id is not None:
            self.client_id = None
            self.client_lookup_did_clear.emit()
        self._query = text.strip()
        if len(self._query) >= MIN_CHARS:
            self._timer.start()
        else:
            self._timer.stop()
            self.matches = {}
            self._model.setStringList([])

    def search_now(self) -> None:
        """Search for the text as it is now (the timer calls this; tests may too)."""
        query = self._query = self.text().strip()
        if len(query) < MIN_CHARS:
            return
        ops.run_op(self, clients.search_clients, query, LIMIT, on_done=lambda rows: self._on_found(query, rows))

    def _on_found(self, query: str, rows: list[ClientRow]) -> None:
        if query != self._query or self.client_id is not None:
            return  # the user typed on, or picked meanwhile
        self.matches = {}
        for r in rows:
            label = match_label(r)
            while label in self.matches:  # identical namesakes stay distinct entries
                label += " "
            self.matches[label] = r
        self._model.setStringList(list(self.matches))
        if rows and self.hasFocus():
            self.completer_.complete()
        self.client_lookup_did_find.emit(len(rows))

    def choose_label(self, label: str) -> None:
        row = self.matches.get(label)
        if row is not None:
            self.choose(row.id, row.name)

    def choose(self, client_id: int, name: str) -> None:
        """Pick ``client_id`` as if from the drop-down (emits ``client_lookup_did_choose``)."""
        self._timer.stop()
        self.client_id = client_id
        # after the completer wrote its label into the edit: show the plain name
        QTimer.singleShot(0, self, lambda: self.setText(name) if self.client_id == client_id else None)
        self.setText(name)
        self.client_lookup_did_choose.emit(client_id, name)
