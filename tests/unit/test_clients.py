"""Client card use cases on both engines: save, load (bounded round trips), search in any phone
format, duplicates, lifecycle, history, and the optimistic-locking conflict with two sessions."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from app import clients, interactions
from app.clients import AddressItem, ClientDraft, ContactItem, EmailItem, PhoneItem
from app.context import AppContext
from app.errors import ConflictError, ValidationError


@pytest.fixture(params=["embedded", "server"])
def spec(request):
    return request.getfixturevalue("embedded_db" if request.param == "embedded" else "server_db")


def _romashka() -> ClientDraft:
    return ClientDraft(
        name="ООО «Ромашка»", legal_name="Общество с ограниченной ответственностью «Ромашка»", kind="COMPANY",
        inn="7707083893", kpp="773601001", city="Москва",
        phones=[PhoneItem("+7 (495) 123-45-67", is_primary=True)],
        emails=[EmailItem("Info@Romashka.RU")],
        contacts=[ContactItem("Петров Иван Сергеевич", job_title="Директор", birthday=dt.date(1980, 5, 17),
                              phones=[PhoneItem("8 912 345-67-89", kind="MOBILE")],
                              emails=[EmailItem("petrov@romashka.ru")])],
        addresses=[AddressItem(kind="LEGAL", city="Москва", street="ул. Ленина, 1", zip_code="101000")],
        note="Первый клиент.\n" * 10,
    )


def test_save_and_load_card(spec):
    with AppContext(spec) as ctx:
        saved = clients.save_client(ctx, _romashka())
        card = clients.load_client_card(ctx, saved.id)
    d = card.draft
    assert d.name == "ООО «Ромашка»" and d.version == saved.version == 1
    assert d.phones[0].number == "+7 495 123-45-67"
    assert d.emails[0].email == "info@romashka.ru"
    assert d.contacts[0].full_name == "Петров Иван Сергеевич"
    assert d.contacts[0].phones[0].number == "+7 912 345-67-89"
    assert d.addresses[0].zip_code == "101000"
    assert d.note.startswith("Первый клиент.")
    assert card.created_by == "SYSDBA"


def test_card_opens_in_bounded_round_trips(spec):
    """Correctness bound, not timing: ≤ 4 statements to the server cold, 2 warm (issue #3)."""
    with AppContext(spec) as ctx:
        saved = clients.save_client(ctx, _romashka())
        r = ctx.reader
        p0, e0 = r.prepares, r.executions
        clients.load_client_card(ctx, saved.id)
        assert (r.prepares - p0) + (r.executions - e0) <= 4
        p1, e1 = r.prepares, r.executions
        clients.load_client_card(ctx, saved.id)
        assert r.prepares == p1 and r.executions - e1 == 2


@pytest.mark.parametrize("typed", ["+7 (495) 123-45-67", "84951234567", "4951234567", "495 123", "123-45-67"])
def test_search_by_phone_in_any_format(embedded_db, typed):
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, _romashka())
        clients.save_client(ctx, ClientDraft(name="Other", phones=[PhoneItem("+7 812 000-00-00")]))
        found = clients.search_clients(ctx, typed)
    assert [r.id for r in found] == [saved.id]


@pytest.mark.parametrize("typed", ["ромашка", "Ромашка", "рома", "7707083893", "info@romashka",
                                   "петров", "Петров Иван"])
def test_search_by_name_inn_email_contact(embedded_db, typed):
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, _romashka())
        clients.save_client(ctx, ClientDraft(name="Лютик", city="Казань"))
        found = clients.search_clients(ctx, typed)
    assert [r.id for r in found] == [saved.id]


def test_validation_messages_name_the_field(embedded_db):
    with AppContext(embedded_db) as ctx:
        bad = [
            (ClientDraft(name=""), "name"),
            (ClientDraft(name="X", phones=[PhoneItem("12")]), "phones[0]"),
            (ClientDraft(name="X", emails=[EmailItem("not-an-email")]), "emails[0]"),
            (ClientDraft(name="X", inn="7707083894"), "inn"),
            (ClientDraft(name="X", contacts=[ContactItem("")]), "contacts[0].full_name"),
            (ClientDraft(name="X", note="x" * 1_000_001), "note"),
        ]
        for draft, fld in bad:
            with pytest.raises(ValidationError) as exc:
                clients.save_client(ctx, draft)
            assert exc.value.field == fld, (fld, str(exc.value))
        assert clients.list_clients_page(ctx).rows == []  # nothing half-saved


def test_conflict_with_two_sessions_names_user_and_fields(spec):
    """Two workstations open the same card; the second save is refused, never a silent overwrite."""
    with AppContext(spec) as a_ctx:
        saved = clients.save_client(a_ctx, _romashka())
    with AppContext(spec, guard=False) as a_ctx, AppContext(spec, guard=False) as b_ctx:
        a_card = clients.load_client_card(a_ctx, saved.id)
        b_card = clients.load_client_card(b_ctx, saved.id)
        a_orig, b_orig = copy.deepcopy(a_card.draft), copy.deepcopy(b_card.draft)
        a_card.draft.city = "Санкт-Петербург"
        clients.save_client(a_ctx, a_card.draft, a_orig)
        b_card.draft.website = "romashka.ru"
        with pytest.raises(ConflictError) as exc:
            clients.save_client(b_ctx, b_card.draft, b_orig)
        assert exc.value.info.changed_by == "SYSDBA"
        assert exc.value.info.fields == ("city",)
        # "overwrite": the user saw the conflict and chose to save over it
        clients.save_client(b_ctx, b_card.draft, b_orig, force=True)
        final = clients.load_client_card(a_ctx, saved.id).draft
    assert final.website == "romashka.ru" and final.version == 3


def test_duplicates_by_phone_email_inn_name(embedded_db):
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, _romashka())
        for draft, reason in [
            (ClientDraft(name="New", phones=[PhoneItem("84951234567")]), "phone"),
            (ClientDraft(name="New", emails=[EmailItem("INFO@romashka.ru")]), "email"),
            (ClientDraft(name="New", inn="7707083893"), "inn"),
            (ClientDraft(name="ооо ромашка"), "name"),
        ]:
            matches = clients.find_duplicates(ctx, draft)
            assert [m.client_id for m in matches] == [saved.id] and reason in matches[0].reasons
        assert clients.find_duplicates(ctx, ClientDraft(name="Совсем другой")) == []


def test_lifecycle_status_change_is_recorded(embedded_db):
    from sqlalchemy import select

    from db.models import ClientStatusHistory

    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, _romashka())
        s2 = clients.set_status(ctx, saved.id, saved.version, "ACTIVE")
        s3 = clients.set_status(ctx, saved.id, s2.version, "LOST")
        clients.set_status(ctx, saved.id, s3.version, "ACTIVE")
        with pytest.raises(ConflictError):
            clients.set_status(ctx, saved.id, s3.version, "REGULAR")
        with ctx.sessions() as s:
            moves = s.execute(select(ClientStatusHistory.to_status, ClientStatusHistory.changed_by)
                              .where(ClientStatusHistory.client_id == saved.id).order_by(ClientStatusHistory.id)).all()
    assert [m[0] for m in moves] == ["POTENTIAL", "ACTIVE", "LOST", "ACTIVE"]
    assert all(m[1].strip() == "SYSDBA" for m in moves)


def test_interaction_updates_history_and_summary(spec):
    with AppContext(spec) as ctx:
        saved = clients.save_client(ctx, _romashka())
        clients.load_client_card(ctx, saved.id)
        t = dt.datetime(2026, 10, 1, 9, 30)
        interactions.add_interaction(ctx, interactions.InteractionDraft(saved.id, "CALL", occurred_at=t, duration_sec=120,
                                                                         result="REACHED", subject="Обсудили цену"))
        interactions.add_interaction(ctx, interactions.InteractionDraft(
            saved.id, "CALL", occurred_at=t + dt.timedelta(days=1), result="NO_ANSWER"))
        interactions.add_interaction(ctx, interactions.InteractionDraft(saved.id, "NOTE", body="Длинная заметка " * 5000))
        card = clients.load_client_card(ctx, saved.id)
        calls = interactions.client_history(ctx, saved.id, "CALL")
        assert card.last_contact_at == t and card.last_attempt_at == t + dt.timedelta(days=1)
        assert [h.kind for h in card.history] == ["NOTE", "CALL", "CALL"]  # newest first
        assert [h.result for h in calls] == ["NO_ANSWER", "REACHED"]
        assert card.draft.version == saved.version  # logging a call is not an edit of the client
        with pytest.raises(ValidationError):
            interactions.add_interaction(ctx, interactions.InteractionDraft(saved.id, "NOTE", body="x" * 1_000_001))


def test_list_row_shows_main_phone_email_and_tags(embedded_db):
    from sqlalchemy import select

    from db.models import Tag

    with AppContext(embedded_db) as ctx:
        with ctx.sessions() as s:
            vip = s.scalar(select(Tag.id).where(Tag.name == "VIP"))
        d = _romashka()
        d.tag_ids = [vip]
        clients.save_client(ctx, d)
        row = clients.list_clients_page(ctx).rows[0]
    assert (row.phone, row.email, row.tags) == ("+7 495 123-45-67", "info@romashka.ru", "VIP")


def test_untouched_legacy_phone_does_not_block_a_save(embedded_db):
    """An imported number that today's check refuses must not stop the user editing the city."""
    from sqlalchemy import update

    from db.models import ClientPhone

    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, _romashka())
        with ctx.sessions.begin() as s:
            s.execute(update(ClientPhone).where(ClientPhone.client_id == saved.id, ClientPhone.contact_id.is_(None))
                      .values(phone="12-34 old"))
        card = clients.load_client_card(ctx, saved.id)
        orig = copy.deepcopy(card.draft)
        card.draft.city = "Тула"
        clients.save_client(ctx, card.draft, orig)
        assert clients.load_client_card(ctx, saved.id).draft.phones[0].number == "12-34 old"
        card = clients.load_client_card(ctx, saved.id)
        orig = copy.deepcopy(card.draft)
        card.draft.phones[0].number = "12-34 new"  # a *changed* number is checked
        with pytest.raises(ValidationError):
            clients.save_client(ctx, card.draft, orig)


def test_international_prefix_00():
    from app import validate

    assert validate.phone("0049 30 3913 8280").e164 == "+493039138280"


def test_delete_a_client_with_deals_tasks_and_history(embedded_db):
    from app import demo

    with AppContext(embedded_db) as ctx:
        demo.generate(ctx, clients=30)
        cid = ctx.reader.query("SELECT FIRST 1 d.CLIENT_ID FROM DEALS d JOIN TASKS t ON t.CLIENT_ID = d.CLIENT_ID")[0][0]
        version = clients.load_client_card(ctx, cid).draft.version
        clients.delete_client(ctx, cid, version)
        assert ctx.reader.query("SELECT COUNT(*) FROM DEALS WHERE CLIENT_ID = ?", (cid,)) == [(0,)]
        with pytest.raises(Exception, match="no longer exists"):
            clients.load_client_card(ctx, cid)
