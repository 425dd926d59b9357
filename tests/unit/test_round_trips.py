"""Round trips below SQLAlchemy (bench/wan_deals): fdb's per-column precision lookups answered by the
read channel's one map; the report audit written without a checkout of its own."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.context import AppContext
from db.session import PRECISION_SQL


def test_numeric_description_needs_no_per_column_lookup(embedded_db):
    with AppContext(embedded_db) as ctx:
        r = ctx.reader
        con = r._con
        e0 = r.executions
        with ctx.engine.connect() as conn:
            res = conn.execute(text("SELECT FIRST 1 AMOUNT, PROBABILITY, ID FROM V_DEALS"))
            desc = res.cursor.description
            res.all()
            # a second relation with scaled columns: the map answers it without another statement
            res2 = conn.execute(text("SELECT FIRST 1 PRICE, QTY FROM V_DEAL_LINES"))
            desc2 = res2.cursor.description
            res2.all()
            conn.rollback()
        precision = {d[0]: d[4] for d in (*desc, *desc2)}
        assert precision["AMOUNT"] == 18 and precision["PRICE"] == 18
        assert r.executions - e0 == 1  # the map, read once on the read channel
        assert not con.query_transaction.active  # fdb's own metadata transaction never started
        assert len(r._precision) >= 10
        # the same numbers fdb's own lookup gives
        rows = {(a, b): p for a, b, p in r.query(PRECISION_SQL)}
        assert rows[("V_DEALS", "AMOUNT")] == rows[("DEALS", "AMOUNT")] == 18
    assert "_determine_field_precision" not in con.__dict__  # closed: fdb's method again


def _report_events(ctx) -> list[str]:
    with ctx.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT DETAILS FROM AUDIT_LOG WHERE ACTION = 'REPORT' ORDER BY ID").all()
        conn.rollback()
    return [r[0] for r in rows]


def test_report_run_writes_its_audit_entry_in_its_own_snapshot(embedded_db):
    from reports import engine
    from reports.engine import ReportCancelled
    from reports.spec import Col, Report

    with AppContext(embedded_db) as ctx:
        import fdb

        con = ctx.reader._con
        starts = []
        real_begin = fdb.Transaction.begin

        def counting_begin(self, tpb=None):
            starts.append(tpb)
            return real_begin(self, tpb=tpb)

        fdb.Transaction.begin = counting_begin
        try:
            res = engine.run(ctx, "funnel.snapshot")
        finally:
            fdb.Transaction.begin = real_begin
        assert res.row_count >= 0
        assert len(starts) == 1  # the snapshot only: no transaction of its own for the audit
        assert not con.main_transaction.active  # committed, nothing left open
        events = _report_events(ctx)
        assert len(events) == 1 and events[0].startswith("funnel.snapshot")

        # a cancelled run rolls back: no entry
        rep = Report(id="t.cancel", category="A", title="T", question="Q", columns=(Col("x", "X", "int"),),
                     rows=lambda conn, p: ({"x": i} for i in range(5000)))
        try:
            engine.run(ctx, rep, cancel=lambda: True)
        except ReportCancelled:
            pass
        else:
            raise AssertionError("not cancelled")
        assert len(_report_events(ctx)) == 1

        # a read-only run (log=False) stays READ ONLY: a write in it is refused
        rep2 = Report(id="t.ro", category="A", title="T", question="Q", columns=(Col("x", "X", "int"),),
                      rows=lambda conn, p: [{"x": 1}])
        engine.run(ctx, rep2, log=False)
        assert len(_report_events(ctx)) == 1


def test_log_event_literals_keep_quotes_and_cyrillic(embedded_db):
    from app import audit

    with AppContext(embedded_db) as ctx:
        audit.log_event(ctx, "EXPORT", "Отчёт 'O''Brien' ; -- x\x00y")
        with ctx.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT ACTION, DETAILS FROM AUDIT_LOG WHERE ACTION = 'EXPORT'").all()
            conn.rollback()
    assert [(r[0].strip(), r[1]) for r in rows] == [("EXPORT", "Отчёт 'O''Brien' ; -- xy")]


def test_snapshot_tpb_read_only_unless_write(embedded_db):
    import fdb

    from db.engine import snapshot_tpb

    with AppContext(embedded_db) as ctx:
        con = ctx.reader._con
        tr = con.trans(default_tpb=snapshot_tpb())
        tr.begin()
        cur = tr.cursor()
        try:
            cur.execute("EXECUTE PROCEDURE SP_LOG_EVENT('REPORT', 'x')")
        except fdb.DatabaseError as exc:
            assert "read-only" in str(exc).lower() or "read only" in str(exc).lower()
        else:
            raise AssertionError("a READ ONLY snapshot accepted a write")
        finally:
            tr.rollback()
            tr.close()
        tr = con.trans(default_tpb=snapshot_tpb(write=True))
        tr.begin()
        tr.cursor().execute("EXECUTE PROCEDURE SP_LOG_EVENT('REPORT', 'x')")
        tr.rollback()
        tr.close()


# --- login, first page, first card and save: round trips counted at the client library (issue #12)

#: client-library calls that cost one round trip each on a server (fetches travel with the
#: execute for these small results; a statement's free is deferred): bench/wan_login.py shows
#: the same counts through the WAN emulator, plus 3 for the SRP/wire-crypt handshake of an attach
_RT_CALLS = frozenset({"isc_attach_database", "isc_database_info", "isc_start_transaction", "isc_start_multiple",
                       "isc_dsql_prepare", "isc_dsql_execute", "isc_dsql_execute2", "isc_dsql_execute_immediate",
                       "isc_commit_transaction", "isc_rollback_transaction", "isc_commit_retaining"})


class _RoundTrips:
    """Counts the round-trip calls fdb makes into the client library (a row count asked with
    ``isc_dsql_sql_info`` counts too)."""

    def __init__(self, monkeypatch):
        from db import fbclient

        fbclient.load()
        import fdb.fbcore as fc

        self.calls: list[str] = []
        api = fc.load_api()
        for name in dir(api):
            fn = getattr(api, name)
            if name.startswith("isc_") and callable(fn):
                monkeypatch.setattr(api, name, self._wrap(name, fn))

    def _wrap(self, name, fn):
        def call(*args):
            if name in _RT_CALLS or (name == "isc_dsql_sql_info" and isinstance(args[3], bytes)
                                     and args[3][:1] == b"\x17"):  # isc_info_sql_records
                self.calls.append(name)
            return fn(*args)

        return call

    def count(self, fn):
        self.calls.clear()
        result = fn()
        return len(self.calls), result


def _jobs_round_trips(rt: _RoundTrips, ctx, names: tuple[str, ...]) -> list[int]:
    from bench.wan_login import run_job

    return [rt.count(lambda n=name: run_job(ctx, n))[0] for name in names]


def test_login_first_screen_first_card_and_save_round_trips(embedded_db, monkeypatch):
    """The GUI's order after a login (ui/main_window.py, ui/workspace.py: only the visible tab
    loads; tests/ui/test_login_order.py checks that the real window runs exactly these jobs):
    connect, the first screen — the dashboard, or the client list when it is the remembered tab —
    then reminders, rights, the cards' reference data and the login-history line; then the first card and two saves.
    Bounds that must not creep back (issue #12)."""
    import copy

    from app import clients
    from bench.wan_login import AFTER_FIRST_SCREEN, FIRST_SCREEN

    with AppContext(embedded_db) as ctx:
        for i in range(3):
            clients.save_client(ctx, clients.ClientDraft(name=f"RT client {i}", city="Tver"))
    rt = _RoundTrips(monkeypatch)
    # login -> dashboard (the first tab): attach, ONE database info (engine version and page
    # size), the facts statement (transaction start, prepare, execute); then the dashboard's one
    # statement (prepare + execute). A server attach adds 3 turns (SRP, wire crypt): 10 through the
    # WAN emulator (bench/wan_login.py), issue #12's goal being 12
    n_connect, ctx = rt.count(lambda: AppContext(embedded_db))
    try:
        assert n_connect == 5, rt.calls
        assert _jobs_round_trips(rt, ctx, FIRST_SCREEN["dashboard"]) == [2], rt.calls
        n_rem, n_rights, n_ref, n_login = _jobs_round_trips(rt, ctx, AFTER_FIRST_SCREEN)
        # the reference data: its statement (prepare + execute) and the prepare of the card's usual
        # save (its first save then costs what every later one does)
        assert n_rem <= 4 and n_rights <= 2 and n_ref <= 3 and n_login <= 4
        assert not ctx.reader._con.main_transaction.active  # the prepare left no write transaction open
        # the first card: its two statements only (the reference data was read after the first screen)
        ids = [r.id for r in clients.list_clients_page(ctx).rows]
        n_card, _ = rt.count(lambda: clients.load_client_card(ctx, ids[0]))
        assert n_card <= 4, rt.calls
        saves = []
        for cid in ids[1:3]:
            card = clients.load_client_card(ctx, cid)
            original = copy.deepcopy(card.draft)
            card.draft.city = f"Pskov {cid}"
            saves.append(rt.count(lambda c=card, o=original: clients.save_client(ctx, c.draft, o))[0])
        # begin, execute (RETURNING), commit: the UPDATE was prepared after the first screen
        # (before issue #12's change the first save also prepared it: 4)
        assert saves == [3, 3], rt.calls
        assert "isc_dsql_sql_info" not in rt.calls  # no row count asked for the version check
        assert clients.load_client_card(ctx, ids[2]).draft.city == f"Pskov {ids[2]}"
    finally:
        ctx.close()
    # login -> client list (the remembered tab): the list's choices and first page, prepare +
    # execute each: 9 here, 12 on a server through the emulator
    n_connect, ctx = rt.count(lambda: AppContext(embedded_db))
    try:
        assert [n_connect, *_jobs_round_trips(rt, ctx, FIRST_SCREEN["clients"])] == [5, 2, 2], rt.calls
    finally:
        ctx.close()


def test_prepared_save_still_detects_a_concurrent_change(embedded_db):
    """The cached UPDATE … WHERE VERSION = ? keeps the optimistic lock: a stale card conflicts."""
    import copy

    from app import clients
    from app.errors import ConflictError

    with AppContext(embedded_db) as ctx:
        cid = clients.save_client(ctx, clients.ClientDraft(name="Stale test", city="Tver")).id
        first = clients.load_client_card(ctx, cid)
        stale = clients.load_client_card(ctx, cid)
        o1, o2 = copy.deepcopy(first.draft), copy.deepcopy(stale.draft)
        first.draft.city = "Pskov"
        clients.save_client(ctx, first.draft, o1)
        stale.draft.city = "Omsk"
        with pytest.raises(ConflictError):
            clients.save_client(ctx, stale.draft, o2)
        assert clients.load_client_card(ctx, cid).draft.city == "Pskov"


def test_card_save_prepared_ahead_is_the_one_the_save_uses_and_follows_a_reconnect(embedded_db, monkeypatch):
    """prepare_card_save caches the very statement (same SQL text) the save executes: the first
    save prepares nothing. After a reconnect the new attachment has no stale statement: the
    prepare runs again on it, and a save works there. A note change is another statement: the save
    prepares it itself (4 round trips) and still writes the card."""
    import copy

    from app import clients
    from app.reference import reference_data

    with AppContext(embedded_db) as ctx:
        ids = [clients.save_client(ctx, clients.ClientDraft(name=f"Prep {i}", city="Tver")).id for i in range(3)]
    rt = _RoundTrips(monkeypatch)

    def save(ctx, cid, **change):
        card = clients.load_client_card(ctx, cid)
        original = copy.deepcopy(card.draft)
        for k, v in change.items():
            setattr(card.draft, k, v)
        n, _ = rt.count(lambda: clients.save_client(ctx, card.draft, original))
        assert clients.load_client_card(ctx, cid).draft.city == card.draft.city
        return n, list(rt.calls)

    with AppContext(embedded_db) as ctx:
        n_prep, prepared = rt.count(lambda: clients.prepare_card_save(ctx))
        assert prepared is True and n_prep == 1 and rt.calls == ["isc_dsql_prepare"]
        assert rt.count(lambda: clients.prepare_card_save(ctx)) == (0, False)  # cached: nothing sent
        con = ctx.reader._con
        assert not con.main_transaction.active
        n, calls = save(ctx, ids[0], city="Omsk")
        assert n == 3 and "isc_dsql_prepare" not in calls, calls
        assert len(con.__dict__["_kartoteka_prepared_writes"]) == 1  # the save used the prepared one

        ctx.reconnect()
        assert ctx.reader._con is not con
        assert "_kartoteka_prepared_writes" not in ctx.reader._con.__dict__  # nothing stale carried over
        n_ref, _ = rt.count(lambda: reference_data(ctx))
        assert n_ref == 3, rt.calls  # the reference statement (prepare, execute) and the save's prepare
        n, calls = save(ctx, ids[1], city="Kursk")
        assert n == 3 and "isc_dsql_prepare" not in calls, calls
        # another set of columns (the note changed): prepared by the save itself, once
        n, calls = save(ctx, ids[2], city="Orel", note="new note")
        assert calls.count("isc_dsql_prepare") == 1, calls
        assert len(ctx.reader._con.__dict__["_kartoteka_prepared_writes"]) == 2
