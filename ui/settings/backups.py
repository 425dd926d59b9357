"""Administration › Backups: the last good backup (warned about when older than a day), the folder
and rotation of the nightly backup made by ``kartoteka jobs run``, and *Back Up Now…*. Layer: ``ui``.

Everything goes through :mod:`app.backup` with :func:`ui.ops.run_op`; the last backup comes from the
audit trail, so every administrator's workstation shows the same.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import backup
from app.backup import BackupResult, BackupSettings, BackupStatus
from app.errors import UserError

from ui import ops
from ui.settings.users_roles import ERROR_STYLE

WARN_STYLE = "color: #B71C1C; font-weight: bold;"


class BackupsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.status: BackupStatus | None = None
        self.last_label = QLabel(self.tr("Reading…"))
        self.last_label.setObjectName("lastBackupLabel")
        self.last_label.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setPlaceholderText(self.tr("a folder on the computer that runs 'kartoteka jobs run'"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit)
        row.addWidget(browse)
        self.daily_spin = QSpinBox()
        self.daily_spin.setObjectName("dailySpin")
        self.daily_spin.setRange(1, 365)
        self.weekly_spin = QSpinBox()
        self.weekly_spin.setObjectName("weeklySpin")
        self.weekly_spin.setRange(0, 520)
        form = QFormLayout()
        form.addRow(self.tr("Last good backup"), self.last_label)
        form.addRow(self.tr("Nightly backup folder"), row)
        form.addRow(self.tr("Daily backups kept"), self.daily_spin)
        form.addRow(self.tr("Weekly backups kept"), self.weekly_spin)
        hint = QLabel(self.tr("The nightly backup is made by the scheduled command 'kartoteka jobs run' (cron or the "
                              "Windows Task Scheduler) into this folder, verified by a test restore, and old ones are "
                              "removed: the newest daily ones and the last of each recent week are kept."))
        hint.setWordWrap(True)
        self.error_label = QLabel("")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back Up &Now…"))
        self.now_button.setObjectName("backupNowButton")
        self.now_button.clicked.connect(self.on_backup_now_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut("Ctrl+S")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self.reload()

    def reload(self) -> None:
        ops.run_op(self, backup.backup_status, on_done=self._fill)

    def _fill(self, status: BackupStatus) -> None:
        self.status = status
        if status.last_at is None:
            text = self.tr("No backup has been made of this database yet.")
        else:
            text = self.tr("{when}: {what}").format(when=status.last_at.strftime("%Y-%m-%d %H:%M"),
                                                    what=status.last_details or "")
        if status.stale:
            text += "\n" + self.tr("Warning: the last backup is older than a day.")
            self.last_label.setStyleSheet(WARN_STYLE)
        else:
            self.last_label.setStyleSheet("")
        self.last_label.setText(text)
        self.folder_edit.setText(status.settings.folder or "")
        self.daily_spin.setValue(status.settings.keep_daily)
        self.weekly_spin.setValue(status.settings.keep_weekly)

    def settings(self) -> BackupSettings:
        return BackupSettings(self.folder_edit.text().strip() or None, self.daily_spin.value(),
                              self.weekly_spin.value())

    # --- slots --------------------------------------------------------------------------------
    def on_browse_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Nightly backup folder"), self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)

    def on_save_clicked(self) -> None:
        ops.run_op(self, backup.save_settings, self.settings(), on_done=lambda _r: self._saved(),
                   on_error=self._on_error)

    def _saved(self) -> None:
        self.error_label.setStyleSheet("")
        self.error_label.setText(self.tr("Saved."))

    def on_backup_now_clicked(self) -> None:
        start = str(Path(self.folder_edit.text() or Path.home()) / "kartoteka.fbk")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), start, self.tr("Firebird backups (*.fbk)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        """Back up the open database into ``path`` (verified by a test restore)."""
        self.now_button.setEnabled(False)
        ops.run_op(self, lambda ctx: backup.backup_database(ctx, path, verify=True), on_done=self._backed_up,
                   on_error=self._on_error, progress_text=self.tr("Backing up and verifying…"))

    def _backed_up(self, result: BackupResult) -> None:
        self.now_button.setEnabled(True)
        ok = result.verify is None or result.verify.ok
        self.error_label.setStyleSheet("" if ok else ERROR_STYLE)
        self.error_label.setText(self.tr("Backup {path}: {mb:.1f} MiB, {state}.").format(
            path=result.path, mb=result.size / 1048576,
            state=self.tr("verified") if ok else self.tr("VERIFICATION FAILED")))
        self.reload()

    def _on_error(self, error: UserError) -> None:
        self.now_button.setEnabled(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setText(str(error))
