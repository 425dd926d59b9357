"""Which deal cards are open: one window per deal, raised when asked for again. Layer: ``ui``.

The main window, the client card's Deals tab and the funnel board ask this object to open a deal
or start a new one (with or without a client: without, the card looks the client up); they never
create deal cards themselves. The cards' print requests come out as
``deal_manager_did_request_report(report_id, values)`` for the main window's report preview. New cards join the registry under
their id once saved. Funnels, lost reasons, products, users and sources are cached here for the
connection and dropped on a ``ref`` change.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QWidget

from app.changes import REF, Changes

from ui.cards.deal_card import DealCard, DealReferenceCache
from ui.refresh import Refresher


class DealCardManager(QObject):
    """Owns the open deal cards of the main window ``parent``."""

    CASCADE = 28
    #: a card asked to show a client (its client link); the lead wires this to the client cards
    deal_manager_did_request_client = Signal(int)
    #: a card asked to print a form: report id (deals.card, documents.offer, documents.invoice), {"deal": id}
    deal_manager_did_request_report = Signal(str, dict)

    def __init__(self, parent: QWidget, refresher: Refresher) -> None:
        super().__init__(parent)
        self.window = parent
        self.refresher = refresher
        self.cache = DealReferenceCache()
        self.cards: dict[int, DealCard] = {}
        self.new_cards: list[DealCard] = []
        refresher.subscribe(self._on_changes, owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(REF):
            self.cache.data = None
            self.cache.task_choices = None

    def all_cards(self) -> list[DealCard]:
        return list(self.cards.values()) + list(self.new_cards)

    def open_deal(self, deal_id: int) -> DealCard:
        """Show the card of ``deal_id``: the open one raised, or a new window."""
        card = self.cards.get(deal_id)
        if card is not None:
            card.showNormal() if card.isMinimized() else card.show()
            card.raise_()
            card.activateWindow()
            return card
        card = self._create(deal_id, None, None)
        self.cards[deal_id] = card
        return card

    def new_deal(self, client_id: int | None = None, funnel_id: int | None = None) -> DealCard:
        """A blank card for a new deal of ``client_id`` (None: the user looks the client up on the
        card, Deal > New deal from the board or the deal list) in ``funnel_id`` (None: the default
        funnel; the card lets the user choose another before the first save)."""
        card = self._create(None, client_id, funnel_id)
        self.new_cards.append(card)
        return card

    def _create(self, deal_id: int | None, client_id: int | None, funnel_id: int | None) -> DealCard:
        card = DealCard(deal_id, self.refresher, self.cache, self.window, client_id=client_id, funnel_id=funnel_id)
        card.deal_card_did_save_deal.connect(lambda did, c=card: self._on_saved(c, did))
        card.deal_card_did_request_client.connect(self.deal_manager_did_request_client)
        card.deal_card_did_request_report.connect(self.deal_manager_did_request_report)
        card.destroyed.connect(lambda *_a, c=card: self._forget(c))
        n = len(self.all_cards())
        if n:
            card.move(card.pos() + QPoint(self.CASCADE * (n % 8), self.CASCADE * (n % 8)))
        card.show()
        return card

    def _on_saved(self, card: DealCard, deal_id: int) -> None:
        if card in self.new_cards:
            self.new_cards.remove(card)
        self.cards[deal_id] = card

    def _forget(self, card: QObject) -> None:
        self.cards = {i: c for i, c in self.cards.items() if c is not card}
        self.new_cards = [c for c in self.new_cards if c is not card]

    def close_all(self) -> bool:
        """Close every card, asking about unsaved changes; False if the user kept one open."""
        return all(card.close() for card in self.all_cards())

    def discard_all(self) -> None:
        for card in self.all_cards():
            card.discard_and_close()
