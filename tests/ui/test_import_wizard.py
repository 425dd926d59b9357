"""File › Import… and Import history… (issue #11): the wizard reads the file, guesses the columns,
dry-runs, imports on the worker with progress, and the history undoes the batch."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from app.context import AppContext, spec_from
from tests.ui.helpers import call_app, sql

from ui import ops
from ui.dialogs import import_wizard
from ui.dialogs.import_wizard import ImportHistoryDialog, ImportWizard

DATA = Path(__file__).parent.parent / "data" / "import"


def test_wizard_imports_and_history_undoes(gui, demo_db, qtbot, tmp_path, monkeypatch):
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    src = tmp_path / "clients.csv"
    shutil.copy(DATA / "clients_1c_cp1251.csv", src)
    wiz = ImportWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    page = wiz.file_page
    page.path.setText(str(src))
    page.reload()
    assert "cp1251" in page.detected.text() and "“;”" in page.detected.text()
    assert page.preview.rowCount() == 6 and page.preview.item(0, 0).text() == 'ООО "Ромашка"'
    wiz.next()
    m = wiz.mapping_page
    assert m.table.rowCount() == 11
    qtbot.waitUntil(lambda: bool(m.extra_keys), timeout=20000)  # the demo's classifiers
    assert any(k.startswith("classifier:") for k in m.extra_keys)
    assert m.table.cellWidget(0, 1).findData(m.extra_keys[0]) > 0
    assert m.table.cellWidget(1, 1).currentData() == "inn"
    assert m.table.cellWidget(4, 1).currentData() == "mobile"
    m.on_dry_clicked()
    qtbot.waitUntil(lambda: m.dry_result.text() not in ("", "Checking…"), timeout=30000)
    assert "Dry run" in m.dry_result.text(), m.dry_result.text()
    assert "2 failed" in m.dry_result.text()
    lines = m.dry_result.text().splitlines()  # the chosen way, then what each other way would do
    assert len(lines) == 4 and lines[0].startswith("Dry run:")
    assert any(x.startswith("“Create a new client anyway”:") and "2 failed" in x for x in lines[1:])
    wiz.grab().save(str(tmp_path / "import_mapping.png"))
    wiz.next()
    run = wiz.run_page
    qtbot.waitUntil(lambda: run.done, timeout=60000)
    assert run.outcome is not None and run.outcome.failed == 2 and run.outcome.total == 6
    assert "Batch" in run.result.text() and run.errors_button.isEnabled()
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    batch = run.outcome.batch_id
    n = call_app(qtbot, lambda ctx: sql(ctx, "SELECT COUNT(*) FROM IMPORT_ROWS WHERE BATCH_ID = ?", (batch,))[0][0])
    assert n == 6
    # the history lists it; Undo removes what it created
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    dlg = ImportHistoryDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.table.rowCount() >= 1, timeout=20000)
    assert dlg.table.item(0, 0).text() == str(batch)
    dlg.table.selectRow(0)
    dlg.on_undo_clicked()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert f"Import {batch} undone: {run.outcome.created} removed" in shown[0] and run.outcome.created >= 2
    state = call_app(qtbot, lambda ctx: sql(ctx, "SELECT STATE FROM IMPORT_BATCHES WHERE ID = ?", (batch,))[0][0])
    assert state == "UNDONE"


def test_menu_entries(gui, qtbot):
    from PySide6.QtWidgets import QMainWindow

    w = QMainWindow()
    qtbot.addWidget(w)
    menu = w.menuBar().addMenu("&File")
    menu.addAction("Connect").setObjectName("file.connect")
    menu.addSeparator()
    menu.addAction("Exit").setObjectName("file.exit")
    import_wizard.install_import(w)
    names = [a.objectName() for a in menu.actions()]
    assert names[:4] == ["file.connect", "file.import", "file.import_history", "file.export"]
    assert names[-1] == "file.exit"
    assert menu.actions()[1].shortcut().toString() == "Ctrl+I"


def test_export_dialog_writes_the_chosen_columns(gui, demo_db, qtbot, tmp_path, monkeypatch):
    import openpyxl

    from ui.dialogs.export_dialog import ExportDialog

    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dlg = ExportDialog()
    qtbot.addWidget(dlg)
    for i in range(2, dlg.columns.count()):  # keep Name and Type only
        dlg.columns.item(i).setCheckState(Qt.CheckState.Unchecked)
    out = tmp_path / "clients.xlsx"
    dlg.start(str(out))
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=30000)
    rows = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Type") and len(rows) == dlg.written + 1 and dlg.written > 0
    dlg = ExportDialog()
    qtbot.addWidget(dlg)
    dlg.what.setCurrentIndex(dlg.what.findData("vcf3"))
    dlg.start(str(tmp_path / "contacts.vcf"))
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=30000)
    assert (tmp_path / "contacts.vcf").read_text(encoding="utf-8").count("VERSION:3.0") == dlg.written


def test_deals_wizard_speaks_of_deals_and_dry_runs_every_choice(gui, demo_db, qtbot, tmp_path):
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    src = tmp_path / "deals.csv"
    shutil.copy(DATA / "deals_amocrm_export.csv", src)
    wiz = ImportWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    page = wiz.file_page
    page.kind.setCurrentIndex(page.kind.findData("deals"))
    page.path.setText(str(src))
    page.reload()
    wiz.next()
    m = wiz.mapping_page
    assert m.form.labelForField(m.policy).text() == "When the deal is already there"
    assert m.policy.itemText(m.policy.findData("overwrite")) == "Overwrite the existing deal's fields and stage"
    m.policy.setCurrentIndex(m.policy.findData("overwrite"))
    assert "stage history" in m.policy_help.text()
    headers = {m.table.item(i, 0).text(): m.table.cellWidget(i, 1).currentData() for i in range(m.table.rowCount())}
    assert headers["Контакт"] == "contact_name" and headers["Компания"] == "client"
    m.on_dry_clicked()
    qtbot.waitUntil(lambda: m.dry_result.text() not in ("", "Checking…"), timeout=60000)
    lines = m.dry_result.text().splitlines()
    assert len(lines) == 4 and lines[0].startswith("Dry run: 9 rows")
    assert [x.split("”:")[0] for x in lines[1:]] == ["“Skip the row", "“Fill the empty fields of the existing deal",
                                                     "“Create a new deal anyway"]
    wiz.grab().save(str(tmp_path / "import_deals_mapping.png"))
