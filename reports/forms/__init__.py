"""Printable documents (REPORTS.md H and the printable client/deal forms): Document definitions."""
from __future__ import annotations

from reports.spec import Definition

REPORTS: list[Definition] = []
