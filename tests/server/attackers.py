"""Plain fdb connections as a CRM login, the way an attacker with isql would connect (server tests).

Shared by the modules that attack the server's rules directly (write holes, import speed, import
undo). A failed check must not leave an attacker's transaction (and its row locks) open: the next
test would wait for it forever (fdb's default lock wait), so each module closes them after a test.
"""
from __future__ import annotations

import fdb

from db import fbclient


class Attackers:
    """The open attacker connections of one test module."""

    def __init__(self) -> None:
        self.open: list = []

    def connect(self, dsn: str, login: str, password: str, role: str | None = "CRM_MANAGER"):
        fbclient.load()
        con = fdb.connect(dsn=dsn, user=login, password=password, role=role, charset="UTF8")
        self.open.append(con)
        return con

    def close_all(self) -> None:
        while self.open:
            con = self.open.pop()
            try:
                con.rollback()
                con.close()
            except fdb.Error:
                pass
