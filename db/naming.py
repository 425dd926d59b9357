"""Constraint and index names that fit Firebird 3's 31-character identifier limit.

SQLAlchemy's default convention (``fk_<table>_<col>_<reftable>``) overflows quickly. Each name is
built from the convention below and, if longer than 31 characters, cut and suffixed with a short
stable hash so two long names never collide.
"""
from __future__ import annotations

import hashlib
from typing import Any

MAX_IDENT = 31


def fit(name: str, limit: int = MAX_IDENT) -> str:
    """Upper-case ``name`` and shorten it to ``limit`` characters with a 6-hex-digit hash suffix."""
    name = name.upper()
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:6].upper()
    return f"{name[: limit - 7].rstrip('_')}_{digest}"


def _cols(constraint) -> str:
    return "_".join(c.name for c in constraint.columns)


def _pk(constraint, table):
    return fit(f"PK_{table.name}")


def _fk(constraint, table):
    return fit(f"FK_{table.name}_{_cols(constraint)}")


def _uq(constraint, table):
    return fit(f"UQ_{table.name}_{_cols(constraint)}")


def _ck(constraint, table):
    return fit(f"CK_{table.name}_{constraint.name}")


def _ix(index, table):
    return fit(f"IX_{table.name}_{'_'.join(c.name for c in index.columns)}")


NAMING_CONVENTION: dict[str, Any] = {
    "pk_name": _pk,
    "fk_name": _fk,
    "uq_name": _uq,
    "ck_constraint_name": _ck,
    "ix_name": _ix,
    "pk": "%(pk_name)s",
    "fk": "%(fk_name)s",
    "uq": "%(uq_name)s",
    "ck": "%(ck_constraint_name)s",
    "ix": "%(ix_name)s",
}
