"""Which client cards are open: one window per client, raised when asked for again. Layer: ``ui``.

The main window asks this object to open a client (Enter in the list, a duplicate's link) or to
start a new one (Ins); it never creates cards itself. New cards join the registry under their id
once saved (:class:`ui.cards.window_registry.WindowRegistry`). The reference lists the cards'
combos need are cached here for the connection and dropped on a ``ref`` change. The Client menu's
actions are declared in ``ui/actions.py`` with the others.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app import reference
from app.changes import REF, Changes

from ui import ops
from ui.cards.caches import ReferenceCache
from ui.cards.window_registry import WindowRegistry
from ui.refresh import Refresher

if TYPE_CHECKING:
    from ui.cards.client_card import ClientCard


class CardManager(WindowRegistry):
    """Owns the open client cards of the main window ``window`` (:class:`WindowRegistry`)."""

    #: a card asked for the deal card of a deal (id)
    card_manager_did_request_deal = Signal(int)
    #: a card asked for a new deal of its client (client id)
    card_manager_did_request_new_deal = Signal(int)
    #: a card asked to preview a printable form (report id, parameter values)
    card_manager_did_request_report = Signal(str, dict)

    def __init__(self, window: QWidget, refresher: Refresher) -> None:
        super().__init__(window)
        self.refresher = refresher
        self.cache = ReferenceCache()
        self.cards: dict[int, ClientCard] = {}  #: saved clients' cards by id
        self.new_cards: list[ClientCard] = []  #: cards of clients not saved yet
        self.rights = None  #: app.security.MyRights of the connected login (None: not known yet)
        refresher.subscribe(self._on_changes, owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(REF):
            self.cache.data = None  # users, sources or tags changed: the next card reads them again

    def prefetch_reference(self) -> None:
        """Read the cards' reference lists now (the main window calls this after the first list
        page), so the first card of a session costs its own two statements only (issue #12). A
        failure changes nothing: the card then reads them itself."""
        if self.cache.data is not None:
            return
        cache = self.cache

        def done(ref) -> None:
            if cache.data is None:
                cache.data = ref

        ops.run_op(self, reference.reference_data, on_done=done, on_error=lambda _error: None)

    def forget_reference(self) -> None:
        """Drop the cached reference lists (another database is being opened)."""
        self.cache.data = None

    def open_client(self, client_id: int) -> ClientCard:
        """Show the card of ``client_id``: the open one raised, or a new window."""
        return self._open(client_id)

    def set_rights(self, rights) -> None:
        """What the login may do (app.security.MyRights); applies to cards opened from now on."""
        self.rights = rights

    def new_client(self) -> ClientCard:
        return self._new()

    def _build(self, client_id: int | None) -> ClientCard:
        from ui.cards.client_card import ClientCard  # the first card imports the card's modules (issue #12)

        card = ClientCard(client_id, self.refresher, self.cache, self.window)
        if self.rights is not None:
            card.apply_rights(self.rights.can("CLIENT", "create" if client_id is None else "edit"),
                              self.rights.can("INTERACTION", "create"))
        card.client_card_did_save_client.connect(lambda cid, c=card: self._on_saved(c, cid))
        card.client_card_did_request_open.connect(self.open_client)
        card.client_card_did_request_deal.connect(self.card_manager_did_request_deal)
        card.client_card_did_request_new_deal.connect(self.card_manager_did_request_new_deal)
        card.client_card_did_request_report.connect(self.card_manager_did_request_report)
        return card
