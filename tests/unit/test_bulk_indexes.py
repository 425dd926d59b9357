"""db.bulk.deferred_indexes (issue #12: the demo load builds plain indexes once, at the end)."""
from __future__ import annotations

import pytest

from app.context import AppContext
from db import bulk

_STATE = ("SELECT TRIM(i.RDB$INDEX_NAME), COALESCE(i.RDB$INDEX_INACTIVE, 0) FROM RDB$INDICES i "
          "WHERE i.RDB$RELATION_NAME = 'SEARCH_KEYS' AND COALESCE(i.RDB$SYSTEM_FLAG, 0) = 0")


def _state(conn) -> dict[str, int]:
    rows = dict(conn.exec_driver_sql(_STATE).fetchall())
    conn.commit()
    return rows


def test_plain_indexes_are_off_during_the_load_and_rebuilt_after(embedded_db):
    with AppContext(embedded_db) as ctx, ctx.engine.connect() as conn:
        before = _state(conn)
        assert set(before.values()) == {0} and "IX_SEARCH_KEYS_P2" in before
        with bulk.deferred_indexes(conn, ("SEARCH_KEYS",)) as d:
            during = _state(conn)
            assert during["IX_SEARCH_KEYS_P2"] == 1 and during["IX_SEARCH_KEYS_SKEY"] == 1
            assert during["FK_SEARCH_KEYS_CLIENT_ID"] == 0 and during["PK_SEARCH_KEYS"] == 0  # keys stay
            assert sorted(d.off) == sorted(n for n, v in during.items() if v == 1)
        assert _state(conn) == before
        # an error inside the load still switches them on again
        with pytest.raises(RuntimeError), bulk.deferred_indexes(conn, ("SEARCH_KEYS",)):
            raise RuntimeError("load failed")
        assert _state(conn) == before
        with bulk.deferred_indexes(conn, ("SEARCH_KEYS",), enabled=False) as d:
            assert d.off == [] and _state(conn) == before
