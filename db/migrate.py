"""Schema migrations with Alembic on Firebird, and the schema-version check done at connect.

Alembic has no Firebird implementation, so we register a minimal one. Each revision runs in its own
transaction (``transaction_per_migration``): Firebird applies DDL at commit, so a trigger or an
``INSERT`` cannot use a table created earlier in the same transaction.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection, Engine

from db._alembic_private import ensure_version_table

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (and Mako under it) is imported only to migrate or to read the version table: the
# revision check at connect reads the revision ids from the files (issue #12: +10 MB per GUI).

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # unquoted: ALEMBIC_VERSION in the database


_DDL_WORDS = ("CREATE", "ALTER", "DROP", "RECREATE", "GRANT", "REVOKE", "COMMENT")


_IMPL = None


def firebird_impl():
    """Register Alembic's DDL implementation for the ``firebird`` dialect name (once)."""
    global _IMPL
    if _IMPL is None:
        from alembic.ddl.impl import DefaultImpl
        from sqlalchemy.sql.ddl import ExecutableDDLElement

        def _is_ddl(construct) -> bool:
            if isinstance(construct, ExecutableDDLElement):
                return True
            text = str(getattr(construct, "text", construct)).lstrip().upper()
            return text.startswith(_DDL_WORDS)

        class FirebirdImpl(DefaultImpl):
            """Alembic's DDL implementation for the ``firebird`` dialect name.

            Firebird applies DDL at commit and refuses to use an object created earlier in the same
            transaction ("Table unknown" even for Alembic's own version row). So, like isql's AUTODDL,
            every DDL statement is committed at once; the version row is written in the revision's own
            transaction afterwards. A revision that fails half-way leaves its earlier statements applied:
            write revisions so that re-running after a fix is harmless (``CREATE OR ALTER`` for objects).
            """

            __dialect__ = "firebird"
            transactional_ddl = False

            def _exec(self, construct, *args, **kw):
                result = super()._exec(construct, *args, **kw)
                if not self.as_sql and _is_ddl(construct):
                    self.connection.connection.dbapi_connection.commit()
                return result

        _IMPL = FirebirdImpl
    return _IMPL


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    firebird_impl()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, read from the revision files' ``revision = "…"`` and
    ``down_revision = …`` lines (what Alembic reads, without importing Alembic)."""
    graph: dict[str, tuple[str, ...]] = {}
    for f in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = f.read_text(encoding="utf-8")
        rev = _REVISION.search(text)
        if rev is None:
            continue
        down = _DOWN.search(text)
        graph[rev.group(1)] = tuple(re.findall(r"[\"']([^\"']+)[\"']", down.group(1))) if down else ()
    return graph


def head_revision() -> str:
    """The newest revision this program knows."""
    graph = _revision_graph()
    heads = set(graph) - {d for downs in graph.values() for d in downs}
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory  # several heads (or none): Alembic says what is wrong

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no revision files in {MIGRATIONS_DIR / 'versions'}")
    return head


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    firebird_impl()
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        heads = ctx.get_current_heads()
        conn.rollback()
    return heads[0] if heads else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (commits each revision separately)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    firebird_impl()
    with engine.connect() as conn:
        # The version table must exist (committed) before the first revision writes its row.
        ensure_version_table(MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}))
        conn.commit()
        command.upgrade(alembic_config(conn), revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    firebird_impl()
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), revision)
        conn.commit()
