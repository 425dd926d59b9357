"""Every report of the catalogue on a big demo database: engine time, PDF and XLSX render time,
rows and pages (issue #6: "the time to render the largest report on the 100,000-client demo
database"). Run by hand; prints a table sorted by rows (largest first), never asserts on time.

    .venv/bin/python -m app init --db /tmp/big/demo.fdb --demo 100000     # once, ~2-4 min
    .venv/bin/python -m bench.reports_100k --db /tmp/big/demo.fdb [--only ID ...] [--no-render]

Documents (forms) get sample records (``reports.registry.sample_values``: the first deal with
lines, the first client with deals); reports run with their default parameters
(periods relative to today, like a user pressing Run). Times are wall seconds on this machine; the
"rows/s" column is the end-to-end ratio for the PDF path.
"""
from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

from app.context import AppContext, spec_from
from reports import engine
from reports.registry import all_reports, sample_values
from reports.render_pdf import render_pdf
from reports.render_xlsx import render_xlsx


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--only", nargs="*", default=None, help="report ids to run (default: all)")
    ap.add_argument("--no-render", action="store_true", help="engine only")
    ap.add_argument("--user", default=None, help="login (embedded: any CRM login, e.g. MGR_IVANOV)")
    ap.add_argument("--role", default=None, help="its role (CRM_MANAGER, CRM_HEAD...)")
    args = ap.parse_args(argv)
    rows_out = []
    with AppContext(spec_from(args.db, args.user, role=args.role)) as ctx, tempfile.TemporaryDirectory() as tmp:
        for defn in all_reports():
            if args.only and defn.id not in args.only:
                continue
            values = sample_values(ctx, defn) if defn.kind == "document" else {}
            t0 = time.perf_counter()
            try:
                result = engine.run(ctx, defn, values, log=False)
            except Exception as exc:  # a report this database cannot run (an old schema): say so, go on
                print(f"  {defn.id:<44} ERROR {str(exc).splitlines()[-1][:100]}", flush=True)
                continue
            t1 = time.perf_counter()
            pages = 0
            t_pdf = t_xlsx = 0.0
            if not args.no_render:
                pages = render_pdf(result, io.BytesIO())
                t2 = time.perf_counter()
                render_xlsx(result, Path(tmp) / "r.xlsx")
                t3 = time.perf_counter()
                t_pdf, t_xlsx = t2 - t1, t3 - t2
            n = result.row_count if result.kind == "table" else sum(len(b.rows) + len(b.labels) for b in result.blocks)
            rows_out.append((n, defn.id, t1 - t0, t_pdf, t_xlsx, pages))
            print(f"  {defn.id:<44} {n:>7} rows  run {t1 - t0:6.2f} s  pdf {t_pdf:6.2f} s ({pages} p)  "
                  f"xlsx {t_xlsx:6.2f} s", flush=True)
    print()
    print(f"{'report':<44} {'rows':>7} {'run s':>7} {'pdf s':>7} {'xlsx s':>7} {'pages':>6} {'rows/s':>8}")
    for n, rid, t_run, t_pdf, t_xlsx, pages in sorted(rows_out, reverse=True):
        total = t_run + t_pdf
        print(f"{rid:<44} {n:>7} {t_run:7.2f} {t_pdf:7.2f} {t_xlsx:7.2f} {pages:>6} {n / total if total else 0:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
