"""J. Security and audit (reports/catalog/j_audit.py) on hand-countable audit entries (the
arithmetic in comments), one check against entries written by the real audit triggers, and a
smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt

import pytest

from db.models import AuditLog, Client, Deal
from db.models.users import RoleRight
from reports import engine
from reports.catalog.j_audit import REPORTS
from tests.reports.helpers import assert_numeric_cells, groups
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 3, 31)
MARCH = "2026-03-01..2026-03-31"


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


@pytest.fixture
def data(ctx):
    with Seed(ctx) as b:
        dept = b.department("North")
        iv = b.user("Ivanov", login="IVANOV", department=dept)
        pe = b.user("Petrov", login="PETROV", department=dept)
        alpha = b.client("Alpha", responsible=iv, department=dept)
        beta = b.client("Beta", responsible=pe, department=dept)
        b.client("Gamma", responsible=None)
        s = b.s

        def log(at, user, action, table=None, record=None, client=None, field=None, old=None, new=None, details=None):
            s.add(AuditLog(logged_at=at, user_name=user, action=action, table_name=table, record_id=record,
                           client_id=client, field_name=field, old_value=old, new_value=new, details=details))

        # March: IVANOV creates Alpha's contact, changes Alpha's city, deletes a phone of Alpha;
        # PETROV changes Beta's responsible Petrov -> Ivanov; IVANOV closes 5 deals within 10:15 (4 won, 1 lost),
        # then 1 more at 10:16; PETROV adds and removes a file of Beta; exports and report runs.
        log(D(2026, 3, 2, 9), "IVANOV", "I", "CONTACTS", 11, alpha, new="Ann")
        log(D(2026, 3, 3, 9), "IVANOV", "U", "CLIENTS", alpha, alpha, "CITY", "Kazan", "Moscow")
        log(D(2026, 3, 4, 9), "IVANOV", "D", "PHONES", 21, alpha, old="+7 900 000-00-00")
        log(D(2026, 3, 5, 9), "PETROV", "U", "CLIENTS", beta, beta, "RESPONSIBLE_ID", str(pe), str(iv))
        for i, outcome in enumerate(("WON", "WON", "LOST", "WON", "WON")):
            log(D(2026, 3, 6, 10, 15, 5 + i * 10), "IVANOV", "U", "DEALS", 100 + i, alpha, "OUTCOME", "OPEN", outcome)
        log(D(2026, 3, 6, 10, 16, 1), "IVANOV", "U", "DEALS", 105, alpha, "OUTCOME", "OPEN", "WON")
        log(D(2026, 3, 7, 9), "PETROV", "I", "ATTACHMENTS", 31, beta, new="contract.pdf")
        log(D(2026, 3, 7, 10), "PETROV", "D", "ATTACHMENTS", 31, beta, old="contract.pdf")
        log(D(2026, 3, 8, 9), "IVANOV", "EXPORT", details="sales.by_manager pdf=a.pdf period=2026-03-01..2026-03-31")
        log(D(2026, 3, 8, 10), "IVANOV", "REPORT", details="sales.by_manager period=2026-03-01..2026-03-31")
        log(D(2026, 3, 9, 10), "PETROV", "REPORT", details="sales.by_manager")
        log(D(2026, 3, 9, 11), "PETROV", "REPORT", details="funnel.snapshot")
        log(D(2026, 2, 27, 9), "IVANOV", "D", "TASKS", 41, alpha, old="February task")  # outside March
        for role, entity, scope, flags in (("CRM_MANAGER", "CLIENT", "OWN", (1, 1, 1, 0, 0, 1)),
                                           ("CRM_MANAGER", "DEAL", "OWN", (1, 1, 1, 0, 0, 1)),
                                           ("CRM_HEAD", "CLIENT", "DEPT", (1, 1, 1, 1, 1, 1))):
            s.add(RoleRight(role_name=role, entity=entity, scope=scope, can_view=bool(flags[0]),
                            can_create=bool(flags[1]), can_edit=bool(flags[2]), can_delete=bool(flags[3]),
                            can_export=bool(flags[4]), can_print=bool(flags[5])))
        s.flush()
    return {"iv": iv, "pe": pe, "alpha": alpha, "beta": beta}


def run(ctx, rid, **values):
    return engine.run(ctx, rid, values, today=TODAY, log=False)


def test_audit_trail_of_a_client(ctx, data):
    r = run(ctx, "audit.record_trail", client=data["alpha"], period=MARCH)
    # Alpha in March: 1 created + 1 changed + 1 deleted + 6 deal outcomes = 9, newest first
    assert r.row_count == 9 and r.total("what") == 9
    assert r.rows()[-3:] == [
        (D(2026, 3, 4, 9), "IVANOV", "Deleted", "Phone", 21, None, "+7 900 000-00-00", None),
        (D(2026, 3, 3, 9), "IVANOV", "Changed", "Client", data["alpha"], "CITY", "Kazan", "Moscow"),
        (D(2026, 3, 2, 9), "IVANOV", "Created", "Contact", 11, None, None, "Ann")]
    cut = run(ctx, "audit.record_trail", client=data["alpha"], period=MARCH, limit=2)
    assert cut.row_count == 2 and cut.total("what") == 9 and cut.matched == 9


def test_changes_by_user(ctx, data):
    r = run(ctx, "audit.changes_by_user", period=MARCH)
    assert groups(r) == ["Login: IVANOV", "Login: PETROV"]
    # IVANOV: Client 1 changed; Contact 1 created; Deal 6 changed; Phone 1 deleted.
    # PETROV: Client 1 changed; File 1 created 1 deleted
    assert [row[:5] for row in r.rows()] == [("Client", 0, 1, 0, 1), ("Contact", 1, 0, 0, 1), ("Deal", 0, 6, 0, 6),
                                             ("Phone", 0, 0, 1, 1), ("Client", 0, 1, 0, 1), ("File", 1, 0, 1, 2)]
    assert r.totals[:5] == (None, 2, 8, 2, 12)


def test_deletions_log(ctx, data):
    r = run(ctx, "audit.deletions", period=MARCH)
    assert [(row[1], row[2], row[4], row[5]) for row in r.rows()] == [
        ("PETROV", "File", "contract.pdf", "Beta"), ("IVANOV", "Phone", "+7 900 000-00-00", "Alpha")]
    assert [row[2] for row in run(ctx, "audit.deletions", period=MARCH, user="ivanov").rows()] == ["Phone"]


def test_exports_and_report_runs(ctx, data):
    e = run(ctx, "audit.exports", period=MARCH)
    assert [(row[1], row[2]) for row in e.rows()] == [("IVANOV", "sales.by_manager")]
    r = run(ctx, "audit.report_runs", period=MARCH)
    # sales.by_manager: 1 export + 2 runs by IVANOV and PETROV; funnel.snapshot: 1 run by PETROV
    assert [row[:4] for row in r.rows()] == [("sales.by_manager", 3, 1, 2), ("funnel.snapshot", 1, 0, 1)]
    assert r.totals[:4] == (None, 4, 1, 2)  # two people in all, not 2 + 1


def test_reassignments_name_both_managers(ctx, data):
    r = run(ctx, "audit.reassignments", period=MARCH)
    assert [(row[1], row[2], row[4], row[5], row[6]) for row in r.rows()] == [
        ("PETROV", "Client", "Beta", "Petrov", "Ivanov")]


def test_files_added_and_removed(ctx, data):
    r = run(ctx, "audit.files", period=MARCH)
    assert [(row[2], row[3], row[4]) for row in r.rows()] == [("Deleted", "contract.pdf", "Beta"),
                                                              ("Created", "contract.pdf", "Beta")]


def test_bulk_closed_deals(ctx, data):
    r = run(ctx, "audit.bulk_closed", period=MARCH)
    # 10:15: 5 outcomes by IVANOV (4 won, 1 lost); 10:16: 1 (below 5)
    assert r.rows() == [(D(2026, 3, 6, 10, 15), "IVANOV", 5, 4, 1)]
    assert run(ctx, "audit.bulk_closed", period=MARCH, bulk=6).rows() == []


def test_rights_matrix(ctx, data):
    r = run(ctx, "security.rights_matrix")
    assert groups(r) == ["Role: CRM_HEAD", "Role: CRM_MANAGER"]
    assert r.rows()[0] == ("CLIENT", "DEPT", "\u2713", "\u2713", "\u2713", "\u2713", "\u2713", "\u2713")
    assert r.rows()[1] == ("CLIENT", "OWN", "\u2713", "\u2713", "\u2713", "\u2013", "\u2013", "\u2713")


def test_visibility_per_user(ctx, data):
    with Seed(ctx) as b:
        from db.models import CrmUser

        b.s.get(CrmUser, data["pe"]).scope = "DEPT"
    rows = {row[0]: row for row in run(ctx, "security.visibility").rows()}
    # Ivanov OWN: Alpha -> 1 own, 1 visible; Petrov DEPT (North): own Beta, sees Alpha and Beta (Gamma has no dept)
    assert rows["IVANOV"][6:] == (1, 1)
    assert rows["PETROV"][3] == "DEPT" and rows["PETROV"][6:] == (1, 2)


def test_the_audit_triggers_write_what_the_reports_read(ctx, data):
    with Seed(ctx) as b:
        b.s.get(Client, data["alpha"]).responsible_id = data["pe"]
    r = run(ctx, "audit.reassignments", period="2000-01-01..2100-12-31")
    assert [(row[4], row[5], row[6]) for row in r.rows()][0] == ("Alpha", "Ivanov", "Petrov")
    with Seed(ctx) as b:
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won")])
        deal = b.deal(data["alpha"], f, [("Lead", D(2026, 3, 1))], 10)
        b.s.get(Deal, deal).stage_id = f.stages["Won"]
    trail = run(ctx, "audit.record_trail", client=data["alpha"], period="2000-01-01..2100-12-31")
    assert any(row[3] == "Deal" and row[5] == "OUTCOME" and row[7] == "WON" for row in trail.rows())
