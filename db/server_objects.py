"""Server-side objects (triggers, procedures, exceptions, views, grants) kept as SQL files.

One object per file under ``db/sql/<kind>/<NAME>.sql``; repeated shapes are templates under
``db/sql/templates/`` filled per table. Migrations apply them with :func:`apply`, which runs each
statement through the driver unparsed (PSQL uses ``:var``, which SQLAlchemy would take for bind
parameters) and commits it at once (Firebird DDL rule, see :mod:`db.migrate`).
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Connection

from db.naming import fit

SQL_DIR = Path(__file__).with_name("sql")


def load(kind: str, name: str) -> str:
    """The text of ``db/sql/<kind>/<name>.sql`` without leading comment lines."""
    return _strip_comments((SQL_DIR / kind / f"{name}.sql").read_text(encoding="utf-8"))


def template(name: str, **values: str) -> str:
    """A template from ``db/sql/templates`` with ``{placeholders}`` filled."""
    return _strip_comments((SQL_DIR / "templates" / f"{name}.sql").read_text(encoding="utf-8")).format(**values)


def tracked_trigger(table: str) -> tuple[str, str]:
    """(trigger name, SQL) of the standard version/who/when trigger of ``table``."""
    name = fit(f"TRG_{table}_BIU")
    return name, template("tracked_biu", table=table, trigger=name)


def event_trigger(table: str, event: str) -> tuple[str, str]:
    """(trigger name, SQL) of the trigger that posts ``event`` after any change of ``table``."""
    name = fit(f"TRG_{table}_EV")
    return name, template("event_aiud", table=table, trigger=name, event=event)


def apply(conn: Connection, *statements: str) -> None:
    """Execute each statement unparsed and commit it immediately."""
    raw = conn.connection.dbapi_connection
    for sql in statements:
        conn.exec_driver_sql(sql)
        raw.commit()


def _strip_comments(text: str) -> str:
    lines = text.splitlines()
    while lines and (lines[0].startswith("--") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines).strip()
