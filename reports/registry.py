"""The catalogue: explicit imports of every catalogue module (no directory scanning, so PyInstaller
sees them all — STYLE.md 2.5 rule 1). Layer: ``reports``.

``all_reports()`` keeps registry order (category, then module order); ids are unique and stable.
"""
from __future__ import annotations

from functools import lru_cache

from app.context import AppContext
from app.errors import ValidationError
from app.i18n import translate
from reports import forms
from reports.catalog import (
    a_clients,
    b_dates,
    c_activity,
    d_funnel,
    e_invoices,
    e_sales,
    f_kpi,
    g_products,
    h_documents,
    i_imports,
    i_quality,
    j_audit,
    k_summary,
)
from reports.spec import CATEGORIES, Definition

MODULES = (a_clients, b_dates, c_activity, d_funnel, e_sales, e_invoices, f_kpi, g_products, h_documents, i_quality,
           i_imports, j_audit, k_summary, forms)


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


#: record parameters a document needs, and the sample record each takes when nobody chooses one
#: (the first deal with lines, the first client with deals: a form with something to print)
_SAMPLE_SQL = {
    "deal": "SELECT FIRST 1 d.ID FROM DEALS d WHERE EXISTS "
            "(SELECT 1 FROM DEAL_LINES l WHERE l.DEAL_ID = d.ID) ORDER BY d.ID",
    "client": "SELECT FIRST 1 c.ID FROM CLIENTS c WHERE EXISTS "
              "(SELECT 1 FROM DEALS d WHERE d.CLIENT_ID = c.ID) ORDER BY c.ID",
}


def sample_values(ctx: AppContext, defn: Definition) -> dict[str, int]:
    """Values for the record parameters (``deal``, ``client``) of ``defn``, so a document runs
    without a user choosing (the catalogue test, the benchmark). A parameter with no suitable
    record in the database is left out (its default, if any, applies). Reads through the
    visibility views (``ctx.reader``); other parameters keep their defaults."""
    keys = {p.key for p in defn.params}
    values: dict[str, int] = {}
    for key, sql in _SAMPLE_SQL.items():
        if key in keys and (row := ctx.reader.one(sql)) is not None:
            values[key] = row[0]
    return values
