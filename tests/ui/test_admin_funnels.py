"""Administration > Funnels: the editor refuses two won stages with a message (nothing saved), then
saves a renamed stage and a new stage in the right order."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app import funnels
from app.context import AppContext, spec_from

from ui import ops
from ui.settings.funnels import COL_NAME, COL_WON, FunnelsDialog


def _open_db(qtbot, spec):
    op = ops.open_database(None, AppContext, spec)
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error


def _stored(qtbot, fid):
    op = ops.run_op(None, funnels.funnels)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    return next(f for f in op.result if f.id == fid)


def test_two_won_stages_are_refused_then_a_good_edit_saves(gui, demo_db, qtbot):
    _open_db(qtbot, spec_from(str(demo_db)))
    dlg = FunnelsDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.loading and dlg.current is not None, timeout=10000)
    fid = dlg.current.id
    before = [s.name for s in dlg.current.stages]
    assert dlg.table.rowCount() == len(before) >= 3

    dlg.table.item(0, COL_WON).setCheckState(Qt.CheckState.Checked)  # a second won stage
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.saving, timeout=10000)
    assert "exactly one won stage" in dlg.status_label.text()
    assert dlg.table.item(0, COL_WON).checkState() == Qt.CheckState.Checked  # the edit stays on screen
    ops.run_op(None, lambda ctx: ctx.reader.restart())
    assert [s.name for s in _stored(qtbot, fid).stages] == before

    dlg.table.item(0, COL_WON).setCheckState(Qt.CheckState.Unchecked)
    dlg.table.item(0, COL_NAME).setText("Fresh lead")
    dlg.table.setCurrentCell(0, COL_NAME)
    qtbot.mouseClick(dlg.add_stage_button, Qt.MouseButton.LeftButton)
    dlg.table.item(1, COL_NAME).setText("Call back")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.saving and not dlg.loading, timeout=10000)
    assert dlg.status_label.text() in ("Saved.", "")
    ops.run_op(None, lambda ctx: ctx.reader.restart())
    names = [s.name for s in _stored(qtbot, fid).stages]
    assert names == ["Fresh lead", "Call back"] + before[1:]
