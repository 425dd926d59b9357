"""Client import from XLSX: time, peak memory and WAN round trips (issue #11).

``.venv/bin/python -m bench.import_100k [--rows 100000] [--wan-rows 2000] [--no-wan]``

1. Writes an XLSX sheet of ``--rows`` clients as an office would bring them (name, INN with valid
   check digits, KPP, phone, e-mail, city, address, creation date as an Excel date, status), with
   openpyxl's write-only mode.
2. **Embedded**: imports it into a fresh embedded database through :func:`app.imports.run_import`
   (the engine the screen and the CLI use) in a child process, and prints the seconds, rows/s and
   the child's peak RSS. The same for a tenth of the rows, so "constant memory" shows as two
   nearly equal peaks.
3. **WAN**: a private Firebird 3 server behind the user-space WAN emulator (100 ms RTT, 1 Mbit/s,
   ../shared/tools/wanproxy.py), WAN profile (wire encryption + compression); imports
   ``--wan-rows`` rows of the same kind of sheet and prints round trips (proxy turns) and KB per
   1,000 rows, and the seconds.

No assertions (bench/README.md).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CITIES = ("Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород", "Самара", "Тула")
_WORDS = ("Альфа", "Вектор", "Гранит", "Дельта", "Зенит", "Импульс", "Каскад", "Лидер", "Меридиан", "Орион",
          "Прогресс", "Ресурс", "Сигма", "Старт", "Техно", "Форвард", "Эталон", "Юпитер", "Север", "Восток")
_STATUS = ("Потенциальный", "Активный", "Постоянный", "Потерян")


def write_sheet(path: Path, rows: int, seed: int = 1) -> None:
    import openpyxl

    from app.demo import inn_company

    r = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Клиенты")
    ws.append(["Наименование", "ИНН", "КПП", "Телефон", "E-mail", "Город", "Адрес", "Дата создания", "Статус"])
    base = dt.datetime(2015, 1, 1)
    for i in range(rows):
        inn = inn_company(r, "77")
        name = f"ООО «{r.choice(_WORDS)} {r.choice(_WORDS)}-{i}»"
        ws.append([name, inn, f"{inn[:4]}01001", f"+7 916 {i % 10_000_000:07d}", f"office{i}@firm{i}.ru",
                   r.choice(_CITIES), f"ул. Ленина, д. {r.randint(1, 200)}",
                   base + dt.timedelta(days=r.randint(0, 3000), minutes=r.randint(0, 600)), r.choice(_STATUS)])
    wb.save(path)


def _child(args: argparse.Namespace) -> int:
    """Runs in a fresh process: create the database, import, print a JSON line."""
    import resource

    from app import database, imports
    from app.context import AppContext, spec_from

    spec = spec_from(args.db, args.user, args.password, None, wan=args.wan) if args.user else spec_from(args.db)
    if not args.user:
        database.create_database(spec)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with AppContext(spec) as ctx:
        # (not over the WAN: the two queries would add their round trips to the import's)
        m0 = _engine_counts(ctx) if not args.user else {}
        t0, cpu0 = time.perf_counter(), time.process_time()
        res = imports.run_import(ctx, "clients", args.file, keep_fates=False)
        sec, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        m1 = _engine_counts(ctx) if not args.user else {}
    print(json.dumps({"seconds": sec, "cpu_seconds": cpu, "created": res.created, "failed": res.failed,
                      "skipped": res.skipped, "rss_before_kb": rss0,
                      "rss_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "engine": {k: m1[k] - m0[k] for k in m0}}))


def _engine_counts(ctx) -> dict[str, int]:
    """This attachment's engine counters (MON$): page fetches and marks (the engine's work, steady
    under load, unlike seconds), records inserted and read by index."""
    from sqlalchemy import text

    with ctx.engine.connect() as c:
        row = c.execute(text(
            "SELECT io.MON$PAGE_FETCHES, io.MON$PAGE_MARKS, rs.MON$RECORD_INSERTS, rs.MON$RECORD_IDX_READS "
            "FROM MON$ATTACHMENTS a JOIN MON$IO_STATS io ON io.MON$STAT_ID = a.MON$STAT_ID "
            "JOIN MON$RECORD_STATS rs ON rs.MON$STAT_ID = a.MON$STAT_ID "
            "WHERE a.MON$ATTACHMENT_ID = CURRENT_CONNECTION")).one()
        c.rollback()
    return dict(zip(("fetches", "marks", "inserts", "idx_reads"), (int(x) for x in row), strict=True))
    return 0


def _run_child(file: Path, db: str, extra: list[str] | None = None) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.import_100k", "--child", "--file", str(file), "--db", db,
                          *(extra or [])], cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        raise SystemExit(out.returncode)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--wan-rows", type=int, default=2000)
    ap.add_argument("--no-wan", action="store_true")
    ap.add_argument("--wan-only", action="store_true")
    ap.add_argument("--delay-ms", type=float, default=50.0)
    ap.add_argument("--rate-kbit", type=float, default=1000.0)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--user", help=argparse.SUPPRESS)
    ap.add_argument("--password", help=argparse.SUPPRESS)
    ap.add_argument("--wan", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args)
    tmp = Path(tempfile.mkdtemp(prefix="kartoteka-import-bench-"))
    for n in () if args.wan_only else (max(1, args.rows // 10), args.rows):
        sheet = tmp / f"clients_{n}.xlsx"
        t0 = time.perf_counter()
        write_sheet(sheet, n)
        print(f"sheet of {n} rows written in {time.perf_counter() - t0:.1f} s ({sheet.stat().st_size / 1e6:.1f} MB)")
        r = _run_child(sheet, str(tmp / f"db_{n}.fdb"))
        e, c = r["engine"], max(r["created"], 1)
        print(f"embedded: {n} rows in {r['seconds']:.1f} s = {n / r['seconds']:.0f} rows/s (process CPU "
              f"{r['cpu_seconds']:.1f} s); created {r['created']}, failed {r['failed']}, skipped {r['skipped']}; "
              f"peak RSS {r['rss_peak_kb'] / 1024:.0f} MB (after connecting {r['rss_before_kb'] / 1024:.0f} MB); "
              f"per created client: {e['fetches'] / c:.0f} page fetches, {e['marks'] / c:.0f} marks, "
              f"{e['inserts'] / c:.1f} records inserted, {e['idx_reads'] / c:.1f} index reads")
    if args.no_wan:
        return 0
    sys.path.insert(0, str(ROOT))
    import bench.wan_client_list as wcl

    if not (wcl.SHARED_TOOLS / "wanproxy.py").is_file():
        # a git worktree lives one level deeper than the checkout the shared tools sit beside
        for up in ROOT.parents:
            if (up / "shared" / "tools" / "wanproxy.py").is_file():
                wcl.SHARED_TOOLS = up / "shared" / "tools"
                break
    server_behind_wan = wcl.server_behind_wan

    sheet = tmp / f"wan_{args.wan_rows}.xlsx"
    write_sheet(sheet, args.wan_rows, seed=7)
    ns = argparse.Namespace(clients=0, delay_ms=args.delay_ms, rate_kbit=args.rate_kbit)
    with server_behind_wan(ns, "import_bench.fdb") as (_direct, proxied, password, px):
        px.reset()
        r = _run_child(sheet, proxied, ["--user", "SYSDBA", "--password", password, "--wan"])
        time.sleep(0.2)
        turns, kb = px.turns, (px.c2s + px.s2c) / 1024
    per = 1000 / args.wan_rows
    print(f"WAN ({2 * args.delay_ms:.0f} ms RTT, {args.rate_kbit:.0f} kbit/s, WAN profile): {args.wan_rows} rows in "
          f"{r['seconds']:.1f} s; {turns} round trips ({turns * per:.0f} per 1,000 rows, connect included), "
          f"{kb:.0f} KB ({kb * per:.0f} KB per 1,000 rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
