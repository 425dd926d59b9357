"""The Dashboard tab: the figures of the day and month for heads and managers (issue #13).
Layer: ``ui``.

Tiles (revenue plan vs fact, won this month, open pipeline, overdue tasks, sleeping clients,
invoices past due) and two charts drawn with QPainter (plan against fact, pipeline by stage). Each
is clickable: it asks the main window for the report or the tab behind it
(``dashboard_did_request_report(report id, values)``, ``dashboard_did_request_tab(name)``).
Loaded by :func:`app.dashboard.load` — one statement on the read channel — through
:func:`ui.ops.run_op`; refreshed by the same change events as the lists (:meth:`on_changes`).
*Print* opens report 125 (the same figures on paper).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import dashboard
from app.changes import CLIENT, DEAL, INTERACTION, REF, TASK, Changes
from app.dashboard import Dashboard

from ui import ops

GOOD, WARN, BAD, BAR = QColor("#2e7d32"), QColor("#ef8f00"), QColor("#c62828"), QColor("#4a78b5")


def _money(v: Decimal | None) -> str:
    if v is None:
        return "\u2014"
    return QLocale().toString(float(v), "f", 0)


class Tile(QFrame):
    """A clickable figure: a caption, a big value and a small note."""

    tile_did_activate = Signal()

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.caption = QLabel(caption)
        self.value = QLabel("\u2014")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.setMinimumWidth(170)

    def set(self, value: str, note: str = "", color: QColor | None = None) -> None:
        self.value.setText(value)
        self.note.setText(note)
        pal = self.value.palette()
        pal.setColor(QPalette.ColorRole.WindowText, color or self.palette().color(QPalette.ColorRole.WindowText))
        self.value.setPalette(pal)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.tile_did_activate.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.tile_did_activate.emit()
            return
        super().keyPressEvent(event)


class BarChart(QWidget):
    """Horizontal bars drawn with QPainter: (label, value, colour) rows, each row clickable."""

    chart_did_activate = Signal(int)  #: row index

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.rows: list[tuple[str, float, str, QColor]] = []
        self.empty_text = ""
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_rows(self, rows: list[tuple[str, float, str, QColor]], empty_text: str = "") -> None:
        self.rows, self.empty_text = rows, empty_text
        self.setMinimumHeight(40 + 26 * max(len(rows), 2))
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        top, row_h = 28.0, 26.0
        label_w = min(max(self.width() * 0.35, 90.0), 260.0)
        return top, row_h, label_w

    def row_at(self, y: float) -> int | None:
        top, row_h, _ = self._geometry()
        i = int((y - top) // row_h)
        return i if 0 <= i < len(self.rows) and y >= top else None

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text_color)
        p.drawText(QRectF(4, 2, self.width() - 8, 22), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.title)
        p.setFont(self.font())
        top, row_h, label_w = self._geometry()
        if not self.rows:
            p.drawText(QRectF(4, top, self.width() - 8, row_h), Qt.AlignmentFlag.AlignLeft, self.empty_text)
            return
        peak = max((v for _l, v, _t, _c in self.rows), default=0.0) or 1.0
        bar_w = max(self.width() - label_w - 110, 20)
        for i, (label, value, text, color) in enumerate(self.rows):
            y = top + i * row_h
            p.setPen(text_color)
            p.drawText(QRectF(4, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            w = bar_w * max(value, 0.0) / peak
            p.fillRect(QRectF(label_w, y + 5, w, row_h - 10), color)
            p.drawText(QRectF(label_w + w + 6, y, 104, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       text)
        p.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position().y())
            self.chart_did_activate.emit(row if row is not None else -1)
        super().mouseReleaseEvent(event)


class DashboardWidget(QWidget):
    """See the module docstring."""

    dashboard_did_request_report = Signal(str, dict)
    dashboard_did_request_tab = Signal(str)
    #: a load finished (the figures are shown, or the error is)
    dashboard_did_load = Signal()
    SHOWS = (DEAL, TASK, INTERACTION, CLIENT, REF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.data: Dashboard | None = None
        self.loading = False
        self.today = dt.date.today  #: a test may pin the day
        self.heading = QLabel("")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("dashboardPrint")
        self.print_button.clicked.connect(self.on_print_clicked)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button)

        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        specs = (
            ("plan", self.tr("Revenue: % of the month's plan"), "kpi.sales_plan_fact", {"period": "this_month"}),
            ("won", self.tr("Won this month"), "sales.by_manager", {"period": "this_month"}),
            ("pipeline", self.tr("Open pipeline"), "funnel.snapshot", {}),
            ("overdue", self.tr("Overdue tasks"), None, {}),
            ("sleeping", self.tr("Sleeping clients"), "clients.sleeping", {}),
            ("receivables", self.tr("Invoices past due"), "invoices.receivables", {"overdue_only": True}),
        )
        self.targets: dict[str, tuple[str | None, dict]] = {}
        for i, (key, caption, report, values) in enumerate(specs):
            tile = Tile(f"tile_{key}", caption, self)
            tile.tile_did_activate.connect(lambda k=key: self.activate(k))
            self.tiles[key] = tile
            self.targets[key] = (report, values)
            grid.addWidget(tile, i // 3, i % 3)
        self.plan_chart = BarChart("planChart", self.tr("Plan against fact this month"), self)
        self.plan_chart.chart_did_activate.connect(lambda _row: self.activate("plan"))
        self.stage_chart = BarChart("stageChart", self.tr("Open pipeline by stage"), self)
        self.stage_chart.chart_did_activate.connect(lambda _row: self.activate("pipeline"))
        charts = QHBoxLayout()
        charts.addWidget(self.plan_chart, 1)
        charts.addWidget(self.stage_chart, 2)
        self.status = QLabel("")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(grid)
        lay.addLayout(charts, 1)
        lay.addWidget(self.status)

    # --- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.status.setText(self.tr("Loading…"))
        ops.run_op(self, dashboard.load, self.today(), on_done=self.show_data, on_error=self._failed)

    def clear(self) -> None:
        self.data = None
        self.heading.setText("")
        for tile in self.tiles.values():
            tile.set("\u2014")
        self.plan_chart.set_rows([])
        self.stage_chart.set_rows([])

    def on_changes(self, changes: Changes) -> None:
        if any(changes.touches(k) for k in self.SHOWS):
            self.refresh()

    def _failed(self, error) -> None:
        self.loading = False
        self.status.setText(str(error))
        self.dashboard_did_load.emit()

    def show_data(self, d: Dashboard) -> None:
        self.loading = False
        self.data = d
        self.status.setText("")
        self.heading.setText(self.tr("Today, {date}").format(
            date=QLocale().toString(d.today, QLocale.FormatType.LongFormat)))
        pct = d.plan_pct
        color = None if pct is None else GOOD if pct >= 1 else WARN if pct >= 0.8 else BAD
        self.tiles["plan"].set(f"{pct * 100:.0f} %" if pct is not None else "\u2014",
                               self.tr("{fact} of {plan}").format(fact=_money(d.won_amount), plan=_money(d.plan))
                               if d.plan is not None else self.tr("No revenue plan for this month"), color)
        cur = f" {d.currency}"
        self.tiles["won"].set(_money(d.won_amount) + cur, self.tr("%n deal(s)", "", d.won_deals))
        self.tiles["pipeline"].set(_money(d.open_amount) + cur, self.tr("%n open deal(s)", "", d.open_deals))
        self.tiles["overdue"].set(str(d.overdue_tasks), self.tr("Open tasks past their time"),
                                  BAD if d.overdue_tasks else GOOD)
        self.tiles["sleeping"].set(str(d.sleeping_clients), self.tr("No contact for %n day(s)", "",
                                                                    dashboard.SLEEPING_DAYS),
                                   WARN if d.sleeping_clients else GOOD)
        self.tiles["receivables"].set(_money(d.overdue_invoices) + cur, self.tr("Owed after the due date"),
                                      BAD if d.overdue_invoices else GOOD)
        plan_rows = []
        if d.plan is not None:
            plan_rows.append((self.tr("Plan"), float(d.plan), _money(d.plan), QColor("#9e9e9e")))
        plan_rows.append((self.tr("Fact"), float(d.won_amount), _money(d.won_amount), color or BAR))
        self.plan_chart.set_rows(plan_rows)
        self.stage_chart.set_rows([(f"{s.funnel}: {s.stage}", float(s.amount),
                                    f"{_money(s.amount)} ({s.deals})", BAR) for s in d.pipeline],
                                  self.tr("No open deals"))
        self.dashboard_did_load.emit()

    # --- clicks -------------------------------------------------------------------------------------
    def activate(self, key: str) -> None:
        """A tile or chart was clicked: its report, or the planner for overdue tasks."""
        if key == "overdue":
            self.dashboard_did_request_tab.emit("planner")
            return
        report, values = self.targets[key]
        if report is not None:
            self.dashboard_did_request_report.emit(report, dict(values))

    def on_print_clicked(self) -> None:
        self.dashboard_did_request_report.emit("summary.dashboard", {})
