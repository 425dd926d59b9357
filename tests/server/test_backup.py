"""Backup and restore through the services API: embedded FB5 and the FB3 test server, paths with
Cyrillic letters and spaces, verification, refusal to overwrite a database in use, the nightly
backup of ``jobs run`` with rotation, and ``migrate`` that backs up first."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import backup, clients, demo
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from app.errors import NotAllowed, UserError
from db import migrate

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args, env=None, stdin=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=e, capture_output=True, text=True,
                          timeout=600, input=stdin)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, embedded_template):
    path = tmp_path_factory.mktemp("bk") / "Офис Рога и копыта" / "база crm.fdb"
    path.parent.mkdir()
    shutil.copy(embedded_template, path)
    with AppContext(spec_from(str(path))) as ctx:
        demo.generate(ctx, clients=40, seed=3)
    return path


def test_embedded_backup_verify_restore_cyrillic_paths(demo_file, tmp_path):
    fbk = tmp_path / "Резервные копии" / "база 1.fbk"
    res = _cli("backup", "--db", str(demo_file), "--to", str(fbk), "--verify")
    assert res.returncode == 0, res.stderr
    assert fbk.is_file() and fbk.stat().st_size > 100_000 and "verified" in res.stdout
    figures = json.loads(Path(str(fbk) + ".json").read_text(encoding="utf-8"))["tables"]
    assert figures["CLIENTS"]["rows"] >= 40 and figures["CLIENTS"]["checksum"] is not None
    assert not list(fbk.parent.glob("*.part"))

    target = tmp_path / "восстановлено" / "новая база.fdb"
    res = _cli("restore", str(fbk), "--to", str(target), "--verify")
    assert res.returncode == 0, res.stderr
    assert "verified" in res.stdout
    with AppContext(spec_from(str(target))) as ctx, ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM CLIENTS").scalar_one() == figures["CLIENTS"]["rows"]
        conn.rollback()

    # an existing database is not overwritten without --replace, nor while it is open
    res = _cli("restore", str(fbk), "--to", str(target))
    assert res.returncode == 1 and "--replace" in res.stderr
    with AppContext(spec_from(str(target))):
        res = _cli("restore", str(fbk), "--to", str(target), "--replace")
        assert res.returncode == 3 and "in use" in res.stderr and "Traceback" not in res.stderr
    res = _cli("restore", str(fbk), "--to", str(target), "--replace", "--verify")
    assert res.returncode == 0, res.stderr

    # a file-only verification, and one that must fail when the figures do not match
    res = _cli("restore", str(fbk), "--verify")
    assert res.returncode == 0 and "verified" in res.stdout
    man = Path(str(fbk) + ".json")
    data = json.loads(man.read_text(encoding="utf-8"))
    data["tables"]["DEALS"]["checksum"] += 1
    man.write_text(json.dumps(data), encoding="utf-8")
    res = _cli("restore", str(fbk), "--verify")
    assert res.returncode == 1 and "DEALS" in res.stdout


def test_server_backup_lands_on_this_machine(fb_server, server_template, tmp_path):
    server_path = fb_server.data_dir / "офис база.fdb"
    shutil.copy(server_template, server_path)
    spec = spec_from(fb_server.dsn(server_path), "SYSDBA", fb_server.password)
    with AppContext(spec) as ctx:
        clients.save_client(ctx, ClientDraft(name="ООО «Резерв»"))
        fbk = tmp_path / "копии с сервера" / "офис 1.fbk"
        res = backup.backup_database(ctx, fbk, verify=True)
        assert res.verify.ok, res.verify.lines
        assert res.size == fbk.stat().st_size > 0
        status = backup.backup_status(ctx)
        assert status.last_at is not None and str(fbk) in status.last_details and not status.stale
        assert backup.backup_status(ctx, now=status.last_at + dt.timedelta(days=1, minutes=1)).stale
    # nothing was written on the server's side beside the database
    assert sorted(p.name for p in fb_server.data_dir.glob("*.fbk")) == []

    new = spec_from(fb_server.dsn(fb_server.data_dir / "восстановленная база.fdb"), "SYSDBA", fb_server.password)
    r = backup.restore_database(fbk, new, verify=True)
    assert r.verify.ok, r.verify.lines
    with AppContext(new) as ctx:
        # open: a restore over it is refused, nothing is touched
        with pytest.raises(NotAllowed, match="in use"):
            backup.restore_database(fbk, new, replace=True)
        with pytest.raises(UserError, match="--replace"):
            backup.restore_database(fbk, new)
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM CLIENTS WHERE NAME = 'ООО «Резерв»'").scalar_one() == 1
            conn.rollback()
    r = backup.restore_database(fbk, new, replace=True, verify=True)
    assert r.verify.ok

    # a CRM administrator (no SYSDBA): the Backups page reads and saves, jobs run without a folder
    # makes no backup and does not fail
    from app import users

    with AppContext(spec) as ctx:
        users.add_user(ctx, "BK_ADMIN", "CRM_ADMIN", "Bk-admin-pass-1")
    admin = spec_from(str(spec.target), "BK_ADMIN", "Bk-admin-pass-1")
    with AppContext(admin) as ctx:
        st = backup.backup_status(ctx)
        assert st.last_at is not None and st.settings.folder is None
        assert backup.run_scheduled(ctx, dt.datetime(2026, 11, 5, 2, 0)).made is None
        backup.save_settings(ctx, backup.BackupSettings("/srv/backups", 10, 5))
        assert backup.load_settings(ctx) == backup.BackupSettings("/srv/backups", 10, 5)


def test_rotation_keeps_daily_and_weekly():
    days = [dt.date(2026, 11, 1) + dt.timedelta(days=i) for i in range(40)]
    files = [Path(f"crm-{d.isoformat()}.fbk") for d in days] + [Path("notes.fbk")]
    gone = backup.to_delete(files, keep_daily=7, keep_weekly=4)
    kept = sorted(set(files) - set(gone) - {Path("notes.fbk")})
    kept_dates = [dt.date.fromisoformat(p.name[4:14]) for p in kept]
    assert kept_dates[-7:] == days[-7:]  # the last seven days
    older = kept_dates[:-7]
    # plus the newest backup of each of the four newest ISO weeks (the newest weeks' are among the days)
    weeks = sorted({d.isocalendar()[:2] for d in days}, reverse=True)[:4]
    newest_of_week = {w: max(d for d in days if d.isocalendar()[:2] == w) for w in weeks}
    assert set(kept_dates) == set(days[-7:]) | set(newest_of_week.values())
    assert all(d.isocalendar()[2] == 7 for d in older)  # Sundays: the last backup of their week
    assert Path("notes.fbk") not in gone  # not a scheduled backup: never touched


def test_jobs_run_makes_the_days_backup_and_rotates(embedded_db, tmp_path):
    folder = tmp_path / "ночные копии"
    folder.mkdir()
    old = [folder / f"test-2026-10-{d:02d}.fbk" for d in range(1, 21)]
    for p in old:
        p.write_bytes(b"old")
    res = _cli("jobs", "run", "--db", str(embedded_db.target), "--now", "2026-11-05T02:00",
               "--backup-dir", str(folder), "--keep-daily", "3", "--keep-weekly", "2")
    assert res.returncode == 0, res.stderr
    made = folder / "test-2026-11-05.fbk"
    assert made.is_file() and made.stat().st_size > 10_000 and Path(str(made) + ".json").is_file()
    names = sorted(p.name for p in folder.glob("*.fbk"))
    # 3 daily (Nov 5, Oct 20, Oct 19) + the newest of the 2 newest weeks (Nov 5; Oct 20, Tuesday of week 43)
    assert names == ["test-2026-10-19.fbk", "test-2026-10-20.fbk", "test-2026-11-05.fbk"]
    with AppContext(embedded_db) as ctx:
        st = backup.backup_status(ctx)
        assert st.last_at is not None and "test-2026-11-05.fbk" in st.last_details
    again = _cli("jobs", "run", "--db", str(embedded_db.target), "--now", "2026-11-05T03:00",
                 "--backup-dir", str(folder), "--keep-daily", "3", "--keep-weekly", "2")
    assert again.returncode == 0 and "Backup:" not in again.stdout  # once a day


def test_migrate_backs_up_first_and_refuses_without_one(embedded_db, tmp_path):
    with AppContext(embedded_db, check_schema=False) as ctx:
        migrate.downgrade(ctx.engine, "-1")  # one revision back, whatever the head is
        older = migrate.current_revision(ctx.engine)
    assert older != migrate.head_revision()
    res = _cli("migrate", "--db", str(embedded_db.target), "--backup-to", str(tmp_path))  # a folder: no backup
    assert res.returncode == 1 and "No backup, no upgrade" in res.stderr
    with AppContext(embedded_db, check_schema=False) as ctx:
        assert ctx.info.schema_revision == older
    fbk = tmp_path / "перед обновлением.fbk"
    res = _cli("migrate", "--db", str(embedded_db.target), "--backup-to", str(fbk))
    assert res.returncode == 0, res.stderr
    assert fbk.is_file() and "Backup before upgrading" in res.stdout
    with AppContext(embedded_db) as ctx:
        assert ctx.info.schema_revision == migrate.head_revision()
