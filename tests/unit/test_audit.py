"""The audit trail: triggers record who changed which field from what to what."""
from __future__ import annotations

import copy

from app import audit, clients
from app.clients import ClientDraft, PhoneItem
from app.context import AppContext


def test_card_changes_are_audited_field_by_field(embedded_db):
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, ClientDraft(name="Audit Ltd", city="Москва",
                                                     phones=[PhoneItem("+7 495 111-22-33")]))
        card = clients.load_client_card(ctx, saved.id)
        orig = copy.deepcopy(card.draft)
        card.draft.city = "Казань"
        card.draft.phones[0].number = "+7 495 111-22-44"
        clients.save_client(ctx, card.draft, orig)
        entries = audit.client_audit(ctx, saved.id)
    changes = {(e.table, e.field): (e.old, e.new) for e in entries if e.action == "U"}
    assert changes[("CLIENTS", "CITY")] == ("Москва", "Казань")
    assert changes[("PHONES", "PHONE")] == ("+7 495 111-22-33", "+7 495 111-22-44")
    created = [e for e in entries if e.action == "I"]
    assert ("CLIENTS", "Audit Ltd") in {(e.table, e.new) for e in created}
    assert all(e.user == "SYSDBA" for e in entries)
    # derived columns (search keys, summaries) are not noise in the trail
    assert not any(e.field in ("SEARCH_NAME", "VERSION", "CHANGED_AT") for e in entries)
