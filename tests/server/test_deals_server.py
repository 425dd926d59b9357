"""Deals on the Firebird 3 server as a CRM_MANAGER login (issue #5 with issue #4's visibility).

MGR1 and MGR2 are managers of one department with OWN scope: each may move, close and edit the
deals of his own clients and must not see or touch the other's; two connections of one login
saving the same deal get a ConflictError, never a silent overwrite.
"""
from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from app import clients, deals, users
from app.clients import ClientDraft, ContactItem
from app.context import AppContext, spec_from
from app.deals import DealDraft, DealLineItem
from app.errors import ConflictError, NotAllowed, UserError

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "deals_security.fdb"
    shutil.copy(server_template, path)
    dsn = fb_server.dsn(path)
    out = {"dsn": dsn, "clients": {}, "deals": {}}
    with AppContext(spec_from(dsn, "SYSDBA", fb_server.password)) as ctx:
        for login in ("MGR1", "MGR2"):
            users.add_user(ctx, login, "CRM_MANAGER", PASSWORD, department="Sales", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        for mgr in ("MGR1", "MGR2"):
            cid = clients.save_client(ctx, ClientDraft(name=f"Client of {mgr}", responsible_id=uid[mgr],
                                                       contacts=[ContactItem(f"Contact of {mgr}")])).id
            out["clients"][mgr] = cid
            out["deals"][mgr] = deals.save_deal(ctx, DealDraft(client_id=cid, title=f"Deal of {mgr}",
                                                               responsible_id=uid[mgr], amount=Decimal(100))).id
    out["uid"] = uid
    yield out
    path.unlink(missing_ok=True)


def _as(world, login):
    return AppContext(spec_from(world["dsn"], login, PASSWORD))


def _stage(ctx, name):
    return next(s for f in deals.funnels_with_stages(ctx) for s in f.stages if s.name == name)


def test_manager_moves_and_closes_own_deal(world):
    deal_id = world["deals"]["MGR1"]
    with _as(world, "MGR1") as ctx:
        assert ctx.info.role == "CRM_MANAGER"
        assert deals.lost_reasons(ctx)  # reference data is readable
        v = deals.load_deal(ctx, deal_id).draft.version
        v = deals.move_deal_stage(ctx, deal_id, _stage(ctx, "Proposal").id, version=v).version
        deals.move_deal_stage(ctx, deal_id, _stage(ctx, "Qualification").id, version=v)  # backwards
        deals.close_deals_lost(ctx, [deal_id], deals.lost_reasons(ctx)[0][0], "by MGR1")
        form = deals.load_deal(ctx, deal_id)
        assert form.outcome == "LOST" and form.lost_comment == "by MGR1"
        assert [h.moved_by for h in form.history[1:]] == ["MGR1"] * 3
        assert [h.to_stage for h in form.history] == ["New lead", "Proposal", "Qualification", "Lost"]
        deals.reopen_deal(ctx, deal_id)
        assert deals.load_deal(ctx, deal_id).stage_name == "Qualification"
        # a new deal of his own client: he is responsible by default
        saved = deals.save_deal(ctx, DealDraft(client_id=world["clients"]["MGR1"], title="Second",
                                               lines=[DealLineItem("Pump", qty=Decimal(2), price=Decimal(50))]))
        form = deals.load_deal(ctx, saved.id)
        assert form.draft.responsible_id == world["uid"]["MGR1"] and form.draft.amount == Decimal(100)
        with pytest.raises(NotAllowed) as e:  # managers close deals as lost; heads and admins delete
            deals.delete_deal(ctx, saved.id)
        assert "close it as lost" in str(e.value)


def test_manager_cannot_touch_another_managers_deal(world):
    other = world["deals"]["MGR2"]
    with _as(world, "MGR1") as ctx:
        with pytest.raises(UserError) as e:
            deals.load_deal(ctx, other)
        assert "not visible" in str(e.value)
        with pytest.raises(UserError):
            deals.move_deal_stage(ctx, other, _stage(ctx, "Proposal").id)
        with pytest.raises(UserError):
            deals.close_deal_won(ctx, other)
        own = world["deals"]["MGR1"]
        with pytest.raises(UserError) as e:  # all or nothing: his own deal stays as it was
            deals.close_deals_lost(ctx, [own, other], deals.lost_reasons(ctx)[0][0], None)
        assert "nothing was closed" in str(e.value)
        assert deals.load_deal(ctx, own).outcome == "OPEN"
        with pytest.raises(NotAllowed):  # a deal for a client he cannot see: the guard trigger refuses
            deals.save_deal(ctx, DealDraft(client_id=world["clients"]["MGR2"], title="Sneaky"))
    with _as(world, "MGR2") as ctx:
        form = deals.load_deal(ctx, other)
        assert form.outcome == "OPEN" and form.stage_name == "New lead" and len(form.history) == 1


def test_conflict_between_two_connections(world):
    deal_id = world["deals"]["MGR2"]
    with _as(world, "MGR2") as a, _as(world, "MGR2") as b:
        draft_a = deals.load_deal(a, deal_id).draft
        draft_b = deals.load_deal(b, deal_id).draft
        draft_a.next_step = "Call on Monday"
        deals.save_deal(a, draft_a)
        draft_b.title = "Changed in B"
        with pytest.raises(ConflictError) as e:
            deals.save_deal(b, draft_b)
        assert e.value.info.changed_by == "MGR2"
        with pytest.raises(ConflictError):
            deals.move_deal_stage(b, deal_id, _stage(b, "Proposal").id, version=draft_b.version)
        form = deals.load_deal(b, deal_id)
        assert form.draft.title == "Deal of MGR2" and form.draft.next_step == "Call on Monday"
