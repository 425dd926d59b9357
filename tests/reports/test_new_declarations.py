"""Catalogue items added as declarations (issue #13): 50 forecast vs actual, 87 slow-moving
products in offers, 116 login history — on hand-countable data (the arithmetic in comments), and
the LOGIN event that feeds 116."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import audit
from db.models import AuditLog
from reports import engine
from reports.registry import by_id
from tests.reports.helpers import assert_numeric_cells
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 7, 10)
NEW = ("deals.forecast_actual", "products.slow_in_offers", "audit.logins", "sales.offers")


def run(ctx, rid, **values):
    return engine.run(ctx, rid, values, today=TODAY, log=False)


@pytest.mark.parametrize("rid", NEW)
def test_new_reports_run_on_demo_data(demo_ctx, rid):
    assert_numeric_cells(engine.run(demo_ctx, by_id(rid), log=False), rid)


# Funnel F (Lead 10 %, Won, Lost). Ivanov's and Petrov's deals, amounts and dates:
#   A expected 2026-01-20, won 2026-01-25, 1000 (Ivanov)
#   B expected 2026-01-31, won 2026-02-10, 2000 (Petrov)       -> expected in Jan, won in Feb
#   C expected 2026-02-15, lost 2026-02-16, 500 (Ivanov)
#   E expected 2026-02-28, still open, 700 (Ivanov)
#   G no expected date, won 2026-03-05, 300 (Petrov)          -> actual in Mar only
#   H expected 2026-08-01 (outside), won 2026-03-20, 400 (Ivanov) -> actual in Mar only
# Period 2026-01..2026-03, months:
#   Jan: expected A, B = 2 deals, 3000; of it won 3000 (A, B), still open 0; actually won in Jan: A 1000
#   Feb: expected C, E = 2, 1200; won 0; still open 700 (E); actually won in Feb: B 2000
#   Mar: expected nothing; actually won G 300 + H 400 = 700
@pytest.fixture
def deals(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        c = b.client("Alpha", responsible=iv)
        d = dt.date
        b.deal(c, f, [("Lead", D(2026, 1, 2)), ("Won", D(2026, 1, 25))], 1000, responsible=iv, expected_close=d(2026, 1, 20))
        b.deal(c, f, [("Lead", D(2026, 1, 3)), ("Won", D(2026, 2, 10))], 2000, responsible=pe, expected_close=d(2026, 1, 31))
        b.deal(c, f, [("Lead", D(2026, 1, 4)), ("Lost", D(2026, 2, 16))], 500, responsible=iv, expected_close=d(2026, 2, 15))
        b.deal(c, f, [("Lead", D(2026, 1, 5))], 700, responsible=iv, expected_close=d(2026, 2, 28))
        b.deal(c, f, [("Lead", D(2026, 1, 6)), ("Won", D(2026, 3, 5))], 300, responsible=pe)
        b.deal(c, f, [("Lead", D(2026, 1, 7)), ("Won", D(2026, 3, 20))], 400, responsible=iv, expected_close=d(2026, 8, 1))
    return {"iv": iv, "pe": pe}


def test_forecast_vs_actual_per_month(ctx, deals):
    r = run(ctx, "deals.forecast_actual", period="2026-01-01..2026-03-31")
    assert r.rows() == [
        ("2026-01", 2, Decimal("3000"), Decimal("3000"), Decimal("0"), 1.0, Decimal("1000")),
        ("2026-02", 2, Decimal("1200"), Decimal("0"), Decimal("700"), 0.0, Decimal("2000")),
        ("2026-03", 0, 0, 0, 0, None, Decimal("700"))]
    # expected 4 deals, 4200, of it won 3000 (3000 / 4200), open 700; actually won 3700
    assert r.totals == (None, 4, Decimal("4200"), Decimal("3000"), Decimal("700"), pytest.approx(3000 / 4200),
                        Decimal("3700"))
    # Ivanov only: Jan A 1000 expected and won; Feb C 500 + E 700; Mar actual H 400
    iv = run(ctx, "deals.forecast_actual", period="2026-01-01..2026-03-31", manager=deals["iv"], grain="quarter")
    assert iv.rows() == [("2026-Q1", 3, Decimal("2200"), Decimal("1000"), Decimal("700"), pytest.approx(1000 / 2200),
                          Decimal("1400"))]


# Products Chair, Desk (Furniture), Lamp (no group). Open deals (created; today 2026-07-10):
#   O1 created 2026-06-30 (10 days): Chair 2 x 100 = 200, Chair again 1 x 100 = 100 (one offer, qty 3, 300)
#   O2 created 2026-05-11 (60 days): Chair 1 x 100 = 100, Desk 1 x 500 = 500
#   O3 created 2026-03-12 (120 days): Desk 2 x 500 = 1000
#   O4 created 2026-07-05 (5 days): Lamp 4 x 25 = 100
# Won W1 closed 2026-04-15: Chair 1 x 100 (Chair last sold 2026-04-15); Desk never sold.
@pytest.fixture
def offers(ctx):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        c = b.client("Alpha", responsible=iv)
        chair, desk, lamp = b.product("Chair", "Furniture"), b.product("Desk", "Furniture"), b.product("Lamp")
        o1 = b.deal(c, f, [("Lead", D(2026, 6, 30, 15))], 300, responsible=iv)
        o2 = b.deal(c, f, [("Lead", D(2026, 5, 11, 9))], 600, responsible=iv)
        o3 = b.deal(c, f, [("Lead", D(2026, 3, 12, 9))], 1000, responsible=iv)
        o4 = b.deal(c, f, [("Lead", D(2026, 7, 5, 9))], 100, responsible=iv)
        w1 = b.deal(c, f, [("Lead", D(2026, 4, 1)), ("Won", D(2026, 4, 15, 12))], 100, responsible=iv)
        b.line(o1, chair, 2, 100)
        b.line(o1, chair, 1, 100)
        b.line(o2, chair, 1, 100)
        b.line(o2, desk, 1, 500)
        b.line(o3, desk, 2, 500)
        b.line(o4, lamp, 4, 25)
        b.line(w1, chair, 1, 100)


def test_slow_moving_products_in_offers(ctx, offers):
    r = run(ctx, "products.slow_in_offers", days=30)
    # oldest first: Desk (O2 60, O3 120 -> avg 90, 2 old, qty 3, 1500, never sold);
    # Chair (O1 10, O2 60 -> avg 35, oldest 60, 1 old, qty 4, 400, sold 2026-04-15); Lamp's 5 days < 30: out
    assert r.rows() == [("Desk", "Furniture", 2, 2, Decimal("3"), Decimal("1500"), pytest.approx(90.0), 120, None),
                        ("Chair", "Furniture", 2, 1, Decimal("4"), Decimal("400"), pytest.approx(35.0), 60,
                         dt.date(2026, 4, 15))]
    # average age over every offer: (90 * 2 + 35 * 2) / 4 = 62.5; oldest 120
    assert r.totals == (None, None, 4, 3, Decimal("7"), Decimal("1900"), pytest.approx(62.5), 120, None)
    assert run(ctx, "products.slow_in_offers", days=0).column("product") == ["Desk", "Chair", "Lamp"]
    assert run(ctx, "products.slow_in_offers", days=100).column("product") == ["Desk"]


# LOGIN events: IVANOV Mar 2 09:00, Mar 2 14:00, Mar 5 08:30; PETROV Mar 3 10:00; IVANOV Apr 1 (outside);
# an EXPORT of IVANOV (not a login).
def test_login_history(ctx):
    with Seed(ctx) as b:
        for at, user in ((D(2026, 3, 2, 9), "IVANOV"), (D(2026, 3, 2, 14), "IVANOV"), (D(2026, 3, 5, 8, 30), "IVANOV"),
                         (D(2026, 3, 3, 10), "PETROV"), (D(2026, 4, 1, 9), "IVANOV")):
            b.s.add(AuditLog(logged_at=at, user_name=user, action="LOGIN", details="Kartoteka"))
        b.s.add(AuditLog(logged_at=D(2026, 3, 4, 9), user_name="IVANOV", action="EXPORT", details="x"))
    march = "2026-03-01..2026-03-31"
    r = run(ctx, "audit.logins", period=march)
    assert r.rows() == [("IVANOV", 3, 2, D(2026, 3, 2, 9), D(2026, 3, 5, 8, 30)),
                        ("PETROV", 1, 1, D(2026, 3, 3, 10), D(2026, 3, 3, 10))]
    # 2 logins, 4 sign-ins, days with a sign-in over everybody: Mar 2, 3, 5 = 3 (not 2 + 1)
    assert r.totals == (2, 4, 3, D(2026, 3, 2, 9), D(2026, 3, 5, 8, 30))
    assert run(ctx, "audit.logins", period=march, user="petrov").column("logins") == [1]


def test_a_sign_in_is_recorded_once_a_minute(ctx):
    """The GUI writes a LOGIN after the first page (ui/main_window.py); SP_LOG_EVENT refuses a
    second one within the minute, which is not an error for the user."""
    assert audit.log_login(ctx, "test") is True
    assert audit.log_login(ctx, "test") is False
    now = dt.datetime.now()
    today = f"{(now - dt.timedelta(days=1)).date()}..{(now + dt.timedelta(days=1)).date()}"
    r = engine.run(ctx, "audit.logins", {"period": today}, log=False)
    assert r.column("logins") == [1]


# Offers: the offer form printed for deals O1 (Ivanov, later won 900), O2 (Ivanov, lost), O3 (Petrov,
# still open); O1 printed twice (counted once); an offer line with a broken deal number and one of
# another document (an invoice) are not offers; O4 (Petrov, won) printed in April (outside March).
# March, by manager: Ivanov 2 offers, 1 won, 1 lost, 50 %, won 900; Petrov 1 offer, open, 0 %.
def test_offers_sent_vs_converted(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        c = b.client("Alpha", responsible=iv)
        o1 = b.deal(c, f, [("Lead", D(2026, 3, 1)), ("Won", D(2026, 3, 20))], 900, responsible=iv)
        o2 = b.deal(c, f, [("Lead", D(2026, 3, 1)), ("Lost", D(2026, 3, 21))], 500, responsible=iv)
        o3 = b.deal(c, f, [("Lead", D(2026, 3, 1))], 300, responsible=pe)
        o4 = b.deal(c, f, [("Lead", D(2026, 3, 1)), ("Won", D(2026, 4, 20))], 100, responsible=pe)
        for at, action, details in (
                (D(2026, 3, 2, 9), "REPORT", f"documents.offer deal={o1}, date=2026-03-02, valid_days=10"),
                (D(2026, 3, 9, 9), "EXPORT", f"documents.offer pdf=offer.pdf deal={o1}, date=2026-03-09"),
                (D(2026, 3, 3, 9), "REPORT", f"documents.offer deal={o2}"),
                (D(2026, 3, 4, 9), "REPORT", f"documents.offer deal={o3}, date=2026-03-04"),
                (D(2026, 3, 5, 9), "REPORT", "documents.offer deal=12x, forged"),
                (D(2026, 3, 6, 9), "REPORT", f"documents.invoice deal={o3}"),
                (D(2026, 4, 2, 9), "REPORT", f"documents.offer deal={o4}")):
            b.s.add(AuditLog(logged_at=at, user_name="IVANOV", action=action, details=details))
    r = run(ctx, "sales.offers", period="2026-03-01..2026-03-31")
    assert r.rows() == [("Ivanov", 2, 1, 1, 0, 0.5, Decimal("900")), ("Petrov", 1, 0, 0, 1, 0.0, Decimal("0"))]
    assert r.totals == (None, 3, 1, 1, 1, pytest.approx(1 / 3), Decimal("900"))
    # a real run of the offer form writes the line the report reads
    engine.run(ctx, "documents.offer", {"deal": o4}, today=TODAY)
    now = dt.datetime.now()
    around = f"{(now - dt.timedelta(days=1)).date()}..{(now + dt.timedelta(days=1)).date()}"
    assert run(ctx, "sales.offers", period=around).rows() == [("Petrov", 1, 1, 0, 0, 1.0, Decimal("100"))]


# Ivanov made 2 calls (60 s and 20 s) and Kim 1 (100 s) in March; Petrov none; Sidorov is inactive.
def test_by_manager_activity_lists_everyone_on_request(ctx):
    with Seed(ctx) as b:
        iv, kim, pe = b.user("Ivanov"), b.user("Kim"), b.user("Petrov")
        b.user("Sidorov", active=False)
        c = b.client("Alpha", responsible=iv)
        b.interaction(c, "CALL", D(2026, 3, 2, 10), user=iv, duration_sec=60)
        b.interaction(c, "CALL", D(2026, 3, 3, 10), user=iv, duration_sec=20)
        b.interaction(c, "CALL", D(2026, 3, 4, 10), user=kim, duration_sec=100)
    march = "2026-03-01..2026-03-31"
    plain = run(ctx, "activity.calls.by_manager", period=march)
    assert plain.column("manager") == ["Ivanov", "Kim"]
    every = run(ctx, "activity.calls.by_manager", period=march, everyone=True)
    # the test database's Administrator and Petrov added with zeros after the rows, by name (never
    # Sidorov: inactive); an average call of nobody's calls is empty, not 0
    assert every.column("manager") == ["Ivanov", "Kim", "Administrator", "Petrov"]
    petrov = every.rows()[3]
    assert petrov[1:6] == (0, 0, 0, 0, 0) and petrov[6] is None
    assert every.totals == plain.totals  # zero rows change no total: 3 calls, 180 s / 3 = 60 s average
    assert every.total("avg_sec") == pytest.approx(60.0)
    assert run(ctx, "activity.calls.by_manager", period=march, everyone=True, manager=pe).column("manager") == ["Petrov"]
