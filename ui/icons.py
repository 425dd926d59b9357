"""Icons by name from ``resources/icons/*.svg``, cached. Layer: ``ui``.

Plain files, no ``.qrc`` step (Anki's search-path approach, STYLE.md 2.7): freedesktop names where
one fits (``view-refresh``), ``crm-*`` for ours. A missing file gives an empty icon, never a crash.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

#: resources/ beside the packages (a source checkout; PyInstaller ``datas`` keep the same layout)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (call only after the QApplication exists)."""
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
