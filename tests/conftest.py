"""Shared fixtures: real Firebird only (STYLE.md 2.8).

* ``embedded_db``: a copy of an embedded template database (created + migrated + seeded once per
  session) in the test's tmp dir; returns its ConnectSpec.
* ``fb_server``: a private Firebird 3 server on 127.0.0.1 (tests/fbserver.py), once per session.
* ``server_db``: a copy of a server template database (the server has no attachment to the
  template, so a file copy is consistent), as a ConnectSpec with the test SYSDBA password.

Without the server binaries the server tests fail under CI=true (the set-up must install them) and
are skipped elsewhere with a message saying how to get them.
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="kartoteka-home-")
os.environ["KARTOTEKA_HOME"] = _home  # never touch the developer's real profile or data

from app.context import spec_from  # noqa: E402
from tests import fbserver  # noqa: E402

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def embedded_template(tmp_path_factory) -> Path:
    from app import database

    path = tmp_path_factory.mktemp("templates") / "embedded_template.fdb"
    database.create_database(spec_from(str(path)))
    return path


@pytest.fixture
def embedded_db(embedded_template, tmp_path):
    """A fresh migrated + seeded embedded database for this test."""
    path = tmp_path / "test.fdb"
    shutil.copy(embedded_template, path)
    return spec_from(str(path))


@pytest.fixture(scope="session")
def fb_server():
    if not fbserver.available():
        msg = "Firebird 3 server binaries missing: run ./dev.sh test (installs firebird3.0-server)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    srv = fbserver.FirebirdServer().start()
    yield srv
    srv.cleanup()


@pytest.fixture(scope="session")
def server_template(fb_server) -> Path:
    from app import database

    path = fb_server.data_dir / "server_template.fdb"
    database.create_database(spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password))
    return path


@pytest.fixture
def server_db(fb_server, server_template):
    """A fresh migrated + seeded database on the private server for this test."""
    path = fb_server.data_dir / f"test_{next(_counter)}.fdb"
    shutil.copy(server_template, path)
    yield spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    path.unlink(missing_ok=True)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_home, ignore_errors=True)
