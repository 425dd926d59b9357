"""Merge clients (issue #11): which client survives and, field by field, whose value it keeps.
Layer: ``ui``.

A table of field × client: each cell is a radio button with that client's value; exactly one per
row is chosen. Defaults come from :func:`app.merge.default_choices` (the survivor's non-empty
value, else the first non-empty one) and are reset when another survivor is chosen. Rows where no
client has a value are not shown. The last line says what each client brings along (deals,
contacts, phones…): all of it moves to the survivor. Merge runs :func:`app.merge.merge_clients`
through ``ui.ops`` with the versions the dialog was opened with, so a client changed meanwhile
gives the usual conflict message and nothing is merged.

:func:`open_merge_dialog` loads the plan and shows the dialog; ``on_merged(MergeDone)`` is called
after a successful merge.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QRadioButton,
    QTableWidgetItem,
    QWidget,
)

from app import merge
from app.merge import MergeDone, MergePlan

from ui import ops
from ui.dialogs.merge_clients_ui import Ui_MergeClientsDialog

#: child tables as the attached-rows line names them
_ATTACHED = {
    "CONTACTS": "contacts", "PHONES": "phones", "EMAILS": "e-mails", "ADDRESSES": "addresses", "DEALS": "deals",
    "TASKS": "tasks", "INTERACTIONS": "interactions", "ATTACHMENTS": "files", "CLIENT_TAGS": "tags",
    "CLIENT_CLASSIFIERS": "classifiers",
}


class MergeClientsDialog(QDialog):
    """The merge table for an already loaded :class:`app.merge.MergePlan`."""

    merge_dialog_did_merge = Signal(object)  #: MergeDone

    def __init__(self, plan: MergePlan, parent: QWidget | None = None, survivor_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeClientsDialog()  # the fixed skeleton (STYLE.md 2.6); rows and columns below
        self.ui.setupUi(self)
        self.plan = plan
        self.result_done: MergeDone | None = None
        self.intro = self.ui.intro
        self.survivor_combo = self.ui.survivorCombo
        for c in plan.clients:
            self.survivor_combo.addItem(f"{c.shown.get('name', '')} (#{c.id})", c.id)
        self.rows = [(k, lbl) for k, lbl in plan.fields
                     if any(str(c.shown.get(k) or "").strip() for c in plan.clients)]
        self.table = self.ui.mergeTable
        self.table.setRowCount(len(self.rows) + 1)
        self.table.setColumnCount(len(plan.clients))
        self.table.setHorizontalHeaderLabels([f"{c.shown.get('name', '')}\n#{c.id}" for c in plan.clients])
        self.table.setVerticalHeaderLabels([lbl for _k, lbl in self.rows] + [self.tr("Attached")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons_by_key: dict[str, dict[int, QRadioButton]] = {}
        for r, (key, _lbl) in enumerate(self.rows):
            group = QButtonGroup(self)
            group.setExclusive(True)
            self.groups[key] = group
            self.buttons_by_key[key] = {}
            for col, c in enumerate(plan.clients):
                text = c.shown.get(key) or ""
                rb = QRadioButton(text.replace("\n", " ") or self.tr("(empty)"), self.table)
                rb.setToolTip(text)
                group.addButton(rb, c.id)
                self.buttons_by_key[key][c.id] = rb
                self.table.setCellWidget(r, col, rb)
        for col, c in enumerate(plan.clients):
            parts = [f"{self._attached_label(t)}: {n}" for t, n in sorted(c.attached.items()) if t in _ATTACHED]
            item = QTableWidgetItem(", ".join(parts) or self.tr("nothing"))
            item.setToolTip("\n".join(parts))
            self.table.setItem(len(self.rows), col, item)
        self.table.resizeRowsToContents()
        self.buttons = self.ui.buttons
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.on_merge_clicked)
        self.buttons.rejected.connect(self.reject)
        self.survivor_combo.currentIndexChanged.connect(self._reset_defaults)
        if survivor_id is not None:
            self.survivor_combo.setCurrentIndex(max(0, self.survivor_combo.findData(survivor_id)))
        self._reset_defaults()
        self.resize(min(1100, 260 + 220 * len(plan.clients)), 620)

    def _attached_label(self, table: str) -> str:
        labels = {
            "contacts": self.tr("contacts"), "phones": self.tr("phones"), "e-mails": self.tr("e-mails"),
            "addresses": self.tr("addresses"), "deals": self.tr("deals"), "tasks": self.tr("tasks"),
            "interactions": self.tr("interactions"), "files": self.tr("files"), "tags": self.tr("tags"),
            "classifiers": self.tr("classifiers"),
        }
        return labels.get(_ATTACHED.get(table, ""), table.lower())

    def survivor_id(self) -> int:
        return self.survivor_combo.currentData()

    def _reset_defaults(self) -> None:
        defaults = merge.default_choices(self.plan, self.survivor_id())
        for key, by_client in self.buttons_by_key.items():
            by_client[defaults.get(key, self.survivor_id())].setChecked(True)

    def choices(self) -> dict[str, int]:
        """Field key -> the client whose value survives (fields nobody has keep the survivor's)."""
        out = {k: self.survivor_id() for k, _l in self.plan.fields}
        for key, group in self.groups.items():
            if group.checkedId() != -1:
                out[key] = group.checkedId()
        return out

    def on_merge_clicked(self) -> None:
        ids = [c.id for c in self.plan.clients]
        versions = {c.id: c.version for c in self.plan.clients}
        self.merge_button.setEnabled(False)
        ops.run_op(self, merge.merge_clients, self.survivor_id(), ids, self.choices(), versions,
                   on_done=self._merged, on_error=self._failed,
                   progress_text=self.tr("Merging clients…"))

    def _merged(self, done: MergeDone) -> None:
        self.result_done = done
        self.merge_dialog_did_merge.emit(done)
        self.accept()

    def _failed(self, error) -> None:
        self.merge_button.setEnabled(True)
        from ui import errors

        errors.show_error(self, error, self.tr("Merge clients"))


def open_merge_dialog(parent: QWidget, client_ids: Sequence[int],
                      on_merged: Callable[[MergeDone], None] | None = None,
                      survivor_id: int | None = None) -> None:
    """Load the clients' values (on the worker) and show :class:`MergeClientsDialog` (modal)."""

    def show(plan: MergePlan) -> None:
        dlg = MergeClientsDialog(plan, parent, survivor_id)
        if on_merged is not None:
            dlg.merge_dialog_did_merge.connect(on_merged)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    ops.run_op(parent, merge.load_merge_plan, list(client_ids), on_done=show)
