"""Import on the Firebird 3 server (issue #11): a manager imports into his own scope only, his
import is undone by the head, and the backdating path cannot be abused from a plain connection."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import fdb
import pytest

from app import imports, users
from app.context import AppContext, spec_from
from db import fbclient

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
DATA = Path(__file__).parent.parent / "data" / "import"
NOW = dt.datetime(2026, 12, 1, 12, 0)


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "imports.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role, dept in (("IMGR1", "CRM_MANAGER", "Sales"), ("IMGR2", "CRM_MANAGER", "Sales"),
                                  ("IHEAD", "CRM_HEAD", "Sales")):
            users.add_user(ctx, login, role, PASSWORD, department=dept, full_name=f"{login.title()} Person")
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
    return {"path": path, "dsn": fb_server.dsn(path), "uid": uid}


def _spec(world, login):
    return spec_from(world["dsn"], login, PASSWORD)


def _raw(world, login, role):
    fbclient.load()
    return fdb.connect(dsn=world["dsn"], user=login, password=PASSWORD, role=role, charset="UTF8")


def test_manager_imports_into_his_scope_and_the_head_undoes_it(world, tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("Наименование;Телефон;Ответственный;Дата создания\n"
                 "ООО Моё;+7 495 410-00-01;;01.02.2019\n"
                 "ООО Чужое;+7 495 410-00-02;IMGR2;01.02.2019\n"
                 "ООО Тоже моё;+7 495 410-00-03;Imgr1 Person;\n", encoding="utf-8")
    with AppContext(_spec(world, "IMGR1")) as ctx:
        r = imports.run_import(ctx, "clients", f, now=NOW)
        assert [(x.row_no, x.fate) for x in r.fates] == [(2, "CREATED"), (3, "FAILED"), (4, "CREATED")]
        assert "outside what you may see" in r.fates[1].reason
        ctx.reader.restart()
        rows = ctx.reader.query("SELECT NAME, RESPONSIBLE_ID, CREATED_AT FROM V_CLIENTS ORDER BY NAME")
        assert [(n, u) for n, u, _c in rows] == [("ООО Моё", world["uid"]["IMGR1"]),
                                                 ("ООО Тоже моё", world["uid"]["IMGR1"])]
        assert rows[0][2].date() == dt.date(2019, 2, 1)  # his import keeps the source's date
        # his head undoes it through the views with her own delete right (the manager's own undo:
        # test_import_undo_server.py)
        assert [b.id for b in imports.list_batches(ctx)] == [r.batch_id]
    with AppContext(_spec(world, "IMGR2")) as ctx:
        assert imports.list_batches(ctx) == []  # not his batch
        with pytest.raises(imports.UserError, match="not yours"):
            imports.undo_import(ctx, r.batch_id)
    with AppContext(_spec(world, "IHEAD")) as ctx:
        res = imports.undo_import(ctx, r.batch_id)
        assert res.deleted == 2 and res.kept == []


def test_backdating_needs_an_attached_batch_of_ones_own(world):
    con = _raw(world, "IMGR1", "CRM_MANAGER")
    cur = con.cursor()
    me = world["uid"]["IMGR1"]
    # an ordinary insert with a past CREATED_AT gets the server's time
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID, CREATED_AT) VALUES ('Backdated', "
                "'BACKDATED', ?, TIMESTAMP '2017-01-01 10:00') RETURNING CREATED_AT", (me,))
    assert cur.fetchone()[0].year >= 2026
    con.commit()
    # the batch table cannot be written directly
    for sql in ("INSERT INTO IMPORT_BATCHES (KIND, FILE_NAME, OWNER_LOGIN, TX_ID) VALUES ('CLIENTS', 'x', 'IMGR1', "
                "CURRENT_TRANSACTION)", "UPDATE V_IMPORT_BATCHES SET STATE = 'RUNNING'",
                "INSERT INTO V_IMPORT_BATCHES (KIND, FILE_NAME, OWNER_LOGIN) VALUES ('CLIENTS', 'x', 'IMGR1')"):
        with pytest.raises(fdb.DatabaseError):
            cur.execute(sql)
        con.rollback()
    # another login's running batch cannot be attached
    con2 = _raw(world, "IMGR2", "CRM_MANAGER")
    c2 = con2.cursor()
    c2.execute("SELECT ID FROM SP_IMPORT_BEGIN('CLIENTS', 'other.csv', 'csv', 'SKIP', NULL)")
    other = c2.fetchone()[0]
    con2.commit()
    with pytest.raises(fdb.DatabaseError, match="Not a running import of yours"):
        cur.execute("EXECUTE PROCEDURE SP_IMPORT_ATTACH(?)", (other,))
    con.rollback()
    # nor can its row log be written
    with pytest.raises(fdb.DatabaseError):
        cur.execute("INSERT INTO V_IMPORT_ROWS (BATCH_ID, ROW_NO, FATE) VALUES (?, 1, 'CREATED')", (other,))
    con.rollback()
    # his own batch backdates only in the transaction it is attached to, and never into the future
    cur.execute("SELECT ID FROM SP_IMPORT_BEGIN('CLIENTS', 'own.csv', 'csv', 'SKIP', NULL)")
    mine = cur.fetchone()[0]
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID, CREATED_AT) VALUES ('Old', 'OLD', ?, "
                "TIMESTAMP '2017-01-01 10:00') RETURNING CREATED_AT", (me,))
    assert cur.fetchone()[0] == dt.datetime(2017, 1, 1, 10, 0)
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID, CREATED_AT) VALUES ('Future', 'FUTURE', ?, "
                "TIMESTAMP '2099-01-01 10:00') RETURNING CREATED_AT", (me,))
    assert cur.fetchone()[0].year < 2099
    con.commit()  # a new transaction: the batch is no longer attached to it
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID, CREATED_AT) VALUES ('Later', 'LATER', ?, "
                "TIMESTAMP '2017-01-01 10:00') RETURNING CREATED_AT", (me,))
    assert cur.fetchone()[0].year >= 2026
    con.commit()
    cur.execute("EXECUTE PROCEDURE SP_IMPORT_FINISH(?, 'DONE', 0, 0, 0, 0, 0)", (mine,))
    con.commit()
    with pytest.raises(fdb.DatabaseError, match="Not a running import of yours"):
        cur.execute("EXECUTE PROCEDURE SP_IMPORT_ATTACH(?)", (mine,))  # a finished batch stays finished
    con.rollback()
    # a deal's stage dates follow the same rule
    cur.execute("SELECT ID FROM V_CLIENTS WHERE NAME = 'Old'")
    cid = cur.fetchone()[0]
    cur.execute("SELECT FIRST 1 ID, FUNNEL_ID FROM V_STAGES WHERE IS_WON")
    won, funnel = cur.fetchone()
    cur.execute("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, STAGE_ENTERED_AT, CLOSED_AT) "
                "VALUES (?, ?, ?, 'Backdated deal', TIMESTAMP '2017-05-10 00:00', TIMESTAMP '2017-05-10 00:00') "
                "RETURNING STAGE_ENTERED_AT, CLOSED_AT", (cid, funnel, won))
    entered, closed = cur.fetchone()
    assert entered.year >= 2026 and closed.year >= 2026
    con.commit()
    con.close()
    con2.close()
