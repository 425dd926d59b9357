"""Administration > Custom Fields: add a list and a required number, errors at the field, move up."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import custom_fields
from app.context import AppContext, spec_from

from ui import ops
from ui.settings.custom_fields import CustomFieldsDialog, FieldEditDialog


def open_db(qtbot, spec):
    op = ops.open_database(None, AppContext, spec)
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error
    return op.result


def run(qtbot, fn, *args):
    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.error is None, op.error
    return op.result


def loaded(dlg: CustomFieldsDialog, qtbot) -> None:
    qtbot.waitUntil(lambda: not dlg.loading, timeout=10000)


def click_ok(qtbot, editor: FieldEditDialog) -> None:
    qtbot.mouseClick(editor.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def open_dialog(gui, demo_db, qtbot, monkeypatch):
    opened: list[FieldEditDialog] = []
    # the editor is shown without a modal loop anyway; record instead of showing (no window needed)
    monkeypatch.setattr(CustomFieldsDialog, "exec_editor", lambda self, editor: opened.append(editor))
    open_db(qtbot, spec_from(str(demo_db)))
    dlg = CustomFieldsDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    loaded(dlg, qtbot)
    assert dlg.entity() == "CLIENT"
    return dlg, opened


def add_field(qtbot, dlg, opened, label, kind, *, required=False, choices=""):
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    editor = opened[-1]
    assert dlg.editor is editor and editor.original.id is None
    editor.label_edit.setText(label)
    editor.set_kind(kind)
    assert editor.choices_edit.isVisibleTo(editor) == (kind == "LIST")
    editor.required_check.setChecked(required)
    editor.choices_edit.setPlainText(choices)
    click_ok(qtbot, editor)
    return editor


def test_add_list_and_required_number_then_move_up(gui, demo_db, qtbot, monkeypatch):
    dlg, opened = open_dialog(gui, demo_db, qtbot, monkeypatch)
    before = [fd.id for fd in dlg.defs]

    editor = add_field(qtbot, dlg, opened, "Segment", "LIST", required=False, choices="Retail\n\nWholesale\n")
    qtbot.waitUntil(lambda: editor.saved is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dlg.loading and len(dlg.defs) == len(before) + 1, timeout=10000)
    segment = editor.saved
    assert dlg.selected_id() == segment.id  # the new field is selected

    editor = add_field(qtbot, dlg, opened, "Employees", "NUMBER", required=True)
    qtbot.waitUntil(lambda: editor.saved is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dlg.loading and len(dlg.defs) == len(before) + 2, timeout=10000)
    employees = editor.saved

    defs = [fd for fd in run(qtbot, custom_fields.field_defs, "CLIENT") if fd.id not in before]
    assert [(fd.label, fd.kind, fd.is_required, fd.choices) for fd in defs] == [
        ("Segment", "LIST", False, ("Retail", "Wholesale")), ("Employees", "NUMBER", True, ())]
    assert defs[0].sort_order < defs[1].sort_order
    row = [fd.id for fd in dlg.defs].index(employees.id)
    assert [dlg.table.item(row, c).text() for c in range(4)] == ["Employees", "Number", "Yes", ""]
    row = [fd.id for fd in dlg.defs].index(segment.id)
    assert dlg.table.item(row, 1).text() == "List" and dlg.table.item(row, 3).text() == "Retail, Wholesale"

    # Move Up: Employees before Segment, stored
    assert dlg.select_id(employees.id) and dlg.up_button.isEnabled()
    qtbot.mouseClick(dlg.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.loading and [fd.id for fd in dlg.defs].index(employees.id) <
                    [fd.id for fd in dlg.defs].index(segment.id), timeout=10000)
    assert dlg.selected_id() == employees.id
    ids = [fd.id for fd in run(qtbot, custom_fields.field_defs, "CLIENT")]
    assert ids.index(employees.id) < ids.index(segment.id)

    # Edit…: the code is shown but read-only, the type fixed; a rename is saved
    assert dlg.select_id(segment.id)
    qtbot.mouseClick(dlg.edit_button, Qt.MouseButton.LeftButton)
    editor = opened[-1]
    assert editor.code_edit.text() == segment.code and editor.code_edit.isReadOnly()
    assert not editor.kind_combo.isEnabled() and editor.choices_edit.isVisibleTo(editor)
    editor.label_edit.setText("Market segment")
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: editor.saved is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dlg.loading and any(fd.label == "Market segment" for fd in dlg.defs),
                    timeout=10000)

    # other records have their own fields
    dlg.set_entity("DEAL")
    loaded(dlg, qtbot)
    assert all(fd.entity == "DEAL" for fd in dlg.defs)


def test_a_list_without_choices_is_shown_at_the_choices_and_nothing_is_saved(gui, demo_db, qtbot, monkeypatch):
    dlg, opened = open_dialog(gui, demo_db, qtbot, monkeypatch)
    before = run(qtbot, custom_fields.field_defs, "CLIENT")
    editor = add_field(qtbot, dlg, opened, "Region", "LIST", choices="  \n")
    qtbot.waitUntil(lambda: bool(editor.error_text("choices")), timeout=10000)
    assert "at least one choice" in editor.error_text("choices")
    assert editor.error_text() == "" and editor.error_text("label") == ""
    assert editor.saved is None and editor.label_edit.text() == "Region" and editor.kind() == "LIST"
    assert run(qtbot, custom_fields.field_defs, "CLIENT") == before
    editor.choices_edit.setPlainText("North")
    assert editor.error_text("choices") == ""  # typing clears the message

    # an empty name: at the name field
    editor.label_edit.setText("")
    click_ok(qtbot, editor)
    qtbot.waitUntil(lambda: bool(editor.error_text("label")), timeout=10000)
    assert editor.choices_edit.toPlainText() == "North"
    dlg.grab()  # renders without errors


def test_the_administration_menu_opens_the_dialog_for_administrators(main_window, qtbot):
    from app.security import MyRights

    from ui.settings import AdminMenu

    admin = main_window.findChild(AdminMenu)
    qtbot.waitUntil(lambda: admin.fields_action.isEnabled(), timeout=10000)  # SYSDBA: an administrator
    assert admin.fields_action.text() == "Custom &Fields…"
    admin.fields_action.trigger()
    dlg = admin.fields_dialog
    assert isinstance(dlg, CustomFieldsDialog) and dlg.isVisible()
    loaded(dlg, qtbot)
    dlg.reject()
    qtbot.waitUntil(lambda: admin.fields_dialog is None)
    admin._on_rights(MyRights("CRM_MANAGER"))
    assert not admin.fields_action.isEnabled()
