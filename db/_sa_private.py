"""Every use of SQLAlchemy's internals, in one place (issue #14). Layer: ``db``.

``tests/unit/test_private_apis.py`` checks each fact relied on here against the installed
SQLAlchemy, so a release that changes one fails there, by name; setup.py caps SQLAlchemy below
its next minor release (checked with SQLAlchemy 2.1.9).

* :class:`FixedPreparer`: ``Compiled.__init__`` assigns ``self.preparer =
  dialect.identifier_preparer`` and every ``visit_*`` of the statement compiler quotes names
  through ``self.preparer``. A compiler class that must quote through another preparer (the
  visibility routing of db/fdb_dialect.py) makes ``preparer`` a property whose setter ignores
  that assignment. SQLAlchemy has no public hook for a per-compiler preparer.
"""

from __future__ import annotations

from typing import Any

#: the release these internals were checked against (tests/unit/test_private_apis.py)
CHECKED_SQLALCHEMY = "2.1.9"


class FixedPreparer:
    """Mixin for a ``SQLCompiler`` subclass: quote through ``self.fixed_preparer()`` instead of the
    dialect's identifier preparer (see the module docstring)."""

    def fixed_preparer(self) -> Any:  # pragma: no cover - the subclass says which
        raise NotImplementedError

    @property
    def preparer(self) -> Any:
        return self.fixed_preparer()

    @preparer.setter
    def preparer(self, value: Any) -> None:  # Compiled.__init__ assigns the dialect's plain preparer
        pass
