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
