"""One window per record: the bookkeeping the client and deal card managers share. Layer: ``ui``.

A registry holds the open cards of one kind: saved records' cards by id (:attr:`cards`) and cards
of records not saved yet (:attr:`new_cards`, they join :attr:`cards` under their id once saved:
:meth:`_on_saved`). Asking for an open record raises its window instead of opening a second one;
a further window is moved a little from the last (cascade) so none hides another exactly; a
destroyed card is forgotten. :meth:`close_all` asks each card (unsaved changes), :meth:`discard_all`
closes them without asking. A subclass builds its cards (:meth:`_build`, connecting its own
signals and calling :meth:`_on_saved` from the card's "saved" signal) and names its public
``open_…``/``new_…`` methods; see :mod:`ui.cards.manager` and :mod:`ui.cards.deal_manager`.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QWidget


class WindowRegistry(QObject):
    """Owns the open cards of the main window ``window`` (their parent)."""

    #: how far each further card is moved from the previous one, so none hides another exactly
    CASCADE = 28

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.cards: dict[int, Any] = {}  #: saved records' cards by id
        self.new_cards: list[Any] = []  #: cards of records not saved yet

    def all_cards(self) -> list[Any]:
        return list(self.cards.values()) + list(self.new_cards)

    def _build(self, record_id: int | None, **kwargs: Any) -> QWidget:
        """A new card for ``record_id`` (None: a new record), its signals connected, not shown."""
        raise NotImplementedError

    def _open(self, record_id: int) -> Any:
        """The card of ``record_id``: the open one raised, or a new window."""
        card = self.cards.get(record_id)
        if card is not None:
            card.showNormal() if card.isMinimized() else card.show()
            card.raise_()
            card.activateWindow()
            return card
        card = self._show(self._build(record_id))
        self.cards[record_id] = card
        return card

    def _new(self, **kwargs: Any) -> Any:
        """A card for a new record (``kwargs`` go to :meth:`_build`)."""
        card = self._show(self._build(None, **kwargs))
        self.new_cards.append(card)
        return card

    def _show(self, card: QWidget) -> QWidget:
        card.destroyed.connect(lambda *_a, c=card: self._forget(c))
        n = len(self.all_cards())
        if n:
            card.move(card.pos() + QPoint(self.CASCADE * (n % 8), self.CASCADE * (n % 8)))
        card.show()
        return card

    def _on_saved(self, card: QWidget, record_id: int) -> None:
        if card in self.new_cards:
            self.new_cards.remove(card)
        self.cards[record_id] = card

    def _forget(self, card: QObject) -> None:
        self.cards = {i: c for i, c in self.cards.items() if c is not card}
        self.new_cards = [c for c in self.new_cards if c is not card]

    def close_all(self) -> bool:
        """Close every card, asking about unsaved changes; False if the user kept one open."""
        return all(card.close() for card in self.all_cards())

    def discard_all(self) -> None:
        """Close every card without asking (the connection changes; edits could not be saved)."""
        for card in self.all_cards():
            card.discard_and_close()
