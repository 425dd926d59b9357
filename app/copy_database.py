"""Moving a whole database to another engine or machine: ``kartoteka copy --from SOURCE --to TARGET``
and the GUI's *File › Move to the office server…*. Pure Python; returns dataclasses.

The target is created by the migrations at this program's schema revision and receives every row
of the source (ids, versions, history, files, audit) through :mod:`db.copy`; then row counts and
checksums are compared table by table. Works in any direction between an embedded file (FB5) and a
server (FB3+). Logins are not copied (they live in the server's security database): the result
lists the CRM users so that the administrator gives each of them a login.

An interrupted copy is resumed by running the same command again: the target carries a "copy in
progress" marker and each table continues after its last copied key.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.context import AppContext
from app.errors import ConnectionFailed, SchemaMismatch, UserError, from_driver
from app.i18n import translate
from db import copy as dbcopy
from db import engine as dbe
from db import migrate
from db.models import metadata

#: ``progress(done_rows, total_rows, table)``: after each committed page.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class TableCheck:
    name: str
    source_rows: int
    target_rows: int
    source_checksum: int
    target_checksum: int

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_checksum == self.target_checksum


@dataclass(frozen=True)
class LoginNeeded:
    """A CRM user of the copied database and whether the target's server already has its login."""

    login: str
    full_name: str
    role: str
    active: bool
    has_login: bool | None  #: None: an embedded target (no logins there)


@dataclass
class CopyResult:
    source: str
    target: str
    rows: int = 0
    resumed: bool = False
    finished: bool = False
    seconds: float = 0.0
    tables: list[TableCheck] = field(default_factory=list)
    logins: list[LoginNeeded] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return self.finished and bool(self.tables) and all(t.ok for t in self.tables)


class CopyCancelled(UserError):
    """The copy was stopped; running it again resumes it."""


def _exists(spec: dbe.ConnectSpec) -> bool | None:
    """True/False for an embedded file; None for a server (found out by attaching)."""
    if spec.target.kind == "embedded":
        return Path(spec.target.database).exists()
    return None


def _open_target(spec: dbe.ConnectSpec) -> tuple[AppContext, bool]:
    """(context, created) for the target: a new database, or an interrupted copy to resume."""
    exists = _exists(spec)
    if exists is None:
        try:
            ctx = AppContext(spec, check_schema=False)
            exists = True
        except ConnectionFailed as exc:
            if exc.kind != dbe.ERR_NO_DATABASE:
                raise
            exists = False
    elif exists:
        ctx = AppContext(spec, check_schema=False)
    if exists:
        with ctx.engine.connect() as conn:
            marker = dbcopy.description(conn)
        if not (marker or "").startswith(dbcopy.MARKER):
            ctx.close()
            raise UserError(translate(
                "app.copy", "The target {target} already exists. Copy into a new database (another file name or "
                            "server path), or delete it first.").format(target=spec.target))
        return ctx, False
    try:
        dbe.create_database(spec)
    except Exception as exc:
        raise from_driver(exc, str(spec.target)) from exc
    return AppContext(spec, check_schema=False), True


def copy_database(source: dbe.ConnectSpec, target: dbe.ConnectSpec, *, progress: Progress | None = None,
                  should_stop: Callable[[], bool] | None = None, verify: bool = True,
                  source_guard: bool = True) -> CopyResult:
    """Copy every row of ``source`` into a new database ``target`` (or resume an interrupted copy).

    ``source_guard=False``: the caller already holds the source's single-instance guard (the GUI
    moving the database it has open; several attachments in one process are fine)."""
    if source.target == target.target:
        raise UserError(translate("app.copy", "The source and the target are the same database."))
    t0 = time.monotonic()
    head = migrate.head_revision()
    plan = dbcopy.plan(metadata)
    result = CopyResult(str(source.target), str(target.target))
    with AppContext(source, check_schema=False, guard=source_guard) as src:
        rev = src.info.schema_revision
        if rev != head:
            if rev is not None and rev not in migrate.known_revisions():
                raise SchemaMismatch(rev, head, newer=True)
            raise UserError(translate(
                "app.copy", "The source database has schema {rev}; this program copies schema {head}. "
                            "Upgrade the source first with 'kartoteka migrate'.").format(rev=rev or "-", head=head))
        src.reader.restart()
        dst, created = _open_target(target)
        result.resumed = not created
        with dst:
            try:
                _prepare_target(dst, created, source)
            except UserError:
                raise
            except Exception as exc:
                raise from_driver(exc, str(target.target), connecting=False) from exc
            _copy_rows(src, dst, plan, result, progress, should_stop, verify)
    result.seconds = time.monotonic() - t0
    return result


def _copy_rows(src: AppContext, dst: AppContext, plan, result: CopyResult, progress, should_stop, verify) -> None:
    with src.engine.connect() as sconn, dst.engine.connect() as dconn:
        try:
            totals = dbcopy.row_counts(sconn, [tc.name for tc in plan])
            sconn.rollback()
            total = sum(totals.values())
            done = sum(dbcopy.row_counts(dconn, [tc.name for tc in plan]).values())
            dconn.rollback()
            if progress:
                progress(done, total, "")
            for tc in plan:
                def on_page(n: int, _name=tc.name) -> None:
                    nonlocal done
                    done += n
                    if progress:
                        progress(done, total, _name)

                result.rows += dbcopy.copy_table(sconn, dconn, tc, on_page=on_page, should_stop=should_stop)
                if should_stop is not None and should_stop():
                    raise CopyCancelled(translate(
                        "app.copy", "The copy was stopped; run it again to continue where it stopped."))
            for tc in plan:
                dbcopy.copy_self_refs(sconn, dconn, tc)
            dbcopy.restart_identities(dconn, plan)
            dbcopy.set_triggers_active(dconn, True)
            dbcopy.set_description(dconn, None)
            result.finished = True
            if verify:
                result.tables = verify_copy(sconn, dconn, progress=progress)
            result.logins = _logins(dst, dconn)
        except UserError:
            raise
        except KeyboardInterrupt:
            raise
        except Exception as exc:
            raise from_driver(exc, result.target, connecting=False) from exc


def _prepare_target(dst: AppContext, created: bool, source: dbe.ConnectSpec) -> None:
    """Marker, schema and inactive triggers on the target (each step safe to repeat on resume)."""
    if created:
        with dst.engine.connect() as conn:
            dbcopy.set_description(conn, f"{dbcopy.MARKER} from {source.target}")
    dst.reader.restart()
    rev = migrate.current_revision(dst.engine)
    if rev != migrate.head_revision():
        migrate.upgrade(dst.engine)
    dst.reader.restart()
    with dst.engine.connect() as c:
        dbcopy.set_triggers_active(c, False)
        if created:
            dbcopy.clear_tables(c, dbcopy.plan(metadata))


def verify_copy(sconn, dconn, *, progress: Progress | None = None) -> list[TableCheck]:
    """Row count and checksum of every table on both sides."""
    checks = []
    plan = dbcopy.plan(metadata)
    for i, tc in enumerate(plan):
        sn, ss = dbcopy.table_checksum(sconn, tc)
        dn, ds = dbcopy.table_checksum(dconn, tc)
        sconn.rollback()
        dconn.rollback()
        checks.append(TableCheck(tc.name, sn, dn, ss, ds))
        if progress:
            progress(i + 1, len(plan), translate("app.copy", "checking {table}").format(table=tc.name))
    return checks


def _logins(dst: AppContext, conn) -> list[LoginNeeded]:
    rows = conn.exec_driver_sql(
        "SELECT TRIM(LOGIN), FULL_NAME, ROLE_NAME, IS_ACTIVE FROM CRM_USERS ORDER BY LOGIN").all()
    existing: set[str] | None = None
    if dst.spec.target.kind == "server":
        existing = {r[0].strip() for r in conn.exec_driver_sql("SELECT TRIM(SEC$USER_NAME) FROM SEC$USERS")}
    conn.rollback()
    return [LoginNeeded(r[0], r[1] or "", (r[2] or "").strip(), bool(r[3]),
                        None if existing is None else r[0] in existing) for r in rows]


def move_open_database(ctx: AppContext, target: str, user: str, password: str, *, progress: Progress | None = None,
                       should_stop: Callable[[], bool] | None = None) -> CopyResult:
    """*File › Move to the office server…*: copy the database open in ``ctx`` to ``target`` (a new
    server database, ``host/port:path-or-alias``) with the administrator's login."""
    from app.context import spec_from

    try:
        spec = spec_from(target, user or "SYSDBA", password or "")
    except ValueError:
        raise UserError(translate("app.copy", "\"{target}\" is not a database file or server address.").format(
            target=target)) from None
    return copy_database(ctx.spec, spec, progress=progress, should_stop=should_stop, source_guard=False)
