"""Creating, upgrading, describing and checking a database (the ``init``/``migrate``/``info``/``check``
commands and the GUI's first start). Pure Python; returns dataclasses.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace

from sqlalchemy import select, text

from app.context import AppContext, check_revision
from app.errors import ConnectionFailed, IncompleteDatabase, UserError, connection_message, from_driver
from app.i18n import translate
from db import engine as dbe
from db import info as dbinfo
from db import migrate
from db.models import CrmUser, Department, Funnel, LostReason, Setting, Source, Stage, Tag


@dataclass(frozen=True)
class DatabaseInfo:
    target: str
    mode: str
    engine_version: str
    ods: str
    page_size: int
    size_bytes: int
    user: str
    schema_revision: str | None
    app_revision: str
    wire_encrypted: bool
    wire_compressed: bool
    row_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    lines: list[str]


def create_database(spec: dbe.ConnectSpec, *, force: bool = False) -> None:
    """Create a database at ``spec.target`` with the newest schema and the reference data.

    Never leaves a half-built database behind (issue #10):

    * embedded: everything is built in a hidden file next to the target, which is renamed onto
      the target at the very end (an interrupted ``init`` leaves the target as it was; the hidden
      file is removed by the next ``init``). ``force`` replaces an existing file the same way, so
      the old database survives until the new one is complete. The target's single-instance lock
      is held throughout.
    * server: there is no rename on the server, so the database carries a mark
      (:data:`db.info.INIT_MARK`) from CREATE DATABASE until its reference data is in. ``init`` on
      a marked database drops it and starts over; ``migrate``, ``info`` and opening it say it is
      incomplete. ``force`` drops an existing complete database first.
    """
    target = str(spec.target)
    if spec.target.kind == "embedded":
        _create_embedded(spec, force)
        return
    exists, marked = _server_state(spec)
    if exists and not (force or marked):
        raise UserError(translate("app.database", "The database {target} already exists (use --force to replace it).")
                        .format(target=target))
    if exists:
        try:
            dbe.drop_database(spec)
        except Exception as exc:
            raise from_driver(exc, target) from exc
    _build(spec)


def _create_embedded(spec: dbe.ConnectSpec, force: bool) -> None:
    from pathlib import Path

    target = str(spec.target)
    path = Path(spec.target.database)
    guard = dbe.EmbeddedGuard(str(path))
    try:
        guard.acquire()
    except dbe.EmbeddedLockError:
        raise ConnectionFailed(dbe.ERR_LOCKED, connection_message(dbe.ERR_LOCKED, target)) from None
    part = path.with_name(f".{path.name}.building")
    part_lock = part.with_name(part.name + ".lock")
    try:
        if path.exists() and not force:
            raise UserError(translate("app.database", "The database {target} already exists (use --force to replace "
                                                      "it).").format(target=target))
        part.unlink(missing_ok=True)  # left by an interrupted init
        try:
            _build(replace(spec, target=dbe.Target("embedded", str(part))))
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    finally:
        part_lock.unlink(missing_ok=True)
        guard.release()


def _server_state(spec: dbe.ConnectSpec) -> tuple[bool, bool]:
    """(the server database exists, it carries the init mark)."""
    engine = dbe.make_engine(spec)
    try:
        with engine.connect() as conn:
            marked = dbinfo.init_marked(conn)
            conn.rollback()
        return True, marked
    except Exception as exc:
        if dbe.classify_error(exc) == dbe.ERR_NO_DATABASE:
            return False, False
        raise from_driver(exc, str(spec.target)) from exc
    finally:
        engine.dispose()


def _build(spec: dbe.ConnectSpec) -> None:
    """CREATE DATABASE, mark, migrate, seed, unmark (the mark goes last, with the data in)."""
    target = str(spec.target)
    try:
        dbe.create_database(spec)
    except Exception as exc:
        raise from_driver(exc, target) from exc
    with AppContext(spec, check_schema=False, guard=spec.target.kind != "embedded") as ctx:
        _set_mark(ctx, True)
        upgrade(ctx, resuming_init=True)
        seed_reference_data(ctx)
        _set_mark(ctx, False)


def _set_mark(ctx: AppContext, on: bool) -> None:
    with ctx.engine.connect() as conn:
        dbinfo.set_init_mark(conn, on)
        conn.commit()


def _refuse_incomplete(ctx: AppContext) -> None:
    """IncompleteDatabase if an ``init`` of this database never finished."""
    with ctx.engine.connect() as conn:
        marked = dbinfo.init_marked(conn)
        conn.rollback()
    if marked:
        raise IncompleteDatabase(ctx.info.target)


def upgrade(ctx: AppContext, *, resuming_init: bool = False) -> tuple[str | None, str]:
    """Migrate to the newest schema; returns (revision before, revision after).

    A database whose ``init`` was interrupted is refused (IncompleteDatabase: ``init`` starts it
    over); a revision that fails is one UserError naming it, never a traceback."""
    if not resuming_init:
        _refuse_incomplete(ctx)
    before = migrate.current_revision(ctx.engine)
    if before is not None and before not in migrate.known_revisions():
        check_revision(before)  # raises: newer than this program
    ctx.reader.restart()  # prepared statements would hold objects a revision re-creates ("in use")
    try:
        migrate.upgrade(ctx.engine)
    except Exception as exc:
        if isinstance(exc, UserError):
            raise
        try:
            at = migrate.current_revision(ctx.engine)
        except Exception:
            at = None
        text_ = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise UserError(translate(
            "app.database", "Upgrading the schema of {target} failed after revision {rev}: {why}. If an earlier "
                            "'init' or 'migrate' was interrupted, restore the backup (or create the database again "
                            "with 'kartoteka init --force').").format(
            target=ctx.info.target, rev=at or "-", why=(text_[-1].lstrip("- ") if text_ else "?")),
            str(exc)) from exc
    after = migrate.current_revision(ctx.engine)
    return before, after


def seed_reference_data(ctx: AppContext) -> None:
    """Reference data every new database needs: the administrator's user row, a department, the
    default sales funnel with stages, lost reasons, sources, tags and company settings."""
    with ctx.sessions.begin() as s:
        if s.scalar(select(CrmUser.id).limit(1)) is not None:
            return
        dept = Department(name=translate("app.database", "Sales"))
        s.add(dept)
        s.flush()
        s.add(CrmUser(login=ctx.info.user.upper(), full_name=translate("app.database", "Administrator"),
                      department_id=dept.id, role_name="CRM_ADMIN", scope="ALL"))
        funnel = Funnel(name=translate("app.database", "Sales"), sort_order=1, is_default=True)
        s.add(funnel)
        s.flush()
        stages = [
            (translate("app.database", "New lead"), 10, "#9E9E9E", False, False, 0, None),
            (translate("app.database", "Qualification"), 20, "#42A5F5", False, False, 14, None),
            (translate("app.database", "Proposal"), 40, "#7E57C2", False, False, 14, "AMOUNT"),
            (translate("app.database", "Negotiation"), 70, "#FFA726", False, False, 10, "AMOUNT"),
            (translate("app.database", "Won"), 100, "#66BB6A", True, False, 0, None),
            (translate("app.database", "Lost"), 0, "#EF5350", False, True, 0, None),
        ]
        for i, (name, prob, color, won, lost, rot, req) in enumerate(stages, start=1):
            s.add(Stage(funnel_id=funnel.id, name=name, sort_order=i, probability=prob, color=color,
                        is_won=won, is_lost=lost, rot_days=rot, required_fields=req))
        for i, name in enumerate([
            translate("app.database", "Price too high"),
            translate("app.database", "Chose a competitor"),
            translate("app.database", "No budget"),
            translate("app.database", "No decision"),
            translate("app.database", "Not our client"),
        ], start=1):
            s.add(LostReason(name=name, sort_order=i))
        for name in [
            translate("app.database", "Website"),
            translate("app.database", "Incoming call"),
            translate("app.database", "Referral"),
            translate("app.database", "Exhibition"),
            translate("app.database", "Cold call"),
            translate("app.database", "E-mail campaign"),
        ]:
            s.add(Source(name=name))
        for name, color in (("VIP", "#D32F2F"), ("Partner", "#1976D2"), ("Tender", "#7B1FA2")):
            s.add(Tag(name=name, color=color))
        for key, value in (
            ("company.name", "Kartoteka"),
            ("files.storage", "DB"),
            ("clients.sleeping_days", "60"),
            ("db.created_at", dt.datetime.now().isoformat(timespec="seconds")),
        ):
            s.add(Setting(key=key, text_value=value))


def database_info(ctx: AppContext, *, counts: bool = True) -> DatabaseInfo:
    """Engine, schema and row counts: three statements on the read channel (bench/README.md)."""
    _refuse_incomplete(ctx)
    r = ctx.reader
    r.restart()  # see tables created since the channel started (after init/migrate)
    facts = dbinfo.connect_facts(r)
    rows: dict[str, int] = {}
    if counts:
        tables = [t[0].strip() for t in r.query(dbinfo.USER_TABLES_SQL)]
        try:
            if tables:
                rows = {n.strip(): int(c) for n, c in r.query(dbinfo.row_counts_sql(tables))}
        except Exception as exc:
            # the counts read the visibility views, which a database left behind by an
            # interrupted migration (or one built by an older program) may lack: then info
            # shows everything else and its schema line says what to do, never a traceback
            if facts["revision"] == migrate.head_revision():
                raise from_driver(exc, ctx.info.target, connecting=False) from exc
            r.restart()
    return DatabaseInfo(
        target=ctx.info.target,
        mode=ctx.info.mode,
        engine_version=str(facts["engine_version"]),
        ods=str(facts["ods"]),
        page_size=int(facts["page_size"]),
        size_bytes=int(facts["size_bytes"]),
        user=str(facts["user"]),
        schema_revision=facts["revision"],
        app_revision=migrate.head_revision(),
        wire_encrypted=bool(facts["wire_encrypted"]),
        wire_compressed=bool(facts["wire_compressed"]),
        row_counts=rows,
    )


def check_database(ctx: AppContext) -> CheckResult:
    """Connectivity and schema health: revision, every model table present, triggers active."""
    lines: list[str] = []
    ok = True
    with ctx.engine.connect() as conn:
        if dbinfo.init_marked(conn):
            ok = False
            lines.append(str(IncompleteDatabase(ctx.info.target)))
        conn.rollback()
    rev = ctx.info.schema_revision
    head = migrate.head_revision()
    if rev == head:
        lines.append(translate("app.database", "schema revision {rev}: current").format(rev=rev))
    else:
        ok = False
        lines.append(translate("app.database", "schema revision {rev}: expected {head}").format(rev=rev, head=head))
    from db.models import metadata

    with ctx.engine.connect() as conn:
        present = set(dbinfo.user_tables(conn))
        missing = sorted(t for t in metadata.tables if t.upper() not in present)
        inactive = [
            r[0].strip()
            for r in conn.execute(
                text("SELECT rdb$trigger_name FROM rdb$triggers WHERE COALESCE(rdb$system_flag, 0) = 0 "
                     "AND rdb$trigger_inactive = 1")
            )
        ]
        conn.rollback()
        outbound = dbinfo.outbound_connections(conn) if ctx.info.mode != "embedded" else False
    lines.append(wire_line(ctx))
    if missing:
        ok = False
        lines.append(translate("app.database", "missing tables: {names}").format(names=", ".join(missing)))
    else:
        lines.append(translate("app.database", "all {n} tables present").format(n=len(metadata.tables)))
    if inactive:
        ok = False
        lines.append(translate("app.database", "inactive triggers: {names}").format(names=", ".join(inactive)))
    # a warning, not a failure: the server's configuration is the administrator's (SECURITY.md §1)
    if outbound:
        lines.append(translate("app.database", "warning: any login can make the server connect out (EXECUTE STATEMENT "
                                               "ON EXTERNAL); set Providers = Engine12 on the server (SECURITY.md §1)"))
    elif outbound is None:
        lines.append(translate("app.database", "outbound connections of the server: could not be determined"))
    elif ctx.info.mode != "embedded":
        lines.append(translate("app.database", "outbound connections of the server: off"))
    return CheckResult(ok, lines)


def wire_line(ctx: AppContext) -> str:
    """``check``'s line about the wire: which cipher, and a word when it is the weak one."""
    if ctx.spec.target.kind == "embedded":
        return translate("app.database", "wire: none (embedded file on this computer)")
    name = ctx.info.wire_cipher
    if not ctx.info.wire_encrypted:
        return translate("app.database", "wire: NOT encrypted")
    if (name or "").lower() == "arc4":
        return translate("app.database", "wire: encrypted with Arc4 (Firebird 3; weak: keep the port inside a VPN, "
                                         "or use Firebird 4/5 for ChaCha)")
    return translate("app.database", "wire: encrypted with {name}").format(name=name or "?")
