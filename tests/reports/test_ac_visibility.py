"""Client-base and activity reports as an ordinary manager on the Firebird 3 server: a CRM_MANAGER
has rights on the visibility views only, so every definition — Core and hand-written SQL alike —
must read through them, and counts only the login's own clients and their history."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app import users
from app.context import AppContext, spec_from
from reports import engine
from reports.catalog import a_clients, c_activity
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 3, 15)
PASSWORD = "Secret-123"


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "reports_ac.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login in ("RMGR1", "RMGR2"):
            users.add_user(ctx, login, "CRM_MANAGER", PASSWORD, department="Sales", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        with Seed(ctx) as b:
            f = b.funnel("S", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
            for login, n in (("RMGR1", 2), ("RMGR2", 3)):  # 2 clients of RMGR1, 3 of RMGR2, each with
                for i in range(n):  # one call in March, one overdue task and one open deal of 100
                    c = b.client(f"{login} client {i}", responsible=uid[login], created=D(2026, 3, 2, 10))
                    b.interaction(c, "CALL", D(2026, 3, 3, 10), user=uid[login], result="REACHED", duration_sec=60)
                    b.task(f"Call {i}", D(2026, 3, 10, 10), assignee=uid[login], client_id=c)
                    b.deal(c, f, [("Lead", D(2026, 3, 2, 11))], 100, responsible=uid[login])
    path_dsn = fb_server.dsn(path)
    yield {"dsn": path_dsn, "uid": uid}
    path.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def manager(world):
    with AppContext(spec_from(world["dsn"], "RMGR1", PASSWORD)) as ctx:
        yield ctx


@pytest.mark.parametrize("defn", a_clients.REPORTS + c_activity.REPORTS, ids=lambda d: d.id)
def test_every_report_runs_as_a_manager(manager, defn):
    engine.run(manager, defn, {"period": "2026-03-01..2026-03-31"} if any(p.key == "period" for p in defn.params)
               else {}, today=TODAY, log=False)


def test_a_manager_counts_only_own_clients_and_activity(manager):
    status = engine.run(manager, "clients.by_status", today=TODAY)  # logged: the audit call works for a manager
    assert status.total("clients") == 2 and status.total("open_amount") == 200
    calls = engine.run(manager, "activity.interactions.by_type", {"period": "2026-03-01..2026-03-31"}, today=TODAY,
                       log=False)
    assert calls.rows() == [("Rmgr1", 2, 0, 0, 0, 0, 2)]
    overdue = engine.run(manager, "activity.tasks.overdue", today=TODAY, log=False)
    assert overdue.total("task") == 2
    meetings_sql = engine.run(manager, "activity.daily_log", {"period": "2026-03-03..2026-03-03"}, today=TODAY,
                              log=False)  # hand-written SQL routed to the views
    assert meetings_sql.total("what") == 2
