"""The office server guide in SECURITY.md §7 runs as written against the FB3 test server: its exact
commands, with only the server address, the paths and the passwords put in."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from app.context import AppContext, spec_from

ROOT = Path(__file__).resolve().parents[2]
GUIDE_DSN = "192.168.0.10/3050:/srv/firebird/crm.fdb"
GUIDE_PERSONAL = "~/.local/share/kartoteka/kartoteka.fdb"


def _guide_commands() -> list[str]:
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    section = text[text.index("## 7. Office server"):]
    blocks = re.findall(r"```\n(.*?)```", section, re.S)
    return [ln.strip() for b in blocks for ln in b.splitlines() if ln.strip().startswith("kartoteka ")]


def test_guide_commands_run_against_the_test_server(fb_server, embedded_template, tmp_path):
    commands = _guide_commands()
    assert [c.split()[1] for c in commands] == ["copy", "users"]
    personal = tmp_path / "home" / "kartoteka.fdb"
    personal.parent.mkdir()
    shutil.copy(embedded_template, personal)
    dsn = fb_server.dsn(fb_server.data_dir / "guide crm.fdb")
    env = dict(os.environ, KARTOTEKA_USER="SYSDBA", KARTOTEKA_PASSWORD=fb_server.password)
    for cmd in commands:
        args = [a.replace(GUIDE_DSN, dsn) for a in shlex.split(cmd)[1:]]
        args = [str(personal) if a == GUIDE_PERSONAL else a for a in args]
        res = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                             input="Anna-pass-1\n", timeout=600)
        assert res.returncode == 0, (cmd, res.stderr)
    anna = spec_from(dsn, "ANNA", "Anna-pass-1")
    with AppContext(anna) as ctx:
        assert ctx.info.role == "CRM_ADMIN" and ctx.info.wire_cipher == "Arc4"
