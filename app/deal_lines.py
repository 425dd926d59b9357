"""Product lines of a deal: line arithmetic, prices from the price list, products to choose from.

Layer: ``app`` (pure Python; reads through the read channel, so the visibility views apply).
Amounts are computed here, never taken from the screen: ``qty × price × (1 − discount/100)``
rounded half-up to kopecks, and a deal with lines is worth the sum of its lines (issue #5).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app import uow
from app.context import AppContext

CENT = Decimal("0.01")


def line_amount(qty: Decimal, price: Decimal, discount_pct: Decimal | None) -> Decimal:
    """``qty × price × (1 − discount/100)`` rounded half-up to 0.01."""
    disc = Decimal(discount_pct or 0)
    return (Decimal(qty) * Decimal(price) * (Decimal(100) - disc) / Decimal(100)).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class ProductChoice:
    id: int
    sku: str | None
    name: str
    unit: str
    price: Decimal | None  #: the price valid today in the chosen price list (None: not priced there)


#: The default price list: the first active one (by id). A parameter of NULL picks it.
_DEFAULT_LIST = "(SELECT FIRST 1 pl.ID FROM PRICE_LISTS pl WHERE pl.IS_ACTIVE = TRUE ORDER BY pl.ID)"

_PRICE_SQL = f"""
SELECT FIRST 1 pr.PRICE FROM PRICES pr
WHERE pr.PRODUCT_ID = ? AND pr.PRICE_LIST_ID = COALESCE(CAST(? AS INTEGER), {_DEFAULT_LIST})
  AND (pr.VALID_FROM IS NULL OR pr.VALID_FROM <= CAST(? AS DATE))
ORDER BY pr.VALID_FROM DESC NULLS LAST
"""

_PRODUCTS_SQL = f"""
SELECT FIRST 2000 p.ID, p.SKU, p.NAME, p.UNIT,
       (SELECT FIRST 1 pr.PRICE FROM PRICES pr
         WHERE pr.PRODUCT_ID = p.ID AND pr.PRICE_LIST_ID = COALESCE(CAST(? AS INTEGER), {_DEFAULT_LIST})
           AND (pr.VALID_FROM IS NULL OR pr.VALID_FROM <= CURRENT_DATE)
         ORDER BY pr.VALID_FROM DESC NULLS LAST)
FROM PRODUCTS p WHERE p.IS_ACTIVE = TRUE ORDER BY p.NAME, p.ID
"""


def price_for(ctx: AppContext, product_id: int, price_list_id: int | None = None,
              on: dt.date | None = None) -> Decimal | None:
    """The product's price in ``price_list_id`` (default: the first active price list) valid on
    ``on`` (default: today): the row with the latest VALID_FROM not after that day. None: no price."""
    day = on or dt.date.today()
    rows = uow.read(ctx, _PRICE_SQL, (product_id, price_list_id, day))
    return rows[0][0] if rows else None


def product_choices(ctx: AppContext, price_list_id: int | None = None) -> list[ProductChoice]:
    """Active products by name with today's price in the price list (one read) for the lines editor."""
    return [ProductChoice(r[0], r[1], r[2], (r[3] or "").strip(), r[4])
            for r in uow.read(ctx, _PRODUCTS_SQL, (price_list_id,))]
