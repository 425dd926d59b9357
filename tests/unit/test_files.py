"""Attachments in the database and on disk: attach, list without bodies, read back, delete."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from app import clients, files
from app.clients import ClientDraft
from app.context import AppContext
from app.errors import ValidationError
from db.models import Setting


@pytest.mark.parametrize("storage", ["DB", "DISK"])
def test_attach_list_read_delete(embedded_db, tmp_path, storage):
    data = ("Договор №1\n" * 1000).encode()
    with AppContext(embedded_db) as ctx:
        if storage == "DISK":
            with ctx.sessions.begin() as s:
                s.execute(update(Setting).where(Setting.key == "files.storage").values(text_value="DISK"))
                s.add(Setting(key="files.disk_root", text_value=str(tmp_path)))
        c = clients.save_client(ctx, ClientDraft(name="Files Ltd"))
        saved = files.attach_file(ctx, c.id, "/home/u/Договор.txt", data)
        listed = files.client_files(ctx, c.id)
        assert [(f.file_name, f.size_bytes, f.storage) for f in listed] == [("Договор.txt", len(data), storage)]
        name, back = files.read_file(ctx, saved.id)
        assert (name, back) == ("Договор.txt", data)
        files.delete_file(ctx, saved.id)
        assert files.client_files(ctx, c.id) == []
        with pytest.raises(ValidationError):
            files.attach_file(ctx, c.id, "   ", b"x")


def test_disk_files_open_only_under_the_root(embedded_db, tmp_path):
    """Issue #10: a file on disk is stored as ``<sha[:2]>/<sha>`` (relative) and opened only under
    the configured root; a row naming any other place (absolute, UNC, ``..``) is never opened."""
    data = b"%PDF-1.4 invoice"
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            s.execute(update(Setting).where(Setting.key == "files.storage").values(text_value="DISK"))
            s.add(Setting(key="files.disk_root", text_value=str(tmp_path)))
        c = clients.save_client(ctx, ClientDraft(name="Disk Ltd"))
        saved = files.attach_file(ctx, c.id, "invoice.pdf", data)
        sha, path = ctx.reader.one("SELECT SHA256, DISK_PATH FROM ATTACHMENTS WHERE ID = ?", (saved.id,))
        assert path == f"{sha[:2]}/{sha}"
        assert files.read_file(ctx, saved.id) == ("invoice.pdf", data)
    root = str(tmp_path)
    assert files._disk_file(root, f"{sha[:2]}/{sha}", sha) == tmp_path / sha[:2] / sha
    for bad in ("/etc/hostname", r"\\evil-host\share\x.pdf", f"../{sha[:2]}/{sha}", str(tmp_path / sha[:2] / sha),
                f"C:\\{sha[:2]}\\{sha}", None):
        assert files._disk_file(root, bad, sha) is None, bad
    assert files._disk_file(root, "../../etc/passwd", "../../etc/passwd") is None
    assert files._disk_file("", f"{sha[:2]}/{sha}", sha) is None
