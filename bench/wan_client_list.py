"""The client list over an emulated branch-office link: LAN profile vs WAN profile (wire compression).

Starts a private Firebird 3 server (``tests.fbserver``), creates a database with demo data on it,
puts the user-space WAN emulator (``../shared/tools/wanproxy.py``: 50 ms each way = 100 ms RTT,
1 Mbit/s each way) in front of the server's main port and measures, for each wire profile:

* ``connect``        opening an ``AppContext`` (attach with SRP + encryption, facts, schema check);
* ``page 1``         ``app.clients.list_clients_page`` the first time (read channel: begin + prepare);
* ``page 2``         the next page (keyset SQL, prepared once);
* ``page 3``         the page after (the same prepared statement: the steady state of scrolling);
* ``page 1 again``   a refresh of the first page (prepared statement cached);
* ``info``           ``app.database.database_info`` (what ``python -m app info`` prints);
* ``core page 1``    the same first page as a plain SQLAlchemy Core ``select()`` on a pooled
                     connection (no prepared-statement cache, a transaction per call);
* ``core page 1 again`` the same Core select repeated.

Each step reports round trips ("turns"), bytes both ways and seconds; ``s/RTT`` says how many
round trips the time is worth. No timed assertions: this prints numbers for people to read.

    .venv/bin/python -m bench.wan_client_list --clients 5000
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"

if str(ROOT) not in sys.path:  # allow ``python bench/wan_client_list.py`` as well as ``-m``
    sys.path.insert(0, str(ROOT))


def _import_wanproxy() -> Any:
    """``WanProxy`` from ../shared/tools (shared by all projects; not copied into this repo)."""
    if not (SHARED_TOOLS / "wanproxy.py").is_file():
        raise SystemExit(
            f"WAN emulator not found: expected {SHARED_TOOLS / 'wanproxy.py'} "
            "(the shared tools directory beside this repository)."
        )
    if str(SHARED_TOOLS) not in sys.path:
        sys.path.insert(0, str(SHARED_TOOLS))
    from wanproxy import WanProxy  # type: ignore[import-not-found]

    return WanProxy


# --- measurement ----------------------------------------------------------------------------------


@dataclass
class Sample:
    turns: int
    bytes_up: int
    bytes_down: int
    seconds: float
    note: str = ""

    @property
    def kbytes(self) -> float:
        return (self.bytes_up + self.bytes_down) / 1024


def measure(px: Any, fn: Callable[[], Any], note: Callable[[Any], str] | None = None) -> tuple[Sample, Any]:
    """Run ``fn`` once with the proxy's counters zeroed; return what went over the wire and the result."""
    px.reset()
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    time.sleep(0.01)  # let the proxy's counters see the last delivered bytes
    return Sample(px.turns, px.c2s, px.s2c, seconds, note(result) if note else ""), result


def median_sample(samples: list[Sample]) -> Sample:
    """The run with the median time (its turns and bytes go with it)."""
    ordered = sorted(samples, key=lambda s: s.seconds)
    return ordered[len(ordered) // 2]


STEPS = (
    "connect",
    "page 1",
    "page 2",
    "page 3",
    "page 1 again",
    "info",
    "core page 1",
    "core page 1 again",
)


def core_first_page_select() -> Any:
    """The client list's first page as a plain SQLAlchemy Core select (same columns and order)."""
    from sqlalchemy import false, select

    from db.models import Client, ClientStats, CrmUser
    from db.queries.client_list import PAGE_SIZE

    c, u, s = Client.__table__, CrmUser.__table__, ClientStats.__table__
    return (
        select(
            c.c.id, c.c.name, c.c.kind, c.c.status, u.c.full_name, c.c.city, c.c.main_phone, c.c.main_email,
            s.c.last_contact_at, s.c.next_step_at, s.c.next_step, c.c.tags_text, s.c.open_deals_amount,
            c.c.search_name,
        )
        .select_from(c.outerjoin(u, u.c.id == c.c.responsible_id).outerjoin(s, s.c.client_id == c.c.id))
        .where(c.c.is_archived == false())
        .order_by(c.c.search_name, c.c.id)
        .limit(PAGE_SIZE)
    )


def run_profile(px: Any, spec: Any) -> dict[str, Sample]:
    """One pass over all steps with a fresh AppContext for ``spec``."""
    from app.clients import list_clients_page
    from app.context import AppContext
    from app.database import database_info

    out: dict[str, Sample] = {}
    rows = lambda page: f"{len(page.rows)} rows"  # noqa: E731
    out["connect"], ctx = measure(px, lambda: AppContext(spec))
    try:
        out["page 1"], p1 = measure(px, lambda: list_clients_page(ctx), rows)
        out["page 2"], p2 = measure(px, lambda: list_clients_page(ctx, p1.next_key), rows)
        out["page 3"], _ = measure(px, lambda: list_clients_page(ctx, p2.next_key), rows)
        out["page 1 again"], _ = measure(px, lambda: list_clients_page(ctx), rows)
        out["info"], info = measure(px, lambda: database_info(ctx), lambda i: f"{len(i.row_counts)} tables counted")
        stmt = core_first_page_select()

        def core_page() -> list[Any]:
            with ctx.engine.connect() as conn:
                return conn.execute(stmt).all()

        out["core page 1"], _ = measure(px, core_page, lambda r: f"{len(r)} rows")
        out["core page 1 again"], _ = measure(px, core_page, lambda r: f"{len(r)} rows")
    finally:
        ctx.close()
    return out


# --- data -------------------------------------------------------------------------------------------


def fill(spec: Any, clients: int, *, my_day: bool = False) -> None:
    """Demo data: ``app.demo.generate`` (loopback, no proxy); ``my_day`` also gives the connected
    login (SYSDBA's CRM user) its own clients, deals, tasks and a due reminder."""
    from app import demo
    from app.context import AppContext

    with AppContext(spec) as ctx:
        demo.generate(ctx, clients=clients, my_day=my_day)


# --- report ------------------------------------------------------------------------------------------


def print_table(results: dict[str, dict[str, Sample]], rtt: float) -> None:
    profiles = list(results)
    head = f"{'step':<19}" + "".join(f"| {p + ' profile':<32}" for p in profiles)
    sub = f"{'':<19}" + "".join(f"| {'turns':>5} {'KB':>7} {'s':>7} {'s/RTT':>6}    " for _ in profiles)
    print(head)
    print(sub)
    print("-" * len(sub))
    for step in STEPS:
        line = f"{step:<19}"
        for p in profiles:
            s = results[p][step]
            line += f"| {s.turns:>5} {s.kbytes:>7.1f} {s.seconds:>7.3f} {s.seconds / rtt:>6.1f}    "
        notes = {results[p][step].note for p in profiles} - {""}
        print(line + ("  " + ", ".join(sorted(notes)) if notes else ""))


def print_ratios(results: dict[str, dict[str, Sample]]) -> None:
    lan, wan = results["LAN"], results["WAN"]

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}x" if b else "n/a"

    print("\nRatios")
    for name, prof in (("LAN", lan), ("WAN", wan)):
        print(
            f"  {name}: Core select / read channel, refresh of page 1: "
            f"{ratio(prof['core page 1 again'].seconds, prof['page 1 again'].seconds)} time, "
            f"{prof['core page 1 again'].turns} vs {prof['page 1 again'].turns} turns; "
            f"first load: {ratio(prof['core page 1'].seconds, prof['page 1'].seconds)} time"
        )
    for step in ("page 1", "page 3", "info"):
        print(
            f"  {step}: WAN profile / LAN profile: {ratio(wan[step].seconds, lan[step].seconds)} time, "
            f"{ratio(wan[step].kbytes, lan[step].kbytes)} bytes"
        )
    cold = sum(wan[s].seconds for s in ("connect", "page 1"))
    print(f"  WAN profile, start to first page on screen (connect + page 1): {cold:.2f} s")


# --- set-up shared by the WAN benchmarks ------------------------------------------------------------


def add_link_args(ap: argparse.ArgumentParser, clients: int = 5000) -> None:
    ap.add_argument("--clients", type=int, default=clients, help=f"demo clients to generate (default {clients})")
    ap.add_argument("--delay-ms", type=float, default=50.0, help="one-way delay; RTT is twice this (default 50)")
    ap.add_argument("--rate-kbit", type=float, default=1000.0, help="bandwidth each way in kbit/s (default 1000)")
    ap.add_argument("--repeat", type=int, default=3, help="passes per profile; the median time is shown (default 3)")


@contextlib.contextmanager
def server_behind_wan(args: argparse.Namespace, db_name: str, *, my_day: bool = False):
    """Start a private FB3 server, create ``db_name`` with demo data (loopback, no proxy; ``my_day``:
    see :func:`fill`) and put the WAN emulator in front of it. Yields ``(direct_spec, proxied_dsn, password, proxy)``;
    raises SystemExit(2) if the server cannot start. Everything is stopped afterwards."""
    WanProxy = _import_wanproxy()
    from app.context import spec_from
    from app.database import create_database
    from tests.fbserver import FirebirdServer, ServerUnavailable, free_port

    rtt = 2 * args.delay_ms / 1000
    srv = FirebirdServer()
    px = None
    try:
        try:
            srv.start()
        except ServerUnavailable as exc:
            print(f"cannot start the private Firebird 3 server: {exc}", file=sys.stderr)
            raise SystemExit(2) from exc
        path = srv.data_dir / db_name
        direct = spec_from(srv.dsn(path), "SYSDBA", srv.password)
        t0 = time.perf_counter()
        create_database(direct)
        fill(direct, args.clients, my_day=my_day)
        print(f"database {path} with {args.clients} demo clients in {time.perf_counter() - t0:.1f} s "
              "(loopback, no proxy)")
        px_port = free_port()
        px = WanProxy(listen_port=px_port, target_port=srv.port, delay_s=args.delay_ms / 1000,
                      rate_bps=args.rate_kbit * 1000 or None)
        yield direct, f"127.0.0.1/{px_port}:{path}", srv.password, px
    finally:
        if px is not None:
            time.sleep(3 * rtt + 0.3)  # let closed attachments drain through the proxy before it stops
            px.close()
        srv.cleanup()


# --- main --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_link_args(ap)
    args = ap.parse_args(argv)
    from app.context import spec_from

    rtt = 2 * args.delay_ms / 1000
    with server_behind_wan(args, "bench.fdb") as (_direct, proxied, password, px):
        profiles = {
            "LAN": spec_from(proxied, "SYSDBA", password, wan=False),
            "WAN": spec_from(proxied, "SYSDBA", password, wan=True),
        }
        results: dict[str, dict[str, Sample]] = {}
        for name, spec in profiles.items():
            runs = [run_profile(px, spec) for _ in range(max(1, args.repeat))]
            results[name] = {step: median_sample([r[step] for r in runs]) for step in STEPS}

        print(f"\nLink: RTT {rtt * 1000:.0f} ms, {args.rate_kbit:.0f} kbit/s each way (user-space WAN emulator); "
              f"server Firebird 3 (private instance); median of {args.repeat} passes")
        print("LAN profile = WireCrypt, no compression; WAN profile = WireCrypt + WireCompression.\n")
        print_table(results, rtt)
        print_ratios(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
