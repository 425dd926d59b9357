"""The client list's quick filters in one row. Layer: ``ui``.

My clients · Status (several) · Tag · Sleeping N days · No next step · Show archived.

Contract:

* The bar holds a :class:`ui.state.ClientFilters` (:meth:`filters`) and shows it. Every change
  the user makes fires ``filter_bar_did_change_filters(filters)`` once; :meth:`set_filters` and
  :meth:`set_choices` (the program's own changes) fire nothing.
* The bar knows nothing about the database: the list gives it the tags and whether the login has
  a CRM user ("My clients" is disabled without one) through :meth:`set_choices`, and builds
  ``app``'s ``ListFilter`` from :meth:`filters` itself.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ui.state import ClientFilters


class FilterBar(QWidget):
    """Quick filters of the client list (see the module docstring)."""

    filter_bar_did_change_filters = Signal(object)

    def __init__(self, statuses: Sequence[tuple[str, str]], status_context: str,
                 parent: QWidget | None = None) -> None:
        """``statuses``: (code, QT_TRANSLATE_NOOP label) in lifecycle order; labels are
        translated in ``status_context``."""
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._filters = ClientFilters()
        self._tags: list[tuple[int, str, str | None]] = []
        self._classifier_values: list[tuple[int, str]] = []
        self._my_available = True

        self.my_check = QCheckBox(self.tr("&My clients"), self)
        self.my_check.setObjectName("filterMy")
        self.my_check.setToolTip(self.tr("Only clients you are responsible for"))

        self.status_button = QToolButton(self)
        self.status_button.setObjectName("filterStatus")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for code, label in statuses:
            act = self.status_menu.addAction(QCoreApplication.translate(status_context, label))
            act.setCheckable(True)
            act.setData(code)
            act.toggled.connect(self._on_status_toggled)
            self.status_actions[code] = act
        self.status_menu.addSeparator()
        self.any_status_action = self.status_menu.addAction(self.tr("Any status"))
        self.any_status_action.triggered.connect(self._on_any_status)
        self.status_button.setMenu(self.status_menu)
        self._status_labels = {code: QCoreApplication.translate(status_context, label) for code, label in statuses}

        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("filterTag")
        self.tag_combo.setToolTip(self.tr("Only clients with this tag"))
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_combo.currentIndexChanged.connect(self._on_tag_changed)

        self.classifier_combo = QComboBox(self)
        self.classifier_combo.setObjectName("filterClassifier")
        self.classifier_combo.setToolTip(self.tr("Only clients with this classifier value"))
        self.classifier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.classifier_combo.currentIndexChanged.connect(self._on_classifier_changed)

        self.sleeping_check = QCheckBox(self.tr("&Sleeping"), self)
        self.sleeping_check.setObjectName("filterSleeping")
        self.sleeping_check.setToolTip(self.tr("No contact for this many days (or never)"))
        self.sleeping_spin = QSpinBox(self)
        self.sleeping_spin.setObjectName("filterSleepingDays")
        self.sleeping_spin.setRange(1, 3650)
        self.sleeping_spin.setSuffix(self.tr(" days"))
        self.sleeping_spin.setKeyboardTracking(False)  # one reload per value, not per digit
        self.sleeping_spin.setAccelerated(True)

        self.no_next_check = QCheckBox(self.tr("&No next step"), self)
        self.no_next_check.setObjectName("filterNoNextStep")
        self.no_next_check.setToolTip(self.tr("Clients without a planned next step"))
        self.archived_check = QCheckBox(self.tr("Show &archived"), self)
        self.archived_check.setObjectName("filterArchived")
        self.archived_check.setToolTip(self.tr("Include archived clients"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for w in (self.my_check, self.status_button, self.tag_combo, self.classifier_combo, self.sleeping_check):
            layout.addWidget(w)
        layout.addSpacing(-6)
        layout.addWidget(self.sleeping_spin)
        layout.addWidget(self.no_next_check)
        layout.addWidget(self.archived_check)
        layout.addStretch(1)
        # the row may be clipped in a narrow window rather than force the window wider
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.my_check.toggled.connect(lambda on: self._change(my=on))
        self.sleeping_check.toggled.connect(lambda on: self._change(sleeping=on))
        self.sleeping_spin.valueChanged.connect(self._on_days_changed)
        self.no_next_check.toggled.connect(lambda on: self._change(no_next_step=on))
        self.archived_check.toggled.connect(lambda on: self._change(include_archived=on))
        self._show()

    # --- public ------------------------------------------------------------------------------
    def filters(self) -> ClientFilters:
        return self._filters

    def set_filters(self, filters: ClientFilters) -> None:
        """Show ``filters`` (a view was chosen); fires nothing."""
        if filters.tag_id is not None and self._tags and filters.tag_id not in {t[0] for t in self._tags}:
            filters = replace(filters, tag_id=None)  # a tag deleted since the view was saved
        if not self._my_available and filters.my:
            filters = replace(filters, my=False)
        self._filters = filters
        self._show()

    def set_choices(self, tags: Sequence[tuple[int, str, str | None]], my_available: bool,
                    classifier_values: Sequence[tuple[int, str]] = ()) -> None:
        """The tags and classifier values to offer and whether "My clients" can work; fires nothing."""
        self._tags = list(tags)
        self._classifier_values = list(classifier_values)
        self._my_available = my_available
        self.my_check.setEnabled(my_available)
        self.my_check.setToolTip(self.tr("Only clients you are responsible for") if my_available else
                                 self.tr("Your login has no CRM user, so no clients are yours"))
        self.set_filters(self._filters)

    # --- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        f = self._filters
        widgets = (self.my_check, self.tag_combo, self.classifier_combo, self.sleeping_check, self.sleeping_spin, self.no_next_check,
                   self.archived_check, *self.status_actions.values())
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.my_check.setChecked(f.my)
            for code, act in self.status_actions.items():
                act.setChecked(code in f.statuses)
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
            for tid, name, _color in self._tags:
                self.tag_combo.addItem(name, tid)
            if f.tag_id is not None and self.tag_combo.findData(f.tag_id) < 0:
                self.tag_combo.addItem(self.tr("Tag #{id}").format(id=f.tag_id), f.tag_id)  # tags not loaded yet
            self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(f.tag_id)) if f.tag_id is not None else 0)
            self.classifier_combo.clear()
            self.classifier_combo.addItem(self.tr("Any classifier"), None)
            for vid, text in self._classifier_values:
                self.classifier_combo.addItem(text, vid)
            cv = f.classifier_value_id
            if cv is not None and self.classifier_combo.findData(cv) < 0:
                self.classifier_combo.addItem(self.tr("Value #{id}").format(id=cv), cv)  # not loaded yet
            self.classifier_combo.setCurrentIndex(max(0, self.classifier_combo.findData(cv)) if cv is not None else 0)
            self.classifier_combo.setVisible(bool(self._classifier_values) or cv is not None)
            self.sleeping_check.setChecked(f.sleeping)
            self.sleeping_spin.setValue(f.sleeping_days)
            self.no_next_check.setChecked(f.no_next_step)
            self.archived_check.setChecked(f.include_archived)
        finally:
            for w, b in zip(widgets, blocked, strict=True):
                w.blockSignals(b)
        self._show_status_text()

    def _show_status_text(self) -> None:
        chosen = [self._status_labels[c] for c in self.status_actions if c in self._filters.statuses]
        if not chosen:
            text = self.tr("Status: any")
        elif len(chosen) <= 2:
            text = self.tr("Status: {list}").format(list=", ".join(chosen))
        else:
            text = self.tr("Status: %n chosen", "", len(chosen))
        self.status_button.setText(text)
        # room for the text and the menu arrow (Fusion draws the arrow over a tight text)
        fm = self.status_button.fontMetrics()
        self.status_button.setMinimumWidth(fm.horizontalAdvance(text) + 28)
        self.status_button.setToolTip(", ".join(chosen) if chosen else self.tr("Clients of any status"))

    # --- user changes ------------------------------------------------------------------------
    def _change(self, **kw: object) -> None:
        new = replace(self._filters, **kw)
        if new != self._filters:
            self._filters = new
            self.filter_bar_did_change_filters.emit(new)

    def _on_status_toggled(self, _on: bool) -> None:
        statuses = tuple(code for code, act in self.status_actions.items() if act.isChecked())
        self._change(statuses=statuses)
        self._show_status_text()

    def _on_any_status(self) -> None:
        blocked = [a.blockSignals(True) for a in self.status_actions.values()]
        for act, b in zip(self.status_actions.values(), blocked, strict=True):
            act.setChecked(False)
            act.blockSignals(b)
        self._change(statuses=())
        self._show_status_text()

    def _on_tag_changed(self, index: int) -> None:
        self._change(tag_id=self.tag_combo.itemData(index) if index >= 0 else None)

    def _on_classifier_changed(self, index: int) -> None:
        self._change(classifier_value_id=self.classifier_combo.itemData(index) if index >= 0 else None)

    def _on_days_changed(self, days: int) -> None:
        # a new number means "sleeping that long": switch the filter on, as the user obviously wants it
        if self._filters.sleeping:
            self._change(sleeping_days=days)
        else:
            self.sleeping_check.blockSignals(True)
            self.sleeping_check.setChecked(True)
            self.sleeping_check.blockSignals(False)
            self._change(sleeping=True, sleeping_days=days)
