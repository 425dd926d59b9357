"""Connecting an office: plain words for what is wrong, the wire cipher in ``check`` and the status
line, and profiles shipped by an administrator (kartoteka.ini/JSON in the machine-wide folder)."""
from __future__ import annotations

import json
import os

import pytest

from app import config, database
from app.context import AppContext, spec_from
from app.errors import ConnectionFailed
from tests import fbserver


def test_plain_words_for_what_is_wrong(fb_server, server_db):
    target = str(server_db.target)
    with pytest.raises(ConnectionFailed, match="Wrong user name or password"):
        AppContext(spec_from(target, "SYSDBA", "not-the-password"))
    with pytest.raises(ConnectionFailed, match="no database at .*alias"):
        AppContext(spec_from(fb_server.dsn("no_such_alias"), "SYSDBA", fb_server.password))
    closed = fbserver.free_port()
    with pytest.raises(ConnectionFailed, match=f"127.0.0.1/{closed} does not answer: nothing listens on port {closed}"):
        AppContext(spec_from(f"127.0.0.1/{closed}:crm", "SYSDBA", "x"))
    with pytest.raises(ConnectionFailed, match="unknown") as e:
        AppContext(spec_from("no-such-host.invalid/3050:crm", "SYSDBA", "x"))
    assert e.value.exit_code == 2


def test_check_and_status_line_name_the_cipher(server_db, embedded_db):
    with AppContext(server_db) as ctx:
        assert ctx.info.wire_cipher == "Arc4"  # the FB3 test server: Arc4 is all it has
        assert "encrypted: Arc4" in ctx.info.describe()
        lines = database.check_database(ctx).lines
        assert any(ln.startswith("wire: encrypted with Arc4") and "Firebird 4/5" in ln for ln in lines)
    with AppContext(embedded_db) as ctx:
        assert ctx.info.wire_cipher is None
        assert any(ln.startswith("wire: none") for ln in database.check_database(ctx).lines)


def _site() -> "os.PathLike":
    site = config.home() / "site"
    site.mkdir(parents=True, exist_ok=True)
    return site


def test_shipped_ini_prefills_the_office_profile():
    site = _site()
    try:
        (site / "kartoteka.ini").write_text(
            "[office]\nname = Главный офис\ndatabase = crm-srv/3050:crm\nmode = wan\n\n"
            "[branch]\ndatabase = 10.0.0.5:/srv/crm.fdb\nuser = mgr1\n", encoding="utf-8")
        config.options_path().unlink(missing_ok=True)  # a workstation's first start
        opts = config.load_options()
        by_name = {p.name: p for p in opts.profiles}
        assert by_name["Главный офис"].target == "crm-srv/3050:crm" and by_name["Главный офис"].mode == "wan"
        assert by_name["Branch"].user == "MGR1" and by_name["Branch"].mode == "lan"
        assert opts.last_profile == "Главный офис"  # the first start opens the office profile
        assert any(p.mode == "embedded" for p in opts.profiles)  # the personal database stays offered
        # once the user chose something, their choice wins; their own profiles are kept
        opts.last_profile = opts.profiles[0].name
        config.save_options(opts)
        assert config.load_options().last_profile == opts.profiles[0].name
        assert sum(p.name == "Главный офис" for p in config.load_options().profiles) == 1
    finally:
        (site / "kartoteka.ini").unlink(missing_ok=True)
        config.options_path().unlink(missing_ok=True)


def test_shipped_json_and_damaged_files():
    site = _site()
    try:
        (site / "kartoteka.json").write_text(json.dumps({"profiles": [{"name": "Office", "database": "srv:crm"}]}),
                                             encoding="utf-8")
        (site / "kartoteka.ini").write_text("[broken\nthis is not ini", encoding="utf-8")
        profiles = config.shipped_profiles()
        assert [(p.name, p.target, p.mode) for p in profiles] == [("Office", "srv:crm", "lan")]
        (site / "kartoteka.json").write_text("{not json", encoding="utf-8")
        assert config.shipped_profiles() == []
        config.options_path().unlink(missing_ok=True)
        assert config.load_options().last_profile is None  # nothing shipped: the personal database
    finally:
        for n in ("kartoteka.json", "kartoteka.ini"):
            (site / n).unlink(missing_ok=True)
