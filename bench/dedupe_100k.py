"""The duplicate finder on a big database (issue #11): how long a full scan takes.

Opens ``--db`` (an embedded file or a server DSN) and runs :func:`app.dedupe.find_duplicate_groups`
as the "Find duplicates…" window does, timing its parts: reading the keys (clients, phones,
e-mails, "not duplicates" marks through the visibility views), comparing (exact keys, blocked
name comparison), grouping, and reading what the groups show. Prints seconds, the number of
clients, pairs and groups by reason; asserts nothing.

    .venv/bin/python -m app init --db /tmp/k100k.fdb --force
    .venv/bin/python -m app demo --clients 100000 --db /tmp/k100k.fdb
    .venv/bin/python -m bench.dedupe_100k --db /tmp/k100k.fdb
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # allow ``python bench/dedupe_100k.py`` as well as ``-m``
    sys.path.insert(0, str(ROOT))

from app import dedupe  # noqa: E402
from app.context import AppContext, spec_from  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--user")
    ap.add_argument("--password")
    args = ap.parse_args(argv)
    with AppContext(spec_from(args.db, args.user, args.password)) as ctx:
        t0 = time.perf_counter()
        records, ignored, shown = dedupe.load_keys(ctx)
        t1 = time.perf_counter()
        pairs = dedupe.find_pairs(records, ignored)
        t2 = time.perf_counter()
        groups = dedupe.group_pairs(pairs)
        t3 = time.perf_counter()
        dedupe.describe(groups, shown)
        t4 = time.perf_counter()
        ctx.reader.restart()
        t5 = time.perf_counter()
        again = dedupe.find_duplicate_groups(ctx)
        t6 = time.perf_counter()
    by_reason = collections.Counter(r for p in pairs for r in p.reasons)
    sizes = collections.Counter(min(len(g.ids), 5) for g in groups)
    print(f"clients {len(records)}, phones {sum(len(r.phones) for r in records)}, "
          f"e-mails {sum(len(r.emails) for r in records)}, ignored pairs {len(ignored)}")
    print(f"read keys     {t1 - t0:6.2f} s")
    print(f"compare       {t2 - t1:6.2f} s   pairs {len(pairs)}  by reason {dict(by_reason)}")
    print(f"group         {t3 - t2:6.2f} s   groups {len(groups)}  sizes {dict(sorted(sizes.items()))} (5 = 5+)")
    print(f"describe      {t4 - t3:6.2f} s")
    print(f"total         {t4 - t0:6.2f} s")
    print(f"find_duplicate_groups() again, end to end: {t6 - t5:6.2f} s ({len(again)} groups)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
