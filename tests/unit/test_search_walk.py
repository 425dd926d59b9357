"""Search in display order through SP_SEARCH_CLIENTS (issue #12) gives exactly what the former
SQL gave (``db.queries.search.build_sql``: every match collected, sorted, cut), on demo data,
with a small page so the walk really stops early; renames, archiving and visibility included."""
from __future__ import annotations

import copy

import pytest

from app import clients, demo, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from db.queries import search as search_q


def _old(ctx: AppContext, text: str, limit: int) -> list[int]:
    terms = [t for t in clients.search_terms(text) if t]
    if not terms:
        return []
    terms = sorted(terms, key=lambda alts: -min(len(a) for a in alts))
    shape = tuple(len(t) for t in terms)
    return [r[0] for r in ctx.reader.query(search_q.build_sql(shape, limit), [a for t in terms for a in t])]


def _new(ctx: AppContext, text: str, limit: int) -> list[int]:
    return [r.id for r in clients.search_clients(ctx, text, limit)]


def _typed(ctx: AppContext) -> list[str]:
    """What users type: name prefixes of 1-8 letters, two words, phones with and without the trunk
    prefix and formatted, INN and e-mail prefixes, taken from the data."""
    q = ctx.reader.query
    names = [r[0] for r in q("SELECT FIRST 40 c.NAME FROM CLIENTS c ORDER BY c.ID")]
    phones = [r[0] for r in q("SELECT FIRST 10 c.MAIN_PHONE FROM CLIENTS c WHERE c.MAIN_PHONE STARTING WITH '+7' "
                              "ORDER BY c.ID")]
    inns = [r[0].strip() for r in q("SELECT FIRST 5 c.INN FROM CLIENTS c WHERE c.INN IS NOT NULL ORDER BY c.ID")]
    emails = [r[0] for r in q("SELECT FIRST 5 c.MAIN_EMAIL FROM CLIENTS c WHERE c.MAIN_EMAIL IS NOT NULL ORDER BY c.ID")]
    typed: set[str] = set()
    for name in names:
        words = name.replace("«", " ").replace("»", " ").replace('"', " ").split()
        for n in (1, 2, 3, 5, 8):
            typed.add(words[0][:n])
        if len(words) > 1:
            typed.add(f"{words[0][:4]} {words[1][:2]}")
            typed.add(f"{words[1][:3]} {words[0][:1]}")
    for p in phones:
        digits = "".join(ch for ch in p if ch.isdigit())
        for n in (3, 4, 5, 7, 11):
            typed.add("8" + digits[1:n])
            typed.add(digits[1:n])
        typed.add(p[:8])  # "+7 (495"
    for inn in inns:
        typed.update({inn[:3], inn[:6], inn})
    for e in emails:
        typed.update({e[:3], e.split("@")[0]})
    typed.update({"ООО", "ип", "а б в г д"})  # a common word; five terms (the SQL fallback)
    return sorted(t for t in typed if t.strip())


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory):
    from app.database import create_database

    path = tmp_path_factory.mktemp("searchwalk") / "demo.fdb"
    spec = spec_from(str(path))
    create_database(spec)
    with AppContext(spec) as ctx:
        demo.generate(ctx, clients=400, seed=5)
    return spec


@pytest.mark.parametrize("limit", [7, 200])
def test_walk_returns_what_the_former_sql_returned(demo_ctx, limit):
    with AppContext(demo_ctx) as ctx:
        typed = _typed(ctx)
        assert len(typed) > 150
        hits = 0
        for text in typed:
            expected = _old(ctx, text, limit)
            assert _new(ctx, text, limit) == expected, text
            hits += bool(expected)
        assert hits > 100  # most of them find something: the comparison is not between empty lists


def test_rename_archive_and_visibility_keep_the_results_exact(demo_ctx):
    with AppContext(demo_ctx) as ctx:
        row = clients.list_clients_page(ctx).rows[3]
        card = clients.load_client_card(ctx, row.id)
        original = copy.deepcopy(card.draft)
        card.draft.name = "Яковлев Zzz " + card.draft.name  # moves to the end of the name order
        clients.save_client(ctx, card.draft, original)
        for text in ("Яков", "zzz", "Яковлев z"):
            assert _new(ctx, text, 200) == _old(ctx, text, 200) != []
        assert row.id in _new(ctx, "Zzz", 200)
        # a name change without new keys (only the order changes): the keys follow the name
        with ctx.sessions.begin() as s:
            s.connection().exec_driver_sql("UPDATE V_CLIENTS SET SEARCH_NAME = 'АААА' WHERE ID = ?", (row.id,))
        assert _new(ctx, "zzz", 200)[0] == row.id == _old(ctx, "zzz", 200)[0]
        clients.archive_by_id(ctx, row.id)
        assert row.id not in _new(ctx, "Zzz", 200)
        assert _new(ctx, "Zzz", 200) == _old(ctx, "Zzz", 200)
        users.add_user(ctx, "SWMGR", "CRM_MANAGER", None, department="Sales")
        uid = ctx.reader.one("SELECT ID FROM CRM_USERS WHERE LOGIN = 'SWMGR'")[0]
        mine = clients.save_client(ctx, ClientDraft(name="Щукин Свой", responsible_id=uid)).id
        clients.save_client(ctx, ClientDraft(name="Щукин Чужой"))
    with AppContext(spec_from(demo_ctx.target.database, "SWMGR"), guard=False) as ctx:
        assert _new(ctx, "Щукин", 200) == [mine] == _old(ctx, "Щукин", 200)
        assert _new(ctx, "Ив", 200) == _old(ctx, "Ив", 200)
