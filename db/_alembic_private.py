"""Every use of Alembic's internals, in one place (issue #14). Layer: ``db``.

``MigrationContext._ensure_version_table()`` creates ``alembic_version`` when it is missing.
Firebird must commit that table before the first revision writes its row (db/migrate.py), while
Alembic's public API only creates it inside the first ``upgrade``'s transaction.
``tests/unit/test_private_apis.py`` checks it on the installed Alembic; setup.py caps Alembic below
its next major release (checked with Alembic 1.20.1).
"""

from __future__ import annotations

from typing import Any

#: the release this internal was checked against (tests/unit/test_private_apis.py)
CHECKED_VERSION = "1.20.1"


def ensure_version_table(context: Any) -> None:
    """Create Alembic's version table through the MigrationContext ``context`` if it is missing."""
    context._ensure_version_table()
