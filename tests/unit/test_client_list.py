"""The client list read path: keyset pages in name order over the read channel."""
from __future__ import annotations

import pytest

from app.clients import list_clients_page
from app.context import AppContext
from db.queries import client_list


def _add_clients(ctx: AppContext, n: int) -> None:
    from db.models import Client

    with ctx.sessions.begin() as s:
        for i in range(n):
            # duplicate names on purpose: keyset paging must still visit every row exactly once
            name = f"Client {i // 3:04d}"
            s.add(Client(name=name, search_name=name.upper(), city="Москва" if i % 2 else "London"))


def _walk(ctx):
    pages, rows, key = 0, [], None
    while True:
        page = list_clients_page(ctx, key)
        pages += 1
        rows.extend(page.rows)
        if page.next_key is None:
            return pages, rows
        key = page.next_key


@pytest.mark.parametrize("engine", ["embedded", "server"])
def test_pages_cover_every_client_once_in_order(engine, request):
    spec = request.getfixturevalue("embedded_db" if engine == "embedded" else "server_db")
    n = client_list.PAGE_SIZE * 2 + 50
    with AppContext(spec) as ctx:
        _add_clients(ctx, n)
        p0, e0 = ctx.reader.prepares, ctx.reader.executions
        pages, rows = _walk(ctx)
        assert pages == 3
        assert len(rows) == n
        assert len({r.id for r in rows}) == n
        assert [r.name for r in rows] == sorted(r.name for r in rows)
        assert rows[0].city in ("Москва", "London")
        # hot path: two statements prepared once (first page, next page), then only executions
        assert ctx.reader.prepares - p0 == 2
        _walk(ctx)
        assert ctx.reader.prepares - p0 == 2
        assert ctx.reader.executions - e0 == 6


def test_new_rows_are_seen_by_the_long_read_transaction(embedded_db):
    """READ COMMITTED read channel: a client committed by another session appears on refresh."""
    with AppContext(embedded_db) as ctx:
        assert list_clients_page(ctx).rows == []
        _add_clients(ctx, 1)
        assert len(list_clients_page(ctx).rows) == 1


def _walk_with(ctx, **kw):
    rows, key = [], None
    while True:
        page = list_clients_page(ctx, key, **kw)
        rows.extend(page.rows)
        if page.next_key is None:
            return rows
        key = page.next_key


def test_sorts_and_filters_page_through_everything(embedded_db):
    import datetime as dt

    from app.clients import ListFilter
    from db.models import Client, ClientStats, Interaction

    n = client_list.PAGE_SIZE + 30
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            for i in range(n):
                s.add(Client(name=f"C{i:04d}", search_name=f"C{i:04d}", status="ACTIVE" if i % 3 else "LOST",
                             city=None if i % 5 == 0 else f"City {i % 7}", responsible_id=1 if i % 2 else None))
        with ctx.sessions.begin() as s:
            # client 1 was contacted yesterday: not sleeping
            s.add(Interaction(client_id=1, kind="CALL", occurred_at=dt.datetime.now() - dt.timedelta(days=1)))
        for sort in ("city", "last_contact_at", "status", "name"):
            for desc in (False, True):
                rows = _walk_with(ctx, sort=sort, desc=desc)
                assert len(rows) == n and len({r.id for r in rows}) == n, (sort, desc)
        by_city = _walk_with(ctx, sort="city")
        keys = [r.city or "" for r in by_city]
        assert keys == sorted(keys)
        lost_mine = _walk_with(ctx, flt=ListFilter(responsible_id=1, statuses=("LOST",)))
        assert {r.status for r in lost_mine} == {"LOST"}
        assert len(lost_mine) == len([i for i in range(n) if i % 2 and not i % 3])
        sleeping = _walk_with(ctx, flt=ListFilter(sleeping_days=30))
        assert len(sleeping) == n - 1 and 1 not in {r.id for r in sleeping}
        with ctx.sessions() as s:
            assert s.get(ClientStats, 1).last_contact_at is not None


def test_long_texts_are_cut_for_the_list_not_refused(embedded_db):
    """List columns are declared narrow for fetch batches; longer values must be cut, not fail."""
    from app.clients import ClientDraft, save_client, search_clients

    long_name = "Очень длинное название " * 9  # > 120 characters
    with AppContext(embedded_db) as ctx:
        save_client(ctx, ClientDraft(name=long_name.strip()[:200]))
        row = list_clients_page(ctx).rows[0]
        assert len(row.name) == 120 and long_name.startswith(row.name)
        assert search_clients(ctx, "длинное")[0].name == row.name
