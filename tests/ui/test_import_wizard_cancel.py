"""Cancel in the import wizard (issue #11): a client import of 5,000 generated rows started in the
wizard, Cancel pressed on the real button while it runs; the batch must be consistent (every row
read before the cancel accounted for, in order, nothing half-written) and undoable.

The worker is held at its first progress report until the GUI thread has processed the click, so
the cancel lands mid-run on any machine (the engine checks the flag after each written chunk)."""
from __future__ import annotations

import csv
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.context import AppContext, spec_from
from tests.ui.helpers import call_app, sql

from ui import ops
from ui.dialogs import import_wizard
from ui.dialogs.import_wizard import ImportHistoryDialog, ImportWizard

ROWS = 5000


def _write_file(path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Наименование", "Телефон", "E-mail", "Город"])
        for i in range(ROWS):
            w.writerow([f"ООО Отмена {i:05d}", f"+7 913 {i // 10000:03d}-{i % 10000 // 100:02d}-{i % 100:02d}",
                        f"cancel{i:05d}@example.org", "Новосибирск"])


def test_cancel_mid_run_leaves_a_consistent_undoable_batch(gui, demo_db, qtbot, tmp_path, monkeypatch):
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    src = tmp_path / "many.csv"
    _write_file(src)
    clicked = threading.Event()
    reports: list[int] = []
    real_run = import_wizard._run

    def held_run(ctx, kind, source, mapping, policy, dry_run, relay, cancel):
        def hold(rows, _rate):
            reports.append(rows)
            if len(reports) == 1:
                assert clicked.wait(30), "the Cancel click never reached the worker"

        relay.relay_did_progress.connect(hold, Qt.ConnectionType.DirectConnection)
        return real_run(ctx, kind, source, mapping, policy, dry_run, relay, cancel)

    monkeypatch.setattr(import_wizard, "_run", held_run)
    wiz = ImportWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(src))
    wiz.file_page.reload()
    wiz.next()
    m = wiz.mapping_page
    assert m.policy.currentData() == "skip"
    wiz.next()
    run = wiz.run_page
    run.cancel_button.clicked.connect(lambda: clicked.set())
    qtbot.waitUntil(lambda: bool(run.rate.text()), timeout=60000)  # the first chunk is written
    assert run.cancel_button.isEnabled()
    qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.done, timeout=120000)
    r = run.outcome
    assert r is not None and r.cancelled, run.result.text()
    assert "Cancelled" in run.result.text() and "rows/s" in run.rate.text()
    assert not run.cancel_button.isEnabled()
    assert 0 < r.total < ROWS  # stopped mid-run
    assert r.created + r.skipped + r.failed == r.total
    batch = r.batch_id

    def check(ctx):
        state, total, created = sql(ctx, "SELECT STATE, ROWS_TOTAL, ROWS_CREATED FROM IMPORT_BATCHES WHERE ID = ?",
                                    (batch,))[0]
        logged = sql(ctx, "SELECT ROW_NO, FATE, RECORD_ID FROM IMPORT_ROWS WHERE BATCH_ID = ? ORDER BY ROW_NO",
                     (batch,))
        names = sql(ctx, "SELECT c.ID, c.NAME, (SELECT COUNT(*) FROM PHONES p WHERE p.CLIENT_ID = c.ID), "
                         "(SELECT COUNT(*) FROM EMAILS e WHERE e.CLIENT_ID = c.ID) "
                         "FROM CLIENTS c WHERE c.NAME STARTING WITH 'ООО Отмена '")
        return state.strip(), total, created, logged, names

    state, total, created, logged, names = call_app(qtbot, check)
    assert (state, total, created) == ("CANCELLED", r.total, r.created)
    # every row before the cancel accounted for, in file order, none after it
    assert [n for n, _f, _i in logged] == list(range(2, r.total + 2))
    made = {i for _n, f, i in logged if f.strip() == "CREATED"}
    assert len(made) == r.created
    # nothing half-written: the clients in the base are exactly the logged ones, each whole
    assert {i for i, *_ in names} == made
    assert all((p, e) == (1, 1) for _i, _name, p, e in names)
    assert sorted(int(name.split()[-1]) for _i, name, _p, _e in names) == list(range(r.created))
    # the cancelled batch is undone from Import history
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
    qtbot.waitUntil(lambda: bool(shown), timeout=120000)
    assert f"Import {batch} undone: {r.created} removed" in shown[0]
    state, _t, _c, _logged, names = call_app(qtbot, check)
    assert state == "UNDONE" and names == []
