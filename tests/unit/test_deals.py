"""Deal use cases on the embedded engine (issue #5): entry rules, backward moves and their history,
won/lost with reasons (one and many, all or nothing), reopen, optimistic locking, lines and totals,
validation, prices. The seeded funnel "Sales": New lead, Qualification, Proposal (AMOUNT),
Negotiation (AMOUNT), Won, Lost."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app import clients, deals
from app.clients import ClientDraft, ContactItem
from app.context import AppContext
from app.deals import DealDraft, DealLineItem
from app.errors import ConflictError, UserError, ValidationError
from db.models import Deal, Funnel, LostReason, Price, PriceList, Product, Stage


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


def _sales(ctx) -> deals.FunnelInfo:
    return next(f for f in deals.funnels_with_stages(ctx) if f.is_default)


def _stage(ctx, name: str) -> deals.StageInfo:
    return next(s for s in _sales(ctx).stages if s.name == name)


def _client(ctx, name="ООО Ромашка", contacts=()) -> int:
    return clients.save_client(ctx, ClientDraft(name=name, contacts=[ContactItem(c) for c in contacts])).id


def _deal(ctx, client_id, **kw) -> deals.Saved:
    return deals.save_deal(ctx, DealDraft(client_id=client_id, title=kw.pop("title", "Поставка"), **kw))


def _row(ctx, deal_id) -> Deal:
    with ctx.sessions() as s:
        return s.get(Deal, deal_id)


def test_funnels_and_reasons(ctx):
    fs = deals.funnels_with_stages(ctx)
    assert [f.name for f in fs] == ["Sales"] and fs[0].is_default
    names = [s.name for s in fs[0].stages]
    assert names == ["New lead", "Qualification", "Proposal", "Negotiation", "Won", "Lost"]
    assert fs[0].stage(fs[0].stages[2].id).required_fields == ("AMOUNT",)
    assert fs[0].won_stage.is_won and fs[0].lost_stage.is_lost and len(fs[0].open_stages) == 4
    assert [r[1] for r in deals.lost_reasons(ctx)][:2] == ["Price too high", "Chose a competitor"]
    with ctx.sessions.begin() as s:
        s.execute(update(LostReason).where(LostReason.name == "Price too high").values(is_active=False))
    assert "Price too high" not in [r[1] for r in deals.lost_reasons(ctx)]


def test_new_deal_defaults(ctx):
    saved = _deal(ctx, _client(ctx))
    form = deals.load_deal(ctx, saved.id)
    assert form.stage_name == "New lead" and form.funnel_name == "Sales" and form.outcome == "OPEN"
    assert form.draft.responsible_id == ctx.current_user_id() and form.draft.currency == "RUB"
    assert form.probability == 10  # from the stage
    saved = deals.save_deal(ctx, form.draft.__class__(**{**form.draft.__dict__, "probability": 55}))
    assert deals.load_deal(ctx, saved.id).probability == 55
    assert [(h.from_stage, h.to_stage, h.moved_by) for h in form.history] == [(None, "New lead", "SYSDBA")]


def test_entry_rules_name_missing_fields(ctx):
    cid = _client(ctx, contacts=["Петров"])
    saved = _deal(ctx, cid)
    with pytest.raises(ValidationError) as e:
        deals.move_deal_stage(ctx, saved.id, _stage(ctx, "Proposal").id)
    assert e.value.field == "amount" and "amount" in str(e.value) and "Proposal" in str(e.value)
    assert _row(ctx, saved.id).stage_id == _stage(ctx, "New lead").id  # nothing moved
    with ctx.sessions.begin() as s:
        s.execute(update(Stage).where(Stage.name == "Negotiation").values(required_fields="AMOUNT, CONTACT_ID,lines"))
    form = deals.load_deal(ctx, saved.id)
    d = form.draft
    d.amount = Decimal("1000")
    deals.save_deal(ctx, d)
    deals.move_deal_stage(ctx, saved.id, _stage(ctx, "Proposal").id)
    with pytest.raises(ValidationError) as e:
        deals.move_deal_stage(ctx, saved.id, _stage(ctx, "Negotiation").id)
    assert e.value.field == "contact_id"
    assert "contact person" in str(e.value) and "products" in str(e.value) and "amount" not in str(e.value)
    # a save keeps the rules of the current stage: clearing the amount in "Proposal" is refused
    d = deals.load_deal(ctx, saved.id).draft
    d.amount = Decimal(0)
    with pytest.raises(ValidationError) as e:
        deals.save_deal(ctx, d)
    assert e.value.field == "amount"
    d = deals.load_deal(ctx, saved.id).draft
    d.contact_id = deals.load_deal(ctx, saved.id).contacts[0][0]
    d.lines = [DealLineItem("Насос", qty=Decimal(2), price=Decimal(500))]
    deals.save_deal(ctx, d)
    deals.move_deal_stage(ctx, saved.id, _stage(ctx, "Negotiation").id)
    assert _row(ctx, saved.id).stage_id == _stage(ctx, "Negotiation").id


def test_backward_move_recorded_with_from_to_and_user(ctx):
    saved = _deal(ctx, _client(ctx), amount=Decimal(10))
    for name in ("Qualification", "Proposal", "Qualification"):
        v = deals.move_deal_stage(ctx, saved.id, _stage(ctx, name).id).version
    form = deals.load_deal(ctx, saved.id)
    assert form.draft.version == v == 4
    assert [(h.from_stage, h.to_stage) for h in form.history] == [
        (None, "New lead"), ("New lead", "Qualification"), ("Qualification", "Proposal"),
        ("Proposal", "Qualification")]
    assert {h.moved_by for h in form.history} == {"SYSDBA"} and form.history[-1].moved_by_name == "Administrator"
    assert all(h.days_in_stage == 0 for h in form.history)
    # the same stage again is no move and no history row
    assert deals.move_deal_stage(ctx, saved.id, _stage(ctx, "Qualification").id).changes.kinds == frozenset()
    assert len(deals.load_deal(ctx, saved.id).history) == 4


def test_stage_of_another_funnel_refused(ctx):
    with ctx.sessions.begin() as s:
        f = Funnel(name="Tenders", sort_order=2)
        s.add(f)
        s.flush()
        s.add(Stage(funnel_id=f.id, name="Announcement", sort_order=1))
    other = next(f for f in deals.funnels_with_stages(ctx) if f.name == "Tenders").stages[0]
    saved = _deal(ctx, _client(ctx))
    with pytest.raises(ValidationError) as e:
        deals.move_deal_stage(ctx, saved.id, other.id)
    assert e.value.field == "stage_id" and "another funnel" in str(e.value)


def test_won_and_lost_set_outcome_and_closed_at_reopen_clears(ctx):
    cid = _client(ctx)
    won = _deal(ctx, cid, amount=Decimal(5))
    deals.close_deal_won(ctx, won.id)
    r = _row(ctx, won.id)
    assert r.outcome == "WON" and r.closed_at is not None and r.stage_id == _stage(ctx, "Won").id
    lost = _deal(ctx, cid, title="Второй")
    with pytest.raises(ValidationError) as e:
        deals.move_deal_stage(ctx, lost.id, _stage(ctx, "Lost").id)
    assert e.value.field == "lost_reason_id"
    reason_id, reason = deals.lost_reasons(ctx)[1]
    ch = deals.close_deals_lost(ctx, [lost.id], reason_id, "  ушли к конкуренту ")
    assert ch.touches("deal", lost.id) and ch.touches("client", cid)
    form = deals.load_deal(ctx, lost.id)
    assert (form.outcome, form.lost_reason, form.lost_comment) == ("LOST", reason, "ушли к конкуренту")
    assert form.closed_at is not None and form.probability == 0
    deals.move_deal_stage(ctx, won.id, _stage(ctx, "Proposal").id)  # a won deal moved back is open again
    r = _row(ctx, won.id)
    assert r.outcome == "OPEN" and r.closed_at is None
    deals.reopen_deal(ctx, lost.id)  # back to the stage it was lost from
    form = deals.load_deal(ctx, lost.id)
    assert (form.outcome, form.stage_name, form.lost_reason_id, form.closed_at) == ("OPEN", "New lead", None, None)
    assert [h.to_stage for h in form.history] == ["New lead", "Lost", "New lead"]


def test_bulk_lost_all_or_nothing(ctx):
    cid = _client(ctx)
    a, b = _deal(ctx, cid, title="A").id, _deal(ctx, cid, title="B").id
    reason_id = deals.lost_reasons(ctx)[0][0]
    with pytest.raises(ValidationError) as e:
        deals.close_deals_lost(ctx, [a, b], None, None)
    assert e.value.field == "lost_reason_id"
    with ctx.sessions.begin() as s:
        s.execute(update(LostReason).where(LostReason.id == reason_id).values(is_active=False))
    with pytest.raises(ValidationError) as e:
        deals.close_deals_lost(ctx, [a, b], reason_id, None)
    assert "no longer offered" in str(e.value)
    reason_id = deals.lost_reasons(ctx)[0][0]
    with pytest.raises(UserError) as e:
        deals.close_deals_lost(ctx, [a, 999999, b], reason_id, None)
    assert "nothing was closed" in str(e.value)
    assert {_row(ctx, a).outcome, _row(ctx, b).outcome} == {"OPEN"}
    # an entry rule on the lost stage that B fails: A is not closed either, the message names B
    with ctx.sessions.begin() as s:
        s.execute(update(Stage).where(Stage.name == "Lost").values(required_fields="NEXT_STEP"))
    d = deals.load_deal(ctx, a).draft
    d.next_step = "Позвонить"
    deals.save_deal(ctx, d)
    with pytest.raises(ValidationError) as e:
        deals.close_deals_lost(ctx, [a, b], reason_id, None)
    assert "“B”" in str(e.value) and "next step" in str(e.value)
    assert {_row(ctx, a).outcome, _row(ctx, b).outcome} == {"OPEN"}
    with ctx.sessions.begin() as s:
        s.execute(update(Stage).where(Stage.name == "Lost").values(required_fields=None))
    ch = deals.close_deals_lost(ctx, [a, b, a], reason_id, "пакетом")
    assert ch.ids["deal"] == frozenset({a, b})
    for i in (a, b):
        r = _row(ctx, i)
        assert (r.outcome, r.lost_reason_id, r.lost_comment) == ("LOST", reason_id, "пакетом")


def test_version_conflict(ctx):
    saved = _deal(ctx, _client(ctx))
    stale = deals.load_deal(ctx, saved.id).draft
    deals.move_deal_stage(ctx, saved.id, _stage(ctx, "Qualification").id, version=saved.version)
    with pytest.raises(ConflictError) as e:
        deals.move_deal_stage(ctx, saved.id, _stage(ctx, "New lead").id, version=saved.version)
    assert e.value.info.changed_by == "SYSDBA"
    stale.title = "Моя правка"
    with pytest.raises(ConflictError):
        deals.save_deal(ctx, stale)
    with pytest.raises(ConflictError):
        deals.close_deal_won(ctx, saved.id, version=saved.version)
    assert _row(ctx, saved.id).title == "Поставка"
    forced = deals.save_deal(ctx, stale, force=True)  # the user's "overwrite"
    assert _row(ctx, saved.id).title == "Моя правка" and forced.version == 3


def test_lines_amounts_totals_and_diff(ctx):
    saved = _deal(ctx, _client(ctx), amount=Decimal(999), lines=[
        DealLineItem("Насос", qty=Decimal(3), price=Decimal("333.33"), discount_pct=Decimal("12.5")),
        DealLineItem("Монтаж", qty=Decimal("1.5"), price=Decimal(1000)),
        DealLineItem("Доставка", qty=Decimal(1), price=Decimal("0.01"), discount_pct=Decimal(50)),
    ])
    form = deals.load_deal(ctx, saved.id)
    amounts = [ln.amount for ln in form.draft.lines]
    assert amounts == [Decimal("874.99"), Decimal("1500.00"), Decimal("0.01")]  # half-up to kopecks
    assert form.draft.amount == sum(amounts) == Decimal("2375.00")
    ids = [ln.id for ln in form.draft.lines]
    d = form.draft
    d.lines[1].qty = Decimal(2)
    d.lines[1].amount = Decimal(1)  # never trusted
    del d.lines[2]
    d.lines.append(DealLineItem("Гарантия", qty=Decimal(1), price=Decimal(100)))
    deals.save_deal(ctx, d)
    form = deals.load_deal(ctx, saved.id)
    assert [ln.id for ln in form.draft.lines][:2] == ids[:2] and ids[2] not in [ln.id for ln in form.draft.lines]
    assert [ln.name for ln in form.draft.lines] == ["Насос", "Монтаж", "Гарантия"]
    assert form.draft.amount == Decimal("874.99") + Decimal(2000) + Decimal(100)
    assert deals.line_amount(Decimal(1), Decimal("0.05"), Decimal(50)) == Decimal("0.03")


@pytest.mark.parametrize(("change", "field"), [
    ({"title": "  "}, "title"),
    ({"amount": Decimal(-1)}, "amount"),
    ({"probability": 101}, "probability"),
    ({"currency": "RU"}, "currency"),
    ({"currency": "R1B"}, "currency"),
    ({"lines": [DealLineItem("X", qty=Decimal(0), price=Decimal(1))]}, "lines[0].qty"),
    ({"lines": [DealLineItem("X", qty=Decimal(1), price=Decimal(-1))]}, "lines[0].price"),
    ({"lines": [DealLineItem("X", qty=Decimal(1), price=Decimal(1), discount_pct=Decimal(120))]},
     "lines[0].discount_pct"),
    ({"lines": [DealLineItem(" ", qty=Decimal(1), price=Decimal(1))]}, "lines[0].name"),
])
def test_validation(ctx, change, field):
    cid = _client(ctx)
    with pytest.raises(ValidationError) as e:
        deals.save_deal(ctx, DealDraft(client_id=cid, **{"title": "Сделка", "currency": "rub", **change}))
    assert e.value.field == field and str(e.value)
    with ctx.sessions() as s:
        assert s.scalar(select(Deal.id).limit(1)) is None


def test_contact_must_belong_to_client(ctx):
    other = _client(ctx, "Лютик", contacts=["Сидоров"])
    contact = deals.new_deal_form(ctx, other).contacts[0][0]
    with pytest.raises(ValidationError) as e:
        _deal(ctx, _client(ctx), contact_id=contact)
    assert e.value.field == "contact_id"


def test_new_deal_form(ctx):
    cid = _client(ctx, contacts=["Петров"])
    form = deals.new_deal_form(ctx, cid)
    assert form.client_name == "ООО Ромашка" and form.stage_name == "New lead" and form.probability == 10
    assert [c[1] for c in form.contacts] == ["Петров"] and form.draft.version is None
    with pytest.raises(UserError):
        deals.new_deal_form(ctx, 999999)


def test_card_loads_in_bounded_round_trips(ctx):
    saved = _deal(ctx, _client(ctx), lines=[DealLineItem("X", qty=Decimal(1), price=Decimal(1))])
    r = ctx.reader
    p0, e0 = r.prepares, r.executions
    deals.load_deal(ctx, saved.id)
    assert (r.prepares - p0) + (r.executions - e0) <= 4
    p1, e1 = r.prepares, r.executions
    deals.load_deal(ctx, saved.id)
    assert r.prepares == p1 and r.executions - e1 == 2


def test_price_for_and_products(ctx):
    today = dt.date.today()
    with ctx.sessions.begin() as s:
        pl = PriceList(name="Base")
        p = Product(name="Насос", sku="P-1", unit="pcs")
        s.add_all([pl, p])
        s.flush()
        s.add_all([Price(price_list_id=pl.id, product_id=p.id, price=Decimal(100), valid_from=today - dt.timedelta(30)),
                   Price(price_list_id=pl.id, product_id=p.id, price=Decimal(120), valid_from=today - dt.timedelta(1)),
                   Price(price_list_id=pl.id, product_id=p.id, price=Decimal(150), valid_from=today + dt.timedelta(9))])
        pid = p.id
    assert deals.price_for(ctx, pid) == Decimal(120)
    assert deals.price_for(ctx, pid, on=today - dt.timedelta(10)) == Decimal(100)
    assert deals.price_for(ctx, pid, on=today + dt.timedelta(10)) == Decimal(150)
    assert deals.price_for(ctx, pid, on=today - dt.timedelta(100)) is None
    assert [(c.name, c.price) for c in deals.product_choices(ctx)] == [("Насос", Decimal(120))]


def test_delete_deal(ctx):
    saved = _deal(ctx, _client(ctx))
    ch = deals.delete_deal(ctx, saved.id, saved.version)
    assert ch.changes.touches("deal", saved.id)
    with pytest.raises(UserError):
        deals.load_deal(ctx, saved.id)
