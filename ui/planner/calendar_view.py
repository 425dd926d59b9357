"""The planner's calendar: a painted Day / Week / Month grid of tasks. Layer: ``ui``.

Day and week: one column per day, rows of hours (:data:`FIRST_HOUR`..:data:`LAST_HOUR`; earlier or
later tasks sit at the edge), each task a box at its time as tall as its duration (at least one
line). Month: six weeks of cells with the number of tasks and the first titles. Overdue open tasks
are red, done ones grey. Double-click or Enter on a task emits ``calendar_did_activate_task``; a
double-click on an empty slot emits ``calendar_did_request_task_at`` with that time.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.planner import TaskItem

DAY, WEEK, MONTH = "day", "week", "month"
FIRST_HOUR, LAST_HOUR = 7, 21
OVERDUE = QColor("#c62828")
DONE = QColor("#9e9e9e")
KIND_COLORS = {"CALL": QColor("#1976d2"), "MEETING": QColor("#7b1fa2"), "EMAIL": QColor("#00897b"),
               "TODO": QColor("#f57c00")}


def period(view: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """First day and the day after the last of the period shown for ``anchor`` (weeks start Monday)."""
    if view == DAY:
        return anchor, anchor + dt.timedelta(days=1)
    if view == WEEK:
        start = anchor - dt.timedelta(days=anchor.weekday())
        return start, start + dt.timedelta(days=7)
    first = anchor.replace(day=1)
    start = first - dt.timedelta(days=first.weekday())
    return start, start + dt.timedelta(days=42)


def step(view: str, anchor: dt.date, n: int) -> dt.date:
    """``anchor`` moved by ``n`` periods (Ctrl+PgUp/PgDn)."""
    if view == DAY:
        return anchor + dt.timedelta(days=n)
    if view == WEEK:
        return anchor + dt.timedelta(weeks=n)
    month = anchor.month - 1 + n
    year = anchor.year + month // 12
    return dt.date(year, month % 12 + 1, 1)


class CalendarGrid(QWidget):
    """The painted grid. Feed it with :meth:`set_tasks`; it never reads the database."""

    calendar_did_activate_task = Signal(int)
    calendar_did_request_task_at = Signal(object)  #: datetime of the slot
    calendar_did_select_task = Signal(object)  #: TaskItem | None

    def __init__(self, now_fn: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarGrid")
        self.now_fn = now_fn
        self.view = WEEK
        self.anchor = now_fn().date()
        self.tasks: list[TaskItem] = []
        self.selected: int | None = None
        self._boxes: list[tuple[QRectF, TaskItem]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 360)

    def set_tasks(self, view: str, anchor: dt.date, tasks: list[TaskItem]) -> None:
        self.view, self.anchor, self.tasks = view, anchor, tasks
        if self.selected not in {t.id for t in tasks}:
            self.selected = None
        self.update()

    def days(self) -> list[dt.date]:
        start, end = period(self.view, self.anchor)
        return [start + dt.timedelta(days=i) for i in range((end - start).days)]

    def selected_task(self) -> TaskItem | None:
        return next((t for t in self.tasks if t.id == self.selected), None)

    # --- geometry ----------------------------------------------------------------------------
    def _header_h(self) -> float:
        return self.fontMetrics().height() + 8

    def _gutter(self) -> float:
        return self.fontMetrics().horizontalAdvance("00:00") + 10 if self.view != MONTH else 0

    def _hour_h(self) -> float:
        return max((self.height() - self._header_h()) / (LAST_HOUR - FIRST_HOUR + 1), 1.0)

    def _slot_time(self, pos: QPointF) -> dt.datetime | None:
        days = self.days()
        if self.view == MONTH:
            cw, ch = self.width() / 7, (self.height() - self._header_h()) / 6
            col, row = int(pos.x() // cw), int((pos.y() - self._header_h()) // ch)
            i = row * 7 + col
            return dt.datetime.combine(days[i], dt.time(10)) if 0 <= i < len(days) and row >= 0 else None
        cw = (self.width() - self._gutter()) / len(days)
        col = int((pos.x() - self._gutter()) // cw)
        if not 0 <= col < len(days) or pos.y() < self._header_h():
            return None
        minutes = int((pos.y() - self._header_h()) / self._hour_h() * 60) // 30 * 30
        return dt.datetime.combine(days[col], dt.time(FIRST_HOUR)) + dt.timedelta(minutes=minutes)

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        self._boxes = []
        if self.view == MONTH:
            self._paint_month(p)
        else:
            self._paint_days(p)
        p.end()

    def _task_color(self, t: TaskItem, now: dt.datetime) -> QColor:
        if t.status != "OPEN":
            return DONE
        return OVERDUE if t.is_overdue(now) else KIND_COLORS.get(t.kind, QColor("#546e7a"))

    def _paint_days(self, p: QPainter) -> None:
        days, now = self.days(), self.now_fn()
        hh, top, gutter = self._hour_h(), self._header_h(), self._gutter()
        cw = (self.width() - gutter) / len(days)
        grid = QPen(self.palette().mid().color())
        p.setPen(grid)
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            y = top + (h - FIRST_HOUR) * hh
            p.drawLine(QPointF(gutter, y), QPointF(self.width(), y))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, gutter - 4, hh), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{h:02d}:00")
            p.setPen(grid)
        for i, d in enumerate(days):
            x = gutter + i * cw
            p.setPen(grid)
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            bold = QFont(self.font())
            bold.setBold(d == now.date())
            p.setFont(bold)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x, 0, cw, top), Qt.AlignmentFlag.AlignCenter, QLocale().toString(QDate(d.year, d.month, d.day), "ddd dd.MM"))
            p.setFont(self.font())
            day_tasks = [t for t in self.tasks if t.due_at is not None and t.due_at.date() == d]
            line = self.fontMetrics().height() + 4
            placed: list[QRectF] = []
            for t in day_tasks:
                hours = (t.due_at.hour + t.due_at.minute / 60) - FIRST_HOUR
                hours = min(max(hours, 0), LAST_HOUR - FIRST_HOUR + 1 - line / hh)
                y = top + hours * hh
                h = max(t.duration_min / 60 * hh, line)
                box = QRectF(x + 2, y, cw - 4, h)
                shift = sum(1 for b in placed if b.intersects(box))
                if shift:  # overlapping tasks side by side
                    box = QRectF(x + 2 + shift * cw / 4, y, cw - 4 - shift * cw / 4, h)
                placed.append(box)
                self._draw_box(p, box, t, f"{t.due_at:%H:%M} {t.title}", now)

    def _draw_box(self, p: QPainter, box: QRectF, t: TaskItem, text: str, now: dt.datetime) -> None:
        color = self._task_color(t, now)
        fill = QColor(color)
        fill.setAlpha(40)
        p.fillRect(box, fill)
        p.setPen(QPen(color, 2 if t.id == self.selected else 1))
        p.drawRect(box)
        font = QFont(self.font())
        font.setStrikeOut(t.status != "OPEN")
        p.setFont(font)
        p.setPen(color if t.status == "OPEN" else DONE)
        p.drawText(box.adjusted(3, 1, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(box.width()) - 5))
        p.setFont(self.font())
        self._boxes.append((box, t))

    def _paint_month(self, p: QPainter) -> None:
        days, now = self.days(), self.now_fn()
        top = self._header_h()
        cw, ch = self.width() / 7, (self.height() - top) / 6
        grid = QPen(self.palette().mid().color())
        for i in range(7):
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(i * cw, 0, cw, top), Qt.AlignmentFlag.AlignCenter, QLocale().toString(QDate(days[i].year, days[i].month, days[i].day), "ddd"))
        line = self.fontMetrics().height() + 2
        for i, d in enumerate(days):
            cell = QRectF((i % 7) * cw, top + (i // 7) * ch, cw, ch)
            if d.month != self.anchor.month:
                p.fillRect(cell, self.palette().alternateBase())
            p.setPen(grid)
            p.drawRect(cell)
            day_tasks = [t for t in self.tasks if t.due_at is not None and t.due_at.date() == d]
            bold = QFont(self.font())
            bold.setBold(d == now.date())
            p.setFont(bold)
            p.setPen(self.palette().text().color())
            head = f"{d.day}" + (f"  ({len(day_tasks)})" if day_tasks else "")
            p.drawText(cell.adjusted(3, 1, -3, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, head)
            p.setFont(self.font())
            fits = max(int((ch - line) // line), 0)
            for k, t in enumerate(day_tasks[:fits]):
                box = QRectF(cell.x() + 2, cell.y() + line * (k + 1), cw - 4, line - 1)
                self._draw_box(p, box, t, f"{t.due_at:%H:%M} {t.title}", now)

    # --- input -------------------------------------------------------------------------------
    def task_at(self, pos: QPointF) -> TaskItem | None:
        for box, t in reversed(self._boxes):
            if box.contains(pos):
                return t
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        t = self.task_at(event.position())
        self.selected = t.id if t else None
        self.calendar_did_select_task.emit(t)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        t = self.task_at(event.position())
        if t is not None:
            self.calendar_did_activate_task.emit(t.id)
            return
        when = self._slot_time(event.position())
        if when is not None:
            self.calendar_did_request_task_at.emit(when)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        ordered = [t for t in self.tasks if t.due_at is not None]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.calendar_did_activate_task.emit(self.selected)
        elif event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left) and ordered:
            ids = [t.id for t in ordered]
            i = ids.index(self.selected) if self.selected in ids else -1
            forward = event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            i = min(i + 1, len(ids) - 1) if forward else max(i - 1, 0)
            self.selected = ids[i]
            self.calendar_did_select_task.emit(ordered[i])
            self.update()
        else:
            super().keyPressEvent(event)
