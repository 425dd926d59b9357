"""Printable forms on known data: client card and dossier, deal with stage history, offer and
invoice (lines, VAT, total in words, company requisites from settings), address labels; a form of
a record the user may not see says so."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import company
from app.errors import ValidationError
from reports import engine
from tests.reports.seed import Seed

D = dt.datetime


@pytest.fixture
def data(ctx):
    company.save_company(ctx, company.CompanyInfo(
        name="Kartoteka", legal_name="ООО «Картотека»", inn="7707083893", kpp="773601001", address="Москва, ул. Ленина, 1",
        bank_name="ПАО Сбербанк", bank_bik="044525225", bank_account="40702810900000000001",
        corr_account="30101810400000000225", director="Иванов И. И.", accountant="Петрова П. П.", vat_pct="20"))
    with Seed(ctx) as b:
        ivanov = b.user("Иванов Иван")
        f = b.funnel("Продажи", [("Лид", 10), ("КП", 50), ("Счёт", 80), ("Won", 100, "won"), ("Lost", 0, "lost")])
        c = b.client("ООО «Ромашка»", responsible=ivanov, inn="7707083893", city="Москва")
        b.contact(c, "Петров Пётр", birthday=dt.date(1980, 5, 17))
        from db.models import Address
        b.s.add(Address(client_id=c, kind="POSTAL", city="Казань", street="ул. Баумана, 5", zip_code="420111"))
        p = b.product("Кресло")
        d = b.deal(c, f, [("Лид", D(2026, 3, 1, 10)), ("Счёт", D(2026, 3, 11, 10)), ("КП", D(2026, 3, 16, 10))], 0,
                   responsible=ivanov, title="Кресла для офиса")
        b.line(d, p, 30, 12000, 10, name="Кресло офисное")  # 30 × 12 000 × 0.9 = 324 000
        b.line(d, None, 1, 6000, name="Доставка")  # 6 000 → total 330 000
        b.interaction(c, "CALL", D(2026, 3, 2, 11), user=ivanov, subject="Первый звонок")
    return {"client": c, "deal": d}


def test_invoice_has_requisites_vat_and_words(ctx, data):
    r = engine.run(ctx, "documents.invoice", {"deal": data["deal"], "date": "2026-03-20", "number": "77"},
                   today=dt.date(2026, 3, 20))
    text = r.text()
    assert "Invoice No. 77 of 20 Mar 2026" in text
    assert "044525225" in text and "40702810900000000001" in text and "ООО «Картотека»" in text
    assert "ООО «Ромашка», INN 7707083893" in text
    table = next(b for b in r.blocks if b.kind == "table")
    assert [row[1] for row in table.rows] == ["Кресло офисное", "Доставка"]
    assert table.totals[-1] == Decimal("330000.00")
    # VAT included at 20 %: 330 000 × 20 / 120 = 55 000
    assert "55,000.00" in text
    assert "Three hundred thirty thousand roubles and 00 kopecks" in text


def test_offer_in_russian_words(ctx, data):
    from reports import formats

    formats.set_language("ru")
    try:
        r = engine.run(ctx, "documents.offer", {"deal": data["deal"], "date": "2026-03-20", "valid_days": "10"})
    finally:
        formats.set_language("en")
    text = r.text()
    assert "Триста тридцать тысяч рублей 00 копеек" in text
    assert "30.03.2026" in text  # valid 10 days


def test_deal_form_lists_stage_history_with_backward_move(ctx, data):
    r = engine.run(ctx, "deals.card", {"deal": data["deal"]}, today=dt.date(2026, 3, 20))
    hist = [b for b in r.blocks if b.kind == "table"][1]
    assert [(row[1], row[2]) for row in hist.rows] == [("\u2014", "Лид"), ("Лид", "Счёт"), ("Счёт", "КП (back)")]
    assert [round(row[4], 2) for row in hist.rows[:2]] == [10.0, 5.0]


def test_client_card_and_dossier(ctx, data):
    card = engine.run(ctx, "clients.card", {"client": data["client"]}).text()
    assert "ООО «Ромашка»" in card and "Петров Пётр" in card and "420111, Казань, ул. Баумана, 5" in card
    dossier = engine.run(ctx, "clients.dossier", {"client": data["client"]}).text()
    assert "Кресла для офиса" in dossier and "Первый звонок" in dossier


def test_address_labels_pick_the_postal_address(ctx, data):
    r = engine.run(ctx, "documents.address_labels", {"layout": "2x7"})
    labels = r.blocks[0]
    assert labels.grid == (2, 7)
    assert labels.labels == ["ООО «Ромашка»\nПетров Пётр\nул. Баумана, 5\nКазань\n420111"]


def test_missing_record_is_a_clear_message(ctx, data):
    with pytest.raises(ValidationError) as e:
        engine.run(ctx, "documents.invoice", {"deal": 999999})
    assert "does not exist" in str(e.value)
    with pytest.raises(ValidationError):
        engine.run(ctx, "clients.card", {})  # the client is required


def test_company_settings_round_trip_and_validation(ctx):
    info = company.CompanyInfo(name="X", logo=b"\x89PNG\r\n\x1a\n" + b"0" * 9000, bank_bik="044525225")
    company.save_company(ctx, info)
    back = company.load_company(ctx)
    assert back.logo == info.logo and back.bank_bik == "044525225"
    company.save_company(ctx, company.CompanyInfo(name="X"))
    ctx.reader.restart()
    assert company.load_company(ctx).logo is None
    for bad in (company.CompanyInfo(name=""), company.CompanyInfo(name="X", bank_bik="12"),
                company.CompanyInfo(name="X", vat_pct="abc"), company.CompanyInfo(name="X", logo=b"GIF89a")):
        with pytest.raises(ValidationError):
            company.save_company(ctx, bad)
