"""A. Client base reports on hand-countable data (the arithmetic is in the comments), plus a smoke
run of every definition of reports/catalog/a_clients.py on the demo database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.errors import ValidationError
from db.models import Deal
from reports import engine
from reports.catalog.a_clients import REPORTS
from tests.reports.helpers import assert_numeric_cells, groups, subtotals
from tests.reports.seed import Seed
from tests.reports.seed_ac import (
    archive,
    classifier,
    classify,
    contact_details,
    email,
    merge_into,
    phone,
    set_status,
)

D = dt.datetime
TODAY = dt.date(2026, 3, 15)  # a Sunday
Q1 = "2026-01-01..2026-03-31"


def run(ctx, report_id, **values):
    return engine.run(ctx, report_id, values, today=TODAY, log=False)




def test_new_clients_by_month_and_by_manager(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        jan = b.client("Jan company", responsible=iv, created=D(2026, 1, 5, 10))
        b.client("Jan person", responsible=pe, created=D(2026, 1, 20, 9), kind="PERSON")
        arch = b.client("Feb archived", created=D(2026, 2, 10))  # archived: still a new client of February
        dup = b.client("Feb duplicate", responsible=iv, created=D(2026, 2, 11))  # merged away: not a client
        b.client("Mar company", responsible=iv, created=D(2026, 3, 3))
        b.client("Before", responsible=iv, created=D(2025, 12, 31, 23, 59))  # outside the period
        b.client("After", responsible=iv, created=D(2026, 4, 1, 0, 0))  # the end bound is exclusive
        archive(b, arch)
        merge_into(b, dup, jan)
    r = run(ctx, "clients.new.by_month", period=Q1)
    # Jan: company + person; Feb: the archived company; Mar: one company
    assert r.rows() == [("2026-01", 2, 1, 1), ("2026-02", 1, 1, 0), ("2026-03", 1, 1, 0)]
    assert r.totals == (None, 4, 3, 1)
    assert r.chart.labels == ["2026-01", "2026-02", "2026-03"] and r.chart.series == [("New clients", [2.0, 1.0, 1.0])]
    # Ivanov: Jan company, Mar company; February stays in the list with zeros
    assert run(ctx, "clients.new.by_month", period=Q1, manager=iv).rows() == [
        ("2026-01", 1, 1, 0), ("2026-02", 0, 0, 0), ("2026-03", 1, 1, 0)]

    m = run(ctx, "clients.new.by_manager", period=Q1)
    # 4 new clients: Ivanov 2 (50 %), Petrov 1 (25 %), nobody 1 (25 %, listed last)
    assert m.rows() == [("Ivanov", 2, 0.5, 2, 0), ("Petrov", 1, 0.25, 0, 1), ("(no manager)", 1, 0.25, 1, 0)]
    assert m.totals == (None, 4, 1.0, 3, 1)


def _funnel(b):
    return b.funnel("S", [("Lead", 10), ("Won", 100, "won"), ("Lost", 0, "lost")])


def test_clients_by_status(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = _funnel(b)
        p1 = b.client("P1", responsible=iv, status="POTENTIAL")
        a1 = b.client("A1", responsible=iv, status="ACTIVE")
        b.deal(a1, f, [("Lead", D(2026, 1, 5))], 1000)
        b.client("A2", responsible=pe, status="ACTIVE")
        r1 = b.client("R1", responsible=pe, status="REGULAR")
        b.deal(r1, f, [("Lead", D(2026, 1, 5))], 500)
        b.deal(r1, f, [("Lead", D(2026, 1, 6))], 700)
        b.deal(r1, f, [("Lead", D(2026, 1, 6)), ("Won", D(2026, 2, 1))], 9999)  # won: not open
        b.client("L1", status="LOST")
        x = b.client("X", responsible=iv, status="ACTIVE")
        b.deal(x, f, [("Lead", D(2026, 1, 5))], 300)
        archive(b, x)
        m = b.client("M", status="POTENTIAL")
        merge_into(b, m, p1)
    r = run(ctx, "clients.by_status")
    # base = P1, A1, A2, R1, L1 (X archived, M merged): 1/2/1/1 of 5; open deals: A1 1000, R1 500+700
    assert r.rows() == [("Potential", 1, 0.2, 0, 0), ("Active", 2, 0.4, 1, Decimal("1000")),
                        ("Regular", 1, 0.2, 1, Decimal("1200")), ("Lost", 1, 0.2, 0, 0)]
    assert r.totals == (None, 5, 1.0, 2, Decimal("2200"))
    assert r.chart.spec.kind == "pie" and r.chart.series[0][1] == [1.0, 2.0, 1.0, 1.0]
    with_archived = run(ctx, "clients.by_status", archived=True)
    # + X (active, open 300): active 3 of 6
    assert with_archived.rows()[1] == ("Active", 3, 0.5, 2, Decimal("1300"))
    assert with_archived.totals == (None, 6, 1.0, 3, Decimal("2500"))
    assert run(ctx, "clients.by_status", manager=iv).rows() == [
        ("Potential", 1, 0.5, 0, 0), ("Active", 1, 0.5, 1, Decimal("1000")), ("Regular", 0, 0.0, 0, 0),
        ("Lost", 0, 0.0, 0, 0)]


def test_clients_by_classifier(ctx):
    with Seed(ctx) as b:
        _ind, iv = classifier(b, "Industry", ["Retail", "IT", "Energy"], order=1)
        ch, cv = classifier(b, "Channels", ["Web", "Phone"], multi=True, order=2)
        c = [b.client(f"C{i}") for i in range(1, 6)]
        gone = b.client("C6 archived")
        classify(b, c[0], iv["Retail"], cv["Web"], cv["Phone"])
        classify(b, c[1], iv["Retail"], cv["Web"])
        classify(b, c[2], iv["IT"])
        classify(b, gone, iv["Retail"])
        archive(b, gone)
    r = run(ctx, "clients.by_classifier")
    assert groups(r) == ["Classifier: Industry", "Classifier: Channels"]
    # base 5: Industry Retail 2, IT 1, Energy 0, not set 5-3 = 2; Channels (multi) Web 2, Phone 1, not set 5-2 = 3
    assert r.rows() == [("Retail", 2, 0.4), ("IT", 1, 0.2), ("Energy", 0, 0.0), ("(not set)", 2, 0.4),
                        ("Web", 2, 0.4), ("Phone", 1, 0.2), ("(not set)", 3, 0.6)]
    # a multi-valued classifier counts C1 twice: its subtotal is 6, not 5
    assert [s[1] for s in subtotals(r)] == [5, 6] and r.totals is None
    one = run(ctx, "clients.by_classifier", classifier="industry", archived=True)
    # with the archived C6: base 6, Retail 3
    assert one.rows() == [("Retail", 3, 0.5), ("IT", 1, 1 / 6), ("Energy", 0, 0.0), ("(not set)", 2, 2 / 6)]
    assert run(ctx, "clients.by_classifier", classifier=str(ch)).rows()[0] == ("Web", 2, 0.4)  # by number too
    with pytest.raises(ValidationError) as e:
        run(ctx, "clients.by_classifier", classifier="Colour")
    assert e.value.field == "classifier" and "Industry, Channels" in str(e.value)


def test_clients_by_source(ctx):
    with Seed(ctx) as b:
        expo, ref = b.source("Expo 26"), b.source("Referral 26")
        for name, status in (("A", "ACTIVE"), ("B", "REGULAR"), ("C", "POTENTIAL"), ("D", "LOST")):
            b.client(name, source=expo, status=status)
        b.client("E", source=ref, status="ACTIVE")
        b.client("F", status="POTENTIAL")
        archive(b, b.client("G", source=expo, status="ACTIVE"))
    r = run(ctx, "clients.by_source")
    # 6 clients: Expo 4 (2 customers of 4, 1 lost), Referral 1 (1 customer), none 1
    assert r.rows() == [("Expo 26", 4, 4 / 6, 2, 0.5, 1), ("Referral 26", 1, 1 / 6, 1, 1.0, 0),
                        ("(not set)", 1, 1 / 6, 0, 0.0, 0)]
    assert r.totals == (None, 6, 1.0, 3, 0.5, 1)


def test_clients_by_region_and_city(ctx):
    with Seed(ctx) as b:
        b.client("K1", region="Moscow Oblast", city="Khimki", status="ACTIVE")
        b.client("K2", region="Moscow Oblast", city="Khimki", status="LOST")
        b.client("M1", region="Moscow Oblast", city="Mytishchi", status="REGULAR")
        b.client("T1", region="Tatarstan", city="Kazan", status="POTENTIAL")
        b.client("N1", status="ACTIVE")
    r = run(ctx, "clients.by_region")
    assert groups(r) == ["Region: Moscow Oblast", "Region: Tatarstan", "Region: (not set)"]
    assert r.rows() == [("Khimki", 2, 1, 1), ("Mytishchi", 1, 1, 0), ("Kazan", 1, 0, 0), ("(not set)", 1, 1, 0)]
    assert subtotals(r) == [(None, 3, 2, 1), (None, 1, 0, 0), (None, 1, 1, 0)]
    assert r.totals == (None, 5, 3, 1)


def test_clients_by_manager(ctx):
    with Seed(ctx) as b:
        east = b.department("Sales East")
        iv, pe = b.user("Ivanov", department=east), b.user("Petrov")
        f = _funnel(b)
        b.client("P1", responsible=iv, status="POTENTIAL")
        a1 = b.client("A1", responsible=iv, status="ACTIVE")
        b.deal(a1, f, [("Lead", D(2026, 1, 5))], 1000)
        a2 = b.client("A2", responsible=iv, status="ACTIVE")
        b.deal(a2, f, [("Lead", D(2026, 1, 5))], 500)
        b.deal(a2, f, [("Lead", D(2026, 1, 5))], 250)
        b.client("L1", responsible=iv, status="LOST")
        b.client("R1", responsible=pe, status="REGULAR")
        b.client("P2", status="POTENTIAL")
        archive(b, b.client("Old", responsible=pe, status="ACTIVE"))
    r = run(ctx, "clients.by_manager")
    # Ivanov: 4 clients (1 potential, 2 active, 1 lost), 3 open deals = 1000 + 500 + 250
    assert r.rows() == [("Ivanov", "Sales East", 4, 1, 2, 0, 1, 3, Decimal("1750")),
                        ("Petrov", None, 1, 0, 0, 1, 0, 0, 0),
                        ("(no manager)", None, 1, 1, 0, 0, 0, 0, 0)]
    assert r.totals == (None, None, 6, 2, 2, 1, 1, 3, Decimal("1750"))


def test_clients_without_manager(ctx):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        f = _funnel(b)
        n1 = b.client("N1", created=D(2026, 1, 10, 9), city="Tver", source=b.source("Expo 26"), status="POTENTIAL")
        b.interaction(n1, "CALL", D(2026, 2, 1, 11), user=iv, result="REACHED", duration_sec=60)
        n2 = b.client("N2", created=D(2026, 2, 10, 9), status="ACTIVE")
        b.deal(n2, f, [("Lead", D(2026, 2, 11))], 400)
        archive(b, b.client("N3", created=D(2026, 3, 1, 9)))
        b.client("W", responsible=iv)
    r = run(ctx, "clients.no_manager")
    # newest first; N3 archived, W has a manager
    assert r.rows() == [("N2", "Active", None, None, D(2026, 2, 10, 9), None, Decimal("400")),
                        ("N1", "Potential", "Tver", "Expo 26", D(2026, 1, 10, 9), D(2026, 2, 1, 11), 0)]
    assert r.totals == (2, None, None, None, None, None, Decimal("400"))
    assert [row[0] for row in run(ctx, "clients.no_manager", archived=True).rows()] == ["N3", "N2", "N1"]
    assert [row[0] for row in run(ctx, "clients.no_manager", limit=1).rows()] == ["N2"]


def test_sleeping_clients(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        f = _funnel(b)
        old = D(2025, 10, 1, 9)
        s1 = b.client("S1", responsible=iv, created=old)
        b.interaction(s1, "CALL", D(2026, 1, 13, 18), user=iv, result="REACHED", duration_sec=90)
        b.interaction(s1, "NOTE", D(2026, 3, 1, 10), user=iv)  # notes are not contacts
        b.deal(s1, f, [("Lead", D(2026, 1, 13))], 800)
        s2 = b.client("S2", responsible=iv, created=old)
        b.interaction(s2, "CALL", D(2026, 1, 14, 9), user=iv, result="REACHED")  # exactly 60 days: awake
        s3 = b.client("S3", responsible=pe, created=D(2025, 11, 1, 9))
        b.interaction(s3, "CALL", D(2026, 3, 1, 10), user=pe, result="NO_ANSWER")  # an attempt only
        b.client("S4", responsible=pe, created=D(2026, 2, 1, 9))  # never contacted, but new
        b.client("S5", responsible=pe, created=old, status="LOST")
        archive(b, b.client("S6", responsible=pe, created=old))
    r = run(ctx, "clients.sleeping")  # 60 days before 15.03.2026 = 14.01.2026 00:00
    # S3: silent since creation 01.11.2025 = 134 days; S1: last contact 13.01.2026 = 61 days
    assert r.rows() == [("S3", "Petrov", "Active", None, 134, D(2026, 3, 1, 10), 0),
                        ("S1", "Ivanov", "Active", D(2026, 1, 13, 18), 61, D(2026, 1, 13, 18), Decimal("800"))]
    assert r.totals == (2, None, None, None, None, None, Decimal("800"))
    # with lost clients: S5 silent since 01.10.2025 = 165 days, first
    assert [(x[0], x[4]) for x in run(ctx, "clients.sleeping", include_lost=True).rows()] == [
        ("S5", 165), ("S3", 134), ("S1", 61)]
    assert [x[0] for x in run(ctx, "clients.sleeping", manager=iv).rows()] == ["S1"]
    # 30 days (cut-off 13.02.2026): S4 created 01.02 joins; S2 (14.01) is asleep too
    assert [x[0] for x in run(ctx, "clients.sleeping", days=30).rows()] == ["S3", "S1", "S2", "S4"]


def test_clients_without_next_step(ctx):
    with Seed(ctx) as b:
        iv = b.user("Ivanov")
        f = _funnel(b)
        k1 = b.client("K1", responsible=iv)
        b.task("Call K1", D(2026, 3, 20, 10), assignee=iv, client_id=k1)
        k2 = b.client("K2", responsible=iv)
        d2 = b.deal(k2, f, [("Lead", D(2026, 3, 1))], 5000)
        b.s.get(Deal, d2).next_step_at = D(2026, 3, 18, 12)
        b.s.flush()
        k3 = b.client("K3", responsible=iv)
        b.deal(k3, f, [("Lead", D(2026, 3, 1))], 900)
        b.task("Done K3", D(2026, 3, 2, 10), assignee=iv, client_id=k3, status="DONE", done_at=D(2026, 3, 2, 11))
        b.interaction(k3, "MEETING", D(2026, 3, 1, 10), user=iv, direction=None, duration_sec=3600)
        b.client("K4", status="POTENTIAL")
        b.client("K5", status="LOST")
        k6 = b.client("K6", responsible=iv)
        b.task("Cancelled K6", D(2026, 3, 3, 10), assignee=iv, client_id=k6, status="CANCELLED")
        b.interaction(k6, "EMAIL", D(2026, 2, 1, 10), user=iv, direction="IN")
    r = run(ctx, "clients.no_next_step")
    # K1 has an open task, K2 a deal step: out. Most open money first, then the longest silence
    assert r.rows() == [("K3", "Ivanov", "Active", D(2026, 3, 1, 10), 1, Decimal("900")),
                        ("K4", None, "Potential", None, 0, 0),
                        ("K6", "Ivanov", "Active", D(2026, 2, 1, 10), 0, 0)]
    assert r.totals == (3, None, None, None, 1, Decimal("900"))
    assert [x[0] for x in run(ctx, "clients.no_next_step", include_lost=True).rows()] == ["K3", "K4", "K5", "K6"]


def test_lost_clients_by_reason_and_list(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        price, service = b.lost_reason("Price 26"), b.lost_reason("Service 26")
        cs = {}
        for name, who, at, reason in (("L1", iv, D(2026, 1, 10, 12), price), ("L2", pe, D(2026, 2, 10, 12), price),
                                      ("L3", iv, D(2026, 3, 5, 12), service), ("L4", pe, D(2026, 2, 20, 12), None),
                                      ("L5", iv, D(2025, 12, 20, 12), price), ("L6", iv, D(2026, 1, 15, 12), price),
                                      ("L7", pe, D(2026, 3, 1, 12), service)):
            cs[name] = b.client(name, responsible=who, created=D(2025, 6, 1, 9))
            set_status(b, cs[name], "LOST", at, lost_reason=reason)
        set_status(b, cs["L6"], "ACTIVE", D(2026, 2, 1, 12))  # came back: not lost any more
        archive(b, cs["L7"])  # archived after the loss: still a loss of the period
        b.interaction(cs["L1"], "CALL", D(2026, 1, 9, 15), user=iv, result="REACHED")
    r = run(ctx, "clients.lost.by_reason", period=Q1)
    # Q1 losses: L1, L2 (price), L3, L7 (service), L4 (no reason); L5 before Q1, L6 came back
    assert r.rows() == [("Price 26", 2, 0.4), ("Service 26", 2, 0.4), ("(not set)", 1, 0.2)]
    assert r.totals == (None, 5, 1.0)
    assert run(ctx, "clients.lost.by_reason", period=Q1, manager=iv).rows() == [
        ("Price 26", 1, 0.5), ("Service 26", 1, 0.5)]
    lst = run(ctx, "clients.lost.list", period=Q1)
    assert groups(lst) == ["Reason: Price 26", "Reason: Service 26", "Reason: (not set)"]
    assert [(x[0], x[1], x[2]) for x in lst.rows()] == [
        ("L1", "Ivanov", D(2026, 1, 10, 12)), ("L2", "Petrov", D(2026, 2, 10, 12)),
        ("L7", "Petrov", D(2026, 3, 1, 12)), ("L3", "Ivanov", D(2026, 3, 5, 12)), ("L4", "Petrov", D(2026, 2, 20, 12))]
    assert lst.rows()[0][3:] == (D(2026, 1, 9, 15), D(2025, 6, 1, 9))
    assert [s[0] for s in subtotals(lst)] == [2, 2, 1] and lst.totals[0] == 5


def test_status_transitions_matrix(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        t1 = b.client("T1", responsible=iv, status="POTENTIAL", created=D(2026, 1, 10, 9))
        set_status(b, t1, "ACTIVE", D(2026, 2, 5, 9))
        set_status(b, t1, "REGULAR", D(2026, 2, 20, 9))
        t2 = b.client("T2", responsible=pe, status="POTENTIAL", created=D(2026, 2, 3, 9))
        set_status(b, t2, "ACTIVE", D(2026, 2, 25, 9))
        set_status(b, t2, "LOST", D(2026, 3, 2, 9))  # March: outside
        b.client("T3", responsible=iv, status="ACTIVE", created=D(2026, 2, 10, 9))
        t4 = b.client("T4", responsible=pe, status="ACTIVE", created=D(2025, 12, 1, 9))
        set_status(b, t4, "LOST", D(2026, 2, 14, 9))
        set_status(b, t4, "ACTIVE", D(2026, 2, 27, 9))
    r = run(ctx, "clients.status_transitions", period="2026-02-01..2026-02-28")
    # February: new→potential T2, new→active T3; potential→active T1, T2; active→regular T1,
    # active→lost T4; lost→active T4
    assert r.rows() == [("(new client)", 1, 1, 0, 0, 2), ("Potential", 0, 2, 0, 0, 2), ("Active", 0, 0, 1, 1, 2),
                        ("Regular", 0, 0, 0, 0, 0), ("Lost", 0, 1, 0, 0, 1)]
    assert r.totals == (None, 1, 4, 1, 1, 7)
    assert run(ctx, "clients.status_transitions", period="2026-02-01..2026-02-28", manager=iv).rows() == [
        ("(new client)", 0, 1, 0, 0, 1), ("Potential", 0, 1, 0, 0, 1), ("Active", 0, 0, 1, 0, 1),
        ("Regular", 0, 0, 0, 0, 0), ("Lost", 0, 0, 0, 0, 0)]


def test_contact_persons(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        alpha = b.client("Alpha", responsible=iv)
        zoe = b.contact(alpha, "Zoe Primary")
        contact_details(b, zoe, job_title="Director", primary=True)
        phone(b, alpha, "+7 495 111-22-33", contact_id=zoe)
        phone(b, alpha, "+7 495 999-00-00", contact_id=zoe, primary=True)
        email(b, alpha, "z@alpha.ru", contact_id=zoe)
        adam = b.contact(alpha, "Adam Second", birthday=dt.date(1990, 5, 4))
        email(b, alpha, "a2@alpha.ru", contact_id=adam)
        email(b, alpha, "a1@alpha.ru", contact_id=adam, primary=True)
        beta = b.client("Beta", responsible=pe)
        b.contact(beta, "Carl")
        phone(b, beta, "+7 812 000-00-01")  # the company's phone, not Carl's
        gamma = b.client("Gamma", responsible=pe)
        b.contact(gamma, "Dan")
        archive(b, gamma)
    r = run(ctx, "clients.contacts")
    # clients by name; the primary contact first; each contact's primary phone/e-mail
    assert r.rows() == [("Alpha", "Zoe Primary", "Director", "+7 495 999-00-00", "z@alpha.ru", None),
                        ("Alpha", "Adam Second", None, None, "a1@alpha.ru", dt.date(1990, 5, 4)),
                        ("Beta", "Carl", None, None, None, None)]
    assert r.total("contact") == 3
    assert [x[1] for x in run(ctx, "clients.contacts", manager=pe).rows()] == ["Carl"]
    assert [x[1] for x in run(ctx, "clients.contacts", client=alpha).rows()] == ["Zoe Primary", "Adam Second"]


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_every_client_report_runs_on_the_demo_database(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


def test_the_catalogue_covers_the_a_list():
    refs = {n for d in REPORTS for n in d.ref}
    assert refs >= {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15}
    assert all(d.id.startswith("clients.") and d.category == "A" for d in REPORTS)
