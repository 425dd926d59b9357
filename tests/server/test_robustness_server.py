"""Issue #10 on the Firebird 3 server: a BLOB collected under a reader is a conflict, contended
saves without the loaded original end as saves or conflict dialogs only, an interrupted ``init``
is detected and started over, the server dying during ``demo`` is one line, and the failed-login
lines of firebird.log match the fail2ban filter shipped in SECURITY.md."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fdb import services

from app import clients, database
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from app.errors import ConflictError, UserError, from_driver
from db import engine as dbe
from tests import fbserver

ROOT = Path(__file__).resolve().parents[2]


def kartoteka(*args: str, password: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    full = dict(os.environ, LC_ALL="C.UTF-8", PYTHONPATH=str(ROOT), KARTOTEKA_PASSWORD=password, **(env or {}))
    full.pop("LANG", None)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full, capture_output=True, text=True,
                          timeout=timeout)


def one_line(res: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in res.stderr and "Exception ignored" not in res.stderr, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    return lines[0]


def _sweep(fb_server, spec) -> None:
    svc = services.connect(host=f"127.0.0.1/{fb_server.port}", user="SYSDBA", password=fb_server.password)
    try:
        svc.sweep(spec.target.database)
        svc.wait()
    finally:
        svc.close()


def test_blob_collected_under_a_reader_is_a_conflict(fb_server, server_db):
    """The cause, measured: a READ ONLY READ COMMITTED transaction (the read channel's) holds back no
    garbage collection, so the BLOB of a row it fetched is gone once another attachment replaced
    the note, committed and the old version was collected -> gdscode 335544382 "BLOB not found".
    That is "changed by someone else" (ConflictError), not a database failure."""
    with AppContext(server_db) as ctx:
        cid = clients.save_client(ctx, ClientDraft(name="Blob", note="old " * 5000)).id
    reader, writer = dbe.attach(server_db), dbe.attach(server_db)
    try:
        tr = reader.trans(default_tpb=dbe.read_tpb())
        tr.begin()
        cur = tr.cursor()
        cur.execute("SELECT NOTE FROM CLIENTS WHERE ID = ?", [cid])
        cur.set_stream_blob("NOTE")  # keep the BLOB id unopened, as between a fetch and its open
        stream = cur.fetchone()[0]
        w = writer.cursor()
        w.execute("UPDATE CLIENTS SET NOTE = ? WHERE ID = ?", ["new " * 5000, cid])
        writer.commit()
        _sweep(fb_server, server_db)
        with pytest.raises(Exception) as e:
            stream.read()
        assert dbe.gdscode_of(e.value) == 335544382
        assert dbe.classify_error(e.value) == dbe.ERR_CONFLICT
        assert isinstance(from_driver(e.value, "x", connecting=False), ConflictError)
        tr.rollback()
    finally:
        reader.close()
        writer.close()


def test_contended_saves_without_the_original_end_as_saved_or_conflict(fb_server, server_db):
    """Two attachments save the same client without the loaded original (``_save_full``: what an
    import or a second window does), with notes longer than the card's inline part so every
    load and every conflict report reads the note BLOB, while sweeps collect old versions. Every
    attempt must end saved or as ConflictError (the dialog), never as another error."""
    with AppContext(server_db) as ctx:
        cid = clients.save_client(ctx, ClientDraft(name="Contended", note="n" * 9000)).id
    outcomes: list[str] = []
    stop = threading.Event()

    def editor(k: int) -> None:
        with AppContext(server_db) as ctx:
            for i in range(60):
                try:
                    d = clients.load_client_card(ctx, cid).draft
                    d.note = f"editor {k} save {i} " + "z" * (9000 + 50 * i)
                    clients.save_client(ctx, d)  # no original: the full save path
                    outcomes.append("saved")
                except ConflictError:
                    outcomes.append("conflict")
                except UserError as exc:
                    outcomes.append(f"error: {exc} | {exc.details}")

    def sweeper() -> None:
        while not stop.is_set():
            _sweep(fb_server, server_db)

    threads = [threading.Thread(target=editor, args=(k,)) for k in range(2)]
    sw = threading.Thread(target=sweeper)
    sw.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    sw.join()
    assert len(outcomes) == 120
    assert [o for o in outcomes if o.startswith("error")] == []
    assert outcomes.count("saved") > 0


def test_killed_init_on_a_server_is_detected_and_started_over(fb_server):
    path = fb_server.data_dir / "half_built.fdb"
    dsn = fb_server.dsn(path)
    pw = fb_server.password
    res = kartoteka("init", "--db", dsn, password=pw, env={"KARTOTEKA_TEST_KILL_AFTER_REVISION": "0001"})
    assert res.returncode == -9 and path.exists()  # half-built: the tables of 0001, no version row
    for command in ("info", "migrate", "demo"):
        res = kartoteka(command, "--db", dsn, password=pw)
        assert res.returncode == 4, (command, res.stderr)
        assert "is incomplete: its creation ('kartoteka init') was interrupted" in one_line(res)
    res = kartoteka("check", "--db", dsn, password=pw)
    assert res.returncode == 1 and "is incomplete" in res.stdout
    res = kartoteka("init", "--db", dsn, password=pw)
    assert res.returncode == 0, res.stderr
    res = kartoteka("info", "--db", dsn, password=pw)
    assert res.returncode == 0 and "(current)" in res.stdout and re.search(r"FUNNELS\s+1\b", res.stdout)
    res = kartoteka("init", "--db", dsn, password=pw)  # a complete database is never replaced silently
    assert res.returncode == 1 and "already exists (use --force" in one_line(res)
    path.unlink()


def test_server_dying_during_demo_is_one_line(tmp_path):
    """Its own server: this test kills it."""
    if not fbserver.available():
        pytest.skip("no Firebird 3 server binaries")
    with fbserver.FirebirdServer() as srv:
        dsn = srv.dsn(srv.data_dir / "demo.fdb")
        database.create_database(spec_from(dsn, "SYSDBA", srv.password))
        env = dict(os.environ, LC_ALL="C.UTF-8", PYTHONPATH=str(ROOT), KARTOTEKA_PASSWORD=srv.password)
        proc = subprocess.Popen([sys.executable, "-m", "app", "demo", "--clients", "5000", "--db", dsn], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # wait until the demo is writing (clients appear), then kill the server under it
        spec = spec_from(dsn, "SYSDBA", srv.password)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            con = dbe.attach(spec)
            try:
                cur = con.cursor()
                cur.execute("SELECT COUNT(*) FROM CLIENTS")
                if cur.fetchone()[0] > 0:
                    break
            finally:
                con.close()
            time.sleep(0.2)
        assert proc.poll() is None, "the demo ended before the server could be killed"
        os.killpg(srv.proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 2
        lines = err.strip().splitlines()
        assert "Traceback" not in err and "Exception ignored" not in err, err
        assert len(lines) == 1 and "was lost" in lines[0] or "does not answer" in lines[0], err


def test_failed_logins_reach_no_server_log_and_read_alike(tmp_path):
    """What SECURITY.md "Failed logins" rests on, measured on FB3 with the audit trace on
    (``log_connections``): a successful attach is logged with user and address, a failed SRP login
    (wrong password, unknown user) is logged nowhere (audit trace, firebird.log), so neither a
    lockout nor a fail2ban filter can be built on FB3 logs. The client says the same for both."""
    if not fbserver.available():
        pytest.skip("no Firebird 3 server binaries")
    srv = fbserver.FirebirdServer(extra_conf="AuditTraceConfigFile = {root}/audit.conf\n")
    (srv.root / "audit.conf").write_text(
        f"database\n{{\n    enabled = true\n    log_filename = {srv.root}/audit.log\n    log_connections = true\n}}\n")
    with srv:
        dsn = srv.dsn(srv.data_dir / "logins.fdb")
        database.create_database(spec_from(dsn, "SYSDBA", srv.password))
        fb_log = Path("/var/log/firebird/firebird3.0.log")
        log_before = fb_log.stat().st_size if fb_log.exists() else 0
        audit = srv.root / "audit.log"
        audit_before = audit.stat().st_size if audit.exists() else 0
        wrong_password = [kartoteka("info", "--db", dsn, "--user", "SYSDBA", password=f"wrong-{i}") for i in range(3)]
        unknown_user = kartoteka("info", "--db", dsn, "--user", "NOSUCHLOGIN", password="wrong")
        for res in (*wrong_password, unknown_user):
            assert res.returncode == 2
            assert one_line(res) == f"kartoteka: Wrong user name or password for {dsn}."  # never which
        ok = kartoteka("info", "--db", dsn, password=srv.password)
        assert ok.returncode == 0, ok.stderr
        deadline = time.monotonic() + 10
        new = ""
        while time.monotonic() < deadline and ":NONE, UTF8, TCPv4" not in new:
            time.sleep(0.2)
            new = audit.read_text(errors="replace")[audit_before:] if audit.exists() else ""
        assert "ATTACH_DATABASE" in new and "SYSDBA:NONE, UTF8, TCPv4:127.0.0.1" in new  # logging works
        assert "FAILED" not in new and "UNAUTHORIZED" not in new and "NOSUCHLOGIN" not in new  # nor failures
        if fb_log.exists():
            with fb_log.open("rb") as f:
                f.seek(log_before)
                tail = f.read().decode(errors="replace")
            assert "NOSUCHLOGIN" not in tail
