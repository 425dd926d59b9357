"""Deals import: a 5,000-deal CSV from another CRM into the embedded engine (issue #11).

``.venv/bin/python -m bench.import_deals_5k [--deals 5000] [--clients 1000] [--seed 1]``

Writes a CSV of ``--deals`` deals (amoCRM-style Russian headers) of ``--clients`` companies, half
of them already in the base (imported first as clients), a third with a stage history, a quarter
with product lines; creates a fresh embedded database and prints, for a first import ("skip") and
a second import of the file with every other budget changed ("overwrite": every row matches a
deal, half of them are updated), the seconds, rows/s
and the statements sent (SQLAlchemy's cursor executions: look-ups, packs, log). Run it 2-3 times
and take the median with the load average (``uptime``) beside it. No assertions (bench/README.md).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

_WORDS = ("Альфа", "Вектор", "Гранит", "Дельта", "Зенит", "Импульс", "Каскад", "Лидер", "Меридиан", "Орион",
          "Прогресс", "Ресурс", "Сигма", "Старт", "Техно", "Форвард", "Эталон", "Юпитер", "Север", "Восток")
_STAGES = ("New lead", "Qualification", "Proposal", "Negotiation")


def write_files(tmp: Path, deals: int, clients: int, seed: int) -> tuple[Path, Path, Path]:
    rnd = random.Random(seed)
    names = [f"ООО «{rnd.choice(_WORDS)} {rnd.choice(_WORDS)} {i:05d}»" for i in range(clients)]
    base = tmp / "clients.csv"
    with base.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Наименование", "Город"])
        for n in names[: clients // 2]:
            w.writerow([n, "Москва"])
    path = tmp / "deals.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Название сделки", "Бюджет", "Этап", "Ответственный", "Дата создания", "Дата закрытия",
                    "Причина отказа", "Компания", "Контакт", "История этапов", "Товары"])
        for i in range(deals):
            created = dt.datetime(2017, 1, 1, 10) + dt.timedelta(days=rnd.randrange(0, 2900))
            kind = rnd.random()
            stage, closed, reason, history = rnd.choice(_STAGES), "", "", ""
            if kind < 0.25:
                stage, closed = "Won", (created + dt.timedelta(days=rnd.randrange(5, 120))).strftime("%d.%m.%Y")
            elif kind < 0.4:
                stage, closed, reason = "Lost", (created + dt.timedelta(days=rnd.randrange(5, 120))).strftime(
                    "%d.%m.%Y"), "Price too high"
            if rnd.random() < 1 / 3:
                d1 = created + dt.timedelta(days=3)
                history = f"New lead: {created:%d.%m.%Y}; Qualification: {d1:%d.%m.%Y}"
                if closed:
                    history += f"; {stage}: {closed}"
                elif stage not in ("New lead", "Qualification"):
                    history += f"; {stage}: {d1 + dt.timedelta(days=2):%d.%m.%Y}"
                else:
                    stage = "Qualification"
            products = "Лицензия x 2 @ 1500; Внедрение" if rnd.random() < 0.25 else ""
            w.writerow([f"Сделка {i:05d}", f"{rnd.randrange(1, 500) * 1000}", stage, "Administrator",
                        created.strftime("%d.%m.%Y %H:%M"), closed, reason, rnd.choice(names),
                        f"Контакт {rnd.randrange(0, 3)}", history, products])
    # the same deals a month later: every other budget changed (the "overwrite" run updates those)
    again = tmp / "deals_again.csv"
    with path.open(encoding="utf-8", newline="") as f, again.open("w", encoding="utf-8", newline="") as g:
        w = csv.writer(g, delimiter=";")
        for n, row in enumerate(csv.reader(f, delimiter=";")):
            if n and n % 2 == 0:
                row[1] = str(int(row[1]) + 1000)
            w.writerow(row)
    return base, path, again


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--deals", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    from sqlalchemy import event

    from app import database, imports
    from app.context import AppContext, spec_from

    tmp = Path(tempfile.mkdtemp(prefix="kartoteka-deals-bench-"))
    base, path, again = write_files(tmp, args.deals, args.clients, args.seed)
    spec = spec_from(str(tmp / "deals.fdb"))
    database.create_database(spec)
    with AppContext(spec) as ctx:
        r = imports.run_import(ctx, "clients", base, keep_fates=False)
        print(f"base: {r.created} clients")
        count = [0]

        @event.listens_for(ctx.engine, "before_cursor_execute")
        def _count(*_a, **_k):
            count[0] += 1

        for policy, f in (("skip", path), ("overwrite", again)):
            count[0] = 0
            t0, c0 = time.perf_counter(), time.process_time()
            r = imports.run_import(ctx, "deals", f, on_duplicate=policy, keep_fates=False)
            sec, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"{policy}: {args.deals} deals in {sec:.2f} s = {args.deals / sec:.0f} rows/s; created {r.created}, "
                  f"updated {r.updated}, skipped {r.skipped}, failed {r.failed}; {count[0]} statements; CPU {cpu:.2f} s "
                  f"(both threads, engine included)")
            if r.errors:
                print("  first error:", r.errors[0][0], r.errors[0][2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
