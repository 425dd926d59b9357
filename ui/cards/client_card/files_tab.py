"""The card's "Files" tab: attach, open, save as, delete. Layer: ``ui``.

The list loads when the tab is first shown (it is never part of the card load). File bodies move
only on demand: attaching reads the file on the database worker (a 200 MB scan never freezes the
window); opening saves the body to a fresh temporary folder and hands it to the desktop's viewer
(the file keeps its name, so the right program opens it). Dialogs and the desktop hand-off are
module attributes so tests can replace them.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import files
from app.changes import Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import UserError
from app.files import FileItem
from app.i18n import QT_TRANSLATE_NOOP, translate

from ui import errors, ops
from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.tables import Col, ItemTableModel, setup_table


def human_size(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "File"), lambda f: f.file_name, width=34),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Size"), lambda f: f.size_bytes, "int", 9, show=human_size),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Added"), lambda f: f.created_at, "datetime", 16),
    Col(QT_TRANSLATE_NOOP("ClientCard", "By"), lambda f: f.created_by, width=12),
)


def attach_path(ctx: AppContext, client_id: int, path: str) -> Saved:
    """Worker side of "Attach…": read the file there, then store it (one transaction)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UserError(translate("ClientCard", "Cannot read the file {name}: {why}").format(
            name=p.name, why=exc.strerror or exc)) from None
    return files.attach_file(ctx, client_id, p.name, data)


# --- replaceable presenters (tests swap these) ---------------------------------------------------
def ask_open_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("ClientCard", "Attach files"))
    return paths


def ask_save_path(parent: QWidget, name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ClientCard", "Save the file as"), name)
    return path or None


def confirm_delete(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("ClientCard", "Delete the file"),
                                  QCoreApplication.translate("ClientCard", "Delete “{name}” from the client's card? This cannot be undone.").format(name=name),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class FilesTab(QObject):
    """``publish(changes)`` tells the rest of the program (the refresher) what a change did."""

    def __init__(self, ui: Ui_ClientCard, owner: QWidget, publish: Callable[[Changes], None]) -> None:
        super().__init__(owner)
        self.ui = ui
        self.owner = owner
        self.publish = publish
        self.client_id: int | None = None
        self.loaded = False
        self.model = ItemTableModel(COLUMNS, self)
        setup_table(ui.filesTable, self.model, stretch=0)
        ui.attachFileButton.clicked.connect(self.attach)
        ui.openFileButton.clicked.connect(self.open_current)
        ui.saveFileButton.clicked.connect(self.save_current)
        ui.deleteFileButton.clicked.connect(self.delete_current)
        ui.filesTable.activated.connect(lambda _i: self.open_current())
        ui.filesTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_client(self, client_id: int | None) -> None:
        """The card was (re)loaded. Another client's list is stale until shown again; the same
        client's list stays (our own attach/delete reload it; a card reload must not reset the
        selection under the user's mouse)."""
        if client_id != self.client_id:
            self.client_id = client_id
            self.loaded = False
            self.model.set_rows([])
        self._update_buttons()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        if self.client_id is None:
            return
        self.loaded = True

        def done(items: list[FileItem]) -> None:
            current = self.current()
            self.model.set_rows(items)
            if current is not None:  # keep the user's row selected across a reload
                row = next((i for i, f in enumerate(items) if f.id == current.id), None)
                if row is not None:
                    self.ui.filesTable.selectRow(row)
            self._update_buttons()

        ops.run_op(self.owner, files.client_files, self.client_id, on_done=done)

    def current(self) -> FileItem | None:
        index = self.ui.filesTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for b in (self.ui.openFileButton, self.ui.saveFileButton, self.ui.deleteFileButton):
            b.setEnabled(has)
        self.ui.attachFileButton.setEnabled(self.client_id is not None)

    # --- actions -----------------------------------------------------------------------------
    def attach(self) -> None:
        if self.client_id is None:
            return
        for path in ask_open_files(self.owner):
            ops.run_op(self.owner, attach_path, self.client_id, path, on_done=self._on_changed,
                       progress_text=self.tr("Attaching {name}…").format(name=Path(path).name))

    def _on_changed(self, saved: Saved) -> None:
        self.publish(saved.changes)
        self.reload()

    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return

        def done(result: tuple[str, bytes]) -> None:
            name, data = result
            folder = Path(tempfile.mkdtemp(prefix="kartoteka-"))
            target = folder / Path(name).name
            try:
                target.write_bytes(data)
            except OSError as exc:
                errors.show_error(self.owner, UserError(self.tr("Cannot write {path}: {why}").format(
                    path=target, why=exc.strerror or exc)))
                return
            open_url(QUrl.fromLocalFile(str(target)))

        ops.run_op(self.owner, files.read_file, item.id, on_done=done,
                   progress_text=self.tr("Opening {name}…").format(name=item.file_name))

    def save_current(self) -> None:
        item = self.current()
        if item is None:
            return
        path = ask_save_path(self.owner, item.file_name)
        if not path:
            return

        def done(result: tuple[str, bytes]) -> None:
            try:
                Path(path).write_bytes(result[1])
            except OSError as exc:
                errors.show_error(self.owner, UserError(self.tr("Cannot write {path}: {why}").format(
                    path=path, why=exc.strerror or exc)))

        ops.run_op(self.owner, files.read_file, item.id, on_done=done,
                   progress_text=self.tr("Saving {name}…").format(name=item.file_name))

    def delete_current(self) -> None:
        item = self.current()
        if item is None or not confirm_delete(self.owner, item.file_name):
            return
        ops.run_op(self.owner, files.delete_file, item.id, on_done=self._on_changed)
