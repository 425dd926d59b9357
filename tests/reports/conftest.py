"""Report test fixtures: an empty migrated embedded database per test (``ctx``) to fill with
:class:`tests.reports.seed.Seed`, and one demo database per session (``demo_ctx_path``) for the
catalogue smoke test."""
from __future__ import annotations

import os

os.environ.setdefault("LC_ALL", "C.UTF-8")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.context import AppContext, spec_from  # noqa: E402


@pytest.fixture
def ctx(embedded_db):
    with AppContext(embedded_db) as c:
        yield c


@pytest.fixture(scope="session")
def demo_report_db(tmp_path_factory) -> Path:
    """A demo database (300 clients) shared by the smoke tests of every report."""
    from app import database, demo

    path = tmp_path_factory.mktemp("reports-demo") / "demo.fdb"
    spec = spec_from(str(path))
    database.create_database(spec)
    with AppContext(spec) as c:
        demo.generate(c, clients=300, seed=7)
    return path


@pytest.fixture
def demo_ctx(demo_report_db):
    with AppContext(spec_from(str(demo_report_db))) as c:
        yield c
