"""Products, price lists and prices (deal lines refer to products)."""
from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import DateN, FlagTrue, IntPk, Money, Name, NameN


class Product(Tracked, Base):
    __tablename__ = "PRODUCTS"
    id: Mapped[IntPk]
    sku: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[Name]
    group_name: Mapped[NameN]
    unit: Mapped[str] = mapped_column(String(10), nullable=False, server_default="pcs")
    is_active: Mapped[FlagTrue]


class PriceList(Tracked, Base):
    __tablename__ = "PRICE_LISTS"
    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="RUB")
    is_active: Mapped[FlagTrue]


class Price(Tracked, Base):
    __tablename__ = "PRICES"
    __table_args__ = (UniqueConstraint("price_list_id", "product_id", "valid_from"),)
    id: Mapped[IntPk]
    price_list_id: Mapped[int] = mapped_column(ForeignKey("PRICE_LISTS.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("PRODUCTS.id", ondelete="CASCADE"), index=True)
    price: Mapped[Money]
    valid_from: Mapped[DateN]
