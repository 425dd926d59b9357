"""Server-side objects (triggers, procedures, exceptions, views, grants) kept as SQL files.

One object per file under ``db/sql/<kind>/<NAME>.sql``; repeated shapes are templates under
``db/sql/templates/`` filled per table. Migrations apply them with :func:`apply`, which runs each
statement through the driver unparsed (PSQL uses ``:var``, which SQLAlchemy would take for bind
parameters) and commits it at once (Firebird DDL rule, see :mod:`db.migrate`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

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
    raw: Any = conn.connection.dbapi_connection
    for sql in statements:
        conn.exec_driver_sql(sql)
        raw.commit()


def has_column(conn: Connection, table: str, column: str) -> bool:
    """Whether ``table`` has ``column`` (revisions that add a column run on bases that may have it)."""
    return conn.exec_driver_sql(
        "SELECT 1 FROM RDB$RELATION_FIELDS WHERE RDB$RELATION_NAME = ? AND RDB$FIELD_NAME = ?",
        (table, column)).first() is not None


def _strip_comments(text: str) -> str:
    lines = text.splitlines()
    while lines and (lines[0].startswith("--") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines).strip()


def _as_text(expr: str, blob: bool) -> str:
    if blob:
        return f"CAST(SUBSTRING({expr} FROM 1 FOR 1000) AS VARCHAR(1000))"
    return f"CAST({expr} AS VARCHAR(1000))"


BULK_CONTEXT = "KARTOTEKA_BULK"  #: USER_TRANSACTION variable a database administrator's bulk load sets


def audit_trigger(table: str, client_expr: str | None, columns: tuple[str, ...], summary: str,
                  blobs: tuple[str, ...] = (), bulk_bypass: bool = False) -> tuple[str, str]:
    """(name, SQL) of the audit trigger of ``table``: who, when, what, old → new (issue #4).

    ``client_expr`` and ``summary`` are SQL with ``{r}`` standing for NEW or OLD; an update writes
    one AUDIT_LOG row per changed column, an insert or delete one row with the summary. With
    ``bulk_bypass`` (revision 0005+) a *database administrator's* transaction that set
    ``USER_TRANSACTION.KARTOTEKA_BULK = '1'`` (demo data) writes no audit rows; the variable means
    nothing for anybody else, so an ordinary login cannot switch its own audit off.
    """
    name = fit(f"TRG_{table}_AUDIT")
    ce = client_expr or "NULL"
    head = "INSERT INTO AUDIT_LOG (USER_NAME, ACTION, TABLE_NAME, RECORD_ID, CLIENT_ID, FIELD_NAME, OLD_VALUE, NEW_VALUE)"
    updates = "\n".join(
        f"    IF (NEW.{c} IS DISTINCT FROM OLD.{c}) THEN\n"
        f"      {head}\n"
        f"        VALUES (CURRENT_USER, 'U', '{table}', NEW.ID, {ce.format(r='NEW')}, '{c}', "
        f"{_as_text('OLD.' + c, c in blobs)}, {_as_text('NEW.' + c, c in blobs)});"
        for c in columns
    )
    bypass = (f"  IF (RDB$GET_CONTEXT('USER_TRANSACTION', '{BULK_CONTEXT}') = '1' AND F_IS_DB_ADMIN()) THEN EXIT;\n"
              if bulk_bypass else "")
    sql = f"""CREATE OR ALTER TRIGGER {name} FOR {table} ACTIVE AFTER INSERT OR UPDATE OR DELETE POSITION 80 AS
BEGIN
{bypass}  IF (INSERTING) THEN
    {head}
      VALUES (CURRENT_USER, 'I', '{table}', NEW.ID, {ce.format(r='NEW')}, NULL, NULL, {_as_text(summary.format(r='NEW'), False)});
  ELSE IF (DELETING) THEN
    {head}
      VALUES (CURRENT_USER, 'D', '{table}', OLD.ID, {ce.format(r='OLD')}, NULL, {_as_text(summary.format(r='OLD'), False)}, NULL);
  ELSE
  BEGIN
{updates}
  END
END"""
    return name, sql
