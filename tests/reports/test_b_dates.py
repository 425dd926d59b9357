"""B. Dates and occasions (reports/catalog/b_dates.py) on hand-countable data (the arithmetic in
comments), plus a smoke run of each on the demo database."""
from __future__ import annotations

import datetime as dt

import pytest

from db.models import Client, Reminder
from reports import engine
from reports.catalog.b_dates import REPORTS
from tests.reports.helpers import assert_numeric_cells
from tests.reports.seed import Seed

D = dt.datetime
TODAY = dt.date(2026, 12, 20)
# the period crosses the new year: 20.12.2026 .. 10.01.2027
PERIOD = "2026-12-20..2027-01-10"


@pytest.mark.parametrize("defn", REPORTS, ids=lambda d: d.id)
def test_runs_on_demo_data(demo_ctx, defn):
    assert_numeric_cells(engine.run(demo_ctx, defn, log=False), defn.id)


@pytest.fixture
def data(ctx):
    with Seed(ctx) as b:
        iv, pe = b.user("Ivanov"), b.user("Petrov")
        alpha = b.client("Alpha", responsible=iv)
        beta = b.client("Beta", responsible=pe)
        anna = b.client("Anna Person", responsible=pe, kind="PERSON", birthday=dt.date(1990, 1, 2))
        gone = b.client("Gone", responsible=iv)
        b.contact(alpha, "Ann", birthday=dt.date(1980, 12, 25))  # 25.12.2026, 46 years
        b.contact(alpha, "Bob", birthday=dt.date(1975, 1, 10))  # 10.01.2027, 52 years (next year)
        b.contact(beta, "Carl", birthday=dt.date(1985, 12, 19))  # 19.12: the day before the period: out
        b.contact(beta, "Dora", birthday=dt.date(1992, 1, 11))  # 11.01.2027: the day after: out
        b.contact(beta, "Eve")  # no birthday
        b.contact(gone, "Fred", birthday=dt.date(1970, 12, 30))  # client archived: out
        b.s.get(Client, gone).is_archived = True
        b.s.get(Client, alpha).founded_on = dt.date(2016, 12, 31)  # 31.12.2026: 10 years
        b.s.get(Client, beta).founded_on = dt.date(2020, 6, 1)  # June: out
        b.s.get(Client, anna).founded_on = None
        t = b.task("Call Alpha", D(2026, 12, 18, 10), assignee=iv, client_id=alpha)
        for text, at, snoozed, dismissed, user in (
                ("late", D(2026, 12, 17, 9), None, False, iv),  # 3 days late (17 -> 20)
                ("snoozed", D(2026, 12, 1, 9), D(2026, 12, 21, 9), False, pe),  # due 21.12 (its snooze)
                ("dismissed", D(2026, 12, 18, 9), None, True, iv),  # dismissed: out
                ("far", D(2027, 2, 1, 9), None, False, iv)):  # after the period: out
            b.s.add(Reminder(task_id=t, user_id=user, remind_at=at, snoozed_until=snoozed, dismissed=dismissed,
                             text=text))
        b.s.flush()
    return {"iv": iv, "pe": pe}


def run(ctx, rid, **values):
    return engine.run(ctx, rid, {"period": PERIOD, **values}, today=TODAY, log=False)


def test_birthdays_across_the_new_year(ctx, data):
    r = run(ctx, "dates.birthdays")
    assert [(row[0], row[2], row[3], row[4]) for row in r.rows()] == [
        (dt.date(2026, 12, 25), "Ann", "Alpha", 46),
        (dt.date(2027, 1, 2), "Anna Person", "Anna Person", 37),  # a person client: 1990 -> 2027
        (dt.date(2027, 1, 10), "Bob", "Alpha", 52)]
    assert r.total("person") == 3
    assert [row[2] for row in run(ctx, "dates.birthdays", manager=data["pe"]).rows()] == ["Anna Person"]


def test_company_anniversaries(ctx, data):
    r = run(ctx, "dates.company_anniversaries")
    assert [(row[0], row[2], row[4]) for row in r.rows()] == [(dt.date(2026, 12, 31), "Alpha", 10)]


def test_occasions_calendar_in_date_order(ctx, data):
    r = run(ctx, "dates.occasions")
    assert [(row[0], row[1], row[2]) for row in r.rows()] == [
        (dt.date(2026, 12, 25), "Contact's birthday", "Ann"),
        (dt.date(2026, 12, 31), "Company anniversary", "Alpha"),
        (dt.date(2027, 1, 2), "Client's birthday", "Anna Person"),
        (dt.date(2027, 1, 10), "Contact's birthday", "Bob")]


def test_a_leap_day_birthday_falls_on_the_28th(ctx):
    with Seed(ctx) as b:
        c = b.client("Leap")
        b.contact(c, "Leo", birthday=dt.date(2000, 2, 29))
    r = engine.run(ctx, "dates.birthdays", {"period": "2027-02-01..2027-02-28"}, today=TODAY, log=False)
    assert [(row[0], row[4]) for row in r.rows()] == [(dt.date(2027, 2, 28), 27)]


def test_reminders_due_and_overdue(ctx, data):
    r = engine.run(ctx, "dates.reminders", {"period": "2026-12-20..2026-12-27"}, today=TODAY, log=False)
    assert [(row[0], row[1], row[2], row[3], row[6]) for row in r.rows()] == [
        (D(2026, 12, 17, 9), "Overdue", 3, "late", "Ivanov"),
        (D(2026, 12, 21, 9), "Due", 0, "snoozed", "Petrov")]
    assert r.total("text") == 2 and r.total("days_late") == 3
    assert [row[3] for row in engine.run(ctx, "dates.reminders", {"period": "2026-12-20..2026-12-27",
                                                                 "manager": data["pe"]}, today=TODAY,
                                         log=False).rows()] == ["snoozed"]
