"""Report definitions, one module per REPORTS.md category (A–K); registered in reports/registry.py."""
