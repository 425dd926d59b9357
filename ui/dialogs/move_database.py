"""File › Move to the office server…: copy the open database to a new server database, with
progress and Cancel (an interrupted move continues where it stopped when started again). Layer: ``ui``.

Calls :func:`app.copy_database.move_open_database` through :func:`ui.ops.run_op`; progress comes
back from the worker through a queued signal; *Cancel* sets an event the copy checks after each page.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app import copy_database
from app.copy_database import CopyCancelled, CopyResult
from app.errors import UserError

from ui import ops
ERROR_STYLE = "color: #B71C1C;"  #: as the administration dialogs show an error


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (queued connection)."""

    copy_did_progress = Signal(int, int, str)


class MoveDatabaseDialog(QDialog):
    """Target, administrator login, *Move*; then progress, and a summary with the logins to give."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MoveDatabaseDialog")
        self.setWindowTitle(self.tr("Move to the Office Server"))
        self.cancel_event = threading.Event()
        self.running = False
        self.result: CopyResult | None = None
        intro = QLabel(self.tr("Copies every client, deal, file, history and audit record of the open database into "
                               "a new database on the office server, then compares the two table by table. "
                               "The open database is not changed. Logins are not copied: you get the list of "
                               "users to give logins to."))
        intro.setWordWrap(True)
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("targetEdit")
        self.target_edit.setPlaceholderText("server/3050:/var/lib/firebird/data/crm.fdb")
        self.user_edit = QLineEdit("SYSDBA")
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("New database on the server"), self.target_edit)
        form.addRow(self.tr("Administrator (SYSDBA or RDB$ADMIN)"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setReadOnly(True)
        self.summary.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = self.buttons.addButton(self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setObjectName("moveButton")
        self.buttons.accepted.connect(self.on_move_clicked)
        self.buttons.rejected.connect(self.on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.relay = _Relay(self)
        self.relay.copy_did_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.resize(620, 360)

    # --- slots --------------------------------------------------------------------------------
    def on_move_clicked(self) -> None:
        target = self.target_edit.text().strip()
        if not target:
            self._error(self.tr("Enter the new database: server/port:path or alias."))
            return
        self.cancel_event.clear()
        self.running = True
        self.move_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Creating the database on the server…"))
        relay, stop = self.relay, self.cancel_event.is_set
        user, password = self.user_edit.text().strip(), self.password_edit.text()

        def move(ctx):
            return copy_database.move_open_database(
                ctx, target, user, password, should_stop=stop,
                progress=lambda d, t, w: relay.copy_did_progress.emit(d, t, w))

        ops.run_op(self, move, on_done=self._on_done, on_error=self._on_error)

    def on_cancel_clicked(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.status.setText(self.tr("Stopping after the current page…"))
            return
        self.reject()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.status.setText(what)

    def _on_done(self, result: CopyResult) -> None:
        self.running = False
        self.result = result
        self.progress.setVisible(False)
        bad = [t.name for t in result.tables if not t.ok]
        if bad:
            self._error(self.tr("The copy differs from the open database in: {tables}").format(tables=", ".join(bad)))
        else:
            self.status.setText(self.tr("Done: {rows} rows copied in {sec:.0f} s and verified.").format(
                rows=result.rows, sec=result.seconds))
        lines = [self.tr("Give these users a login on the server (Administration › Users and Roles, "
                         "connected to the new database):")]
        lines += [f"{u.login}  {u.role}  {u.full_name}" for u in result.logins if not u.has_login]
        self.summary.setPlainText("\n".join(lines))
        self.summary.setVisible(True)
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

    def _on_error(self, error: UserError) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.move_button.setEnabled(True)
        if isinstance(error, CopyCancelled):
            self.status.setStyleSheet("")
            self.status.setText(str(error))
            return
        self._error(str(error))

    def _error(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def reject(self) -> None:  # Esc while copying stops the copy instead of hiding it
        if self.running:
            self.on_cancel_clicked()
            return
        super().reject()
