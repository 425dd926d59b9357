"""Leads and their distribution (issue #5) on the embedded engine: the deal lands in the funnel's
first open stage, round-robin is fair (3N leads over N managers -> N each), inactive managers and
those who take no leads are skipped, least-loaded fills the emptiest manager, and bad input is a
ValidationError that writes nothing."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from app import leads, users
from app.context import AppContext, spec_from
from app.errors import NotAllowed, ValidationError
from app.leads import Distribution, LeadDraft
from db.models import CrmUser, Deal


def _setup(ctx, managers=("M1", "M2", "M3"), dept="Leads"):
    for login in managers:
        users.add_user(ctx, login, "CRM_MANAGER", None, department=dept, full_name=login)
    users.add_user(ctx, "H_" + dept.upper(), "CRM_HEAD", None, department=dept)  # heads get no leads
    uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
    dept_id = ctx.reader.one("SELECT ID FROM DEPARTMENTS WHERE NAME = ?", (dept,))[0]
    funnel = ctx.reader.one("SELECT ID FROM FUNNELS WHERE IS_DEFAULT")[0]
    return uid, dept_id, funnel


def _enable(ctx, dept_id, strategy="ROUND_ROBIN"):
    d = next(x for x in leads.distributions(ctx) if x.department_id == dept_id)
    leads.save_distribution(ctx, Distribution(dept_id, d.department, strategy, True, id=d.id, version=d.version))


def _owners(ctx, deal_ids):
    with ctx.sessions.begin() as s:
        return Counter(s.get(Deal, i).responsible_id for i in deal_ids)


def test_lead_becomes_a_deal_in_the_first_stage_with_a_new_client(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, dept, funnel = _setup(ctx)
        _enable(ctx, dept)
        saved = leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Romashka LLC",
                                                 phone="+7 495 123-45-67", email="Info@Romashka.ru",
                                                 amount="1 500,50", department_id=dept))
        assert saved.distributed and saved.responsible_id == uid["M1"]
        row = ctx.reader.one(
            "SELECT d.TITLE, d.AMOUNT, s.SORT_ORDER, c.NAME, c.MAIN_PHONE, c.MAIN_EMAIL, c.RESPONSIBLE_ID, "
            "d.DEPARTMENT_ID FROM DEALS d JOIN STAGES s ON s.ID = d.STAGE_ID JOIN CLIENTS c ON c.ID = d.CLIENT_ID "
            "WHERE d.ID = ?", (saved.id,))
    assert row[0] == "Romashka LLC" and row[1] == Decimal("1500.50") and row[2] == 1
    assert row[3:7] == ("Romashka LLC", "+7 495 123-45-67", "info@romashka.ru", uid["M1"])
    assert row[7] == dept


def test_round_robin_is_fair_and_skips_inactive_and_non_takers(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, dept, funnel = _setup(ctx, managers=("M1", "M2", "M3", "M4"))
        _enable(ctx, dept)
        ids = [leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name=f"C{i}", department_id=dept)).id
               for i in range(12)]
        assert _owners(ctx, ids) == {uid["M1"]: 3, uid["M2"]: 3, uid["M3"]: 3, uid["M4"]: 3}
        with ctx.sessions.begin() as s:
            s.get(CrmUser, uid["M2"]).is_active = False
            s.get(CrmUser, uid["M4"]).takes_leads = False
        ids = [leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name=f"D{i}", department_id=dept)).id
               for i in range(6)]
        assert _owners(ctx, ids) == {uid["M1"]: 3, uid["M3"]: 3}


def test_least_loaded_fills_the_emptiest_manager_first(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, dept, funnel = _setup(ctx, managers=("L1", "L2"), dept="Least")
        for i in range(3):  # L1 already has three open deals
            leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name=f"Old{i}", responsible_id=uid["L1"]))
        _enable(ctx, dept, "LEAST_LOADED")
        ids = [leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name=f"N{i}", department_id=dept)).id
               for i in range(5)]
        assert _owners(ctx, ids) == {uid["L2"]: 4, uid["L1"]: 1}


def test_without_distribution_the_lead_stays_with_its_author(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, dept, funnel = _setup(ctx)
        saved = leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Mine", department_id=dept))
        assert not saved.distributed
        assert saved.responsible_id == ctx.current_user_id()


def test_nobody_to_take_leads_is_a_clear_refusal(embedded_db):
    with AppContext(embedded_db) as ctx:
        uid, dept, funnel = _setup(ctx, managers=("Z1",), dept="Empty")
        _enable(ctx, dept)
        with ctx.sessions.begin() as s:
            s.get(CrmUser, uid["Z1"]).is_active = False
        before = ctx.reader.one("SELECT COUNT(*) FROM CLIENTS")[0]
        with pytest.raises(ValidationError, match="takes leads") as exc:
            leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name="Nobody's", department_id=dept))
        assert exc.value.field == "department_id"
        assert ctx.reader.one("SELECT COUNT(*) FROM CLIENTS")[0] == before


@pytest.mark.parametrize("draft, field", [
    (LeadDraft(client_name="X"), "funnel_id"),
    (LeadDraft(funnel_id=1), "client_name"),
    (LeadDraft(funnel_id=1, client_name="X", phone="12"), "phone"),
    (LeadDraft(funnel_id=1, client_name="X", email="not-an-email"), "email"),
    (LeadDraft(funnel_id=1, client_name="X", amount="-5"), "amount"),
    (LeadDraft(funnel_id=1, client_name="X", amount="abc"), "amount"),
])
def test_bad_input_names_the_field(draft, field):
    with pytest.raises(ValidationError) as exc:
        leads.validate_lead(draft)
    assert exc.value.field == field


def test_a_manager_login_distributes_through_the_procedure(embedded_db):
    """A CRM_MANAGER (DEPT scope) has no rights on LEAD_DISTRIBUTION: the pick still moves the pointer."""
    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        uid, dept, funnel = _setup(ctx, managers=("P1", "P2"), dept="Desk")
        users.add_user(ctx, "DESK", "CRM_MANAGER", None, department="Desk", scope="DEPT")
        with ctx.sessions.begin() as s:
            s.get(CrmUser, ctx.reader.one("SELECT ID FROM CRM_USERS WHERE LOGIN = 'DESK'")[0]).takes_leads = False
        _enable(ctx, dept)
    with AppContext(spec_from(path, "DESK"), guard=False) as ctx:
        got = [leads.create_lead(ctx, LeadDraft(funnel_id=funnel, client_name=f"W{i}")).responsible_id
               for i in range(4)]
        # the admin screen's table is not theirs to change
        with pytest.raises(NotAllowed):
            d = next(x for x in leads.distributions(ctx) if x.department_id == dept)
            leads.save_distribution(ctx, Distribution(dept, d.department, "LEAST_LOADED", True, id=d.id,
                                                      version=d.version))
    assert got == [uid["P1"], uid["P2"], uid["P1"], uid["P2"]]
