"""H. Documents from templates (reports/catalog/h_documents.py, app/doc_templates.py): an
administrator's template text with the client's and deal's fields, the statement's balances
counted by hand, the PDF read back."""
from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest

from app import doc_templates as T
from app.errors import ValidationError
from reports import engine
from reports.catalog.h_documents import REPORTS
from reports.forms.common import date_text, money
from reports.registry import sample_values
from reports.render_pdf import render_pdf
from reports.render_xlsx import render_xlsx
from tests.reports.seed import Seed
from tests.reports.seed_kpi import build_invoices

D = dt.datetime
TODAY = dt.date(2026, 4, 10)


def run(ctx, rid, **values):
    return engine.run(ctx, rid, values, today=TODAY, log=False)


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn, tmp_path):
    values = sample_values(demo_ctx, defn)
    if any(p.key == "client" for p in defn.params) and "client" not in values:
        values["client"] = demo_ctx.reader.one("SELECT FIRST 1 ID FROM CLIENTS ORDER BY ID")[0]
    doc = engine.run(demo_ctx, defn, values, log=False)
    render_pdf(doc, tmp_path / "d.pdf")
    render_xlsx(doc, tmp_path / "d.xlsx")
    assert doc.text()


def test_template_language():
    parts = T.render("# Title {number}\n\nText {client}\nwraps.\n\n[table]\n\n## Part {{x}}\n\n[signatures]",
                     {"number": "7", "client": "Alpha"})
    assert [(p.kind, p.text, p.level) for p in parts] == [
        ("heading", "Title 7", 1), ("text", "Text Alpha wraps.", 1), ("table", "", 1), ("heading", "Part {x}", 3),
        ("signatures", "", 1)]
    assert T.unknown_placeholders("CONTRACT", "{client} {clinet} {{literal}}") == ["clinet"]
    for code in T.PLACEHOLDERS:  # every default uses only its own fields
        T.validate(code, T.default_body(code))


def test_contract_and_act_from_an_edited_template(ctx, tmp_path):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        f = b.funnel("F", [("Lead", 10)])
        c = b.client("Alpha", responsible=iv, inn="7701234567")
        d = b.deal(c, f, [("Lead", D(2026, 3, 1))], 999, responsible=iv, title="Office chairs")
        b.line(d, None, 3, 1000, name="Chair")  # 3000
    with pytest.raises(ValidationError, match="clinet"):
        T.save(ctx, "CONTRACT", "# Contract {number}\n\n{clinet}")
    T.save(ctx, "CONTRACT", "# Contract {number} of {date}\n\nWith {client_legal} (INN {client_inn}) for "
                            "{amount} {currency}: {deal}.\n\n[table]\n\n[signatures]")
    assert not T.load(ctx, "CONTRACT").is_default
    doc = run(ctx, "documents.contract", deal=d, number="K-1", date="2026-04-01")
    # amounts and dates in the report language's format (reports/formats.py)
    assert doc.blocks[0].text == f"Contract K-1 of {date_text(dt.date(2026, 4, 1))}"
    assert f"With Alpha (INN 7701234567) for {money(Decimal(3000))} RUB: Office chairs." in doc.text()
    assert [b.kind for b in doc.blocks] == ["heading", "text", "table", "signatures"]
    assert doc.blocks[2].rows[0][1:3] == ("Chair", Decimal("3"))
    T.reset(ctx, "CONTRACT")
    assert T.load(ctx, "CONTRACT").is_default
    act = run(ctx, "documents.act", deal=d)
    assert "Act No. " in act.blocks[0].text and "three thousand" in act.text().lower()
    render_pdf(act, tmp_path / "act.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "act.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Chair" in text and "The Buyer has no claims" in text


def test_reconciliation_statement(ctx):
    ids = build_invoices(ctx)
    beta = ctx.reader.one("SELECT ID FROM CLIENTS WHERE NAME = 'Beta'")[0]
    doc = run(ctx, "documents.reconciliation", client=beta, period="2026-03-01..2026-03-31")
    tables = [b for b in doc.blocks if b.kind == "table"]
    # EUR: nothing before March; 5 Mar invoice 500, 10 Mar payment 100 -> closing 400
    # RUB: I2 3000 issued 1 Feb -> opening 3000; 1 Mar payment 1000 -> closing 2000
    assert [r[1:] for r in tables[0].rows] == [("Invoice 2026-0005", Decimal(500), None),
                                               ("Payment on invoice 2026-0005", None, Decimal(100))]
    assert [r[1:] for r in tables[1].rows] == [("Payment on invoice 2026-0002", None, Decimal(1000))]
    assert tables[1].totals == (None, None, Decimal(0), Decimal(1000))
    text, end = doc.text(), date_text(dt.date(2026, 3, 31))
    assert f"Opening balance owed by Beta: {money(Decimal(3000))} RUB." in text
    assert f"Closing balance owed by Beta on {end}: {money(Decimal(2000))} RUB." in text
    assert f"Closing balance owed by Beta on {end}: {money(Decimal(400))} EUR." in text
    assert ids["i2"].number == "2026-0002"


def test_meeting_report_and_call_sheet(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        c = b.client("Alpha", responsible=iv, phone="+7 495 123-45-67")
        b.interaction(c, "MEETING", D(2026, 4, 10, 11), user=iv, duration_sec=1800, subject="Price talk")
        b.interaction(c, "MEETING", D(2026, 4, 9, 11), user=iv, subject="Yesterday")
        b.task("Send the offer", D(2026, 4, 12, 10), assignee=iv, client_id=c, kind="TODO")
        b.task("Call Alpha back", D(2026, 4, 10, 15), assignee=iv, client_id=c)
        b.task("Overdue call", D(2026, 4, 8, 15), assignee=iv, client_id=c)
        b.task("Petrov's call", D(2026, 4, 10, 9), assignee=pe, client_id=c)
        b.task("Tomorrow", D(2026, 4, 11, 9), assignee=iv, client_id=c)
    m = run(ctx, "documents.meeting_report", client=c, date="2026-04-10")
    tables = [b for b in m.blocks if b.kind == "table"]
    assert [(r[1], r[5]) for r in tables[0].rows] == [("Price talk", Decimal(30))]
    # open tasks of the client, calls included
    assert [r[1] for r in tables[1].rows] == ["Overdue call", "Petrov's call", "Call Alpha back", "Tomorrow",
                                              "Send the offer"]
    assert "Meetings held: 1. Prepared by Ivanov." in m.text()
    sheet = run(ctx, "documents.call_sheet", date="2026-04-10", manager=iv)
    rows = [b for b in sheet.blocks if b.kind == "table"][0].rows
    assert [(r[4], r[3]) for r in rows] == [("Overdue call", "+7 495 123-45-67"), ("Call Alpha back", "+7 495 123-45-67")]
    assert "Ivanov: 2 calls planned." in sheet.text()
    only_today = run(ctx, "documents.call_sheet", date="2026-04-10", overdue=False)
    assert [r[4] for r in [b for b in only_today.blocks if b.kind == "table"][0].rows] == ["Call Alpha back",
                                                                                            "Petrov's call"]
