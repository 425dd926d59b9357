"""Administration > Funnels: funnels, their ordered stages, and the lost reasons. Layer: ``ui``.

*Funnels* tab: the funnels on the left (*Add*, *Delete*); on the right the chosen funnel's name,
default and active flags and its stage table (name, probability %, colour, won, lost, rot days,
required fields as comma-separated field codes) with *Add Stage*, *Remove Stage*, *Move Up/Down*
and *Save* (Ctrl+S). The whole stage list is saved with the funnel in one call of
:func:`app.funnels.save_funnel`; a refusal (two won stages, a stage with deals removed, …) is
shown under the table and the edits stay on screen. *Lost Reasons* tab: add, rename, switch off,
delete (refused while deals use the reason).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import funnels
from app.deal_rules import FIELD_WORDS
from app.errors import UserError
from app.funnels import FunnelDraft, LostReasonItem, StageDraft

from ui import ops
from ui.settings.users_roles import ERROR_STYLE

COL_NAME, COL_PROB, COL_COLOR, COL_WON, COL_LOST, COL_ROT, COL_REQUIRED = range(7)


class FunnelsDialog(QDialog):
    """See the module docstring. ``loading``/``saving`` are True while a call is under way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelsDialog")
        self.setWindowTitle(self.tr("Funnels and Stages"))
        self.resize(900, 520)
        self.items: list[FunnelDraft] = []
        self.current: FunnelDraft | None = None
        self.reasons: list[LostReasonItem] = []
        self.loading = self.saving = False
        self._select_id: int | None = None

        # --- funnels tab
        self.funnel_list = QListWidget()
        self.funnel_list.setObjectName("funnelList")
        self.add_funnel_button = QPushButton(self.tr("&Add Funnel"))
        self.delete_funnel_button = QPushButton(self.tr("&Delete Funnel"))
        left = QVBoxLayout()
        left.addWidget(self.funnel_list, 1)
        left.addWidget(self.add_funnel_button)
        left.addWidget(self.delete_funnel_button)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("funnelName")
        self.default_check = QCheckBox(self.tr("Default funnel for new deals"))
        self.active_check = QCheckBox(self.tr("Active"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.default_check)
        form.addRow("", self.active_check)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("stagesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Probability, %"), self.tr("Colour"),
                                              self.tr("Won"), self.tr("Lost"), self.tr("Rot days"),
                                              self.tr("Required fields")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Required fields: {codes}").format(codes=", ".join(FIELD_WORDS)))
        self.add_stage_button = QPushButton(self.tr("Add S&tage"))
        self.remove_stage_button = QPushButton(self.tr("&Remove Stage"))
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.down_button = QPushButton(self.tr("Move Do&wn"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveFunnel")
        self.save_button.setToolTip(self.tr("Save the funnel and its stages (Ctrl+S)"))
        stage_buttons = QHBoxLayout()
        for b in (self.add_stage_button, self.remove_stage_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
            stage_buttons.addWidget(b)
        stage_buttons.addStretch(1)
        stage_buttons.addWidget(self.save_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("funnelStatus")
        self.status_label.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.table, 1)
        right.addLayout(stage_buttons)
        right.addWidget(self.status_label)
        funnels_page = QWidget()
        row = QHBoxLayout(funnels_page)
        row.addLayout(left, 1)
        row.addLayout(right, 3)

        # --- lost reasons tab
        self.reason_list = QListWidget()
        self.reason_list.setObjectName("reasonList")
        self.add_reason_button = QPushButton(self.tr("A&dd Reason…"))
        self.rename_reason_button = QPushButton(self.tr("Re&name…"))
        self.toggle_reason_button = QPushButton(self.tr("Switch &Off / On"))
        self.delete_reason_button = QPushButton(self.tr("De&lete"))
        self.reason_status = QLabel()
        self.reason_status.setWordWrap(True)
        rb = QVBoxLayout()
        for b in (self.add_reason_button, self.rename_reason_button, self.toggle_reason_button,
                  self.delete_reason_button):
            b.setAutoDefault(False)
            rb.addWidget(b)
        rb.addStretch(1)
        reasons_page = QWidget()
        rl = QVBoxLayout(reasons_page)
        rrow = QHBoxLayout()
        rrow.addWidget(self.reason_list, 1)
        rrow.addLayout(rb)
        rl.addLayout(rrow)
        rl.addWidget(self.reason_status)

        self.tabs = QTabWidget()
        self.tabs.addTab(funnels_page, self.tr("&Funnels"))
        self.tabs.addTab(reasons_page, self.tr("Lost &Reasons"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)

        self.funnel_list.currentRowChanged.connect(self.on_funnel_selected)
        self.add_funnel_button.clicked.connect(self.on_add_funnel_clicked)
        self.delete_funnel_button.clicked.connect(self.on_delete_funnel_clicked)
        self.add_stage_button.clicked.connect(self.on_add_stage_clicked)
        self.remove_stage_button.clicked.connect(self.on_remove_stage_clicked)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.save_button.clicked.connect(self.on_save_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.on_save_clicked)
        self.add_reason_button.clicked.connect(self.on_add_reason_clicked)
        self.rename_reason_button.clicked.connect(self.on_rename_reason_clicked)
        self.toggle_reason_button.clicked.connect(self.on_toggle_reason_clicked)
        self.delete_reason_button.clicked.connect(self.on_delete_reason_clicked)
        self.reload()

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        ops.run_op(self, funnels.funnels, on_done=self._on_loaded, on_error=self._on_load_error)
        ops.run_op(self, funnels.lost_reasons, on_done=self._on_reasons)

    def _on_load_error(self, error: UserError) -> None:
        self.loading = False
        self.show_error(str(error))

    def _on_loaded(self, items: list[FunnelDraft]) -> None:
        self.items = items
        keep = self._select_id if self._select_id is not None else (self.current.id if self.current else None)
        self.funnel_list.blockSignals(True)
        self.funnel_list.clear()
        for f in items:
            text = f.name if f.is_active else self.tr("{name} (off)").format(name=f.name)
            it = QListWidgetItem(("★ " if f.is_default else "") + text)
            it.setData(Qt.ItemDataRole.UserRole, f.id)
            self.funnel_list.addItem(it)
        self.funnel_list.blockSignals(False)
        row = next((i for i, f in enumerate(items) if f.id == keep), 0 if items else -1)
        self.funnel_list.setCurrentRow(row)
        self.on_funnel_selected(row)
        self._select_id = None
        self.loading = False

    def _on_reasons(self, reasons: list[LostReasonItem]) -> None:
        self.reasons = reasons
        self.reason_list.clear()
        for r in reasons:
            text = r.name if r.is_active else self.tr("{name} (off)").format(name=r.name)
            if r.deals:
                text += "  " + self.tr("— %n deal(s)", "", r.deals)
            self.reason_list.addItem(text)

    # --- funnel editing ----------------------------------------------------------------------
    def on_funnel_selected(self, row: int) -> None:
        self.current = self.items[row] if 0 <= row < len(self.items) else None
        self.show_funnel(self.current)

    def show_funnel(self, f: FunnelDraft | None) -> None:
        self.status_label.clear()
        self.name_edit.setText(f.name if f else "")
        self.default_check.setChecked(bool(f and f.is_default))
        self.active_check.setChecked(bool(f is None or f.is_active))
        self.table.setRowCount(0)
        for st in (f.stages if f else []):
            self._append_stage(st)

    def _append_stage(self, st: StageDraft, at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        name = QTableWidgetItem(st.name)
        name.setData(Qt.ItemDataRole.UserRole, (st.id, st.version, st.deals))
        if st.deals:
            name.setToolTip(self.tr("%n deal(s) in this stage", "", st.deals))
        self.table.setItem(row, COL_NAME, name)
        self.table.setItem(row, COL_PROB, QTableWidgetItem(str(st.probability)))
        color = QTableWidgetItem(st.color or "")
        if st.color:
            color.setBackground(QColor(st.color))
        self.table.setItem(row, COL_COLOR, color)
        for col, on in ((COL_WON, st.is_won), (COL_LOST, st.is_lost)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)
        self.table.setItem(row, COL_ROT, QTableWidgetItem(str(st.rot_days)))
        self.table.setItem(row, COL_REQUIRED, QTableWidgetItem(", ".join(st.required_fields)))

    def stage_drafts(self) -> list[StageDraft]:
        """The stage table as drafts (text that is not a number becomes -1: the app refuses it)."""
        out = []
        for row in range(self.table.rowCount()):
            def txt(col: int, row: int = row) -> str:
                item = self.table.item(row, col)
                return item.text().strip() if item else ""

            def num(col: int, row: int = row) -> int:
                try:
                    return int(txt(col, row) or 0)
                except ValueError:
                    return -1

            sid, version, deals = self.table.item(row, COL_NAME).data(Qt.ItemDataRole.UserRole) or (None, None, 0)
            checked = [self.table.item(row, c).checkState() == Qt.CheckState.Checked for c in (COL_WON, COL_LOST)]
            req = tuple(p.strip().upper() for p in txt(COL_REQUIRED).split(",") if p.strip())
            out.append(StageDraft(txt(COL_NAME), num(COL_PROB), txt(COL_COLOR) or None, checked[0], checked[1],
                                  num(COL_ROT), req, sid, version, deals))
        return out

    def draft(self) -> FunnelDraft:
        base = self.current or FunnelDraft()
        return FunnelDraft(self.name_edit.text(), self.default_check.isChecked(), self.active_check.isChecked(),
                           base.sort_order, self.stage_drafts(), base.id, base.version)

    def on_add_funnel_clicked(self) -> None:
        self.funnel_list.clearSelection()
        self.current = None
        self.show_funnel(FunnelDraft(self.tr("New funnel"), stages=[
            StageDraft(self.tr("New lead"), 10, "#9E9E9E"),
            StageDraft(self.tr("Won"), 100, "#66BB6A", is_won=True),
            StageDraft(self.tr("Lost"), 0, "#EF5350", is_lost=True)]))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def on_add_stage_clicked(self) -> None:
        row = self.table.currentRow()
        at = row + 1 if row >= 0 else max(0, self.table.rowCount() - 2)  # before won/lost by default
        self._append_stage(StageDraft(self.tr("New stage"), 50), at)
        self.table.setCurrentCell(at, COL_NAME)
        self.table.editItem(self.table.item(at, COL_NAME))

    def on_remove_stage_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_stage(self, delta: int) -> None:
        row = self.table.currentRow()
        to = row + delta
        if row < 0 or not 0 <= to < self.table.rowCount():
            return
        items = [self.table.takeItem(row, c) for c in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(to)
        for c, item in enumerate(items):
            self.table.setItem(to, c, item)
        self.table.setCurrentCell(to, self.table.currentColumn() if self.table.currentColumn() >= 0 else 0)

    def on_save_clicked(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.status_label.clear()
        ops.run_op(self, funnels.save_funnel, self.draft(), on_done=self._on_saved, on_error=self._on_save_error)

    def _on_saved(self, saved) -> None:
        self.saving = False
        self._select_id = saved.id
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Saved."))
        self.reload()

    def _on_save_error(self, error: UserError) -> None:
        self.saving = False
        self.show_error(str(error))

    def show_error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)

    def on_delete_funnel_clicked(self) -> None:
        if self.current is None or self.current.id is None:
            return
        ops.run_op(self, funnels.delete_funnel, self.current.id,
                   on_done=lambda _c: (setattr(self, "current", None), self.reload()),
                   on_error=lambda e: self.show_error(str(e)))

    # --- lost reasons ------------------------------------------------------------------------
    def _reason(self) -> LostReasonItem | None:
        row = self.reason_list.currentRow()
        return self.reasons[row] if 0 <= row < len(self.reasons) else None

    def _save_reason(self, item: LostReasonItem) -> None:
        self.reason_status.clear()
        ops.run_op(self, funnels.save_lost_reason, item, on_done=lambda _s: self.reload(),
                   on_error=lambda e: self.reason_status.setText(str(e)))

    def on_add_reason_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Lost Reason"), self.tr("Why was the deal lost?"))
        if ok:
            self._save_reason(LostReasonItem(name, sort_order=len(self.reasons) + 1))

    def on_rename_reason_clicked(self) -> None:
        r = self._reason()
        if r is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Lost Reason"), self.tr("New name:"), text=r.name)
        if ok:
            self._save_reason(LostReasonItem(name, r.is_active, r.sort_order, r.id, r.version))

    def on_toggle_reason_clicked(self) -> None:
        r = self._reason()
        if r is not None:
            self._save_reason(LostReasonItem(r.name, not r.is_active, r.sort_order, r.id, r.version))

    def on_delete_reason_clicked(self) -> None:
        r = self._reason()
        if r is not None:
            self.reason_status.clear()
            ops.run_op(self, funnels.delete_lost_reason, r.id, on_done=lambda _c: self.reload(),
                       on_error=lambda e: self.reason_status.setText(str(e)))
