"""Data layer: SQLAlchemy models, the firebird+fdb dialect, engines, migrations and server SQL.

Layer rule (ARCHITECTURE.md): ``db`` imports nothing of ours and no Qt.
"""
