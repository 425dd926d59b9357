"""The dashboard (app/dashboard.py) and its printed snapshot (report 125) over an emulated
branch-office link (WAN profile), the set-up of ``bench/wan_client_list.py``: private Firebird 3
server, demo data, the WAN emulator at 100 ms RTT / 1 Mbit/s, WireCrypt + compression.

Steps, each *cold* (first on a fresh connection: statements prepared) and *warm* (the next
refresh): ``dashboard`` (:func:`app.dashboard.load`) and ``rep summary.dashboard``. Columns:
proxy turns (round trips, ±1), KB on the wire, seconds, read-channel prepares/executions.
No assertions. ``.venv/bin/python -m bench.wan_dashboard [--clients 5000] [--repeat 3]``
"""
from __future__ import annotations

import argparse
import sys

from bench.wan_client_list import add_link_args, measure, server_behind_wan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_link_args(ap)
    args = ap.parse_args(argv)
    from app import dashboard
    from app.context import AppContext, spec_from
    from reports import engine

    rtt = 2 * args.delay_ms / 1000
    with server_behind_wan(args, "bench_dashboard.fdb") as (_direct, proxied, password, px):
        spec = spec_from(proxied, "SYSDBA", password, wan=True)
        print(f"\nLink: RTT {rtt * 1000:.0f} ms, {args.rate_kbit:.0f} kbit/s; WAN profile")
        print(f"{'step':<26}{'turns':>6}{'KB':>8}{'s':>8}{'prep':>6}{'exec':>6}  note")
        for n in range(args.repeat):
            sample, ctx = measure(px, lambda: AppContext(spec))
            print(f"{'connect (pass ' + str(n + 1) + ')':<26}{sample.turns:>6}{sample.kbytes:>8.1f}{sample.seconds:>8.3f}")
            try:
                for rnd in ("cold", "warm"):
                    r = ctx.reader
                    p0, e0 = r.prepares, r.executions
                    s, d = measure(px, lambda: dashboard.load(ctx))
                    print(f"{'dashboard ' + rnd:<26}{s.turns:>6}{s.kbytes:>8.1f}{s.seconds:>8.3f}"
                          f"{r.prepares - p0:>6}{r.executions - e0:>6}  won {d.won_deals}, "
                          f"{len(d.pipeline)} stages, {d.sleeping_clients} sleeping")
                for rnd in ("cold", "warm"):
                    s, _res = measure(px, lambda: engine.run(ctx, "summary.dashboard"))
                    print(f"{'rep summary.dashboard ' + rnd:<26}{s.turns:>6}{s.kbytes:>8.1f}{s.seconds:>8.3f}")
            finally:
                ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
