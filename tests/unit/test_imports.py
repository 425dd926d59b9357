"""Import (issue #11) on the embedded engine, with the real corpus of tests/data/import/: every
row's fate, the real dates of imported deals in the reports, duplicates, dry run, error file,
saved mappings, undo and the CLI."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app import imports
from app.context import AppContext
from app.import_files import open_source, parse_date, sniff_encoding
from app.imports import Mapping, guess_mapping, split_person_name

DATA = Path(__file__).parent.parent / "data" / "import"
NOW = dt.datetime(2026, 12, 1, 12, 0)


def fates(result):
    return [(f.row_no, f.fate) for f in result.fates]


def reason(result, row_no):
    return next(f.reason for f in result.fates if f.row_no == row_no)


# --- reading --------------------------------------------------------------------------------------

def test_sources_are_sniffed():
    s = open_source(DATA / "clients.xlsx")
    assert (s.format, s.sheet, s.sheets, s.first_row) == ("xlsx", "Клиенты", ["Клиенты", "Пусто"], 4)
    # the title row is skipped; merged group cells make a two-level header
    assert s.headers[:5] == ["Наименование", "ИНН", "Контакты / Телефон", "Контакты / E-mail", "Город"]
    rows = dict(s.rows())
    assert rows[4][8] == 1500  # a formula, read as the value Excel cached
    assert rows[5][6] == dt.datetime(2018, 5, 6)  # a real Excel date
    assert rows[4][6] == "01.03.2017"  # a date typed as text
    assert 12 not in rows  # the blank row is not a row
    s = open_source(DATA / "clients_1c_cp1251.csv")
    assert (s.encoding, s.delimiter) == ("cp1251", ";")
    note = dict(s.rows())[2][10]
    assert note == 'Многострочное\r\nпримечание с "кавычками"'
    s = open_source(DATA / "clients_excel_utf16.txt")
    assert (s.encoding, s.delimiter, s.headers[0]) == ("utf-16", "\t", "Name")
    s = open_source(DATA / "clients_koi8r.csv")
    assert (s.encoding, s.delimiter) == ("koi8-r", ",")
    assert dict(s.rows())[2][0] == "Берёзка, ООО"
    s = open_source(DATA / "clients_utf8_bom.csv")
    assert (s.encoding, s.headers[0]) == ("utf-8-sig", "Company")


def test_vcards_of_each_version():
    rows = dict(open_source(DATA / "phone_v21.vcf").rows())
    h = open_source(DATA / "phone_v21.vcf").headers
    r1 = dict(zip(h, rows[1], strict=True))
    # QUOTED-PRINTABLE with CHARSET and soft line breaks, bare 2.1 TEL types, PHOTO dropped
    assert r1["Last name"] == "Смирнов" and r1["Middle name"] == "Викторович"
    assert r1["Organization"] == "ООО «Север»"
    assert r1["Note"].startswith("Давний клиент, звонить после 18:00.") and r1["Note"].endswith("по выходным.")
    assert (r1["Mobile phone"], r1["Work phone"], r1["Home phone"]) == ("+79161112233", "+74951112299",
                                                                       "8 (812) 444-55-66")
    r = dict(zip(h, dict(open_source(DATA / "google_v30.vcf").rows())[1], strict=True))
    assert r["Job title"].endswith("Северо-Западного региона")  # a folded line
    assert (r["Work e-mail"], r["Home e-mail"]) == ("volkova@vostok.example", "masha.volkova@mail.example")
    assert (r["Work address"], r["City"], r["Postal code"]) == ("Невский пр., д. 1", "Санкт-Петербург", "191186")
    r = dict(zip(h, dict(open_source(DATA / "iphone_v40.vcf").rows())[1], strict=True))
    assert r["Work phone"] == "+7-495-700-80-90 ext. 123"
    assert r["Birthday"] is None and "--0415" in r["Note"]  # no year: kept in the note, not lost


def test_encoding_sniffing_without_bom():
    text = "Наименование;Город\r\nООО Ёлка;Москва\r\n"
    for enc in ("utf-8", "cp1251", "koi8_r"):
        assert sniff_encoding(text.encode(enc)).replace("_", "-") in (enc.replace("_", "-"), "koi8-r")
    assert sniff_encoding(text.encode("utf-16-le")) == "utf-16-le"


def test_dates_and_names():
    assert parse_date("01.03.2017") == dt.date(2017, 3, 1)
    assert parse_date("2017-03-01 10:30") == dt.datetime(2017, 3, 1, 10, 30)
    assert parse_date("03/01/2017", day_first=False) == dt.date(2017, 3, 1)
    assert parse_date("12/31/2017") == dt.date(2017, 12, 31)
    assert parse_date(42795) == dt.date(2017, 3, 1)  # an Excel serial number
    with pytest.raises(ValueError):
        parse_date("вчера")
    assert split_person_name("Иванов Иван Иванович") == ("Иванов", "Иван", "Иванович")
    assert split_person_name("Иван Иванович Иванов") == ("Иванов", "Иван", "Иванович")
    assert split_person_name("John Q. Smith", "western") == ("Smith", "John", "Q.")
    assert split_person_name("Smith, John") == ("Smith", "John", "")
    assert imports.parse_amount("1 250 000,00") == Decimal("1250000.00")
    assert imports.parse_amount("1,234.50") == Decimal("1234.50")
    assert imports.parse_amount("12 500 ₽") == Decimal("12500.00")


def test_guessed_mappings():
    m = guess_mapping("clients", open_source(DATA / "clients_1c_cp1251.csv").headers)
    assert m.columns == {"Наименование": "name", "ИНН": "inn", "КПП": "kpp", "Телефон": "phone", "Моб.": "mobile",
                         "E-mail": "email", "Адрес": "address", "Город": "city", "Теги": "tags",
                         "Источник": "source", "Примечание": "note"}
    m = guess_mapping("clients", ["Company", "First Name", "Last Name", "Mobile", "Email", "Owner", "Отчество",
                                  "Контактное лицо", "Ответственный менеджер", "Unknown thing"])
    assert m.columns["Company"] == "name" and m.columns["Last Name"] == "last_name"
    assert m.columns["Owner"] == "responsible" and m.columns["Отчество"] == "middle_name"
    assert m.columns["Контактное лицо"] == "contact_name" and m.columns["Unknown thing"] == ""
    m2 = Mapping.from_json(m.to_json())
    assert m2 == m


# --- clients --------------------------------------------------------------------------------------

def test_xlsx_every_row_accounted(embedded_db):
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "clients", DATA / "clients.xlsx", now=NOW)
        assert fates(r) == [(4, "CREATED"), (5, "CREATED"), (6, "FAILED"), (7, "FAILED"), (8, "SKIPPED"),
                            (9, "FAILED"), (10, "FAILED"), (11, "FAILED"), (13, "CREATED")]
        assert "check digit" in reason(r, 6)
        assert "12345" in reason(r, 7)
        assert "row 4" in reason(r, 8) and "INN" in reason(r, 8)
        assert "bad@" in reason(r, 9)
        assert "future" in reason(r, 10)
        assert "Неизвестный Менеджер" in reason(r, 11)
        assert (r.created, r.updated, r.skipped, r.failed, r.total) == (3, 0, 1, 5, 9)
        ctx.reader.restart()
        rows = {n: (k, city, phone, email, created, status) for n, k, city, phone, email, created, status in
                ctx.reader.query("SELECT NAME, KIND, CITY, MAIN_PHONE, MAIN_EMAIL, CREATED_AT, STATUS FROM CLIENTS")}
        assert rows["ООО «Альфа»"][:4] == ("COMPANY", "Москва", "+7 495 123-45-67", "info@alfa.ru")
        assert rows["ООО «Альфа»"][4].date() == dt.date(2017, 3, 1)  # the source's date, kept
        assert rows["ООО «Альфа»"][5] == "ACTIVE"
        assert rows["ИП Петров Пётр Петрович"][0] == "PERSON"
        assert rows["ИП Петров Пётр Петрович"][4].date() == dt.date(2018, 5, 6)
        assert rows["Сигма"][5] == "REGULAR" and rows["Сигма"][4].date() == dt.date(2020, 6, 15)
        sigma = ctx.reader.one("SELECT ID FROM CLIENTS WHERE NAME = 'Сигма'")[0]
        assert sorted(p for (p,) in ctx.reader.query("SELECT PHONE FROM PHONES WHERE CLIENT_ID = ?", (sigma,))) == [
            "+7 383 210-00-00", "+7 913 000-11-22"]
        assert sorted(e for (e,) in ctx.reader.query("SELECT EMAIL FROM EMAILS WHERE CLIENT_ID = ?", (sigma,))) == [
            "boss@sigma.ru", "sigma@sigma.ru"]
        assert ctx.reader.query("SELECT FULL_NAME FROM CONTACTS WHERE CLIENT_ID = ?", (sigma,)) == [("Сидоров Пётр",)]
        # findable like a client saved from the card
        assert ctx.reader.one("SELECT COUNT(*) FROM SEARCH_KEYS WHERE CLIENT_ID = ? AND KIND = 'P'", (sigma,))[0] >= 2
        # the batch and its log
        b = ctx.reader.one("SELECT STATE, ROWS_TOTAL, ROWS_CREATED, ROWS_SKIPPED, ROWS_FAILED, OWNER_LOGIN "
                           "FROM IMPORT_BATCHES WHERE ID = ?", (r.batch_id,))
        assert b == ("DONE", 9, 3, 1, 5, "SYSDBA")
        assert ctx.reader.one("SELECT COUNT(*) FROM IMPORT_ROWS WHERE BATCH_ID = ?", (r.batch_id,))[0] == 9
        # the run is in the audit trail
        assert ctx.reader.one("SELECT COUNT(*) FROM AUDIT_LOG WHERE TABLE_NAME = 'IMPORT_BATCHES' AND RECORD_ID = ?",
                              (r.batch_id,))[0] == 2


def test_csv_vcard_files_and_duplicates_against_the_base(embedded_db):
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "clients", DATA / "clients_1c_cp1251.csv", now=NOW)
        assert fates(r) == [(2, "CREATED"), (3, "FAILED"), (4, "CREATED"), (5, "SKIPPED"), (6, "FAILED"),
                            (7, "CREATED")]
        assert "KPP" in reason(r, 3) and "Неизвестный тег" in reason(r, 6)
        assert "row 2" in reason(r, 5) and "phone" in reason(r, 5)
        ctx.reader.restart()
        row = ctx.reader.one("SELECT c.KIND, c.TAGS_TEXT, s.NAME, CAST(c.NOTE AS VARCHAR(200)) FROM CLIENTS c "
                             "JOIN SOURCES s ON s.ID = c.SOURCE_ID WHERE c.NAME = 'Кузнецова Анна Сергеевна'")
        assert row[:3] == ("PERSON", "Partner, VIP", "Referral")
        note = ctx.reader.one("SELECT CAST(NOTE AS VARCHAR(200)) FROM CLIENTS WHERE INN = '7734038018'")[0]
        assert note == 'Многострочное\r\nпримечание с "кавычками"'
        # the same file again: everything already there
        r2 = imports.run_import(ctx, "clients", DATA / "clients_1c_cp1251.csv", now=NOW)
        assert fates(r2) == [(2, "SKIPPED"), (3, "FAILED"), (4, "SKIPPED"), (5, "SKIPPED"), (6, "FAILED"),
                             (7, "SKIPPED")]
        assert "already in the base" in reason(r2, 2)
        for f, expect in (("phone_v21.vcf", [(1, "CREATED"), (2, "CREATED"), (3, "FAILED")]),
                          ("google_v30.vcf", [(1, "CREATED"), (2, "SKIPPED")]),
                          ("iphone_v40.vcf", [(1, "CREATED")]),
                          ("clients_excel_utf16.txt", [(2, "CREATED"), (3, "CREATED"), (4, "FAILED")]),
                          ("clients_koi8r.csv", [(2, "CREATED"), (3, "CREATED")]),
                          ("clients_utf8_bom.csv", [(2, "CREATED"), (3, "CREATED")])):
            assert fates(imports.run_import(ctx, "clients", DATA / f, now=NOW)) == expect, f
        ctx.reader.restart()
        q = ctx.reader.one
        # a business card: the organization is the client, the person its contact with the position
        assert q("SELECT COUNT(*) FROM PHONES p JOIN CONTACTS k ON k.ID = p.CONTACT_ID WHERE k.FULL_NAME = "
                 "'Смирнов Алексей Викторович'") == (3,)
        assert q("SELECT c.KIND, k.FULL_NAME, k.BIRTHDAY FROM CLIENTS c JOIN CONTACTS k ON k.CLIENT_ID = c.ID "
                 "WHERE c.NAME = 'ООО «Север»'") == ("COMPANY", "Смирнов Алексей Викторович", dt.date(1975, 4, 12))
        assert q("SELECT EXT FROM PHONES WHERE PHONE = '+7 495 700-80-90'") == ("123",)
        assert q("SELECT CREATED_AT FROM CLIENTS WHERE NAME = 'Contoso GmbH'")[0].date() == dt.date(2015, 2, 3)
        assert q("SELECT KIND, NAME, STATUS FROM CLIENTS WHERE MAIN_EMAIL = 'mary@jones.example'") == (
            "PERSON", "Jones Mary", "POTENTIAL")
        assert q("SELECT COUNT(*) FROM CLIENTS WHERE NAME = 'Берёзка, ООО'")[0] == 1


def test_dry_run_gives_the_same_counts_and_writes_nothing(embedded_db):
    with AppContext(embedded_db) as ctx:
        before = ctx.reader.one("SELECT (SELECT COUNT(*) FROM CLIENTS), (SELECT COUNT(*) FROM IMPORT_BATCHES) "
                                "FROM RDB$DATABASE")
        dry = imports.run_import(ctx, "clients", DATA / "clients.xlsx", dry_run=True, now=NOW)
        ctx.reader.restart()
        assert ctx.reader.one("SELECT (SELECT COUNT(*) FROM CLIENTS), (SELECT COUNT(*) FROM IMPORT_BATCHES) "
                              "FROM RDB$DATABASE") == before
        real = imports.run_import(ctx, "clients", DATA / "clients.xlsx", now=NOW)
        assert dry.batch_id is None and fates(dry) == fates(real)
        assert [f.reason for f in dry.fates] == [f.reason for f in real.fates]


def test_duplicate_policies_and_undo(embedded_db, tmp_path):
    with AppContext(embedded_db) as ctx:
        first = imports.run_import(ctx, "clients", DATA / "clients_1c_cp1251.csv", now=NOW)
        # a second file about the same companies: new phone, a new note, another city
        f = tmp_path / "update.csv"
        f.write_text("Наименование;ИНН;Телефон;Город;Примечание\n"
                     "ООО Ромашка;7734038018;+7 495 999-88-77;Подольск;новое примечание\n"
                     "АО Новое;7748469938;;Москва;\n", encoding="utf-8")
        ctx.reader.restart()
        cid, ver = ctx.reader.one("SELECT ID, VERSION FROM CLIENTS WHERE INN = '7734038018'")
        skip = imports.run_import(ctx, "clients", f, on_duplicate="skip", dry_run=True, now=NOW)
        assert fates(skip) == [(2, "SKIPPED"), (3, "CREATED")]
        upd = imports.run_import(ctx, "clients", f, on_duplicate="update", now=NOW)
        assert fates(upd) == [(2, "UPDATED"), (3, "CREATED")]
        ctx.reader.restart()
        # "update empty fields": the city and note were filled, so only the new phone is added
        row = ctx.reader.one("SELECT CITY, CAST(NOTE AS VARCHAR(100)), VERSION FROM CLIENTS WHERE ID = ?", (cid,))
        assert row[0] == "Москва" and row[1].startswith("Многострочное") and row[2] == ver
        assert ctx.reader.one("SELECT COUNT(*) FROM PHONES WHERE CLIENT_ID = ?", (cid,))[0] == 2
        # undo of the update: the added phone goes, the client stays; the created one goes
        res = imports.undo_import(ctx, upd.batch_id)
        assert (res.deleted, res.restored, res.kept) == (1, 1, [])
        ctx.reader.restart()
        assert ctx.reader.one("SELECT COUNT(*) FROM PHONES WHERE CLIENT_ID = ?", (cid,))[0] == 1
        assert ctx.reader.one("SELECT COUNT(*) FROM CLIENTS WHERE INN = '7748469938'")[0] == 0
        ow = imports.run_import(ctx, "clients", f, on_duplicate="overwrite", now=NOW)
        assert fates(ow) == [(2, "UPDATED"), (3, "CREATED")]
        ctx.reader.restart()
        row = ctx.reader.one("SELECT CITY, CAST(NOTE AS VARCHAR(100)), VERSION FROM CLIENTS WHERE ID = ?", (cid,))
        assert row == ("Подольск", "новое примечание", ver + 1)
        # somebody edits the created client after the import: undo leaves it and says so
        new_id = ctx.reader.one("SELECT ID FROM CLIENTS WHERE INN = '7748469938'")[0]
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE CLIENTS SET WEBSITE = 'novoe.example' WHERE ID = {new_id}")
        res = imports.undo_import(ctx, ow.batch_id)
        assert res.restored == 1 and res.deleted == 0
        assert res.kept == [("CLIENT", new_id, "changed since the import")]
        ctx.reader.restart()
        row = ctx.reader.one("SELECT CITY, CAST(NOTE AS VARCHAR(100)) FROM CLIENTS WHERE ID = ?", (cid,))
        assert row[0] == "Москва" and row[1].startswith("Многострочное")
        assert ctx.reader.one("SELECT STATE FROM IMPORT_BATCHES WHERE ID = ?", (ow.batch_id,)) == ("UNDONE",)
        with pytest.raises(imports.UserError, match="already undone"):
            imports.undo_import(ctx, ow.batch_id)
        # "create anyway"
        cr = imports.run_import(ctx, "clients", f, on_duplicate="create", now=NOW)
        assert fates(cr) == [(2, "CREATED"), (3, "CREATED")]
        # undo the first import: its untouched clients go; Ромашка was changed by later imports
        # (overwritten, then restored: its version moved on), so it stays and is listed
        res = imports.undo_import(ctx, first.batch_id)
        assert res.deleted == 2 and res.kept == [("CLIENT", cid, "changed since the import")]
        ctx.reader.restart()
        assert ctx.reader.one("SELECT COUNT(*) FROM CLIENTS WHERE INN = '7734038018'")[0] == 2


def test_error_file_is_the_source_format_and_imports_again(embedded_db, tmp_path):
    src = tmp_path / "clients.csv"
    shutil.copy(DATA / "clients_1c_cp1251.csv", src)
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "clients", src, now=NOW)
        out = imports.error_file_name(src)
        assert imports.write_error_file(r, src, out) == 2
        raw = out.read_bytes()
        text = raw.decode("cp1251")  # the source's encoding and delimiter
        rows = list(csv.reader(text.splitlines(), delimiter=";"))
        assert rows[0][-1] == imports.reason_header() and rows[1][0] == "АО Вектор" and "KPP" in rows[1][-1]
        # the user corrects the rows and imports the error file with the same mapping
        fixed = text.replace("77300100", "773001001").replace("Неизвестный тег", "Tender")
        out.write_bytes(fixed.encode("cp1251"))
        again = imports.run_import(ctx, "clients", out, now=NOW)
        assert fates(again) == [(2, "CREATED"), (3, "CREATED")]
        # XLSX errors come back as XLSX with the reason column
        r = imports.run_import(ctx, "clients", DATA / "clients.xlsx", now=NOW)
        xo = tmp_path / "errors.xlsx"
        assert imports.write_error_file(r, DATA / "clients.xlsx", xo, sheet="Клиенты") == 5
        ws = openpyxl.load_workbook(xo, read_only=True).active
        got = list(ws.iter_rows(values_only=True))
        assert got[0][-1] == imports.reason_header() and len(got) == 6


def test_saved_mapping_with_constants(embedded_db, tmp_path):
    f = tmp_path / "expo.csv"
    f.write_text("Фирма,Тел,Комментарий\nООО Выставка,+7 495 700-00-01,стенд 5\n", encoding="utf-8")
    m = Mapping(kind="clients", columns={"Фирма": "name", "Тел": "phone", "Комментарий": "note"},
                constants={"source": "Exhibition", "tags": "Partner", "status": "active"})
    with AppContext(embedded_db) as ctx:
        imports.save_mapping(ctx, "Выставка", m)
        imports.save_mapping(ctx, "Выставка", m)  # replacing keeps one
        assert imports.saved_mappings(ctx, "clients") == [("clients", "Выставка")]
        loaded = imports.load_mapping(ctx, "clients", "Выставка")
        assert loaded == m
        r = imports.run_import(ctx, "clients", f, mapping=loaded, now=NOW)
        assert fates(r) == [(2, "CREATED")]
        ctx.reader.restart()
        assert ctx.reader.one("SELECT s.NAME, c.TAGS_TEXT, c.STATUS FROM CLIENTS c JOIN SOURCES s ON s.ID = "
                              "c.SOURCE_ID WHERE c.NAME = 'ООО Выставка'") == ("Exhibition", "Partner", "ACTIVE")
        jf = tmp_path / "m.json"
        jf.write_text(m.to_json(), encoding="utf-8")
        assert imports.load_mapping(None, "clients", str(jf)) == m
        with pytest.raises(imports.UserError, match="for clients, not deals"):
            imports.load_mapping(ctx, "deals", str(jf))
        bad = Mapping(kind="clients", columns={"Тел": "phone"})
        with pytest.raises(imports.UserError, match="name"):
            imports.run_import(ctx, "clients", f, mapping=bad, now=NOW)


# --- deals ----------------------------------------------------------------------------------------

def test_deals_keep_their_dates_and_land_in_the_right_quarter(embedded_db):
    from reports import engine

    with AppContext(embedded_db) as ctx:
        imports.run_import(ctx, "clients", DATA / "clients.xlsx", now=NOW)
        r = imports.run_import(ctx, "deals", DATA / "deals_crm_export.csv", now=NOW)
        assert fates(r) == [(2, "CREATED"), (3, "CREATED"), (4, "CREATED"), (5, "FAILED"), (6, "FAILED"),
                            (7, "FAILED"), (8, "CREATED")]
        assert "Подписание" in reason(r, 5) and "future" in reason(r, 6) and "Нет такой причины" in reason(r, 7)
        ctx.reader.restart()
        q = ctx.reader.query
        d = {t: rest for t, *rest in q("SELECT d.TITLE, c.NAME, d.OUTCOME, d.AMOUNT, d.CREATED_AT, d.CLOSED_AT, "
                                        "d.ID, lr.NAME FROM DEALS d JOIN CLIENTS c ON c.ID = d.CLIENT_ID "
                                        "LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID")}
        won = d["Поставка оборудования"]
        assert won[:3] == ["ООО «Альфа»", "WON", Decimal("1250000.00")]  # matched by INN
        assert (won[3].date(), won[4].date()) == (dt.date(2017, 3, 1), dt.date(2017, 5, 10))
        assert (won[4] - won[3]).days == 70
        hist = q("SELECT s.NAME, h.MOVED_AT FROM DEAL_STAGE_HISTORY h JOIN STAGES s ON s.ID = h.TO_STAGE_ID "
                 "WHERE h.DEAL_ID = ? ORDER BY h.MOVED_AT", (won[5],))
        assert [(n, t.date()) for n, t in hist] == [("New lead", dt.date(2017, 3, 1)),
                                                    ("Qualification", dt.date(2017, 3, 15)),
                                                    ("Proposal", dt.date(2017, 4, 2)), ("Won", dt.date(2017, 5, 10))]
        lost = d["Сервисный контракт"]
        assert lost[0] == "ООО «Новый клиент»" and lost[1] == "LOST" and lost[6] == "Price too high"
        assert d["Пилот"][1] == "OPEN" and d["Пилот"][4] is None
        # the reports see the real dates: Q2 2017 has both won deals; cycles of 70 and 69 days
        t = engine.run(ctx, "sales.by_period", {"period": "2017-01-01..2017-12-31", "grain": "quarter"},
                       today=dt.date(2026, 12, 1), log=False)
        # (sales.by_period fills the period's empty quarters with zero rows, issue #13)
        rows = {row[0]: row for row in t.rows() if row[1]}
        assert len(rows) == 1 and len(t.rows()) == 4
        (label, row), = rows.items()
        assert label == "2017-Q2"
        assert row[1] == 2 and Decimal(row[2]) == Decimal("1252000.50")
        t = engine.run(ctx, "deals.cycle", {"period": "2017-04-01..2017-06-30"}, today=dt.date(2026, 12, 1), log=False)
        (row,) = t.rows()
        assert (row[1], row[3], row[4]) == (2, 69, 70)
        # undo removes the deals and the clients the import created for them
        res = imports.undo_import(ctx, r.batch_id)
        assert res.deleted == 6 and res.kept == []
        ctx.reader.restart()
        assert ctx.reader.one("SELECT COUNT(*) FROM DEALS")[0] == 0
        assert ctx.reader.one("SELECT COUNT(*) FROM CLIENTS WHERE NAME = 'ООО «Новый клиент»'")[0] == 0


def test_ordinary_writes_cannot_backdate(embedded_db):
    """Without an attached import batch a past CREATED_AT or STAGE_ENTERED_AT is replaced by now,
    and no login, not even through an import batch, keeps a date in the future."""
    with AppContext(embedded_db) as ctx:
        with ctx.engine.begin() as conn:
            # an import batch of SYSDBA is attached; a future date is still refused
            b = conn.exec_driver_sql("SELECT ID FROM SP_IMPORT_BEGIN('CLIENTS', 'x.csv', 'csv', 'SKIP', NULL)").scalar()
            conn.exec_driver_sql("INSERT INTO CLIENTS (NAME, SEARCH_NAME, CREATED_AT) VALUES ('F', 'F', "
                                 "TIMESTAMP '2099-01-01 00:00')")
            conn.exec_driver_sql(f"EXECUTE PROCEDURE SP_IMPORT_FINISH({b}, 'DONE', 0, 0, 0, 0, 0)")
        ctx.reader.restart()
        assert ctx.reader.one("SELECT CREATED_AT FROM CLIENTS WHERE NAME = 'F'")[0] < dt.datetime(2099, 1, 1)
        with pytest.raises(Exception, match="Not a running import"):
            with ctx.engine.begin() as conn:
                conn.exec_driver_sql(f"EXECUTE PROCEDURE SP_IMPORT_ATTACH({b})")  # finished: cannot be reused


def test_progress_cancel_and_cli(embedded_db, tmp_path, capsys):
    from app import cli

    f = tmp_path / "many.csv"
    with open(f, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter=";")
        w.writerow(["Наименование", "Телефон", "Город"])
        for i in range(2500):
            w.writerow([f"ООО Тест {i}", f"+7 495 3{i:06d}", "Москва"])
    seen = []
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "clients", f, progress=lambda p: seen.append(p.rows), cancel=lambda: True, now=NOW)
        assert r.cancelled and seen == [imports.CHUNK] and r.created == imports.CHUNK
        ctx.reader.restart()
        assert ctx.reader.one("SELECT STATE, ROWS_CREATED FROM IMPORT_BATCHES WHERE ID = ?", (r.batch_id,)) == (
            "CANCELLED", imports.CHUNK)
        assert imports.undo_import(ctx, r.batch_id).deleted == imports.CHUNK
    db = str(embedded_db.target.database)
    assert cli.main(["import", "clients", str(f), "--db", db, "--save-mapping", "Тест"]) == 0
    out = capsys.readouterr().out
    assert "2500 rows: 2500 created" in out
    assert cli.main(["import", "clients", str(f), "--db", db, "--mapping", "Тест", "--dry-run"]) == 0
    assert "2500 rows: 0 created, 0 updated, 2500 skipped" in capsys.readouterr().out
    errors = tmp_path / "errors.csv"
    assert cli.main(["import", "clients", str(DATA / "clients_1c_cp1251.csv"), "--db", db, "--dry-run",
                     "--errors", str(errors)]) == 1
    err = capsys.readouterr().err
    assert "clients_1c_cp1251.csv:3: KPP" in err and "Traceback" not in err
    assert errors.read_bytes().decode("cp1251").count("\n") == 3
    assert cli.main(["import", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    batch = int(listing.split()[0])
    assert cli.main(["import", "undo", str(batch), "--db", db]) == 0
    assert "2500 records removed" in capsys.readouterr().out
    assert cli.main(["import", "clients", str(tmp_path / "nope.xlsx"), "--db", db]) == 1
    assert "no such file" in capsys.readouterr().err
    assert cli.main(["import", "undo", "999", "--db", db]) == 1
    assert cli.main(["import", "clients", str(f), "--on-duplicate", "merge", "--db", db]) == 64


def test_duplicates_across_chunks_same_in_dry_and_real_runs(embedded_db, monkeypatch):
    """A real run keeps only the current chunk's keys (earlier chunks are found in the base): its
    fates and reasons equal the dry run's, which keeps every key."""
    monkeypatch.setattr(imports, "CHUNK", 2)
    with AppContext(embedded_db) as ctx:
        dry = imports.run_import(ctx, "clients", DATA / "clients_1c_cp1251.csv", dry_run=True, now=NOW)
        real = imports.run_import(ctx, "clients", DATA / "clients_1c_cp1251.csv", now=NOW)
    assert fates(dry) == fates(real) == [(2, "CREATED"), (3, "FAILED"), (4, "CREATED"), (5, "SKIPPED"),
                                         (6, "FAILED"), (7, "CREATED")]
    assert [f.reason for f in dry.fates] == [f.reason for f in real.fates]
    assert "row 2" in reason(real, 5)


def test_name_and_city_duplicates(embedded_db, tmp_path):
    f = tmp_path / "names.csv"
    f.write_text("Наименование;Город\nООО «Берег»;Москва\nБерег ООО;москва\nБерег;Тверь\n", encoding="utf-8")
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "clients", f, now=NOW)
        assert fates(r) == [(2, "CREATED"), (3, "SKIPPED"), (4, "CREATED")]
        assert "same name and city" in reason(r, 3)
        r = imports.run_import(ctx, "clients", f, now=NOW)
        assert fates(r) == [(2, "SKIPPED"), (3, "SKIPPED"), (4, "SKIPPED")]
        assert "already in the base" in reason(r, 2) and "same name and city" in reason(r, 2)


def test_deal_lines_outcome_words_and_client_by_name(embedded_db, tmp_path):
    f = tmp_path / "deals.csv"
    f.write_text("Deal,Client,Stage,Result,Closed on,Created on,Products,Amount,Owner\n"
                 "Licences,Acme LLC,,won,2018-02-01,2018-01-10,\"Licence x 3 @ 1000; Support\",3000,Administrator\n"
                 "Pilot,Acme LLC,Proposal,,,2018-03-01,Licence x 0,,\n"
                 "Audit,Acme LLC,Negotiation,,,2018-03-05,,abc,\n", encoding="utf-8")
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "deals", f, now=NOW)
        assert fates(r) == [(2, "CREATED"), (3, "FAILED"), (4, "FAILED")]
        assert "quantity" in reason(r, 3) and "not an amount" in reason(r, 4)
        ctx.reader.restart()
        (did, outcome, closed, resp), = ctx.reader.query("SELECT d.ID, d.OUTCOME, d.CLOSED_AT, u.FULL_NAME FROM DEALS d "
                                                        "JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID")
        assert (outcome, closed.date(), resp) == ("WON", dt.date(2018, 2, 1), "Administrator")
        lines = ctx.reader.query("SELECT NAME, QTY, PRICE, AMOUNT FROM DEAL_LINES WHERE DEAL_ID = ? ORDER BY LINE_NO",
                                 (did,))
        assert [(n, int(q), int(p), int(a)) for n, q, p, a in lines] == [("Licence", 3, 1000, 3000), ("Support", 1, 0, 0)]
        assert ctx.reader.one("SELECT COUNT(*) FROM CLIENTS WHERE NAME = 'Acme LLC'")[0] == 1  # created once


def test_classifiers_and_custom_fields(embedded_db, tmp_path):
    from app.custom_fields import FieldDef, save_field_def

    f = tmp_path / "c.csv"
    f.write_text("Name;Отрасль;Employees;Partner since\nООО Один;Retail;120;01.02.2015\n"
                 "ООО Два;Space;5;\n", encoding="utf-8")
    with AppContext(embedded_db) as ctx:
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO CLASSIFIERS (NAME) VALUES ('Отрасль')")
            conn.exec_driver_sql("INSERT INTO CLASSIFIER_VALUES (CLASSIFIER_ID, NAME) SELECT ID, 'Retail' "
                                 "FROM CLASSIFIERS WHERE NAME = 'Отрасль'")
        save_field_def(ctx, FieldDef(None, "CLIENT", "employees", "Employees", "NUMBER"))
        save_field_def(ctx, FieldDef(None, "CLIENT", "partner_since", "Partner since", "DATE"))
        assert imports.extra_targets(ctx, "clients") == ["classifier:Отрасль", "custom:Employees",
                                                         "custom:Partner since"]
        m = Mapping(kind="clients", columns={"Name": "name", "Отрасль": "classifier:Отрасль",
                                             "Employees": "custom:Employees", "Partner since": "custom:partner_since"})
        r = imports.run_import(ctx, "clients", f, mapping=m, now=NOW)
        assert fates(r) == [(2, "CREATED"), (3, "FAILED")]
        assert "Space" in reason(r, 3)
        ctx.reader.restart()
        cid = ctx.reader.one("SELECT ID FROM CLIENTS WHERE NAME = 'ООО Один'")[0]
        assert ctx.reader.one("SELECT v.NAME FROM CLIENT_CLASSIFIERS cc JOIN CLASSIFIER_VALUES v ON v.ID = "
                              "cc.VALUE_ID WHERE cc.CLIENT_ID = ?", (cid,)) == ("Retail",)
        vals = sorted(ctx.reader.query("SELECT VALUE_NUM, VALUE_DATE FROM CUSTOM_FIELD_VALUES WHERE ENTITY_ID = ?",
                                       (cid,)), key=lambda v: v[0] is None)
        assert int(vals[0][0]) == 120 and vals[1][1] == dt.date(2015, 2, 1)
