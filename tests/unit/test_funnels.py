"""Funnel administration (issue #5) on the embedded engine: save a funnel with its stage list,
reorder, the won/lost/probability rules, refused deletes naming the reason, lost reasons."""
from __future__ import annotations

import pytest

from app import automation, funnels, leads
from app.automation import Rule
from app.context import AppContext
from app.errors import ConflictError, ValidationError
from app.funnels import FunnelDraft, LostReasonItem, StageDraft
from app.leads import LeadDraft


def _stages():
    return [StageDraft("New", 10, "#9E9E9E"), StageDraft("Offer", 50, "#42A5F5", rot_days=7,
                                                             required_fields=("AMOUNT",)),
            StageDraft("Won", 100, "#66BB6A", is_won=True), StageDraft("Lost", 0, "#EF5350", is_lost=True)]


def _get(ctx, fid):
    ctx.reader.restart()
    return next(f for f in funnels.funnels(ctx) if f.id == fid)


def test_create_reorder_and_remove_a_stage(embedded_db):
    with AppContext(embedded_db) as ctx:
        saved = funnels.save_funnel(ctx, FunnelDraft("Partners", stages=_stages()))
        f = _get(ctx, saved.id)
        assert [s.name for s in f.stages] == ["New", "Offer", "Won", "Lost"]
        assert f.stages[1].required_fields == ("AMOUNT",) and f.stages[1].rot_days == 7
        # swap the two open stages, rename one, add a third, and save together
        f.stages[0], f.stages[1] = f.stages[1], f.stages[0]
        f.stages[0].name = "Proposal"
        f.stages.insert(2, StageDraft("Contract", 80))
        funnels.save_funnel(ctx, f)
        f = _get(ctx, saved.id)
        assert [s.name for s in f.stages] == ["Proposal", "New", "Contract", "Won", "Lost"]
        # remove "Contract" (unused) - fine
        f.stages = [s for s in f.stages if s.name != "Contract"]
        funnels.save_funnel(ctx, f)
        assert [s.name for s in _get(ctx, saved.id).stages] == ["Proposal", "New", "Won", "Lost"]


@pytest.mark.parametrize("change, field, text", [
    (lambda st: st[1].__setattr__("is_won", True), "stages", "exactly one won stage (it has 2)"),
    (lambda st: st.pop(3), "stages", "exactly one lost stage (it has 0)"),
    (lambda st: st[0].__setattr__("probability", 101), "stages[0].probability", "between 0 and 100"),
    (lambda st: st[1].__setattr__("name", "new"), "stages[1].name", "Two stages"),
    (lambda st: st[0].__setattr__("color", "blue"), "stages[0].color", "#1E88E5"),
    (lambda st: st[0].__setattr__("required_fields", ("SHOE_SIZE",)), "stages[0].required_fields", "SHOE_SIZE"),
    (lambda st: [st.pop(0), st.pop(0)], "stages", "at least one open stage"),
])
def test_validation(change, field, text):
    stages = _stages()
    change(stages)
    with pytest.raises(ValidationError) as exc:
        funnels.validate_funnel(FunnelDraft("F", stages=stages))
    assert exc.value.field == field and text in exc.value.message


def test_deletes_in_use_are_refused_with_the_reason(embedded_db):
    with AppContext(embedded_db) as ctx:
        saved = funnels.save_funnel(ctx, FunnelDraft("Used", stages=_stages()))
        f = _get(ctx, saved.id)
        leads.create_lead(ctx, LeadDraft(funnel_id=saved.id, client_name="In use"))
        automation.save_rule(ctx, Rule(name="On offer", event_kind="STAGE_ENTERED", stage_id=f.stages[1].id,
                                       title="t"))
        f = _get(ctx, saved.id)
        assert f.stages[0].deals == 1 and f.deals == 1
        with pytest.raises(ValidationError, match="1 deal"):
            funnels.save_funnel(ctx, FunnelDraft(f.name, stages=f.stages[1:], id=f.id, version=f.version))
        with pytest.raises(ValidationError, match="automation rule"):
            funnels.save_funnel(ctx, FunnelDraft(f.name, stages=[f.stages[0]] + f.stages[2:], id=f.id,
                                                 version=f.version))
        with pytest.raises(ValidationError, match="Switch it off"):
            funnels.delete_funnel(ctx, f.id)
        assert [s.name for s in _get(ctx, saved.id).stages] == ["New", "Offer", "Won", "Lost"]  # nothing lost
        empty = funnels.save_funnel(ctx, FunnelDraft("Empty", stages=_stages()))
        funnels.delete_funnel(ctx, empty.id)
        ctx.reader.restart()
        assert all(x.id != empty.id for x in funnels.funnels(ctx))


def test_default_funnel_is_unique_and_versions_are_checked(embedded_db):
    with AppContext(embedded_db) as ctx:
        saved = funnels.save_funnel(ctx, FunnelDraft("Second", is_default=True, stages=_stages()))
        ctx.reader.restart()
        assert [f.id for f in funnels.funnels(ctx) if f.is_default] == [saved.id]
        f = _get(ctx, saved.id)
        stale = FunnelDraft(f.name, stages=f.stages, id=f.id, version=f.version)
        f.name = "Second (renamed)"
        funnels.save_funnel(ctx, f)
        with pytest.raises(ConflictError):
            funnels.save_funnel(ctx, stale)


def test_lost_reasons(embedded_db):
    with AppContext(embedded_db) as ctx:
        saved = funnels.save_lost_reason(ctx, LostReasonItem("Too far away", sort_order=9))
        with pytest.raises(ValidationError, match="already exists"):
            funnels.save_lost_reason(ctx, LostReasonItem("too FAR away"))
        ctx.reader.restart()
        item = next(r for r in funnels.lost_reasons(ctx) if r.id == saved.id)
        item.is_active = False
        funnels.save_lost_reason(ctx, item)
        funnels.delete_lost_reason(ctx, saved.id)
        ctx.reader.restart()
        assert all(r.id != saved.id for r in funnels.lost_reasons(ctx))
