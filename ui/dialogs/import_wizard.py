"""File › Import… and File › Import history… (issue #11). Layer: ``ui``.

The wizard collects the file, its reading options and the mapping, then runs
:func:`app.imports.run_import` on the database worker (:func:`ui.ops.run_op`) with a progress bar
(rows/s) and Cancel; the result page shows the counts and saves the error file. Reading the file
for the preview (:func:`app.import_files.open_source`, a few dozen rows, no database) happens on the
GUI thread: it is bounded and needs no attachment.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import imports
from app.errors import UserError
from app.import_files import as_text, open_source

from ui import errors
from ui.ops import run_op

ENCODINGS = ("", "utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r", "cp866")
DELIMITERS = (("", ""), (";", ";"), (",", ","), ("\t", "Tab"), ("|", "|"))


class _Relay(QObject):
    """Carries the engine's progress from the worker thread to the GUI (queued signal)."""

    relay_did_progress = Signal(int, float)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("File"))
        self.setSubTitle(self.tr("Choose what to import and the file; check how it is read."))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Clients"), "clients")
        self.kind.addItem(self.tr("Deals"), "deals")
        form.addRow(self.tr("&Import"), self.kind)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.on_browse_clicked)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        for e in ENCODINGS:
            self.encoding.addItem(e or self.tr("(detect)"), e)
        self.delimiter = QComboBox()
        for d, label in DELIMITERS:
            self.delimiter.addItem(label or self.tr("(detect)"), d)
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow(self.tr("&Encoding"), self.encoding)
        form.addRow(self.tr("&Delimiter"), self.delimiter)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        form.addRow(self.tr("Read as"), self.detected)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form.addRow(self.preview)
        self.path.editingFinished.connect(self.reload)
        for combo in (self.sheet, self.encoding, self.delimiter):
            combo.activated.connect(self.reload)
        self.registerField("path*", self.path)

    def on_browse_clicked(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import a file"), "",
                                               self.tr("Tables and address books (*.xlsx *.csv *.tsv *.txt *.vcf);;"
                                                       "All files (*)"))
        if name:
            self.path.setText(name)
            self.sheet.clear()
            self.reload()

    def reload(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        try:
            src = open_source(text, sheet=self.sheet.currentText() or None,
                              encoding=self.encoding.currentData() or None,
                              delimiter=self.delimiter.currentData() or None)
        except UserError as exc:
            self.wiz.source = None
            self.detected.setText(str(exc))
            self.preview.clear()
            self.completeChanged.emit()
            return
        self.wiz.source = src
        if src.sheets and self.sheet.count() == 0:
            self.sheet.addItems(src.sheets)
            self.sheet.setCurrentText(src.sheet or "")
        if src.format == "xlsx":
            how = self.tr("Excel workbook, sheet “{sheet}”, data from row {row}").format(sheet=src.sheet, row=src.first_row)
        elif src.format == "csv":
            how = self.tr("Text table, encoding {enc}, delimiter “{d}”, data from row {row}").format(
                enc=src.encoding, d="Tab" if src.delimiter == "\t" else src.delimiter, row=src.first_row)
        else:
            how = self.tr("vCard address book (version {v})").format(v=src.note or "?")
        self.detected.setText(how)
        rows = src.preview(20)
        self.preview.setColumnCount(len(src.headers))
        self.preview.setHorizontalHeaderLabels(src.headers)
        self.preview.setRowCount(len(rows))
        for i, (_n, vals) in enumerate(rows):
            for j, v in enumerate(vals):
                self.preview.setItem(i, j, QTableWidgetItem(as_text(v)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.source is not None

    def validatePage(self) -> bool:
        self.wiz.kind = self.kind.currentData()
        return self.wiz.source is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check which field each column goes to; unrecognised columns are ignored."))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        form = self.form = QFormLayout()
        self.policy = QComboBox()
        self.policy.setObjectName("policy")
        for key, text in (("skip", self.tr("Skip the row")), ("update", self.tr("Fill the empty fields of the existing client")),
                          ("overwrite", self.tr("Overwrite the existing client's fields")),
                          ("create", self.tr("Create a new client anyway"))):
            self.policy.addItem(text, key)
        form.addRow(self.tr("When the client is already there"), self.policy)
        self.policy_help = QLabel()
        self.policy_help.setWordWrap(True)
        form.addRow(self.policy_help)
        self.policy.currentIndexChanged.connect(self.on_policy_changed)
        self.on_policy_changed()
        self.region = QLineEdit("RU")
        self.region.setMaxLength(2)
        form.addRow(self.tr("Phone region"), self.region)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("&Save mapping…"))
        self.save.clicked.connect(self.on_save_clicked)
        self.dry = QPushButton(self.tr("&Dry run"))
        self.dry.setObjectName("dry_run")
        self.dry.clicked.connect(self.on_dry_clicked)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.dry)
        lay.addLayout(buttons)
        self.extra_keys: list[str] = []
        self.dry_result = QLabel()
        self.dry_result.setObjectName("dry_result")
        self.dry_result.setWordWrap(True)
        lay.addWidget(self.dry_result)

    def on_policy_changed(self) -> None:
        if getattr(self.wiz, "kind", "clients") == "deals":
            self.policy_help.setText(self._deal_helps()[self.policy.currentData()] + " " +
                                     self.tr("“Dry run” shows what each way would do, without writing."))
            return
        helps = {
            "skip": self.tr("A row whose INN, phone, e-mail or name and city is already in the base (or higher in "
                            "the file) is skipped and listed with the client it matches."),
            "update": self.tr("The matching client keeps what it has; only its empty fields are filled and new "
                              "phones and e-mails added. Undo restores it."),
            "overwrite": self.tr("The matching client's fields are replaced by the file's non-empty values and new "
                                 "phones and e-mails added. Undo restores it."),
            "create": self.tr("Every row becomes a new client, duplicates included."),
        }
        self.policy_help.setText(helps[self.policy.currentData()] + " " +
                                 self.tr("“Dry run” shows what each way would do, without writing."))

    def _deal_helps(self) -> dict[str, str]:
        return {
            "skip": self.tr("A row whose client, title and creation date match a deal in the base (or higher in the "
                            "file) is skipped and listed with the deal it matches."),
            "update": self.tr("The matching deal keeps what it has; only its empty fields (amount, expected close, "
                              "responsible, source, note) are filled. The stage is not moved. Undo restores it."),
            "overwrite": self.tr("The matching deal's fields are replaced by the file's non-empty values and it moves "
                                 "to the file's stage (recorded in the stage history). Undo restores it."),
            "create": self.tr("Every row becomes a new deal, duplicates included."),
        }

    def _label_policies(self) -> None:
        deals = self.wiz.kind == "deals"
        texts = {"skip": self.tr("Skip the row"),
                 "update": self.tr("Fill the empty fields of the existing deal") if deals else
                 self.tr("Fill the empty fields of the existing client"),
                 "overwrite": self.tr("Overwrite the existing deal's fields and stage") if deals else
                 self.tr("Overwrite the existing client's fields"),
                 "create": self.tr("Create a new deal anyway") if deals else self.tr("Create a new client anyway")}
        for i in range(self.policy.count()):
            self.policy.setItemText(i, texts[self.policy.itemData(i)])
        label = self.form.labelForField(self.policy)
        if label is not None:
            label.setText(self.tr("When the deal is already there") if deals else
                          self.tr("When the client is already there"))
        self.on_policy_changed()

    def initializePage(self) -> None:
        self._label_policies()
        src = self.wiz.source
        guess = imports.guess_mapping(self.wiz.kind, src.headers)
        self.table.setRowCount(len(src.headers))
        for i, h in enumerate(src.headers):
            self.table.setItem(i, 0, QTableWidgetItem(h))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for t in imports.targets(self.wiz.kind):
                combo.addItem(imports.target_label(self.wiz.kind, t.key), t.key)
            combo.setCurrentIndex(max(0, combo.findData(guess.columns.get(h, ""))))
            self.table.setCellWidget(i, 1, combo)
        self.dry_result.clear()
        # classifiers and custom fields come from the database
        run_op(self, imports.extra_targets, self.wiz.kind, on_done=self.add_extra_targets)

    def add_extra_targets(self, keys: list[str]) -> None:
        self.extra_keys = keys
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 1)
            header = self.table.item(i, 0).text().strip().upper()
            for key in keys:
                combo.addItem(imports.target_label(self.wiz.kind, key), key)
                if combo.currentData() == "" and key.split(":", 1)[1].strip().upper() == header:
                    combo.setCurrentIndex(combo.count() - 1)  # a column named like the classifier

    def mapping(self) -> imports.Mapping:
        m = imports.Mapping(kind=self.wiz.kind, phone_region=(self.region.text() or "RU").upper())
        for i in range(self.table.rowCount()):
            m.columns[self.table.item(i, 0).text()] = self.table.cellWidget(i, 1).currentData()
        return m

    def on_save_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr("Name of the mapping:"))
        if ok and name.strip():
            run_op(self, imports.save_mapping, name.strip(), self.mapping())

    def on_dry_clicked(self) -> None:
        self.dry_result.setText(self.tr("Checking…"))
        chosen = self.policy.currentData()
        run_op(self, _dry_all, self.wiz.kind, self.wiz.source, self.mapping(), chosen,
               on_done=self.show_dry_runs, on_error=lambda e: self.dry_result.setText(str(e)))

    def show_dry_runs(self, results: list) -> None:
        """The chosen way's counts first, then what each other way would do (the same file)."""
        (_p, first), *others = results
        lines = [self.tr("Dry run: {summary}").format(summary=first.summary())]
        for policy, r in others:
            lines.append(self.tr("“{choice}”: {summary}").format(
                choice=self.policy.itemText(self.policy.findData(policy)), summary=r.summary()))
        self.dry_result.setText("\n".join(lines))

    def validatePage(self) -> bool:
        try:
            imports.check_mapping(self.wiz.kind, self.mapping(), self.wiz.source.headers)
        except UserError as exc:
            errors.show_error(self, exc)
            return False
        self.wiz.mapping = self.mapping()
        self.wiz.policy = self.policy.currentData()
        return True


def _run(ctx, kind, src, mapping, policy, dry_run, relay, cancel):
    def progress(p):
        if relay is not None:
            relay.relay_did_progress.emit(p.rows, p.rows_per_s)

    return imports.run_import(ctx, kind, src.path, mapping=mapping, sheet=src.sheet, encoding=src.encoding,
                              delimiter=src.delimiter, on_duplicate=policy, dry_run=dry_run, progress=progress,
                              cancel=(cancel.is_set if cancel is not None else None), keep_fates=False)


def _dry_all(ctx, kind, src, mapping, chosen):
    """Dry runs of every duplicate policy, the chosen one first: what each choice would do."""
    order = [chosen] + [p for p in imports.POLICIES if p != chosen]
    return [(p, _run(ctx, kind, src, mapping, p, True, None, None)) for p in order]


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        lay = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.rate = QLabel()
        self.rate.setObjectName("rate")
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.errors_button = QPushButton(self.tr("Save the &error file…"))
        self.errors_button.clicked.connect(self.on_errors_clicked)
        self.errors_button.setEnabled(False)
        for w in (self.bar, self.rate, self.cancel_button, self.result, self.errors_button):
            lay.addWidget(w)
        lay.addStretch(1)
        self.done = False
        self.relay = _Relay(self)
        self.relay.relay_did_progress.connect(self.on_progress)
        self.cancel = threading.Event()
        self.outcome: imports.ImportResult | None = None

    def initializePage(self) -> None:
        self.done = False
        self.cancel.clear()
        self.cancel_button.setEnabled(True)
        run_op(self, _run, self.wiz.kind, self.wiz.source, self.wiz.mapping, self.wiz.policy, False, self.relay,
               self.cancel, on_done=self.on_finished, on_error=self.on_failed)

    def on_progress(self, rows: int, per_s: float) -> None:
        self.rate.setText(self.tr("{rows} rows, {rate} rows/s").format(rows=rows, rate=int(per_s)))

    def on_cancel_clicked(self) -> None:
        self.cancel.set()
        self.cancel_button.setEnabled(False)

    def on_finished(self, r: imports.ImportResult) -> None:
        self.outcome = r
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.setEnabled(False)
        head = self.tr("Cancelled; what was imported can be undone.") if r.cancelled else self.tr("Done.")
        self.result.setText(self.tr("{head} Batch {batch}: {summary}").format(head=head, batch=r.batch_id,
                                                                              summary=r.summary()))
        self.errors_button.setEnabled(r.failed > 0)
        self.done = True
        self.completeChanged.emit()

    def on_failed(self, exc: UserError) -> None:
        self.bar.setRange(0, 1)
        self.result.setText(str(exc))
        self.done = True
        self.completeChanged.emit()

    def on_errors_clicked(self) -> None:
        default = str(imports.error_file_name(self.wiz.source.path))
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Save the error file"), default)
        if name and self.outcome is not None:
            try:
                n = imports.write_error_file(self.outcome, self.wiz.source.path, name, sheet=self.wiz.source.sheet)
            except UserError as exc:
                errors.show_error(self, exc)
                return
            QMessageBox.information(self, self.tr("Error file"), self.tr("%n row(s) written.", "", n))

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """File › Import…: file → columns → import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("import_wizard")
        self.source = None
        self.kind = "clients"
        self.mapping: imports.Mapping | None = None
        self.policy = "skip"
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.run_page = RunPage(self)
        for p in (self.file_page, self.mapping_page, self.run_page):
            self.addPage(p)
        self.resize(820, 600)


class ImportHistoryDialog(QDialog):
    """File › Import history…: the batches the login may see, with Undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([self.tr("Batch"), self.tr("Started"), self.tr("What"), self.tr("File"),
                                              self.tr("State"), self.tr("By"), self.tr("Rows")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo = box.addButton(self.tr("&Undo the import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo.clicked.connect(self.on_undo_clicked)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(760, 400)
        self.reload()

    def reload(self) -> None:
        run_op(self, imports.list_batches, on_done=self.show_batches)

    def show_batches(self, batches: list) -> None:
        self.table.setRowCount(len(batches))
        for i, b in enumerate(batches):
            vals = (str(b.id), f"{b.started_at:%d.%m.%Y %H:%M}", b.kind, b.file_name, b.state, b.owner,
                    f"+{b.created} ~{b.updated} ={b.skipped} !{b.failed}")
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                self.table.setItem(i, j, item)

    def on_undo_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        batch = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if QMessageBox.question(self, self.tr("Undo the import"),
                                self.tr("Remove what import {batch} created and restore what it updated?").format(
                                    batch=batch)) != QMessageBox.StandardButton.Yes:
            return
        run_op(self, imports.undo_import, batch, on_done=self.on_undone)

    def on_undone(self, res: imports.UndoResult) -> None:
        text = self.tr("Import {batch} undone: {deleted} removed, {restored} restored.").format(
            batch=res.batch_id, deleted=res.deleted, restored=res.restored)
        if res.kept:
            text += "\n" + self.tr("Left as they are (changed since):") + "\n" + "\n".join(
                f"{e.lower()} #{i}: {why}" for e, i, why in res.kept[:30])
        QMessageBox.information(self, self.tr("Undo the import"), text)
        self.reload()


from ui.dialogs.import_menu import install_import  # noqa: E402,F401  (its home before issue #12)
