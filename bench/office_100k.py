"""Backup, restore and copy timings of a big database (issue #15), run by hand.

    python -m app init --demo 100000 --db /tmp/office100k.fdb        # once (about 20 minutes)
    python -m bench.office_100k /tmp/office100k.fdb [--server]

Embedded: services backup to a local .fbk, restore into a new file. With ``--server`` a private FB3
server is started (tests/fbserver.py): the file is copied to it with ``copy`` (row for row, verified),
then backed up through the server's services API (streamed here) and restored onto the server.
Prints one line per step with seconds and sizes.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from app import backup, copy_database
from app.context import AppContext, spec_from


def _t(label: str, fn):
    t0 = time.monotonic()
    result = fn()
    print(f"{label:<40} {time.monotonic() - t0:8.1f} s", flush=True)
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--server", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="office-bench-"))
    src = spec_from(args.db)
    fbk = work / "копия 100k.fbk"
    with AppContext(src) as ctx:
        res = _t("embedded backup (services, streamed)", lambda: backup.backup_database(ctx, fbk))
    print(f"  .fbk {res.size / 1048576:.0f} MiB; database {Path(args.db).stat().st_size / 1048576:.0f} MiB")
    _t("embedded restore", lambda: backup.restore_database(fbk, spec_from(str(work / "restored.fdb"))))
    if args.server:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.fbserver import FirebirdServer

        with FirebirdServer() as srv:
            target = spec_from(srv.dsn(srv.data_dir / "office.fdb"), "SYSDBA", srv.password)
            r = _t("copy embedded FB5 -> FB3 server (verified)", lambda: copy_database.copy_database(src, target))
            print(f"  {r.rows} rows, verified: {r.verified}")
            sfbk = work / "server.fbk"
            with AppContext(target) as ctx:
                res = _t("server backup (streamed to this machine)", lambda: backup.backup_database(ctx, sfbk))
            print(f"  .fbk {res.size / 1048576:.0f} MiB")
            again = spec_from(srv.dsn(srv.data_dir / "restored.fdb"), "SYSDBA", srv.password)
            _t("server restore (streamed from here)", lambda: backup.restore_database(sfbk, again))
    return 0


if __name__ == "__main__":
    sys.exit(main())
