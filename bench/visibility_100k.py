"""What the visibility rules cost per row: ``SELECT COUNT(*)`` over the filtered views as a
database administrator, a head (scope DEPT) and a manager (scope OWN), against the same count on
the base table (issue #12: "the visibility functions behind every view cost 20-70 µs per row").

    .venv/bin/python -m bench.visibility_100k --db /tmp/k100k.fdb [--repeat 3]
        [--admin SYSDBA] [--head HEAD_VOLKOV] [--manager MGR_IVANOV]

Embedded only (the engine trusts the user name, so one file serves every login; grants and
CURRENT_USER still apply). Prints, per view and login, the median milliseconds, the rows the login
sees, and the cost per *scanned* row in µs (view time minus base-table time, divided by the base
table's rows: a view filters every row of its table). Asserts nothing.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db import engine as dbe  # noqa: E402

#: view -> its base table
VIEWS = ("CLIENTS", "DEALS", "INTERACTIONS", "TASKS", "CONTACTS", "CLIENT_STATS", "DEAL_STAGE_HISTORY")


def _median_ms(cur, sql: str, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        cur.execute(sql)
        n = cur.fetchone()[0]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--admin", default="SYSDBA")
    ap.add_argument("--head", default="HEAD_VOLKOV")
    ap.add_argument("--manager", default="MGR_IVANOV")
    ap.add_argument("--views", nargs="*", default=list(VIEWS))
    args = ap.parse_args(argv)
    target = dbe.Target.parse(args.db)
    if target.kind != "embedded":
        ap.error("an embedded database file is needed (the engine trusts the user name)")
    logins = (("admin", args.admin, None), ("head", args.head, "CRM_HEAD"), ("manager", args.manager, "CRM_MANAGER"))
    base: dict[str, tuple[float, int]] = {}
    con = dbe.attach(dbe.ConnectSpec(target, user="SYSDBA"))
    cur = con.cursor()
    for v in args.views:
        base[v] = _median_ms(cur, f"SELECT COUNT(*) FROM {v}", args.repeat)
    con.close()
    print(f"{'view':<22}{'login':<9}{'ms':>9}{'rows':>9}{'µs/row':>9}   (base table: ms, rows)")
    for kind, user, role in logins:
        con = dbe.attach(dbe.ConnectSpec(target, user=user, role=role))
        cur = con.cursor()
        for v in args.views:
            ms, n = _median_ms(cur, f"SELECT COUNT(*) FROM V_{v}", args.repeat)
            bms, bn = base[v]
            per_row = (ms - bms) * 1000 / bn if bn else 0.0
            print(f"V_{v:<20}{kind:<9}{ms:9.1f}{n:9d}{per_row:9.2f}   ({bms:.1f} ms, {bn})", flush=True)
        con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
