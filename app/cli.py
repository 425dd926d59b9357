"""The admin/headless command line: ``python -m app <command>`` (also installed as ``kartoteka``).

Command names and options are a public interface: keep them stable. Every command takes
``--db TARGET`` (a file path for the embedded engine, or ``host/port:path-or-alias`` for a server)
with credentials from ``--user``/``--password-stdin`` or ``KARTOTEKA_USER``/``KARTOTEKA_PASSWORD``;
without ``--db`` the default embedded database in the user's data folder is used.

Exit codes: 0 success; 1 a user error; 2 connection failure; 3 not allowed; 4 schema mismatch;
64 bad usage. Errors are one line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from app import __version__, config
from app.errors import UserError
from app.i18n import translate


def _add_db_args(p: argparse.ArgumentParser, password_stdin: bool = True) -> None:
    g = p.add_argument_group(translate("app.cli", "connection"))
    g.add_argument("--db", metavar="TARGET",
                   help=translate("app.cli", "database file, or server DSN host/port:path-or-alias "
                                             "(default: the embedded demo database)"))
    g.add_argument("--user", help=translate("app.cli", "Firebird user (default: $KARTOTEKA_USER or SYSDBA)"))
    if password_stdin:
        g.add_argument("--password-stdin", action="store_true",
                       help=translate("app.cli", "read the password from the first line of standard input"))
    g.add_argument("--connect-role", dest="role", metavar="ROLE",
                   help=translate("app.cli", "SQL role to connect with (default: the login's CRM role)"))
    g.add_argument("--wan", action="store_true",
                   help=translate("app.cli", "slow link: turn on wire compression"))


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr (exit 64), like every other error of the CLI."""

    def error(self, message: str):
        print(f"kartoteka: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(64)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kartoteka",
        description=translate("app.cli", "Kartoteka CRM. Without a command, starts the desktop client."),
    )
    parser.add_argument("--version", action="version", version=f"Kartoteka CRM {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help=translate("app.cli", "start the desktop client (the default)"))
    _add_db_args(p)

    p = sub.add_parser("init", help=translate("app.cli", "create a new database with the current schema"))
    _add_db_args(p)
    p.add_argument("--force", action="store_true", help=translate("app.cli", "replace an existing database"))
    p.add_argument("--demo", type=int, metavar="N", default=0,
                   help=translate("app.cli", "also fill it with N demo clients"))

    p = sub.add_parser("migrate", help=translate("app.cli", "upgrade a database to this program's schema"))
    _add_db_args(p)
    p.add_argument("--backup-to", metavar="FILE.fbk", help=translate(
        "app.cli", "where the backup taken before upgrading goes (default: the backups folder in the user's "
                   "data folder)"))
    p.add_argument("--no-backup", action="store_true",
                   help=translate("app.cli", "upgrade without taking a backup first (tests, throw-away databases)"))

    p = sub.add_parser("demo", help=translate("app.cli", "add realistic demo data"))
    _add_db_args(p)
    p.add_argument("--clients", type=int, default=1000, metavar="N",
                   help=translate("app.cli", "number of clients (default 1000)"))
    p.add_argument("--seed", type=int, default=1, help=translate("app.cli", "random seed (default 1)"))

    p = sub.add_parser("info", help=translate("app.cli", "engine version, schema version and row counts"))
    _add_db_args(p)

    p = sub.add_parser("check", help=translate("app.cli", "check connectivity and schema health"))
    _add_db_args(p)

    p = sub.add_parser("users", help=translate("app.cli", "manage CRM users (Firebird logins); connects as "
                                                          "$KARTOTEKA_USER/$KARTOTEKA_PASSWORD (SYSDBA or RDB$ADMIN)"))
    us = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    u = us.add_parser("add", help=translate("app.cli", "create a user with a role"))
    u.add_argument("login")
    u.add_argument("--role", required=True, choices=("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER", "CRM_READONLY"),
                   type=str.upper)
    u.add_argument("--department", help=translate("app.cli", "department name (created if new)"))
    u.add_argument("--full-name", help=translate("app.cli", "the person's name as shown in the CRM"))
    u.add_argument("--scope", choices=("OWN", "DEPT", "ALL"), type=str.upper,
                   help=translate("app.cli", "record visibility (default from the role)"))
    u.add_argument("--password-stdin", action="store_true",
                   help=translate("app.cli", "read the NEW user's password from standard input"))
    _add_db_args(u, password_stdin=False)
    u = us.add_parser("list", help=translate("app.cli", "list users"))
    _add_db_args(u, password_stdin=False)
    u = us.add_parser("disable", help=translate("app.cli", "lock a user out"))
    u.add_argument("login")
    _add_db_args(u, password_stdin=False)
    u = us.add_parser("passwd", help=translate("app.cli", "set a user's password"))
    u.add_argument("login")
    u.add_argument("--password-stdin", action="store_true", required=True,
                   help=translate("app.cli", "read the new password from standard input"))
    _add_db_args(u, password_stdin=False)
    u = us.add_parser("role", help=translate("app.cli", "change a user's role (effective at the next login)"))
    u.add_argument("login")
    u.add_argument("--role", required=True, choices=("CRM_ADMIN", "CRM_HEAD", "CRM_MANAGER", "CRM_READONLY"),
                   type=str.upper)
    u.add_argument("--scope", choices=("OWN", "DEPT", "ALL"), type=str.upper)
    _add_db_args(u, password_stdin=False)

    p = sub.add_parser("report", help=translate("app.cli", "list the reports, or run one to PDF/XLSX/text"))
    p.add_argument("report_id", nargs="?", metavar="ID", help=translate("app.cli", "report id (see --list)"))
    p.add_argument("--list", action="store_true", dest="list_reports",
                   help=translate("app.cli", "print one line per report: id, category letter, title (tab-separated)"))
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help=translate("app.cli", "a parameter value, e.g. period=last_month or "
                                             "period=2026-01-01..2026-03-31 (repeatable)"))
    p.add_argument("--pdf", metavar="FILE", help=translate("app.cli", "write a PDF file"))
    p.add_argument("--xlsx", metavar="FILE", help=translate("app.cli", "write an Excel (XLSX) file"))
    p.add_argument("--today", metavar="YYYY-MM-DD", help=translate("app.cli", "the report's 'today' (default: today)"))
    p.add_argument("--lang", choices=("ru", "en"), help=translate("app.cli", "report language (default: the "
                                                                             "program's language option or $LANG)"))
    _add_db_args(p)
    p = sub.add_parser("jobs", help=translate("app.cli", "scheduled jobs (call from cron or the Windows Task "
                                                         "Scheduler); connect as a CRM administrator"))
    js = p.add_subparsers(dest="jobs_command", metavar="ACTION", required=True)
    j = js.add_parser("run", help=translate("app.cli", "run the time automation rules (deal idle, task overdue) "
                                                       "once; safe to repeat"))
    j.add_argument("--now", metavar="YYYY-MM-DDTHH:MM",
                   help=translate("app.cli", "reference time instead of the current time"))
    j.add_argument("--backup-dir", metavar="DIR", help=translate(
        "app.cli", "also make the day's backup into DIR (default: the folder set on the Backups page; none: "
                   "no backup) and rotate old ones"))
    j.add_argument("--keep-daily", type=int, metavar="N", help=translate("app.cli", "daily backups to keep"))
    j.add_argument("--keep-weekly", type=int, metavar="M", help=translate("app.cli", "weekly backups to keep"))
    _add_db_args(j)
    # duplicates and merge (issue #11)
    p = sub.add_parser("duplicates", help=translate("app.cli", "list groups of probable duplicate clients"))
    p.add_argument("--min-score", type=int, default=0, metavar="N",
                   help=translate("app.cli", "only groups scoring at least N (0-100)"))
    _add_db_args(p)
    p = sub.add_parser("merge", help=translate("app.cli", "merge clients, list merges, undo a merge"))
    ms = p.add_subparsers(dest="merge_command", metavar="ACTION", required=True)
    m = ms.add_parser("clients", help=translate("app.cli", "merge the clients into the first one (its values "
                                                           "win, gaps filled from the others)"))
    m.add_argument("ids", type=int, nargs="+", metavar="ID")
    _add_db_args(m)
    m = ms.add_parser("list", help=translate("app.cli", "list the merges, newest first"))
    _add_db_args(m)
    m = ms.add_parser("undo", help=translate("app.cli", "undo a merge (while the kept client is unchanged)"))
    m.add_argument("merge_id", type=int, metavar="MERGE")
    _add_db_args(m)

    # -- import (issue #11) ------------------------------------------------------------------
    p = sub.add_parser("import", help=translate("app.cli", "import clients or deals from XLSX, CSV/TSV or vCard; "
                                                           "list or undo imports"))
    ims = p.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    for what in ("clients", "deals"):
        i = ims.add_parser(what, help=translate("app.cli", "import from a file (XLSX, CSV/TSV, vCard)"))
        i.add_argument("file", metavar="FILE")
        i.add_argument("--mapping", metavar="NAME|FILE.json",
                       help=translate("app.cli", "a saved mapping's name or a mapping JSON file (default: the "
                                                 "mapping guessed from the headers)"))
        i.add_argument("--save-mapping", metavar="NAME",
                       help=translate("app.cli", "save the mapping used under this name"))
        i.add_argument("--sheet", metavar="S", help=translate("app.cli", "XLSX sheet name or number (default: the first)"))
        i.add_argument("--encoding", metavar="E", help=translate("app.cli", "CSV encoding (default: sniffed)"))
        i.add_argument("--delimiter", metavar="D", help=translate("app.cli", "CSV delimiter (default: sniffed; 'tab' for TSV)"))
        i.add_argument("--on-duplicate", choices=("skip", "update", "overwrite", "create"), default="skip",
                       help=translate("app.cli", "what to do with a client already in the base or earlier in the "
                                                 "file (default: skip)"))
        i.add_argument("--dry-run", action="store_true",
                       help=translate("app.cli", "check everything and print the counts; write nothing"))
        i.add_argument("--errors", metavar="FILE",
                       help=translate("app.cli", "where to write the failed rows with a reason column (default: "
                                                 "FILE.errors.csv/.xlsx next to the source)"))
        i.add_argument("--show-mapping", action="store_true",
                       help=translate("app.cli", "print the mapping as JSON and stop (edit it and pass --mapping)"))
        _add_db_args(i)
    i = ims.add_parser("undo", help=translate("app.cli", "undo an import: remove what it created, restore what it updated"))
    i.add_argument("batch", type=int, metavar="BATCH")
    _add_db_args(i)
    i = ims.add_parser("list", help=translate("app.cli", "list the imports (newest first)"))
    _add_db_args(i)
    _add_office_commands(sub)
    return parser


# --- office: copy / backup / restore (issue #15) -------------------------------------------------

def _add_office_commands(sub) -> None:
    p = sub.add_parser("copy", help=translate("app.cli", "copy a whole database into a new one on another engine "
                                                         "or server (resumes an interrupted copy)"))
    p.add_argument("--from", dest="source", required=True, metavar="SOURCE",
                   help=translate("app.cli", "the database to copy (file or host/port:path-or-alias)"))
    p.add_argument("--to", dest="target", required=True, metavar="TARGET",
                   help=translate("app.cli", "the new database (must not exist, or be an interrupted copy)"))
    p.add_argument("--user", help=translate("app.cli", "Firebird user for server sides (default: $KARTOTEKA_USER "
                                                       "or SYSDBA)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("app.cli", "read the password from standard input (else $KARTOTEKA_PASSWORD; "
                                             "a server source may use $KARTOTEKA_SOURCE_PASSWORD)"))
    p.add_argument("--wan", action="store_true", help=translate("app.cli", "slow link: turn on wire compression"))
    p.add_argument("--no-verify", action="store_true",
                   help=translate("app.cli", "skip comparing row counts and checksums afterwards"))

    p = sub.add_parser("backup", help=translate("app.cli", "back up a database into a .fbk file on this machine "
                                                           "(services API; server or embedded)"))
    _add_db_args(p)
    p.add_argument("--to", dest="file", required=True, metavar="FILE.fbk", help=translate("app.cli", "backup file"))
    p.add_argument("--verify", action="store_true",
                   help=translate("app.cli", "restore it into a temporary database and compare row counts and "
                                             "checksums of the key tables"))

    p = sub.add_parser("restore", help=translate("app.cli", "restore a .fbk file into a database (or only "
                                                            "verify it)"))
    p.add_argument("file", metavar="FILE.fbk")
    p.add_argument("--to", dest="db", metavar="TARGET",
                   help=translate("app.cli", "database to create (file or host/port:path-or-alias)"))
    p.add_argument("--replace", action="store_true",
                   help=translate("app.cli", "overwrite an existing database (refused while anyone uses it)"))
    p.add_argument("--verify", action="store_true",
                   help=translate("app.cli", "check the restored database against the figures saved with the "
                                             "backup (without --to: restore into a temporary database)"))
    p.add_argument("--user", help=translate("app.cli", "Firebird user (default: $KARTOTEKA_USER or SYSDBA)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("app.cli", "read the password from the first line of standard input"))


def cmd_copy(args) -> int:
    import os

    from app import copy_database
    from app.context import spec_from

    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    source_pw = os.environ.get("KARTOTEKA_SOURCE_PASSWORD") or password
    source = spec_from(args.source, args.user, source_pw, wan=args.wan)
    target = spec_from(args.target, args.user, password, wan=args.wan)

    def progress(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty() and what:
            print(f"\r{what}: {done}/{total}\x1b[K", end="", file=sys.stderr, flush=True)

    result = copy_database.copy_database(source, target, progress=progress, verify=not args.no_verify)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for t in result.tables:
        state = translate("app.cli", "ok") if t.ok else translate("app.cli", "DIFFERS")
        print(f"{t.name:<28} {t.source_rows:>10} {t.target_rows:>10}  {state}")
    print(translate("app.cli", "{verb} {rows} rows from {source} to {target} in {sec:.1f} s").format(
        verb=translate("app.cli", "Resumed: copied") if result.resumed else translate("app.cli", "Copied"),
        rows=result.rows, source=result.source, target=result.target, sec=result.seconds))
    if result.logins:
        print(translate("app.cli", "Logins are not copied. CRM users who need a login on the target "
                                   "(kartoteka users add LOGIN --role ROLE --password-stdin --db TARGET):"))
        for u in result.logins:
            have = "" if u.has_login is None else (translate("app.cli", "has a login") if u.has_login
                                                    else translate("app.cli", "needs a login"))
            state = "" if u.active else translate("app.cli", "(disabled)")
            print(f"  {u.login:<20} {u.role:<13} {u.full_name:<30} {have} {state}".rstrip())
    if result.tables and not result.verified:
        print("kartoteka: " + translate("app.cli", "the copy differs from the source (see the table above)"),
              file=sys.stderr)
        return 1
    return 0


def _byte_progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        size = f"{done / 1048576:.1f}" + (f"/{total / 1048576:.1f}" if total else "")
        print(f"\r{what}: {size} MiB\x1b[K", end="", file=sys.stderr, flush=True)


def _print_verify(v) -> int:
    for line in v.lines:
        print(line)
    if not v.ok:
        print("kartoteka: " + translate("app.cli", "verification failed"), file=sys.stderr)
        return 1
    return 0


def cmd_backup(args) -> int:
    from pathlib import Path

    from app import backup

    with _open(_spec(args), check_schema=False) as ctx:
        res = backup.backup_database(ctx, Path(args.file), verify=args.verify, progress=_byte_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("app.cli", "Backup {path}: {mb:.1f} MiB in {sec:.1f} s").format(
        path=res.path, mb=res.size / 1048576, sec=res.seconds))
    return _print_verify(res.verify) if res.verify is not None else 0


def cmd_restore(args) -> int:
    from pathlib import Path

    from app import backup
    from app.context import spec_from

    if not args.db:
        if not args.verify:
            raise UserError(translate("app.cli", "say where to restore with --to TARGET, or only check the file "
                                                 "with --verify"))
        return _print_verify(backup.verify_file(Path(args.file), progress=_byte_progress))
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    target = spec_from(args.db, args.user, password)
    res = backup.restore_database(Path(args.file), target, replace=args.replace, verify=args.verify,
                                  progress=_byte_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("app.cli", "Restored {target} in {sec:.1f} s").format(target=res.target, sec=res.seconds))
    return _print_verify(res.verify) if res.verify is not None else 0


def _spec(args):
    from app.context import spec_from

    password = None
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
    target = args.db if args.db is not None else str(config.default_database_path())
    return spec_from(target, args.user, password, args.role, wan=args.wan)


def _open(spec, **kw):
    """An AppContext, with Python's Ctrl+C back: the Firebird engine installs its own SIGINT and
    SIGTERM handlers at the first attach (they shut the attachment down under our feet); with
    Python's, Ctrl+C raises KeyboardInterrupt, the open transaction is rolled back on the way out
    and the command ends with "interrupted" (exit 130)."""
    import signal

    from app.context import AppContext

    ctx = AppContext(spec, **kw)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    return ctx


def _progress(done: int, total: int, what: str) -> None:
    # on a terminal, or when asked (KARTOTEKA_PROGRESS=1: a wrapper script or a test reads it)
    if sys.stderr.isatty() or os.environ.get("KARTOTEKA_PROGRESS") == "1":
        print(f"\r{what}: {done}/{total}", end="", file=sys.stderr, flush=True)


def cmd_init(args) -> int:
    from app import database

    spec = _spec(args)
    database.create_database(spec, force=args.force)
    print(translate("app.cli", "Created {target}").format(target=spec.target))
    if args.demo:
        args.clients, args.seed = args.demo, 1
        return cmd_demo(args)
    return 0


def cmd_migrate(args) -> int:
    from pathlib import Path

    from app import backup, database
    from db import migrate as dbmigrate

    with _open(_spec(args), check_schema=False) as ctx:
        if ctx.info.schema_revision != dbmigrate.head_revision() and not args.no_backup:
            try:
                if args.backup_to:
                    res = backup.backup_database(ctx, Path(args.backup_to))
                else:
                    res = backup.before_migrate(ctx)
            except UserError as exc:
                raise UserError(translate("app.cli", "No backup, no upgrade: {why} (--no-backup skips the "
                                                     "backup)").format(why=exc)) from None
            print(translate("app.cli", "Backup before upgrading: {path}").format(path=res.path))
        before, after = database.upgrade(ctx)
    if before == after:
        print(translate("app.cli", "Schema is current ({rev})").format(rev=after))
    else:
        print(translate("app.cli", "Schema upgraded from {before} to {after}").format(before=before or "-", after=after))
    return 0


def cmd_demo(args) -> int:
    from app import demo

    t0 = time.monotonic()
    with _open(_spec(args)) as ctx:
        summary = demo.generate(ctx, clients=args.clients, seed=args.seed, progress=_progress, my_day=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("app.cli", "Demo data added in {sec:.1f} s: {summary}").format(
        sec=time.monotonic() - t0, summary=", ".join(f"{k} {v}" for k, v in summary.items())))
    return 0


def cmd_info(args) -> int:
    from app import database

    with _open(_spec(args), check_schema=False) as ctx:
        info = database.database_info(ctx)
    print(f"database:        {info.target} ({info.mode})")
    print(f"engine:          Firebird {info.engine_version} (ODS {info.ods}, page {info.page_size})")
    print(f"size:            {info.size_bytes / 1048576:.1f} MiB")
    print(f"user:            {info.user}")
    wire = [w for w, on in (("encrypted", info.wire_encrypted), ("compressed", info.wire_compressed)) if on]
    print(f"wire:            {', '.join(wire) or '-'}")
    state = "current" if info.schema_revision == info.app_revision else f"program expects {info.app_revision}"
    print(f"schema:          {info.schema_revision or '-'} ({state})")
    print("rows:")
    for name, n in sorted(info.row_counts.items()):
        print(f"  {name:<28} {n:>10}")
    return 0


def cmd_check(args) -> int:
    from app import database

    with _open(_spec(args), check_schema=False) as ctx:
        result = database.check_database(ctx)
        print(translate("app.cli", "connected: {info}").format(info=ctx.info.describe()))
    for line in result.lines:
        print(line)
    if not result.ok:
        print(translate("app.cli", "check failed"), file=sys.stderr)
        return 1
    return 0


def cmd_users(args) -> int:
    from app import users
    from app.context import spec_from

    target = args.db if args.db is not None else str(config.default_database_path())
    spec = spec_from(target, args.user, None, args.role, wan=args.wan)  # admin password: $KARTOTEKA_PASSWORD
    new_password = None
    if getattr(args, "password_stdin", False):
        new_password = sys.stdin.readline().rstrip("\r\n")
    with _open(spec) as ctx:
        action = args.users_command
        if action == "add":
            info = users.add_user(ctx, args.login, args.role, new_password, department=args.department,
                                  full_name=args.full_name, scope=args.scope)
            print(translate("app.cli", "User {login} ({role}, scope {scope}) is ready").format(
                login=info.login, role=info.role, scope=info.scope))
        elif action == "list":
            for u in users.list_users(ctx):
                state = "" if u.is_active else "  (disabled)"
                print(f"{u.login:<20} {u.role:<13} {u.scope:<5} {u.department or '-':<20} {u.full_name}{state}")
        elif action == "disable":
            users.disable_user(ctx, args.login)
            print(translate("app.cli", "User {login} is disabled").format(login=args.login.upper()))
        elif action == "passwd":
            users.set_password(ctx, args.login, new_password or "")
            print(translate("app.cli", "Password of {login} changed").format(login=args.login.upper()))
        elif action == "role":
            info = users.set_role(ctx, args.login, args.role, args.scope)
            print(translate("app.cli", "User {login} now has role {role} (from the next login)").format(
                login=info.login, role=info.role))
    return 0


def cmd_report(args) -> int:
    """``report --list`` or ``report ID [--param k=v ...] [--pdf F] [--xlsx F]``: see reports/cli_report.py."""
    from reports.cli_report import run_command  # composition root: app.cli may reach up to reports

    return run_command(args, open_context=lambda: _open(_spec(args)))


def cmd_jobs(args) -> int:
    import datetime as dt

    from app import automation

    now = None
    if args.now:
        try:
            now = dt.datetime.fromisoformat(args.now)
            if not dt.datetime(1900, 1, 1) <= now <= dt.datetime(2999, 12, 31):
                raise ValueError(args.now)  # due dates are computed from it: 0001 or 9999 overflow (issue #10)
        except ValueError:
            raise UserError(translate("app.cli", "--now must be a date and time like 2026-01-31T09:00")) from None
    from app import backup

    with _open(_spec(args)) as ctx:
        report = automation.run_jobs(ctx, now)
        scheduled = backup.run_scheduled(ctx, now or dt.datetime.now(), args.backup_dir, args.keep_daily,
                                         args.keep_weekly)
    if scheduled.made is not None:
        print(translate("app.cli", "Backup: {path}").format(path=scheduled.made))
    for p in scheduled.deleted:
        print(translate("app.cli", "Old backup removed: {path}").format(path=p))
    for r in report.rules:
        print(translate("app.cli", "{name}: {n} done").format(name=r.name, n=r.done))
    for e in report.errors:
        print(f"kartoteka: {e}", file=sys.stderr)
    print(translate("app.cli", "Automation at {now}: {n} tasks/notifications from {rules} rules").format(
        now=report.now.isoformat(sep=" "), n=report.done, rules=len(report.rules)))
    return 0 if report.ok else 1


def cmd_duplicates(args) -> int:
    from app import dedupe

    with _open(_spec(args)) as ctx:
        groups = dedupe.find_duplicate_groups(ctx, min_score=args.min_score)
    for n, g in enumerate(groups, 1):
        print(translate("app.cli", "group {n}: score {score}, {reasons}").format(n=n, score=g.score,
                                                                              reasons=g.reason_text()))
        for c in g.clients:
            print(f"  {c.id}\t{c.name}\t{c.city or ''}\t{c.inn or ''}\t{c.phone or ''}\t{c.email or ''}")
    print(translate("app.cli", "%n group(s) of possible duplicates", None, len(groups)))
    return 0


def cmd_merge(args) -> int:
    from app import merge

    with _open(_spec(args)) as ctx:
        if args.merge_command == "clients":
            if len(set(args.ids)) < 2:
                raise UserError(translate("app.cli", "give the kept client's id and at least one more"))
            done = merge.merge_by_default(ctx, args.ids[0], args.ids[1:])
            print(translate("app.cli", "merge {id}: {merged} merged into {survivor}, {rows} rows moved").format(
                id=done.merge_id, merged=", ".join(map(str, done.merged_ids)), survivor=done.survivor_id,
                rows=done.moved_rows))
        elif args.merge_command == "undo":
            merge.undo_merge(ctx, args.merge_id)
            print(translate("app.cli", "merge {id} undone").format(id=args.merge_id))
        else:
            for m in merge.merge_history(ctx):
                print(f"{m.id}\t{m.merged_at:%Y-%m-%d %H:%M}\t{m.merged_by or ''}\t{m.state}\t"
                      f"{m.survivor_id}\t{','.join(map(str, m.merged_ids))}\t{m.moved_rows}")
    return 0


def cmd_import(args) -> int:
    """``import clients|deals FILE``, ``import undo BATCH``, ``import list`` (issue #11).

    Exit codes: 0 every row imported (or the dry run found no failing row); 1 some rows failed (the
    error file names them) or a user error; 2 connection; 3 not allowed; 4 schema mismatch."""
    from app import imports

    action = args.import_command
    if action == "list":
        with _open(_spec(args)) as ctx:
            for b in imports.list_batches(ctx):
                print(f"{b.id:>6}  {b.started_at:%Y-%m-%d %H:%M}  {b.kind:<7} {b.state:<9} {b.owner:<12} "
                      f"{b.total:>7} rows  +{b.created} ~{b.updated} ={b.skipped} !{b.failed}  {b.file_name}")
        return 0
    if action == "undo":
        with _open(_spec(args)) as ctx:
            res = imports.undo_import(ctx, args.batch)
        for entity, rid, why in res.kept:
            print(translate("app.cli", "kept {entity} #{id}: {why}").format(entity=entity.lower(), id=rid, why=why))
        print(translate("app.cli", "Import {batch} undone: {deleted} records removed, {restored} restored, {kept} left "
                                   "as they are").format(batch=args.batch, deleted=res.deleted, restored=res.restored,
                                                         kept=len(res.kept)))
        return 0
    from app.import_files import open_source

    src = open_source(args.file, sheet=args.sheet, encoding=args.encoding, delimiter=args.delimiter)
    need_db = not args.show_mapping or (args.mapping and not args.mapping.lower().endswith(".json"))
    ctx = _open(_spec(args)) if need_db else None
    try:
        mapping = (imports.load_mapping(ctx, action, args.mapping) if args.mapping
                   else imports.guess_mapping(action, src.headers))
        if args.show_mapping:
            print(mapping.to_json())
            return 0
        state = {"last": 0.0}

        def progress(p):
            now = time.monotonic()
            if sys.stderr.isatty() and now - state["last"] > 0.5:
                state["last"] = now
                print(f"\r{p.rows} rows, {p.rows_per_s:.0f} rows/s", end="", file=sys.stderr, flush=True)

        result = imports.run_import(ctx, action, args.file, mapping=mapping, sheet=args.sheet, encoding=args.encoding,
                                    delimiter=args.delimiter, on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                    progress=progress, keep_fates=False)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if args.save_mapping and not args.dry_run:
            imports.save_mapping(ctx, args.save_mapping, mapping)
    finally:
        if ctx is not None:
            ctx.close()
    where = {"xlsx": f"sheet “{src.sheet}”", "csv": f"{src.encoding}, delimiter {src.delimiter!r}",
             "vcf": f"vCard {src.note}"}.get(src.format, "")
    head = (translate("app.cli", "Dry run of {file} ({where}): {summary}") if args.dry_run
            else translate("app.cli", "Imported {file} ({where}) as batch {batch}: {summary}"))
    print(head.format(file=src.path.name, where=where, batch=result.batch_id, summary=result.summary()))
    if result.failed:
        out = args.errors or str(imports.error_file_name(args.file))
        n = imports.write_error_file(result, args.file, out, sheet=src.sheet)
        shown = 0
        for row_no, _row, reason in result.errors:
            if shown < 20:
                print(f"kartoteka: {src.path.name}:{row_no}: {reason}", file=sys.stderr)
            shown += 1
        if shown > 20:
            print("kartoteka: " + translate("app.cli", "... and {n} more").format(n=shown - 20), file=sys.stderr)
        print(translate("app.cli", "{n} failed rows with the reason written to {file}; correct them and import that "
                                   "file again").format(n=n, file=out))
        return 1
    return 0


def cmd_gui(args) -> int:
    import os

    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")):
        # Qt would abort with "could not connect to display" and a core dump
        print("kartoteka: " + translate("app.cli", "there is no graphical display here; run the desktop client in a "
                                                   "desktop session (or see 'kartoteka --help' for the commands)"),
              file=sys.stderr)
        return 2
    from ui.main import run  # composition root: the only place app reaches up to ui

    target = args.db if args is not None else None
    return run(target=target, user=getattr(args, "user", None), role=getattr(args, "role", None),
               wan=getattr(args, "wan", False))


COMMANDS = {
    "gui": cmd_gui,
    "init": cmd_init,
    "migrate": cmd_migrate,
    "demo": cmd_demo,
    "info": cmd_info,
    "check": cmd_check,
    "users": cmd_users,
    "report": cmd_report,
    "jobs": cmd_jobs,
    "duplicates": cmd_duplicates,
    "merge": cmd_merge,
    "import": cmd_import,
    "copy": cmd_copy,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]  # "kartoteka --db host/port:crm" starts the desktop client on that database
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return 0 if exc.code == 0 else 64
    command = args.command
    # a library's log record (SQLAlchemy's pool: "Exception terminating connection" + traceback when
    # Ctrl+C or a dead server cuts a commit short) would reach stderr through logging's last-resort
    # handler: the CLI's errors are its own one-line messages
    import logging

    logging.getLogger("sqlalchemy").addHandler(logging.NullHandler())
    if command not in ("gui", "report"):  # the GUI loads Qt's catalogue; `report` has --lang
        # messages, reference data and demo data in the user's language (LANG / the option),
        # read from the .ts without Qt (composition root: app.cli may reach up to reports)
        from reports.language import use_language

        use_language()
    try:
        if getattr(args, "db", None) is not None and not args.db.strip():
            from app.errors import BadTarget

            raise BadTarget("empty", args.db)  # --db "" is a mistake, never "the default database"
        return COMMANDS[command](args)
    except UserError as exc:
        print(f"kartoteka: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # output piped into head & co.
        return 0
    except KeyboardInterrupt:
        print("kartoteka: " + translate("app.cli", "interrupted"), file=sys.stderr)
        return 130
