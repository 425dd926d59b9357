"""The import wizard's Cancel (issue #11): clicked on the real button while an XLSX import runs on the
worker, it stops the import after the chunk being written; the batch is CANCELLED, every row read so
far is accounted for in its row log, what was created is in the base, and undo removes all of it."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from app import imports
from app.context import AppContext, spec_from
from tests.ui.helpers import call_app, sql

from ui import ops
from ui.dialogs.import_wizard import ImportWizard

ROWS = 600
PREFIX = "ООО Отмена"


def _sheet(path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Клиенты")
    ws.append(["Наименование", "E-mail"])
    for i in range(ROWS):
        ws.append([f"{PREFIX} {i:04d}", f"cancel{i}@cancel-test.ru"])
    wb.save(path)


def test_cancel_leaves_a_consistent_undoable_batch(gui, demo_db, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK", 50)  # 12 chunks: Cancel lands long before the end
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    src = tmp_path / "many.xlsx"
    _sheet(src)
    wiz = ImportWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(src))
    wiz.file_page.reload()
    wiz.next()
    m = wiz.mapping_page
    assert [m.table.cellWidget(i, 1).currentData() for i in range(2)] == ["name", "email"]
    run = wiz.run_page
    clicked = []

    def cancel_on_first_progress(rows: int, _rate: float) -> None:
        if not clicked:
            clicked.append(rows)
            qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)

    run.relay.relay_did_progress.connect(cancel_on_first_progress)
    wiz.next()  # starts the import
    qtbot.waitUntil(lambda: run.done, timeout=120000)
    r = run.outcome
    assert clicked and r is not None and r.cancelled
    assert not run.cancel_button.isEnabled()
    assert "rows/s" in run.rate.text()
    assert run.result.text().startswith("Cancelled")
    assert 0 < r.total < ROWS and r.total % 50 == 0  # whole chunks only
    assert r.created == r.total and r.failed == r.skipped == 0
    batch = r.batch_id

    def facts(ctx):
        return (sql(ctx, "SELECT STATE, ROWS_TOTAL, ROWS_CREATED FROM IMPORT_BATCHES WHERE ID = ?", (batch,))[0],
                sql(ctx, "SELECT COUNT(*), MIN(ROW_NO), MAX(ROW_NO) FROM IMPORT_ROWS WHERE BATCH_ID = ? "
                         "AND FATE = 'CREATED'", (batch,))[0],
                sql(ctx, "SELECT COUNT(*) FROM CLIENTS WHERE NAME STARTING WITH ?", (PREFIX,))[0][0])

    (state, total, created), (logged, first, last), in_base = call_app(qtbot, facts)
    assert (state.strip(), total, created) == ("CANCELLED", r.total, r.created)
    assert (logged, first, last) == (r.created, 2, r.total + 1)  # sheet rows 2.. (row 1 is the header)
    assert in_base == r.created
    res = call_app(qtbot, lambda ctx: imports.undo_import(ctx, batch))
    assert res.deleted == r.created and res.kept == []
    assert call_app(qtbot, facts)[2] == 0
