"""What keeps the import fast (issue #11 speed), asserted by counts and plans, not by time:
the duplicate look-ups are prepared once per run (not once per chunk and key kind) and their plan
starts from the keys' index even when prepared on a new, empty base."""
from __future__ import annotations

import random

import openpyxl

from app import imports
from app.context import AppContext
from app.demo import inn_company
from db import bulk


def _sheet(path, rows: int, start: int = 0):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Наименование", "ИНН", "Телефон", "E-mail", "Город"])
    r = random.Random(5)
    inns = [inn_company(r, "77") for _ in range(20)]
    for i in range(start, start + rows):
        ws.append([f"ООО «Фирма {i}»", inns[i] if i < 6 else None, f"+7 916 {1000000 + i:07d}", f"office{i}@firm.ru",
                   "Москва"])
    wb.save(path)


def test_lookups_are_prepared_once_per_run_and_duplicates_still_found(embedded_db, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK", 3)  # 4 chunks
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    _sheet(first, 12)
    _sheet(second, 6, start=9)  # rows for firms 9..11 are in the base, 12..14 are new
    calls = []
    real = bulk._Statements.select

    def spy(self, sql, params):
        rows = real(self, sql, params)
        calls.append((sql, id(self.selects[sql])))  # the prepared statement that ran
        return rows

    monkeypatch.setattr(bulk._Statements, "select", spy)
    with AppContext(embedded_db) as ctx:
        r1 = imports.run_import(ctx, "clients", first)
        assert (r1.created, r1.skipped, r1.failed) == (12, 0, 0)
        # 4 chunks x (INN, phone, e-mail, names) look-ups, minus INN in the 2 chunks without INNs,
        # run 2 statements, each prepared once
        assert len(calls) == 14
        assert len({sql for sql, _ in calls}) == 2 and len({ps for _, ps in calls}) == 2
        calls.clear()
        r2 = imports.run_import(ctx, "clients", second)
    assert (r2.created, r2.skipped, r2.failed) == (3, 3, 0)
    assert all("already in the base" in f.reason for f in r2.fates if f.fate == "SKIPPED")


def test_lookup_plan_starts_from_the_key_index_on_an_empty_base(embedded_db):
    from tests.plans import full_plan

    with AppContext(embedded_db) as ctx, ctx.engine.connect() as conn:
        seen = []
        real = bulk._Statements.select

        def spy(self, sql, params):
            rows = real(self, sql, params)
            seen.append((sql, full_plan(self.selects[sql])))
            return rows

        bulk._Statements.select = spy
        try:
            imports._lookup_base(conn, {("I", "7707083893"), ("P", "79161234567"), ("NC", "ФИРМА|МОСКВА")})
        finally:
            bulk._Statements.select = real
            bulk.release(conn)
    plans = {sql.split(" FROM ")[1][:14]: plan for sql, plan in seen}
    key_plan = plans["V_SEARCH_KEYS "]
    assert "IX_SEARCH_KEYS_SKEY" in key_plan and "PK_CLIENTS" in key_plan and "NATURAL" not in key_plan
    assert "IX_CLIENTS_SEARCH_NAME" in plans["V_CLIENTS c WH"] and "NATURAL" not in plans["V_CLIENTS c WH"]


def test_reserve_ids_many_takes_every_block_in_one_statement(embedded_db):
    from sqlalchemy import event

    with AppContext(embedded_db) as ctx, ctx.engine.connect() as conn:
        before = bulk.reserve_ids(conn, "PHONES", 3)
        bulk.reserve_ids(conn, "CLIENTS", 1)
        statements = []
        event.listen(conn, "before_cursor_execute", lambda *a: statements.append(a[2]))
        got = bulk.reserve_ids_many(conn, {"CLIENTS": 5, "PHONES": 7, "EMAILS": 0})
        assert len(statements) == 1 and statements[0].count("GEN_ID") == 2  # names remembered, EMAILS skipped
        assert set(got) == {"CLIENTS", "PHONES"} and len(got["CLIENTS"]) == 5 and len(got["PHONES"]) == 7
        assert got["PHONES"].start == before.stop  # consecutive, nothing handed out twice
        assert bulk.reserve_ids(conn, "CLIENTS", 1).start == got["CLIENTS"].stop
        conn.rollback()


def test_search_keys_carry_their_clients_name_written_or_read_by_the_trigger(embedded_db, tmp_path, monkeypatch):
    """Embedded: an import writes SNAME with each new client's search keys itself (the trigger's read
    of the client is skipped); the keys an update adds carry none and the trigger fills it. Either
    way every key ends up with its client's SEARCH_NAME, as the search (SP_SEARCH_CLIENTS) needs."""
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    _sheet(first, 8)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Наименование", "Телефон", "E-mail"])
    ws.append(["ООО «Фирма 3»", "+7 916 2000003", "office3@firm.ru"])  # same e-mail: a new phone for firm 3
    wb.save(second)
    written = []
    real = bulk.insert_rows

    def spy(conn, table, cols, rows, **kw):
        if table == "SEARCH_KEYS":
            written.append((tuple(cols), [r[-1] for r in rows]))
        return real(conn, table, cols, rows, **kw)

    monkeypatch.setattr(bulk, "insert_rows", spy)
    with AppContext(embedded_db) as ctx:
        assert imports.run_import(ctx, "clients", first).created == 8
        assert written and all(cols[-1] == "sname" and None not in names for cols, names in written)
        written.clear()
        r = imports.run_import(ctx, "clients", second, on_duplicate="update")
        assert [f.fate for f in r.fates] == ["UPDATED"]
        assert written == [(("client_id", "kind", "skey", "sname"), [None])]  # the new phone's key
        ctx.reader.restart()
        keys = ctx.reader.query("SELECT k.SNAME, c.SEARCH_NAME FROM SEARCH_KEYS k JOIN CLIENTS c ON c.ID = k.CLIENT_ID")
    assert len(keys) == 39 and all(s == n for s, n in keys)  # 38 keys of the 8 clients + the new phone's
