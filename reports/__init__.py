"""The report layer: report definitions, one engine and the PDF/XLSX/preview renderers (STYLE.md 2.5).

Imports ``app`` and ``db``; never Qt except ``reports.preview``. Filled by a later issue.
"""
