"""Report definitions (see reports/spec.py)."""
from __future__ import annotations

from reports.spec import Definition

REPORTS: list[Definition] = []
