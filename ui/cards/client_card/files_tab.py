"""The card's "Files" tab: the shared files list over the form's table and buttons. Layer: ``ui``.

:class:`ui.widgets.files_panel.FilesList` does the work (the deal card's Files tab is the same
code): the list loads when the tab is first shown (never part of the card load), attaching reads
the file on the database worker, opening saves the body to a fresh temporary folder and hands it
to the desktop's viewer; Ins attaches, Enter opens, Ctrl+Shift+S saves as, Del deletes. The
dialogs and the desktop hand-off are looked up in this module, so tests replace them here.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app import files
from app.changes import Changes
from app.clients import Saved
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.widgets.files_panel import (  # noqa: F401  (the presenters this tab uses: tests replace them here)
    FilesList,
    ask_open_files,
    ask_save_path,
    confirm_delete,
    open_url,
)

DELETE_QUESTION = QT_TRANSLATE_NOOP("ClientCard", "Delete “{name}” from the client's card? This cannot be undone.")


def delete_client_file(ctx: AppContext, client_id: int, attachment_id: int) -> Saved:
    """``FilesList.delete_fn`` for a client: the attachment's own id names it."""
    return files.delete_file(ctx, attachment_id)


class FilesTab(QObject, FilesList):
    """``publish(changes)`` tells the rest of the program (the refresher) what a change did."""

    presenters = sys.modules[__name__]

    def __init__(self, ui: Ui_ClientCard, owner: QWidget, publish: Callable[[Changes], None]) -> None:
        super().__init__(owner)
        self.ui = ui
        self.setup_files(owner, ui.filesTab, ui.filesTable,
                         (ui.attachFileButton, ui.openFileButton, ui.saveFileButton, ui.deleteFileButton),
                         files.client_files, files.attach_file, delete_client_file, publish,
                         QCoreApplication.translate("ClientCard", DELETE_QUESTION))

    def set_client(self, client_id: int | None) -> None:
        """The card was (re)loaded: :meth:`FilesList.set_key` with the client's id."""
        self.set_key(client_id)
