"""Targets, wire options and error classification (no database needed)."""
from __future__ import annotations

import pytest

from db.engine import ConnectSpec, Target, classify_error
from db.naming import fit


@pytest.mark.parametrize(
    ("text", "kind", "host", "port", "database"),
    [
        ("127.0.0.1/3050:/var/lib/firebird/data/crm.fdb", "server", "127.0.0.1", 3050, "/var/lib/firebird/data/crm.fdb"),
        ("192.168.0.122/3059:crm", "server", "192.168.0.122", 3059, "crm"),
        ("dbhost:crm", "server", "dbhost", None, "crm"),
        ("[::1]/3050:crm", "server", "[::1]", 3050, "crm"),
        ("/home/u/crm.fdb", "embedded", None, None, "/home/u/crm.fdb"),
    ],
)
def test_target_parse(text, kind, host, port, database):
    t = Target.parse(text)
    assert (t.kind, t.host, t.port, t.database) == (kind, host, port, database)
    if kind == "server":
        assert t.dsn == text


def test_windows_drive_path_is_a_file():
    assert Target.parse(r"C:\data\crm.fdb").kind == "embedded"


def test_relative_file_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Target.parse("crm.fdb").database == str(tmp_path / "crm.fdb")


def test_wire_options_per_mode():
    server = Target.parse("db/3050:crm")
    assert ConnectSpec(Target.parse("/x.fdb"), wire="lan").dpb_config() is None  # embedded wins
    lan = ConnectSpec(server, wire="lan").dpb_config()
    wan = ConnectSpec(server, wire="wan").dpb_config()
    assert "WireCrypt=Required" in lan and "WireCompression" not in lan
    assert "WireCrypt=Required" in wan and "WireCompression=true" in wan
    assert ConnectSpec(server, wire="embedded").wire == "lan"


class FakeFdbError(Exception):
    pass


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (("Your user name and password are not defined", -902, 335544472), "auth"),
        (("Unable to complete network request to host", -902, 335544721), "unreachable"),
        (('I/O error during "open" operation for file "x"', -902, 335544344), "no_database"),
        (('I/O error during "lock" operation ... Database already opened with engine instance, incompatible',
          -902, 335544344), "locked"),
        (("deadlock update conflicts with concurrent update", -913, 335544336), "conflict"),
        (("no permission for SELECT access to TABLE CLIENTS", -551, 335544352), "permission"),
        (("Error reading data from the connection", -902, 335544726), "disconnect"),
    ],
)
def test_classify_error(args, kind):
    assert classify_error(FakeFdbError(*args)) == kind


def test_fit_keeps_short_names_and_hashes_long_ones():
    assert fit("pk_clients") == "PK_CLIENTS"
    long = fit("UQ_CUSTOM_FIELD_VALUES_FIELD_ID_ENTITY_ID")
    assert len(long) == 31 and long != fit("UQ_CUSTOM_FIELD_VALUES_FIELD_ID_ENTITY_ID2")
