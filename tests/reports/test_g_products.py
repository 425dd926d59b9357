"""G. Products and price (reports/catalog/g_products.py) on hand-countable data (the arithmetic in
comments), plus a smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.models import Price, PriceList, Product
from reports import engine
from reports.catalog.g_products import REPORTS
from tests.reports.helpers import assert_numeric_cells, groups, subtotals
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 7, 10)
H1 = "2026-01-01..2026-06-30"


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


# Products: Chair (Furniture), Desk (Furniture), Lamp (no group), Old (inactive).
# Won deals (closed on the 15th):
#   W1 Jan, Alpha (ACTIVE), Ivanov: Chair 2 x 100 = 200, Desk 1 x 500 - 10 % = 450
#   W2 Feb, Beta (REGULAR), Petrov: Chair 1 x 100 = 100
#   W3 Feb, Alpha, Ivanov:          Lamp 4 x 25 = 100
#   W4 2025-12 (outside H1), Beta:  Desk 1 x 500 = 500
# Open deals: O1 Alpha, stage Lead 10 %, deal probability empty: Chair 10 x 100 = 1000, Lamp 2 x 25 = 50
#             O2 Beta, probability 50 %: Desk 2 x 500 = 1000
# Lost deal L1 Beta: Lamp 1 x 25 (never counts)
@pytest.fixture
def data(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        chair, desk, lamp = b.product("Chair", "Furniture"), b.product("Desk", "Furniture"), b.product("Lamp")
        old = b.product("Old", "Furniture")
        b.s.get(Product, old).is_active = False
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        alpha = b.client("Alpha", responsible=iv, status="ACTIVE")
        beta = b.client("Beta", responsible=pe, status="REGULAR")

        def won(client, y, m, resp):
            return b.deal(client, f, [("Lead", D(y, m, 1)), ("Won", D(y, m, 15))], 0, responsible=resp)

        w1, w2, w3, w4 = won(alpha, 2026, 1, iv), won(beta, 2026, 2, pe), won(alpha, 2026, 2, iv), won(beta, 2025, 12, pe)
        b.line(w1, chair, 2, 100)
        b.line(w1, desk, 1, 500, 10)
        b.line(w2, chair, 1, 100)
        b.line(w3, lamp, 4, 25)
        b.line(w4, desk, 1, 500)
        o1 = b.deal(alpha, f, [("Lead", D(2026, 3, 1))], 1050, responsible=iv)
        o2 = b.deal(beta, f, [("Lead", D(2026, 3, 1))], 1000, responsible=pe, probability=50)
        b.line(o1, chair, 10, 100)
        b.line(o1, lamp, 2, 25)
        b.line(o2, desk, 2, 500)
        lost = b.deal(beta, f, [("Lead", D(2026, 3, 1)), ("Lost", D(2026, 3, 5))], 25, responsible=pe)
        b.line(lost, lamp, 1, 25)
        # price lists: Base (RUB): Chair 90 from 2025-01-01, 100 from 2026-03-01, 120 from 2026-08-01 (future);
        # Desk without a date 500; Old (inactive product) 10. Export (USD, inactive list): Chair 2.
        base = PriceList(name="Base", currency="RUB")
        export = PriceList(name="Export", currency="USD", is_active=False)
        b.s.add_all([base, export])
        b.s.flush()
        for pid, price, since in ((chair, 90, dt.date(2025, 1, 1)), (chair, 100, dt.date(2026, 3, 1)),
                                  (chair, 120, dt.date(2026, 8, 1)), (desk, 500, None), (old, 10, None)):
            b.s.add(Price(price_list_id=base.id, product_id=pid, price=Decimal(price), valid_from=since))
        b.s.add(Price(price_list_id=export.id, product_id=chair, price=Decimal(2), valid_from=None))
        b.s.flush()
    return {"iv": iv, "pe": pe, "chair": chair, "desk": desk, "lamp": lamp, "alpha": alpha}


def run(ctx, rid, **values):
    return engine.run(ctx, rid, values, today=TODAY, log=False)


def test_price_list_shows_todays_price_of_active_products(ctx, data):
    r = run(ctx, "products.price_list")
    assert groups(r) == ["Price list: Base"]
    # Chair: 100 (valid since 2026-03-01; the 120 starts after today); Desk 500 (no date); Old inactive
    assert [(row[1], row[4], row[5]) for row in r.rows()] == [("Chair", Decimal("100"), "RUB"),
                                                              ("Desk", Decimal("500"), "RUB")]
    assert run(ctx, "products.price_list", group="Nothing").rows() == []


def test_products_sold_by_month(ctx, data):
    r = run(ctx, "products.sold", period=H1)
    assert groups(r) == ["Period: 2026-01", "Period: 2026-02"]
    # Jan: Chair 2 / 200, Desk 1 / 450 (one deal, W1); Feb: Chair 1 / 100 (W2), Lamp 4 / 100 (W3)
    assert r.rows() == [("Chair", 1, Decimal("2"), Decimal("200")), ("Desk", 1, Decimal("1"), Decimal("450")),
                        ("Chair", 1, Decimal("1"), Decimal("100")), ("Lamp", 1, Decimal("4"), Decimal("100"))]
    # W1 is one deal with two products: the total counts 3 deals, not 4; subtotals leave it blank
    assert r.totals == (None, 3, Decimal("8"), Decimal("850"))
    assert [s[1] for s in subtotals(r)] == [None, None]
    assert [s[3] for s in subtotals(r)] == [Decimal("650"), Decimal("200")]


def test_products_in_open_deals(ctx, data):
    r = run(ctx, "products.in_open_deals")
    # Chair 1000 x 10 % = 100; Desk 1000 x 50 % = 500; Lamp 50 x 10 % = 5
    assert r.rows() == [("Chair", 1, Decimal("10"), Decimal("1000"), pytest.approx(Decimal("100"))),
                        ("Desk", 1, Decimal("2"), Decimal("1000"), pytest.approx(Decimal("500"))),
                        ("Lamp", 1, Decimal("2"), Decimal("50"), pytest.approx(Decimal("5")))]
    assert r.total("deals") == 2 and r.total("amount") == Decimal("2050")
    assert [row[0] for row in run(ctx, "products.in_open_deals", manager=data["pe"]).rows()] == ["Desk"]


def test_product_mix_by_client_status(ctx, data):
    r = run(ctx, "products.mix_by_segment", period=H1)
    assert groups(r) == ["Client status: Active", "Client status: Regular"]
    # Active (Alpha): Furniture 200 + 450 = 650, (no group) Lamp 100; Regular (Beta): Furniture 100. Total 850
    assert [(row[0], row[3], row[4]) for row in r.rows()] == [
        ("Furniture", Decimal("650"), pytest.approx(650 / 850)), ("(no group)", Decimal("100"), pytest.approx(100 / 850)),
        ("Furniture", Decimal("100"), pytest.approx(100 / 850))]
    assert r.total("deals") == 3 and r.total("share") == pytest.approx(1.0)


def test_price_changes(ctx, data):
    r = run(ctx, "products.price_changes", period="2025-01-01..2026-12-31")
    # Chair 90 (first: no old price), 90 -> 100 (+11.1 %), 100 -> 120 (+20 %); undated prices are not changes
    assert [(row[0], row[2], row[3], row[4], row[6]) for row in r.rows()] == [
        (dt.date(2025, 1, 1), "Chair", None, Decimal("90"), None),
        (dt.date(2026, 3, 1), "Chair", Decimal("90"), Decimal("100"), pytest.approx(10 / 90)),
        (dt.date(2026, 8, 1), "Chair", Decimal("100"), Decimal("120"), pytest.approx(0.2))]
    assert len(run(ctx, "products.price_changes", period="2026-01-01..2026-06-30").rows()) == 1


def test_cross_sell(ctx, data):
    r = run(ctx, "products.cross_sell", period=H1, product=data["chair"])
    # bought Chair in H1: Alpha (W1), Beta (W2) = 2; of them Desk: Alpha (W1) -> 1, not yet: Beta;
    # Lamp: Alpha (W3) -> 1, not yet: Beta. (Beta's Desk W4 was in 2025; Beta's Lamp deal was lost.)
    assert r.rows() == [("Desk", 2, 1, 1, 0.5), ("Lamp", 2, 1, 1, 0.5)]
    one = run(ctx, "products.cross_sell", period=H1, product=data["desk"], other=data["lamp"])
    assert one.rows() == [("Lamp", 1, 1, 0, 1.0)]  # Desk in H1: Alpha only, who bought Lamp too
