"""File attachments of clients (and deals): attach, list, read back, delete.

Where bodies live is an installation setting (``SETTINGS.files.storage``): ``DB`` keeps them in
ATTACHMENT_BODIES (one backup holds everything), ``DISK`` writes them under
``files.disk_root`` (a share every workstation reaches) named by their SHA-256. Lists never read a
body; only :func:`read_file` does, when the user opens or saves the file.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import uow
from app.changes import CLIENT, Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import UserError, ValidationError, from_driver
from app.i18n import translate
from db.models import Attachment, AttachmentBody, Setting

MAX_FILE_BYTES = 200 * 1024 * 1024  #: refuse larger files with a message (BLOB transfer over a WAN)

#: a record's files, newest first; ``{owner}`` is the column that ties them to it (CLIENT_ID, DEAL_ID)
LIST_SQL_OF = """
SELECT FIRST 500 a.ID, a.FILE_NAME, a.MIME_TYPE, a.SIZE_BYTES, a.STORAGE, a.CREATED_AT, a.CREATED_BY
FROM ATTACHMENTS a WHERE a.{owner} = ? ORDER BY a.CREATED_AT DESC, a.ID DESC
"""
LIST_SQL = LIST_SQL_OF.format(owner="CLIENT_ID")


@dataclass(frozen=True)
class FileItem:
    id: int
    file_name: str
    mime_type: str | None
    size_bytes: int
    storage: str
    created_at: dt.datetime
    created_by: str | None


def _setting(s, key: str, default: str) -> str:
    value = s.scalar(select(Setting.text_value).where(Setting.key == key))
    return value or default


def attach_file(ctx: AppContext, client_id: int, file_name: str, data: bytes, deal_id: int | None = None) -> Saved:
    """Store a file on the client's card (database or disk per installation setting)."""
    name = os.path.basename(file_name or "").strip()
    if not name:
        raise ValidationError("file_name", translate("app.files", "The file has no name."))
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("file", translate("app.files", "The file is too large ({mb} MB, at most {max} MB).").format(
            mb=len(data) // 1048576, max=MAX_FILE_BYTES // 1048576))
    digest = hashlib.sha256(data).hexdigest()
    mime = mimetypes.guess_type(name)[0]
    written: Path | None = None
    try:
        with ctx.sessions.begin() as s:
            storage = _setting(s, "files.storage", "DB").upper()
            att = Attachment(client_id=client_id, deal_id=deal_id, file_name=name[:200], mime_type=mime,
                             size_bytes=len(data), sha256=digest, storage="DISK" if storage == "DISK" else "DB")
            if att.storage == "DISK":
                root = Path(_setting(s, "files.disk_root", ""))
                if not str(root) or not root.is_dir():
                    raise UserError(translate("app.files", "The files folder {path} is not reachable; ask the "
                                                           "administrator to check the 'files.disk_root' setting.").format(path=root))
                target = root / digest[:2] / digest
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tmp = target.with_suffix(".part")
                    tmp.write_bytes(data)
                    os.replace(tmp, target)  # never a half-written file under the final name
                    written = target
                att.disk_path = disk_name(digest)  # relative: every workstation joins its own root
            s.add(att)
            s.flush()
            if att.storage == "DB":
                s.add(AttachmentBody(attachment_id=att.id, body=data))
            saved = Saved(att.id, att.version, Changes.of(CLIENT, client_id))
    except UserError:
        raise
    except Exception as exc:
        if written is not None:
            written.unlink(missing_ok=True)
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return saved


def disk_name(sha256: str) -> str:
    """The relative name of a file body under ``files.disk_root`` (what DISK_PATH holds since
    revision 0009, which refuses anything else)."""
    return f"{sha256[:2]}/{sha256}"


def _disk_file(root: str, disk_path: str | None, sha256: str | None) -> Path | None:
    """The file a DISK attachment names, or None when the row does not name one safely.

    Only the relative name derived from the content's hash is opened, under the root the
    administrator configured: never an absolute, UNC or ``..`` path written into the row by
    someone else (issue #10: another login's row made this client read ``/etc/hostname`` or, on
    Windows, contact ``\\\\host\\share``)."""
    if not root or not sha256 or len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        return None
    if disk_path != disk_name(sha256):
        return None
    base = Path(root)
    return base / sha256[:2] / sha256


def list_files(ctx: AppContext, sql: str, owner_id: int) -> list[FileItem]:
    """The files a :data:`LIST_SQL_OF` statement lists for ``owner_id`` (names and sizes, never a body)."""
    return [FileItem(r[0], r[1], r[2], int(r[3]), r[4].strip(), r[5], (r[6] or "").strip() or None)
            for r in uow.read(ctx, sql, (owner_id,))]


def client_files(ctx: AppContext, client_id: int) -> list[FileItem]:
    """The client's files (its deals' files too), newest first, at most 500."""
    return list_files(ctx, LIST_SQL, client_id)


def read_file(ctx: AppContext, attachment_id: int) -> tuple[str, bytes]:
    """(file name, content) of an attachment; checks the stored SHA-256."""
    with ctx.sessions() as s:
        att = s.get(Attachment, attachment_id)
        if att is None:
            raise UserError(translate("app.files", "This file was deleted by another user."))
        name, sha, storage, disk_path = att.file_name, att.sha256, att.storage, att.disk_path
        if storage == "DISK":
            path = _disk_file(_setting(s, "files.disk_root", ""), disk_path, sha)
            if path is None:
                raise UserError(translate("app.files", "The file {name} cannot be opened: its stored location is not "
                                                       "a name inside the files folder.").format(name=name))
            try:
                data = path.read_bytes()
            except OSError:
                raise UserError(translate("app.files", "The file {name} is missing from the files folder {path}.").format(
                    name=name, path=disk_path)) from None
        else:
            data = s.scalar(select(AttachmentBody.body).where(AttachmentBody.attachment_id == attachment_id)) or b""
    if sha and hashlib.sha256(data).hexdigest() != sha:
        raise UserError(translate("app.files", "The file {name} is damaged (its checksum does not match).").format(
            name=name))
    return name, data


def delete_file(ctx: AppContext, attachment_id: int) -> Saved:
    """Delete one attachment (its body too); one already deleted raises UserError, a refusal of
    the database (no right) the UserError it means."""
    with uow.writing(ctx) as s:
        att = s.get(Attachment, attachment_id)
        if att is None:
            raise UserError(translate("app.files", "This file was already deleted."))
        client_id, version = att.client_id, att.version
        s.delete(att)  # the body row goes by ON DELETE CASCADE; a disk file may be shared by hash
    return Saved(attachment_id, version, Changes.of(CLIENT, client_id) if client_id else Changes())
