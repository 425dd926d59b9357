"""Export (issue #11): lists to XLSX/CSV with the chosen columns, contacts to vCard 4.0/3.0, the
audit entry, and the round trip: a file exported and imported back gives the same records."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import vobject

from app import exports, imports
from app.context import AppContext, spec_from

DATA = Path(__file__).parent.parent / "data" / "import"
NOW = dt.datetime(2026, 12, 1, 12, 0)
KEY = ("SELECT NAME, KIND, INN, KPP, CITY, MAIN_PHONE, MAIN_EMAIL, STATUS, TAGS_TEXT, BIRTHDAY, "
       "CAST(CREATED_AT AS DATE) FROM CLIENTS ORDER BY NAME")


def _filled(spec):
    with AppContext(spec) as ctx:
        for f in ("clients.xlsx", "clients_1c_cp1251.csv", "clients_utf8_bom.csv", "phone_v21.vcf"):
            imports.run_import(ctx, "clients", DATA / f, now=NOW)
        ctx.reader.restart()
        return ctx.reader.query(KEY)


def test_lists_round_trip_through_csv_and_xlsx(embedded_db, embedded_template, tmp_path):
    before = _filled(embedded_db)
    assert len(before) >= 8
    with AppContext(embedded_db) as ctx:
        for ext in ("csv", "xlsx"):
            out = tmp_path / f"clients.{ext}"
            assert exports.export_list(ctx, "clients", out) == len(before)
        # the columns shown, in their order
        sel = tmp_path / "some.xlsx"
        exports.export_list(ctx, "clients", sel, ["city", "name"])
        ws = openpyxl.load_workbook(sel, read_only=True).active
        rows = list(ws.iter_rows(values_only=True))
        assert rows[0] == ("City", "Name") and len(rows) == len(before) + 1
        xl = list(openpyxl.load_workbook(tmp_path / "clients.xlsx", read_only=True).active.iter_rows(values_only=True))
        created = xl[0].index("Created on")
        assert all(isinstance(r[created], dt.datetime) for r in xl[1:])  # real dates, not text
        ctx.reader.restart()
        assert ctx.reader.one("SELECT COUNT(*) FROM AUDIT_LOG WHERE ACTION = 'EXPORT' AND DETAILS STARTING WITH "
                              "'clients:'")[0] == 3
        for what in ("deals", "tasks", "contacts"):
            assert exports.export_list(ctx, what, tmp_path / f"{what}.csv") >= 0
    for ext in ("csv", "xlsx"):
        fresh = tmp_path / f"fresh_{ext}.fdb"
        shutil.copy(embedded_template, fresh)
        with AppContext(spec_from(str(fresh))) as ctx:
            r = imports.run_import(ctx, "clients", tmp_path / f"clients.{ext}")  # dates as exported
            assert (r.created, r.failed, r.skipped) == (len(before), 0, 0), [f.reason for f in r.fates if f.reason]
            ctx.reader.restart()
            assert ctx.reader.query(KEY) == before, ext


def test_contacts_to_vcard_and_back(embedded_db, embedded_template, tmp_path):
    _filled(embedded_db)
    with AppContext(embedded_db) as ctx:
        ctx.reader.restart()
        people = ctx.reader.query("SELECT k.FULL_NAME FROM CONTACTS k UNION ALL SELECT NAME FROM CLIENTS "
                                  "WHERE KIND = 'PERSON'")
        n4 = exports.export_vcards(ctx, tmp_path / "all.vcf", version="4.0")
        n3 = exports.export_vcards(ctx, tmp_path / "v3", version="3.0", one_per_contact=True)
    assert n4 == n3 == len(people)
    cards = list(vobject.readComponents((tmp_path / "all.vcf").read_text(encoding="utf-8")))
    assert sorted(c.fn.value for c in cards) == sorted(p for (p,) in people)
    assert all(c.version.value == "4.0" for c in cards)
    assert len(list((tmp_path / "v3").glob("*.vcf"))) == n3
    sm = next(c for c in cards if c.fn.value == "Смирнов Алексей Викторович")
    assert sm.n.value.family == "Смирнов" and sm.org.value == ["ООО «Север»"]
    # back in: the same people, phones and e-mails (persons as persons, contacts with their company)
    fresh = tmp_path / "fresh.fdb"
    shutil.copy(embedded_template, fresh)
    with AppContext(spec_from(str(fresh))) as ctx:
        r = imports.run_import(ctx, "clients", tmp_path / "all.vcf", now=NOW)
        assert r.failed == 0, [f.reason for f in r.fates]
        ctx.reader.restart()
        names = {n for (n,) in ctx.reader.query("SELECT FULL_NAME FROM CONTACTS UNION SELECT NAME FROM CLIENTS "
                                                "WHERE KIND = 'PERSON'")}
        assert {p for (p,) in people} <= names
        assert ctx.reader.one("SELECT COUNT(*) FROM PHONES WHERE PHONE = '+7 916 111-22-33'")[0] == 1
