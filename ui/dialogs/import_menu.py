"""File › Import…, Import history… and Export… in the main window. Layer: ``ui``.

Only the menu items: the wizard, the history and the export dialog (with the import engine, the
file readers and the validation libraries behind them) are imported when one is first opened
(issue #12: the GUI's memory on a terminal server).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow


def install_import(window: QMainWindow) -> None:
    """Add File › Import… (Ctrl+I), Import history… and Export… (Ctrl+E) to the main window's File menu."""
    file_menu = window.menuBar().actions()[0].menu()
    first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
    imp = file_menu.addAction(QCoreApplication.translate("ImportWizard", "&Import…"))
    imp.setObjectName("file.import")
    imp.setShortcut(QKeySequence("Ctrl+I"))
    hist = file_menu.addAction(QCoreApplication.translate("ImportWizard", "Import &history…"))
    hist.setObjectName("file.import_history")
    exp = file_menu.addAction(QCoreApplication.translate("ImportWizard", "&Export…"))
    exp.setObjectName("file.export")
    exp.setShortcut(QKeySequence("Ctrl+E"))
    if first is not None:
        for a in (imp, hist, exp):
            file_menu.insertAction(first, a)

    def wizard() -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(window).open()

    def history() -> None:
        from ui.dialogs.import_wizard import ImportHistoryDialog

        ImportHistoryDialog(window).open()

    imp.triggered.connect(wizard)
    hist.triggered.connect(history)

    def export() -> None:
        from ui.dialogs.export_dialog import ExportDialog

        ExportDialog(window).open()

    exp.triggered.connect(export)
