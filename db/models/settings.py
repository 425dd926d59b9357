"""Per-database settings shared by all users (company requisites, defaults): key → text value."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked


class Setting(Tracked, Base):
    __tablename__ = "SETTINGS"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    text_value: Mapped[str | None] = mapped_column(String(4000))
