"""The deal card's second pass on the embedded engine (issue #5): a new deal's form without a
client, the client picked later (name, contacts, primary preset), task versions on the card
(Done is checked against them), and a deal's files (listed on the deal and on its client)."""
from __future__ import annotations

import datetime as dt

import pytest

from app import clients, deal_files, deals, files, planner
from app.changes import CLIENT, DEAL
from app.clients import ClientDraft, ContactItem
from app.context import AppContext
from app.deals import DealDraft
from app.errors import ConflictError, UserError, ValidationError
from app.planner import TaskDraft


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


def _client(ctx, name="ООО Ромашка", contacts=()) -> int:
    return clients.save_client(ctx, ClientDraft(name=name, contacts=list(contacts))).id


def test_new_deal_form_without_a_client_then_the_client(ctx):
    form = deals.new_deal_form(ctx, None)
    sales = next(f for f in deals.funnels_with_stages(ctx) if f.is_default)
    assert form.draft.client_id is None and form.client_name == "" and form.contacts == []
    assert (form.draft.funnel_id, form.draft.stage_id, form.stage_name) == (sales.id, sales.stages[0].id, "New lead")
    assert form.draft.responsible_id == ctx.current_user_id() is not None
    with pytest.raises(ValidationError) as err:
        deals.save_deal(ctx, form.draft)
    assert err.value.field == "client_id"

    cid = _client(ctx, contacts=[ContactItem("Борис Петров", job_title="buyer"),
                                 ContactItem("Анна Иванова", is_primary=True)])
    picked = deals.deal_client(ctx, cid)
    assert picked.name == "ООО Ромашка" and [n for _i, n in picked.contacts] == ["Анна Иванова", "Борис Петров, buyer"]
    assert picked.primary_contact_id == picked.contacts[0][0]
    form2 = deals.new_deal_form(ctx, cid)
    assert form2.client_name == "ООО Ромашка" and form2.draft.contact_id == picked.primary_contact_id
    d = form.draft
    d.client_id, d.contact_id, d.title = cid, picked.contacts[1][0], "Насосы"
    saved = deals.save_deal(ctx, d)
    loaded = deals.load_deal(ctx, saved.id)
    assert (loaded.draft.client_id, loaded.draft.contact_id, loaded.stage_name) == (cid, picked.contacts[1][0],
                                                                                     "New lead")
    with pytest.raises(UserError):
        deals.deal_client(ctx, 999_999)


def test_card_tasks_carry_their_version_for_done(ctx):
    cid = _client(ctx)
    did = deals.save_deal(ctx, DealDraft(client_id=cid, title="Pumps")).id
    due = dt.datetime(2030, 5, 6, 10, 0)
    tid = planner.save_task(ctx, TaskDraft(title="Call the buyer", client_id=cid, deal_id=did, due_at=due)).id
    task = deals.load_deal(ctx, did).tasks[0]
    assert isinstance(task, deals.DealTask) and (task.id, task.title, task.status) == (tid, "Call the buyer", "OPEN")
    assert task.version is not None and task.due_at == due
    # someone moves it: Done with the version on the card is refused, nothing is completed
    planner.reschedule_task(ctx, tid, due + dt.timedelta(hours=1), task.version)
    with pytest.raises(ConflictError):
        planner.complete_task(ctx, tid, "reached", task.version, False)
    fresh = deals.load_deal(ctx, did).tasks[0]
    assert fresh.version == task.version + 1 and fresh.status == "OPEN"
    saved = planner.complete_task(ctx, tid, "agreed", fresh.version, True)
    form = deals.load_deal(ctx, did)
    assert form.tasks[0].status == "DONE" and saved.changes.touches(CLIENT, cid)
    assert [(i.kind, i.subject, i.deal_id) for i in form.interactions] == [("CALL", "Call the buyer", did)]


def test_deal_files_attach_list_read_delete(ctx):
    cid = _client(ctx)
    did = deals.save_deal(ctx, DealDraft(client_id=cid, title="Pumps")).id
    other = deals.save_deal(ctx, DealDraft(client_id=cid, title="Valves")).id
    saved = deal_files.attach_deal_file(ctx, did, "/tmp/offer v2.pdf", b"%PDF-1.4 offer")
    assert saved.changes.touches(DEAL, did) and saved.changes.touches(CLIENT, cid)
    deal_files.attach_deal_file(ctx, other, "other.txt", b"x")
    listed = deal_files.deal_files(ctx, did)
    assert [(f.id, f.file_name, f.size_bytes, f.mime_type) for f in listed] == [
        (saved.id, "offer v2.pdf", 14, "application/pdf")]
    assert {f.file_name for f in files.client_files(ctx, cid)} == {"offer v2.pdf", "other.txt"}
    assert files.read_file(ctx, saved.id) == ("offer v2.pdf", b"%PDF-1.4 offer")
    gone = deal_files.delete_deal_file(ctx, did, saved.id)
    assert gone.changes.touches(DEAL, did) and deal_files.deal_files(ctx, did) == []
    assert [f.file_name for f in deal_files.deal_files(ctx, other)] == ["other.txt"]
    with pytest.raises(UserError):
        deal_files.delete_deal_file(ctx, did, saved.id)
    with pytest.raises(ValidationError) as err:
        deal_files.attach_deal_file(ctx, did, "  ", b"x")
    assert err.value.field == "file_name"
    with pytest.raises(UserError):
        deal_files.attach_deal_file(ctx, 999_999, "a.txt", b"x")
