"""Files of one record (a deal; any record whose files ``app`` can list, attach and delete):
a table with Attach (Ins), Open (Enter), Save as (Ctrl+Shift+S) and Delete (Del). Layer: ``ui``.

The record is a key plus three ``app`` functions run on the worker (:mod:`ui.ops`):
``list_fn(ctx, key) -> [FileItem]``, ``attach_fn(ctx, key, file_name, data) -> Saved`` and
``delete_fn(ctx, key, attachment_id) -> Saved``; bodies come back through
:func:`app.files.read_file`. It behaves like the client card's Files tab
(``ui/cards/client_card/files_tab.py``, whose columns and size format it shares): the list loads
when first shown, attaching reads the file on the worker (a large file never freezes the window),
Open saves the body into a fresh temporary folder under its own name and hands it to the
desktop's viewer. ``publish(changes)`` tells the rest of the program what a change did. The
dialogs and the desktop hand-off are module attributes so tests replace them.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from app import files
from app.changes import Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import UserError
from app.files import FileItem
from app.i18n import translate

from ui import errors, ops
from ui.cards.client_card.files_tab import COLUMNS
from ui.cards.client_card.tables import ItemTableModel, setup_table

ListFn = Callable[[AppContext, int], list[FileItem]]
AttachFn = Callable[[AppContext, int, str, bytes], Saved]
DeleteFn = Callable[[AppContext, int, int], Saved]


def attach_path_job(ctx: AppContext, attach_fn: AttachFn, key: int, path: str) -> Saved:
    """Worker side of Attach: read the file there, then store it (one transaction)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UserError(translate("FilesPanel", "Cannot read the file {name}: {why}").format(
            name=p.name, why=exc.strerror or exc)) from None
    return attach_fn(ctx, key, p.name, data)


# --- replaceable presenters (tests swap these) ---------------------------------------------------
def ask_open_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("FilesPanel", "Attach files"))
    return paths


def ask_save_path(parent: QWidget, name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("FilesPanel", "Save the file as"), name)
    return path or None


def confirm_delete(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("FilesPanel", "Delete the file"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class FilesPanel(QWidget):
    """See the module docstring. ``delete_question`` is a ``{name}`` template (translated)."""

    def __init__(self, list_fn: ListFn, attach_fn: AttachFn, delete_fn: DeleteFn,
                 publish: Callable[[Changes], None], delete_question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesPanel")
        self.list_fn, self.attach_fn, self.delete_fn = list_fn, attach_fn, delete_fn
        self.publish = publish
        self.delete_question = delete_question
        self.key: int | None = None
        self.loaded = False
        self.model = ItemTableModel(COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("filesTable")
        setup_table(self.table, self.model, stretch=0)
        self.attach_button = self._button("attach", self.tr("&Attach…"), "Ins", self.attach)
        self.open_button = self._button("open", self.tr("&Open"), None, self.open_current)
        self.save_button = self._button("save_as", self.tr("Sa&ve as…"), "Ctrl+Shift+S", self.save_current)
        self.delete_button = self._button("delete", self.tr("&Delete"), "Del", self.delete_current)
        self.open_button.setToolTip(self.tr("Open (Enter)"))
        row = QHBoxLayout()
        for b in (self.attach_button, self.open_button, self.save_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        self.table.activated.connect(lambda _i: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _button(self, name: str, text: str, key: str | None, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}FileButton")
        button.clicked.connect(slot)
        if key:
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda: button.isEnabled() and slot())
            self.addAction(act)
            button.setToolTip(f"{text.replace('&', '')} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        return button

    def set_key(self, key: int | None) -> None:
        """The record shown. Another record's list is stale until shown again; the same record's
        list stays (a card reload must not reset the selection under the user's mouse)."""
        if key != self.key:
            self.key = key
            self.loaded = False
            self.model.set_rows([])
        self._update_buttons()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        if self.key is None:
            return
        self.loaded = True
        key = self.key

        def done(items: list[FileItem]) -> None:
            if key != self.key:
                return
            current = self.current()
            self.model.set_rows(items)
            row = next((i for i, f in enumerate(items) if current and f.id == current.id), 0 if items else None)
            if row is not None:  # keep the user's row (else the newest) selected
                self.table.selectRow(row)
            self._update_buttons()

        ops.run_op(self, self.list_fn, key, on_done=done)

    def current(self) -> FileItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for b in (self.open_button, self.save_button, self.delete_button):
            b.setEnabled(has)
        self.attach_button.setEnabled(self.key is not None)

    # --- actions -----------------------------------------------------------------------------
    def attach(self) -> None:
        if self.key is None:
            return
        for path in ask_open_files(self):
            ops.run_op(self, attach_path_job, self.attach_fn, self.key, path, on_done=self._on_changed,
                       progress_text=self.tr("Attaching {name}…").format(name=Path(path).name))

    def _on_changed(self, saved: Saved) -> None:
        self.reload()
        self.publish(saved.changes)

    def _write(self, target: Path, data: bytes) -> bool:
        try:
            target.write_bytes(data)
        except OSError as exc:
            errors.show_error(self, UserError(self.tr("Cannot write {path}: {why}").format(
                path=target, why=exc.strerror or exc)))
            return False
        return True

    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return

        def done(result: tuple[str, bytes]) -> None:
            name, data = result
            target = Path(tempfile.mkdtemp(prefix="kartoteka-")) / Path(name).name
            if self._write(target, data):
                open_url(QUrl.fromLocalFile(str(target)))

        ops.run_op(self, files.read_file, item.id, on_done=done,
                   progress_text=self.tr("Opening {name}…").format(name=item.file_name))

    def save_current(self) -> None:
        item = self.current()
        path = ask_save_path(self, item.file_name) if item is not None else None
        if item is None or not path:
            return
        ops.run_op(self, files.read_file, item.id, on_done=lambda result: self._write(Path(path), result[1]),
                   progress_text=self.tr("Saving {name}…").format(name=item.file_name))

    def delete_current(self) -> None:
        item = self.current()
        if item is None or self.key is None or not confirm_delete(self, self.delete_question.format(
                name=item.file_name)):
            return
        ops.run_op(self, self.delete_fn, self.key, item.id, on_done=self._on_changed)
