"""Backup and restore through the Firebird services API, streamed to and from the asking machine.

Layer: ``db`` (imports nothing of ours above it, no Qt).

* A **server** database is backed up by the server's own gbak engine (``isc_action_svc_backup``
  to ``stdout``): the server reads its pages locally (FIREBIRD.md §4.7: a service backup is 15x
  faster than gbak over the wire protocol) and the ``.fbk`` bytes travel to the machine that asks,
  so the file lands there, not on the server's disk. Restore sends the file back the same way
  (``stdin``).
* An **embedded** file uses the same calls against the embedded engine's service manager
  (``service_mgr`` without a host; the FB5 engine from the firebird-embedded wheel runs gbak in
  process: no gbak binary is needed, and the wheel ships none).

Paths with non-ASCII letters: ``fdb.services`` rejects ``str`` parameters that are not ASCII
(FIREBIRD.md §4.7) but passes ``bytes`` through unchanged. The database path is therefore given as
UTF-8 bytes, which is how Linux (and Firebird on it) names files, so ``/srv/Офис/база 1.fdb``
works; the ``.fbk`` itself is opened by Python, never named to the service. (On a Windows server
the engine reads service file names in the ANSI code page unless the attachment says
``isc_spb_utf8_filename``, which fdb cannot send: use ASCII database paths or aliases there.)
"""
from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, BinaryIO

from db import fbclient
from db.engine import ConnectSpec

#: ``progress(bytes_done, bytes_total_or_0)``
ByteProgress = Callable[[int, int], None]


def _connect(spec: ConnectSpec) -> Any:
    fbclient.load()
    from fdb import services

    if spec.target.kind == "embedded":
        # the embedded engine's service manager trusts the user name (password ignored)
        return services.connect(host="service_mgr", user=spec.user or "SYSDBA", password="embedded")
    host = spec.target.host or "localhost"
    if spec.target.port:
        host = f"{host}/{spec.target.port}"
    return services.connect(host=host, user=spec.user, password=spec.password or "")


def _name(spec: ConnectSpec) -> bytes:
    """The database name as the service expects it: UTF-8 bytes (see the module notes)."""
    return spec.target.database.encode("utf-8")


class _Counting(io.RawIOBase):
    """A write-only stream that counts bytes and reports progress."""

    def __init__(self, out: BinaryIO, progress: ByteProgress | None, should_stop: Callable[[], bool] | None):
        self.out, self.progress, self.should_stop, self.done = out, progress, should_stop, 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.should_stop is not None and self.should_stop():
            raise InterruptedError("backup stopped")
        self.out.write(data)
        self.done += len(data)
        if self.progress is not None:
            self.progress(self.done, 0)
        return len(data)


def backup_to_stream(spec: ConnectSpec, out: BinaryIO, *, progress: ByteProgress | None = None,
                     should_stop: Callable[[], bool] | None = None) -> int:
    """Write a gbak backup of ``spec``'s database to ``out``; returns the bytes written."""
    svc = _connect(spec)
    try:
        counting = _Counting(out, progress, should_stop)
        svc.local_backup(_name(spec), counting)
        return counting.done
    finally:
        svc.close()


class _Reading(io.RawIOBase):
    """A read stream over a file that reports progress (local_restore seeks to learn its size)."""

    def __init__(self, src: BinaryIO, total: int, progress: ByteProgress | None):
        self.src, self.total, self.progress = src, total, progress

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, pos, whence=0):
        return self.src.seek(pos, whence)

    def tell(self):
        return self.src.tell()

    def read(self, n=-1):
        data = self.src.read(n)
        if self.progress is not None:
            self.progress(self.src.tell(), self.total)
        return data


def restore_from_stream(src: BinaryIO, spec: ConnectSpec, *, replace: bool = False,
                        progress: ByteProgress | None = None, page_size: int | None = None) -> list[str]:
    """Restore the backup read from ``src`` into ``spec``'s database; returns gbak's log lines."""
    svc = _connect(spec)
    try:
        pos = src.tell()
        src.seek(0, 2)
        total = src.tell() - pos
        src.seek(pos)
        svc.local_restore(_Reading(src, total, progress), (_name(spec),), replace=1 if replace else 0,
                          page_size=page_size)
        try:
            return [ln for ln in svc.readlines()]
        except Exception:
            return []
    finally:
        svc.close()


def other_attachments(conn) -> int:
    """Attachments to the connected database other than this one (SYSDBA sees everyone's)."""
    n = conn.exec_driver_sql(
        "SELECT COUNT(*) FROM mon$attachments WHERE mon$attachment_id <> CURRENT_CONNECTION "
        "AND mon$system_flag = 0").scalar_one()
    conn.rollback()
    return int(n)
