"""Checks the catalogue tests share (tests/reports/test_a_… to test_e_…). Plain functions; the
fixtures (``ctx``, ``demo_ctx``) are in conftest.py."""
from __future__ import annotations

from decimal import Decimal

from reports.spec import NUMERIC_FORMATS


def groups(r) -> list[str]:
    """The group header labels of a report result, in order."""
    return [ln.label for ln in r.lines if ln.kind == "group"]


def subtotals(r) -> list[tuple]:
    """The values of the subtotal lines of a report result, in order."""
    return [ln.values for ln in r.lines if ln.kind == "subtotal"]


def assert_numeric_cells(r, name: str) -> None:
    """Every cell of a numeric column (rows and grand total) is a number or empty, never text."""
    assert r.row_count >= 0
    numeric = [i for i, c in enumerate(r.columns) if c.fmt in NUMERIC_FORMATS]
    for row in r.rows():
        for i in numeric:
            assert row[i] is None or isinstance(row[i], (int, float, Decimal)), (name, r.columns[i].key, row[i])
    if r.totals is not None:
        for i in numeric:
            assert r.totals[i] is None or isinstance(r.totals[i], (int, float, Decimal)), (name, r.columns[i].key)
