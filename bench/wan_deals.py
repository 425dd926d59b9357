"""The deal screens, the planner and reports over an emulated branch-office link (WAN profile).

Same set-up as ``bench/wan_client_list.py`` (:func:`~bench.wan_client_list.server_behind_wan`:
private Firebird 3 server, demo data with the login's own day, the user-space WAN emulator at
100 ms RTT / 1 Mbit/s). Every pass opens a fresh ``AppContext`` with the **WAN profile**
(WireCrypt + WireCompression) and runs each step twice: *cold* (first time on this connection:
statements prepared) and *warm* (the same screen again, e.g. the next refresh or another deal):

* ``board choices``   :func:`app.board.board_choices` (funnels, users, tags; once per connection);
* ``board``           :func:`app.board.board` of the default funnel (the cached FunnelInfo passed);
* ``deal list``       :func:`app.board.deal_page`, first page;
* ``deal card``       :func:`app.deals.load_deal` (warm: another deal);
* ``save deal``       :func:`app.deals.save_deal` with the next step changed;
* ``move stage``      :func:`app.deals.move_deal_stage` to the next open stage;
* ``reminders``       :func:`app.planner.due_reminders` (the notifier's poll);
* ``my day``          :func:`app.planner.my_day`;
* ``rep <id>``        :func:`reports.engine.run` for funnel.snapshot, sales.by_period, sales.abc;
* ``pdf <id>``        :func:`reports.render_pdf.render_pdf` of that result (local only).

Columns: proxy *turns* (round trips, ±1), KB both ways on the wire, seconds, and the read
channel's statements prepared / executed during the step (``-`` when it did not take part).
No assertions. ``.venv/bin/python -m bench.wan_deals [--clients 5000] [--repeat 3]``
"""
from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass, replace
from typing import Any

from bench.wan_client_list import Sample, add_link_args, measure, median_sample, server_behind_wan

REPORTS = ("funnel.snapshot", "sales.by_period", "sales.abc")
STEPS = ("connect", "board choices", "board", "deal list", "deal card", "save deal", "move stage", "reminders",
         "my day", *(f"rep {r}" for r in REPORTS), *(f"pdf {r}" for r in REPORTS))


@dataclass
class Step:
    sample: Sample
    prepares: int | None = None
    executions: int | None = None


def _step(px: Any, ctx: Any, fn, note=None) -> tuple[Step, Any]:
    """``measure`` plus the read channel's prepare/execute counts of the step."""
    r = ctx.reader
    p0, e0 = r.prepares, r.executions
    sample, result = measure(px, fn, note)
    return Step(sample, r.prepares - p0, r.executions - e0), result


def _local(fn, note=None) -> tuple[Step, Any]:
    """A step that does not touch the network (rendering)."""
    import time

    t0 = time.perf_counter()
    result = fn()
    return Step(Sample(0, 0, 0, time.perf_counter() - t0, note(result) if note else "")), result


def _next_stage(form: Any, funnel: Any) -> int | None:
    """The next open stage after the deal's, whose entry rules the deal already meets."""
    from app.deals import missing_fields

    opened = funnel.open_stages
    ids = [s.id for s in opened]
    if form.draft.stage_id not in ids or form.outcome != "OPEN":
        return None
    i = ids.index(form.draft.stage_id)
    if i + 1 >= len(opened):
        return None
    nxt = opened[i + 1]
    d = form.draft
    values = {k: getattr(d, k, None) for k in ("amount", "contact_id", "expected_close", "probability",
                                               "responsible_id", "source_id", "next_step", "next_step_at", "note")}
    values["lines"] = bool(d.lines)
    return None if missing_fields(nxt.required_fields, values) else nxt.id


def pick_deals(spec: Any, n: int) -> list[int]:
    """``n`` open deals of the default funnel that can move one stage on (loopback, no proxy)."""
    from app import board, deals
    from app.context import AppContext

    out: list[int] = []
    with AppContext(spec) as ctx:
        funnel = board.board_choices(ctx).default_funnel()
        b = board.board(ctx, funnel.id, funnel=funnel)
        # each pass moves its two deals one stage on: start from the first stage so later passes still can
        for col in b.columns:
            for card in col.cards:
                if len(out) >= n:
                    return out
                if _next_stage(deals.load_deal(ctx, card.id), funnel) is not None:
                    out.append(card.id)
    if len(out) < n:
        raise SystemExit(f"only {len(out)} movable deals found, {n} needed")
    return out


def run_pass(px: Any, spec: Any, deal_ids: tuple[int, int]) -> dict[str, tuple[Step, Step]]:
    from app import board, deals, planner
    from app.context import AppContext
    from reports import engine
    from reports.render_pdf import render_pdf

    cold: dict[str, Step] = {}
    warm: dict[str, Step] = {}
    sample, ctx = measure(px, lambda: AppContext(spec))
    cold["connect"] = warm["connect"] = Step(sample)
    try:
        for rnd, out, deal_id in (("cold", cold, deal_ids[0]), ("warm", warm, deal_ids[1])):
            out["board choices"], ch = _step(px, ctx, lambda: board.board_choices(ctx),
                                             lambda c: f"{len(c.funnels)} funnels, {len(c.users)} users")
            funnel = ch.default_funnel()
            out["board"], _ = _step(px, ctx, lambda: board.board(ctx, funnel.id, funnel=funnel),
                                    lambda b: f"{sum(len(c.cards) for c in b.columns)} cards, "
                                              f"{sum(c.count for c in b.columns)} deals")
            out["deal list"], _ = _step(px, ctx, lambda: board.deal_page(ctx), lambda p: f"{len(p.rows)} rows")
            out["deal card"], form = _step(px, ctx, lambda: deals.load_deal(ctx, deal_id),
                                           lambda f: f"{len(f.history)} moves, {len(f.tasks)} tasks, "
                                                     f"{len(f.interactions)} interactions, {len(f.draft.lines)} lines")
            target = _next_stage(form, funnel)
            draft = replace(form.draft, next_step=f"bench {rnd} {deal_id}"[:120])
            out["save deal"], saved = _step(px, ctx, lambda: deals.save_deal(ctx, draft))
            out["move stage"], _ = _step(px, ctx, lambda: deals.move_deal_stage(ctx, deal_id, target, saved.version))
            out["reminders"], _ = _step(px, ctx, lambda: planner.due_reminders(ctx), lambda r: f"{len(r)} due")
            out["my day"], _ = _step(px, ctx, lambda: planner.my_day(ctx),
                                     lambda d: f"{len(d.overdue)}+{len(d.today)}+{len(d.undated)} tasks, "
                                               f"{len(d.birthdays_today) + len(d.birthdays_soon)} birthdays")
            for rid in REPORTS:
                out[f"rep {rid}"], res = _step(px, ctx, lambda rid=rid: engine.run(ctx, rid),
                                               lambda r: f"{r.row_count} rows")
                out[f"pdf {rid}"], _ = _local(lambda res=res: render_pdf(res, io.BytesIO()), lambda n: f"{n} pages")
    finally:
        ctx.close()
    return {s: (cold[s], warm[s]) for s in STEPS}


def _median(steps: list[Step]) -> Step:
    chosen = median_sample([s.sample for s in steps])
    return next(s for s in steps if s.sample is chosen)


def print_table(results: dict[str, tuple[Step, Step]], rtt: float) -> None:
    def cell(s: Step) -> str:
        stm = f"{s.prepares}/{s.executions}" if s.prepares is not None else "-"
        return f"| {s.sample.turns:>5} {s.sample.kbytes:>7.1f} {s.sample.seconds:>7.3f} {stm:>6} "

    head = f"{'step':<22}| {'cold':<29}| {'warm':<29}"
    sub = f"{'':<22}" + f"| {'turns':>5} {'KB':>7} {'s':>7} {'p/e':>6} " * 2
    print(head)
    print(sub)
    print("-" * len(sub))
    for step, (c, w) in results.items():
        notes = [n for n in (c.sample.note, w.sample.note) if n]
        note = notes[-1] if notes else ""
        print(f"{step:<22}{cell(c)}{cell(w)}  {note}")
    total = lambda i: sum(v[i].sample.seconds for k, v in results.items() if k != "connect")  # noqa: E731
    print(f"\nsum of steps (without connect): cold {total(0):.2f} s, warm {total(1):.2f} s; RTT {rtt * 1000:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_link_args(ap)
    args = ap.parse_args(argv)
    from app.context import spec_from

    rtt = 2 * args.delay_ms / 1000
    repeat = max(1, args.repeat)
    with server_behind_wan(args, "bench_deals.fdb", my_day=True) as (direct, proxied, password, px):
        ids = pick_deals(direct, 2 * repeat)
        spec = spec_from(proxied, "SYSDBA", password, wan=True)
        runs = [run_pass(px, spec, (ids[2 * i], ids[2 * i + 1])) for i in range(repeat)]
        results = {s: (_median([r[s][0] for r in runs]), _median([r[s][1] for r in runs])) for s in STEPS}
        print(f"\nLink: RTT {rtt * 1000:.0f} ms, {args.rate_kbit:.0f} kbit/s; WAN profile (WireCrypt + compression); "
              f"{args.clients} demo clients, SYSDBA (sees everything); median of {repeat}. "
              "p/e = read-channel statements prepared/executed.\n")
        print_table(results, rtt)
    return 0


if __name__ == "__main__":
    sys.exit(main())
