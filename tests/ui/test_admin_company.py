"""Administration > Company Requisites: load, edit, logo, validation at the field, saved values
reach the printed invoice."""
from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import company
from app.context import AppContext, spec_from

from ui import ops
from ui.settings.company import CompanyDialog


def _png(w: int = 8, h: int = 4) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def run(qtbot, fn, *args):
    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.error is None, op.error
    return op.result


def test_edit_save_and_validation(gui, demo_db, qtbot, tmp_path):
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    dlg = CompanyDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    dlg.edits["name"].setText("Romashka")
    dlg.edits["bank_bik"].setText("12")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.error_label.text() != "", timeout=10000)
    assert "9 digits" in dlg.error_label.text() and dlg.isVisible()
    assert dlg.edits["bank_bik"].text() == "12"  # nothing lost
    dlg.edits["bank_bik"].setText("044525225")
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    dlg.load_logo_file(logo)
    assert not dlg.logo_label.pixmap().isNull()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    info = run(qtbot, company.load_company)
    assert info.name == "Romashka" and info.bank_bik == "044525225" and info.logo == _png()
