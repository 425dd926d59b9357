"""Deals import, duplicate policies (issue #11): a row matching a deal in the base (same client,
title and creation day) is skipped, fills the deal's empty fields (update) or replaces the mapped
fields and moves the stage (overwrite); the dry run gives the same counts; undo restores the old
values. Embedded engine (an administrator's login: rights are tested on the server)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import imports
from app.context import AppContext

NOW = dt.datetime(2026, 12, 1, 12, 0)
BASE = ("Deal,Client,Stage,Created on,Amount,Expected close,Note\n"
        "Pilot,Acme LLC,Proposal,2018-03-01,,,\n"
        "Audit,Acme LLC,Qualification,2018-03-05,700,2018-06-30,old note\n"
        "Support,Acme LLC,New lead,2018-04-01,100,,\n")
AGAIN = ("Deal,Client,Stage,Created on,Amount,Expected close,Note,Lost reason\n"
         "Pilot,Acme LLC,Negotiation,2018-03-01,1500,2018-07-31,pilot note,\n"
         "Audit,Acme LLC,Lost,2018-03-05,900,,new note,Price too high\n"
         "Support,Acme LLC,New lead,2018-04-01,100,,,\n"
         "Pilot,Acme LLC,Proposal,2018-03-01,1,,,\n"
         "New one,Acme LLC,Proposal,2018-05-01,10,,,\n"
         "Broken,Acme LLC,No such stage,2018-05-02,10,,,\n")
COLS = ("TITLE", "AMOUNT", "CURRENCY", "EXPECTED_CLOSE", "NOTE", "OUTCOME", "STAGE", "LOST_REASON", "CLOSED_AT")


def _deals(ctx) -> dict[str, dict]:
    ctx.reader.restart()
    rows = ctx.reader.query("SELECT d.TITLE, d.AMOUNT, d.CURRENCY, d.EXPECTED_CLOSE, d.NOTE, d.OUTCOME, s.NAME, "
                            "lr.NAME, d.CLOSED_AT, d.ID, d.STAGE_ENTERED_AT FROM DEALS d "
                            "JOIN STAGES s ON s.ID = d.STAGE_ID LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID")
    return {r[0]: dict(zip(COLS + ("ID", "STAGE_ENTERED_AT"), r, strict=True)) for r in rows}


def _history(ctx, deal_id) -> list[tuple[str, dt.date]]:
    return [(n, t.date()) for n, t in ctx.reader.query(
        "SELECT s.NAME, h.MOVED_AT FROM DEAL_STAGE_HISTORY h JOIN STAGES s ON s.ID = h.TO_STAGE_ID "
        "WHERE h.DEAL_ID = ? ORDER BY h.ID", (deal_id,))]


@pytest.fixture
def world(embedded_db, tmp_path):
    base, again = tmp_path / "base.csv", tmp_path / "again.csv"
    base.write_text(BASE, encoding="utf-8")
    again.write_text(AGAIN, encoding="utf-8")
    with AppContext(embedded_db) as ctx:
        r = imports.run_import(ctx, "deals", base, now=NOW)
        assert [f.fate for f in r.fates] == ["CREATED"] * 3
        yield ctx, again


def _fates(r):
    return [(f.row_no, f.fate, f.reason) for f in r.fates]


@pytest.mark.parametrize("policy, expected", [
    ("skip", [(2, "SKIPPED"), (3, "SKIPPED"), (4, "SKIPPED"), (5, "SKIPPED"), (6, "CREATED"), (7, "FAILED")]),
    ("update", [(2, "UPDATED"), (3, "SKIPPED"), (4, "SKIPPED"), (5, "SKIPPED"), (6, "CREATED"), (7, "FAILED")]),
    ("overwrite", [(2, "UPDATED"), (3, "UPDATED"), (4, "SKIPPED"), (5, "SKIPPED"), (6, "CREATED"), (7, "FAILED")]),
    ("create", [(2, "CREATED"), (3, "CREATED"), (4, "CREATED"), (5, "CREATED"), (6, "CREATED"), (7, "FAILED")]),
])
def test_every_policy_dry_run_and_real_run_agree(world, policy, expected):
    ctx, again = world
    before = _deals(ctx)
    dry = imports.run_import(ctx, "deals", again, on_duplicate=policy, dry_run=True, now=NOW)
    assert [(n, f) for n, f, _r in _fates(dry)] == expected
    assert _deals(ctx) == before  # the dry run wrote nothing
    real = imports.run_import(ctx, "deals", again, on_duplicate=policy, now=NOW)
    assert _fates(real) == _fates(dry)
    assert (real.created, real.updated, real.skipped, real.failed) == (dry.created, dry.updated, dry.skipped,
                                                                       dry.failed)
    reasons = dict((n, r) for n, _f, r in _fates(real))
    assert "No such stage" in reasons[7]
    if policy != "create":
        assert "row 2 of this file" in reasons[5]
    if policy == "skip":
        assert reasons[2].startswith(f"already in the base: deal #{before['Pilot']['ID']}")
    if policy in ("update", "overwrite"):
        assert reasons[4].endswith("nothing new")


def test_update_fills_only_empty_fields_and_undo_restores_them(world):
    ctx, again = world
    before = _deals(ctx)
    r = imports.run_import(ctx, "deals", again, on_duplicate="update", now=NOW)
    after = _deals(ctx)
    pilot, audit = after["Pilot"], after["Audit"]
    assert (pilot["AMOUNT"], pilot["EXPECTED_CLOSE"], pilot["NOTE"]) == (Decimal("1500.00"), dt.date(2018, 7, 31),
                                                                        "pilot note")
    assert pilot["STAGE"] == "Proposal"  # update never moves the stage
    assert audit == before["Audit"]  # every field the file gives was filled already
    assert "deal #" in next(f.reason for f in r.fates if f.row_no == 2)
    res = imports.undo_import(ctx, r.batch_id)
    assert (res.deleted, res.restored, res.kept) == (1, 1, [])  # "New one" removed, Pilot restored
    assert _deals(ctx) == before


def test_overwrite_replaces_fields_moves_the_stage_and_undo_restores(world):
    ctx, again = world
    before = _deals(ctx)
    r = imports.run_import(ctx, "deals", again, on_duplicate="overwrite", now=NOW)
    after = _deals(ctx)
    pilot, audit = after["Pilot"], after["Audit"]
    assert (pilot["AMOUNT"], pilot["NOTE"], pilot["STAGE"], pilot["OUTCOME"]) == (Decimal("1500.00"), "pilot note",
                                                                                   "Negotiation", "OPEN")
    assert (audit["AMOUNT"], audit["NOTE"], audit["STAGE"], audit["OUTCOME"], audit["LOST_REASON"]) == (
        Decimal("900.00"), "new note", "Lost", "LOST", "Price too high")
    assert audit["EXPECTED_CLOSE"] == dt.date(2018, 6, 30)  # not in the file's row: kept
    assert audit["CLOSED_AT"].date() == dt.date(2018, 3, 5)  # the file's date, not the load time
    assert _history(ctx, audit["ID"]) == [("Qualification", dt.date(2018, 3, 5)), ("Lost", dt.date(2018, 3, 5))]
    assert "moved to “Lost”" in next(f.reason for f in r.fates if f.row_no == 3)
    res = imports.undo_import(ctx, r.batch_id)
    assert (res.deleted, res.restored, res.kept) == (1, 2, [])
    restored = _deals(ctx)
    for title in ("Pilot", "Audit", "Support"):
        # the restored stage is entered again at the undo's time (documented): the rest is exact
        want = {k: v for k, v in before[title].items() if k != "STAGE_ENTERED_AT"}
        assert {k: v for k, v in restored[title].items() if k != "STAGE_ENTERED_AT"} == want, title
    assert [n for n, _d in _history(ctx, audit["ID"])] == ["Qualification", "Lost", "Qualification"]


def test_a_deal_changed_since_is_not_restored(world):
    ctx, again = world
    r = imports.run_import(ctx, "deals", again, on_duplicate="overwrite", now=NOW)
    pilot = _deals(ctx)["Pilot"]
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE DEALS SET AMOUNT = 2 WHERE ID = ?", (pilot["ID"],))
    res = imports.undo_import(ctx, r.batch_id)
    assert ("DEAL", pilot["ID"], "changed since the import") in res.kept
    assert _deals(ctx)["Pilot"]["AMOUNT"] == Decimal("2.00")
