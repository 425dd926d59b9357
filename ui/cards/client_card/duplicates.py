"""Possible duplicates of a new client, looked up while the user types. Layer: ``ui``.

After an edit of the name, a phone, an e-mail or the INN of a card that is not saved yet, and a
pause of :data:`DELAY_MS`, the draft goes to :func:`app.clients.find_duplicates` (a few indexed
lookups). Matches show in a small panel above the tabs, each a link that opens that client's card,
before anything is saved. Answers to older drafts are dropped; a failed lookup is only logged
(a warning box while typing would be worse than no warning).
"""
from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app import clients
from app.clients import ClientDraft, DuplicateMatch
from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP

from ui import ops
from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.texts import label

log = logging.getLogger(__name__)

DELAY_MS = 400  #: pause after the last keystroke before asking the database

REASONS = {
    "phone": QT_TRANSLATE_NOOP("ClientCard", "same phone"),
    "email": QT_TRANSLATE_NOOP("ClientCard", "same e-mail"),
    "inn": QT_TRANSLATE_NOOP("ClientCard", "same INN"),
    "name": QT_TRANSLATE_NOOP("ClientCard", "same name"),
}


def _worth_asking(d: ClientDraft) -> bool:
    return (len((d.name or "").strip()) >= 3 or bool((d.inn or "").strip())
            or any((p.number or "").strip() for p in d.phones) or any((e.email or "").strip() for e in d.emails))


class DuplicatesWatcher(QObject):
    """Watches a new card; ``duplicates_did_request_open(client_id)`` when a link is clicked."""

    duplicates_did_request_open = Signal(int)

    def __init__(self, ui: Ui_ClientCard, owner: QWidget, collect: Callable[[], ClientDraft]) -> None:
        super().__init__(owner)
        self.ui = ui
        self.owner = owner
        self.collect = collect
        self.enabled = False
        self.matches: list[DuplicateMatch] = []
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.look_up)
        ui.duplicatesFrame.setStyleSheet("#duplicatesFrame { background: #fff8e1; border: 1px solid #ffe082; }")
        ui.duplicatesLabel.linkActivated.connect(self._on_link)
        ui.duplicatesFrame.hide()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self.timer.stop()
            self._generation += 1
            self.show_matches([])

    def poke(self) -> None:
        """Something duplicates are found by was edited: look again after a pause."""
        if self.enabled:
            self.timer.start()

    def look_up(self) -> None:
        if not self.enabled:
            return
        draft = self.collect()
        self._generation += 1
        generation = self._generation
        if not _worth_asking(draft):
            self.show_matches([])
            return

        def done(matches: list[DuplicateMatch]) -> None:
            if generation == self._generation and self.enabled:
                self.show_matches(matches)

        def failed(error: UserError) -> None:
            log.warning("duplicate lookup failed: %s", error)

        ops.run_op(self.owner, clients.find_duplicates, draft, on_done=done, on_error=failed)

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        self.matches = list(matches)
        if not matches:
            self.ui.duplicatesFrame.hide()
            return
        links = []
        for m in matches[:5]:
            where = ", ".join(p for p in (m.city, m.phone) if p)
            why = ", ".join(label(REASONS, r) for r in m.reasons)
            links.append(f'<a href="client:{m.client_id}">{html.escape(m.name)}</a>'
                         + (f" ({html.escape(where)})" if where else "") + f" — {html.escape(why)}")
        more = self.tr(" and %n more", "", len(matches) - 5) if len(matches) > 5 else ""
        self.ui.duplicatesLabel.setText(self.tr("<b>Possible duplicates:</b> {links}{more}").format(
            links="; ".join(links), more=more))
        self.ui.duplicatesFrame.show()

    def _on_link(self, href: str) -> None:
        if href.startswith("client:"):
            self.duplicates_did_request_open.emit(int(href.split(":", 1)[1]))
