"""Administration > Automation Rules: create a rule in the editor, save, it is in the database and
in the list; a rule without its stage is refused under the form and the input stays."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import automation
from app.context import AppContext, spec_from

from ui import ops
from ui.settings.automation import AutomationDialog, RuleEditDialog


def test_create_a_rule_in_the_dialog(gui, demo_db, qtbot, monkeypatch):
    opened: list[RuleEditDialog] = []
    monkeypatch.setattr(AutomationDialog, "exec_editor", lambda self, editor: opened.append(editor))
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error
    dlg = AutomationDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.loading and bool(dlg.choices[0]), timeout=10000)
    rows_before = dlg.table.rowCount()

    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    editor = opened[-1]
    editor.name_edit.setText("Offer sent -> call back")
    editor.set_event("STAGE_ENTERED")
    editor.stage_combo.setCurrentIndex(0)  # "(any stage)": refused for this event
    editor.title_edit.setText("Call {client} about {deal}")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("CALL"))
    editor.due_days.setValue(1)
    editor.due_hours.setValue(2)
    ok = editor.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.saving, timeout=10000)
    assert "Choose the stage" in editor.status_label.text()
    assert editor.name_edit.text() == "Offer sent -> call back"  # nothing lost

    editor.stage_combo.setCurrentIndex(2)
    stage_id = editor.stage_combo.currentData()
    assert editor.days_spin.isHidden() or not editor.days_spin.isVisibleTo(editor)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.saved_id is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dlg.loading and dlg.table.rowCount() == rows_before + 1, timeout=10000)

    op = ops.run_op(None, lambda ctx: (ctx.reader.restart(), automation.rules(ctx))[1])
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    rule = next(r for r in op.result if r.id == editor.saved_id)
    assert (rule.name, rule.event_kind, rule.stage_id, rule.task_kind, rule.due_hours, rule.title) == (
        "Offer sent -> call back", "STAGE_ENTERED", stage_id, "CALL", 26, "Call {client} about {deal}")


def test_lead_distribution_and_new_lead_dialogs(gui, demo_db, qtbot):
    """Switch distribution on for a department, then enter a lead with 'Responsible: Automatic'."""
    from PySide6.QtCore import Qt as _Qt

    from ui.dialogs.new_lead import NewLeadDialog
    from ui.settings.lead_distribution import LeadDistributionDialog

    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    dist = LeadDistributionDialog()
    qtbot.addWidget(dist)
    qtbot.waitUntil(lambda: not dist.busy and dist.table.rowCount() > 0, timeout=10000)
    row = max(range(len(dist.rows)), key=lambda i: dist.rows[i].managers)
    assert dist.rows[row].managers > 0
    dist.table.item(row, 0).setCheckState(_Qt.CheckState.Checked)
    dist.on_save_clicked()
    qtbot.waitUntil(lambda: not dist.busy and dist.rows[row].is_enabled, timeout=10000)

    dlg = NewLeadDialog()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert dlg.responsible_combo.currentData() is None  # "Automatic"
    dlg.department_combo.setCurrentIndex(dlg.department_combo.findData(dist.rows[row].department_id))
    dlg.on_create_clicked()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert "name" in dlg.status_label.text()  # no client chosen, no name typed: refused
    dlg.name_edit.setText("Walk-in customer")
    dlg.amount_edit.setText("12 000")
    dlg.on_create_clicked()
    qtbot.waitUntil(lambda: dlg.saved is not None, timeout=10000)
    assert dlg.saved.distributed and dlg.saved.responsible_id is not None
