"""Plans, KPI reports, invoices and payments as ordinary logins on the Firebird 3 server (issue
#13): a manager sees only his own plan, his clients' invoices and his facts, and may not set a
plan; a head sees and sets his department's plans; triggers and views have the grants they need
(payments keep the invoice's state under a manager's login)."""
from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest

from app import dashboard, kpi, users
from app import invoices as inv
from app.context import AppContext, spec_from
from app.errors import UserError
from reports import engine
from reports.catalog import e_invoices, f_kpi, h_documents
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 4, 10)
MARCH = "2026-03-01..2026-03-31"
PASSWORD = "Secret-123"


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "kpi.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        users.add_user(ctx, "KMGR1", "CRM_MANAGER", PASSWORD, department="Team K", full_name="Kmgr1")
        users.add_user(ctx, "KMGR2", "CRM_MANAGER", PASSWORD, department="Team K", full_name="Kmgr2")
        users.add_user(ctx, "KHEAD", "CRM_HEAD", PASSWORD, department="Team K", full_name="Khead")
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        dep = ctx.reader.one("SELECT ID FROM DEPARTMENTS WHERE NAME = 'Team K'")[0]
        deals = {}
        with Seed(ctx) as b:
            f = b.funnel("S", [("Lead", 10), ("Won", 100, "won")])
            # Kmgr1 won 1000 in March, Kmgr2 2000
            for login, amount in (("KMGR1", 1000), ("KMGR2", 2000)):
                c = b.client(f"{login} client", responsible=uid[login], department=dep)
                deals[login] = b.deal(c, f, [("Lead", D(2026, 3, 1)), ("Won", D(2026, 3, 10))], amount,
                                      responsible=uid[login])
        revenue = next(i.id for i in kpi.indicators(ctx) if i.code == "REVENUE")
        mar = kpi.periods("MONTH", 2026)[2]
        kpi.save_plans(ctx, revenue, "MONTH", {(("U", uid["KMGR1"]), mar): Decimal(1500),
                                               (("U", uid["KMGR2"]), mar): Decimal(2500),
                                               (("D", dep), mar): Decimal(5000)})
        invoices = {k: inv.invoice_from_deal(ctx, d, issued_on=dt.date(2026, 3, 11)) for k, d in deals.items()}
    yield {"dsn": fb_server.dsn(path), "uid": uid, "dep": dep, "revenue": revenue, "mar": mar, "deals": deals,
           "invoices": invoices}
    path.unlink(missing_ok=True)


def login(world, name):
    return AppContext(spec_from(world["dsn"], name, PASSWORD))


def test_a_manager_sees_his_own_plan_and_money(world):
    with login(world, "KMGR1") as ctx:
        r = engine.run(ctx, "kpi.sales_plan_fact", {"period": MARCH}, today=TODAY, log=False)
        assert r.rows() == [("Kmgr1", "Team K", Decimal(1500), Decimal(1000), pytest.approx(2 / 3), Decimal(500))]
        assert engine.run(ctx, "kpi.department_plan_fact", {"period": MARCH}, today=TODAY, log=False).rows() == []
        grid = kpi.load_plan_grid(ctx, world["revenue"], 2026)
        assert set(grid.values) == {(("U", world["uid"]["KMGR1"]), 2)}
        rec = engine.run(ctx, "invoices.receivables", today=TODAY, log=False)
        assert rec.column("client") == ["KMGR1 client"]
        d = dashboard.load(ctx, dt.date(2026, 3, 20), D(2026, 3, 20, 12))
        assert (d.plan, d.won_amount) == (Decimal(1500), Decimal(1000))
        # no plan of his own making
        with pytest.raises(UserError):
            kpi.save_plans(ctx, world["revenue"], "MONTH", {(("U", world["uid"]["KMGR1"]), world["mar"]): Decimal(1)})
        # a payment on his client's invoice: the triggers keep the state under his login
        i1 = world["invoices"]["KMGR1"]
        after = inv.record_payment(ctx, inv.PaymentDraft(i1.id, dt.date(2026, 3, 15), "400"))
        assert (after.state, after.paid_amount) == ("PART_PAID", Decimal(400))
        with pytest.raises(UserError):  # another manager's invoice is out of sight
            inv.record_payment(ctx, inv.PaymentDraft(world["invoices"]["KMGR2"].id, dt.date(2026, 3, 15), "1"))
        # issuing an invoice numbers it from the counter the login cannot touch
        new = inv.invoice_from_deal(ctx, world["deals"]["KMGR1"], issued_on=dt.date(2026, 3, 20))
        assert new.number == "2026-0003"


@pytest.mark.parametrize("defn", f_kpi.REPORTS + e_invoices.REPORTS + h_documents.REPORTS, ids=lambda d: d.id)
def test_every_report_runs_as_a_manager(world, defn):
    values = {}
    keys = {p.key for p in defn.params}
    if "period" in keys:
        values["period"] = MARCH
    if "deal" in keys:
        values["deal"] = world["deals"]["KMGR1"]
    if "client" in keys:
        with login(world, "KMGR1") as ctx:
            values["client"] = ctx.reader.one("SELECT ID FROM CLIENTS WHERE NAME = 'KMGR1 client'")[0]
    with login(world, "KMGR1") as ctx:
        engine.run(ctx, defn, values, today=TODAY, log=False)


def test_a_head_sees_and_sets_his_departments_plans(world):
    with login(world, "KHEAD") as ctx:
        r = engine.run(ctx, "kpi.sales_plan_fact", {"period": MARCH}, today=TODAY, log=False)
        assert r.column("manager") == ["Kmgr1", "Kmgr2"] and r.total("fact") == Decimal(3000)
        dep = engine.run(ctx, "kpi.department_plan_fact", {"period": MARCH}, today=TODAY, log=False)
        assert dep.rows() == [("Revenue", "RUB", 5000.0, 3000.0, pytest.approx(0.6))]
        kpi.save_plans(ctx, world["revenue"], "MONTH", {(("U", world["uid"]["KMGR2"]), world["mar"]): Decimal(2600)})
        grid = kpi.load_plan_grid(ctx, world["revenue"], 2026)
        assert grid.values[(("U", world["uid"]["KMGR2"]), 2)] == Decimal(2600)
        # but the indicators are the administrators'
        with pytest.raises(UserError):
            kpi.save_indicator(ctx, kpi.IndicatorDraft("X1", "X", "", Decimal(1), "CALLS"))
