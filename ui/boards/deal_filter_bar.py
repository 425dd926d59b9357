"""The deal filters shared by the funnel board and the deal list. Layer: ``ui``.

My deals · Manager · Period (created / expected close: presets or custom dates) · Tag · Search.

Contract:

* The bar holds a :class:`DealFilterState` (:meth:`state`) and shows it. Every change the user
  makes fires ``deal_filter_bar_did_change_filters(state)`` once (typing in the search box after a
  short pause); :meth:`set_state` and :meth:`set_choices` (the program's own changes) fire nothing.
* The bar knows nothing about the database: the screen gives it users and tags through
  :meth:`set_choices` and turns the state into ``app.board`` filters with :func:`to_filter`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

#: period presets (code); the labels are in DealFilterBar._PRESET_LABELS
PRESETS = ("any", "this_month", "last_month", "this_quarter", "this_year", "last_30", "custom")
SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class DealFilterState:
    """What the bar shows; ``manager_id`` is ignored while ``my`` is on."""

    my: bool = False
    manager_id: int | None = None
    period_field: str = "created"  #: created | expected_close
    preset: str = "any"
    date_from: dt.date | None = None  #: custom period only
    date_to: dt.date | None = None
    tag_id: int | None = None
    text: str = ""


def preset_range(preset: str, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The (first, last) day of a period preset (both None for "any" and "custom")."""
    today = today or dt.date.today()
    if preset == "this_month":
        first = today.replace(day=1)
        return first, _month_end(first)
    if preset == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if preset == "this_quarter":
        first = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return first, _month_end(dt.date(first.year, first.month + 2, 1))
    if preset == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if preset == "last_30":
        return today - dt.timedelta(days=29), today
    return None, None


def _month_end(first: dt.date) -> dt.date:
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def to_filter(state: DealFilterState, my_user_id: int | None, cls, **extra):
    """An ``app.board`` filter (``cls``: BoardFilter or DealListFilter) for ``state``.

    "My deals" without a CRM user of one's own matches nothing (responsible -1), never everything.
    """
    if state.my:
        responsible = my_user_id if my_user_id is not None else -1
    else:
        responsible = state.manager_id
    if state.preset == "custom":
        first, last = state.date_from, state.date_to
    else:
        first, last = preset_range(state.preset)
    return cls(responsible_id=responsible, period_field=state.period_field, date_from=first, date_to=last,
               tag_id=state.tag_id, text=state.text.strip(), **extra)


class DealFilterBar(QWidget):
    """Deal filters in one row (see the module docstring)."""

    deal_filter_bar_did_change_filters = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealFilterBar")
        self._state = DealFilterState()
        self._users: list[tuple[int, str]] = []
        self._tags: list[tuple[int, str, str | None]] = []
        self._my_available = True
        self._showing = False

        self.my_check = QCheckBox(self.tr("&My deals"), self)
        self.my_check.setObjectName("filterMyDeals")
        self.my_check.setToolTip(self.tr("Only deals you are responsible for"))
        self.manager_combo = QComboBox(self)
        self.manager_combo.setObjectName("filterManager")
        self.manager_combo.setToolTip(self.tr("Only deals of this manager"))
        self.manager_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("filterPeriodField")
        self.field_combo.addItem(self.tr("Created"), "created")
        self.field_combo.addItem(self.tr("Expected close"), "expected_close")
        self.field_combo.setToolTip(self.tr("Which date the period applies to"))
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("filterPeriod")
        labels = {
            "any": self.tr("Any time"), "this_month": self.tr("This month"), "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"), "this_year": self.tr("This year"),
            "last_30": self.tr("Last 30 days"), "custom": self.tr("Dates…"),
        }
        for code in PRESETS:
            self.preset_combo.addItem(labels[code], code)
        self.from_edit = self._date_edit("filterDateFrom", self.tr("First day of the period"))
        self.to_edit = self._date_edit("filterDateTo", self.tr("Last day of the period"))
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("filterDealTag")
        self.tag_combo.setToolTip(self.tr("Only deals of clients with this tag"))
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("filterDealText")
        self.search_edit.setPlaceholderText(self.tr("Search deal or client…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(160)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_settled)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for w in (self.my_check, self.manager_combo, self.field_combo, self.preset_combo, self.from_edit,
                  self.to_edit, self.tag_combo):
            layout.addWidget(w)
        layout.addWidget(self.search_edit, 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.my_check.toggled.connect(lambda on: self._change(my=on))
        self.manager_combo.currentIndexChanged.connect(
            lambda _i: self._change(manager_id=self.manager_combo.currentData()))
        self.field_combo.currentIndexChanged.connect(
            lambda _i: self._change(period_field=self.field_combo.currentData()))
        self.preset_combo.currentIndexChanged.connect(self._on_preset)
        self.from_edit.dateChanged.connect(lambda _d: self._on_dates())
        self.to_edit.dateChanged.connect(lambda _d: self._on_dates())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self._change(tag_id=self.tag_combo.currentData()))
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._on_search_settled)
        self._show()

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setToolTip(tip)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.currentDate())
        return edit

    # --- public ------------------------------------------------------------------------------
    def state(self) -> DealFilterState:
        return self._state

    def set_state(self, state: DealFilterState) -> None:
        """Show ``state``; fires nothing."""
        if not self._my_available and state.my:
            state = replace(state, my=False)
        self._state = state
        self._show()

    def set_choices(self, users: Sequence[tuple[int, str]], tags: Sequence[tuple[int, str, str | None]],
                    my_available: bool) -> None:
        """The managers and tags to offer and whether "My deals" can work; fires nothing."""
        self._users, self._tags, self._my_available = list(users), list(tags), my_available
        self.my_check.setEnabled(my_available)
        state = self._state
        if state.manager_id is not None and state.manager_id not in {u[0] for u in self._users}:
            state = replace(state, manager_id=None)
        if state.tag_id is not None and state.tag_id not in {t[0] for t in self._tags}:
            state = replace(state, tag_id=None)
        self.set_state(state)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        s = self._state
        self._showing = True
        try:
            self.my_check.setChecked(s.my)
            self.manager_combo.clear()
            self.manager_combo.addItem(self.tr("All managers"), None)
            for uid, name in self._users:
                self.manager_combo.addItem(name, uid)
            self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(s.manager_id))
                                               if s.manager_id is not None else 0)
            self.manager_combo.setEnabled(not s.my and len(self._users) > 1)  # a manager sees only own deals
            self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(s.period_field)))
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(s.preset)))
            custom = s.preset == "custom"
            for edit, value in ((self.from_edit, s.date_from), (self.to_edit, s.date_to)):
                edit.setVisible(custom)
                if value is not None:
                    edit.setDate(QDate(value.year, value.month, value.day))
            self.field_combo.setEnabled(s.preset != "any")
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
            for tid, name, _color in self._tags:
                self.tag_combo.addItem(name, tid)
            self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(s.tag_id)) if s.tag_id is not None else 0)
            if self.search_edit.text() != s.text:
                self.search_edit.setText(s.text)
        finally:
            self._showing = False

    # --- user changes ------------------------------------------------------------------------
    def _change(self, **kw) -> None:
        if self._showing:
            return
        new = replace(self._state, **kw)
        if new == self._state:
            return
        self._state = new
        self._show()
        self.deal_filter_bar_did_change_filters.emit(new)

    def _on_preset(self, _index: int) -> None:
        if self._showing:
            return
        preset = self.preset_combo.currentData()
        if preset == "custom":
            first, last = preset_range("this_month")
            first = self._state.date_from or first
            last = self._state.date_to or last
            self._change(preset=preset, date_from=first, date_to=last)
        else:
            self._change(preset=preset)

    def _on_dates(self) -> None:
        if self._showing:
            return
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if last < first:  # keep the period a period: the other end follows
            if self.sender() is self.from_edit:
                last = first
            else:
                first = last
        self._change(date_from=first, date_to=last)

    def _on_search_settled(self) -> None:
        self._search_timer.stop()
        self._change(text=self.search_edit.text())
