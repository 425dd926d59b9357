"""The GUI process on a server database: resident memory and start time (issue #12).

    .venv/bin/python -m bench.gui_memory [--clients 2000] [--repeat 3]

Starts a private Firebird 3 server (``tests/fbserver.py``, as the tests do), creates a database with
demo data on it (``app.demo.generate``, the login's own day included), then starts **the real GUI**
(``ui.main.create_application`` + ``ui.main.start``, offscreen) in a fresh child process per pass,
logged in as SYSDBA over loopback (LAN profile), and reads the child's ``VmRSS`` (resident now) and
``VmHWM`` (peak) from ``/proc/self/status`` at these points:

* ``import ui.main``: the modules of the start path, before any window;
* ``first screen``: the remembered (else the first) tab has its data on screen — the time column
  is seconds from the child's start (``Popen``) to this point, interpreter start-up included;
* ``after login``: the work queued behind the first screen (reminders, rights, the cards'
  reference data) is done and the worker idle;
* ``all tabs``: every other tab shown once and loaded;
* ``a card``: a client card opened (and loaded);
* ``report window``: the report window opened (the catalogue);
* ``a report run``: report ``funnel.snapshot`` run in it (engine, PDF preview through QtPdf).

It also lists which heavy modules the process had imported at ``after login``. The child never
shows a dialog: a connection error is printed and ends it. Run 2-3 passes and read the median; the
machine's load average is printed beside it (other processes slow the start, not the memory).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

POINTS = ("import ui.main", "first screen", "after login", "all tabs", "a card", "report window", "a report run")
#: modules whose presence after login is worth a line (lazy ones should be absent)
WATCHED = ("sqlalchemy.orm", "db.models", "alembic", "mako", "firebird.driver", "reportlab", "openpyxl",
           "PySide6.QtPdf", "reports.engine", "phonenumbers", "email_validator", "ui.boards.funnel_board",
           "ui.lists.deal_list", "ui.planner.planner_view", "ui.cards.deal_card", "ui.cards.client_card.card",
           "ui.reports_window", "ui.dialogs.import_wizard", "ui.settings.users_roles")


def _status() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    vals = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, kb, _unit = line.split()
                vals[key[:-1]] = int(kb) / 1024
    return vals["VmRSS"], vals["VmHWM"]


# --- the child: the real GUI ----------------------------------------------------------------------


def child(dsn: str) -> int:
    """Start the GUI on ``dsn`` (password in KARTOTEKA_PASSWORD) and print one JSON line of points."""
    out: dict[str, object] = {"points": {}}

    def point(name: str) -> None:
        rss, hwm = _status()
        out["points"][name] = {"t": time.time(), "rss": rss, "hwm": hwm}  # type: ignore[index]

    from ui import main

    point("import ui.main")
    from PySide6.QtCore import QTimer

    from ui import connect, ops

    def fail(self, error):  # never a modal box in a bench
        print(json.dumps({"error": str(error)}), flush=True)
        os._exit(3)

    connect.Connector.present_connection_error = fail  # type: ignore[method-assign]
    app = main.create_application()
    window = main.start(dsn, "SYSDBA", None, False)
    ws = window.workspace

    def loaded(name: str) -> bool:
        screen = ws.screen(name) if hasattr(ws, "screen") else ws.tabs[name][1]
        if name == "dashboard":
            return screen.data is not None and not screen.loading
        if name == "clients":
            return screen.model.rowCount() > 0 and not screen.model.is_loading
        return name not in ws.stale and not ops.instance().busy

    def idle() -> bool:
        return not ops.instance().busy

    plan: list[tuple[str, object, object]] = []  # (point name, action before waiting, condition)
    plan.append(("first screen", None, lambda: window.info is not None and loaded(ws.current_name())))
    plan.append(("after login", None, lambda: window.cards.rights is not None and idle()))
    names = list(getattr(ws, "pages", None) or ws.tabs)
    others = [n for n in names if n != ws.current_name()]

    def show_all() -> None:
        for name in others:
            ws.show_tab(name)
            app.processEvents()

    plan.append(("all tabs", show_all, lambda: idle() and loaded("clients")))

    def open_card() -> None:
        ws.show_tab("clients")
        window.cards.open_client(window.client_list.model.row_id_at(0))

    plan.append(("a card", open_card, idle))
    plan.append(("report window", lambda: window.open_report(), idle))

    def run_report() -> None:
        window.open_report("funnel.snapshot", {})

    def report_done() -> bool:
        rw = window.reports_window
        return rw is not None and idle() and getattr(rw, "output", None) is not None and not rw.running

    plan.append(("a report run", run_report, report_done))
    state = {"i": 0, "acted": False, "since": 0.0}

    def tick() -> None:
        if state["i"] >= len(plan):
            timer.stop()
            out["modules"] = {m: m in sys.modules for m in WATCHED}  # at the end; "after login" below
            print(json.dumps(out), flush=True)
            window.close()
            QTimer.singleShot(0, app.quit)
            return
        name, action, cond = plan[state["i"]]
        if not state["acted"]:
            state["acted"] = True
            state["since"] = time.monotonic()
            if action is not None:
                action()  # type: ignore[operator]
            return
        if cond():  # type: ignore[operator]
            # settle: the condition must hold for 0.3 s (a job queued by a callback may follow)
            if time.monotonic() - state["since"] < 0.3 and name not in ("first screen",):
                return
            point(name)
            if name == "after login":
                out["login_modules"] = {m: m in sys.modules for m in WATCHED}
            state["i"] += 1
            state["acted"] = False
        else:
            state["since"] = time.monotonic()
        if time.monotonic() - state.get("t0", time.monotonic()) > 300:
            print(json.dumps({"error": f"timed out at {name}"}), flush=True)
            os._exit(4)

    state["t0"] = time.monotonic()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    try:
        app.exec()
    finally:
        ops.shutdown()
    return 0


# --- the parent: server, database, passes ---------------------------------------------------------


def one_pass(dsn: str, password: str, home: Path) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", KARTOTEKA_HOME=str(home), KARTOTEKA_PASSWORD=password,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", LC_ALL="C.UTF-8")
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-m", "bench.gui_memory", "--child", dsn], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"the GUI child printed nothing (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    res = json.loads(lines[-1])
    if "error" in res:
        raise SystemExit(f"the GUI child failed: {res['error']}\n{proc.stderr[-2000:]}")
    for p in res["points"].values():
        p["t"] -= t0
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=2000, help="demo clients (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="GUI starts; the median is shown (default 3)")
    ap.add_argument("--child", metavar="DSN", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child)

    from app import demo
    from app.context import AppContext, spec_from
    from app.database import create_database
    from tests.fbserver import FirebirdServer, ServerUnavailable

    srv = FirebirdServer()
    try:
        try:
            srv.start()
        except ServerUnavailable as exc:
            print(f"cannot start the private Firebird 3 server: {exc}", file=sys.stderr)
            return 2
        path = srv.data_dir / "gui_memory.fdb"
        spec = spec_from(srv.dsn(path), "SYSDBA", srv.password)
        t0 = time.perf_counter()
        create_database(spec)
        with AppContext(spec) as ctx:
            demo.generate(ctx, clients=args.clients, my_day=True)
        print(f"database with {args.clients} demo clients in {time.perf_counter() - t0:.1f} s")
        runs = []
        for i in range(max(1, args.repeat)):
            with tempfile.TemporaryDirectory(prefix="kartoteka-guimem-") as home:
                load = os.getloadavg()[0]
                res = one_pass(srv.dsn(path), srv.password, Path(home))
                res["load"] = load
                runs.append(res)
                fs = res["points"]["first screen"]
                al = res["points"]["after login"]
                print(f"pass {i + 1}: first screen {fs['t']:.2f} s, {al['rss']:.0f} MB after login "
                      f"(load {load:.1f})", flush=True)
    finally:
        srv.cleanup()

    print(f"\nGUI process, server database (FB3, loopback, LAN profile), {args.clients} demo clients, "
          f"median of {len(runs)}; load average {min(r['load'] for r in runs):.1f}-{max(r['load'] for r in runs):.1f}")
    print(f"{'point':<18}{'s':>7}{'RSS MB':>9}{'peak MB':>9}")
    for name in POINTS:
        vals = [r["points"][name] for r in runs if name in r["points"]]
        if not vals:
            continue
        print(f"{name:<18}{statistics.median(v['t'] for v in vals):>7.2f}"
              f"{statistics.median(v['rss'] for v in vals):>9.0f}{statistics.median(v['hwm'] for v in vals):>9.0f}")
    mods = runs[-1].get("login_modules", {})
    print("imported after login: " + (", ".join(m for m, on in mods.items() if on) or "none of the watched"))
    print("not imported after login: " + (", ".join(m for m, on in mods.items() if not on) or "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
