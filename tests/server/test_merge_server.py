"""Duplicates and merge on the Firebird 3 server as a CRM_MANAGER login (issue #11): the finder sees
only the manager's scope, a merge within it works (and is undone), a merge touching a client he
cannot see is refused by the database and leaves everything as it was, a read-only login cannot
merge, and the merge tables cannot be written around the views from plain fdb."""
from __future__ import annotations

import shutil

import fdb
import pytest

from app import clients, dedupe, merge, users
from app.clients import ClientDraft, PhoneItem
from app.context import AppContext, spec_from
from app.errors import NotAllowed, UserError
from db import fbclient

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "merge.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role, dept in (("MGR1", "CRM_MANAGER", "Sales"), ("MGR3", "CRM_MANAGER", "Export"),
                                  ("RO1", "CRM_READONLY", "Sales")):
            users.add_user(ctx, login, role, PASSWORD, department=dept, full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}

        def add(name, owner, number):
            return clients.save_client(ctx, ClientDraft(name=name, responsible_id=uid[owner],
                                                        phones=[PhoneItem(number)])).id

        ids = {
            "mine": add("ООО «Зюзюка»", "MGR1", "+7 3952 91-82-73"),
            "mine2": add("Zyuzyuka LLC", "MGR1", "8 3952 918273"),
            "mine3": add("Зюзюка Плюс", "MGR1", "+7 3952 11-11-11"),
            # the same company, but Export's: MGR1 must neither see it as a duplicate nor merge it
            "theirs": add("ЗАО Зюзюка", "MGR3", "+7 (3952) 91-82-73"),
        }
    return {"dsn": fb_server.dsn(path), "ids": ids, "uid": uid, "admin": admin}


def _as(world, login):
    return AppContext(spec_from(world["dsn"], login, PASSWORD))


def _state(world) -> dict:
    with AppContext(world["admin"]) as ctx:
        rows = ctx.reader.query("SELECT c.ID, c.MERGED_INTO_ID, c.IS_ARCHIVED, c.VERSION FROM CLIENTS c")
        phones = ctx.reader.query("SELECT p.ID, p.CLIENT_ID FROM PHONES p")
    return {"clients": sorted(rows), "phones": sorted(phones)}


def test_a_manager_finds_duplicates_in_his_scope_only(world):
    ids = world["ids"]
    with _as(world, "MGR1") as ctx:
        assert ctx.info.role == "CRM_MANAGER"
        groups = dedupe.find_duplicate_groups(ctx)
        assert [g.ids for g in groups] == [(ids["mine"], ids["mine2"])]
    with AppContext(world["admin"]) as ctx:  # the administrator sees the Export copy as well
        groups = dedupe.find_duplicate_groups(ctx)
        assert [g.ids for g in groups] == [tuple(sorted((ids["mine"], ids["mine2"], ids["theirs"])))]


def test_a_manager_cannot_merge_a_client_he_cannot_see(world):
    ids = world["ids"]
    before = _state(world)
    with _as(world, "MGR1") as ctx:
        with pytest.raises(NotAllowed):
            merge.load_merge_plan(ctx, [ids["mine"], ids["theirs"]])
        with pytest.raises(NotAllowed):
            merge.merge_clients(ctx, ids["mine"], [ids["mine"], ids["theirs"]], {}, {})
    assert _state(world) == before
    # nor from plain fdb: the guard of CLIENTS refuses to point Export's client at his own
    fbclient.load()
    con = fdb.connect(dsn=world["dsn"], user="MGR1", password=PASSWORD, role="CRM_MANAGER", charset="UTF8")
    try:
        cur = con.cursor()
        cur.execute("UPDATE V_CLIENTS SET MERGED_INTO_ID = ? WHERE ID = ?", (ids["mine"], ids["theirs"]))
        assert cur.rowcount == 0  # invisible through the view
        with pytest.raises(fdb.DatabaseError):
            cur.execute("UPDATE V_PHONES SET CLIENT_ID = ? WHERE CLIENT_ID = ?", (ids["theirs"], ids["mine2"]))
        con.rollback()
        with pytest.raises(fdb.DatabaseError):  # history is written through the view only
            cur.execute("INSERT INTO CLIENT_MERGES (SURVIVOR_ID, MERGED_IDS, MERGED_COUNT, SURVIVOR_VERSION) "
                        "VALUES (?, '1', 1, 1)", (ids["mine"],))
        con.rollback()
        with pytest.raises(fdb.DatabaseError):  # a merge record about a client he cannot see
            cur.execute("INSERT INTO V_CLIENT_MERGES (SURVIVOR_ID, MERGED_IDS, MERGED_COUNT, SURVIVOR_VERSION) "
                        "VALUES (?, '1', 1, 1)", (ids["theirs"],))
        con.rollback()
        with pytest.raises(fdb.DatabaseError):  # nobody deletes merge history
            cur.execute("DELETE FROM V_CLIENT_MERGES")
        con.rollback()
    finally:
        con.close()
    assert _state(world) == before


def test_a_read_only_login_cannot_merge(world):
    ids = world["ids"]
    before = _state(world)
    with _as(world, "RO1") as ctx:
        with pytest.raises(UserError):
            merge.merge_by_default(ctx, ids["mine"], [ids["mine2"]])
    assert _state(world) == before


def test_a_manager_merges_and_undoes_within_his_scope(world):
    ids = world["ids"]
    before = _state(world)
    with _as(world, "MGR1") as ctx:
        done = merge.merge_by_default(ctx, ids["mine"], [ids["mine2"], ids["mine3"]])
        assert set(done.merged_ids) == {ids["mine2"], ids["mine3"]} and done.moved_rows >= 2
        assert clients.load_client_card(ctx, ids["mine2"]).draft.id == ids["mine"]
        assert [len(c.phones) for c in [clients.load_client_card(ctx, ids["mine"]).draft]] == [3]
        assert [m.id for m in merge.merge_history(ctx)] == [done.merge_id]
        # "not duplicates" marks are written by the manager too
        dedupe.ignore_pairs(ctx, [(ids["mine"], ids["mine3"])])
    with _as(world, "MGR3") as ctx:  # Export sees neither the merge nor the mark
        assert merge.merge_history(ctx) == []
        assert ctx.reader.query("SELECT COUNT(*) FROM DEDUPE_IGNORED") == [(0,)]
    with _as(world, "MGR1") as ctx:
        merge.undo_merge(ctx, done.merge_id)
        dedupe.unignore_pairs(ctx, [(ids["mine"], ids["mine3"])])
    after = _state(world)
    assert after["phones"] == before["phones"]
    assert [(c[0], c[1], c[2]) for c in after["clients"]] == [(c[0], c[1], c[2]) for c in before["clients"]]
