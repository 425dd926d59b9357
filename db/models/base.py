"""Declarative base, naming convention and the columns every editable table carries.

``Tracked`` adds ``version`` (optimistic locking, ``version_id_col``) and who/when columns. The
server owns them: BEFORE triggers (db/sql/triggers/) set ``created_*``/``changed_*`` from
``CURRENT_USER``/``CURRENT_TIMESTAMP`` and force ``version = old.version + 1`` on every UPDATE, so
isql users cannot forge them either. The ORM computes the same ``old + 1`` and puts the old value in
the WHERE clause, so a lost race updates 0 rows and surfaces as ``StaleDataError``.
"""
from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr

import db.fdb_dialect  # noqa: F401  (registers "firebird" before any Index(firebird_...) is declared)
from db.naming import NAMING_CONVENTION
from db.types import TYPE_ANNOTATION_MAP, Login, Stamp, StampN, Version


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = TYPE_ANNOTATION_MAP


class Tracked:
    """Mixin for editable tables: version + created/changed who and when (set by triggers)."""

    version: Mapped[Version]
    created_at: Mapped[Stamp]
    created_by: Mapped[Login]
    changed_at: Mapped[StampN]
    changed_by: Mapped[Login]

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}


#: Tables that get the standard BEFORE INSERT/UPDATE trigger (filled by the models' modules).
TRACKED_TABLES: list[str] = []
