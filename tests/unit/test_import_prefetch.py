"""The import's read-ahead (issue #11 speed): chunks are parsed in a worker thread while the
previous chunk is written; order, errors and early stops must behave as a plain loop would."""
from __future__ import annotations

import threading

import pytest

from app.imports import prefetch


def test_prefetch_keeps_order_and_builds_in_another_thread():
    threads = set()

    def build(c):
        threads.add(threading.current_thread().name)
        return [x * 2 for x in c]

    out = list(prefetch(([i, i + 1] for i in range(0, 20, 2)), build))
    assert out == [[i * 2, (i + 1) * 2] for i in range(0, 20, 2)]
    assert threads == {"import-prefetch"}


def test_prefetch_raises_the_workers_error_after_the_good_chunks():
    def build(c):
        if c == 3:
            raise ValueError("bad chunk 3")
        return c

    got = []
    with pytest.raises(ValueError, match="bad chunk 3"):
        for c in prefetch(iter(range(10)), build):
            got.append(c)
    assert got == [0, 1, 2]


def test_prefetch_stops_the_worker_when_the_consumer_stops():
    built = []

    def build(c):
        built.append(c)
        return c

    gen = prefetch(iter(range(1000)), build, ahead=1)
    assert next(gen) == 0
    gen.close()  # Cancel: the worker must not read the rest of the file
    assert not any(t.name == "import-prefetch" for t in threading.enumerate())
    assert len(built) <= 3


def test_cancelled_import_stops_the_read_ahead_and_is_consistent(embedded_db, tmp_path, monkeypatch):
    import openpyxl

    from app import imports
    from app.context import AppContext

    monkeypatch.setattr(imports, "CHUNK", 2)
    path = tmp_path / "c.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Наименование", "Телефон", "Город"])
    for i in range(9):
        ws.append([f"ООО «Ромашка {i}»", f"+7 916 {2000000 + i:07d}", "Тула"])
    wb.save(path)
    with AppContext(embedded_db) as ctx:
        res = imports.run_import(ctx, "clients", path, cancel=lambda: True)
        assert res.cancelled and (res.total, res.created) == (2, 2)  # the first chunk only
        assert not any(t.name == "import-prefetch" for t in threading.enumerate())
        batch = [b for b in imports.list_batches(ctx) if b.id == res.batch_id][0]
        assert (batch.state, batch.created) == ("CANCELLED", 2)
