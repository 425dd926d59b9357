"""Migrations can be replayed (issue #14, point 2).

* An empty embedded database upgraded one revision at a time reaches head, each step recorded, and
  the newest revisions go down and up again to the same schema.
* A customer's database made by an old release and upgraded by this program equals a fresh one:
  every table, column type, index, constraint, trigger/procedure/function source, grant, sequence,
  role and exception, read from the system tables (tests/schema_snapshot.py).

The old databases are backups (``db.backup.backup_to_stream``) of what ``python -m app init`` of
an old commit made — the schema and reference data an office installed then — restored by the
embedded engine, so the test needs no git history and no old code:

* ``tests/data/migrations/kartoteka_0008_2026-11-24.fbk.gz``: commit 576622d, revision 0008 (the
  first round's release);
* ``tests/data/migrations/kartoteka_0012_2026-12-08.fbk.gz``: commit 20898bc, revisions up to
  0013/0012 (before issue #14). A later revision that changes a helper or an SQL file an earlier
  revision uses shows up here as a difference.

Add a backup here when a release ships (a few tens of KB each).
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from app.context import AppContext, spec_from
from db import backup, migrate
from db import engine as dbe
from tests.schema_snapshot import differences, snapshot

DATA = Path(__file__).parents[1] / "data" / "migrations"
#: backup file -> the revision its database is at
OLD_DATABASES = {
    "kartoteka_0008_2026-11-24.fbk.gz": "0008",
    "kartoteka_0012_2026-12-08.fbk.gz": "0012",
}


def _chain() -> list[str]:
    """The revisions from the first to head, in upgrade order."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions("base", "heads")))]


def _snapshot(path: Path) -> dict[str, set[tuple]]:
    with AppContext(spec_from(str(path)), check_schema=False) as ctx:
        raw = ctx.engine.raw_connection()
        try:
            return snapshot(raw.dbapi_connection)
        finally:
            raw.close()


@pytest.fixture(scope="module")
def fresh(embedded_template: Path) -> dict[str, set[tuple]]:
    """The schema of a database made as ``init`` makes it (the session's template: all revisions
    in one run, then the reference data)."""
    return _snapshot(embedded_template)


def test_empty_database_upgrades_one_revision_at_a_time(tmp_path: Path, fresh: dict[str, set[tuple]]) -> None:
    chain = _chain()
    assert chain[0] == "0001" and chain[-1] == migrate.head_revision()
    assert len(chain) == len(migrate.known_revisions())  # one line of history, no branch left out

    path = tmp_path / "replay.fdb"
    spec = spec_from(str(path))
    dbe.create_database(spec)
    with AppContext(spec, check_schema=False) as ctx:
        assert migrate.current_revision(ctx.engine) is None
        for rev in chain:
            migrate.upgrade(ctx.engine, rev)
            assert migrate.current_revision(ctx.engine) == rev
    replayed = _snapshot(path)
    # step by step ends where one run ends (init's reference data is rows, not schema)
    diffs = differences(replayed, fresh, "step by step", "init")
    assert not diffs, "\n".join(diffs)

    # the two newest revisions go down and come back to the same schema
    with AppContext(spec, check_schema=False) as ctx:
        ctx.reader.restart()  # its prepared statements hold views the downgrades drop
        migrate.downgrade(ctx.engine, chain[-3])
        assert migrate.current_revision(ctx.engine) == chain[-3]
    lower = _snapshot(path)
    assert differences(lower, replayed), "downgrading two revisions changed nothing"
    with AppContext(spec, check_schema=False) as ctx:
        migrate.upgrade(ctx.engine)
        assert migrate.current_revision(ctx.engine) == chain[-1]
    again = _snapshot(path)
    diffs = differences(again, replayed, "down and up", "replayed")
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("backup_file", sorted(OLD_DATABASES))
def test_database_of_an_old_release_upgrades_to_a_fresh_one(
    backup_file: str, tmp_path: Path, fresh: dict[str, set[tuple]]
) -> None:
    revision = OLD_DATABASES[backup_file]
    path = tmp_path / "customer.fdb"
    spec = spec_from(str(path))
    with gzip.open(DATA / backup_file) as f:
        backup.restore_from_stream(io.BytesIO(f.read()), spec)
    if revision == "0008":
        assert len(differences(_snapshot(path), fresh)) > 100  # the comparison sees five revisions' change

    with AppContext(spec, check_schema=False) as ctx:
        assert migrate.current_revision(ctx.engine) == revision
        migrate.upgrade(ctx.engine)
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
    diffs = differences(_snapshot(path), fresh)
    assert not diffs, f"a database of revision {revision} upgraded to head differs from a fresh one:\n" + "\n".join(
        diffs
    )


def test_comparison_sees_a_changed_trigger_and_grant(
    tmp_path: Path, embedded_template: Path, fresh: dict[str, set[tuple]]
) -> None:
    """The snapshot is not blind to the usual upgrade bugs: an old trigger text, a missing grant."""
    import shutil

    path = tmp_path / "changed.fdb"
    shutil.copy(embedded_template, path)
    with AppContext(spec_from(str(path)), check_schema=False) as ctx:
        raw = ctx.engine.raw_connection()
        try:
            con = raw.dbapi_connection
            cur = con.cursor()
            cur.execute("REVOKE SELECT ON CLIENTS FROM PROCEDURE SP_REFRESH_CLIENT_STATS")
            con.commit()
            cur.execute("ALTER TRIGGER TRG_CLIENTS_STATUS POSITION 7")
            con.commit()
        finally:
            raw.close()
    diffs = differences(_snapshot(path), fresh)
    assert any(d.startswith("privileges: only in fresh") and "SP_REFRESH_CLIENT_STATS" in d for d in diffs), diffs
    assert any(d.startswith("triggers: ") and "TRG_CLIENTS_STATUS" in d for d in diffs), diffs
