"""The client list's chosen columns in the Reports window: the Columns field names the columns of
the Data tab; an unknown name is one message at that field, no message box (REPORTS.md A 1)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.context import AppContext, spec_from
from app.errors import ValidationError

from ui import ops
from ui.reports_window import ReportsWindow
from ui.widgets.field_editors import is_marked_invalid

TODAY = dt.date(2026, 3, 15)


def test_columns_of_ones_choice_and_an_unknown_one(gui, demo_db, recorder, qtbot, tmp_path):
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error
    w = ReportsWindow(today=TODAY)
    qtbot.addWidget(w)
    w.show()
    assert w.select_report("clients.list")
    w.editors["columns"].set_value("client, colour")
    op = w.run_report()
    qtbot.waitUntil(lambda: op.done, timeout=60000)
    assert isinstance(op.error, ValidationError) and op.error.field == "columns"
    assert recorder.errors == []  # the message is at the field
    assert w.params.error_label.text().startswith("No column “colour” in this report; choose from: Client, Kind")
    assert is_marked_invalid(w.editors["columns"].inner)
    w.editors["columns"].set_value("client, INN, city")  # shown in the declared order
    op = w.run_report()
    qtbot.waitUntil(lambda: op.done, timeout=60000)
    assert op.error is None
    w.tabs.setCurrentIndex(1)
    heads = [w.model.headerData(i, Qt.Orientation.Horizontal) for i in range(w.model.columnCount())]
    assert heads == ["Client", "City", "INN"]  # in the report's own order
    rows = w.model.detail_rows()
    assert len(rows) > 0 and all(len(r) == 3 for r in rows)
    w.resize(1100, 700)
    png = tmp_path / "clients_list.png"
    assert w.grab().save(str(png)) and png.stat().st_size > 0
