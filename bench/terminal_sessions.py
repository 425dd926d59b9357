"""Twenty users on one terminal server: the host's memory for N offscreen GUI sessions (issue #15).

    .venv/bin/python -m bench.terminal_sessions [--sessions 20] [--clients 2000] [--parallel 1]

Starts a private Firebird 3 server (tests/fbserver.py), creates one database with demo data and
one CRM login per session (CRM_MANAGER, visibility ALL), then starts the real client N times, each
as its own "user": its own HOME, XDG config/data/cache folders and TMPDIR, no ``KARTOTEKA_HOME``
(so the per-user locations are platformdirs' own), offscreen Qt. Each session drives the GUI the way
a user's first minute does — the client list's first page, a client card, the funnel board, a
report (:data:`REPORT`) — and then stays open. With all N open the script reads, per process,
``VmRSS``/``VmHWM`` (/proc/<pid>/status) and ``Pss`` (/proc/<pid>/smaps_rollup: the process's fair
share of pages shared with the others — Qt, Python and Firebird libraries are mapped once), and
prints per-session figures and the host's total (the sum of Pss is what the N sessions cost the
host; the sum of RSS counts every shared page N times).

Also checked (and printed): the program's folder (this checkout and the firebird-embedded wheel)
is byte-for-byte unchanged afterwards (files, sizes, mtimes; Python's bytecode cache is off as in
a frozen bundle), every session's files are inside its own user folders, a second start of one
user on the same database is refused by the single-instance guard while other users on the same
host and database run, and SIGTERM ends every session.

Start time: from spawning the process to the list's first rows ("list"), and to the end of the
drive ("ready"). ``--parallel`` starts that many at once (logins at 9:00); the default starts
them one after the other (times without the other starts' CPU, the others idle and resident).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: the report each session runs (a grouped report over all clients; PDF preview)
REPORT = "clients.by_status"
PASSWORD = "Ts-Bench-Pass-1"

# --- the session: runs inside each GUI process -----------------------------------------------

DRIVER = r"""
import json, sys, time
T0 = time.monotonic()
from PySide6.QtCore import QTimer
from ui import main

REPORT = sys.argv[3]
original_start = main.start


def say(step, **extra):
    print(json.dumps({"step": step, "t": round(time.monotonic() - T0, 3), **extra}), flush=True)


def start(*args, **kwargs):
    window = original_start(*args, **kwargs)
    state = {"opened": False}

    def when(check, then, every=50):
        if check():
            then()
        else:
            QTimer.singleShot(every, lambda: when(check, then, every))

    def opened(*_):
        if state["opened"]:
            return
        state["opened"] = True
        say("open")
        window.workspace.show_tab("clients")  # the user goes to the client list (it loads when shown)
        when(lambda: window.client_list.model.rowCount() > 0, listed)

    def listed():
        say("list", rows=window.client_list.model.rowCount())
        card = window.cards.open_client(window.client_list.model.row_id_at(0))
        when(lambda: card.loaded, lambda: carded(card))

    def carded(card):
        say("card")
        card.discard_and_close()
        board = window.workspace.board
        board.funnel_board_did_load_board.connect(boarded)
        window.workspace.show_tab("board")

    def boarded():
        window.workspace.board.funnel_board_did_load_board.disconnect(boarded)
        say("board")
        window.open_report(REPORT)
        reports = window.reports_window
        reports.reports_did_run.connect(lambda _id: reported(reports))

    def reported(reports):
        say("report")
        reports.close()
        say("ready")

    window.connector.connector_did_open.connect(opened)
    window.connector.connector_did_fail.connect(lambda error: say("failed", error=str(error)))
    return window


main.start = start
sys.exit(main.run(sys.argv[1], sys.argv[2]))
"""


# --- the host --------------------------------------------------------------------------------
@dataclass
class Session:
    index: int
    login: str
    root: Path  #: this user's folders (home, config, data, cache, tmp)
    proc: subprocess.Popen | None = None
    started: float = 0.0
    steps: dict[str, float] = field(default_factory=dict)  #: step -> seconds since spawning
    failed: str | None = None
    memory: dict[str, int] = field(default_factory=dict)  #: kB: rss, hwm, pss
    exit_code: int | None = None
    exit_s: float | None = None
    ready: threading.Event = field(default_factory=threading.Event)


def user_env(root: Path, login: str) -> dict[str, str]:
    """A terminal-server user's environment: own home and XDG folders, own TMPDIR."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KARTOTEKA_", "XDG_"))}
    dirs = {"HOME": "home", "XDG_CONFIG_HOME": "home/.config", "XDG_DATA_HOME": "home/.local/share",
            "XDG_CACHE_HOME": "home/.cache", "XDG_STATE_HOME": "home/.local/state", "TMPDIR": "tmp",
            "XDG_RUNTIME_DIR": "run"}
    for var, sub in dirs.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(root / sub)
    os.chmod(root / "run", 0o700)
    env.update(QT_QPA_PLATFORM="offscreen", KARTOTEKA_PASSWORD=PASSWORD, PYTHONDONTWRITEBYTECODE="1",
               USER=login.lower(), LOGNAME=login.lower(), LC_ALL="C.UTF-8")
    return env


def spawn(s: Session, dsn: str) -> None:
    s.started = time.monotonic()
    s.proc = subprocess.Popen([sys.executable, "-c", DRIVER, dsn, s.login, REPORT], cwd=s.root / "home",
                              env=dict(user_env(s.root, s.login), PYTHONPATH=str(ROOT)),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def watch() -> None:
        assert s.proc is not None and s.proc.stdout is not None
        for line in s.proc.stdout:
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            s.steps[msg["step"]] = round(time.monotonic() - s.started, 2)
            if msg["step"] == "failed":
                s.failed = msg.get("error", "?")
                s.ready.set()
            if msg["step"] == "ready":
                s.ready.set()
        s.ready.set()  # the process ended

    threading.Thread(target=watch, daemon=True).start()


def memory(pid: int) -> dict[str, int]:
    """kB from /proc: VmRSS, VmHWM (status) and Pss, Shared_Clean + Shared_Dirty (smaps_rollup)."""
    out: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, value = line.partition(":")
        if key in ("Pss", "Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty"):
            out[key] = int(value.split()[0])
    return out


def program_folders() -> list[Path]:
    """Where the program lives: this checkout and the Firebird engine/client wheel."""
    from db.fbclient import runtime_dir

    return [ROOT, runtime_dir()]


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """path -> (size, mtime_ns) of every file under ``folders``. Left out: git's folder, and the
    bytecode/pytest caches this script's own process may write (the sessions write no bytecode)."""
    found = {}
    for top in folders:
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if d not in (".git", "__pycache__", ".pytest_cache")]
            for name in filenames:
                p = os.path.join(dirpath, name)
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                found[p] = (st.st_size, st.st_mtime_ns)
    return found


def files_under(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def second_start_refused(s: Session, dsn: str) -> str:
    """Start ``s``'s user a second time on the same database: the guard's sentence, or what happened."""
    env = dict(user_env(s.root, s.login), KARTOTEKA_EXIT_AFTER_OPEN="1", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "app", "gui", "--db", dsn, "--user", s.login], cwd=s.root / "home",
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(("open failed:", "main window open:")):
                return line.strip()
        return "ended without a word"
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Result:
    sessions: list[Session]
    changed_program_files: list[str]
    second_start: str
    user_files: dict[str, list[str]]


def run_sessions(dsn: str, logins: list[str], base: Path, *, parallel: int = 1, timeout_s: float = 300) -> Result:
    """Start one GUI session per login (each its own user folders under ``base``), drive them, measure
    them with all open, check the program folder and the guard, then end them with SIGTERM."""
    folders = program_folders()
    before = snapshot(folders)
    sessions = [Session(i, login, base / f"user{i:02d}") for i, login in enumerate(logins, 1)]
    try:
        for batch_start in range(0, len(sessions), max(parallel, 1)):
            batch = sessions[batch_start:batch_start + max(parallel, 1)]
            for s in batch:
                spawn(s, dsn)
            for s in batch:
                if not s.ready.wait(timeout_s):
                    s.failed = f"not ready after {timeout_s:.0f} s (steps: {s.steps})"
                elif "ready" not in s.steps and s.failed is None:
                    err = s.proc.stderr.read() if s.proc and s.proc.poll() is not None and s.proc.stderr else ""
                    s.failed = f"ended early (steps: {s.steps}) {err[-800:]}"
        time.sleep(1.0)  # the report windows closed, the event loops idle
        for s in sessions:
            if s.proc is not None and s.proc.poll() is None:
                s.memory = memory(s.proc.pid)
        second = second_start_refused(sessions[0], dsn)
    finally:
        for s in sessions:
            if s.proc is not None and s.proc.poll() is None:
                s.proc.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        for s in sessions:
            if s.proc is None:
                continue
            try:
                s.exit_code = s.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                s.proc.kill()
                s.exit_code = s.proc.wait()
            s.exit_s = round(time.monotonic() - sent, 2)
    after = snapshot(folders)
    changed = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
    return Result(sessions, changed, second, {s.login: files_under(s.root) for s in sessions})


# --- printing --------------------------------------------------------------------------------
def median(values: list[float]) -> float:
    v = sorted(values)
    return v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2 if v else float("nan")


def report(r: Result) -> None:
    mb = 1024
    print(f"{'session':<10}{'list s':>8}{'ready s':>9}{'VmRSS MB':>10}{'VmHWM MB':>10}{'Pss MB':>8}"
          f"{'shared MB':>10}{'exit':>6}")
    for s in r.sessions:
        m = s.memory
        shared = (m.get("Shared_Clean", 0) + m.get("Shared_Dirty", 0)) / mb
        print(f"{s.login:<10}{s.steps.get('list', float('nan')):>8.1f}{s.steps.get('ready', float('nan')):>9.1f}"
              f"{m.get('VmRSS', 0) / mb:>10.0f}{m.get('VmHWM', 0) / mb:>10.0f}{m.get('Pss', 0) / mb:>8.0f}"
              f"{shared:>10.0f}{s.exit_code if s.exit_code is not None else '-':>6}"
              + (f"  FAILED: {s.failed}" if s.failed else ""))
    ok = [s for s in r.sessions if s.memory]
    rss = sum(s.memory["VmRSS"] for s in ok) / mb
    pss = sum(s.memory.get("Pss", 0) for s in ok) / mb
    print(f"\nsessions measured: {len(ok)} of {len(r.sessions)}")
    if ok:
        print(f"per session: VmRSS median {median([s.memory['VmRSS'] / mb for s in ok]):.0f} MB, "
              f"VmHWM median {median([s.memory['VmHWM'] / mb for s in ok]):.0f} MB, "
              f"Pss median {median([s.memory.get('Pss', 0) / mb for s in ok]):.0f} MB")
        print(f"host: sum of VmRSS {rss:.0f} MB (shared pages counted in every session), "
              f"sum of Pss {pss:.0f} MB (what the {len(ok)} sessions really occupy)")
        print(f"start: to the first rows median {median([s.steps['list'] for s in ok if 'list' in s.steps]):.1f} s, "
              f"to the end of the drive median {median([s.steps['ready'] for s in ok if 'ready' in s.steps]):.1f} s")
    exits = [s.exit_s for s in r.sessions if s.exit_s is not None]
    print(f"SIGTERM: {sum(1 for s in r.sessions if s.exit_code == 0)} of {len(r.sessions)} ended with 0, "
          f"the last after {max(exits) if exits else float('nan'):.1f} s")
    print(f"program folder: {'unchanged' if not r.changed_program_files else 'CHANGED: ' + ', '.join(r.changed_program_files[:10])}")
    print(f"second start of {r.sessions[0].login} on the same database: {r.second_start}")
    first = r.sessions[0]
    print(f"files of {first.login} (all under its own folders):")
    for f in r.user_files[first.login]:
        print(f"  {f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--clients", type=int, default=2000, help="demo clients in the database")
    ap.add_argument("--parallel", type=int, default=1, help="sessions started at once")
    args = ap.parse_args(argv)

    from app import users
    from app.context import AppContext, spec_from
    from app.database import create_database
    from bench.wan_client_list import fill
    from tests.fbserver import FirebirdServer, ServerUnavailable

    srv = FirebirdServer()
    base = Path(tempfile.mkdtemp(prefix="kartoteka-ts-"))
    try:
        try:
            srv.start()
        except ServerUnavailable as exc:
            print(f"cannot start the private Firebird 3 server: {exc}", file=sys.stderr)
            return 2
        path = srv.data_dir / "terminal.fdb"
        spec = spec_from(srv.dsn(path), "SYSDBA", srv.password)
        t0 = time.perf_counter()
        create_database(spec)
        fill(spec, args.clients)
        logins = [f"TS_USER{i:02d}" for i in range(1, args.sessions + 1)]
        with AppContext(spec) as ctx:
            for login in logins:
                users.add_user(ctx, login, "CRM_MANAGER", PASSWORD, full_name=f"Terminal user {login[-2:]}", scope="ALL")
        print(f"FB3 server database with {args.clients} demo clients and {len(logins)} logins in "
              f"{time.perf_counter() - t0:.1f} s; load average before: {os.getloadavg()[0]:.1f}")
        r = run_sessions(srv.dsn(path), logins, base, parallel=args.parallel)
        print(f"load average after: {os.getloadavg()[0]:.1f}\n")
        report(r)
        return 0 if all(not s.failed for s in r.sessions) and not r.changed_program_files else 1
    finally:
        srv.cleanup()
        import shutil

        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
