"""The write holes of issue #10, as the attack was made: MGR_IVANOV's login with plain fdb against
MGR_PETROVA's data on the FB3 server (part of the attack checklist; test_security.py has the read
side). Every test here failed on revision 0008 and passes with 0009 (db/sql, SECURITY.md §6).

Set-up (as SYSDBA through the app): department "Corporate sales" with head HEAD_VOLKOV, managers
MGR_IVANOV and MGR_PETROVA, an administrator ADMIN_A; the demo's default automation rules; one
client with one deal per manager.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from decimal import Decimal

import fdb
import pytest
from sqlalchemy import text

from app import automation, clients, planner, users
from app.automation import Rule
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from db import fbclient
from db.models import Deal
from tests.server.attackers import Attackers

pytestmark = pytest.mark.server

PASSWORD = "Secret-123"
NO_PRIV = 335544352
USER_EXCEPTION = 335544517  # EX_DENIED
CHECK_FAILED = 335544558  # "Operation violates CHECK constraint"
DEPT = "Corporate sales"


@pytest.fixture(scope="module")
def world(fb_server, server_template):
    path = fb_server.data_dir / "write_holes.fdb"
    shutil.copy(server_template, path)
    admin = spec_from(fb_server.dsn(path), "SYSDBA", fb_server.password)
    with AppContext(admin) as ctx:
        for login, role, dept in (("HEAD_VOLKOV", "CRM_HEAD", DEPT), ("MGR_IVANOV", "CRM_MANAGER", DEPT),
                                  ("MGR_PETROVA", "CRM_MANAGER", DEPT), ("MGR_OTHER", "CRM_MANAGER", "Export"),
                                  ("ADMIN_A", "CRM_ADMIN", DEPT)):
            users.add_user(ctx, login, role, PASSWORD, department=dept, full_name=login.title())
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        depts = {r[0]: r[1] for r in ctx.reader.query("SELECT NAME, ID FROM DEPARTMENTS")}
        funnel = ctx.reader.one("SELECT ID FROM FUNNELS WHERE IS_DEFAULT")[0]
        stages = ctx.reader.query("SELECT ID, IS_WON, IS_LOST FROM STAGES WHERE FUNNEL_ID = ? ORDER BY SORT_ORDER",
                                  (funnel,))
        with ctx.sessions.begin() as s:
            s.execute(text("UPDATE DEPARTMENTS SET HEAD_USER_ID = :h WHERE ID = :d"),
                      {"h": uid["HEAD_VOLKOV"], "d": depts[DEPT]})
            automation.seed_default_rules(s)
        cl, deal = {}, {}
        for mgr in ("MGR_IVANOV", "MGR_PETROVA"):
            cl[mgr] = clients.save_client(ctx, ClientDraft(name=f"ООО Клиент {mgr}", responsible_id=uid[mgr])).id
            with ctx.sessions.begin() as s:
                d = Deal(client_id=cl[mgr], funnel_id=funnel, stage_id=stages[0][0], title=f"Сделка {mgr}",
                         amount=Decimal("1000.00"), responsible_id=uid[mgr])
                s.add(d)
                s.flush()
                deal[mgr] = d.id
    return {"dsn": fb_server.dsn(path), "admin": admin, "uid": uid, "depts": depts, "funnel": funnel,
            "open": [r[0] for r in stages if not r[1] and not r[2]], "won": next(r[0] for r in stages if r[1]),
            "clients": cl, "deals": deal}


_ATTACKERS = Attackers()  #: attacker connections of the running test, closed by _close_attackers


@pytest.fixture(autouse=True)
def _close_attackers():
    """A failed check must not leave the attacker's transaction (and its row locks) open: the next
    test would wait for it forever (fdb's default lock wait)."""
    yield
    _ATTACKERS.close_all()


def _connect(world, login="MGR_IVANOV", role="CRM_MANAGER"):
    return _ATTACKERS.connect(world["dsn"], login, PASSWORD, role)


def _denied(con, sql, params=(), codes=(USER_EXCEPTION,), text=None):
    cur = con.cursor()
    try:
        with pytest.raises(fdb.DatabaseError) as exc:
            cur.execute(sql, params)
    finally:
        con.rollback()
    assert exc.value.args[2] in codes, exc.value.args
    if text:
        assert text in exc.value.args[0], exc.value.args[0]
    return exc.value


def _as(world, login):
    return AppContext(spec_from(world["dsn"], login, PASSWORD))


# --- 1. forged reminders ---------------------------------------------------------------------------

def test_no_forged_reminder_for_the_head_with_a_decoy_deal_into_won(world):
    """A decoy deal moved into Won fires "tell the head" (a NOTIFY rule for HEAD_VOLKOV) in the same
    transaction; a reminder of the attacker's own for the head must still be refused."""
    uid = world["uid"]
    con = _connect(world)
    cur = con.cursor()
    cur.execute("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, AMOUNT, RESPONSIBLE_ID) "
                "VALUES (?, ?, ?, 'decoy', 1, ?)",
                (world["clients"]["MGR_IVANOV"], world["funnel"], world["won"], uid["MGR_IVANOV"]))
    _denied(con, "INSERT INTO V_REMINDERS (USER_ID, TEXT, REMIND_AT, DISMISSED) "
                 "VALUES (?, 'FORGED: call 8-800 now', CURRENT_TIMESTAMP, FALSE)", (uid["HEAD_VOLKOV"],),
            text="only by an automation rule")
    con.close()
    with _as(world, "HEAD_VOLKOV") as ctx:
        assert not [r for r in planner.due_reminders(ctx, dt.datetime(2199, 1, 1)) if "FORGED" in r.text]


def test_no_forged_reminder_for_a_colleague_in_any_order(world):
    """The same for a colleague: the rule's own reminder (for the head) is written, the attacker's
    for MGR_PETROVA is refused before and after the rule fired, in one transaction."""
    uid = world["uid"]
    con = _connect(world)
    cur = con.cursor()
    sql = "INSERT INTO V_REMINDERS (USER_ID, TEXT, REMIND_AT, DISMISSED) VALUES (?, 'FORGED', CURRENT_TIMESTAMP, FALSE)"
    cur.execute("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, AMOUNT, RESPONSIBLE_ID) "
                "VALUES (?, ?, ?, 'decoy', 1, ?) RETURNING ID",
                (world["clients"]["MGR_IVANOV"], world["funnel"], world["open"][0], uid["MGR_IVANOV"]))
    decoy = cur.fetchone()[0]
    cur.execute("UPDATE V_DEALS SET STAGE_ID = ? WHERE ID = ?", (world["won"], decoy))
    for victim in ("MGR_PETROVA", "HEAD_VOLKOV"):
        with pytest.raises(fdb.DatabaseError) as exc:
            cur.execute(sql, (uid[victim],))
        assert exc.value.args[2] == USER_EXCEPTION
    cur.execute(sql, (uid["MGR_IVANOV"],))  # his own reminders are his
    con.rollback()
    con.close()


def test_rule_reminders_still_reach_the_head(world):
    """The normal path: a manager's move into Won gives the head the rule's reminder."""
    uid = world["uid"]
    with _as(world, "MGR_IVANOV") as ctx:
        with ctx.sessions.begin() as s:
            d = Deal(client_id=world["clients"]["MGR_IVANOV"], funnel_id=world["funnel"], stage_id=world["open"][0],
                     title="Честная сделка", amount=Decimal("10.00"), responsible_id=uid["MGR_IVANOV"])
            s.add(d)
            s.flush()
            d.stage_id = world["won"]
    with _as(world, "HEAD_VOLKOV") as ctx:
        texts = [r.text for r in planner.due_reminders(ctx, dt.datetime(2199, 1, 1))]
    assert any("Честная сделка" in t for t in texts), texts


# --- 2. rule texts ---------------------------------------------------------------------------------

def test_rule_text_never_carries_a_name_its_target_cannot_see(world):
    """An administrator's rule notifies MGR_IVANOV when any deal enters a stage, with {client} and
    {deal} in the text; MGR_PETROVA's move must not tell him her client's name."""
    uid = world["uid"]
    stage = world["open"][-1]
    with AppContext(world["admin"]) as ctx:
        rule = automation.save_rule(ctx, Rule(name="Tell Ivanov", event_kind="STAGE_ENTERED", stage_id=stage,
                                              action_kind="NOTIFY", target_kind="USER",
                                              target_user_id=uid["MGR_IVANOV"], title="Moved: {client} / {deal}"))
    try:
        with _as(world, "MGR_PETROVA") as ctx:
            with ctx.sessions.begin() as s:
                s.get(Deal, world["deals"]["MGR_PETROVA"]).stage_id = stage
        with _as(world, "MGR_IVANOV") as ctx:
            texts = [r.text for r in planner.due_reminders(ctx, dt.datetime(2199, 1, 1)) if r.text.startswith("Moved")]
        assert texts == ["Moved: - / -"], texts
        with _as(world, "ADMIN_A") as ctx:  # who may see the record gets the names
            with ctx.sessions.begin() as s:
                s.get(Deal, world["deals"]["MGR_IVANOV"]).stage_id = stage
        with _as(world, "MGR_IVANOV") as ctx:
            texts = {r.text for r in planner.due_reminders(ctx, dt.datetime(2199, 1, 1)) if r.text.startswith("Moved")}
        assert "Moved: ООО Клиент MGR_IVANOV / Сделка MGR_IVANOV" in texts
    finally:
        with AppContext(world["admin"]) as ctx:
            automation.delete_rule(ctx, rule.id)


# --- 3. tasks and files on another manager's records ------------------------------------------------

def test_no_task_on_a_colleagues_client_through_my_deal(world):
    uid, cl, deals = world["uid"], world["clients"], world["deals"]
    con = _connect(world)
    _denied(con, "INSERT INTO V_TASKS (TITLE, KIND, STATUS, PRIORITY, ASSIGNEE_ID, CLIENT_ID, DEAL_ID) "
                 "VALUES ('planted', 'CALL', 'OPEN', 1, ?, ?, ?)", (uid["MGR_IVANOV"], cl["MGR_PETROVA"], deals["MGR_IVANOV"]))
    _denied(con, "INSERT INTO V_TASKS (TITLE, KIND, STATUS, PRIORITY, ASSIGNEE_ID, CLIENT_ID) "
                 "VALUES ('planted', 'CALL', 'OPEN', 1, ?, ?)", (uid["MGR_IVANOV"], cl["MGR_PETROVA"]))
    # my deal with my client: fine; then re-linking it to her client is refused
    cur = con.cursor()
    cur.execute("INSERT INTO V_TASKS (TITLE, KIND, STATUS, PRIORITY, ASSIGNEE_ID, CLIENT_ID, DEAL_ID) "
                "VALUES ('mine', 'CALL', 'OPEN', 1, ?, ?, ?) RETURNING ID", (uid["MGR_IVANOV"], cl["MGR_IVANOV"], deals["MGR_IVANOV"]))
    task = cur.fetchone()[0]
    con.commit()
    _denied(con, "UPDATE V_TASKS SET CLIENT_ID = ? WHERE ID = ?", (cl["MGR_PETROVA"], task))
    # a task on a deal only is tied to the deal's client
    cur.execute("INSERT INTO V_TASKS (TITLE, KIND, STATUS, PRIORITY, ASSIGNEE_ID, DEAL_ID) "
                "VALUES ('deal only', 'CALL', 'OPEN', 1, ?, ?) RETURNING CLIENT_ID", (uid["MGR_IVANOV"], deals["MGR_IVANOV"]))
    assert cur.fetchone()[0] == cl["MGR_IVANOV"]
    con.rollback()
    con.close()
    with _as(world, "MGR_PETROVA") as ctx:
        nxt = ctx.reader.query("SELECT NEXT_STEP FROM CLIENT_STATS WHERE CLIENT_ID = ?", (cl["MGR_PETROVA"],))
    assert nxt in ([(None,)], []), nxt


def test_no_file_on_a_colleagues_client_and_no_chosen_disk_path(world):
    cl, deals = world["clients"], world["deals"]
    sha = "ab" * 32
    con = _connect(world)
    sql = ("INSERT INTO V_ATTACHMENTS (CLIENT_ID, DEAL_ID, FILE_NAME, SIZE_BYTES, SHA256, STORAGE, DISK_PATH) "
           "VALUES (?, ?, 'Счёт_на_оплату.pdf.exe', 10, ?, 'DISK', ?)")
    _denied(con, sql, (cl["MGR_PETROVA"], deals["MGR_IVANOV"], sha, "/etc/hostname"))
    _denied(con, sql, (cl["MGR_PETROVA"], deals["MGR_IVANOV"], sha, f"{sha[:2]}/{sha}"))
    # on his own client: still no path of his choosing (absolute, UNC, ..), only <sha[:2]>/<sha>
    for path in ("/etc/hostname", r"\\evil-host\share\x.pdf", f"../../{sha[:2]}/{sha}", f"C:/{sha[:2]}/{sha}"):
        _denied(con, sql, (cl["MGR_IVANOV"], deals["MGR_IVANOV"], sha, path), codes=(CHECK_FAILED,))
    cur = con.cursor()
    cur.execute(sql + " RETURNING ID", (cl["MGR_IVANOV"], deals["MGR_IVANOV"], sha, f"{sha[:2]}/{sha}"))
    att = cur.fetchone()[0]
    con.commit()
    con.close()
    with AppContext(world["admin"]) as ctx:  # the path is audited
        rows = ctx.reader.query("SELECT NEW_VALUE FROM AUDIT_LOG WHERE TABLE_NAME = 'ATTACHMENTS' AND RECORD_ID = ?",
                                (att,))
    assert rows and f"DISK:{sha[:2]}/{sha}" in rows[0][0]


# --- 4. department ---------------------------------------------------------------------------------

def test_department_of_a_client_follows_its_responsible(world):
    cl, depts = world["clients"], world["depts"]
    con = _connect(world)
    cur = con.cursor()
    cur.execute("UPDATE V_CLIENTS SET DEPARTMENT_ID = ? WHERE ID = ?", (depts["Export"], cl["MGR_IVANOV"]))
    con.commit()
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID, DEPARTMENT_ID) VALUES ('x', 'X', ?, ?) "
                "RETURNING DEPARTMENT_ID", (world["uid"]["MGR_IVANOV"], depts["Export"]))
    assert cur.fetchone()[0] == depts[DEPT]
    con.rollback()
    con.close()
    with _as(world, "HEAD_VOLKOV") as ctx:
        assert ctx.reader.query("SELECT DEPARTMENT_ID FROM CLIENTS WHERE ID = ?", (cl["MGR_IVANOV"],)) == [(depts[DEPT],)]
    with _as(world, "MGR_OTHER") as ctx:
        assert ctx.reader.query("SELECT COUNT(*) FROM CLIENTS WHERE ID = ?", (cl["MGR_IVANOV"],)) == [(0,)]


# --- 5. explicit ids -------------------------------------------------------------------------------

def test_explicit_ids_above_the_generator_are_refused(world):
    con = _connect(world)
    cur = con.cursor()
    cur.execute("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES ('probe', 'PROBE', ?) RETURNING ID",
                (world["uid"]["MGR_IVANOV"],))
    top = cur.fetchone()[0]  # the generator's value now
    con.rollback()
    for table, cols, vals in (("V_CLIENTS", "NAME, SEARCH_NAME, RESPONSIBLE_ID", ("'squat'", "'SQUAT'", str(world["uid"]["MGR_IVANOV"]))),):
        _denied(con, f"INSERT INTO {table} (ID, {cols}) VALUES (?, {', '.join(vals)})", (top + 2,),
                text="assigned by the database")
    _denied(con, "INSERT INTO V_TASKS (ID, TITLE, KIND, STATUS, PRIORITY, ASSIGNEE_ID) "
                 "VALUES (1000000, 't', 'CALL', 'OPEN', 1, ?)", (world["uid"]["MGR_IVANOV"],), text="assigned by the database")
    # an id below the generator's value is not his to choose either: a fresh one is used
    cur.execute("INSERT INTO V_CLIENTS (ID, NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES (1, 'low', 'LOW', ?) RETURNING ID",
                (world["uid"]["MGR_IVANOV"],))
    assert cur.fetchone()[0] > top
    con.rollback()
    con.close()
    # and the app's own saves keep working for the victim
    with _as(world, "MGR_PETROVA") as ctx:
        assert clients.save_client(ctx, ClientDraft(name="После атаки", responsible_id=world["uid"]["MGR_PETROVA"])).id > top


# --- 6. bounds -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sql, params", [
    ("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, AMOUNT) VALUES ({c}, {f}, {s}, 'x', ?)",
     (Decimal("9999999999999999.99"),)),
    ("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, EXPECTED_CLOSE) VALUES ({c}, {f}, {s}, 'x', ?)",
     (dt.date(1, 1, 1),)),
    ("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, EXPECTED_CLOSE) VALUES ({c}, {f}, {s}, 'x', ?)",
     (dt.date(9999, 12, 31),)),
    ("INSERT INTO V_TASKS (TITLE, KIND, STATUS, PRIORITY, CLIENT_ID, DURATION_MIN) VALUES ('x', 'CALL', 'OPEN', 1, {c}, ?)",
     (-5,)),
    ("INSERT INTO V_TASKS (TITLE, KIND, STATUS, PRIORITY, CLIENT_ID, DUE_AT) VALUES ('x', 'CALL', 'OPEN', 1, {c}, ?)",
     (dt.datetime(9999, 12, 31, 23, 0),)),
    ("INSERT INTO V_DEAL_LINES (DEAL_ID, NAME, QTY, PRICE, AMOUNT) VALUES ({d}, 'x', ?, 1, 1)", (Decimal("1e12"),)),
    ("INSERT INTO V_DEAL_LINES (DEAL_ID, NAME, QTY, PRICE, AMOUNT) VALUES ({d}, 'x', 1, ?, 1)", (Decimal("-1"),)),
    ("INSERT INTO V_INTERACTIONS (CLIENT_ID, KIND, DURATION_SEC) VALUES ({c}, 'CALL', ?)", (10 ** 9,)),
    ("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES (?, 'X', {me})", ("a\x00b",)),
    ("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES (?, 'X', {me})", ("a\x07b",)),
    ("INSERT INTO V_CLIENTS (NAME, SEARCH_NAME, RESPONSIBLE_ID) VALUES (?, 'X', {me})", ("a\x7fb",)),
    ("UPDATE V_CLIENTS SET NOTE = ? WHERE ID = {c}", ("x" * (20 * 1024 * 1024),)),
], ids=["amount", "date-0001", "date-9999", "duration-5", "due-9999", "qty", "price", "call-seconds", "nul", "bell", "del",
        "note-20MB"])
def test_values_out_of_bounds_are_refused(world, sql, params):
    con = _connect(world)
    sql = sql.format(c=world["clients"]["MGR_IVANOV"], f=world["funnel"], s=world["open"][0],
                     d=world["deals"]["MGR_IVANOV"], me=world["uid"]["MGR_IVANOV"])
    _denied(con, sql, params, codes=(CHECK_FAILED,))
    con.close()


def test_within_bounds_is_accepted(world):
    con = _connect(world)
    cur = con.cursor()
    cur.execute("INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, AMOUNT, EXPECTED_CLOSE, NOTE) "
                "VALUES (?, ?, ?, 'Большая	сделка', ?, ?, ?)",
                (world["clients"]["MGR_IVANOV"], world["funnel"], world["open"][0], Decimal("9999999999999.99"),
                 dt.date(2199, 12, 31), "строка 1\nстрока 2\tтаб"))
    con.rollback()
    con.close()


# --- lower severity --------------------------------------------------------------------------------

def test_no_deal_for_someone_elses_responsibility_and_no_interaction_in_their_name(world):
    uid, cl = world["uid"], world["clients"]
    con = _connect(world)
    _denied(con, "INSERT INTO V_DEALS (CLIENT_ID, FUNNEL_ID, STAGE_ID, TITLE, RESPONSIBLE_ID) VALUES (?, ?, ?, 'x', ?)",
            (cl["MGR_IVANOV"], world["funnel"], world["open"][0], uid["MGR_PETROVA"]))
    _denied(con, "INSERT INTO V_INTERACTIONS (CLIENT_ID, KIND, USER_ID) VALUES (?, 'CALL', ?)",
            (cl["MGR_IVANOV"], uid["MGR_PETROVA"]))
    cur = con.cursor()
    cur.execute("INSERT INTO V_INTERACTIONS (CLIENT_ID, KIND, USER_ID) VALUES (?, 'CALL', ?)", (cl["MGR_IVANOV"], uid["MGR_IVANOV"]))
    con.rollback()
    con.close()


def test_automation_runs_about_invisible_deals_are_not_shown(world):
    with _as(world, "MGR_PETROVA") as ctx:  # the default "qualified" rule runs about her deal
        with ctx.sessions.begin() as s:
            s.get(Deal, world["deals"]["MGR_PETROVA"]).stage_id = world["open"][1]
    con = _connect(world)
    cur = con.cursor()
    cur.execute("SELECT r.ENTITY_ID FROM V_AUTOMATION_RUNS r JOIN V_AUTOMATION_RULES u ON u.ID = r.RULE_ID "
                "WHERE u.EVENT_KIND = 'STAGE_ENTERED' AND r.ENTITY_ID = ?", (world["deals"]["MGR_PETROVA"],))
    assert cur.fetchall() == []
    con.rollback()
    con.close()
    with AppContext(world["admin"]) as ctx:
        assert ctx.reader.query("SELECT COUNT(*) FROM AUTOMATION_RUNS WHERE ENTITY_ID = ?",
                                (world["deals"]["MGR_PETROVA"],))[0][0] >= 1


def test_the_audit_cannot_be_flooded(world):
    con = _connect(world)
    cur = con.cursor()
    cur.execute("EXECUTE PROCEDURE SP_LOG_EVENT('LOGIN', 'forged')")
    con.commit()
    _denied(con, "EXECUTE PROCEDURE SP_LOG_EVENT('LOGIN', 'forged')", text="Too many audit events")
    with pytest.raises(fdb.DatabaseError):
        for _ in range(1000):
            cur.execute("EXECUTE PROCEDURE SP_LOG_EVENT('EXPORT', 'flood')")
    con.rollback()
    con.close()


# --- 6. report sums cannot overflow ----------------------------------------------------------------

SIX = ("funnel.snapshot", "funnel.by_manager", "funnel.by_source", "deals.aging", "deals.by_expected_close",
       "deals.created")


def test_reports_survive_the_largest_valid_amounts(world):
    """9,300 open deals of the largest valid amount (10 trillion - 0.01) on MGR_IVANOV's clients sum
    to 9.3e16, past NUMERIC(18,2)'s 9.2e16: the six reports of the issue run for him, his head and
    the administrator (they failed with "Integer overflow" for all three)."""
    from db import bulk
    from reports import engine

    uid, big, n = world["uid"], Decimal("9999999999999.99"), 9300
    with AppContext(world["admin"]) as ctx:
        with ctx.engine.connect() as conn:
            ids = bulk.reserve_ids(conn, "CLIENTS", 31)  # 300 deals a client: each client's stats stay in range
            bulk.insert_rows(conn, "CLIENTS", ("id", "name", "search_name", "responsible_id"),
                             [(i, f"Крупный {i}", f"КРУПНЫЙ {i}", uid["MGR_IVANOV"]) for i in ids])
            bulk.insert_rows(conn, "DEALS", ("client_id", "funnel_id", "stage_id", "title", "amount", "responsible_id",
                                             "expected_close"),
                             [(ids[k % len(ids)], world["funnel"], world["open"][0], f"Огромная {k}", big,
                               uid["MGR_IVANOV"], dt.date(2027, 1 + k % 12, 1)) for k in range(n)])
            conn.commit()
            bulk.release(conn)
    for login in ("MGR_IVANOV", "HEAD_VOLKOV", "ADMIN_A"):
        with _as(world, login) as ctx:
            for rid in SIX:
                result = engine.run(ctx, rid, {}, log=False)
                assert result.row_count > 0, (login, rid)
                amounts = result.column("amount")
                assert all(isinstance(a, Decimal) for a in amounts), (rid, amounts[:3])
                assert sum(amounts) >= big * n, (login, rid, sum(amounts))


# --- EXECUTE STATEMENT ... ON EXTERNAL --------------------------------------------------------------

class _Conn:
    """The two calls db.info.outbound_connections makes, over a plain fdb connection."""

    def __init__(self, con):
        self.con = con

    def exec_driver_sql(self, sql):
        cur = self.con.cursor()
        cur.execute(sql)
        cur.fetchall()  # an EXECUTE BLOCK's error arrives with the fetch
        return self

    def all(self):
        return []

    def rollback(self):
        self.con.rollback()


def test_check_reports_outbound_connections(world, tmp_path):
    """Any login may make the server connect out; `kartoteka check` says so, and says "off" on a
    server whose firebird.conf has `Providers = Engine12` (remote clients still connect)."""
    from app import database
    from db import info
    from tests.fbserver import FirebirdServer

    con = _connect(world)
    assert info.outbound_connections(_Conn(con)) is True  # a manager's login, on the default server
    con.close()
    with AppContext(world["admin"]) as ctx:
        assert any("connect out" in line for line in database.check_database(ctx).lines)
    with FirebirdServer(extra_conf="Providers = Engine12") as srv:
        fbclient.load()
        path = srv.data_dir / "closed.fdb"
        con = fdb.create_database(f"CREATE DATABASE '{srv.dsn(path)}' USER 'SYSDBA' PASSWORD '{srv.password}'")
        try:
            assert info.outbound_connections(_Conn(con)) is False
        finally:
            con.close()


# --- SP_PICK_LEAD_USER -----------------------------------------------------------------------------

def test_only_a_new_lead_moves_the_distribution_pointer(world):
    """Calling the pick procedure by hand and committing is refused (the pointer would steer the
    next lead); the app's lead creation moves it and commits."""
    from app import leads
    from app.leads import Distribution, LeadDraft

    dept = world["depts"][DEPT]
    with AppContext(world["admin"]) as ctx:
        leads.save_distribution(ctx, Distribution(department_id=dept, department=DEPT, is_enabled=True))
        before = ctx.reader.query("SELECT LAST_USER_ID FROM LEAD_DISTRIBUTION WHERE DEPARTMENT_ID = ?", (dept,))
    con = _connect(world)
    cur = con.cursor()
    cur.execute("EXECUTE PROCEDURE SP_PICK_LEAD_USER(?)", (dept,))
    picked, status = cur.fetchone()
    assert status.strip() == "OK" and picked is not None
    with pytest.raises(fdb.DatabaseError) as exc:
        con.commit()
    assert "only when a lead is created" in exc.value.args[0]
    con.rollback()
    con.close()
    with AppContext(world["admin"]) as ctx:
        assert ctx.reader.query("SELECT LAST_USER_ID FROM LEAD_DISTRIBUTION WHERE DEPARTMENT_ID = ?", (dept,)) == before
    with _as(world, "HEAD_VOLKOV") as ctx:  # the normal path: the lead goes to the picked manager
        saved = leads.create_lead(ctx, LeadDraft(funnel_id=world["funnel"], client_name="Лид по кругу",
                                                 title="Лид", department_id=dept))
    assert saved.distributed and saved.responsible_id == picked
    with AppContext(world["admin"]) as ctx:  # switched off again for the other tests
        mine = next(d for d in leads.distributions(ctx) if d.department_id == dept)
        leads.save_distribution(ctx, dataclasses.replace(mine, is_enabled=False))
