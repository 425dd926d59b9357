"""Administration › Plans and KPI (ui/settings/plans.py) and › Document Templates
(ui/settings/doc_templates.py): the grid shows plans with the computed facts, edits are saved in
one go, a bad value is named and nothing is saved, an XLSX import fills the grid; indicators are
added; a template with an unknown field is refused, a good one saved."""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from app import doc_templates, kpi
from app.context import AppContext

from tests.reports.seed_kpi import build_kpi
from tests.ui.helpers import call_app, open_db
from ui.settings.doc_templates import TemplatesDialog
from ui.settings.plans import PlansDialog


def _open(gui, embedded_db, qtbot):
    with AppContext(embedded_db) as ctx:
        ids = build_kpi(ctx)
    open_db(qtbot, embedded_db.target)
    dlg = PlansDialog(today=dt.date(2026, 3, 20))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=20000)
    return dlg, ids


def _row(dlg, name):
    """The plan row of ``name`` (its fact row is the next one)."""
    return 2 * [t.name for t in dlg.grid.targets].index(name)


def test_plan_grid_edit_save_and_import(gui, embedded_db, qtbot, tmp_path):
    dlg, ids = _open(gui, embedded_db, qtbot)
    assert dlg.indicator_combo.currentText() == "Revenue (RUB)" and dlg.table.columnCount() == 12
    iv = _row(dlg, "Ivanov")
    # plan typed by a head; the fact under it computed: 3000 of 5000 = 60 %, read-only
    assert dlg.table.item(iv, 2).text() == "5000"
    fact = dlg.table.item(iv + 1, 2)
    assert (fact.text(), fact.toolTip()) == ("3000", "Fact: 3000 (60 % of plan)")
    assert not fact.flags() & Qt.ItemFlag.ItemIsEditable
    pe = _row(dlg, "Petrov")
    assert dlg.table.item(pe + 1, 1).text() == "500" and dlg.table.item(pe + 1, 0).text() == ""  # no plan, no fact
    dept = 2 * [t.key for t in dlg.grid.targets].index(("D", ids["dep"]))
    assert dlg.table.item(dept + 1, 2).toolTip() == "Fact: 7000 (70 % of plan)"
    out = Path(os.environ.get("KPI_PNG_DIR", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    assert dlg.grab().save(str(out / "plans.png"))

    dlg.table.item(iv, 3).setText("6 000")  # April
    dlg.table.item(iv, 4).setText("abc")  # May: refused, nothing saved
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert "Ivanov, 2026-05" in dlg.error_label.text() and "not a number" in dlg.error_label.text()
    revenue = dlg.indicator_combo.currentData()
    assert (("U", ids["iv"]), 3) not in call_app(qtbot, lambda ctx: kpi.load_plan_grid(ctx, revenue, 2026, "MONTH", with_facts=False)).values
    dlg.table.item(iv, 4).setText("")
    dlg.loaded = False
    save.click()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=20000)
    assert dlg.table.item(iv, 3).text() == "6000"
    saved = call_app(qtbot, lambda ctx: kpi.load_plan_grid(ctx, revenue, 2026, "MONTH", with_facts=False)).values
    assert saved[(("U", ids["iv"]), 3)] == Decimal(6000) and (("U", ids["iv"]), 4) not in saved

    wb = Workbook()
    wb.active.append(["", "Jan", "Feb"])
    wb.active.append(["Petrov", 111, 222])
    path = tmp_path / "plans.xlsx"
    wb.save(path)
    dlg.loaded = False
    dlg.import_file(str(path))
    qtbot.waitUntil(lambda: dlg.loaded, timeout=20000)
    assert (dlg.table.item(pe, 0).text(), dlg.table.item(pe, 1).text()) == ("111", "222")
    assert dlg.error_label.text() == "Imported 2 plan(s)."


def test_indicators_tab(gui, embedded_db, qtbot):
    dlg, _ids = _open(gui, embedded_db, qtbot)
    dlg.tabs.setCurrentIndex(1)
    assert dlg.ind_table.rowCount() == 7
    dlg.on_add_indicator_clicked()
    r = dlg.ind_table.rowCount() - 1
    dlg.ind_table.cellWidget(r, 0).setText("offers")
    dlg.ind_table.cellWidget(r, 1).setText("Deals opened")
    fact = dlg.ind_table.cellWidget(r, 4)
    fact.setCurrentIndex(fact.findData("NEW_DEALS"))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dlg.ind_table.rowCount() == 8 and dlg.indicator_combo.count() == 8, timeout=20000)
    added = [i for i in call_app(qtbot, kpi.indicators) if i.code == "OFFERS"]
    assert [(i.name, i.fact_kind) for i in added] == [("Deals opened", "NEW_DEALS")]


def test_templates_dialog(gui, embedded_db, qtbot):
    open_db(qtbot, embedded_db.target)
    dlg = TemplatesDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=20000)
    assert dlg.code == "CONTRACT" and "[signatures]" in dlg.editor.toPlainText()
    assert dlg.state_label.text() == "The built-in text (not changed yet)"
    dlg.editor.setPlainText("# Contract {number}\n\n{clinet}")
    dlg.on_save_clicked()
    qtbot.waitUntil(lambda: bool(dlg.error_label.text()), timeout=20000)
    assert "{clinet}" in dlg.error_label.text() and dlg.editor.toPlainText().endswith("{clinet}")
    dlg.editor.setPlainText("# Contract {number}\n\n")
    dlg.editor.moveCursor(QTextCursor.MoveOperation.End)
    dlg.fields.itemDoubleClicked.emit(dlg.fields.item(dlg.fields.count() - 1))  # inserts {manager}
    dlg.loaded = False
    dlg.on_save_clicked()
    qtbot.waitUntil(lambda: dlg.loaded and dlg.state_label.text() == "Your own text", timeout=20000)
    assert call_app(qtbot, doc_templates.load, "CONTRACT").body == "# Contract {number}\n\n{manager}"
    dlg.loaded = False
    dlg.on_default_clicked()
    qtbot.waitUntil(lambda: dlg.loaded and dlg.state_label.text().startswith("The built-in"), timeout=20000)
