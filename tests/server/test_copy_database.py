"""``kartoteka copy``: embedded demo → FB3 server → new embedded file, every table compared.

Real engines only: the FB5 embedded engine and the private FB3 test server (tests/fbserver.py).
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from app import clients, copy_database, database, demo, files
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from app.errors import UserError
from db import copy as dbcopy
from db.models import metadata

ROOT = Path(__file__).resolve().parents[2]


def _all_rows(spec) -> dict[str, list[tuple]]:
    """Every row of every model table, in key order (the comparison the copy promises)."""
    out = {}
    with AppContext(spec, check_schema=False) as ctx, ctx.engine.connect() as conn:
        for tc in dbcopy.plan(metadata):
            out[tc.name] = [r for page in dbcopy.iter_pages(conn, tc) for r in page]
        conn.rollback()
    return out


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory, embedded_template):
    """An embedded demo database with files (BLOBs), edited rows (versions > 1), a merged client
    (self-reference) and audit rows."""
    import shutil

    path = tmp_path_factory.mktemp("copy") / "персональная база.fdb"
    shutil.copy(embedded_template, path)
    spec = spec_from(str(path))
    with AppContext(spec) as ctx:
        demo.generate(ctx, clients=60, seed=7)
        rnd = random.Random(5)
        c = clients.save_client(ctx, ClientDraft(name="Файлы и версии"))
        for i in range(30):  # more than one BLOB page, binary and large
            data = bytes(rnd.getrandbits(8) for _ in range(200 + i * 997))
            files.attach_file(ctx, c.id, f"скан {i}.bin", data)
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("UPDATE CLIENTS SET NOTE = 'изменено' WHERE ID = ?", (c.id,))
            conn.exec_driver_sql("UPDATE CLIENTS SET MERGED_INTO_ID = ? WHERE ID = (SELECT MIN(ID) FROM CLIENTS)",
                                 (c.id,))
            conn.commit()
    return spec


def test_embedded_to_server_to_embedded(demo_source, fb_server, tmp_path):
    before = _all_rows(demo_source)
    assert len(before["ATTACHMENT_BODIES"]) == 30 and len(before["AUDIT_LOG"]) > 0
    assert any(r[0] > 1 for r in before["CLIENTS"])
    server = spec_from(fb_server.dsn(fb_server.data_dir / "office copy.fdb"), "SYSDBA", fb_server.password)
    seen = []
    r1 = copy_database.copy_database(demo_source, server, progress=lambda d, t, w: seen.append((d, t, w)))
    assert r1.finished and r1.verified and not r1.resumed
    assert r1.rows == sum(len(v) for v in before.values())
    copied = [(d, t) for d, t, w in seen if not w.startswith("checking")]
    assert copied[-1] == (r1.rows, r1.rows)  # the copy's progress reached every row (then the check's steps)
    assert {t.name for t in r1.tables} == {t.name.upper() for t in metadata.tables.values()}
    # logins are listed, not copied: the demo managers have none on this server
    demo_logins = {u.login for u in r1.logins if u.login != "SYSDBA"}
    assert demo_logins and all(u.has_login is False for u in r1.logins if u.login in demo_logins)

    back = spec_from(str(tmp_path / "обратно.fdb"))
    r2 = copy_database.copy_database(server, back)
    assert r2.verified
    assert _all_rows(server) == before
    assert _all_rows(back) == before  # ids, versions, dates, history, audit and files, byte for byte

    # the copy is a working database: triggers back on, generators past the copied ids
    for spec in (server, back):
        with AppContext(spec) as ctx:
            with ctx.engine.connect() as conn:
                assert dbcopy.table_triggers(conn, inactive_only=True) == []
                assert dbcopy.description(conn) is None
            assert database.check_database(ctx).ok
            new = clients.save_client(ctx, ClientDraft(name="После переноса"))
            assert new.id > max(r[0] for r in before["CLIENTS"])
            with ctx.engine.connect() as conn:
                ver, created_by = conn.exec_driver_sql(
                    "SELECT VERSION, CREATED_BY FROM CLIENTS WHERE ID = ?", (new.id,)).one()
                n_audit = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM AUDIT_LOG WHERE TABLE_NAME = 'CLIENTS' AND RECORD_ID = ?",
                    (new.id,)).scalar_one()
                conn.rollback()
            assert ver == 1 and created_by.strip() == ctx.info.user and n_audit == 1


def test_interrupted_copy_resumes(demo_source, tmp_path):
    target = spec_from(str(tmp_path / "resume.fdb"))
    pages = []

    def stop_after_some() -> bool:
        return len(pages) >= 3

    with pytest.raises(copy_database.CopyCancelled):
        copy_database.copy_database(demo_source, target, progress=lambda d, t, w: pages.append(w),
                                    should_stop=stop_after_some)
    with AppContext(target, check_schema=False) as ctx, ctx.engine.connect() as conn:
        assert dbcopy.description(conn).startswith(dbcopy.MARKER)
        assert dbcopy.table_triggers(conn, inactive_only=True)  # still bypassed until the copy ends
        partial = sum(dbcopy.row_counts(conn, [t.name for t in dbcopy.plan(metadata)]).values())
        conn.rollback()
    total = sum(len(v) for v in _all_rows(demo_source).values())
    assert 0 < partial < total
    # a half-copied target is no working database: check says so
    with AppContext(target, check_schema=False) as ctx:
        assert not database.check_database(ctx).ok
    r = copy_database.copy_database(demo_source, target)
    assert r.resumed and r.finished and r.verified
    assert r.rows == total - partial  # nothing copied twice
    assert _all_rows(target) == _all_rows(demo_source)


def test_refuses_existing_target_and_same_database(demo_source, embedded_db):
    with pytest.raises(UserError, match="already exists"):
        copy_database.copy_database(demo_source, embedded_db)
    with pytest.raises(UserError, match="same database"):
        copy_database.copy_database(demo_source, demo_source)


def test_ordinary_login_cannot_switch_triggers_off(server_db):
    """The bypass is DDL that only the owner, SYSDBA or RDB$ADMIN may run."""
    from app import users

    with AppContext(server_db) as ctx:
        users.add_user(ctx, "COPY_MGR", "CRM_MANAGER", "Mgr-pass-1")
    mgr = spec_from(str(server_db.target), "COPY_MGR", "Mgr-pass-1")
    with AppContext(mgr) as ctx, ctx.engine.connect() as conn:
        with pytest.raises(Exception, match="(?i)no permission|privilege"):
            dbcopy.set_triggers_active(conn, False)
    with AppContext(server_db) as ctx, ctx.engine.connect() as conn:
        assert dbcopy.table_triggers(conn, inactive_only=True) == []
        conn.rollback()


def test_cli_copy(demo_source, fb_server, tmp_path):
    target = fb_server.dsn(fb_server.data_dir / "cli copy.fdb")
    env = dict(os.environ, KARTOTEKA_PASSWORD=fb_server.password, KARTOTEKA_USER="SYSDBA")
    res = subprocess.run([sys.executable, "-m", "app", "copy", "--from", str(demo_source.target), "--to", target],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert "ATTACHMENT_BODIES" in res.stdout and "MGR_" in res.stdout
    again = subprocess.run([sys.executable, "-m", "app", "copy", "--from", str(demo_source.target), "--to", target],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
