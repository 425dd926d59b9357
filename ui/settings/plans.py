"""Administration › Plans and KPI (issue #13). Layer: ``ui``.

Two tabs:

* **Plans** — one indicator, one year, plans per month / quarter / year, entered in a grid:
  rows are the managers (then the departments) the login may plan for, columns the periods. Each
  has a plan row (typed) and a fact row: the **fact** computed from the data (never typed), its
  colour and tooltip the % of plan. *Import from Excel…* reads a sheet laid out like the grid (app/kpi.py). *Save*
  (Ctrl+S) writes the changed cells in one transaction.
* **Indicators** — code, name, unit, weight, how the fact is computed, in use.

Administrators and heads write plans (the server checks: a head only his department's); the
others see their own plans read-only.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import kpi
from app.errors import UserError, ValidationError
from app.i18n import translate

from ui import errors, ops
from ui.settings.users_roles import ERROR_STYLE

GOOD, WARN, BAD = QColor("#dff0d8"), QColor("#fcf3cf"), QColor("#f8d7da")


def _num(v: Decimal | None) -> str:
    if v is None:
        return ""
    return f"{v:.2f}".rstrip("0").rstrip(".") if v % 1 else f"{int(v)}"


class PlansDialog(QDialog):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlansDialog")
        self.setWindowTitle(self.tr("Plans and KPI"))
        self.resize(1000, 560)
        self.grid: kpi.PlanGrid | None = None
        self.indicators: list[kpi.IndicatorInfo] = []
        self.loaded = False
        self.filling = False
        self.dirty: set[tuple[int, int]] = set()
        self.note = ""  #: shown after the next reload (an import's result)
        today = today or dt.date.today()

        self.tabs = QTabWidget(self)
        # --- plans tab
        plans = QWidget()
        self.indicator_combo = QComboBox()
        self.indicator_combo.setObjectName("indicatorCombo")
        self.indicator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for code in ("MONTH", "QUARTER", "YEAR"):
            self.kind_combo.addItem(translate("kpi", kpi.PERIOD_TITLES[code]), code)
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.clicked.connect(self.on_import_clicked)
        top = QHBoxLayout()
        for label, w in ((self.tr("&Indicator:"), self.indicator_combo), (self.tr("&Year:"), self.year_spin),
                         (self.tr("Plans &per:"), self.kind_combo)):
            lab = QLabel(label)
            lab.setBuddy(w)
            top.addWidget(lab)
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.import_button)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("planGrid")
        self.table.itemChanged.connect(self.on_item_changed)
        self.hint = QLabel(self.tr("Type the plans; the fact under each is computed from the data (hover it for "
                                   "the % of plan). Green: plan met, yellow: 80 % or more, red: less."))
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(plans)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.hint)
        self.tabs.addTab(plans, self.tr("&Plans"))

        # --- indicators tab
        ind = QWidget()
        self.ind_table = QTableWidget(0, 6)
        self.ind_table.setObjectName("indicatorTable")
        self.ind_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("Weight"),
                                                  self.tr("Fact"), self.tr("In use")])
        self.ind_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add indicator"))
        self.add_button.clicked.connect(self.on_add_indicator_clicked)
        ilay = QVBoxLayout(ind)
        ilay.addWidget(self.ind_table, 1)
        ilay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(ind, self.tr("I&ndicators"))

        self.error_label = QLabel("")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.indicator_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        ops.run_op(self, kpi.indicators, on_done=self._fill_indicators, on_error=self._failed)

    # --- loading ---------------------------------------------------------------------------------
    def _fill_indicators(self, items: list[kpi.IndicatorInfo]) -> None:
        self.indicators = items
        current = self.indicator_combo.currentData()
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for i in items:
            if i.is_active:
                self.indicator_combo.addItem(f"{i.title} ({i.unit})" if i.unit else i.title, i.id)
        if current is not None and self.indicator_combo.findData(current) >= 0:
            self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(current))
        self.indicator_combo.blockSignals(False)
        self._fill_indicator_table(items)
        self.reload()

    def reload(self) -> None:
        ind = self.indicator_combo.currentData()
        if ind is None:
            return
        self.buttons.setEnabled(False)
        ops.run_op(self, kpi.load_plan_grid, ind, self.year_spin.value(), self.kind_combo.currentData(),
                   on_done=self._fill_grid, on_error=self._failed)

    def _fill_grid(self, grid: kpi.PlanGrid) -> None:
        """Two rows per manager or department: the plan (typed) and the fact (computed, read-only)."""
        self.grid = grid
        self.dirty.clear()
        self.filling = True
        t = self.table
        t.clear()
        t.setRowCount(2 * len(grid.targets))
        t.setColumnCount(len(grid.periods))
        t.setHorizontalHeaderLabels([p.label for p in grid.periods])
        labels = []
        for tg in grid.targets:
            labels.append(tg.name if tg.user_id is not None else self.tr("Department: {name}").format(name=tg.name))
            labels.append(self.tr("fact"))
        t.setVerticalHeaderLabels(labels)
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for i, tg in enumerate(grid.targets):
            for c, _p in enumerate(grid.periods):
                plan = grid.values.get((tg.key, c))
                fact = grid.facts.get((tg.key, c))
                item = QTableWidgetItem(_num(plan))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(2 * i, c, item)
                shown = QTableWidgetItem(_num(fact) if fact is not None and (plan is not None or fact) else "")
                shown.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                shown.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                shown.setForeground(QBrush(muted))
                self._decorate(shown, plan, fact)
                t.setItem(2 * i + 1, c, shown)
        self.filling = False
        self.buttons.setEnabled(True)
        self.loaded = True
        self.error_label.setText(self.note)
        self.note = ""

    def _decorate(self, item: QTableWidgetItem, plan: Decimal | None, fact: Decimal | None) -> None:
        if fact is None:
            item.setToolTip(self.tr("Fact: none yet"))
        elif plan:
            pct = float(fact / plan)
            item.setToolTip(self.tr("Fact: {fact} ({pct} % of plan)").format(fact=_num(fact), pct=round(pct * 100)))
            item.setBackground(QBrush(GOOD if pct >= 1 else WARN if pct >= 0.8 else BAD))
        else:
            item.setToolTip(self.tr("Fact: {fact}").format(fact=_num(fact)))

    def _fill_indicator_table(self, items: list[kpi.IndicatorInfo]) -> None:
        t = self.ind_table
        t.setRowCount(0)
        for i in items:
            self._add_indicator_row(i)

    def _add_indicator_row(self, i: kpi.IndicatorInfo | None) -> None:
        t = self.ind_table
        r = t.rowCount()
        t.insertRow(r)
        code = QLineEdit(i.code if i else "")
        name = QLineEdit(i.name if i else "")
        unit = QLineEdit(i.unit if i else "")
        weight = QDoubleSpinBox()
        weight.setRange(0, 100)
        weight.setDecimals(2)
        weight.setSingleStep(0.05)
        weight.setValue(float(i.weight) if i else 0.1)
        fact = QComboBox()
        for k in kpi.FACT_KINDS:
            fact.addItem(translate("kpi", kpi.FACT_TITLES[k]), k)
            fact.setItemData(fact.count() - 1, translate("kpi", kpi.FACT_RULES[k]), Qt.ItemDataRole.ToolTipRole)
        fact.setCurrentIndex(fact.findData(i.fact_kind if i else "REVENUE"))
        active = QCheckBox()
        active.setChecked(i.is_active if i else True)
        for c, w in enumerate((code, name, unit, weight, fact, active)):
            t.setCellWidget(r, c, w)
        holder = QTableWidgetItem()
        holder.setData(Qt.ItemDataRole.UserRole, (i.id, i.version) if i else (None, None))
        t.setVerticalHeaderItem(r, holder)

    # --- editing ------------------------------------------------------------------------------------
    def on_item_changed(self, item: QTableWidgetItem) -> None:
        if self.filling:
            return
        if item.row() % 2 == 0:  # plan rows only: fact rows are read-only
            self.dirty.add((item.row(), item.column()))

    def changed_values(self) -> dict:
        """{(target key, period): value or None} of the edited cells (ValidationError on a bad one)."""
        assert self.grid is not None
        out = {}
        for r, c in sorted(self.dirty):
            item = self.table.item(r, c)
            target = self.grid.targets[r // 2]
            try:
                value = kpi.parse_plan_value(item.text() if item else "")
            except ValidationError as exc:
                self.table.setCurrentCell(r, c)
                raise ValidationError("plan", self.tr("{who}, {period}: {error}").format(
                    who=target.name, period=self.grid.periods[c].label, error=exc)) from None
            out[(target.key, self.grid.periods[c])] = value
        return out

    def on_save_clicked(self) -> None:
        self.error_label.setText("")
        if self.tabs.currentIndex() == 1:
            self._save_indicators()
            return
        if self.grid is None:
            return
        try:
            values = self.changed_values()
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            return
        if not values:
            return
        self.buttons.setEnabled(False)
        ops.run_op(self, kpi.save_plans, self.grid.indicator_id, self.grid.kind, values,
                   on_done=lambda _c: self.reload(), on_error=self._failed)

    def _save_indicators(self) -> None:
        t = self.ind_table
        drafts = []
        for r in range(t.rowCount()):
            ident, version = t.verticalHeaderItem(r).data(Qt.ItemDataRole.UserRole)
            code, name, unit, weight, fact, active = (t.cellWidget(r, c) for c in range(6))
            d = kpi.IndicatorDraft(code.text(), name.text(), unit.text(), Decimal(str(round(weight.value(), 2))),
                                   fact.currentData(), active.isChecked(), ident, version)
            old = next((i for i in self.indicators if i.id == ident), None)
            if old is None or (old.code, old.name, old.unit, old.weight, old.fact_kind, old.is_active) != (
                    d.code.strip().upper(), d.name.strip(), d.unit.strip(), d.weight, d.fact_kind, d.is_active):
                drafts.append(d)
        if not drafts:
            return
        self.buttons.setEnabled(False)

        def save_all(ctx, ds):
            for d in ds:
                kpi.save_indicator(ctx, d)
            return kpi.indicators(ctx)

        ops.run_op(self, save_all, drafts, on_done=self._fill_indicators, on_error=self._failed)

    def on_add_indicator_clicked(self) -> None:
        self._add_indicator_row(None)
        self.ind_table.cellWidget(self.ind_table.rowCount() - 1, 0).setFocus()

    def on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import plans"), "", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        ind = self.indicator_combo.currentData()
        if ind is None:
            return
        self.buttons.setEnabled(False)
        ops.run_op(self, kpi.import_plans, path, ind, self.year_spin.value(), self.kind_combo.currentData(),
                   on_done=self._imported, on_error=self._failed)

    def _imported(self, result: kpi.ImportResult) -> None:
        self.note = self.tr("Imported %n plan(s).", "", result.plans)
        self.reload()

    def _failed(self, error: UserError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error_label.setText(str(error))
        else:
            errors.show_error(self, error)
