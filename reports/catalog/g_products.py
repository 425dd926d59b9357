"""G. Products and price (REPORTS.md 83–89). Layer: ``reports`` (definitions; the deal-line
reports are declarations over reports/cube.py, the rest Core statements).

Terms: **sold** = lines of deals WON in the period (by close date), amounts as the line's amount
(after discount); **in open deals** = lines of OPEN deals, weighted by the deal's probability
(its own, else its stage's). The **current price** of a product in a price list is its price with
the latest "valid from" on or before the report's today (an empty "valid from" is valid always).
**Cross-sell**: among the clients who bought product A in the period, those who also bought B
and those who did not (the opportunity). Not here: 87 slow movers in offers and 90 the offer (a
printable document, category H).
"""
from __future__ import annotations

from sqlalchemy import DOUBLE_PRECISION, Date, case, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Deal, DealLine, Price, PriceList, Product
from reports import cube
from reports.catalog.d_funnel import CLOSED_PERIOD, FUNNEL, GRAIN, MANAGER
from reports.queries.deals import NO_GROUP, closed_in, deal_filters, in_period, money_sum, or_label, ratio
from reports.queries.labels import sql_date
from reports.spec import Chart, Col, Definition, Param, Params, Report, Weighted

PRODUCT_A = Param("product", "product", QT_TRANSLATE_NOOP("reports", "Bought product (A)"))
PRODUCT_B = Param("other", "product", QT_TRANSLATE_NOOP("reports", "Did not buy product (B)"))
GROUP = Param("group", "text", QT_TRANSLATE_NOOP("reports", "Product group (empty: all)"))

#: deals counted once per product row: a deal with two products is in two rows, so the total
#: counts the deals over the whole set ("overall": cube_report does it for product dimensions)
LINE_DEALS = cube.COUNT
SOLD = cube.REVENUE.titled(QT_TRANSLATE_NOOP("reports", "Sold for"))
SOLD_SHARE = cube.share_of(SOLD, title=QT_TRANSLATE_NOOP("reports", "Share of sales"))


# --- 83 price list ------------------------------------------------------------------------------
def _price_list(p: Params):
    later = aliased(Price)
    today = sql_date(p.today)
    newer = (select(later.id).where(later.price_list_id == Price.price_list_id, later.product_id == Price.product_id,
                                    later.valid_from <= today,
                                    func.coalesce(later.valid_from, cast(literal_column("'1900-01-01'"), Date))
                                    > func.coalesce(Price.valid_from, cast(literal_column("'1900-01-01'"), Date)))
             .exists())
    q = (select(PriceList.name.label("price_list"), Product.sku.label("sku"), Product.name.label("product"),
                or_label(Product.group_name, NO_GROUP).label("group"), Product.unit.label("unit"),
                Price.price.label("price"), PriceList.currency.label("currency"),
                Price.valid_from.label("valid_from"))
         .select_from(Price).join(PriceList, PriceList.id == Price.price_list_id)
         .join(Product, Product.id == Price.product_id)
         .where(PriceList.is_active.is_(True), Product.is_active.is_(True),
                func.coalesce(Price.valid_from, today) <= today, ~newer)
         .order_by(PriceList.name, PriceList.id, Product.group_name.asc().nulls_last(), Product.name, Product.id))
    if p.get("group"):
        q = q.where(Product.group_name == p["group"])
    return q


# --- 88 price changes ---------------------------------------------------------------------------
def _price_changes(p: Params):
    prev = func.lag(Price.price).over(partition_by=(Price.price_list_id, Price.product_id),
                                      order_by=(Price.valid_from, Price.id))
    inner = (select(Price.id.label("id"), Price.price_list_id.label("list_id"), Price.product_id.label("product_id"),
                    Price.valid_from.label("valid_from"), Price.price.label("price"), prev.label("old_price"))
             .where(Price.valid_from.is_not(None)).subquery("pc"))
    change = ratio(inner.c.price - inner.c.old_price, inner.c.old_price)
    q = (select(inner.c.valid_from.label("changed_on"), PriceList.name.label("price_list"),
                Product.name.label("product"), inner.c.old_price.label("old_price"), inner.c.price.label("new_price"),
                PriceList.currency.label("currency"), change.label("change"))
         .select_from(inner).join(PriceList, PriceList.id == inner.c.list_id)
         .join(Product, Product.id == inner.c.product_id)
         .where(in_period(inner.c.valid_from, p.get("period")))
         .order_by(inner.c.valid_from, PriceList.name, Product.name, inner.c.id))
    if p.get("group"):
        q = q.where(Product.group_name == p["group"])
    return q


# --- 89 cross-sell --------------------------------------------------------------------------------
def _cross_sell(conn, p: Params):
    """Rows (product_a, product_b, buyers_a, both, not_b, rate): one Core read of the distinct
    (client, product) pairs bought in the period, paired here. (The same pairing as one SELECT
    joined derived tables that Firebird re-evaluated per row: minutes on 100,000 clients.)"""
    pairs = (select(Deal.client_id, DealLine.product_id).select_from(DealLine).join(Deal, Deal.id == DealLine.deal_id)
             .where(closed_in(p, ("WON",)), *deal_filters(p), DealLine.product_id.is_not(None)).distinct())
    buyers: dict[int, set[int]] = {}
    for client_id, product_id in conn.execute(pairs):
        buyers.setdefault(product_id, set()).add(client_id)
    products = {pid: (name, active) for pid, name, active in
                conn.execute(select(Product.id, Product.name, Product.is_active))}

    def key(pid: int) -> tuple[str, int]:
        return (products.get(pid, ("", False))[0] or "", pid)

    firsts = [p["product"]] if p.get("product") is not None else sorted(buyers, key=key)
    seconds = ([p["other"]] if p.get("other") is not None
               else sorted((pid for pid, (_, active) in products.items() if active), key=key))
    for a in firsts:
        clients = buyers.get(a, set())
        if not clients or a not in products:
            continue
        rows = []
        for b in seconds:
            if b == a or b not in products:
                continue
            both = len(clients & buyers.get(b, set()))
            rows.append({"product_a": products[a][0], "product_b": products[b][0], "buyers_a": len(clients),
                         "both": both, "not_b": len(clients) - both, "rate": both / len(clients)})
        rows.sort(key=lambda r: (-r["not_b"], r["product_b"]))
        yield from rows


# --- 87 slow-moving products in offers --------------------------------------------------------------
def _slow_in_offers(p: Params):
    """Catalogue products on the lines of OPEN deals (the offers), each deal once per product:
    how many offers, how many older than ``days``, their amount, average and oldest age (days
    from the deal's creation to the report's today), and when the product was last sold."""
    today = sql_date(p.today)
    age = func.datediff(literal_column("DAY"), cast(Deal.created_at, Date), today)
    per_deal = (select(DealLine.product_id.label("product_id"), Deal.id.label("deal_id"), age.label("age"),
                       func.sum(DealLine.qty).label("qty"), func.sum(DealLine.amount).label("amount"))
                .select_from(DealLine).join(Deal, Deal.id == DealLine.deal_id)
                .where(Deal.outcome == literal_column("'OPEN'"), DealLine.product_id.is_not(None), *deal_filters(p))
                .group_by(DealLine.product_id, Deal.id, Deal.created_at).subquery("pd"))
    old = literal_column(str(int(p.get("days") or 0)))
    sold_line, sold_deal = aliased(DealLine), aliased(Deal)
    last_sold = (select(func.max(sold_deal.closed_at)).select_from(sold_line)
                 .join(sold_deal, sold_deal.id == sold_line.deal_id)
                 .where(sold_line.product_id == per_deal.c.product_id, sold_deal.outcome == literal_column("'WON'"))
                 .scalar_subquery())
    oldest = func.max(per_deal.c.age)
    q = (select(Product.name.label("product"), or_label(Product.group_name, NO_GROUP).label("group"),
                func.count(per_deal.c.deal_id).label("offers"),
                func.sum(case((per_deal.c.age >= old, literal_column("1")), else_=literal_column("0"))).label("old"),
                func.coalesce(func.sum(per_deal.c.qty), literal_column("0")).label("qty"),
                money_sum(per_deal.c.amount).label("amount"),
                func.avg(cast(per_deal.c.age, DOUBLE_PRECISION())).label("avg_age"), oldest.label("oldest"),
                cast(last_sold, Date).label("last_sold"))
         .select_from(per_deal).join(Product, Product.id == per_deal.c.product_id)
         .group_by(per_deal.c.product_id, Product.name, Product.group_name)
         .having(oldest >= old)
         .order_by(oldest.desc(), Product.name, per_deal.c.product_id))
    if p.get("group"):
        q = q.where(Product.group_name == p["group"])
    return q


REPORTS: list[Definition] = [
    Report(
        id="products.price_list", category="G", ref=(83,),
        title=QT_TRANSLATE_NOOP("reports", "Price list"),
        question=QT_TRANSLATE_NOOP("reports", "What does each product cost today, per price list?"),
        params=(GROUP,), query=_price_list, group_by=("price_list",), grand_total=False,
        columns=(Col("price_list", QT_TRANSLATE_NOOP("reports", "Price list")),
                 Col("sku", QT_TRANSLATE_NOOP("reports", "SKU"), width=1.2),
                 Col("product", QT_TRANSLATE_NOOP("reports", "Product"), width=3),
                 Col("group", QT_TRANSLATE_NOOP("reports", "Product group"), width=1.5),
                 Col("unit", QT_TRANSLATE_NOOP("reports", "Unit"), width=0.6),
                 Col("price", QT_TRANSLATE_NOOP("reports", "Price"), "money", width=1.2),
                 Col("currency", QT_TRANSLATE_NOOP("reports", "Currency"), width=0.7),
                 Col("valid_from", QT_TRANSLATE_NOOP("reports", "Valid from"), "date"))),
    cube.cube_report(
        "products.sold", "G", (84,), QT_TRANSLATE_NOOP("reports", "Products sold by period"),
        QT_TRANSLATE_NOOP("reports", "Which products did we sell in each month, how many and for how much?"),
        (cube.period(Deal.closed_at), cube.PRODUCT), (LINE_DEALS, cube.QTY, SOLD),
        scope=cube.WON_IN, params=(CLOSED_PERIOD, GRAIN, MANAGER, FUNNEL)),
    cube.cube_report(
        "products.in_open_deals", "G", (85,), QT_TRANSLATE_NOOP("reports", "Products in open deals"),
        QT_TRANSLATE_NOOP("reports", "Which products do the open deals offer, and what are they likely to bring?"),
        cube.PRODUCT, (LINE_DEALS, cube.QTY, cube.AMOUNT, cube.WEIGHTED),
        scope=cube.OPEN_NOW, params=(MANAGER, FUNNEL), chart=Chart("hbar", x="product", y=("amount",))),
    cube.cube_report(
        "products.mix_by_segment", "G", (86,), QT_TRANSLATE_NOOP("reports", "Product mix by client segment"),
        QT_TRANSLATE_NOOP("reports", "Which product groups do clients of each status buy?"),
        (cube.STATUS, cube.PRODUCT_GROUP), (LINE_DEALS, cube.QTY, SOLD, SOLD_SHARE),
        scope=cube.WON_IN, params=(CLOSED_PERIOD, MANAGER, FUNNEL)),
    Report(
        id="products.price_changes", category="G", ref=(88,),
        title=QT_TRANSLATE_NOOP("reports", "Price changes log"),
        question=QT_TRANSLATE_NOOP("reports", "Which prices changed in the period, and by how much?"),
        params=(Param("period", "period", QT_TRANSLATE_NOOP("reports", "Valid from in"), default="last_12_months"),
                GROUP),
        query=_price_changes,
        columns=(Col("changed_on", QT_TRANSLATE_NOOP("reports", "Valid from"), "date"),
                 Col("price_list", QT_TRANSLATE_NOOP("reports", "Price list"), width=2),
                 Col("product", QT_TRANSLATE_NOOP("reports", "Product"), width=3, total="count"),
                 Col("old_price", QT_TRANSLATE_NOOP("reports", "Old price"), "money", width=1.2),
                 Col("new_price", QT_TRANSLATE_NOOP("reports", "New price"), "money", width=1.2),
                 Col("currency", QT_TRANSLATE_NOOP("reports", "Currency"), width=0.7),
                 Col("change", QT_TRANSLATE_NOOP("reports", "Change"), "percent"))),
    Report(
        id="products.cross_sell", category="G", ref=(89,),
        title=QT_TRANSLATE_NOOP("reports", "Cross-sell: clients who bought A but not B"),
        question=QT_TRANSLATE_NOOP("reports", "Of the clients who bought one product, how many have not bought another "
                                              "yet?"),
        params=(CLOSED_PERIOD, PRODUCT_A, PRODUCT_B, MANAGER), rows=_cross_sell, group_by=("product_a",),
        grand_total=False,
        columns=(Col("product_a", QT_TRANSLATE_NOOP("reports", "Bought (A)")),
                 Col("product_b", QT_TRANSLATE_NOOP("reports", "Other product (B)"), width=3),
                 Col("buyers_a", QT_TRANSLATE_NOOP("reports", "Clients who bought A"), "int"),
                 Col("both", QT_TRANSLATE_NOOP("reports", "Bought B too"), "int"),
                 Col("not_b", QT_TRANSLATE_NOOP("reports", "Not B yet"), "int"),
                 Col("rate", QT_TRANSLATE_NOOP("reports", "Bought B too, share"), "percent"))),
    Report(
        id="products.slow_in_offers", category="G", ref=(87,),
        title=QT_TRANSLATE_NOOP("reports", "Slow-moving products in offers"),
        question=QT_TRANSLATE_NOOP("reports", "Which products sit in open offers for a long time without being "
                                              "sold?"),
        params=(Param("days", "int", QT_TRANSLATE_NOOP("reports", "Offers older than, days"), default=30, minimum=0,
                      maximum=3650), GROUP, MANAGER, FUNNEL),
        query=_slow_in_offers, orientation="landscape",
        columns=(Col("product", QT_TRANSLATE_NOOP("reports", "Product"), width=3),
                 Col("group", QT_TRANSLATE_NOOP("reports", "Product group"), width=2),
                 Col("offers", QT_TRANSLATE_NOOP("reports", "Open offers"), "int", total="sum"),
                 Col("old", QT_TRANSLATE_NOOP("reports", "Of them old"), "int", total="sum"),
                 Col("qty", QT_TRANSLATE_NOOP("reports", "Quantity"), "number", total="sum"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Amount in offers"), "money", total="sum", width=1.5),
                 Col("avg_age", QT_TRANSLATE_NOOP("reports", "Average age, days"), "days", total=Weighted("offers")),
                 Col("oldest", QT_TRANSLATE_NOOP("reports", "Oldest, days"), "int", total="max"),
                 Col("last_sold", QT_TRANSLATE_NOOP("reports", "Last sold"), "date")),
        chart=Chart("hbar", x="product", y=("oldest",))),
]
