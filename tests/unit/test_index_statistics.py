"""Index statistics after a bulk load (issue #12): Firebird keeps an index's selectivity from when
it was built, so a database created empty and then filled by the demo claimed that every index was
perfectly selective (0.0) and the optimizer walked FK_CLIENTS_MERGED_INTO_ID over every client for
"not merged". The demo (and revision 0016, for existing databases) recomputes them."""
from __future__ import annotations

from app import demo
from app.context import AppContext
from db import bulk

_STAT = "SELECT RDB$STATISTICS FROM RDB$INDICES WHERE RDB$INDEX_NAME = ?"


def test_the_demo_leaves_measured_statistics(embedded_db):
    with AppContext(embedded_db) as ctx:
        # the template was created empty: the index was measured on no rows
        assert ctx.reader.one(_STAT, ("FK_CLIENTS_MERGED_INTO_ID",))[0] == 0
        demo.generate(ctx, clients=30, seed=2)
    with AppContext(embedded_db) as ctx:
        # every client is unmerged: one distinct key (NULL), selectivity 1/1
        assert ctx.reader.one(_STAT, ("FK_CLIENTS_MERGED_INTO_ID",))[0] == 1.0
        pk = ctx.reader.one(_STAT, ("PK_CLIENTS",))[0]
        n = ctx.reader.one("SELECT COUNT(*) FROM CLIENTS")[0]
        assert abs(pk - 1 / n) < 1e-6


def test_refresh_counts_every_user_index(embedded_db):
    with AppContext(embedded_db) as ctx, ctx.engine.connect() as conn:
        n = bulk.refresh_index_statistics(conn)
        expected = ctx.reader.one("SELECT COUNT(*) FROM RDB$INDICES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
                                  "AND RDB$INDEX_INACTIVE IS DISTINCT FROM 1")[0]
    assert n == expected > 100


def test_without_alter_rights_nothing_happens(embedded_db):
    from app import users
    from app.context import spec_from

    with AppContext(embedded_db) as ctx:
        users.add_user(ctx, "STATMGR", "CRM_MANAGER", None, department="Sales")
    with AppContext(spec_from(embedded_db.target.database, "STATMGR"), guard=False) as ctx:
        with ctx.engine.connect() as conn:
            assert bulk.refresh_index_statistics(conn) == 0
        assert ctx.reader.one("SELECT COUNT(*) FROM V_CLIENTS")[0] >= 0  # the login still works
