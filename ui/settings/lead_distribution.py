"""Administration > Lead Distribution: per department, whether new leads are handed out
automatically and how (in turn, or to the manager with the fewest open deals). Layer: ``ui``.

One row per active department: an on/off check, the strategy and how many managers take leads
now (active CRM_MANAGER users with "takes leads"). *Save* (Ctrl+S) stores the changed rows through
:func:`app.leads.save_distribution`; a refusal or a conflict is shown under the table.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import leads
from app.errors import UserError
from app.leads import STRATEGY_TITLES, Distribution

from ui import ops
from ui.settings.users_roles import ERROR_STYLE


class LeadDistributionDialog(QDialog):
    """See the module docstring. ``busy`` is True while reading or saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadDistributionDialog")
        self.setWindowTitle(self.tr("Lead Distribution"))
        self.resize(640, 360)
        self.rows: list[Distribution] = []
        self.busy = False
        self._pending = 0
        intro = QLabel(self.tr("New leads of a department with distribution switched on go to its managers "
                               "automatically; inactive managers and those who take no leads are skipped."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("distributionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Department (on)"), self.tr("Strategy"), self.tr("Managers")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.on_save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        self.busy = True
        ops.run_op(self, leads.distributions, on_done=self._on_loaded, on_error=self._on_error)

    def _on_loaded(self, rows: list[Distribution]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, d in enumerate(rows):
            name = QTableWidgetItem(d.department)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            name.setCheckState(Qt.CheckState.Checked if d.is_enabled else Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, name)
            combo = QComboBox()
            for code, title in STRATEGY_TITLES.items():
                combo.addItem(QCoreApplication.translate("app.leads", title), code)
            combo.setCurrentIndex(max(0, combo.findData(d.strategy)))
            self.table.setCellWidget(i, 1, combo)
            count = QTableWidgetItem(str(d.managers))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(i, 2, count)
        self.table.resizeColumnsToContents()
        self.busy = False

    def edited(self) -> list[Distribution]:
        """The rows whose switch or strategy differ from what was loaded."""
        out = []
        for i, d in enumerate(self.rows):
            on = self.table.item(i, 0).checkState() == Qt.CheckState.Checked
            strategy = self.table.cellWidget(i, 1).currentData()
            if on != d.is_enabled or (strategy != d.strategy and (on or d.id is not None)):
                out.append(Distribution(d.department_id, d.department, strategy, on, d.managers, d.id, d.version))
        return out

    def on_save_clicked(self) -> None:
        changed = self.edited()
        if self.busy or not changed:
            return
        self.busy = True
        self.status_label.clear()
        self._pending = len(changed)
        for d in changed:
            ops.run_op(self, leads.save_distribution, d, on_done=self._on_saved, on_error=self._on_error)

    def _on_saved(self, _saved) -> None:
        self._pending -= 1
        if self._pending <= 0:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Saved."))
            self.reload()

    def _on_error(self, error: UserError) -> None:
        self._pending = 0
        self.busy = False
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(str(error))
