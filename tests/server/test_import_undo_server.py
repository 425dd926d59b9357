"""A manager undoes his own import on the FB3 server, and only his own (issue #11, revision 0015).

Managers have no delete right on clients or deals; SP_IMPORT_UNDO_RECORD deletes one record that
the caller's own finished batch provably created (IMPORT_ROWS.PROVEN, set by TRG_IMPORT_ROWS_PROOF)
and that nobody changed since. The attacks are made as in test_write_holes.py: MGR_IVANOV's login
with plain fdb. MGR_IVANOV has department scope here, so he can see and edit MGR_PETROVA's
clients: the only thing between him and deleting them is the procedure's rule.
"""
from __future__ import annotations

import datetime as dt
import shutil

import fdb
import pytest

from app import clients, imports, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from tests.server.attackers import Attackers

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
NO_PRIV = 335544352
USER_EXCEPTION = 335544517  # EX_DENIED
DEPT = "Corporate sales"
NOW = dt.datetime(2026, 12, 1, 12, 0)


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "import_undo.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role, scope in (("MGR_IVANOV", "CRM_MANAGER", "DEPT"), ("MGR_PETROVA", "CRM_MANAGER", "OWN"),
                                   ("HEAD_VOLKOV", "CRM_HEAD", "DEPT")):
            users.add_user(ctx, login, role, PASSWORD, department=DEPT, full_name=login.title(), scope=scope)
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        hand = {m: clients.save_client(ctx, ClientDraft(name=f"ООО Ручной {m}", responsible_id=uid[m])).id
                for m in ("MGR_IVANOV", "MGR_PETROVA")}
    return {"dsn": fb_server.dsn(path), "admin": admin, "uid": uid, "hand": hand}


_ATTACKERS = Attackers()


@pytest.fixture(autouse=True)
def _close_attackers():
    yield
    _ATTACKERS.close_all()


def _connect(world, login="MGR_IVANOV", role="CRM_MANAGER"):
    return _ATTACKERS.connect(world["dsn"], login, PASSWORD, role)


def _spec(world, login):
    return spec_from(world["dsn"], login, PASSWORD)


def _gds(exc) -> set[int]:
    return {a for a in exc.args if isinstance(a, int)} | set(getattr(exc, "gdscodes", ()) or ())


def _import(world, login, tmp_path, name, rows: list[str]):
    f = tmp_path / f"{name}.csv"
    f.write_text("Наименование;Телефон;Дата создания\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with AppContext(_spec(world, login)) as ctx:
        r = imports.run_import(ctx, "clients", f, now=NOW)
    assert {x.fate for x in r.fates} == {"CREATED"}, [(x.row_no, x.fate, x.reason) for x in r.fates]
    return r


def _exists(world, table, rid) -> bool:
    with AppContext(world["admin"]) as ctx:
        return bool(ctx.reader.query(f"SELECT 1 FROM {table} WHERE ID = ?", (rid,)))


def _undo_record(con, batch, entity, rid):
    cur = con.cursor()
    cur.execute("SELECT DELETED, WHY FROM SP_IMPORT_UNDO_RECORD(?, ?, ?)", (batch, entity, rid))
    return cur.fetchone()


def test_a_manager_undoes_his_own_import_of_clients_and_deals(world, tmp_path):
    r = _import(world, "MGR_IVANOV", tmp_path, "own", ["ООО Свой-1;+7 495 510-00-01;01.02.2019",
                                                       "ООО Свой-2;+7 495 510-00-02;"])
    ids = [x.record_id for x in r.fates]
    assert all(_exists(world, "CLIENTS", i) for i in ids)
    deals = tmp_path / "deals.csv"
    deals.write_text("Клиент;Сделка;Сумма;Этап;Дата создания\n"
                     "ООО Свой-1;Поставка;1000;;01.03.2019\n"
                     "ООО Новый клиент;Монтаж;500;;01.03.2019\n", encoding="utf-8")
    with AppContext(_spec(world, "MGR_IVANOV")) as ctx:
        rd = imports.run_import(ctx, "deals", deals, now=NOW)
        assert [f.fate for f in rd.fates] == ["CREATED", "CREATED"]  # and the new client (in the batch log)
        res_d = imports.undo_import(ctx, rd.batch_id)
        assert (res_d.deleted, res_d.kept) == (3, [])
        res = imports.undo_import(ctx, r.batch_id)
        assert (res.deleted, res.kept) == (2, [])
        assert {b.state for b in imports.list_batches(ctx)} == {"UNDONE"}
    assert not any(_exists(world, "CLIENTS", i) for i in ids)
    assert not any(_exists(world, "DEALS", f.record_id) for f in rd.fates if f.entity == "DEAL")


def test_plain_deletes_stay_refused(world):
    con = _connect(world)
    with pytest.raises(fdb.DatabaseError) as e:
        con.cursor().execute("DELETE FROM V_CLIENTS WHERE ID = ?", (world["hand"]["MGR_IVANOV"],))
    assert NO_PRIV in _gds(e.value)
    with pytest.raises(fdb.DatabaseError) as e:
        con.cursor().execute("UPDATE V_IMPORT_ROWS SET PROVEN = TRUE")
    assert NO_PRIV in _gds(e.value)


def test_no_undo_with_another_logins_or_a_forged_batch(world, tmp_path):
    theirs = _import(world, "MGR_PETROVA", tmp_path, "theirs", ["ООО Петровой;+7 495 520-00-01;"])
    victim = theirs.fates[0].record_id
    con = _connect(world)
    for batch in (theirs.batch_id, 999_999, -1):
        with pytest.raises(fdb.DatabaseError) as e:
            _undo_record(con, batch, "CLIENT", victim)
        assert USER_EXCEPTION in _gds(e.value), batch
        assert "Not an import of yours" in str(e.value)
        con.rollback()
    # his own finished batch does not carry her client either
    mine = _import(world, "MGR_IVANOV", tmp_path, "mine", ["ООО Иванова;+7 495 520-00-02;"])
    for entity, rid in (("CLIENT", victim), ("CLIENT", world["hand"]["MGR_PETROVA"]), ("DEAL", victim),
                        ("TASK", mine.fates[0].record_id)):
        with pytest.raises(fdb.DatabaseError) as e:
            _undo_record(con, mine.batch_id, entity, rid)
        assert USER_EXCEPTION in _gds(e.value), (entity, rid)
        con.rollback()
    # through the app: her batch is not his to undo
    with AppContext(_spec(world, "MGR_IVANOV")) as ctx:
        with pytest.raises(imports.UserError, match="not yours"):
            imports.undo_import(ctx, theirs.batch_id)
    assert _exists(world, "CLIENTS", victim) and _exists(world, "CLIENTS", world["hand"]["MGR_PETROVA"])


def test_no_forged_log_row_deletes_a_client_he_did_not_import(world):
    """He opens a batch of his own, logs CREATED rows for her client, for his own hand-made client
    (touched in the batch's transaction, so its record version is this transaction's) and a
    made-up PROVEN flag, finishes the batch and calls the procedure: all refused."""
    con = _connect(world)
    cur = con.cursor()
    cur.execute("SELECT ID FROM SP_IMPORT_BEGIN('CLIENTS', 'forged.csv', 'csv', 'SKIP', NULL)")
    batch = cur.fetchone()[0]
    hers, his = world["hand"]["MGR_PETROVA"], world["hand"]["MGR_IVANOV"]
    cur.execute("UPDATE V_CLIENTS SET NOTE = 'touched' WHERE ID IN (?, ?)", (hers, his))
    cur.execute("SELECT ID, VERSION FROM V_CLIENTS WHERE ID IN (?, ?)", (hers, his))
    versions = dict(cur.fetchall())
    assert set(versions) == {hers, his}  # he sees and may edit both (department scope)
    for n, rid in enumerate((hers, his), start=2):
        cur.execute("INSERT INTO V_IMPORT_ROWS (BATCH_ID, ROW_NO, FATE, ENTITY, RECORD_ID, REC_VERSION, PROVEN) "
                    "VALUES (?, ?, 'CREATED', 'CLIENT', ?, ?, TRUE)", (batch, n, rid, versions[rid]))
    cur.execute("EXECUTE PROCEDURE SP_IMPORT_FINISH(?, 'DONE', 2, 2, 0, 0, 0)", (batch,))
    con.commit()
    cur.execute("SELECT RECORD_ID, PROVEN FROM V_IMPORT_ROWS WHERE BATCH_ID = ?", (batch,))
    assert {rid: p for rid, p in cur.fetchall()} == {hers: False, his: False}
    for rid in (hers, his):
        with pytest.raises(fdb.DatabaseError) as e:
            _undo_record(con, batch, "CLIENT", rid)
        assert "did not create" in str(e.value)
        con.rollback()
    with AppContext(_spec(world, "MGR_IVANOV")) as ctx:
        res = imports.undo_import(ctx, batch)
        assert res.deleted == 0 and sorted(k[1] for k in res.kept) == sorted((hers, his))
    assert _exists(world, "CLIENTS", hers) and _exists(world, "CLIENTS", his)


def test_records_changed_since_are_listed_and_left(world, tmp_path):
    r = _import(world, "MGR_IVANOV", tmp_path, "changed", ["ООО Изменят;+7 495 530-00-01;",
                                                           "ООО Телефон добавят;+7 495 530-00-02;",
                                                           "ООО Звонок;+7 495 530-00-03;",
                                                           "ООО Нетронутый;+7 495 530-00-04;"])
    edited, phoned, called, clean = (f.record_id for f in r.fates)
    head = _connect(world, "HEAD_VOLKOV", "CRM_HEAD")
    cur = head.cursor()
    cur.execute("UPDATE V_CLIENTS SET NOTE = 'the head was here' WHERE ID = ?", (edited,))
    cur.execute("INSERT INTO V_PHONES (CLIENT_ID, KIND, PHONE, PHONE_KEY) VALUES (?, 'WORK', '+7 495 530-99-99', "
                "'74955309999')", (phoned,))
    cur.execute("INSERT INTO V_INTERACTIONS (CLIENT_ID, KIND, SUBJECT) VALUES (?, 'CALL', 'Звонок')", (called,))
    head.commit()
    con = _connect(world)
    assert tuple(_undo_record(con, r.batch_id, "CLIENT", edited)) == (0, "CHANGED")
    assert tuple(_undo_record(con, r.batch_id, "CLIENT", phoned)) == (0, "ADDED")
    con.rollback()
    with AppContext(_spec(world, "MGR_IVANOV")) as ctx:
        res = imports.undo_import(ctx, r.batch_id)
    assert res.deleted == 1
    assert sorted((k[1], k[2]) for k in res.kept) == sorted([(edited, "changed since the import"),
                                                            (phoned, "has deals or contacts added since"),
                                                            (called, "has deals or contacts added since")])
    assert all(_exists(world, "CLIENTS", i) for i in (edited, phoned, called))
    assert not _exists(world, "CLIENTS", clean)
    # the batch is undone: the procedure refuses any further call on it
    with pytest.raises(fdb.DatabaseError) as e:
        _undo_record(con, r.batch_id, "CLIENT", edited)
    assert "running or already undone" in str(e.value)


def test_deal_overwrite_within_rights_and_its_undo_as_a_manager(world, tmp_path):
    """MGR_PETROVA (own scope) overwrites her imported deals: a row that would hand a deal to a
    colleague fails "not allowed" with the server's reason; her own undo restores the rest."""
    f = tmp_path / "deals_v1.csv"
    f.write_text("Клиент;Сделка;Сумма;Дата создания\n"
                 "ООО Её клиент;Поставка;1000;01.03.2019\n"
                 "ООО Её клиент;Монтаж;500;02.03.2019\n", encoding="utf-8")
    g = tmp_path / "deals_v2.csv"
    g.write_text("Клиент;Сделка;Сумма;Ответственный;Дата создания\n"
                 "ООО Её клиент;Поставка;1200;;01.03.2019\n"
                 "ООО Её клиент;Монтаж;700;MGR_IVANOV;02.03.2019\n", encoding="utf-8")
    with AppContext(_spec(world, "MGR_PETROVA")) as ctx:
        first = imports.run_import(ctx, "deals", f, now=NOW)
        assert [x.fate for x in first.fates] == ["CREATED", "CREATED"]
        dry = imports.run_import(ctx, "deals", g, on_duplicate="overwrite", dry_run=True, now=NOW)
        assert [x.fate for x in dry.fates] == ["UPDATED", "FAILED"]  # the scope rule is known before writing
        r = imports.run_import(ctx, "deals", g, on_duplicate="overwrite", now=NOW)
        assert [(x.fate, x.reason) for x in r.fates] == [(x.fate, x.reason) for x in dry.fates]
        assert "outside what you may see" in r.fates[1].reason
        ctx.reader.restart()
        amounts = dict(ctx.reader.query("SELECT TITLE, AMOUNT FROM V_DEALS"))
        assert {k: int(v) for k, v in amounts.items()} == {"Поставка": 1200, "Монтаж": 500}
        res = imports.undo_import(ctx, r.batch_id)
        assert (res.deleted, res.restored, res.kept) == (0, 1, [])
        ctx.reader.restart()
        assert {k: int(v) for k, v in ctx.reader.query("SELECT TITLE, AMOUNT FROM V_DEALS")} == {"Поставка": 1000,
                                                                                               "Монтаж": 500}
        # the first batch's "Поставка" was changed since (by the overwrite and its undo): it stays,
        # and so does its client; "Монтаж" goes
        res = imports.undo_import(ctx, first.batch_id)
        assert res.deleted == 1
        assert sorted((e, why) for e, _i, why in res.kept) == [("CLIENT", "has deals or contacts added since"),
                                                               ("DEAL", "changed since the import")]
        ctx.reader.restart()
        assert [t for t, in ctx.reader.query("SELECT TITLE FROM V_DEALS")] == ["Поставка"]


def test_a_record_out_of_his_sight_now_is_listed_not_a_failed_undo(world, tmp_path):
    """The head hands the imported client to a colleague: MGR_PETROVA (own scope) no longer sees it
    or its deal. Her undo lists both (the deal refused by the write guard, the client changed) and
    still removes the rest of the batch."""
    f = tmp_path / "handed.csv"
    f.write_text("Клиент;Сделка;Сумма;Дата создания\n"
                 "ООО Передадут;Поставка;100;01.03.2019\n"
                 "ООО Останется;Монтаж;200;01.03.2019\n", encoding="utf-8")
    with AppContext(_spec(world, "MGR_PETROVA")) as ctx:
        r = imports.run_import(ctx, "deals", f, now=NOW)
        assert [x.fate for x in r.fates] == ["CREATED", "CREATED"]
    head = _connect(world, "HEAD_VOLKOV", "CRM_HEAD")
    head.cursor().execute("UPDATE V_CLIENTS SET RESPONSIBLE_ID = ? WHERE NAME = 'ООО Передадут'",
                          (world["uid"]["MGR_IVANOV"],))
    head.commit()
    with AppContext(_spec(world, "MGR_PETROVA")) as ctx:
        res = imports.undo_import(ctx, r.batch_id)
    assert res.deleted == 2  # "Монтаж" and its client
    kept = {e: why for e, _i, why in res.kept}
    assert set(kept) == {"DEAL", "CLIENT"}
    assert kept["DEAL"].startswith("not allowed:") and kept["CLIENT"] == "changed since the import"
    with AppContext(world["admin"]) as ctx:
        assert [n for n, in ctx.reader.query("SELECT NAME FROM CLIENTS WHERE NAME IN ('ООО Передадут', "
                                             "'ООО Останется')")] == ["ООО Передадут"]
