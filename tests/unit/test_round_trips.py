"""Round trips below SQLAlchemy (bench/wan_deals): fdb's per-column precision lookups answered by the
read channel's one map; the report audit written without a checkout of its own."""
from __future__ import annotations

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
