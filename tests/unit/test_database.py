"""Create, migrate, seed, check and the server-side rules of the core schema, on the embedded engine."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from app import database
from app.context import AppContext, spec_from
from app.errors import ConnectionFailed, SchemaMismatch, UserError
from db import migrate
from db.models import Client, ClientStats, ClientStatusHistory, CrmUser, Deal, DealStageHistory, Stage


def test_new_database_is_at_head_and_seeded(embedded_db):
    with AppContext(embedded_db) as ctx:
        assert ctx.info.schema_revision == migrate.head_revision()
        assert ctx.info.mode == "embedded"
        assert ctx.info.engine_version.startswith("5.")
        info = database.database_info(ctx)
        assert info.row_counts["STAGES"] == 6
        assert info.row_counts["CRM_USERS"] == 1
        assert info.row_counts["CLIENTS"] == 0
        result = database.check_database(ctx)
        assert result.ok, result.lines


def test_second_init_refuses_without_force(embedded_db):
    with pytest.raises(UserError, match="already exists"):
        database.create_database(embedded_db)


def test_force_replaces_the_database(embedded_db):
    with AppContext(embedded_db) as ctx, ctx.sessions.begin() as s:
        s.add(Client(name="Temp", search_name="TEMP"))
    database.create_database(embedded_db, force=True)
    with AppContext(embedded_db) as ctx:
        assert database.database_info(ctx).row_counts["CLIENTS"] == 0


def test_migrate_is_idempotent(embedded_db):
    with AppContext(embedded_db) as ctx:
        before, after = database.upgrade(ctx)
    assert before == after == migrate.head_revision()


def test_triggers_own_version_and_who_when(embedded_db):
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            c = Client(name="ООО «Ромашка»", search_name="РОМАШКА", created_at=dt.datetime(2025, 1, 2, 3, 4))
            s.add(c)
        assert c.version == 1
        with ctx.engine.connect() as conn:
            # an isql-style attempt to forge version and authorship is overridden by the trigger
            conn.execute(text("UPDATE CLIENTS SET VERSION = 99, CREATED_BY = 'EVIL', CITY = 'Казань' WHERE ID = :i"),
                         {"i": c.id})
            conn.commit()
            row = conn.execute(text("SELECT VERSION, CREATED_BY, CREATED_AT, CHANGED_BY FROM CLIENTS WHERE ID = :i"),
                               {"i": c.id}).one()
            conn.rollback()
        assert row[0] == 2
        assert row[1].strip() == "SYSDBA"
        assert row[2] == dt.datetime(2025, 1, 2, 3, 4)  # a given creation date is kept (imports)
        assert row[3].strip() == "SYSDBA"


def test_stale_version_is_refused(embedded_db):
    """Optimistic locking: a save based on an old version updates nothing and raises."""
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            c = Client(name="Alpha", search_name="ALPHA")
            s.add(c)
        s1, s2 = ctx.sessions(), ctx.sessions()
        a = s1.get(Client, c.id)
        b = s2.get(Client, c.id)
        a.city = "Moscow"
        s1.commit()
        b.city = "London"
        with pytest.raises(StaleDataError):
            s2.commit()
        s2.rollback()


def test_lifecycle_and_stage_history_are_recorded(embedded_db):
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            c = Client(name="Beta", search_name="BETA", status="POTENTIAL")
            s.add(c)
        with ctx.sessions.begin() as s:
            s.get(Client, c.id).status = "ACTIVE"
        with ctx.sessions.begin() as s:
            s.get(Client, c.id).status = "POTENTIAL"  # and back
        with ctx.sessions() as s:
            moves = s.execute(select(ClientStatusHistory.from_status, ClientStatusHistory.to_status)
                              .where(ClientStatusHistory.client_id == c.id).order_by(ClientStatusHistory.id)).all()
        assert moves == [(None, "POTENTIAL"), ("POTENTIAL", "ACTIVE"), ("ACTIVE", "POTENTIAL")]

        with ctx.sessions() as s:
            stages = s.scalars(select(Stage).order_by(Stage.sort_order)).all()
        first, second, won = stages[0], stages[1], next(st for st in stages if st.is_won)
        with ctx.sessions.begin() as s:
            d = Deal(client_id=c.id, funnel_id=first.funnel_id, stage_id=first.id, title="Deal", amount=1000)
            s.add(d)
        for stage in (second, first, won):  # forward, backwards, won
            with ctx.sessions.begin() as s:
                s.get(Deal, d.id).stage_id = stage.id
        with ctx.sessions() as s:
            hist = s.execute(select(DealStageHistory.from_stage_id, DealStageHistory.to_stage_id)
                             .where(DealStageHistory.deal_id == d.id).order_by(DealStageHistory.id)).all()
            deal = s.get(Deal, d.id)
            stats = s.get(ClientStats, c.id)
        assert hist == [(None, first.id), (first.id, second.id), (second.id, first.id), (first.id, won.id)]
        assert deal.outcome == "WON" and deal.closed_at is not None
        assert stats.open_deals == 0


def test_stage_of_another_funnel_is_refused(embedded_db):
    from db.models import Funnel

    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            other = Funnel(name="Other")
            s.add(other)
            c = Client(name="Gamma", search_name="GAMMA")
            s.add(c)
        with ctx.sessions() as s:
            stage = s.scalars(select(Stage)).first()
        from sqlalchemy.exc import DatabaseError

        with pytest.raises(DatabaseError, match="EX_STAGE_FUNNEL"), ctx.sessions.begin() as s:
            s.add(Deal(client_id=c.id, funnel_id=other.id, stage_id=stage.id, title="x", amount=0))


def test_client_stats_follow_interactions_and_tasks(embedded_db):
    from db.models import Interaction, Task

    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            c = Client(name="Delta", search_name="DELTA")
            s.add(c)
        t1, t2 = dt.datetime(2026, 3, 1, 10, 0), dt.datetime(2026, 3, 5, 12, 0)
        with ctx.sessions.begin() as s:
            s.add(Interaction(client_id=c.id, kind="CALL", occurred_at=t1))
            s.add(Interaction(client_id=c.id, kind="CALL", occurred_at=t2, is_attempt=True))
            s.add(Interaction(client_id=c.id, kind="NOTE", occurred_at=t2 + dt.timedelta(days=1)))
            s.add(Task(client_id=c.id, title="Call back", kind="CALL", due_at=t2 + dt.timedelta(days=2)))
        with ctx.sessions() as s:
            st = s.get(ClientStats, c.id)
            version = s.get(Client, c.id).version
        assert (st.last_contact_at, st.last_attempt_at, st.interactions) == (t1, t2, 2)
        assert st.next_step == "Call back"
        assert version == 1  # activity never bumps the client's version (no false conflicts)


def test_schema_mismatch_is_refused(embedded_db):
    with AppContext(embedded_db) as ctx, ctx.engine.connect() as conn:
        conn.execute(text("UPDATE ALEMBIC_VERSION SET VERSION_NUM = '9999'"))
        conn.commit()
    with pytest.raises(SchemaMismatch, match="newer Kartoteka"):
        AppContext(embedded_db)
    with AppContext(embedded_db, check_schema=False) as ctx, ctx.engine.connect() as conn:
        conn.execute(text("UPDATE ALEMBIC_VERSION SET VERSION_NUM = '0001'"))
        conn.commit()
    with pytest.raises(SchemaMismatch, match="older than this program"):
        AppContext(embedded_db)


def test_missing_embedded_file_gives_a_clear_message(tmp_path):
    with pytest.raises(ConnectionFailed) as exc:
        AppContext(spec_from(str(tmp_path / "nothing.fdb")))
    assert exc.value.kind == "no_database"
    assert "There is no database at" in str(exc.value)


def test_embedded_file_is_single_instance(embedded_db):
    with AppContext(embedded_db):
        with pytest.raises(ConnectionFailed) as exc:
            AppContext(embedded_db)
        assert exc.value.kind == "locked"
        assert "already open in another" in str(exc.value)
    with AppContext(embedded_db):  # released on close
        pass


def test_crm_user_of_the_creator_is_an_administrator(embedded_db):
    with AppContext(embedded_db) as ctx, ctx.sessions() as s:
        user = s.scalars(select(CrmUser)).one()
    assert (user.login, user.role_name, user.scope) == ("SYSDBA", "CRM_ADMIN", "ALL")


def test_ctrl_c_stops_a_cli_command_cleanly(embedded_db):
    """The Firebird engine grabs SIGINT at attach; the CLI takes it back: "interrupted", exit 130,
    and the database stays consistent (the chunk in progress is rolled back)."""
    import signal
    import subprocess
    import sys
    import time

    import os

    env = dict(os.environ, KARTOTEKA_PROGRESS="1")
    proc = subprocess.Popen([sys.executable, "-m", "app", "demo", "--clients", "50000", "--db",
                             embedded_db.target.database], stderr=subprocess.PIPE, env=env)
    # Ctrl+C while the load runs: after its first committed chunk (the progress line says so), not
    # at a fixed time that a loaded machine may still spend importing and attaching
    seen, deadline = b"", time.monotonic() + 240
    while b"clients: " not in seen and proc.poll() is None and time.monotonic() < deadline:
        seen += os.read(proc.stderr.fileno(), 256)
    assert b"clients: " in seen, seen
    proc.send_signal(signal.SIGINT)
    _out, rest = proc.communicate(timeout=120)
    err = (seen + rest).decode().replace("\r", "\n")
    assert proc.returncode == 130, err
    assert err.strip().endswith("interrupted") and "Traceback" not in err
    with AppContext(embedded_db) as ctx:
        counts = database.database_info(ctx).row_counts
        missing = ctx.reader.query("SELECT COUNT(*) FROM CLIENTS c WHERE NOT EXISTS "
                                   "(SELECT 1 FROM CLIENT_STATS s WHERE s.CLIENT_ID = c.ID)")[0][0]
    assert counts["CLIENTS"] % 5000 == 0 and missing == 0  # whole chunks only


def test_gui_without_a_display_says_so(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    res = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "x.fdb")], env=env,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2
    assert "no graphical display" in res.stderr and "Traceback" not in res.stderr


def test_usage_errors_are_one_line():
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "app", "users", "add"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 64
    assert res.stderr.count("\n") == 1 and "login, --role" in res.stderr
