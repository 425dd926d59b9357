"""The visibility views of revision 0016 (issue #12) show exactly the rows the function rules of
revisions 0004-0013 show, for every kind of login.

Revision 0016 writes the rules of the filtered views inline (facts read once per statement from
V_MY_SCOPE) instead of calling F_CLIENT_VISIBLE & co. per row. Here, on demo data plus the edge
rows the rules distinguish (clients without a responsible or with a deactivated one, tasks tied to
nothing, files on a deal only, custom values of each kind, audit rows, merges, "not duplicates"
marks, invoices and payments, automation runs), every rewritten view is compared with a twin view
that keeps the old function rule, as a database administrator, a CRM administrator, a head (DEPT),
managers (OWN) in two departments, a manager of scope ALL, a read-only login, a deactivated
manager and a login without a CRM user: same primary keys, row for row.
"""
from __future__ import annotations

import importlib
from decimal import Decimal

import fdb
import pytest
from sqlalchemy import text

from app import automation, clients, demo, users
from app.clients import ClientDraft
from app.context import AppContext
from db import fbclient

M = importlib.import_module("db.migrations.versions.0016_query_speed")

#: login -> role (None: a login without a CRM user; it has no role)
LOGINS = {
    "SYSDBA": None,
    "ADMIN2": "CRM_ADMIN",
    "HEAD_VOLKOV": "CRM_HEAD",
    "MGR_IVANOV": "CRM_MANAGER",
    "MGR_MOROZOV": "CRM_MANAGER",
    "WIDE1": "CRM_MANAGER",
    "RO1": "CRM_READONLY",
    "GONE1": "CRM_MANAGER",
    "NOBODY": None,
}
FUNCTIONS = ("F_IS_DB_ADMIN", "F_IS_CRM_ADMIN", "F_CLIENT_ROW_VISIBLE", "F_CLIENT_VISIBLE", "F_DEAL_VISIBLE",
             "F_CUSTOM_VALUE_VISIBLE")
READ_BY_OLD = ("CRM_USERS", "CLIENTS", "DEALS", "TASKS", "ATTACHMENTS", "AUTOMATION_RULES", "INVOICES")


def _twin(name: str) -> str:
    return "VO" + name[1:]


def _old_view(name: str, table: str) -> str:
    if name == "V_AUTOMATION_RUNS":
        return M.OLD_RUNS_VIEW.replace("VIEW V_AUTOMATION_RUNS", f"VIEW {_twin(name)}")
    return f"CREATE VIEW {_twin(name)} AS SELECT x.* FROM {table} x WHERE {M.OLD_RULES[name]}"


def _key_columns(cur, table: str) -> list[str]:
    cur.execute("SELECT TRIM(s.RDB$FIELD_NAME) FROM RDB$RELATION_CONSTRAINTS rc "
                "JOIN RDB$INDEX_SEGMENTS s ON s.RDB$INDEX_NAME = rc.RDB$INDEX_NAME "
                "WHERE rc.RDB$RELATION_NAME = ? AND rc.RDB$CONSTRAINT_TYPE = 'PRIMARY KEY' "
                "ORDER BY s.RDB$FIELD_POSITION", (table,))
    return [r[0] for r in cur.fetchall()]


def _edge_rows(ctx: AppContext) -> None:
    """Rows the rules tell apart, written as the database administrator (the guards let him)."""
    uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
    nobody = clients.save_client(ctx, ClientDraft(name="Nobody's client", responsible_id=None)).id
    gone = clients.save_client(ctx, ClientDraft(name="Client of a leaver", responsible_id=uid["GONE1"])).id
    clients.save_client(ctx, ClientDraft(name="Client of a reader", responsible_id=uid["RO1"]))
    users.disable_user(ctx, "GONE1")
    with ctx.sessions.begin() as s:
        automation.seed_default_rules(s)
        q = lambda sql, **p: s.execute(text(sql), p)  # noqa: E731
        own = {login: q("SELECT FIRST 2 c.ID FROM CLIENTS c WHERE c.RESPONSIBLE_ID = :u ORDER BY c.ID",
                        u=uid[login]).scalars().all() for login in ("MGR_IVANOV", "MGR_PETROVA", "MGR_MOROZOV")}
        deal_of, deal_client = {}, {}
        for login in own:
            deal_of[login], deal_client[login] = q(
                "SELECT FIRST 1 d.ID, d.CLIENT_ID FROM DEALS d JOIN CLIENTS c ON c.ID = d.CLIENT_ID "
                "WHERE c.RESPONSIBLE_ID = :u ORDER BY d.ID", u=uid[login]).one()
        contact_of = q("SELECT FIRST 1 ct.ID FROM CONTACTS ct WHERE ct.CLIENT_ID = :c", c=own["MGR_PETROVA"][0]).scalar()
        for title, assignee, client, deal in (
                ("loose, mine", uid["MGR_IVANOV"], None, None),
                ("loose, nobody's", None, None, None),
                ("loose, a leaver's", uid["GONE1"], None, None),
                ("her deal only", uid["HEAD_VOLKOV"], None, deal_of["MGR_PETROVA"]),
                ("her client, for me", uid["MGR_IVANOV"], own["MGR_PETROVA"][0], None),
                ("other department", uid["MGR_MOROZOV"], deal_client["MGR_MOROZOV"], deal_of["MGR_MOROZOV"])):
            q("INSERT INTO TASKS (TITLE, ASSIGNEE_ID, CLIENT_ID, DEAL_ID) VALUES (:t, :a, :c, :d)",
              t=title, a=assignee, c=client, d=deal)
        for name, client, deal in (("deal only", None, deal_of["MGR_PETROVA"]), ("client only", own["MGR_IVANOV"][0], None),
                                   ("both", deal_client["MGR_MOROZOV"], deal_of["MGR_MOROZOV"]),
                                   ("nobody's", nobody, None)):
            aid = q("INSERT INTO ATTACHMENTS (CLIENT_ID, DEAL_ID, FILE_NAME, STORAGE) VALUES (:c, :d, :n, 'DB') "
                    "RETURNING ID", c=client, d=deal, n=name).scalar()
            q("INSERT INTO ATTACHMENT_BODIES (ATTACHMENT_ID, BODY) VALUES (:a, :b)", a=aid, b=b"x")
        fields = {}
        for entity in ("CLIENT", "DEAL", "CONTACT"):
            fields[entity] = q("INSERT INTO CUSTOM_FIELD_DEFS (ENTITY, CODE, LABEL, KIND) VALUES (:e, :c, :c, 'TEXT') "
                               "RETURNING ID", e=entity, c=f"t_{entity.lower()}").scalar()
        for field, entity_id in ((fields["CLIENT"], own["MGR_IVANOV"][0]), (fields["CLIENT"], own["MGR_MOROZOV"][0]),
                                 (fields["CLIENT"], gone), (fields["DEAL"], deal_of["MGR_PETROVA"]),
                                 (fields["DEAL"], deal_of["MGR_IVANOV"]), (fields["CONTACT"], contact_of)):
            q("INSERT INTO CUSTOM_FIELD_VALUES (FIELD_ID, ENTITY_ID, VALUE_TEXT) VALUES (:f, :e, 'v')",
              f=field, e=entity_id)
        for a, b in ((own["MGR_IVANOV"][0], own["MGR_IVANOV"][1]), (own["MGR_IVANOV"][0], own["MGR_PETROVA"][0]),
                     (own["MGR_PETROVA"][0], own["MGR_MOROZOV"][0])):
            q("INSERT INTO DEDUPE_IGNORED (CLIENT_A_ID, CLIENT_B_ID) VALUES (:a, :b)", a=min(a, b), b=max(a, b))
        for login in ("MGR_IVANOV", "MGR_MOROZOV"):
            q("INSERT INTO CLIENT_MERGES (SURVIVOR_ID, MERGED_IDS, MERGED_COUNT, SURVIVOR_VERSION) "
              "VALUES (:c, '999999', 1, 1)", c=own[login][0])
            inv = q("INSERT INTO INVOICES (CLIENT_ID, DEAL_ID, AMOUNT, STATE, ISSUED_ON) VALUES (:c, :d, 10, 'ISSUED', "
                    "CURRENT_DATE) RETURNING ID",
                    c=deal_client[login], d=deal_of[login]).scalar()
            q("INSERT INTO PAYMENTS (INVOICE_ID, PAID_ON, AMOUNT) VALUES (:i, CURRENT_DATE, 5)", i=inv)
        for login in ("MGR_IVANOV", "MGR_PETROVA", "HEAD_VOLKOV"):
            q("INSERT INTO REMINDERS (USER_ID, TEXT, REMIND_AT) VALUES (:u, 'r', CURRENT_TIMESTAMP)", u=uid[login])
        q("INSERT INTO AUDIT_LOG (USER_NAME, ACTION, TABLE_NAME, RECORD_ID, CLIENT_ID) VALUES ('MGR_IVANOV', 'U', "
          "'CLIENTS', :c, :c)", c=own["MGR_PETROVA"][0])
        q("INSERT INTO AUDIT_LOG (USER_NAME, ACTION, TABLE_NAME, RECORD_ID, CLIENT_ID) VALUES ('X', 'D', "
          "'CLIENTS', 123456, 123456)")
        task_of = q("SELECT FIRST 1 t.ID FROM TASKS t WHERE t.CLIENT_ID = :c", c=own["MGR_PETROVA"][0]).scalar()
        rules = dict(q("SELECT EVENT_KIND, ID FROM AUTOMATION_RULES").all())
        if "CLIENT_CREATED" not in rules:  # not among the default rules: one of that kind, switched off
            rules["CLIENT_CREATED"] = q(
                "INSERT INTO AUTOMATION_RULES (NAME, TITLE, EVENT_KIND, ACTION_KIND, IS_ACTIVE) "
                "VALUES ('t', 't', 'CLIENT_CREATED', 'TASK', FALSE) RETURNING ID").scalar()
        for kind, entity, target in (("STAGE_ENTERED", deal_of["MGR_PETROVA"], uid["HEAD_VOLKOV"]),
                                     ("STAGE_ENTERED", deal_of["MGR_MOROZOV"], None),
                                     ("CLIENT_CREATED", own["MGR_IVANOV"][0], None),
                                     ("CLIENT_CREATED", own["MGR_MOROZOV"][0], uid["MGR_IVANOV"]),
                                     ("TASK_OVERDUE", task_of, None), ("DEAL_IDLE", deal_of["MGR_IVANOV"], None)):
            if kind in rules:
                q("INSERT INTO AUTOMATION_RUNS (RULE_ID, ENTITY_ID, TARGET_USER_ID) VALUES (:r, :e, :t)",
                  r=rules[kind], e=entity, t=target)
        assert {"STAGE_ENTERED", "DEAL_IDLE", "TASK_OVERDUE"} <= set(rules), rules


@pytest.fixture(scope="module")
def world(tmp_path_factory, embedded_template):
    import shutil

    from app.context import spec_from

    path = tmp_path_factory.mktemp("inline") / "v.fdb"
    shutil.copy(embedded_template, path)
    spec = spec_from(str(path))
    with AppContext(spec) as ctx:
        demo.generate(ctx, clients=120, seed=5, my_day=True)
        users.add_user(ctx, "ADMIN2", "CRM_ADMIN", None, department="Sales")
        users.add_user(ctx, "WIDE1", "CRM_MANAGER", None, department="Sales", scope="ALL")
        users.add_user(ctx, "RO1", "CRM_READONLY", None, department="Sales")
        users.add_user(ctx, "GONE1", "CRM_MANAGER", None, department="Sales")
        _edge_rows(ctx)
    fbclient.load()
    con = fdb.connect(database=str(path), user="SYSDBA", charset="UTF8")
    cur = con.cursor()
    roles = ", ".join(f"ROLE {r}" for r in ("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER", "CRM_READONLY"))
    for name, (table, _where) in M.VIEWS.items():
        cur.execute(_old_view(name, table))
        con.commit()
        for f in FUNCTIONS:
            cur.execute(f"GRANT EXECUTE ON FUNCTION {f} TO VIEW {_twin(name)}")
        for t in READ_BY_OLD:
            cur.execute(f"GRANT SELECT ON {t} TO VIEW {_twin(name)}")
        cur.execute(f"GRANT SELECT ON {_twin(name)} TO {roles}")
        con.commit()
    keys = {name: _key_columns(cur, table) for name, (table, _w) in M.VIEWS.items()}
    con.close()
    return path, keys


@pytest.mark.parametrize("login", list(LOGINS))
def test_every_inline_view_shows_what_the_function_rule_shows(world, login):
    path, keys = world
    con = fdb.connect(database=str(path), user=login, role=LOGINS[login], charset="UTF8")
    try:
        cur = con.cursor()
        seen_any = 0
        for name in M.VIEWS:
            cols = ", ".join(f"x.{c}" for c in keys[name])
            if LOGINS[login] is None and login != "SYSDBA":  # no role: no right on either view
                for view in (name, _twin(name)):
                    with pytest.raises(fdb.DatabaseError, match="no permission"):
                        cur.execute(f"SELECT {cols} FROM {view} x")
                    con.rollback()
                continue
            cur.execute(f"SELECT {cols} FROM {name} x ORDER BY 1")
            new = cur.fetchall()
            cur.execute(f"SELECT {cols} FROM {_twin(name)} x ORDER BY 1")
            old = cur.fetchall()
            assert new == old, f"{name} as {login}: {len(new)} rows inline, {len(old)} with the function rule"
            seen_any += len(new)
        if login not in ("NOBODY", "GONE1"):
            assert seen_any > 0, login
        if login == "GONE1":  # deactivated: sees nothing, not even his own client
            assert seen_any == 0
    finally:
        con.rollback()
        con.close()


def test_the_edge_rows_are_there(world):
    """The comparison above is only as good as its data: each view has rows to tell apart."""
    path, keys = world
    con = fdb.connect(database=str(path), user="SYSDBA", charset="UTF8")
    try:
        cur = con.cursor()
        for name, (table, _w) in M.VIEWS.items():
            cur.execute(f"SELECT COUNT(*) FROM {table}")
            assert cur.fetchone()[0] > 0, f"{table} is empty: {name} is not compared on any row"
        # a manager sees part of each client-bound table, not all and not nothing
        con2 = fdb.connect(database=str(path), user="MGR_IVANOV", role="CRM_MANAGER", charset="UTF8")
        cur2 = con2.cursor()
        for name in ("V_CLIENTS", "V_DEALS", "V_TASKS", "V_ATTACHMENTS", "V_CUSTOM_FIELD_VALUES", "V_DEDUPE_IGNORED"):
            table = M.VIEWS[name][0]
            cur.execute(f"SELECT COUNT(*) FROM {table}")
            total = cur.fetchone()[0]
            cur2.execute(f"SELECT COUNT(*) FROM {name}")
            mine = cur2.fetchone()[0]
            assert 0 < mine < total, (name, mine, total)
        con2.close()
    finally:
        con.close()


def test_amounts_are_the_same_through_either_rule(world):
    """A report-like aggregate over the views: the same sums for a head either way."""
    path, _keys = world
    con = fdb.connect(database=str(path), user="HEAD_VOLKOV", role="CRM_HEAD", charset="UTF8")
    try:
        cur = con.cursor()
        cur.execute("SELECT COUNT(*), SUM(d.AMOUNT) FROM V_DEALS d JOIN V_CLIENTS c ON c.ID = d.CLIENT_ID")
        new = cur.fetchone()
        cur.execute("SELECT COUNT(*), SUM(d.AMOUNT) FROM VO_DEALS d JOIN VO_CLIENTS c ON c.ID = d.CLIENT_ID")
        assert cur.fetchone() == new
        assert new[0] > 0 and new[1] > Decimal(0)
    finally:
        con.close()
