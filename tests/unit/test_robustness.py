"""Issue #10, bugs found on the way (embedded engine; the server halves are in
tests/server/test_robustness_server.py): big notes load, text fields refuse control characters,
an interrupted ``init`` leaves nothing half-built, and every bad CLI value is one line with its
exit code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app import clients, database, interactions, validate
from app.clients import ClientDraft, ContactItem
from app.context import AppContext, spec_from
from app.deal_card import DealDraft, load_deal, save_deal
from app.errors import ValidationError
from db.models import Client, Tag

ROOT = Path(__file__).resolve().parents[2]


def same(a: str | None, b: str) -> bool:
    """Equal texts, compared so that a failure does not print megabytes (pytest's diff)."""
    return a is not None and len(a) == len(b) and a == b


def kartoteka(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    full = dict(os.environ, LC_ALL="C.UTF-8", PYTHONPATH=str(ROOT), **(env or {}))
    full.pop("LANG", None)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full, capture_output=True, text=True,
                          timeout=timeout)


def one_line(res: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in res.stderr and "Exception ignored" not in res.stderr, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    return lines[0]


# --- notes over 64 KB (fdb hands out a BlobReader above that) ----------------------------------

@pytest.mark.parametrize("note", ["Заметка 100 КБ.\n" * 6_400, "ы" * 999_000], ids=["100KB", "2MB-utf8"])
def test_big_note_saves_and_the_card_opens(embedded_db, note):
    assert len(note.encode()) > 65_536
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, ClientDraft(name="Big note", note=note))
        card = clients.load_client_card(ctx, saved.id)
        assert same(card.draft.note, note)
        d = card.draft
        d.city = "Тверь"
        again = clients.save_client(ctx, d, clients.load_client_card(ctx, saved.id).draft)
        assert same(clients.load_client_card(ctx, again.id).draft.note, note)


def test_legacy_multi_megabyte_note_still_opens(embedded_db):
    """A note written before the limit (or by another tool): the card opens, nothing is cut."""
    # over the client's 1,000,000-character limit, inside the database's 4,000,000-byte bound
    # (revision 0009): 1,500,000 characters, ~2.6 MB of UTF-8
    note = "Старая заметка. " * 93_750
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, ClientDraft(name="Legacy"))
        with ctx.engine.begin() as conn:
            conn.execute(text("UPDATE CLIENTS SET NOTE = :n WHERE ID = :i"), {"n": note, "i": saved.id})
        assert same(clients.load_client_card(ctx, saved.id).draft.note, note)


def test_big_deal_note_and_interaction_body(embedded_db):
    note = "Сделка. " * 20_000  # 160,000 characters
    with AppContext(embedded_db) as ctx:
        client = clients.save_client(ctx, ClientDraft(name="Deals"))
        deal = save_deal(ctx, DealDraft(client_id=client.id, title="Big", note=note))
        assert same(load_deal(ctx, deal.id).draft.note, note)
        interactions.add_interaction(ctx, interactions.InteractionDraft(client_id=client.id, kind="NOTE", body=note))
        item = clients.load_client_card(ctx, client.id).history[0]
        assert same(interactions.interaction_body(ctx, item.id), note)


def test_file_body_over_64_kb_reads_back(embedded_db):
    """A file kept in the database (BLOB) is read whole, with its checksum checked."""
    from app import files

    data = bytes(range(256)) * 1200  # 300 KB
    with AppContext(embedded_db) as ctx:
        client = clients.save_client(ctx, ClientDraft(name="Files"))
        saved = files.attach_file(ctx, client.id, "scan.pdf", data)
        assert files.read_file(ctx, saved.id) == ("scan.pdf", data)


def test_note_over_the_limit_is_refused_whole(embedded_db):
    with AppContext(embedded_db) as ctx:
        with pytest.raises(ValidationError) as e:
            clients.save_client(ctx, ClientDraft(name="Too long", note="x" * (validate.MAX_NOTE_CHARS + 1)))
        assert e.value.field == "note" and "too long" in str(e.value)
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Client).where(Client.name == "Too long")) == 0


# --- control characters -------------------------------------------------------------------------

@pytest.mark.parametrize("draft, field", [
    (ClientDraft(name="Ромашка\x00"), "name"),
    (ClientDraft(name="Ромашка", city="Мос\x1bква"), "city"),
    (ClientDraft(name="Ромашка", note="Первая строка\x07"), "note"),
    (ClientDraft(name="Ромашка", contacts=[ContactItem(full_name="Ив\x0bан")]), "contacts[0].full_name"),
])
def test_control_characters_are_refused_naming_the_field(embedded_db, draft, field):
    with AppContext(embedded_db) as ctx:
        with ctx.sessions() as s:
            before = s.scalar(select(func.count()).select_from(Client))
        with pytest.raises(ValidationError) as e:
            clients.save_client(ctx, draft)
        assert e.value.field == field and "control character" in str(e.value)
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Client)) == before  # nothing half-saved


def test_tab_and_newlines_are_kept(embedded_db):
    note = "строка 1\r\nстрока 2\n\tс отступом"
    with AppContext(embedded_db) as ctx:
        saved = clients.save_client(ctx, ClientDraft(name="Tabs", note=note))
        assert clients.load_client_card(ctx, saved.id).draft.note == note


def test_control_characters_in_other_services(embedded_db):
    with AppContext(embedded_db) as ctx:
        client = clients.save_client(ctx, ClientDraft(name="Other services"))
        with pytest.raises(ValidationError) as e:
            save_deal(ctx, DealDraft(client_id=client.id, title="Сделка\x00"))
        assert e.value.field == "title"
        with pytest.raises(ValidationError) as e:
            interactions.add_interaction(ctx, interactions.InteractionDraft(client_id=client.id, kind="NOTE",
                                                                            body="a\x00b"))
        assert e.value.field == "body"
        # the safety net under services that do not check: the column is named, nothing written
        with pytest.raises(ValidationError) as e, ctx.sessions.begin() as s:
            s.add(Tag(name="bad\x01tag", color="#FFFFFF"))
        assert e.value.field == "name"
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Tag).where(Tag.name.like("bad%"))) == 0


# --- an interrupted init (embedded: built in a hidden file, renamed at the end) ------------------

def test_killed_init_leaves_no_half_built_database(tmp_path):
    target = tmp_path / "crm.fdb"
    res = kartoteka("init", "--db", str(target), env={"KARTOTEKA_TEST_KILL_AFTER_REVISION": "0001"})
    assert res.returncode == -9  # SIGKILL after revision 0001's tables, before its version row
    assert not target.exists()
    for command, code in (("info", 2), ("migrate", 2)):
        res = kartoteka(command, "--db", str(target))
        assert res.returncode == code and "There is no database at" in one_line(res)
    res = kartoteka("init", "--db", str(target))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.fdb", "crm.fdb.lock"]  # the hidden file is gone
    res = kartoteka("info", "--db", str(target))
    assert res.returncode == 0 and "(current)" in res.stdout


def test_killed_init_force_keeps_the_old_database(embedded_db):
    target = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        clients.save_client(ctx, ClientDraft(name="Keep me"))
    res = kartoteka("init", "--force", "--db", target, env={"KARTOTEKA_TEST_KILL_AFTER_REVISION": "0003"})
    assert res.returncode == -9
    with AppContext(spec_from(target)) as ctx:
        assert [r.name for r in clients.search_clients(ctx, "Keep me")] == ["Keep me"]


# --- bad values on the command line: one line, its exit code -----------------------------------

@pytest.fixture(scope="module")
def cli_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("robust-cli") / "crm.fdb"
    database.create_database(spec_from(str(path)))
    return str(path)


@pytest.mark.parametrize("args, code, message", [
    (["report", "sales.by_period", "--param", "period=2026-01-01..9999-12-31"], 1,
     "Parameter period: '2026-01-01..9999-12-31' is not valid"),
    (["report", "sales.by_period", "--param", "period=0001-01-01..2026-01-01"], 1, "is not valid"),
    (["report", "sales.by_period", "--today", "9999-12-31"], 1, "--today expects a date"),
    (["report", "clients.by_manager", "--param", "archived=maybe"], 1,
     "Parameter archived: 'maybe' is not valid; expected yes or no"),
    (["report", "funnel.snapshot", "--param", "manager=99999"], 1, "Parameter manager: there is no record 99999"),
    (["report", "funnel.snapshot", "--param", "manager=99999999999999"], 1, "Parameter manager: '99999999999999'"),
    (["jobs", "run", "--now", "0001-01-01T00:00"], 1, "--now must be a date and time"),
    (["jobs", "run", "--now", "9999-12-31T23:59"], 1, "--now must be a date and time"),
])
def test_bad_report_values(cli_db, args, code, message):
    res = kartoteka(*args, "--db", cli_db)
    assert res.returncode == code
    assert message in one_line(res)
    assert res.stdout == ""


@pytest.mark.parametrize("db, code, message", [
    ("", 64, "The database address is empty"),
    ("   ", 64, "The database address is empty"),
    ("127.0.0.1/abc:/x", 64, "is not a valid server address: the port must be a number"),
    ("127.0.0.1/70000:/x", 64, "the port must be a number from 1 to 65535"),
])
def test_bad_database_addresses(db, code, message):
    res = kartoteka("info", "--db", db)
    assert res.returncode == code
    assert message in one_line(res)


def test_a_file_that_is_not_a_database(tmp_path):
    for name, content in (("notes.txt", b"hello\n"), ("random.fdb", bytes(range(256)) * 400)):
        path = tmp_path / name
        path.write_bytes(content)
        res = kartoteka("info", "--db", str(path))
        assert res.returncode == 2
        assert "is not a Kartoteka database: the file exists but is not a Firebird database" in one_line(res)
        assert path.read_bytes() == content  # untouched
    res = kartoteka("info", "--db", str(tmp_path))  # a folder
    assert res.returncode == 2 and "is not a Firebird database" in one_line(res)


def test_info_and_migrate_on_an_older_schema(tmp_path):
    """A database at revision 0003 (no visibility views yet: an older program's, or a migration
    stopped there): info shows it with its schema line instead of a traceback, migrate upgrades."""
    from db import engine as dbe
    from db import migrate

    target = tmp_path / "old.fdb"
    spec = spec_from(str(target))
    dbe.create_database(spec)
    engine = dbe.make_engine(spec)
    try:
        migrate.upgrade(engine, "0003")
    finally:
        engine.dispose()
    res = kartoteka("info", "--db", str(target))
    assert res.returncode == 0 and res.stderr == "", res.stderr
    assert f"schema:          0003 (program expects {migrate.head_revision()})" in res.stdout
    res = kartoteka("migrate", "--db", str(target))
    assert res.returncode == 0 and f"from 0003 to {migrate.head_revision()}" in res.stdout, res.stderr
