"""The Dashboard tab (ui/dashboard/dashboard.py): figures of hand-counted data, clicks into the
report or tab behind each tile and chart, refresh on change events, a PNG to look at."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from app.changes import DEAL, Changes
from app.context import AppContext

from tests.reports.seed_kpi import build_kpi
from tests.ui.helpers import open_db
from ui.dashboard.dashboard import DashboardWidget


def test_figures_and_click_through(gui, embedded_db, qtbot, tmp_path):
    with AppContext(embedded_db) as ctx:
        build_kpi(ctx)
    open_db(qtbot, embedded_db.target)
    w = DashboardWidget()
    qtbot.addWidget(w)
    w.today = lambda: dt.date(2026, 3, 20)
    w.resize(1000, 640)
    w.show()
    w.refresh()
    qtbot.waitUntil(lambda: w.data is not None, timeout=20000)
    # March: plans 10000, won 7000 in 3 deals -> 70 %; open 19000 in 3 deals; Gamma sleeping
    assert w.tiles["plan"].value.text() == "70 %"
    assert w.tiles["won"].note.text() == "3 deal(s)"
    assert w.tiles["pipeline"].note.text() == "3 open deal(s)"
    assert w.tiles["sleeping"].value.text() == "1"
    assert [r[0] for r in w.plan_chart.rows] == ["Plan", "Fact"]
    assert [(r[0], r[1]) for r in w.stage_chart.rows] == [("F: Lead", 19000.0)]
    out = Path(os.environ.get("KPI_PNG_DIR", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(out / "dashboard_en.png"))

    _russian_png(w.data, out, qtbot)

    reports, tabs = [], []
    w.dashboard_did_request_report.connect(lambda rid, values: reports.append((rid, values)))
    w.dashboard_did_request_tab.connect(tabs.append)
    qtbot.mouseClick(w.tiles["plan"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.tiles["sleeping"], Qt.MouseButton.LeftButton)
    w.tiles["receivables"].setFocus()
    qtbot.keyClick(w.tiles["receivables"], Qt.Key.Key_Return)
    qtbot.mouseClick(w.tiles["overdue"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.stage_chart, Qt.MouseButton.LeftButton, pos=QPoint(40, 35))
    qtbot.mouseClick(w.print_button, Qt.MouseButton.LeftButton)
    assert reports == [("kpi.sales_plan_fact", {"period": "this_month"}), ("clients.sleeping", {}),
                       ("invoices.receivables", {"overdue_only": True}), ("funnel.snapshot", {}),
                       ("summary.dashboard", {})]
    assert tabs == ["planner"]

    # a deal change (ours or another workstation's) reloads the figures
    w.data = None
    w.on_changes(Changes.of(DEAL))
    qtbot.waitUntil(lambda: w.data is not None, timeout=20000)
    w.clear()
    assert w.tiles["plan"].value.text() == "\u2014"


def _russian_png(data, out: Path, qtbot) -> None:
    """The same figures in Russian (translator and locale as ui/main.py installs them): a PNG to look at."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from ui.main import TRANSLATIONS_DIR

    app = QApplication.instance()
    tr = QTranslator()
    assert tr.load(QLocale("ru"), "kartoteka", "_", str(TRANSLATIONS_DIR)), "run python -m tools.i18n release"
    old = QLocale()
    app.installTranslator(tr)
    QLocale.setDefault(QLocale("ru"))
    try:
        ru = DashboardWidget()
        qtbot.addWidget(ru)
        ru.resize(1000, 640)
        ru.show()
        ru.show_data(data)
        assert ru.tiles["won"].caption.text() == "Выиграно в этом месяце"
        assert ru.tiles["won"].note.text() == "3 сделки" and ru.heading.text().startswith("Сегодня, ")
        assert ru.grab().save(str(out / "dashboard_ru.png"))
    finally:
        app.removeTranslator(tr)
        QLocale.setDefault(old)
