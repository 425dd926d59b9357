"""A deals CSV exported from another CRM (amoCRM-style Russian headers, UTF-8 with BOM, ";",
CRLF, dates with times, budgets with spaces) imports by the guessed mapping into a Russian
install (issue #11): every row's fate, the clients and contact persons it brings, the real dates
(a 70-day cycle), and undo."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from app import imports, users
from app.context import AppContext
from app.import_files import open_source

DATA = Path(__file__).parent.parent / "data" / "import"
FILE = DATA / "deals_amocrm_export.csv"
NOW = dt.datetime(2026, 12, 1, 12, 0)
#: the default funnel and lost reasons as a Russian install names them (resources/translations)
RU_STAGES = {"New lead": "Новый лид", "Qualification": "Квалификация", "Proposal": "Коммерческое предложение",
             "Negotiation": "Переговоры", "Won": "Выиграна", "Lost": "Проиграна"}
RU_REASONS = {"Price too high": "Слишком высокая цена", "Chose a competitor": "Выбрал конкурента"}


def _russian_install(ctx) -> None:
    with ctx.engine.begin() as conn:
        for en, ru in RU_STAGES.items():
            conn.exec_driver_sql("UPDATE STAGES SET NAME = ? WHERE NAME = ?", (ru, en))
        for en, ru in RU_REASONS.items():
            conn.exec_driver_sql("UPDATE LOST_REASONS SET NAME = ? WHERE NAME = ?", (ru, en))
    users.add_user(ctx, "MIVANOVA", "CRM_MANAGER", None, full_name="Иванова Мария")


def test_the_guessed_mapping_of_an_amocrm_export():
    src = open_source(FILE)
    assert (src.encoding.lower().replace("-", "").replace("_", ""), src.delimiter) in (("utf8sig", ";"),
                                                                                       ("utf8", ";"))
    m = imports.guess_mapping("deals", src.headers)
    assert m.columns == {"ID": "", "Название сделки": "title", "Бюджет": "amount", "Этап": "stage",
                         "Ответственный": "responsible", "Дата создания": "created_at",
                         "Дата закрытия": "closed_at", "Причина отказа": "lost_reason", "Компания": "client",
                         "Контакт": "contact_name", "Теги": ""}


def test_every_row_of_an_amocrm_export_has_its_fate(embedded_db):
    with AppContext(embedded_db) as ctx:
        _russian_install(ctx)
        dry = imports.run_import(ctx, "deals", FILE, dry_run=True, now=NOW)
        r = imports.run_import(ctx, "deals", FILE, now=NOW)
        fates = [(f.row_no, f.fate) for f in r.fates]
        assert fates == [(f.row_no, f.fate) for f in dry.fates]
        assert fates == [(2, "CREATED"), (3, "CREATED"), (4, "CREATED"), (5, "FAILED"), (6, "SKIPPED"),
                         (7, "FAILED"), (8, "FAILED"), (9, "CREATED"), (10, "CREATED")]
        why = {f.row_no: f.reason for f in r.fates}
        assert "Принимают решение" in why[5] and "Переговоры" in why[5]  # the funnel's stages are listed
        assert "duplicate of row 2" in why[6]
        assert "Неизвестный Менеджер" in why[7]
        assert "Переехали" in why[8]
        assert (r.created, r.skipped, r.failed, r.total) == (5, 1, 3, 9)
        ctx.reader.restart()
        q = ctx.reader.query
        deals = {row[0]: row[1:] for row in q(
            "SELECT d.TITLE, c.NAME, c.KIND, ct.FULL_NAME, s.NAME, d.OUTCOME, d.AMOUNT, d.CREATED_AT, d.CLOSED_AT, "
            "lr.NAME, u.FULL_NAME FROM DEALS d JOIN CLIENTS c ON c.ID = d.CLIENT_ID JOIN STAGES s ON s.ID = d.STAGE_ID "
            "LEFT JOIN CONTACTS ct ON ct.ID = d.CONTACT_ID LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID "
            "LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID")}
        assert set(deals) == {"Поставка серверов", "Сервисный контракт", "Кухонный гарнитур", "Лицензии", "Доставка"}
        won = deals["Поставка серверов"]
        assert won[:6] == ("ООО «Альфа»", "COMPANY", "Иванов Иван Иванович", "Выиграна", "WON", Decimal("1250000.00"))
        assert won[6] == dt.datetime(2017, 3, 1, 10, 15) and won[7] == dt.datetime(2017, 5, 10, 17, 40)
        assert (won[7].date() - won[6].date()).days == 70 and won[9] == "Иванова Мария"
        lost = deals["Сервисный контракт"]
        assert lost[:5] == ("ООО «Новый клиент»", "COMPANY", "Смирнова Анна", "Проиграна", "LOST")
        assert lost[8] == "Слишком высокая цена" and lost[7].date() == dt.date(2017, 7, 20)
        b2c = deals["Кухонный гарнитур"]
        assert b2c[:5] == ("Петров Пётр", "PERSON", None, "Переговоры", "OPEN")  # the contact is the client
        assert deals["Лицензии"][:3] == ("ООО «Бета»", "COMPANY", "Сидоров Семён")
        assert deals["Лицензии"][5] == Decimal("45000.50")
        assert deals["Доставка"][2] == "Иванов Иван Иванович"
        # one client per company, one contact per person (row 10 reuses row 2's contact)
        assert q("SELECT COUNT(*) FROM CLIENTS")[0][0] == 4
        assert sorted(n for n, in q("SELECT FULL_NAME FROM CONTACTS")) == ["Иванов Иван Иванович", "Сидоров Семён",
                                                                         "Смирнова Анна"]
        res = imports.undo_import(ctx, r.batch_id)
        assert (res.deleted, res.kept) == (9, [])  # 5 deals and the 4 clients they brought
        ctx.reader.restart()
        assert q("SELECT COUNT(*) FROM DEALS")[0][0] == 0 and q("SELECT COUNT(*) FROM CONTACTS")[0][0] == 0


def test_a_contact_added_to_a_client_in_the_base_goes_with_the_undo(embedded_db, tmp_path):
    f = tmp_path / "more.csv"
    f.write_text("Название сделки;Бюджет;Компания;Контакт;Дата создания\n"
                 "Первая;100;ООО Есть;Новый Контакт;01.02.2026\n", encoding="utf-8")
    with AppContext(embedded_db) as ctx:
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO CLIENTS (NAME, SEARCH_NAME) VALUES ('ООО Есть', 'ЕСТЬ')")
        ctx.reader.restart()
        r = imports.run_import(ctx, "deals", f, now=NOW)
        assert [x.fate for x in r.fates] == ["CREATED"]
        ctx.reader.restart()
        assert [n for n, in ctx.reader.query("SELECT FULL_NAME FROM CONTACTS")] == ["Новый Контакт"]
        res = imports.undo_import(ctx, r.batch_id)
        assert res.deleted == 1
        ctx.reader.restart()
        assert ctx.reader.query("SELECT FULL_NAME FROM CONTACTS") == []
        assert ctx.reader.query("SELECT NAME FROM CLIENTS") == [("ООО Есть",)]
