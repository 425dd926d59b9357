"""The rest of category I (REPORTS.md 102, 105, 108, 109, 110) and A 19 (contracts due for renewal) on
hand-countable data (the arithmetic is in the comments), the client list with chosen columns (A 1), read back from PDF and XLSX, and run as an ordinary manager on the Firebird 3
server (a CRM_MANAGER reads through the visibility views only)."""
from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest
from pypdf import PdfReader

from app import users
from app.context import AppContext, spec_from
from app.errors import ValidationError
from db.models import AuditLog, Client, Task
from reports import engine, formats
from reports.catalog.a_clients import CONTRACT_EVENT
from reports.catalog.i_quality import months_before
from reports.render_pdf import render_pdf
from reports.render_xlsx import render_xlsx
from tests.reports.helpers import assert_numeric_cells, groups, subtotals
from tests.reports.seed import Seed
from tests.reports.seed_ac import archive, classifier, classify, merge_into, set_status

D = dt.datetime
TODAY = dt.date(2026, 3, 15)
PASSWORD = "Secret-123"
NEW = ("quality.empty_classifiers", "quality.not_updated", "quality.fill_rate", "quality.stale_stages",
       "quality.list_usage", "clients.contract_renewal", "clients.list")


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


def _table(r, *keys):
    cols = [r.column(k) for k in keys]
    return list(zip(*cols, strict=True))


def test_months_before_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert months_before(dt.date(2026, 3, 15), 12) == dt.date(2025, 3, 15)
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 10), 2) == dt.date(2025, 11, 10)


# --- 102 ---------------------------------------------------------------------------------------
def test_empty_classifiers(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        _ind, ind = classifier(b, "Industry", ["Retail", "Build", "Food"], order=1)
        _size, size = classifier(b, "Size", ["Small", "Large"], order=2)
        classifier(b, "Empty one", [], order=3)
        a = b.client("A", responsible=iv)
        classify(b, a, ind["Retail"], size["Small"])
        classify(b, b.client("B", responsible=iv), ind["Build"])
        classify(b, b.client("C", responsible=pe), ind["Retail"])
        b.client("D", responsible=pe)
        e = b.client("E", responsible=iv)  # archived: out of the base, so "Food" counts as unused
        classify(b, e, ind["Food"])
        archive(b, e)
        f = b.client("F", responsible=pe)  # merged away: "Large" is unused too
        classify(b, f, size["Large"])
        merge_into(b, f, a)
    r = run(ctx, "quality.empty_classifiers")
    # base = A, B, C, D (4). Industry: 3 values, Food unused; A, B, C carry one -> 3 with, 1 without (1/4)
    # Size: 2 values, Large unused; only A -> 1 with, 3 without (3/4). Empty one: nothing, 4 without (4/4)
    assert _table(r, "classifier", "values", "unused", "classified", "unclassified", "empty_share") == [
        ("Industry", 3, 1, 3, 1, pytest.approx(0.25)), ("Size", 2, 1, 1, 3, pytest.approx(0.75)),
        ("Empty one", 0, 0, 0, 4, pytest.approx(1.0))]
    # totals: 5 values, 2 unused, slots 4 + 8 = 12 (3 classifiers x 4 clients), 8 empty -> 8/12
    assert (r.total("values"), r.total("unused"), r.total("classified"), r.total("unclassified")) == (5, 2, 4, 8)
    assert r.total("empty_share") == pytest.approx(8 / 12)
    # Ivanov's base: A, B (E archived). Industry: Retail (A) and Build (B) used, Food not; 2 with, 0 without
    # Size: Small (A) used, Large not; 1 with, 1 without. Empty one: 2 without
    mine = run(ctx, "quality.empty_classifiers", manager=iv)
    assert _table(mine, "classifier", "unused", "classified", "unclassified") == [
        ("Industry", 1, 2, 0), ("Size", 1, 1, 1), ("Empty one", 0, 0, 2)]
    text, cells = _read_back(r, tmp_path)
    assert "Empty classifiers" in text and "Empty one" in text and "66.7" in text  # 8/12 as a percent
    assert any(row[0] == "Size" and row[1] == 2 for row in cells)
    assert_numeric_cells(r, "r")


# --- 105 ---------------------------------------------------------------------------------------
def test_clients_not_updated_for_n_months(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        b.client("Ancient", responsible=pe, created=D(2023, 1, 10, 9))
        old1 = b.client("Old one", responsible=iv, created=D(2024, 6, 1, 9))
        b.interaction(old1, "CALL", D(2026, 3, 1, 10), user=iv)  # a call is no card update
        b.client("Old two", responsible=pe, created=D(2025, 3, 14, 23))  # the evening before the cutoff day
        b.client("Edge", responsible=iv, created=D(2025, 3, 15, 9))  # on the cutoff day: updated in time
        saved = b.client("Saved", responsible=iv, created=D(2024, 1, 1, 9))
        b.s.get(Client, saved).city = "Тверь"  # saved now (the server stamps CHANGED_AT): not stale
        b.s.flush()
        gone = b.client("Archived", responsible=iv, created=D(2020, 1, 1, 9))
        archive(b, gone)  # archiving saves it, and archived clients are out of the base anyway
    r = run(ctx, "quality.not_updated")  # 12 months: cutoff 2025-03-15 00:00, oldest first
    assert r.column("client") == ["Ancient", "Old one", "Old two"]
    assert r.column("manager") == ["Petrov", "Ivanov", "Petrov"]
    assert r.column("created") == [dt.date(2023, 1, 10), dt.date(2024, 6, 1), dt.date(2025, 3, 14)]
    assert r.column("saved") == [D(2023, 1, 10, 9), D(2024, 6, 1, 9), D(2025, 3, 14, 23)]
    assert r.column("last_contact") == [None, D(2026, 3, 1, 10), None]
    # days to 2026-03-15: 2023-01-10 -> 1160 (355 + 365 + 365 + 75), 2024-06-01 -> 652, 2025-03-14 -> 366
    assert r.column("idle_days") == [(TODAY - dt.date(2023, 1, 10)).days, (TODAY - dt.date(2024, 6, 1)).days, 366]
    assert r.column("idle_days")[0] == 1160 and r.column("idle_days")[1] == 652
    assert r.total("client") == 3 and r.total("idle_days") == 1160
    # 24 months: cutoff 2024-03-15, only Ancient; Ivanov's scope: only "Old one"
    assert run(ctx, "quality.not_updated", months=24).column("client") == ["Ancient"]
    assert run(ctx, "quality.not_updated", manager=iv).column("client") == ["Old one"]
    # a limit bounds the rows shown, never the total
    top = run(ctx, "quality.not_updated", limit=1)
    assert top.column("client") == ["Ancient"] and top.total("client") == 3
    text, cells = _read_back(r, tmp_path)
    assert "Clients not updated for N months" in text and "Old two" in text
    assert any(row[0] == "Ancient" and row[5] == 1160 for row in cells)
    assert_numeric_cells(r, "r")


# --- 108 ---------------------------------------------------------------------------------------
def test_field_fill_rate_by_manager(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        web = b.source("Web")
        _c, ind = classifier(b, "Industry", ["Retail"])
        a = b.client("A", responsible=iv, phone="+7 495 111-22-33", email="a@a.ru", city="Москва", source=web,
                     inn="7707083893")
        classify(b, a, ind["Retail"])
        b.client("B", responsible=iv, kind="PERSON", phone="+7 495 111-22-44")
        b.client("C", responsible=pe, email="c@c.ru", city="Тула")
        b.client("D", responsible=pe, phone="", inn="7707083893", city="  ")  # blanks are not filled
        b.client("E", kind="PERSON")  # nobody's, nothing filled
        x = b.client("X", responsible=iv, phone="1", email="x@x.ru", city="Омск", source=web, inn="7707083893")
        archive(b, x)  # out of the base
    r = run(ctx, "quality.fill_rate")
    keys = ("manager", "clients", "phone", "email", "city", "source", "classified", "companies", "inn")
    # Ivanov: A (all), B (person, phone only): phone 2/2, the rest 1/2, companies 1 with an INN 1/1
    # Petrov: C (e-mail, city), D (INN): phone 0/2, e-mail 1/2, city 1/2, source 0, classifier 0, INN 1/2
    # (no manager): E, a person: 0 everywhere, no company -> INN share empty
    assert _table(r, *keys) == [
        ("Ivanov", 2, 1.0, 0.5, 0.5, 0.5, 0.5, 1, 1.0),
        ("Petrov", 2, 0.0, 0.5, 0.5, 0.0, 0.0, 2, 0.5),
        ("(no manager)", 1, 0.0, 0.0, 0.0, 0.0, 0.0, 0, None)]
    # totals over the 5 clients: phone 2/5, e-mail 2/5, city 2/5, source 1/5, classifier 1/5; INN 2 of 3 companies
    assert [r.total(k) for k in keys[1:]] == [5, pytest.approx(0.4), pytest.approx(0.4), pytest.approx(0.4),
                                              pytest.approx(0.2), pytest.approx(0.2), 3, pytest.approx(2 / 3)]
    assert _table(run(ctx, "quality.fill_rate", manager=pe), "manager", "clients") == [("Petrov", 2)]
    text, cells = _read_back(r, tmp_path)
    assert "Field fill-rate by manager" in text and "Petrov" in text and "66.7" in text
    assert any(row[0] == "Ivanov" and row[1] == 2 for row in cells)
    assert_numeric_cells(r, "r")


# --- 109 ---------------------------------------------------------------------------------------
def test_stale_stages(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        s = b.funnel("Direct", [("Lead", 10), ("Offer", 50), ("Won", 100, "won"), ("Lost", 0, "lost")])
        t = b.funnel("Tenders", [("Call", 20), ("Won", 100, "won")])
        c = b.client("Client", responsible=iv)
        b.deal(c, s, [("Lead", D(2026, 1, 10, 9))], responsible=iv)  # idle 64 (21 + 28 + 15)
        b.deal(c, s, [("Lead", D(2026, 3, 10, 9))], responsible=iv)  # idle 5
        d3 = b.deal(c, s, [("Lead", D(2026, 1, 1, 9))], responsible=iv)
        b.interaction(c, "CALL", D(2026, 3, 1, 10), user=iv, deal_id=d3)  # a call on it: idle 14
        d8 = b.deal(c, s, [("Lead", D(2025, 12, 1, 9))], responsible=iv)
        b._add(Task(title="Send offer", due_at=D(2026, 3, 20, 9), assignee_id=iv, deal_id=d8, kind="CALL",
                    status="OPEN", priority=2, created_at=D(2026, 3, 5, 9)))  # a task set up on it: idle 10
        b.deal(c, s, [("Lead", D(2025, 12, 1, 9)), ("Offer", D(2026, 2, 13, 9))], responsible=iv)  # idle 30: stale
        b.deal(c, s, [("Offer", D(2026, 2, 20, 9))], responsible=pe)  # idle 23
        b.deal(c, s, [("Lead", D(2025, 10, 1, 9)), ("Won", D(2025, 11, 1, 9))], responsible=iv)  # closed: out
        b.deal(c, t, [("Call", D(2025, 12, 15, 9))], responsible=pe)  # idle 90 (16 + 31 + 28 + 15)
    r = run(ctx, "quality.stale_stages")  # 30 days: stale when idle >= 30
    assert groups(r) == ["Funnel: Direct", "Funnel: Tenders"]
    # Lead: 64, 5, 14, 10 -> 4 open, 1 stale; Offer: 30, 23 -> 2 open, 1 stale; Call: 90 -> 1 of 1
    assert _table(r, "stage", "open_n", "stale_n", "stale_share", "oldest") == [
        ("Lead", 4, 1, 0.25, 64), ("Offer", 2, 1, 0.5, 30), ("Call", 1, 1, 1.0, 90)]
    keys = [c.key for c in r.columns]
    sub = [dict(zip(keys, v, strict=True)) for v in subtotals(r)]
    assert [(x["open_n"], x["stale_n"], x["oldest"]) for x in sub] == [(6, 2, 64), (1, 1, 90)]
    assert sub[0]["stale_share"] == pytest.approx(2 / 6)
    assert (r.total("open_n"), r.total("stale_n"), r.total("oldest")) == (7, 3, 90)
    assert r.total("stale_share") == pytest.approx(3 / 7)
    # Petrov's deals: Offer idle 23 (fresh), Call idle 90 (stale)
    assert _table(run(ctx, "quality.stale_stages", manager=pe), "stage", "open_n", "stale_n", "oldest") == [
        ("Offer", 1, 0, 23), ("Call", 1, 1, 90)]
    # 10 days: Lead 64, 14, 10 stale (5 not); Offer 30, 23; Call 90
    assert _table(run(ctx, "quality.stale_stages", days=10), "stage", "stale_n") == [
        ("Lead", 3), ("Offer", 2), ("Call", 1)]
    text, cells = _read_back(r, tmp_path)
    assert "Stale stages" in text and "Tenders" in text and "42.9" in text  # 3/7
    assert any(row[0] == "Lead" and row[1] == 4 for row in cells)
    assert_numeric_cells(r, "r")


# --- 110 ---------------------------------------------------------------------------------------
def test_reference_list_usage(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        web, phone, fair = b.source("Web"), b.source("Phone"), b.source("Fair")
        price, rival = b.lost_reason("Price"), b.lost_reason("Rival")
        key, _dormant = b.tag("Key"), b.tag("Dormant")
        _c, ind = classifier(b, "Industry", ["Retail", "Food"])
        chair, desk = b.product("Chair"), b.product("Desk")
        f = b.funnel("S", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
        a = b.client("A", responsible=iv, source=web, tags=(key,))
        classify(b, a, ind["Retail"])
        cb = b.client("B", responsible=pe, source=web)
        set_status(b, cb, "LOST", D(2026, 2, 1, 9), lost_reason=price)
        cc = b.client("C", responsible=pe, source=phone)
        z = b.client("Z", responsible=iv, source=fair)
        archive(b, z)  # out of the base: "Fair" is unused
        da = b.deal(a, f, [("Lead", D(2026, 1, 5, 9))], source=web, responsible=iv)
        b.line(da, chair, 1, 100)
        b.deal(cb, f, [("Lead", D(2026, 1, 5, 9)), ("Lost", D(2026, 2, 1, 9))], source=phone, responsible=pe,
               lost_reason=rival)
        dc = b.deal(cc, f, [("Lead", D(2026, 1, 6, 9))], responsible=pe)
        b.line(dc, chair, 1, 100)
        b.line(dc, desk, 2, 50)
        names = {"Web", "Phone", "Fair", "Price", "Rival", "Key", "Dormant", "Retail", "Food", "Chair", "Desk"}
    r = run(ctx, "quality.list_usage")
    rows = [x for x in _table(r, "value", "clients", "deals") if x[0] in names]
    assert rows == [
        ("Fair", 0, 0), ("Phone", 1, 1), ("Web", 2, 1),  # sources by name: C / deal B; A, B / deal A
        ("Price", 1, 0), ("Rival", 0, 1),  # lost reasons in list order: client B; deal B
        ("Dormant", 0, 0), ("Key", 1, 0),  # tags by name: A
        ("Retail", 1, 0), ("Food", 0, 0),  # Industry values in their order: A
        ("Chair", 2, 2), ("Desk", 1, 1)]  # products: deals A, C of clients A, C; deal C
    assert "List: Classifier: Industry" in groups(r)
    # totals: clients 0+1+2+1+0+0+1+1+0+2+1 = 9, deals 0+1+1+0+1+0+0+0+0+2+1 = 6 (over these values only)
    assert (sum(x[1] for x in rows), sum(x[2] for x in rows)) == (9, 6)
    assert r.total("clients") == sum(r.column("clients")) and r.total("deals") == sum(r.column("deals"))
    unused = [x for x in _table(run(ctx, "quality.list_usage", unused=True), "value", "clients", "deals")
              if x[0] in names]
    assert unused == [("Fair", 0, 0), ("Dormant", 0, 0), ("Food", 0, 0)]
    mine = [x for x in _table(run(ctx, "quality.list_usage", manager=iv), "value", "clients", "deals")
            if x[0] in names]
    # Ivanov: client A (Web, Key, Retail) and deal A (Web, Chair); Z is archived
    assert mine == [("Fair", 0, 0), ("Phone", 0, 0), ("Web", 1, 1), ("Price", 0, 0), ("Rival", 0, 0),
                    ("Dormant", 0, 0), ("Key", 1, 0), ("Retail", 1, 0), ("Food", 0, 0), ("Chair", 1, 1), ("Desk", 0, 0)]
    text, cells = _read_back(r, tmp_path)
    assert "Reference-list usage" in text and "Classifier: Industry" in text and "Desk" in text
    assert any(row[0] == "Chair" and row[1] == 2 and row[2] == 2 for row in cells)
    assert_numeric_cells(r, "r")


# --- 19 ----------------------------------------------------------------------------------------
def _contract(b, at, details, action="REPORT"):
    b.s.add(AuditLog(logged_at=at, user_name="IVANOV", action=action, details=details))
    b.s.flush()


def test_contracts_due_for_renewal(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = b.funnel("F", [("Lead", 10), ("Won", 100, "won")])
        ids = {}
        for name, who in (("Alpha", iv), ("Beta", iv), ("Gamma", pe), ("Delta", pe), ("Eps", pe), ("Zeta", iv),
                          ("Gone", iv)):
            ids[name] = b.client(name, responsible=who)
        deal = {n: b.deal(c, f, [("Lead", D(2024, 12, 1, 9))], responsible=iv) for n, c in ids.items()}
        beta2 = b.deal(ids["Beta"], f, [("Lead", D(2024, 12, 1, 9))], responsible=iv)
        _contract(b, D(2025, 4, 1, 10), f"documents.contract deal={deal['Alpha']}, date=2025-04-01, number=K-1")
        _contract(b, D(2025, 2, 10, 10), f"documents.contract deal={deal['Beta']}")
        _contract(b, D(2025, 3, 20, 10), f"documents.contract pdf=c.pdf deal={beta2}", "EXPORT")  # Beta's last
        _contract(b, D(2025, 1, 5, 10), f"documents.contract deal={deal['Gamma']}")
        _contract(b, D(2025, 6, 1, 10), f"documents.contract deal={deal['Delta']}")
        _contract(b, D(2025, 4, 14, 10), f"documents.contract deal={deal['Eps']}")
        _contract(b, D(2025, 1, 5, 10), f"documents.offer deal={deal['Zeta']}")  # an offer, not a contract
        _contract(b, D(2025, 1, 5, 10), f"documents.contracts deal={deal['Zeta']}")  # another id
        _contract(b, D(2025, 1, 5, 10), "documents.contract deal=12x, forged")  # no deal number: skipped
        _contract(b, D(2025, 1, 5, 10), f"documents.contract deal={deal['Gone']}")
        archive(b, ids["Gone"])  # out of the base
    r = run(ctx, "clients.contract_renewal")
    # 12 months, 30 days: today 2026-03-15, horizon 2026-04-14. Due: Gamma 2026-01-05 (-69 = -(26 + 28 + 15)),
    # Beta 2026-03-20 (5; its later contract of 2025-03-20 counts), Alpha 2026-04-01 (17), Eps 2026-04-14 (30,
    # the last day of the window); Delta 2026-06-01 is 78 days ahead: not yet
    assert _table(r, "client", "manager", "status", "due", "days_left") == [
        ("Gamma", "Petrov", "Active", dt.date(2026, 1, 5), -69), ("Beta", "Ivanov", "Active", dt.date(2026, 3, 20), 5),
        ("Alpha", "Ivanov", "Active", dt.date(2026, 4, 1), 17), ("Eps", "Petrov", "Active", dt.date(2026, 4, 14), 30)]
    assert r.column("contract_at") == [D(2025, 1, 5, 10), D(2025, 3, 20, 10), D(2025, 4, 1, 10), D(2025, 4, 14, 10)]
    assert r.total("client") == 4
    # 90 days ahead: Delta too (78); a 13-month term: only Gamma, due 2026-02-05 (-38 = -(23 + 15))
    assert run(ctx, "clients.contract_renewal", window=90).column("client")[-1] == "Delta"
    assert _table(run(ctx, "clients.contract_renewal", term=13), "client", "days_left") == [("Gamma", -38)]
    assert run(ctx, "clients.contract_renewal", manager=iv).column("client") == ["Beta", "Alpha"]
    top = run(ctx, "clients.contract_renewal", limit=2)
    assert top.column("client") == ["Gamma", "Beta"] and top.total("client") == 4
    text, cells = _read_back(r, tmp_path)
    assert "Clients whose contract is due for renewal" in text and "Gamma" in text
    assert any(row[0] == "Gamma" and row[5] == -69 for row in cells)
    assert_numeric_cells(r, "r")
    # a real run of the contract form writes the line the report reads
    engine.run(ctx, "documents.contract", {"deal": deal["Delta"]}, today=TODAY)
    last = ctx.reader.one("SELECT FIRST 1 ACTION, DETAILS FROM AUDIT_LOG ORDER BY ID DESC")
    assert last[0].strip() == "REPORT" and last[1].startswith(CONTRACT_EVENT) and f"deal={deal['Delta']}," in last[1]


# --- 1 -----------------------------------------------------------------------------------------
def test_client_list_with_chosen_columns(ctx, tmp_path):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        web = b.source("Web")
        b.client("Alpha", responsible=iv, city="Москва", phone="+7 495 111-22-33", email="a@a.ru", inn="7707083893",
                 source=web)
        b.client("Beta", responsible=pe, kind="PERSON", status="POTENTIAL", city="Тула")
        archive(b, b.client("Gone", responsible=iv))  # out of the base
    r = run(ctx, "clients.list")  # the declared columns
    assert [c.key for c in r.columns] == ["client", "status", "manager", "city", "phone", "email"]
    assert r.rows() == [("Alpha", "Active", "Ivanov", "Москва", "+7 495 111-22-33", "a@a.ru"),
                        ("Beta", "Potential", "Petrov", "Тула", None, None)]
    # chosen by key or by title (case ignored), shown in the declared order
    mine = run(ctx, "clients.list", columns="client, INN; source,kind, open deals amount")
    assert [c.key for c in mine.columns] == ["client", "kind", "inn", "source", "open_amount"]
    assert mine.rows() == [("Alpha", "Company", "7707083893", "Web", 0), ("Beta", "Person", None, None, 0)]
    assert mine.total("client") == 2
    with pytest.raises(ValidationError, match="No column “colour” in this report; choose from: Client, Kind"):
        run(ctx, "clients.list", columns="client, colour")
    assert run(ctx, "clients.list", status="POTENTIAL").column("client") == ["Beta"]
    assert run(ctx, "clients.list", manager=iv).column("client") == ["Alpha"]
    assert run(ctx, "clients.list", archived=True).column("client") == ["Alpha", "Beta", "Gone"]
    top = run(ctx, "clients.list", limit=1)
    assert top.column("client") == ["Alpha"] and top.total("client") == 2
    text, cells = _read_back(mine, tmp_path)
    assert "Client list" in text and "7707083893" in text and "Москва" not in text
    assert ["Client", "Kind", "INN", "Source", "Open deals amount"] in cells


def test_client_list_columns_named_in_russian(ctx):
    from app import i18n
    from app.i18n import translate
    from reports import language

    with Seed(ctx) as b:
        b.client("Alpha", inn="7707083893")
    try:
        assert language.use_language("ru") == "ru"  # the real catalogue (resources/translations)
        names = [translate("reports", t) for t in ("Client", "INN", "Open deals amount")]
        assert names == ["Клиент", "ИНН", "Сумма открытых сделок"]
        r = run(ctx, "clients.list", columns=", ".join(n.upper() for n in names))
        assert [c.key for c in r.columns] == ["client", "inn", "open_amount"]
        assert r.rows() == [("Alpha", "7707083893", 0)]
        with pytest.raises(ValidationError, match="В этом отчёте нет колонки «цвет»; выберите из: Клиент, Вид"):
            run(ctx, "clients.list", columns="Клиент, цвет")
    finally:
        i18n.set_translate_hook(None)
        formats.set_language("en")


def test_new_reports_on_the_demo(demo_ctx):
    for rid in NEW:
        r = engine.run(demo_ctx, rid, {}, today=TODAY, log=False)
        assert r.row_count > 0 or rid == "clients.contract_renewal", rid  # the demo prints no contracts
        assert_numeric_cells(r, rid)


# --- as a manager on the server ----------------------------------------------------------------
@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "reports_i_rest.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login in ("RMGR1", "RMGR2"):
            users.add_user(ctx, login, "CRM_MANAGER", PASSWORD, department="Sales", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        with Seed(ctx) as b:
            f = b.funnel("S", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])
            web = b.source("Web")
            _c, ind = classifier(b, "Industry", ["Retail"])
            for login, n in (("RMGR1", 2), ("RMGR2", 3)):  # 2 clients of RMGR1, 3 of RMGR2, each created
                for i in range(n):  # in 2024 with a source, a classifier value and an open deal idle since Jan 10
                    c = b.client(f"{login} client {i}", responsible=uid[login], created=D(2024, 6, 1, 10), source=web)
                    classify(b, c, ind["Retail"])
                    d = b.deal(c, f, [("Lead", D(2026, 1, 10, 11))], 100, responsible=uid[login], source=web)
                    if i == 0:  # each prints a contract for his first client (renewal due 2026-04-01)
                        b.s.add(AuditLog(logged_at=D(2025, 4, 1, 9), user_name=login, action="REPORT",
                                         details=f"documents.contract deal={d}"))
    yield fb_server.dsn(path)
    path.unlink(missing_ok=True)


def test_a_manager_sees_only_his_scope(world):
    with AppContext(spec_from(world, "RMGR1", PASSWORD)) as ctx:
        classes = engine.run(ctx, "quality.empty_classifiers", {}, today=TODAY, log=False)
        assert _table(classes, "classifier", "classified", "unclassified") == [("Industry", 2, 0)]
        stale = engine.run(ctx, "quality.not_updated", {}, today=TODAY, log=False)
        assert stale.total("client") == 2
        fill = engine.run(ctx, "quality.fill_rate", {}, today=TODAY, log=False)
        assert _table(fill, "manager", "clients", "source") == [("Rmgr1", 2, 1.0)]
        stages = engine.run(ctx, "quality.stale_stages", {}, today=TODAY, log=False)
        assert _table(stages, "stage", "open_n", "stale_n", "oldest") == [("Lead", 2, 2, 64)]
        usage = engine.run(ctx, "quality.list_usage", {}, today=TODAY, log=False)
        assert ("Web", 2, 2) in _table(usage, "value", "clients", "deals")
        assert ("Retail", 2, 0) in _table(usage, "value", "clients", "deals")
        renewals = engine.run(ctx, "clients.contract_renewal", {}, today=TODAY, log=False)
        assert _table(renewals, "client", "days_left") == [("RMGR1 client 0", 17)]
