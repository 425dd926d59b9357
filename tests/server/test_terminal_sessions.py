"""Terminal server, small: three offscreen GUI sessions of three users on one host and one FB3
database (the quick variant of bench/terminal_sessions.py; counts and file locations, no times)."""
from __future__ import annotations

import pytest

from app import demo, users
from app.context import AppContext
from bench import terminal_sessions as ts

pytestmark = pytest.mark.server


def test_three_users_on_one_host(server_db, tmp_path):
    logins = ["TS_USER01", "TS_USER02", "TS_USER03"]
    with AppContext(server_db) as ctx:
        demo.generate(ctx, clients=40, seed=3)
        for login in logins:
            users.add_user(ctx, login, "CRM_MANAGER", ts.PASSWORD, full_name=login, scope="ALL")
    r = ts.run_sessions(str(server_db.target), logins, tmp_path / "host", parallel=3)

    # every session went through list, card, board and report, and was measured with all three open
    for s in r.sessions:
        assert s.failed is None, s.failed
        assert [k for k in ("open", "list", "card", "board", "report", "ready") if k in s.steps] == [
            "open", "list", "card", "board", "report", "ready"]
        assert s.memory["VmRSS"] > 0 and 0 < s.memory["Pss"] <= s.memory["VmRSS"] <= s.memory["VmHWM"]
        assert s.exit_code == 0  # SIGTERM ends each one
    assert len({s.proc.pid for s in r.sessions}) == 3
    # nothing written beside the program; each user's files only in that user's own folders
    assert r.changed_program_files == []
    for s in r.sessions:
        files = r.user_files[s.login]
        assert files and all(f.startswith("home/") for f in files)
        assert any(f.startswith("home/.local/share/kartoteka/sessions/") and f.endswith(".lock") for f in files)
        assert any(f.startswith("home/.config/") for f in files)
        assert not any("firebird.log" in f and not f.startswith("home/.local/share/kartoteka/") for f in files)
    # the guard is per user and database: three users ran at once, the same user twice is refused
    assert r.second_start.startswith("open failed:") and "already open" in r.second_start
    assert "TS_USER01" in r.second_start
