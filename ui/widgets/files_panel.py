"""Files of one record (a client, a deal: any record whose files ``app`` can list, attach and
delete): a table with Attach (Ins), Open (Enter), Save as (Ctrl+Shift+S) and Delete (Del). Layer: ``ui``.

The record is a key plus three ``app`` functions run on the worker (:mod:`ui.ops`):
``list_fn(ctx, key) -> [FileItem]``, ``attach_fn(ctx, key, file_name, data) -> Saved`` and
``delete_fn(ctx, key, attachment_id) -> Saved``; bodies come back through
:func:`app.files.read_file`. The list loads when first shown (:meth:`FilesList.ensure_loaded`),
attaching reads the file on the worker (a large file never freezes the window), Open saves the
body into a fresh temporary folder under its own name and hands it to the desktop's viewer.
``publish(changes)`` tells the rest of the program what a change did.

:class:`FilesList` is that behaviour over a table and four buttons laid out by someone else (the
client card's form, ``ui/cards/client_card/files_tab.py``); :class:`FilesPanel` is a widget that
lays them out itself (the deal card). The dialogs and the desktop hand-off are module attributes
so tests replace them; a user of :class:`FilesList` may name another module holding them
(``presenters``).
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import files
from app.changes import Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import UserError
from app.files import FileItem
from app.i18n import QT_TRANSLATE_NOOP, translate

from ui import errors, ops
from ui.models.item_table import Col, ItemTableModel, setup_table

ListFn = Callable[[AppContext, int], list[FileItem]]
AttachFn = Callable[[AppContext, int, str, bytes], Saved]
DeleteFn = Callable[[AppContext, int, int], Saved]


def human_size(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


#: the files table (titles in the card tables' context, :data:`ui.models.item_table.CONTEXT`)
COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "File"), lambda f: f.file_name, width=34),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Size"), lambda f: f.size_bytes, "int", 9, show=human_size),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Added"), lambda f: f.created_at, "datetime", 16),
    Col(QT_TRANSLATE_NOOP("ClientCard", "By"), lambda f: f.created_by, width=12),
)


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


class FilesList:
    """The files behaviour over ``table`` and the four buttons (a mixin for a ``QObject``).

    The class calls :meth:`setup_files` from its ``__init__``. ``owner`` is the widget the jobs
    and dialogs belong to; the keys (Ins, Ctrl+Shift+S, Del) work while the focus is inside
    ``scope``. ``delete_question`` is a translated ``{name}`` template. The presenters
    (``ask_open_files``, ``ask_save_path``, ``confirm_delete``, ``open_url``) are looked up in the
    module ``presenters`` when used: this module unless the class names another.
    """

    presenters: ModuleType = sys.modules[__name__]

    def setup_files(self, owner: QWidget, scope: QWidget, table: QTableView,
                    buttons: tuple[QAbstractButton, QAbstractButton, QAbstractButton, QAbstractButton],
                    list_fn: ListFn, attach_fn: AttachFn, delete_fn: DeleteFn,
                    publish: Callable[[Changes], None], delete_question: str) -> None:
        self.owner, self.table = owner, table
        self.attach_button, self.open_button, self.save_button, self.delete_button = buttons
        self.list_fn, self.attach_fn, self.delete_fn = list_fn, attach_fn, delete_fn
        self.publish = publish
        self.delete_question = delete_question
        self.key: int | None = None
        self.loaded = False
        self.model = ItemTableModel(COLUMNS, table)
        setup_table(table, self.model, stretch=0)
        for button, key, slot in ((self.attach_button, "Ins", self.attach), (self.open_button, None, self.open_current),
                                  (self.save_button, "Ctrl+Shift+S", self.save_current),
                                  (self.delete_button, "Del", self.delete_current)):
            button.clicked.connect(slot)
            if key:
                self._add_key(scope, button, key, slot)
        self.open_button.setToolTip(QCoreApplication.translate("FilesPanel", "Open (Enter)"))
        table.activated.connect(lambda _i: self.open_current())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    @staticmethod
    def _add_key(scope: QWidget, button: QAbstractButton, key: str, slot: Callable[[], None]) -> None:
        act = QAction(scope)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda: button.isEnabled() and slot())
        scope.addAction(act)
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{button.text().replace('&', '')} ({shown})")

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

        ops.run_op(self.owner, self.list_fn, key, on_done=done)

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
        for path in self.presenters.ask_open_files(self.owner):
            ops.run_op(self.owner, attach_path_job, self.attach_fn, self.key, path, on_done=self._on_changed,
                       progress_text=QCoreApplication.translate("FilesPanel", "Attaching {name}…").format(
                           name=Path(path).name))

    def _on_changed(self, saved: Saved) -> None:
        self.reload()
        self.publish(saved.changes)

    def _write(self, target: Path, data: bytes) -> bool:
        try:
            target.write_bytes(data)
        except OSError as exc:
            errors.show_error(self.owner, UserError(QCoreApplication.translate(
                "FilesPanel", "Cannot write {path}: {why}").format(path=target, why=exc.strerror or exc)))
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
                self.presenters.open_url(QUrl.fromLocalFile(str(target)))

        ops.run_op(self.owner, files.read_file, item.id, on_done=done,
                   progress_text=QCoreApplication.translate("FilesPanel", "Opening {name}…").format(
                       name=item.file_name))

    def save_current(self) -> None:
        item = self.current()
        path = self.presenters.ask_save_path(self.owner, item.file_name) if item is not None else None
        if item is None or not path:
            return
        ops.run_op(self.owner, files.read_file, item.id, on_done=lambda result: self._write(Path(path), result[1]),
                   progress_text=QCoreApplication.translate("FilesPanel", "Saving {name}…").format(
                       name=item.file_name))

    def delete_current(self) -> None:
        item = self.current()
        if item is None or self.key is None or not self.presenters.confirm_delete(
                self.owner, self.delete_question.format(name=item.file_name)):
            return
        ops.run_op(self.owner, self.delete_fn, self.key, item.id, on_done=self._on_changed)


class FilesPanel(QWidget, FilesList):
    """A :class:`FilesList` that lays out its own buttons (a row above the table)."""

    def __init__(self, list_fn: ListFn, attach_fn: AttachFn, delete_fn: DeleteFn,
                 publish: Callable[[Changes], None], delete_question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesPanel")
        table = QTableView(self)
        table.setObjectName("filesTable")
        buttons = (self._button("attach", self.tr("&Attach…")), self._button("open", self.tr("&Open")),
                   self._button("save_as", self.tr("Sa&ve as…")), self._button("delete", self.tr("&Delete")))
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(table, 1)
        self.setup_files(self, self, table, buttons, list_fn, attach_fn, delete_fn, publish, delete_question)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}FileButton")
        return button
