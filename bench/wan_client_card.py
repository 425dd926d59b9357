"""The client card over an emulated branch-office link (issue #3): open, search, save, log a call.

Same set-up as ``bench/wan_client_list.py`` (private Firebird 3 server, demo data, the user-space
WAN emulator from ``../shared/tools`` at 100 ms RTT / 1 Mbit/s) and, per wire profile:

* ``connect``          opening an AppContext;
* ``list page 1``      the first list page (what the main window shows first);
* ``search phone``     ``search_clients`` with a full phone number typed as 8XXXXXXXXXX;
* ``search name``      a 4-letter name prefix;
* ``card cold``        ``load_client_card`` for the first time (statements prepared);
* ``card warm``        another client's card (statements cached: the steady state);
* ``save card``        ``save_client`` changing the city (one write transaction);
* ``log a call``       ``add_interaction``;
* ``card again``       reload after the save.

Prints round trips, bytes and seconds; no assertions. ``.venv/bin/python -m bench.wan_client_card``
"""
from __future__ import annotations

import argparse
import copy
import sys
from typing import Any

from bench.wan_client_list import Sample, add_link_args, measure, median_sample, server_behind_wan

STEPS = ("connect", "list page 1", "search phone", "search name", "card cold", "card warm", "save card",
         "log a call", "card again")


def _pick(spec: Any) -> tuple[list[int], str, str]:
    """Two client ids that have phones, one phone as typed with the 8 prefix, and a name prefix."""
    from app import clients
    from app.context import AppContext

    with AppContext(spec) as ctx:
        ids = [r.id for r in clients.list_clients_page(ctx).rows if r.phone][:2]
        card = clients.load_client_card(ctx, ids[0])
        phone = card.draft.phones[0].number if card.draft.phones else "+7 495 000-00-00"
        digits = "".join(ch for ch in phone if ch.isdigit())
        typed = "8" + digits[1:] if digits.startswith("7") else digits
        name = card.draft.name
        prefix = next((w for w in name.replace("«", " ").split() if len(w) >= 4 and w.isalpha()), name)[:4]
    return ids, typed, prefix


def run_profile(px: Any, spec: Any, ids: list[int], phone: str, prefix: str) -> dict[str, Sample]:
    from app import clients, interactions
    from app.context import AppContext

    out: dict[str, Sample] = {}
    out["connect"], ctx = measure(px, lambda: AppContext(spec))
    try:
        out["list page 1"], _ = measure(px, lambda: clients.list_clients_page(ctx), lambda p: f"{len(p.rows)} rows")
        out["search phone"], _ = measure(px, lambda: clients.search_clients(ctx, phone), lambda r: f"{len(r)} found")
        out["search name"], _ = measure(px, lambda: clients.search_clients(ctx, prefix), lambda r: f"{len(r)} found")
        out["card cold"], card = measure(px, lambda: clients.load_client_card(ctx, ids[0]),
                                         lambda c: f"{len(c.history)} history rows")
        out["card warm"], _ = measure(px, lambda: clients.load_client_card(ctx, ids[1]))
        original = copy.deepcopy(card.draft)
        card.draft.city = "Бенчмарк" if card.draft.city != "Бенчмарк" else "Benchmark"
        out["save card"], _ = measure(px, lambda: clients.save_client(ctx, card.draft, original))
        out["log a call"], _ = measure(px, lambda: interactions.add_interaction(
            ctx, interactions.InteractionDraft(ids[0], "CALL", duration_sec=60, result="REACHED", subject="bench")))
        out["card again"], _ = measure(px, lambda: clients.load_client_card(ctx, ids[0]))
    finally:
        ctx.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_link_args(ap)
    args = ap.parse_args(argv)
    from app.context import spec_from

    rtt = 2 * args.delay_ms / 1000
    with server_behind_wan(args, "bench_card.fdb") as (direct, proxied, password, px):
        ids, phone, prefix = _pick(direct)
        results: dict[str, dict[str, Sample]] = {}
        for name, wan in (("LAN", False), ("WAN", True)):
            spec = spec_from(proxied, "SYSDBA", password, wan=wan)
            runs = [run_profile(px, spec, ids, phone, prefix) for _ in range(max(1, args.repeat))]
            results[name] = {s: median_sample([r[s] for r in runs]) for s in STEPS}
        print(f"Link: RTT {rtt * 1000:.0f} ms, {args.rate_kbit:.0f} kbit/s; {args.clients} demo clients; "
              f"searched phone {phone!r}, name prefix {prefix!r}; median of {args.repeat}\n")
        print(f"{'step':<14}" + "".join(f"| {p + ' profile':<28}" for p in results))
        print(f"{'':<14}" + "".join(f"| {'turns':>5} {'KB':>7} {'s':>7} {'s/RTT':>5} " for _ in results))
        for step in STEPS:
            line = f"{step:<14}"
            for p in results:
                s = results[p][step]
                line += f"| {s.turns:>5} {s.kbytes:>7.1f} {s.seconds:>7.3f} {s.seconds / rtt:>5.1f} "
            notes = {results[p][step].note for p in results} - {""}
            print(line + ("  " + ", ".join(sorted(notes)) if notes else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
