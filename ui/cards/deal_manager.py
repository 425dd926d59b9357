"""Which deal cards are open: one window per deal, raised when asked for again. Layer: ``ui``.

The main window, the client card's Deals tab and the funnel board ask this object to open a deal
or start a new one (with or without a client: without, the card looks the client up); they never
create deal cards themselves. The cards' print requests come out as
``deal_manager_did_request_report(report_id, values)`` for the main window's report preview. New
cards join the registry under their id once saved (:class:`ui.cards.window_registry.WindowRegistry`). Funnels, lost reasons, products, users and sources are cached here for the
connection and dropped on a ``ref`` change.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.changes import REF, Changes

from ui.cards.caches import DealReferenceCache
from ui.cards.window_registry import WindowRegistry
from ui.refresh import Refresher

if TYPE_CHECKING:
    from ui.cards.deal_card import DealCard


class DealCardManager(WindowRegistry):
    """Owns the open deal cards of the main window ``parent`` (:class:`WindowRegistry`)."""

    #: a card asked to show a client (its client link); the lead wires this to the client cards
    deal_manager_did_request_client = Signal(int)
    #: a card asked to print a form: report id (deals.card, documents.offer, documents.invoice), {"deal": id}
    deal_manager_did_request_report = Signal(str, dict)

    def __init__(self, parent: QWidget, refresher: Refresher) -> None:
        super().__init__(parent)
        self.refresher = refresher
        self.cache = DealReferenceCache()
        self.cards: dict[int, DealCard] = {}
        self.new_cards: list[DealCard] = []
        refresher.subscribe(self._on_changes, owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(REF):
            self.cache.data = None
            self.cache.task_choices = None

    def open_deal(self, deal_id: int) -> DealCard:
        """Show the card of ``deal_id``: the open one raised, or a new window."""
        return self._open(deal_id)

    def new_deal(self, client_id: int | None = None, funnel_id: int | None = None) -> DealCard:
        """A blank card for a new deal of ``client_id`` (None: the user looks the client up on the
        card, Deal > New deal from the board or the deal list) in ``funnel_id`` (None: the default
        funnel; the card lets the user choose another before the first save)."""
        return self._new(client_id=client_id, funnel_id=funnel_id)

    def _build(self, deal_id: int | None, client_id: int | None = None, funnel_id: int | None = None) -> DealCard:
        from ui.cards.deal_card import DealCard  # the first deal card imports the card's modules (issue #12)

        card = DealCard(deal_id, self.refresher, self.cache, self.window, client_id=client_id, funnel_id=funnel_id)
        card.deal_card_did_save_deal.connect(lambda did, c=card: self._on_saved(c, did))
        card.deal_card_did_request_client.connect(self.deal_manager_did_request_client)
        card.deal_card_did_request_report.connect(self.deal_manager_did_request_report)
        return card
