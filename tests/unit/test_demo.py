"""Demo data (app/demo.py) and the EXECUTE BLOCK packer under it (db/bulk.py), on the embedded engine.

The demo tests check facts the rest of the program relies on, read back from the database: the
summary matches the tables, the triggers' bookkeeping (client stats, stage history, outcomes) holds
for backdated history, deal lines add up, search keys find clients, requisites have valid check
digits, and a seed always gives the same clients.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from app import demo, normalize
from app.context import AppContext, spec_from
from app.database import create_database
from db import bulk

N_CLIENTS = 150

SUMMARY_TABLES = {
    "clients": "CLIENTS",
    "contacts": "CONTACTS",
    "phones": "PHONES",
    "emails": "EMAILS",
    "addresses": "ADDRESSES",
    "client_tags": "CLIENT_TAGS",
    "client_classifiers": "CLIENT_CLASSIFIERS",
    "search_keys": "SEARCH_KEYS",
    "deals": "DEALS",
    "deal_lines": "DEAL_LINES",
    "interactions": "INTERACTIONS",
    "tasks": "TASKS",
}


def _new_db(path) -> AppContext:
    spec = spec_from(str(path))
    create_database(spec)
    return AppContext(spec)


def _scalar(ctx: AppContext, sql: str, **params):
    with ctx.engine.connect() as conn:
        value = conn.execute(text(sql), params).scalar()
        conn.rollback()
    return value


def _rows(ctx: AppContext, sql: str, **params) -> list[tuple]:
    with ctx.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql), params)]
        conn.rollback()
    return rows


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A fresh database with N_CLIENTS demo clients: (ctx, summary, progress calls)."""
    ctx = _new_db(tmp_path_factory.mktemp("demo") / "demo.fdb")
    calls: list[tuple[int, int, str]] = []
    summary = demo.generate(ctx, clients=N_CLIENTS, seed=7, progress=lambda *a: calls.append(a))
    yield ctx, summary, calls
    ctx.close()


# ------------------------------------------------------------------------------------------------
# demo
# ------------------------------------------------------------------------------------------------


def test_summary_matches_the_tables(demo_db):
    ctx, summary, calls = demo_db
    assert summary["clients"] == N_CLIENTS
    for key, table in SUMMARY_TABLES.items():
        assert _scalar(ctx, f"SELECT COUNT(*) FROM {table}") == summary[key], key
    # stage moves after the first stage = history rows beyond one per deal
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEAL_STAGE_HISTORY") == summary["deals"] + summary["deal_moves"]
    assert calls[-1] == (N_CLIENTS, N_CLIENTS, "clients")
    # a realistic shape, not just non-empty tables
    assert summary["contacts"] > N_CLIENTS // 2
    assert 3 * N_CLIENTS <= summary["interactions"] <= 7 * N_CLIENTS
    assert summary["deals"] > N_CLIENTS // 2 and summary["tasks"] > N_CLIENTS // 2
    assert summary["deal_moves"] > 0


def test_mix_of_clients(demo_db):
    ctx, _s, _c = demo_db
    kinds = dict(_rows(ctx, "SELECT kind, COUNT(*) FROM CLIENTS GROUP BY kind"))
    assert 0.55 < kinds["COMPANY"] / N_CLIENTS < 0.85
    statuses = dict(_rows(ctx, "SELECT status, COUNT(*) FROM CLIENTS GROUP BY status"))
    assert set(statuses) == {"POTENTIAL", "ACTIVE", "REGULAR", "LOST"}
    names = [r[0] for r in _rows(ctx, "SELECT name FROM CLIENTS")]
    assert any(any("А" <= ch <= "я" for ch in n) for n in names)  # Russian
    assert any(n.isascii() for n in names)  # and English
    # list columns are filled and consistent with the keys the search uses
    for name, search_name, phone in _rows(ctx, "SELECT name, search_name, main_phone FROM CLIENTS"):
        assert search_name == normalize.search_name(name)
        assert phone
    # created over the last two years, with a lifecycle path recorded by the trigger
    oldest, newest = _rows(ctx, "SELECT MIN(created_at), MAX(created_at) FROM CLIENTS")[0]
    now = dt.datetime.now()
    assert now - oldest > dt.timedelta(days=300) and oldest > now - dt.timedelta(days=740)
    assert newest <= now
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENT_STATUS_HISTORY WHERE from_status IS NOT NULL") > 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENTS WHERE status = 'LOST' AND lost_reason_id IS NULL") == 0


def test_requisites_have_valid_check_digits(demo_db):
    from app.validate import inn_is_valid

    ctx, _s, _c = demo_db
    rows = _rows(ctx, "SELECT kind, name, inn, kpp, ogrn FROM CLIENTS WHERE inn IS NOT NULL")
    assert rows
    for kind, name, inn, kpp, ogrn in rows:
        assert inn_is_valid(inn), inn
        if kind == "COMPANY":
            assert len(inn) == 10 and len(kpp) == 9 and kpp[:4] == inn[:4]
            assert len(ogrn) == 13 and int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
        else:
            assert len(inn) == 12
            if name.startswith("ИП "):
                assert len(ogrn) == 15 and int(ogrn[:14]) % 13 % 10 == int(ogrn[14])


def test_every_client_has_stats_and_last_attempt(demo_db):
    ctx, _s, _c = demo_db
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENTS c WHERE NOT EXISTS "
                        "(SELECT 1 FROM CLIENT_STATS s WHERE s.client_id = c.id)") == 0
    with_contacts = _scalar(ctx, "SELECT COUNT(DISTINCT client_id) FROM INTERACTIONS WHERE kind <> 'NOTE'")
    assert with_contacts > N_CLIENTS // 2
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENT_STATS s WHERE s.last_attempt_at IS NULL AND EXISTS "
                        "(SELECT 1 FROM INTERACTIONS i WHERE i.client_id = s.client_id AND i.kind <> 'NOTE')") == 0
    # the incremental trigger agrees with a recount
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENT_STATS s WHERE s.interactions <> (SELECT COUNT(*) "
                        "FROM INTERACTIONS i WHERE i.client_id = s.client_id AND i.kind <> 'NOTE')") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENT_STATS s WHERE s.last_attempt_at <> (SELECT MAX(occurred_at) "
                        "FROM INTERACTIONS i WHERE i.client_id = s.client_id AND i.kind <> 'NOTE')") == 0
    # calls that did not get through are attempts, and there are some
    assert _scalar(ctx, "SELECT COUNT(*) FROM INTERACTIONS WHERE is_attempt") > 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM INTERACTIONS WHERE is_attempt AND kind <> 'CALL'") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM INTERACTIONS WHERE occurred_at > CURRENT_TIMESTAMP") == 0


def test_deal_lines_add_up_to_the_amount(demo_db):
    ctx, _s, _c = demo_db
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEALS d WHERE d.amount <> "
                        "(SELECT COALESCE(SUM(l.amount), 0) FROM DEAL_LINES l WHERE l.deal_id = d.id)") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEALS d WHERE NOT EXISTS "
                        "(SELECT 1 FROM DEAL_LINES l WHERE l.deal_id = d.id)") == 0
    # each line: qty * price less the discount
    for qty, price, disc, amount in _rows(ctx, "SELECT qty, price, discount_pct, amount FROM DEAL_LINES"):
        expected = (qty * price * (1 - (disc or 0) / Decimal(100))).quantize(Decimal("0.01"))
        assert amount == expected


def test_stage_history_and_outcomes(demo_db):
    ctx, _s, _c = demo_db
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEALS d WHERE NOT EXISTS "
                        "(SELECT 1 FROM DEAL_STAGE_HISTORY h WHERE h.deal_id = d.id)") == 0
    # every deal's stage belongs to its funnel and its outcome follows the stage
    bad = _rows(ctx, "SELECT d.id FROM DEALS d JOIN STAGES s ON s.id = d.stage_id WHERE s.funnel_id <> d.funnel_id "
                     "OR d.outcome <> IIF(s.is_won, 'WON', IIF(s.is_lost, 'LOST', 'OPEN'))")
    assert bad == []
    outcomes = dict(_rows(ctx, "SELECT outcome, COUNT(*) FROM DEALS GROUP BY outcome"))
    assert set(outcomes) == {"OPEN", "WON", "LOST"}
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEALS WHERE outcome <> 'OPEN' AND closed_at IS NULL") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEALS WHERE outcome = 'LOST' AND lost_reason_id IS NULL") == 0
    # the history is backdated and in order: the last move is the current stage, entered then
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEAL_STAGE_HISTORY h JOIN DEAL_STAGE_HISTORY h2 "
                        "ON h2.deal_id = h.deal_id AND h2.id > h.id AND h2.moved_at < h.moved_at") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEALS d WHERE d.stage_id <> (SELECT FIRST 1 h.to_stage_id FROM "
                        "DEAL_STAGE_HISTORY h WHERE h.deal_id = d.id ORDER BY h.id DESC) "
                        "OR d.stage_entered_at <> (SELECT MAX(h.moved_at) FROM DEAL_STAGE_HISTORY h "
                        "WHERE h.deal_id = d.id)") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM DEAL_STAGE_HISTORY WHERE moved_at < CURRENT_TIMESTAMP - 30") > 0
    # three funnels in use; client summary counts the open deals
    assert _scalar(ctx, "SELECT COUNT(DISTINCT funnel_id) FROM DEALS") == 3
    assert _scalar(ctx, "SELECT SUM(open_deals) FROM CLIENT_STATS") == outcomes["OPEN"]


def test_tasks_open_done_and_overdue(demo_db):
    ctx, _s, _c = demo_db
    statuses = dict(_rows(ctx, "SELECT status, COUNT(*) FROM TASKS GROUP BY status"))
    assert statuses.get("OPEN") and statuses.get("DONE")
    assert _scalar(ctx, "SELECT COUNT(*) FROM TASKS WHERE status = 'OPEN' AND due_at < CURRENT_TIMESTAMP") > 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM TASKS WHERE status = 'DONE' AND done_at IS NULL") == 0
    assert _scalar(ctx, "SELECT COUNT(*) FROM TASKS t JOIN CRM_USERS u ON u.id = t.assignee_id "
                        "WHERE u.role_name = 'CRM_MANAGER'") == sum(statuses.values())
    # next step on the client summary = its earliest open task
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENT_STATS s WHERE s.next_step_at IS DISTINCT FROM (SELECT MIN(t.due_at) "
                        "FROM TASKS t WHERE t.client_id = s.client_id AND t.status = 'OPEN')") == 0


def test_search_keys_find_clients_by_phone_name_inn_and_email(demo_db):
    ctx, _s, _c = demo_db
    phones = _rows(ctx, "SELECT client_id, phone, phone_key FROM PHONES")
    assert phones
    for client_id, phone, key in phones:
        assert key == normalize.phone_key(phone)
        found = {r[0] for r in _rows(ctx, "SELECT client_id FROM SEARCH_KEYS WHERE kind = 'P' AND skey STARTING WITH :k",
                                      k=normalize.phone_key(phone))}
        assert client_id in found, phone
        local = normalize.phone_local_key(key)
        found = {r[0] for r in _rows(ctx, "SELECT client_id FROM SEARCH_KEYS WHERE kind = 'P' AND skey = :k", k=local)}
        assert client_id in found, phone
    for client_id, name, inn in _rows(ctx, "SELECT FIRST 20 id, name, inn FROM CLIENTS ORDER BY id"):
        word = normalize.name_words(name)[0]
        assert client_id in {r[0] for r in _rows(ctx, "SELECT client_id FROM SEARCH_KEYS WHERE kind = 'N' AND skey = :w",
                                                  w=word)}
        if inn:
            assert _rows(ctx, "SELECT client_id FROM SEARCH_KEYS WHERE kind = 'I' AND skey = :i", i=inn) == [(client_id,)]
    for client_id, email in _rows(ctx, "SELECT FIRST 20 client_id, email FROM EMAILS"):
        assert client_id in {r[0] for r in _rows(ctx, "SELECT client_id FROM SEARCH_KEYS WHERE kind = 'E' AND skey = :e",
                                                  e=normalize.email_key(email)[:60])}
    # no duplicate keys inside a client
    assert _scalar(ctx, "SELECT COUNT(*) FROM (SELECT client_id, kind, skey FROM SEARCH_KEYS "
                        "GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)") == 0


def test_managers_and_reference_data(demo_db):
    ctx, _s, _c = demo_db
    managers = _rows(ctx, "SELECT login, role_name, scope, department_id FROM CRM_USERS WHERE login STARTING WITH 'MGR_'")
    assert len(managers) >= 8
    assert all(role == "CRM_MANAGER" and scope == "OWN" and dept for _l, role, scope, dept in managers)
    assert _scalar(ctx, "SELECT COUNT(*) FROM CRM_USERS WHERE role_name = 'CRM_HEAD' AND scope = 'DEPT'") >= 1
    assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENTS c JOIN CRM_USERS u ON u.id = c.responsible_id "
                        "WHERE u.role_name = 'CRM_MANAGER' AND u.department_id = c.department_id") == N_CLIENTS
    assert _scalar(ctx, "SELECT COUNT(*) FROM PRODUCTS") >= 30
    assert _scalar(ctx, "SELECT COUNT(*) FROM PRICES") >= 30
    # tags_text mirrors CLIENT_TAGS
    for cid, tags_text in _rows(ctx, "SELECT id, tags_text FROM CLIENTS"):
        names = {r[0] for r in _rows(ctx, "SELECT t.name FROM CLIENT_TAGS ct JOIN TAGS t ON t.id = ct.tag_id "
                                          "WHERE ct.client_id = :c", c=cid)}
        assert set(filter(None, (tags_text or "").split(", "))) == names


def test_demo_logins_work_with_their_roles(demo_db):
    """The demo's managers and heads are logins with their SQL role granted (default role on FB4+),
    so on the embedded engine (which trusts the name) each opens the demo and sees its own share."""
    ctx, _s, _c = demo_db
    path = ctx.spec.target.database
    for login, role, expected_sql in (
            ("MGR_PETROVA", "CRM_MANAGER", "SELECT COUNT(*) FROM CLIENTS c JOIN CRM_USERS u ON u.id = c.responsible_id "
                                           "WHERE u.login = 'MGR_PETROVA'"),
            ("HEAD_VOLKOV", "CRM_HEAD", "SELECT COUNT(*) FROM CLIENTS c JOIN CRM_USERS u ON u.login = 'HEAD_VOLKOV' "
                                        "WHERE c.department_id = u.department_id")):
        expected = _scalar(ctx, expected_sql)
        with AppContext(spec_from(path, login), guard=False) as user:  # no role passed: the default one
            assert user.info.role == role
            seen = user.reader.query("SELECT COUNT(*) FROM CLIENTS")[0][0]
        assert 0 < seen == expected < N_CLIENTS
    granted = _rows(ctx, "SELECT TRIM(RDB$USER), TRIM(RDB$RELATION_NAME) FROM RDB$USER_PRIVILEGES "
                         "WHERE RDB$OBJECT_TYPE = 13 AND RDB$USER_TYPE = 8 AND RDB$USER STARTING WITH 'MGR_'")
    assert len(granted) == len({g for g in granted}) >= 8 and {r for _u, r in granted} == {"CRM_MANAGER"}


def test_running_twice_adds_clients_and_reuses_reference_data(tmp_path):
    ctx = _new_db(tmp_path / "twice.fdb")
    try:
        demo.generate(ctx, clients=20, seed=3)
        ref = ("CRM_USERS", "DEPARTMENTS", "FUNNELS", "STAGES", "PRODUCTS", "PRICES", "TAGS", "CLASSIFIER_VALUES")
        before = {t: _scalar(ctx, f"SELECT COUNT(*) FROM {t}") for t in ref}
        first_names = [r[0] for r in _rows(ctx, "SELECT name FROM CLIENTS ORDER BY id")]
        summary = demo.generate(ctx, clients=20, seed=3)
        assert summary["clients"] == 20
        assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENTS") == 40
        assert {t: _scalar(ctx, f"SELECT COUNT(*) FROM {t}") for t in ref} == before
        # the same seed on a database that already has clients draws new ones
        second_names = [r[0] for r in _rows(ctx, "SELECT name FROM CLIENTS ORDER BY id")][20:]
        assert second_names != first_names
        assert _scalar(ctx, "SELECT COUNT(*) FROM CLIENTS c WHERE NOT EXISTS "
                            "(SELECT 1 FROM CLIENT_STATS s WHERE s.client_id = c.id)") == 0
    finally:
        ctx.close()


def test_same_seed_same_clients(tmp_path, demo_db):
    ctx7, _s, _c = demo_db
    ctx = _new_db(tmp_path / "again.fdb")
    try:
        demo.generate(ctx, clients=N_CLIENTS, seed=7)
        sql = "SELECT name, inn, main_phone, city, status FROM CLIENTS ORDER BY id"
        assert _rows(ctx, sql) == _rows(ctx7, sql)
        sql = "SELECT c.name, d.title, d.amount, d.outcome FROM DEALS d JOIN CLIENTS c ON c.id = d.client_id ORDER BY d.id"
        assert _rows(ctx, sql) == _rows(ctx7, sql)
    finally:
        ctx.close()


def test_zero_and_negative():
    from app.errors import UserError

    assert demo.generate(None, clients=0)["clients"] == 0  # type: ignore[arg-type]
    with pytest.raises(UserError):
        demo.generate(None, clients=-1)  # type: ignore[arg-type]


def test_inn_generators():
    import random

    from app.validate import inn_is_valid

    r = random.Random(1)
    for _ in range(200):
        assert inn_is_valid(demo.inn_company(r, "77"))
        assert inn_is_valid(demo.inn_person(r, "66"))
    assert demo.translit("Щербаков Ёж") == "shcherbakovezh"


# ------------------------------------------------------------------------------------------------
# db/bulk.py
# ------------------------------------------------------------------------------------------------


def test_pack_size_keeps_firebird3_limits():
    wide = ("VARCHAR(1000)", "VARCHAR(1000)", "VARCHAR(1000)", "INTEGER", "TIMESTAMP")
    body = "INSERT INTO \"AUDIT_LOG\" (A, B, C, D, E) VALUES (:p{r}_0, :p{r}_1, :p{r}_2, :p{r}_3, :p{r}_4);"
    n = bulk.pack_size(wide, body)
    assert n * sum(bulk.message_size(t) for t in wide) <= bulk.MAX_MESSAGE_BYTES
    assert (n + 1) * sum(bulk.message_size(t) for t in wide) > bulk.MAX_MESSAGE_BYTES
    narrow = ("INTEGER", "VARCHAR(8)")
    n = bulk.pack_size(narrow, "INSERT INTO \"SEARCH_KEYS\" (\"CLIENT_ID\", \"SKEY\") VALUES (:p{r}_0, :p{r}_1);")
    assert n == bulk.DEFAULT_PACK
    n = bulk.pack_size(narrow, "INSERT INTO X (A, B) VALUES (:p{r}_0, :p{r}_1);", pack=10_000)
    assert n == bulk.MAX_CONTEXTS  # one context per INSERT
    n = bulk.pack_size(narrow, "UPDATE X SET A = :p{r}_0 WHERE B = :p{r}_1;", pack=10_000, contexts=2)
    assert n == bulk.MAX_CONTEXTS // 2
    long_sql = "INSERT INTO X (" + ", ".join(f"COLUMN_NUMBER_{i}" for i in range(40)) + ") VALUES (" + \
        ", ".join(f":p{{r}}_{i}" for i in range(40)) + ");"
    n = bulk.pack_size(("INTEGER",) * 40, long_sql, pack=10_000)
    assert len(bulk._block(("INTEGER",) * 40, long_sql, n).encode()) <= bulk.MAX_SQL_BYTES
    assert len(bulk._block(("INTEGER",) * 40, long_sql, n + 1).encode()) > bulk.MAX_SQL_BYTES
    assert bulk.message_size("VARCHAR(10)") >= 42 and bulk.message_size("NUMERIC(18, 2)") >= 10
    with pytest.raises(ValueError):
        bulk.pack_size(("VARCHAR(8191)",) * 3, "INSERT INTO X (A, B, C) VALUES (:p{r}_0, :p{r}_1, :p{r}_2);")


@pytest.fixture(scope="module")
def bulk_db(tmp_path_factory):
    ctx = _new_db(tmp_path_factory.mktemp("bulk") / "bulk.fdb")
    yield ctx
    ctx.close()


AUDIT_COLS = ("logged_at", "user_name", "action", "table_name", "record_id", "client_id", "field_name", "old_value",
              "new_value", "details")


def test_wide_rows_split_into_packs_and_all_arrive(bulk_db):
    ctx = bulk_db
    t0 = dt.datetime(2025, 3, 4, 5, 6, 7, 890000)
    rows = [
        (t0 + dt.timedelta(seconds=i), "DEMO", "U", "CLIENTS", i, i if i % 3 else None, "NOTE",
         ("ё" * 999 + str(i % 10)) if i % 2 else f"old {i}", "Ж" * (1000 - i % 7), "x" * 1000 if i % 5 == 0 else None)
        for i in range(403)
    ]
    with ctx.engine.connect() as conn:
        prep0, exec0 = bulk.stats(conn)
        assert bulk.insert_rows(conn, "AUDIT_LOG", AUDIT_COLS, rows) == len(rows)
        prep1, exec1 = bulk.stats(conn)
        conn.commit()
    # 3 x VARCHAR(1000) in UTF8 is 12 KB a row: a pack holds 5 rows, so many packs, few prepares
    per_row = 3 * bulk.message_size("VARCHAR(1000)")
    assert exec1 - exec0 >= len(rows) * per_row // bulk.MAX_MESSAGE_BYTES
    assert prep1 - prep0 <= 4  # full pack + the power-of-two remainders
    got = _rows(ctx, "SELECT " + ", ".join(AUDIT_COLS) + " FROM AUDIT_LOG WHERE user_name = 'DEMO' ORDER BY record_id")
    assert got == rows


def test_insert_types_nulls_and_text_blobs(bulk_db):
    ctx = bulk_db
    with ctx.engine.connect() as conn:
        ids = bulk.reserve_ids(conn, "CLIENTS", 4)
        notes = [None, "короткая заметка", "д" * 5000, "long " * 3000]  # the last one is over a VARCHAR's 8191
        rows = [(cid, f"Клиент {cid}", f"КЛИЕНТ {cid}", "PERSON", dt.date(1980, 1, 1 + k), note, bool(k % 2),
                 dt.datetime(2024, 5, 6, 7, 8, 9))
                for k, (cid, note) in enumerate(zip(ids, notes, strict=True))]
        cols = ("id", "name", "search_name", "kind", "birthday", "note", "is_archived", "created_at")
        assert bulk.insert_rows(conn, "CLIENTS", cols, rows) == 4
        conn.commit()
    got = _rows(ctx, "SELECT " + ", ".join(cols) + f" FROM CLIENTS WHERE id BETWEEN {ids[0]} AND {ids[-1]} ORDER BY id")
    assert got == rows
    # the identity goes on after the reserved block
    with ctx.engine.connect() as conn:
        conn.execute(text("INSERT INTO CLIENTS (name, search_name) VALUES ('after', 'AFTER')"))
        new_id = conn.execute(text("SELECT id FROM CLIENTS WHERE name = 'after'")).scalar()
        conn.commit()
    assert new_id > ids[-1]


def test_update_rows_in_order_and_decimals(bulk_db):
    ctx = bulk_db
    with ctx.engine.connect() as conn:
        bulk.insert_rows(conn, "AUDIT_LOG", ("user_name", "action", "record_id", "details"),
                         [("UPD", "I", i, None) for i in range(300)])
        ids = [r[0] for r in conn.execute(text("SELECT id FROM AUDIT_LOG WHERE user_name = 'UPD' ORDER BY id"))]
        # two updates of the same row in one call: the later one wins (statements run in row order)
        moves = [(f"first {i}", i) for i in ids] + [(f"second {i}", i) for i in ids[:50]]
        assert bulk.update_rows(conn, "AUDIT_LOG", ("details",), ("id",), moves) == len(moves)
        conn.commit()
    got = dict(_rows(ctx, "SELECT id, details FROM AUDIT_LOG WHERE user_name = 'UPD'"))
    assert all(got[i] == (f"second {i}" if k < 50 else f"first {i}") for k, i in enumerate(ids))


def test_fdb_conversion_path_gives_the_same_rows(bulk_db, monkeypatch):
    ctx = bulk_db
    t0 = dt.datetime(2025, 1, 2, 3, 4, 5, 600000)
    rows = [(t0, "SLOW", "I", "X", i, None, None, f"v{i}", None, None) for i in range(37)]
    fast = [(t0, "FAST", "I", "X", i, None, None, f"v{i}", None, None) for i in range(37)]
    monkeypatch.setattr(bulk, "FAST_BIND", False)
    with ctx.engine.connect() as conn:
        # a fresh attachment-level cache would hide the switch: use SQL the fast path has not prepared
        bulk.insert_rows(conn, "AUDIT_LOG", AUDIT_COLS, rows, pack=7)
        monkeypatch.setattr(bulk, "FAST_BIND", True)
        bulk.insert_rows(conn, "AUDIT_LOG", AUDIT_COLS, fast, pack=9)
        conn.commit()
    cols = ", ".join(AUDIT_COLS[2:])
    slow_rows = _rows(ctx, f"SELECT logged_at, {cols} FROM AUDIT_LOG WHERE user_name = 'SLOW' ORDER BY record_id")
    fast_rows = _rows(ctx, f"SELECT logged_at, {cols} FROM AUDIT_LOG WHERE user_name = 'FAST' ORDER BY record_id")
    assert slow_rows == fast_rows and len(fast_rows) == 37


def test_bad_rows_are_refused(bulk_db):
    ctx = bulk_db
    with ctx.engine.connect() as conn:
        with pytest.raises(ValueError):
            bulk.insert_rows(conn, "SEARCH_KEYS", ("client_id", "kind", "skey"), [(1, "N")])
        with pytest.raises(KeyError):
            bulk.insert_rows(conn, "NO_SUCH_TABLE", ("a",), [(1,)])
        conn.rollback()


def test_numbers_into_text_columns_are_their_text(bulk_db):
    ctx = bulk_db
    with ctx.engine.connect() as conn:
        bulk.insert_rows(conn, "AUDIT_LOG", ("user_name", "action", "old_value", "new_value"),
                         [("NUM", "I", 123456789012, Decimal("12.50"))])
        conn.commit()
    assert _rows(ctx, "SELECT old_value, new_value FROM AUDIT_LOG WHERE user_name = 'NUM'") == [("123456789012", "12.50")]
