"""Which fdb client-library calls cost the round trips of one operation (a tracing aid, no numbers
to keep): every ``isc_*`` call of fdb's API object is wrapped and reported with the WAN proxy's
turns during it, the SQL of prepares and the innermost frame of our code that made it.

    .venv/bin/python -m bench.trace_rt [--clients 300] [--what save|report|client]

Prints, per operation (cold = first on a fresh AppContext, then warm), one line per call that
took a turn (``-v``: every call). Uses ``bench.wan_client_list.server_behind_wan`` (private FB3
server, WAN emulator) with the WAN profile. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.wan_client_list import add_link_args, server_behind_wan

ROOT = str(Path(__file__).resolve().parents[1])


class Tracer:
    def __init__(self, px: Any):
        self.px = px
        self.log: list[tuple[str, int, str, str]] = []
        self.on = False

    def install(self) -> None:
        from db import fbclient

        fbclient.load()
        import fdb.fbcore as fc

        api = fc.load_api()
        for name in dir(api):
            if not name.startswith("isc_") or name in ("isc_sqlcode", "isc_interprete", "isc_vax_integer",
                                                        "isc_portable_integer", "fb_interpret"):
                continue
            fn = getattr(api, name)
            if not callable(fn):
                continue
            setattr(api, name, self._wrap(name, fn))

    def _wrap(self, name: str, fn: Any) -> Any:
        import time

        def call(*args):
            if not self.on:
                return fn(*args)
            t0 = self.px.turns
            r = fn(*args)
            time.sleep(0.005)
            extra = ""
            if name in ("isc_dsql_prepare", "isc_dsql_execute_immediate"):
                for a in args:
                    if isinstance(a, bytes) and len(a) > 6:
                        extra = a.decode("utf8", "replace")[:110]
            where = ""
            for fr in reversed(traceback.extract_stack()[:-1]):
                if fr.filename.startswith(ROOT) and "/bench/" not in fr.filename:
                    where = f"{fr.filename[len(ROOT) + 1:]}:{fr.lineno} {fr.name}"
                    break
            if not where:
                for fr in reversed(traceback.extract_stack()[:-1]):
                    if "site-packages" in fr.filename and "/fdb/" not in fr.filename:
                        where = f"{fr.filename.split('site-packages/')[1]}:{fr.lineno} {fr.name}"
                        break
            self.log.append((name, self.px.turns - t0, where, extra))
            return r

        return call

    def run(self, label: str, fn: Any, verbose: bool) -> Any:
        self.log.clear()
        self.px.reset()
        self.on = True
        try:
            return fn()
        finally:
            self.on = False
            total = sum(t for _, t, _, _ in self.log)
            print(f"\n== {label}: {total} turns in {len(self.log)} calls (proxy says {self.px.turns})")
            for name, t, where, extra in self.log:
                if t or verbose:
                    print(f"  {t:>2} {name:<28} {where:<60} {extra}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_link_args(ap, clients=300)
    ap.add_argument("--what", default="save", choices=("save", "report", "client"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    from app import board, clients, deals
    from app.context import AppContext, spec_from
    from bench.wan_deals import pick_deals
    from reports import engine

    with server_behind_wan(args, "trace.fdb", my_day=True) as (direct, proxied, password, px):
        spec = spec_from(proxied, "SYSDBA", password, wan=True)
        tr = Tracer(px)
        tr.install()
        ids = pick_deals(direct, 2) if args.what == "save" else []
        ctx = tr.run("connect", lambda: AppContext(spec), args.verbose)
        try:
            if args.what == "save":
                for rnd, deal_id in (("cold", ids[0]), ("warm", ids[1])):
                    form = deals.load_deal(ctx, deal_id)
                    draft = replace(form.draft, next_step=f"trace {rnd} {deal_id}")
                    tr.run(f"save deal {rnd}", lambda: deals.save_deal(ctx, draft), args.verbose)
            elif args.what == "client":
                import copy

                cid = clients.list_clients_page(ctx).rows[:2]
                for rnd, row in zip(("cold", "warm"), cid, strict=False):
                    card = clients.load_client_card(ctx, row.id)
                    original = copy.deepcopy(card.draft)
                    card.draft.city = f"Trace {rnd}"
                    tr.run(f"save client {rnd}", lambda: clients.save_client(ctx, card.draft, original), args.verbose)
            else:
                board.board_choices(ctx)
                for rnd in ("cold", "warm"):
                    tr.run(f"report {rnd}", lambda: engine.run(ctx, "funnel.snapshot"), args.verbose)
            pm = ctx.reader._precision
            if pm is not None:
                print(f"\nprecision map: {len(pm)} columns in {len({k[0] for k in pm})} relations")
        finally:
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
