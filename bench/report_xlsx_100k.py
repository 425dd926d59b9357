"""A report of 10,000 to 100,000 rows to XLSX through the CLI (issue #12): time and peak memory.

    .venv/bin/python -m bench.report_xlsx_100k --db /tmp/k100k.fdb [--rows 10000 50000 100000]

For each row count, in processes of their own (so each peak RSS is that process's own):
* ``cli``: ``python -m app report clients.contacts --param limit=N --xlsx FILE`` (the export
  path: rows streamed from the cursor to the workbook since issue #12);
* ``raw``: the same report's query read by the engine's source and written by plain openpyxl
  write-only ``append`` (no formats, no groups): the floor.
Prints seconds, peak RSS (MB) and the ratio cli / raw; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REPORT = "clients.contacts"


def child_raw(db: str, rows: int, out: str) -> int:
    from openpyxl import Workbook

    from app.context import AppContext, spec_from
    from reports import engine
    from reports import params as P
    from reports.registry import by_id

    defn = by_id(REPORT)
    t0 = time.perf_counter()
    with AppContext(spec_from(db)) as ctx, ctx.engine.connect() as conn:
        params = P.resolve(defn, {"limit": str(rows)}, None)
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Report")
        keys = [c.key for c in defn.columns]
        n = 0
        for row in engine._source_rows(conn, defn, params):
            ws.append([float(v) if v.__class__.__name__ == "Decimal" else v for v in (row.get(k) for k in keys)])
            n += 1
        conn.rollback()
        wb.save(out)
    secs = time.perf_counter() - t0
    print(f"{secs:.3f} {n} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    return 0


def _measure(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS MB) of a child process, measured by GNU time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-o", tf.name, "-f", "%M", *cmd], cwd=str(ROOT), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        secs = time.perf_counter() - t0
        return secs, int(tf.read().strip().splitlines()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--rows", type=int, nargs="+", default=[10000, 50000, 100000])
    ap.add_argument("--child-raw", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_raw:
        return child_raw(args.db, args.child_raw, args.out)
    py = sys.executable
    print(f"{'rows':>8} | {'cli s':>7} {'cli MB':>7} | {'raw s':>7} {'raw MB':>7} | cli/raw")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            out = os.path.join(tmp, f"r{n}.xlsx")
            cli_s, cli_mb = _measure([py, "-m", "app", "report", REPORT, "--param", f"limit={n}", "--xlsx", out,
                                      "--db", args.db])
            raw_s, raw_mb = _measure([py, "-m", "bench.report_xlsx_100k", "--db", args.db, "--child-raw", str(n),
                                      "--out", out + ".raw.xlsx"])
            print(f"{n:>8} | {cli_s:7.1f} {cli_mb:7.0f} | {raw_s:7.1f} {raw_mb:7.0f} | {cli_s / raw_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
