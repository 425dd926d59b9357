"""Custom fields: administrator definitions, typed values saved with the card, required ones enforced."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import clients, custom_fields
from app.clients import ClientDraft, ListFilter
from app.context import AppContext
from app.custom_fields import FieldDef
from app.errors import ValidationError


def test_defs_values_required_and_list_column(embedded_db):
    with AppContext(embedded_db) as ctx:
        seg = custom_fields.save_field_def(ctx, FieldDef(None, "CLIENT", "", "Сегмент", "LIST", True, ("A", "B")))
        emp = custom_fields.save_field_def(ctx, FieldDef(None, "CLIENT", "EMPLOYEES", "Employees", "NUMBER"))
        since = custom_fields.save_field_def(ctx, FieldDef(None, "CLIENT", "", "Client since", "DATE"))
        with pytest.raises(ValidationError) as exc:
            clients.save_client(ctx, ClientDraft(name="No segment", custom={}))
        assert exc.value.field == f"custom[{seg.id}]"
        with pytest.raises(ValidationError):
            clients.save_client(ctx, ClientDraft(name="Bad number", custom={seg.id: "A", emp.id: "many"}))
        saved = clients.save_client(ctx, ClientDraft(
            name="Segmented", custom={seg.id: "B", emp.id: "1 250", since.id: "2024-02-29"}))
        values = custom_fields.load_values(ctx, saved.id)
        assert values == {seg.id: "B", emp.id: Decimal("1250"), since.id: dt.date(2024, 2, 29)}
        page = clients.list_clients_page(ctx, flt=ListFilter(), custom_field_ids=(seg.id, emp.id))
        assert page.rows[0].custom[0] == "B" and page.rows[0].custom[1].startswith("1250")
        # a card saved without touching custom fields (custom=None) keeps them
        card = clients.load_client_card(ctx, saved.id)
        card.draft.city = "Тверь"
        clients.save_client(ctx, card.draft)
        assert custom_fields.load_values(ctx, saved.id)[seg.id] == "B"


def test_move_field_renumbers_and_stops_at_the_ends(embedded_db):
    with AppContext(embedded_db) as ctx:
        before = [fd.id for fd in custom_fields.field_defs(ctx, "DEAL")]
        a = custom_fields.save_field_def(ctx, FieldDef(None, "DEAL", "", "Alpha", "TEXT", sort_order=5))
        b = custom_fields.save_field_def(ctx, FieldDef(None, "DEAL", "", "Beta", "TEXT", sort_order=5))
        c = custom_fields.save_field_def(ctx, FieldDef(None, "DEAL", "", "Gamma", "BOOL", sort_order=7))
        ids = lambda defs: [fd.id for fd in defs if fd.id not in before]  # noqa: E731
        assert ids(custom_fields.field_defs(ctx, "DEAL")) == [a.id, b.id, c.id]
        moved = custom_fields.move_field(ctx, c.id, -1)
        assert ids(moved) == [a.id, c.id, b.id]
        assert ids(custom_fields.field_defs(ctx, "DEAL")) == [a.id, c.id, b.id]
        assert [fd.sort_order for fd in moved] == [10 * n for n in range(1, len(moved) + 1)]
        assert ids(custom_fields.move_field(ctx, a.id, -1)) == [a.id, c.id, b.id]  # already first
        assert ids(custom_fields.move_field(ctx, a.id, +1)) == [c.id, a.id, b.id]
        with pytest.raises(ValidationError):
            custom_fields.move_field(ctx, 999999, 1)
