"""File › Export…: a list (clients, deals, tasks, contacts) to XLSX or CSV with the chosen
columns, or the contacts to vCard 4.0/3.0 (issue #11). Layer: ``ui``; the work runs on the
database worker (:func:`ui.ops.run_op`) through :mod:`app.exports`, which audits every export."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import exports
from app.i18n import translate

from ui.ops import run_op


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("export_dialog")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.what = QComboBox()
        for key, text in (("clients", self.tr("Clients")), ("deals", self.tr("Deals")), ("tasks", self.tr("Tasks")),
                          ("contacts", self.tr("Contact persons")), ("vcf4", self.tr("Contacts as vCard 4.0")),
                          ("vcf3", self.tr("Contacts as vCard 3.0 (old phones)"))):
            self.what.addItem(text, key)
        form.addRow(self.tr("&Export"), self.what)
        self.per_contact = QCheckBox(self.tr("One file per contact"))
        form.addRow(self.per_contact)
        lay.addLayout(form)
        self.columns = QListWidget()
        self.columns.setObjectName("export_columns")
        lay.addWidget(self.columns, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.what.currentIndexChanged.connect(self.on_what_changed)
        self.on_what_changed()
        self.written: int | None = None
        self.resize(420, 480)

    def on_what_changed(self) -> None:
        key = self.what.currentData()
        vcf = key.startswith("vcf")
        self.per_contact.setEnabled(vcf)
        self.columns.setEnabled(not vcf)
        self.columns.clear()
        if not vcf:
            for col in exports.LISTS[key][0]:
                item = QListWidgetItem(translate("app.exports", col.label))
                item.setData(Qt.ItemDataRole.UserRole, col.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.columns.addItem(item)

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def ask_path(self) -> str:
        key = self.what.currentData()
        if key.startswith("vcf") and self.per_contact.isChecked():
            return QFileDialog.getExistingDirectory(self, self.tr("Folder for the vCards"))
        flt = (self.tr("vCard (*.vcf)") if key.startswith("vcf")
               else self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export to"), "", flt)
        return name

    def on_save_clicked(self) -> None:
        path = self.ask_path()
        if not path:
            return
        self.start(path)

    def start(self, path: str) -> None:
        key = self.what.currentData()
        if key.startswith("vcf"):
            version, per_contact = ("4.0" if key == "vcf4" else "3.0"), self.per_contact.isChecked()
            run_op(self, lambda ctx: exports.export_vcards(ctx, path, version=version, one_per_contact=per_contact),
                   on_done=self.on_done)
        else:
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".xlsx"
            run_op(self, exports.export_list, key, path, self.chosen_columns(), on_done=self.on_done)

    def on_done(self, n: int) -> None:
        self.written = n
        QMessageBox.information(self, self.tr("Export"), self.tr("%n record(s) exported.", "", n))
        self.accept()
