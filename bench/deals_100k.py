"""The deal list and its Excel export on a big database (issue #12).

    .venv/bin/python -m bench.deals_100k --db /tmp/k100k.fdb [--repeat 5] [--no-export]

Opens an ``AppContext`` on ``--db`` and prints:
* deal list pages (:func:`app.board.deal_page`): the first page and the next ones in the default
  order (newest first), oldest first, by amount, and the open deals only; first run and median;
* the export of every deal (:func:`app.board.export_deals_xlsx`, Ctrl+E on the list) against
  the same rows written by plain openpyxl write-only ``append`` (the floor: reading the rows is
  included in both), each in a child process of its own so that its peak RSS is its own.
Prints milliseconds, seconds, rows, ratios and MB; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app import board  # noqa: E402
from app.context import AppContext, spec_from  # noqa: E402


def _ms(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    r = fn()
    return (time.perf_counter() - t0) * 1000, r


def run_pages(ctx: AppContext, repeat: int) -> None:
    print(f"\nDeal list pages (median of {repeat} after a first, preparing run)")
    print(f"  {'what':<40}{'first ms':>9}{'median':>9}{'rows':>6}")
    cases = [
        ("newest first (default)", {}),
        ("oldest first", {"desc": False}),
        ("by amount, largest first", {"sort": "amount"}),
        ("open deals, newest first", {"f": board.DealListFilter(outcome="OPEN")}),
    ]
    for label, kw in cases:
        first, page = _ms(lambda kw=kw: board.deal_page(ctx, **kw))
        times = [_ms(lambda kw=kw: board.deal_page(ctx, **kw))[0] for _ in range(repeat)]
        print(f"  {label:<40}{first:9.1f}{statistics.median(times):9.1f}{len(page.rows):6d}")
        key = page.next_key
        if key is not None:
            first2, page2 = _ms(lambda kw=kw, key=key: board.deal_page(ctx, after=key, **kw))
            times2 = [_ms(lambda kw=kw, key=key: board.deal_page(ctx, after=key, **kw))[0] for _ in range(repeat)]
            print(f"  {'  next page':<40}{first2:9.1f}{statistics.median(times2):9.1f}{len(page2.rows):6d}")


def child(db: str, what: str, out: str) -> int:
    """One export in this process; prints 'seconds rows peak_mb'."""
    from db.queries import deal_board as q

    with AppContext(spec_from(db)) as ctx:
        t0 = time.perf_counter()
        if what == "app":
            n = board.export_deals_xlsx(ctx, None, out)
        else:  # plain openpyxl write-only: the same rows, plain values, no formats
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Deals")
            idx = [q.LIST_COLUMNS.index(a) for a, _, _ in board.EXPORT_COLUMNS]
            n = 0
            for batch in q.all_rows(ctx.reader, q.DealFilter(), "created_at", True, board.EXPORT_BATCH):
                for r in batch:
                    ws.append([float(r[i]) if isinstance(r[i], __import__("decimal").Decimal) else r[i] for i in idx])
                n += len(batch)
            wb.save(out)
        secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{secs:.3f} {n} {peak:.0f}")
    return 0


def run_export(db: str) -> None:
    print("\nExport of every deal to .xlsx (each in its own process; peak RSS of that process)")
    res = {}
    with tempfile.TemporaryDirectory() as tmp:
        for what in ("raw", "app"):
            out = os.path.join(tmp, f"{what}.xlsx")
            p = subprocess.run([sys.executable, "-m", "bench.deals_100k", "--db", db, "--child", what, "--out", out],
                               cwd=str(ROOT), capture_output=True, text=True, check=True)
            secs, n, peak = p.stdout.split()[-3:]
            res[what] = (float(secs), int(n), float(peak), os.path.getsize(out) / 1e6)
            print(f"  {'plain openpyxl' if what == 'raw' else 'export_deals_xlsx':<20}{float(secs):8.1f} s"
                  f"{int(n):>9} rows{float(peak):>7.0f} MB peak{res[what][3]:>7.1f} MB file")
    print(f"  ratio app / plain: {res['app'][0] / res['raw'][0]:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="database file or server DSN (host/port:alias)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-export", action="store_true", help="pages only")
    ap.add_argument("--child", choices=("app", "raw"), help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.db, args.child, args.out)
    with AppContext(spec_from(args.db)) as ctx:
        n = ctx.reader.one("SELECT COUNT(*) FROM DEALS")[0]
        print(f"{ctx.info.describe()}: {n} deals")
        run_pages(ctx, args.repeat)
    if not args.no_export:
        run_export(args.db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
