"""Revision 0014 (issue #11, import speed) on the Firebird 3 server, attacked as a manager would:
MGR_A's login with plain fdb, as from isql.

0014 lets the write guards of the client tables answer SYSDBA and the RDB$ADMIN role first. These
tests show that nobody else gets through that door (not a manager, not a manager asking for the
RDB$ADMIN role he was never granted, not a manager inside a running import batch of his own), and
that whatever a manager inserts, in a batch or not, still leaves its audit rows, its status
history and its client statistics: the speed work added no way to write unaudited rows.
"""
from __future__ import annotations

import shutil

import fdb
import pytest

from app import clients, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from tests.server.attackers import Attackers

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
NO_PRIV = 335544352
USER_EXCEPTION = 335544517  # EX_DENIED

#: (view, columns, values with {cid} for the client id): one row of every table whose guard 0014 changed
CHILD_ROWS = (
    ("V_CONTACTS", "CLIENT_ID, FULL_NAME", "{cid}, 'Иван Петров'"),
    ("V_PHONES", "CLIENT_ID, PHONE, PHONE_KEY", "{cid}, '+7 495 100-20-30', '4951002030'"),
    ("V_EMAILS", "CLIENT_ID, EMAIL, EMAIL_KEY", "{cid}, 'a@b.ru', 'a@b.ru'"),
    ("V_ADDRESSES", "CLIENT_ID, CITY, STREET", "{cid}, 'Москва', 'Тверская, 1'"),
    ("V_SEARCH_KEYS", "CLIENT_ID, KIND, SKEY", "{cid}, 'N', 'ВЗЛОМ'"),
    ("V_CLIENT_TAGS", "CLIENT_ID, TAG_ID", "{cid}, (SELECT MIN(ID) FROM V_TAGS)"),
)


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "import_speed.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login in ("MGR_A", "MGR_B"):
            users.add_user(ctx, login, "CRM_MANAGER", PASSWORD, department="Sales", full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        theirs = clients.save_client(ctx, ClientDraft(name="ООО Чужой", responsible_id=uid["MGR_B"])).id
        tags = ctx.reader.one("SELECT COUNT(*) FROM TAGS")[0]
    assert tags > 0  # the seeded tags (CHILD_ROWS links one)
    return {"dsn": fb_server.dsn(path), "admin": admin, "uid": uid, "theirs": theirs}


_ATTACKERS = Attackers()


@pytest.fixture(autouse=True)
def _close_connections():
    yield
    _ATTACKERS.close_all()


def _connect(world, login="MGR_A", role="CRM_MANAGER"):
    return _ATTACKERS.connect(world["dsn"], login, PASSWORD, role)


def _refused(con, sql, codes=(USER_EXCEPTION,)):
    cur = con.cursor()
    with pytest.raises(fdb.DatabaseError) as exc:
        cur.execute(sql)
    assert exc.value.args[2] in codes, exc.value.args


def _begin_own_batch(con) -> int:
    cur = con.cursor()
    cur.execute("SELECT ID FROM SP_IMPORT_BEGIN('CLIENTS', 'x.xlsx', 'xlsx', 'SKIP', NULL)")
    batch = cur.fetchone()[0]
    con.commit()
    cur.execute("EXECUTE PROCEDURE SP_IMPORT_ATTACH(?)", (batch,))
    return batch


@pytest.mark.parametrize("in_batch", [False, True], ids=["plain", "own-running-batch"])
def test_a_manager_still_cannot_write_onto_a_colleagues_client(world, in_batch):
    con = _connect(world)
    batch = _begin_own_batch(con) if in_batch else None
    cid = world["theirs"]
    for view, cols, vals in CHILD_ROWS:
        _refused(con, f"INSERT INTO {view} ({cols}) VALUES ({vals.format(cid=cid)})")
        con.rollback()
        if batch is not None:  # an attachment lasts one transaction
            con.cursor().execute("EXECUTE PROCEDURE SP_IMPORT_ATTACH(?)", (batch,))
    # nor create a client for the colleague
    _refused(con, f"INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES ('Подкидыш', 'ПОДКИДЫШ', "
                  f"{world['uid']['MGR_B']})")


def test_asking_for_the_rdb_admin_role_gives_a_manager_nothing(world):
    """The guards' first line lets CURRENT_ROLE = 'RDB$ADMIN' through; a login that was never granted
    the role does not get it by asking (Firebird 3 connects it with role NONE): no views at all."""
    con = _connect(world, role="RDB$ADMIN")
    cur = con.cursor()
    cur.execute("SELECT CURRENT_ROLE FROM RDB$DATABASE")
    assert cur.fetchone()[0].strip() != "RDB$ADMIN"
    for view, cols, vals in CHILD_ROWS:
        _refused(con, f"INSERT INTO {view} ({cols}) VALUES ({vals.format(cid=world['theirs'])})",
                 codes=(NO_PRIV, USER_EXCEPTION))
        con.rollback()


@pytest.mark.parametrize("in_batch", [False, True], ids=["plain", "own-running-batch"])
def test_every_row_a_manager_inserts_is_audited(world, in_batch):
    """A client and each child row, inserted from a plain connection, each leave an 'I' audit row
    in the manager's name; the client also gets its status history and statistics rows."""
    me = world["uid"]["MGR_A"]
    con = _connect(world)
    if in_batch:
        _begin_own_batch(con)
    cur = con.cursor()
    name = f"ООО Проверка аудита {int(in_batch)}"
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID, STATUS) VALUES (?, ?, ?, 'ACTIVE') "
                "RETURNING ID", (name, name.upper(), me))
    cid = cur.fetchone()[0]
    written = {"CLIENTS": [cid]}
    for view, cols, vals in CHILD_ROWS:
        if view in ("V_SEARCH_KEYS", "V_CLIENT_TAGS"):  # not audited tables (neither before 0014)
            cur.execute(f"INSERT INTO {view} ({cols}) VALUES ({vals.format(cid=cid)})")
            continue
        cur.execute(f"INSERT INTO {view} ({cols}) VALUES ({vals.format(cid=cid)}) RETURNING ID")
        written[view[2:]] = [cur.fetchone()[0]]
    con.commit()
    with AppContext(world["admin"]) as ctx:
        audit = ctx.reader.query("SELECT TRIM(TABLE_NAME), RECORD_ID, TRIM(USER_NAME) FROM AUDIT_LOG "
                                 "WHERE CLIENT_ID = ? AND ACTION = 'I' ORDER BY ID", (cid,))
        assert sorted((t, r) for t, r, _u in audit) == sorted((t, ids[0]) for t, ids in written.items())
        assert {u for _t, _r, u in audit} == {"MGR_A"}
        hist = ctx.reader.query("SELECT FROM_STATUS, TRIM(TO_STATUS), TRIM(CHANGED_BY) FROM CLIENT_STATUS_HISTORY "
                                "WHERE CLIENT_ID = ?", (cid,))
        assert hist == [(None, "ACTIVE", "MGR_A")]
        assert ctx.reader.one("SELECT COUNT(*) FROM CLIENT_STATS WHERE CLIENT_ID = ?", (cid,))[0] == 1
