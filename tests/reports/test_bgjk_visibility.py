"""The B, G, J, K reports and the declared (cube) reports as an ordinary manager on the Firebird 3
server: a CRM_MANAGER has rights on the visibility views only, so every definition must read
through them — and counts only the login's own clients, deals and audit entries."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app import users
from app.context import AppContext, spec_from
from reports import engine
from reports.catalog import b_dates, g_products, j_audit, k_summary
from reports.registry import all_reports
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 3, 15)
PASSWORD = "Secret-123"
MARCH = "2026-03-01..2026-03-31"

CUBE = [d for d in all_reports() if getattr(d, "query", None) is not None
        and getattr(d.query, "__self__", None).__class__.__name__ == "Cube"]
DEFINITIONS = b_dates.REPORTS + g_products.REPORTS + j_audit.REPORTS + k_summary.REPORTS + CUBE


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "reports_bgjk.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login in ("RMGR1", "RMGR2"):
            users.add_user(ctx, login, "CRM_MANAGER", PASSWORD, department="Sales", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        with Seed(ctx) as b:
            f = b.funnel("S", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
            chair = b.product("Chair", "Furniture")
            for login, n in (("RMGR1", 2), ("RMGR2", 3)):  # 2 clients of RMGR1, 3 of RMGR2: each with a
                for i in range(n):  # contact born 20 March, a deal won 10 March for 100 with a chair
                    c = b.client(f"{login} client {i}", responsible=uid[login], created=D(2026, 3, 2, 10))
                    b.contact(c, f"{login} contact {i}", birthday=dt.date(1980, 3, 20))
                    d = b.deal(c, f, [("Lead", D(2026, 3, 2, 11)), ("Won", D(2026, 3, 10, 11))], 100,
                               responsible=uid[login])
                    b.line(d, chair, 1, 100)
    yield {"dsn": fb_server.dsn(path), "uid": uid}
    path.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def manager(world):
    with AppContext(spec_from(world["dsn"], "RMGR1", PASSWORD)) as ctx:
        yield ctx


def test_the_cube_list_is_not_empty():
    assert len(CUBE) >= 10


@pytest.mark.parametrize("defn", DEFINITIONS, ids=lambda d: d.id)
def test_every_report_runs_as_a_manager(manager, defn):
    values = {"period": MARCH} if any(p.key == "period" for p in defn.params) else {}
    engine.run(manager, defn, values, today=TODAY, log=False)


def test_a_manager_counts_only_own_records(manager, world):
    birthdays = engine.run(manager, "dates.birthdays", {"period": MARCH}, today=TODAY, log=False)
    assert birthdays.total("person") == 2
    team = engine.run(manager, "sales.by_team", {"period": MARCH}, today=TODAY, log=False)
    assert team.total("revenue") == 200 and team.total("clients") == 2
    sold = engine.run(manager, "products.sold", {"period": MARCH}, today=TODAY, log=False)
    assert sold.total("qty") == 2
    week = engine.run(manager, "summary.manager_week", {"period": MARCH}, today=TODAY, log=False)
    assert week.total("won") == 2  # his two; RMGR2's three deals are not visible to him
    vis = {row[0]: row for row in engine.run(manager, "security.visibility", today=TODAY, log=False).rows()}
    assert vis["RMGR1"][6:] == (2, 2)  # of the clients he may see


def test_a_manager_reads_only_his_own_audit_entries(manager, world):
    engine.run(manager, "sales.by_team", {"period": MARCH}, today=TODAY)  # logged: a REPORT entry of his own
    runs = engine.run(manager, "audit.report_runs", {"period": "2000-01-01..2100-12-31"}, today=TODAY, log=False)
    assert ("sales.by_team", 1) in [row[:2] for row in runs.rows()]
    # the audit entries of the seed (written by SYSDBA) about RMGR2's clients are not his to see
    trail = engine.run(manager, "audit.record_trail", {"period": "2000-01-01..2100-12-31"}, today=TODAY, log=False)
    assert all("RMGR2" not in str(row) for row in trail.rows())
    assert trail.row_count > 0  # ... those about his own clients are
