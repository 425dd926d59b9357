"""Backup and restore: ``kartoteka backup``/``restore``, the nightly backup of ``jobs run`` with
rotation, the backup ``migrate`` takes first, and the Administration › Backups page. Pure Python.

The ``.fbk`` is made by the engine's gbak through the services API and streamed to the machine
that asks (:mod:`db.backup`). ``--verify`` restores it into a temporary embedded database (the FB5
engine restores FB3 backups too) and compares row counts of every table and checksums of the key
tables with the source; the figures are kept beside the file (``FILE.fbk.json``), so that
``restore --verify`` can later prove a restore against them. Each backup writes a line in the audit
trail (``EXPORT``, "database backup …"): the Backups page reads the last good one from there, so
every administrator's workstation sees it.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app import audit, config
from app.context import AppContext, spec_from
from app.errors import ConnectionFailed, NotAllowed, UserError, from_driver
from app.i18n import translate
from db import backup as dbbackup
from db import copy as dbcopy
from db import engine as dbe
from db import migrate
from db.models import metadata
from db.visibility import route_sql

#: Tables whose content (not only row count) a verification compares.
KEY_TABLES = ("CLIENTS", "CONTACTS", "DEALS", "DEAL_LINES", "INTERACTIONS", "TASKS", "CRM_USERS", "ATTACHMENTS")
#: Audit details prefix of a backup entry (action EXPORT).
AUDIT_PREFIX = "database backup"
#: A backup older than this is flagged on the Backups page.
STALE_AFTER = dt.timedelta(days=1)
#: Settings keys of the scheduled backup (SETTINGS table, edited on the Backups page).
SETTING_DIR, SETTING_DAILY, SETTING_WEEKLY = "backup.dir", "backup.keep_daily", "backup.keep_weekly"
DEFAULT_DAILY, DEFAULT_WEEKLY = 7, 4

#: ``progress(done, total, what)``
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class TableFigures:
    name: str
    rows: int
    checksum: int | None  #: only for KEY_TABLES


@dataclass
class VerifyResult:
    ok: bool
    lines: list[str] = field(default_factory=list)


@dataclass
class BackupResult:
    path: Path
    size: int
    seconds: float
    verify: VerifyResult | None = None


@dataclass
class RestoreResult:
    target: str
    seconds: float
    verify: VerifyResult | None = None


# ---------------------------------------------------------------------------------------------
# Figures: row counts and key-table checksums
# ---------------------------------------------------------------------------------------------

def figures(ctx: AppContext) -> dict[str, TableFigures]:
    plan = {tc.name: tc for tc in dbcopy.plan(metadata)}
    out: dict[str, TableFigures] = {}
    with ctx.engine.connect() as conn:
        counts = dbcopy.row_counts(conn, list(plan))
        for name, n in counts.items():
            checksum = dbcopy.table_checksum(conn, plan[name])[1] if name in KEY_TABLES else None
            out[name] = TableFigures(name, n, checksum)
        conn.rollback()
    return out


def _compare(expected: dict[str, TableFigures], actual: dict[str, TableFigures]) -> VerifyResult:
    lines, ok = [], True
    for name in sorted(expected):
        e, a = expected[name], actual.get(name)
        if a is None or a.rows != e.rows or (e.checksum is not None and a.checksum != e.checksum):
            ok = False
            lines.append(translate("app.backup", "{table}: {a} rows, expected {e}{sum}").format(
                table=name, a=a.rows if a else "-", e=e.rows,
                sum="" if a is None or a.rows != e.rows else translate("app.backup", " (content differs)")))
    total = sum(f.rows for f in expected.values())
    if ok:
        lines.append(translate("app.backup", "verified: {tables} tables, {rows} rows, {keys} key tables by checksum")
                     .format(tables=len(expected), rows=total, keys=sum(1 for f in expected.values() if f.checksum
                                                                       is not None)))
    return VerifyResult(ok, lines)


def _manifest_path(fbk: Path) -> Path:
    return fbk.with_name(fbk.name + ".json")


def _write_manifest(fbk: Path, figs: dict[str, TableFigures], revision: str | None, source: str) -> None:
    data = {"source": source, "revision": revision, "created": dt.datetime.now().isoformat(timespec="seconds"),
            "tables": {n: {"rows": f.rows, "checksum": f.checksum} for n, f in figs.items()}}
    _manifest_path(fbk).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _read_manifest(fbk: Path) -> dict[str, TableFigures] | None:
    p = _manifest_path(fbk)
    if not p.exists():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return {n: TableFigures(n, int(v["rows"]), v.get("checksum")) for n, v in data["tables"].items()}
    except (ValueError, KeyError, TypeError):
        return None


def _restore_to_temp(fbk: Path, progress: Progress | None) -> tuple[Path, dbe.ConnectSpec]:
    tmpdir = Path(tempfile.mkdtemp(prefix="kartoteka-verify-"))
    spec = spec_from(str(tmpdir / "verify.fdb"))
    with open(fbk, "rb") as f:
        dbbackup.restore_from_stream(f, spec, progress=_bytes(progress, translate("app.backup", "restoring")))
    return tmpdir, spec


def _bytes(progress: Progress | None, what: str):
    if progress is None:
        return None
    return lambda done, total: progress(done, total, what)


def _cleanup(tmpdir: Path) -> None:
    for p in tmpdir.glob("*"):
        p.unlink(missing_ok=True)
    tmpdir.rmdir()


# ---------------------------------------------------------------------------------------------
# Backup
# ---------------------------------------------------------------------------------------------

def backup_database(ctx: AppContext, dest: Path, *, verify: bool = False, progress: Progress | None = None,
                    should_stop: Callable[[], bool] | None = None) -> BackupResult:
    """Back up the database of ``ctx`` into ``dest`` on this machine (written as ``dest.part`` and
    renamed when complete, so a broken backup never looks like a good one)."""
    dest = Path(dest).expanduser().resolve()
    if dest.is_dir():
        raise UserError(translate("app.backup", "{path} is a folder; give a file name like crm.fbk.").format(path=dest))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(translate("app.backup", "Cannot write to {path}: {why}").format(path=dest.parent,
                                                                                    why=exc.strerror)) from None
    part = dest.with_name(dest.name + ".part")
    t0 = time.monotonic()
    try:
        with open(part, "wb") as out:
            size = dbbackup.backup_to_stream(ctx.spec, out, progress=_bytes(progress, translate("app.backup", "backup")),
                                             should_stop=should_stop)
        os.replace(part, dest)
    except OSError as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, InterruptedError):
            raise UserError(translate("app.backup", "The backup was stopped; no file was written.")) from None
        raise UserError(translate("app.backup", "Cannot write to {path}: {why}").format(path=dest,
                                                                                    why=exc.strerror)) from None
    except Exception as exc:
        part.unlink(missing_ok=True)
        raise _service_error(exc, ctx.info.target) from exc
    result = BackupResult(dest, size, time.monotonic() - t0)
    if verify:
        result.verify = verify_against(ctx, dest, progress=progress)
    line = f"{AUDIT_PREFIX} {dest} ({size} bytes)" + (
        "" if result.verify is None else (", verified" if result.verify.ok else ", VERIFY FAILED"))
    from db import migrate

    if ctx.info.schema_revision == migrate.head_revision():
        audit.log_event(ctx, "EXPORT", line)
    # else: the backup ``migrate`` takes of an older schema, which may not have SP_LOG_EVENT (before
    # 0004) or may refuse the kind; the file and its .json are the record, the next backup logs
    return result


def verify_against(ctx: AppContext, fbk: Path, *, progress: Progress | None = None) -> VerifyResult:
    """Restore ``fbk`` into a temporary database and compare it with the open database ``ctx``;
    the restored figures are saved beside the file for ``restore --verify``."""
    tmpdir, spec = _restore_to_temp(fbk, progress)
    try:
        with AppContext(spec, check_schema=False) as restored:
            got = figures(restored)
            rev = restored.info.schema_revision
        expected = figures(ctx)
        res = _compare(expected, got)
        if res.ok:
            _write_manifest(fbk, got, rev, ctx.info.target)
        return res
    finally:
        _cleanup(tmpdir)


def _service_error(exc: BaseException, target: str) -> UserError:
    text = str(exc)
    if "ASCII" in text:
        return UserError(translate("app.backup", "The services API cannot take this name: {why}").format(why=text))
    err = from_driver(exc, target, connecting=False)
    return err


# ---------------------------------------------------------------------------------------------
# Restore
# ---------------------------------------------------------------------------------------------

def _target_exists(spec: dbe.ConnectSpec) -> bool:
    if spec.target.kind == "embedded":
        return Path(spec.target.database).exists()
    try:
        AppContext(spec, check_schema=False).close()
        return True
    except ConnectionFailed as exc:
        if exc.kind == dbe.ERR_NO_DATABASE:
            return False
        raise


def restore_database(fbk: Path, target: dbe.ConnectSpec, *, replace: bool = False, verify: bool = False,
                     progress: Progress | None = None) -> RestoreResult:
    """Restore ``fbk`` (a file on this machine) into ``target``.

    An existing database is replaced only with ``replace`` and only when nobody uses it (no other
    attachment; for an embedded file, no other program holding it). An embedded file is restored
    beside the old one and swapped in at the end, so a failed restore leaves the old one intact.
    """
    fbk = Path(fbk).expanduser().resolve()
    if not fbk.is_file():
        raise UserError(translate("app.backup", "There is no backup file {path}.").format(path=fbk))
    t0 = time.monotonic()
    exists = _target_exists(target)
    if exists and not replace:
        raise UserError(translate("app.backup", "The database {target} exists; add --replace to overwrite it.")
                        .format(target=target.target))
    guard = None
    if exists:
        guard = _ensure_unused(target)
    try:
        if target.target.kind == "embedded":
            final = Path(target.target.database)
            final.parent.mkdir(parents=True, exist_ok=True)
            temp = final.with_name(final.name + ".restoring")
            temp.unlink(missing_ok=True)
            tspec = dbe.ConnectSpec(dbe.Target("embedded", str(temp)), user=target.user)
            try:
                with open(fbk, "rb") as f:
                    dbbackup.restore_from_stream(f, tspec, progress=_bytes(progress, translate("app.backup",
                                                                                              "restoring")))
                os.replace(temp, final)
            except Exception:
                temp.unlink(missing_ok=True)
                raise
        else:
            with open(fbk, "rb") as f:
                dbbackup.restore_from_stream(f, target, replace=exists,
                                             progress=_bytes(progress, translate("app.backup", "restoring")))
    except UserError:
        raise
    except Exception as exc:
        raise _service_error(exc, str(target.target)) from exc
    finally:
        if guard is not None:
            guard.release()
    result = RestoreResult(str(target.target), time.monotonic() - t0)
    if verify:
        with AppContext(target, check_schema=False) as ctx:
            result.verify = _verify_restored(ctx, fbk)
    return result


def _ensure_unused(spec: dbe.ConnectSpec):
    """Refuse (NotAllowed) when someone else has the database open; returns the embedded guard,
    held until the restore ends."""
    guard = None
    if spec.target.kind == "embedded":
        guard = dbe.EmbeddedGuard(spec.target.database)
        try:
            guard.acquire()
        except dbe.EmbeddedLockError:
            raise NotAllowed(translate("app.backup", "The database {target} is in use by another program; close it "
                                                     "there before restoring over it.").format(
                target=spec.target)) from None
    try:
        with AppContext(spec, check_schema=False, guard=False) as ctx, ctx.engine.connect() as conn:
            n = dbbackup.other_attachments(conn)
    except UserError:
        if guard is not None:
            guard.release()
        raise
    if n:
        if guard is not None:
            guard.release()
        raise NotAllowed(translate("app.backup", "The database {target} is in use ({n} connections); ask everyone to "
                                                 "close Kartoteka before restoring over it.").format(
            target=spec.target, n=n))
    return guard


def _verify_restored(ctx: AppContext, fbk: Path) -> VerifyResult:
    from app.database import check_database

    check = check_database(ctx)
    lines = list(check.lines)
    expected = _read_manifest(fbk)
    if expected is None:
        lines.append(translate("app.backup", "no figures beside the backup (make it with --verify to get them): "
                                             "only the schema was checked"))
        return VerifyResult(check.ok, lines)
    cmp = _compare(expected, figures(ctx))
    return VerifyResult(check.ok and cmp.ok, lines + cmp.lines)


def verify_file(fbk: Path, *, progress: Progress | None = None) -> VerifyResult:
    """``restore FILE --verify`` without a target: restore into a temporary database, check it and
    compare it with the figures saved beside the backup."""
    fbk = Path(fbk).expanduser().resolve()
    if not fbk.is_file():
        raise UserError(translate("app.backup", "There is no backup file {path}.").format(path=fbk))
    try:
        tmpdir, spec = _restore_to_temp(fbk, progress)
    except Exception as exc:
        raise _service_error(exc, str(fbk)) from exc
    try:
        with AppContext(spec, check_schema=False) as ctx:
            return _verify_restored(ctx, fbk)
    finally:
        _cleanup(tmpdir)


# ---------------------------------------------------------------------------------------------
# Scheduled backups, rotation, the Backups page
# ---------------------------------------------------------------------------------------------

_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<date>\d{4}-\d{2}-\d{2})\.fbk$")


def scheduled_name(ctx: AppContext, day: dt.date) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(ctx.spec.target.database).stem, flags=re.UNICODE) or "kartoteka"
    return f"{stem}-{day.isoformat()}.fbk"


def to_delete(files: list[Path], keep_daily: int, keep_weekly: int) -> list[Path]:
    """Rotation: keep the newest ``keep_daily`` daily backups, and for each of the newest
    ``keep_weekly`` ISO weeks (older than those days) the newest backup of that week."""
    dated = []
    for p in files:
        m = _NAME_RE.match(p.name)
        if m:
            try:
                dated.append((dt.date.fromisoformat(m.group("date")), p))
            except ValueError:
                continue
    dated.sort(reverse=True)
    keep = {p for _, p in dated[:max(keep_daily, 0)]}
    weeks: dict[tuple[int, int], Path] = {}
    for d, p in dated:
        wk = d.isocalendar()[:2]
        if wk not in weeks:
            weeks[wk] = p
    for wk in sorted(weeks, reverse=True)[:max(keep_weekly, 0)]:
        keep.add(weeks[wk])
    return [p for _, p in dated if p not in keep]


@dataclass(frozen=True)
class BackupSettings:
    folder: str | None
    keep_daily: int = DEFAULT_DAILY
    keep_weekly: int = DEFAULT_WEEKLY


def load_settings(ctx: AppContext) -> BackupSettings:
    with ctx.engine.connect() as conn:
        rows = dict(conn.exec_driver_sql(route_sql(
            "SELECT TRIM(\"KEY\"), TEXT_VALUE FROM SETTINGS WHERE \"KEY\" STARTING WITH 'backup.'")).all())
        conn.rollback()

    def num(key: str, default: int) -> int:
        try:
            return max(0, int(rows.get(key) or default))
        except ValueError:
            return default

    return BackupSettings(rows.get(SETTING_DIR) or None, num(SETTING_DAILY, DEFAULT_DAILY),
                          num(SETTING_WEEKLY, DEFAULT_WEEKLY))


def save_settings(ctx: AppContext, settings: BackupSettings) -> None:
    """The Backups page's settings (a CRM administrator; others get NotAllowed from the server)."""
    values = {SETTING_DIR: settings.folder or "", SETTING_DAILY: str(settings.keep_daily),
              SETTING_WEEKLY: str(settings.keep_weekly)}
    try:
        with ctx.engine.connect() as conn:
            for key, value in values.items():
                conn.exec_driver_sql(route_sql("UPDATE OR INSERT INTO SETTINGS (\"KEY\", TEXT_VALUE) VALUES (?, ?) "
                                               "MATCHING (\"KEY\")"), (key, value))
            conn.commit()
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


@dataclass(frozen=True)
class ScheduledResult:
    made: Path | None
    deleted: list[Path]
    skipped_reason: str | None = None


def run_scheduled(ctx: AppContext, now: dt.datetime, folder: str | None = None, keep_daily: int | None = None,
                  keep_weekly: int | None = None) -> ScheduledResult:
    """The nightly backup of ``jobs run``: one verified backup per day into the folder (from the
    Backups page or ``--backup-dir``), then rotation. Safe to repeat: a day's backup is made once."""
    st = load_settings(ctx)
    folder = folder or st.folder
    if not folder:
        return ScheduledResult(None, [], translate("app.backup", "no backup folder set"))
    d = Path(folder).expanduser()
    dest = d / scheduled_name(ctx, now.date())
    made = None
    if not dest.exists():
        res = backup_database(ctx, dest, verify=True)
        if res.verify is not None and not res.verify.ok:
            raise UserError(translate("app.backup", "The backup {path} did not verify: {why}").format(
                path=dest, why="; ".join(res.verify.lines)))
        made = dest
    old = to_delete(sorted(d.glob("*.fbk")), st.keep_daily if keep_daily is None else keep_daily,
                    st.keep_weekly if keep_weekly is None else keep_weekly)
    for p in old:
        p.unlink(missing_ok=True)
        _manifest_path(p).unlink(missing_ok=True)
    return ScheduledResult(made, old)


@dataclass(frozen=True)
class BackupStatus:
    last_at: dt.datetime | None
    last_details: str | None
    stale: bool
    settings: BackupSettings


def backup_status(ctx: AppContext, now: dt.datetime | None = None) -> BackupStatus:
    """The last good backup (from the audit trail) and whether it is older than a day."""
    now = now or dt.datetime.now()
    with ctx.engine.connect() as conn:
        row = conn.exec_driver_sql(route_sql(
            "SELECT FIRST 1 LOGGED_AT, DETAILS FROM AUDIT_LOG WHERE ACTION = 'EXPORT' AND DETAILS STARTING WITH ? "
            "AND DETAILS NOT CONTAINING 'VERIFY FAILED' ORDER BY LOGGED_AT DESC"), (AUDIT_PREFIX,)).first()
        conn.rollback()
    last_at, details = (row[0], row[1]) if row else (None, None)
    stale = last_at is None or now - last_at > STALE_AFTER
    return BackupStatus(last_at, details, stale, load_settings(ctx))


def before_migrate(ctx: AppContext, folder: Path | None = None) -> BackupResult:
    """The backup ``migrate`` takes first (into the user's data folder unless told otherwise)."""
    folder = folder or (config.data_dir() / "backups")
    rev = ctx.info.schema_revision or "empty"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = re.sub(r"[^\w.-]+", "_", Path(ctx.spec.target.database).stem, flags=re.UNICODE) or "kartoteka"
    return backup_database(ctx, folder / f"{stem}-before-{rev}-to-{migrate.head_revision()}-{stamp}.fbk")
