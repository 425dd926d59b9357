"""I. Data quality reports (99, 100, 101, 103, 104, 107) on hand-countable data (the arithmetic is in
the comments), read back from PDF and XLSX, plus a smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from app import merge
from db.models import CustomFieldDef
from reports import engine, formats
from reports.catalog.i_quality import REPORTS
from reports.render_pdf import render_pdf
from reports.render_xlsx import render_xlsx
from tests.reports.helpers import assert_numeric_cells, groups
from tests.reports.seed import Seed
from tests.reports.seed_ac import archive, email, merge_into, phone

D = dt.datetime
TODAY = dt.date(2026, 3, 15)
EVER = "2000-01-01..2100-12-31"


@pytest.fixture(autouse=True)
def _english():
    formats.set_language("en")


def run(ctx, report_id, **values):
    return engine.run(ctx, report_id, values, today=TODAY, log=False)


def _read_back(r, tmp_path):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    render_pdf(r, pdf)
    render_xlsx(r, xlsx)
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    return " ".join(text.split()), [[c.value for c in row] for row in ws.iter_rows()]


def test_possible_duplicates(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        rom = b.client("ООО «Ромашка»", responsible=iv, inn="7707083893", city="Москва")
        rom2 = b.client("Romashka LLC", responsible=pe, inn="7707083893")  # same INN, same name
        vas = b.client("Василёк", responsible=pe)
        vas2 = b.client("АО Василек", responsible=pe)  # same e-mail and name
        email(b, vas, "info@vasilek.ru")
        email(b, vas2, "INFO@vasilek.ru")
        lut = b.client("Лютик", responsible=pe)
        kol = b.client("Колокольчик", responsible=pe)  # same phone as Лютик, nothing else
        phone(b, lut, "+7 495 111-22-33")
        phone(b, kol, "8 (495) 111 22 33")
        b.client("Одуванчик", responsible=iv)  # alone
        gone = b.client("Ромашка", responsible=iv)  # merged away: not a candidate
        merge_into(b, gone, rom)
    r = run(ctx, "quality.duplicates")
    # scores: INN 100 + name -> 100 (capped); e-mail 95 + name 2 -> 97; phone alone 95
    assert groups(r) == ["Group: 1 (score 100; same INN, similar name)",
                         "Group: 2 (score 97; same e-mail, similar name)",
                         "Group: 3 (score 95; same phone)"]
    assert [(row[0], row[1]) for row in r.rows()] == [
        (f"ООО «Ромашка» (#{rom})", 100), (f"Romashka LLC (#{rom2})", 100),
        (f"Василёк (#{vas})", 97), (f"АО Василек (#{vas2})", 97),
        (f"Лютик (#{lut})", 95), (f"Колокольчик (#{kol})", 95)]
    assert r.rows()[0][2:5] == ("same INN, similar name", "Москва", "7707083893") and r.rows()[0][7] == "Ivanov"
    assert r.row_count == 6  # 3 groups of 2
    # Ivanov's scope: only the groups with a client of his (group 1)
    assert [row[0] for row in run(ctx, "quality.duplicates", manager=iv).rows()] == [
        f"ООО «Ромашка» (#{rom})", f"Romashka LLC (#{rom2})"]
    assert len(run(ctx, "quality.duplicates", min_score=96).rows()) == 4
    text, cells = _read_back(r, tmp_path)
    assert "Possible duplicates" in text and "Group: 2 (score 97; same e-mail, similar name)" in text
    assert "Колокольчик" in text
    assert any(row[1] == 97 for row in cells)  # the score is a number cell


def test_invalid_phones_and_emails(ctx, tmp_path):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        a = b.client("Alpha", responsible=iv)
        z = b.client("Zeta")
        phone(b, a, "+7 495 123-45-67")  # valid
        phone(b, a, "12345")  # too short
        email(b, a, "sales@alpha.ru")  # valid
        email(b, a, "sales@alpha")  # no domain dot
        email(b, z, "zeta at mail.ru")  # no @
        arch = b.client("Archived")
        phone(b, arch, "123456")  # archived clients are not in the base
        archive(b, arch)
    r = run(ctx, "quality.invalid_contacts")
    # Alpha: 1 phone + 1 e-mail, Zeta: 1 e-mail -> 3 items
    assert [(row[0], row[2], row[3]) for row in r.rows()] == [
        ("Alpha", "phone", "12345"), ("Alpha", "e-mail", "sales@alpha"), ("Zeta", "e-mail", "zeta at mail.ru")]
    assert r.row_count == 3
    assert all(row[4] for row in r.rows())  # the reason is spelled out
    assert [row[0] for row in run(ctx, "quality.invalid_contacts", manager=iv).rows()] == ["Alpha", "Alpha"]
    text, _cells = _read_back(r, tmp_path)
    assert "Invalid phones and e-mails" in text and "zeta at mail.ru" in text


def test_missing_mandatory_fields(ctx, tmp_path):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        full = b.client("Full", responsible=iv, inn="7707083893", city="Москва")
        phone(b, full, "+7 495 123-45-67")
        b.client("Bare")  # no manager, no channel, no INN, no city: 4 gaps
        p = b.client("Person", kind="PERSON", responsible=iv, city="Тула")  # a person needs no INN
        email(b, p, "p@mail.ru")
        fd = b._add(CustomFieldDef(entity="CLIENT", code="segment", label="Segment", kind="TEXT", is_required=True,
                                   is_active=True))
    r = run(ctx, "quality.missing_fields")
    # Bare: 4 gaps + Segment = 5; Full: Segment = 1; Person: Segment = 1 -> 7 gaps, 3 clients
    assert [(row[0], row[2], row[3]) for row in r.rows()] == [
        ("Bare", "responsible manager, phone or e-mail, INN (company), city, Segment", 5),
        ("Full", "Segment", 1), ("Person", "Segment", 1)]
    assert r.total("gaps") == 7 and r.row_count == 3
    assert fd
    text, cells = _read_back(r, tmp_path)
    assert "Clients missing mandatory fields" in text and "INN (company)" in text
    assert any(row[-1] == 7 for row in cells if row and row[0] == "Total")


def test_contacts_without_a_phone_or_email(ctx, tmp_path):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        a = b.client("Alpha", responsible=iv)
        reach = b.contact(a, "Anna Reachable")
        phone(b, a, "+7 495 123-45-67", contact_id=reach)
        b.contact(a, "Boris Silent")
        wmail = b.contact(a, "Cyril Mail")
        email(b, a, "c@alpha.ru", contact_id=wmail)
        z = b.client("Zeta")
        b.contact(z, "Zoe Silent")
        phone(b, z, "+7 495 765-43-21")  # the client's own phone does not reach Zoe
    r = run(ctx, "quality.contacts_unreachable")
    assert [(row[0], row[1]) for row in r.rows()] == [("Alpha", "Boris Silent"), ("Zeta", "Zoe Silent")]
    assert r.row_count == 2
    assert [row[1] for row in run(ctx, "quality.contacts_unreachable", manager=iv).rows()] == ["Boris Silent"]
    text, _cells = _read_back(r, tmp_path)
    assert "Zoe Silent" in text


def test_orphaned_deals(ctx, tmp_path):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        f = b.funnel("Quality test", [("New", 10), ("Won", 100, "won")])
        keep = b.client("Keeper", responsible=iv)
        gone = b.client("Gone", responsible=iv)
        old = b.client("Old", responsible=iv)
        b.deal(keep, f, [("New", D(2026, 1, 5))], 100, title="Fine deal", responsible=iv)
        b.deal(gone, f, [("New", D(2026, 1, 6))], 250.5, title="Left behind", responsible=iv)
        b.deal(old, f, [("New", D(2026, 1, 7))], 49.5, title="On archive")
        merge_into(b, gone, keep)
        archive(b, old)
    r = run(ctx, "quality.orphaned_deals")
    # Gone (merged into Keeper): 250.50; Old (archived): 49.50 -> 300.00
    assert [(row[0], row[1], row[2]) for row in r.rows()] == [
        ("Left behind", "Gone", "merged into Keeper"), ("On archive", "Old", "archived")]
    assert r.total("amount") == Decimal("300.00") and r.row_count == 2
    assert [row[0] for row in run(ctx, "quality.orphaned_deals", manager=iv).rows()] == ["Left behind"]
    text, cells = _read_back(r, tmp_path)
    assert "merged into Keeper" in text and "300.00" in text
    assert any(v == pytest.approx(250.5) for row in cells for v in row if isinstance(v, float))


def test_merge_history(ctx, tmp_path):
    with Seed(ctx) as b:
        a = b.client("Alpha")
        a2 = b.client("Alpha copy")
        a3 = b.client("Alpha third")
        z = b.client("Zeta")
        z2 = b.client("Zeta copy")
    first = merge.merge_by_default(ctx, a, [a2, a3])
    second = merge.merge_by_default(ctx, z, [z2])
    merge.undo_merge(ctx, second.merge_id)
    r = run(ctx, "quality.merge_history", period=EVER)
    rows = r.rows()
    # two merges: 2 + 1 clients merged; the second one undone
    assert [(row[2], row[3], row[4], row[6]) for row in rows] == [
        (f"Alpha (#{a})", f"Alpha copy (#{a2}); Alpha third (#{a3})", 2, "merged"),
        (f"Zeta (#{z})", f"Zeta copy (#{z2})", 1, "undone")]
    assert r.total("merged_count") == 3
    assert rows[0][5] == first.moved_rows and rows[0][7] is None and rows[1][7] is not None
    assert rows[0][1] == "SYSDBA" and rows[1][8] == "SYSDBA"
    assert run(ctx, "quality.merge_history", period="2001-01-01..2001-12-31").rows() == []
    text, _cells = _read_back(r, tmp_path)
    assert "Merge history" in text and "Alpha third" in text and "undone" in text


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_every_quality_report_runs_on_the_demo_database(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


def test_the_catalogue_covers_the_i_list():
    refs = {n for d in REPORTS for n in d.ref}
    assert refs >= {99, 100, 101, 103, 104, 107}
    assert all(d.id.startswith("quality.") and d.category == "I" for d in REPORTS)
