"""The catalogue: explicit imports of every catalogue module (no directory scanning, so PyInstaller
sees them all — STYLE.md 2.5 rule 1). Layer: ``reports``.

``all_reports()`` keeps registry order (category, then module order); ids are unique and stable.
"""
from __future__ import annotations

from functools import lru_cache

from app.errors import ValidationError
from app.i18n import translate
from reports import forms
from reports.catalog import a_clients, c_activity, d_funnel, e_sales
from reports.spec import CATEGORIES, Definition

MODULES = (a_clients, c_activity, d_funnel, e_sales, forms)


@lru_cache(maxsize=1)
def _index() -> dict[str, Definition]:
    out: dict[str, Definition] = {}
    for module in MODULES:
        for d in module.REPORTS:
            if d.id in out:
                raise ValueError(f"duplicate report id {d.id}")
            out[d.id] = d
    return out


def all_reports() -> list[Definition]:
    """Every definition, sorted by category letter then registry order."""
    order = list(CATEGORIES)
    return sorted(_index().values(), key=lambda d: order.index(d.category))


def by_id(report_id: str) -> Definition:
    try:
        return _index()[report_id]
    except KeyError:
        raise ValidationError("report", translate("reports", "There is no report {id}. "
                                                  "`python -m app report --list` shows them all.").format(id=report_id)) from None


def category_title(letter: str) -> str:
    return translate("reports", CATEGORIES[letter])
