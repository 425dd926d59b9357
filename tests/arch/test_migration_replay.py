"""Migrations can be replayed (issue #14, point 2).

* An empty embedded database upgraded one revision at a time reaches head, each step recorded, and
  the newest revisions go down and up again to the same schema.
* A customer's database made by an old release and upgraded by this program equals a fresh one:
  every table, column type, index, constraint, trigger/procedure/function source, grant, sequence,
  role and exception, read from the system tables (tests/schema_snapshot.py).

The old database is ``tests/data/migrations/kartoteka_0008_2026-11-24.fbk.gz``: ``python -m app
init`` of commit 576622d (the state of 2026-11-24, revision 0008, the first round's release) backed
up with ``db.backup.backup_to_stream`` — the schema and reference data an office installed then.
It is restored by the embedded engine, so the test needs no git history and no old code.
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

OLD_BACKUP = Path(__file__).parents[1] / "data" / "migrations" / "kartoteka_0008_2026-11-24.fbk.gz"
OLD_REVISION = "0008"


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


def test_database_of_the_first_release_upgrades_to_a_fresh_one(tmp_path: Path, fresh: dict[str, set[tuple]]) -> None:
    path = tmp_path / "customer.fdb"
    spec = spec_from(str(path))
    with gzip.open(OLD_BACKUP) as f:
        backup.restore_from_stream(io.BytesIO(f.read()), spec)
    old = _snapshot(path)
    assert len(differences(old, fresh)) > 100  # the comparison sees five revisions' worth of change

    with AppContext(spec, check_schema=False) as ctx:
        assert migrate.current_revision(ctx.engine) == OLD_REVISION
        migrate.upgrade(ctx.engine)
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
    diffs = differences(_snapshot(path), fresh)
    assert not diffs, "a database of revision 0008 upgraded to head differs from a fresh one:\n" + "\n".join(diffs)


def test_comparison_sees_a_changed_trigger_and_grant(tmp_path: Path, embedded_template: Path,
                                                    fresh: dict[str, set[tuple]]) -> None:
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
