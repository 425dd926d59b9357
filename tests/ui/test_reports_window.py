"""The Reports window on the embedded demo database: catalogue and search, the generated parameter
panel, Run → PDF pages + Data rows equal to the engine's, errors at the parameter, cancelling a
slow report, remembered values, printing to a PDF printer, saving; the ResultModel itself."""
from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from app.context import AppContext, spec_from
from app.errors import ValidationError
from reports import engine, registry
from reports.engine import ReportCancelled
from reports.preview import LINE_KIND_ROLE, ResultModel, print_document
from reports.result import Header, Line, ResultTable
from reports.spec import Col, Param, Report

from ui import ops
from ui.reports_window import ReportsWindow, open_reports_window
from ui.widgets import param_editors as pe
from ui.widgets.field_editors import is_marked_invalid

TODAY = dt.date(2026, 3, 15)


def _rows_params(conn, p):
    yield {"name": "alpha", "n": 1, "amount": Decimal("10.50")}
    yield {"name": "beta", "n": 2, "amount": Decimal("1234.00")}


PARAMS_REPORT = Report(
    id="test.params", category="A", title="Test: every parameter kind", question="Which editors appear?",
    params=(Param("period", "period", "Period", default="this_month", required=True),
            Param("on", "date", "On date"),
            Param("top", "int", "Top", default=5, minimum=1, maximum=10),
            Param("status", "status", "Status"),
            Param("kind", "choice", "Kind", choices=(("a", "Kind A"), ("b", "Kind B"))),
            Param("flag", "bool", "Flag"),
            Param("words", "text", "Words"),
            Param("manager", "manager", "Manager")),
    rows=_rows_params,
    columns=(Col("name", "Name"), Col("n", "N", "int", total="sum"), Col("amount", "Amount", "money", total="sum")),
)

SLOW_ROWS = 200_000


def _slow_rows(conn, p):
    for i in range(SLOW_ROWS):
        if i % 100 == 0:
            time.sleep(0.02)  # 0.1 s per engine chunk of 500 rows: ~40 s to the end
        yield {"name": f"row {i}", "n": i}


SLOW_REPORT = Report(id="test.slow", category="A", title="Test: a slow report", question="Can I stop it?",
                     rows=_slow_rows, columns=(Col("name", "Name"), Col("n", "N", "int", total="sum")))


LONG_REPORT = Report(id="test.long", category="A", title="Test: several pages", question="Do pages turn?",
                     rows=lambda conn, p: ({"name": f"line {i}", "n": i} for i in range(400)),
                     columns=(Col("name", "Name"), Col("n", "N", "int", total="sum")))


@pytest.fixture
def test_reports(monkeypatch):
    """The registry plus the test-only definitions above."""
    index = dict(registry._index())
    index.update({d.id: d for d in (PARAMS_REPORT, SLOW_REPORT, LONG_REPORT)})
    monkeypatch.setattr(registry, "_index", lambda: index)
    return index


@pytest.fixture
def db(gui, demo_db, recorder, qtbot):
    op = ops.open_database(None, AppContext, spec_from(str(demo_db)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error
    return recorder


def job(qtbot, fn, *args):
    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    if op.error is not None:
        raise op.error
    return op.result


def make_window(qtbot, today=TODAY) -> ReportsWindow:
    w = ReportsWindow(today=today)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    return w


def choices_loaded(window) -> bool:
    return window.params.choices_loaded()


def run_and_wait(window, qtbot, timeout=60000):
    op = window.run_report()
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=timeout)
    return op


def test_catalogue_shows_categories_and_search_filters(db, qtbot):
    w = make_window(qtbot)
    cats = [w.tree.topLevelItem(i).text(0) for i in range(w.tree.topLevelItemCount())]
    assert "D. Funnel and deals" in cats
    all_ids = [d.id for d in registry.all_reports()]
    assert w.visible_report_ids() == all_ids and "funnel.snapshot" in all_ids
    snapshot_item = next(it for it in w.report_items() if it.data(0, Qt.ItemDataRole.UserRole + 1) == "funnel.snapshot")
    assert snapshot_item.text(0) == "Funnel snapshot: deals and amount per stage"
    assert snapshot_item.parent().text(0) == "D. Funnel and deals"

    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search.hasFocus()
    w.search.setText("open deals right now")  # words of the question
    assert w.visible_report_ids() == ["funnel.snapshot"]
    assert w.definition.id == "funnel.snapshot"
    w.search.setText("FUNNEL.SNAP")  # the id, any case
    assert w.visible_report_ids() == ["funnel.snapshot"]
    w.search.setText("no such report anywhere")
    assert w.visible_report_ids() == []
    assert all(w.tree.topLevelItem(i).isHidden() for i in range(w.tree.topLevelItemCount()))
    w.search.clear()
    assert w.visible_report_ids() == all_ids


def test_parameter_panel_of_funnel_snapshot(db, qtbot):
    w = make_window(qtbot)
    assert w.select_report("funnel.snapshot")
    assert w.question.text() == "Where are the open deals right now, and what are they worth?"
    assert list(w.editors) == ["funnel", "manager"]
    assert all(isinstance(e, pe.ReferenceParamEditor) for e in w.editors.values())
    qtbot.waitUntil(lambda: choices_loaded(w), timeout=20000)

    def names(ctx):
        with ctx.engine.connect() as c:
            return ([r[0] for r in c.execute(text("SELECT NAME FROM FUNNELS ORDER BY SORT_ORDER, NAME"))],
                    c.execute(text("SELECT COUNT(*) FROM CRM_USERS WHERE IS_ACTIVE")).scalar())

    funnels, managers = job(qtbot, names)
    combo = w.editors["funnel"].inner
    assert [combo.itemText(i) for i in range(combo.count())] == ["All", *funnels]
    assert combo.isEnabled() and w.editors["funnel"].value() is None
    assert w.editors["manager"].inner.count() == 1 + managers


def test_every_kind_gets_its_editor(db, qtbot, test_reports):
    w = make_window(qtbot)
    assert w.select_report("test.params")
    kinds = {k: type(e) for k, e in w.editors.items()}
    assert kinds == {"period": pe.PeriodEditor, "on": pe.DateParamEditor, "top": pe.IntParamEditor,
                     "status": pe.ChoiceParamEditor, "kind": pe.ChoiceParamEditor, "flag": pe.BoolParamEditor,
                     "words": pe.TextParamEditor, "manager": pe.ReferenceParamEditor}
    period = w.editors["period"]
    assert period.value() == "this_month"
    assert period.start.date().toPython() == dt.date(2026, 3, 1) and period.end.date().toPython() == dt.date(2026, 3, 31)
    assert (w.editors["top"].inner.minimum(), w.editors["top"].inner.maximum(), w.editors["top"].value()) == (1, 10, 5)
    status = w.editors["status"].inner
    assert [status.itemText(i) for i in range(status.count())] == ["All", "Potential", "Active", "Regular", "Lost"]
    assert w.editors["kind"].inner.itemText(2) == "Kind B"
    assert w.editors["on"].value() is None and w.editors["words"].value() is None
    assert w.values()["flag"] is False
    qtbot.wait(100)  # widgets added to a shown form are shown by a queued call
    w.grab().save("/tmp/reports_window_params.png")


def test_run_shows_pages_and_the_engines_rows(db, qtbot, qtmodeltester):
    w = make_window(qtbot)
    w.select_report("funnel.snapshot")
    qtbot.waitUntil(lambda: choices_loaded(w), timeout=20000)
    op = run_and_wait(w, qtbot)
    assert op.error is None, op.error
    assert db.errors == []
    expected = job(qtbot, lambda ctx: engine.run(ctx, "funnel.snapshot", {}, log=False))
    assert expected.row_count > 0
    doc = w.preview.document
    assert doc is not None and doc.pageCount() >= 1 and doc.pageCount() == w.output.pages
    assert w.preview.page_count() == doc.pageCount()
    assert w.model.detail_rows() == expected.rows()
    assert w.model.rowCount() == len(expected.lines) + 1  # + the grand total
    groups = w.model.group_rows()
    assert groups and all(w.table.columnSpan(r, 0) == w.model.columnCount() for r in groups)
    last = w.model.rowCount() - 1
    assert w.model.index(last, 0).data() == "Total"
    assert w.model.index(last, 1).data(LINE_KIND_ROLE) == "total"
    assert w.model.index(last, 1).data() == f"{expected.total('deals'):,}"
    qtmodeltester.check(w.model)
    assert w.print_action.isEnabled() and w.save_pdf_action.isEnabled() and w.save_xlsx_action.isEnabled()
    assert "page" in w.status_label.text()

    # Ctrl+C copies the selected cells as TSV
    w.tabs.setCurrentIndex(1)
    first = w.model.detail_rows()[0]
    row = next(r for r in range(w.model.rowCount()) if w.model.line_kind(r) == "row")
    sel = w.table.selectionModel()
    sel.select(w.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    sel.select(w.model.index(row, 1), QItemSelectionModel.SelectionFlag.Select)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == f"{first[0]}\t{first[1]}\n"


def test_invalid_period_is_shown_at_the_field(db, qtbot, test_reports):
    w = make_window(qtbot)
    w.select_report("test.params")
    period = w.editors["period"]
    period.set_dates(dt.date(2026, 3, 31), dt.date(2026, 3, 1))
    op = run_and_wait(w, qtbot)
    assert isinstance(op.error, ValidationError) and op.error.field == "period"
    assert db.errors == []  # no message box: the message is at the parameter
    assert w.params.error_label.isVisible() and w.params.error_label.text() == "The period starts after it ends."
    assert is_marked_invalid(period.start) and is_marked_invalid(period.end)
    assert w.output is None
    # the input is kept; correcting it clears the mark and the run succeeds
    assert period.value().start == dt.date(2026, 3, 31)
    period.end.setDate(dt.date(2026, 4, 30))
    assert not is_marked_invalid(period.start) and not w.params.error_label.isVisible()
    op = run_and_wait(w, qtbot)
    assert op.error is None and w.model.detail_rows() == [("alpha", 1, Decimal("10.50")), ("beta", 2, Decimal("1234.00"))]


def test_a_slow_report_is_cancelled_and_the_window_stays_usable(db, qtbot, test_reports):
    w = make_window(qtbot)
    w.select_report("test.slow")
    op = w.run_report()
    assert w.running and w.cancel_button.isVisible() and not w.run_button.isEnabled()
    qtbot.waitUntil(lambda: "Reading rows" in w.status_label.text(), timeout=20000)  # progress arrives
    assert w.run_report() is None  # one run at a time
    started = time.monotonic()
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert time.monotonic() - started < 5
    assert isinstance(op.error, ReportCancelled)
    assert w.status_label.text() == "Cancelled." and db.errors == []
    assert not w.running and w.run_button.isEnabled() and not w.cancel_button.isVisible()
    assert w.output is None
    w.select_report("funnel.snapshot")
    op = run_and_wait(w, qtbot)
    assert op.error is None and w.preview.page_count() >= 1


def test_last_values_are_remembered_per_report(db, qtbot, test_reports):
    w = make_window(qtbot)
    w.select_report("test.params")
    qtbot.waitUntil(lambda: choices_loaded(w), timeout=20000)
    period = w.editors["period"]
    period.combo.setCurrentIndex(period.combo.findData("last_quarter"))
    period._on_preset_activated()
    w.editors["top"].set_value(7)
    w.editors["status"].set_value("LOST")
    w.editors["flag"].set_value(True)
    w.editors["words"].set_value("hello")
    manager = w.editors["manager"].inner.itemData(1)
    w.editors["manager"].set_value(manager)
    w.editors["on"].set_value(dt.date(2026, 2, 1))
    w.select_report("funnel.snapshot")  # leaving the report remembers its values
    w.close()

    w2 = make_window(qtbot)
    assert w2.definition.id == "funnel.snapshot"  # the last report is selected again
    w2.select_report("test.params")
    vals = w2.values()
    assert vals["period"] == "last_quarter"
    assert (vals["top"], vals["status"], vals["flag"], vals["words"], vals["on"]) == (7, "LOST", True, "hello",
                                                                                       dt.date(2026, 2, 1))
    assert vals["manager"] == manager  # kept while the choices load, shown once they arrive
    qtbot.waitUntil(lambda: choices_loaded(w2), timeout=20000)
    assert w2.editors["manager"].inner.currentData() == manager


def test_print_to_a_pdf_printer_and_save(db, qtbot, tmp_path):
    w = make_window(qtbot)
    w.select_report("funnel.snapshot")
    assert run_and_wait(w, qtbot).error is None
    pages = w.output.pages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert w.print_to(printer) == pages
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.status() == QPdfDocument.Status.Ready and printed.pageCount() == pages

    saved = tmp_path / "saved.pdf"
    op = w.save_to(str(saved), "pdf")
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert op.error is None, op.error
    assert saved.read_bytes() == w.output.pdf and saved.read_bytes().startswith(b"%PDF")
    book = tmp_path / "saved.xlsx"
    op = w.save_to(str(book), "xlsx")
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert op.error is None, op.error
    import openpyxl

    sheet = openpyxl.load_workbook(book).worksheets[0]
    stages = [r[0] for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert all(row[0] in stages for row in w.model.detail_rows())
    assert not list(tmp_path.glob(".*.part"))

    def exports(ctx):
        with ctx.engine.connect() as c:
            return [r[0] for r in c.execute(text(
                "SELECT DETAILS FROM AUDIT_LOG WHERE ACTION = 'EXPORT' ORDER BY ID"))]

    assert [d.split()[:2] for d in job(qtbot, exports)] == [["funnel.snapshot", "pdf=saved.pdf"],
                                                             ["funnel.snapshot", "xlsx=saved.xlsx"]]

    w.preview.set_zoom(2.0)
    assert w.preview.zoom() == 2.0 and w.preview.zoom_combo.currentText() == "200 %"
    w.preview.zoom_in()
    assert w.preview.zoom() == 3.0
    w.preview.set_zoom("fit_page")
    assert w.preview.zoom_combo.currentText() == "Fit page"
    w.preview.set_zoom("fit_width")
    qtbot.wait(1500)  # QPdfView renders pages on its own thread
    w.grab().save("/tmp/reports_window.png")
    w.tabs.setCurrentIndex(1)
    w.grab().save("/tmp/reports_window_data.png")


def test_pages_turn_with_the_keyboard(db, qtbot, test_reports):
    w = make_window(qtbot)
    w.select_report("test.long")
    assert run_and_wait(w, qtbot).error is None
    pv = w.preview
    count = pv.page_count()
    assert count >= 3 and pv.of_label.text().strip() == f"of {count}"
    pv.view.setFocus()
    qtbot.keyClick(pv.view, Qt.Key.Key_PageDown)
    assert pv.current_page() == 1 and pv.page_spin.value() == 2
    qtbot.keyClick(pv.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pv.current_page() == count - 1 and pv.page_spin.value() == count
    qtbot.keyClick(pv.view, Qt.Key.Key_PageUp)
    assert pv.current_page() == count - 2
    pv.page_spin.setValue(1)
    assert pv.current_page() == 0
    qtbot.keyClick(pv.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pv.zoom() == 1.25
    qtbot.keyClick(pv.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pv.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pv.zoom() == 0.75
    qtbot.keyClick(pv.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pv.zoom() == 1.0 and pv.zoom_combo.currentText() == "100 %"
    assert w.model.rowCount() == 401


def test_print_document_honours_the_page_range(qapp, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for i in range(5):
        if i:
            writer.newPage()
        painter.drawText(200, 200, f"page {i + 1}")
    painter.end()
    buf.close()
    from reports.preview import PdfSource

    src = PdfSource(bytes(data))
    assert src.page_count == 5
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(96)
    out = tmp_path / "range.pdf"
    printer.setOutputFileName(str(out))
    printer.setFromTo(2, 4)
    seen = []
    assert print_document(src.document, printer, progress=lambda d, t: seen.append((d, t))) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    doc = QPdfDocument()
    doc.load(str(out))
    assert doc.pageCount() == 3
    assert PdfSource(b"not a pdf").document is None


def test_result_model_lines(qapp, qtmodeltester):
    cols = (Col("stage", "Stage"), Col("deals", "Deals", "int", total="sum"),
            Col("amount", "Amount", "money", total="sum"))
    lines = [Line("group", (), 0, "Funnel: Sales"),
             Line("row", ("New", 3, Decimal("1500.5")), 1),
             Line("row", ("Won", 1234, None), 1),
             Line("subtotal", (None, 1237, Decimal("1500.5")), 0, "Subtotal \u2014 Funnel: Sales")]
    result = ResultTable(PARAMS_REPORT, Header("t", []), cols, lines, (None, 1237, Decimal("1500.5")), 2)
    model = ResultModel(result)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (5, 3)
    assert [model.line_kind(r) for r in range(5)] == ["group", "row", "row", "subtotal", "total"]
    assert model.index(0, 0).data() == "Funnel: Sales" and model.index(0, 1).data() == ""
    assert model.index(2, 1).data() == "1,234" and model.index(1, 2).data() == "1,500.50"
    assert model.index(2, 2).data() == ""
    assert model.index(3, 0).data() == "Subtotal \u2014 Funnel: Sales" and model.index(4, 0).data() == "Total"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole) != right
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    for r in (0, 3, 4):
        assert isinstance(model.index(r, 1).data(Qt.ItemDataRole.FontRole), QFont)
        assert model.index(r, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"
    idx = [model.index(1, 0), model.index(1, 2), model.index(2, 1)]
    assert model.copy_text(idx) == "New\t\t1500.50\n\t1234\t\n"


def test_open_reports_window_runs_a_printable_form_for_a_card(db, qtbot):
    """One window per main window; a card can open its form with the record filled in and run it."""
    from PySide6.QtWidgets import QMainWindow

    main = QMainWindow()
    qtbot.addWidget(main)
    cid = job(qtbot, lambda ctx: ctx.engine.connect().execute(text("SELECT MIN(ID) FROM CLIENTS")).scalar())
    w = open_reports_window(main, "clients.card", {"client": cid}, run=True)
    assert w.isVisible() and w.definition.id == "clients.card"
    editor = w.editors["client"]
    assert isinstance(editor, pe.ClientParamEditor) and editor.value() == cid
    assert w.running
    qtbot.waitUntil(lambda: not w.running, timeout=30000)
    name = job(qtbot, lambda ctx: ctx.engine.connect().execute(text(f"SELECT NAME FROM CLIENTS WHERE ID = {cid}")).scalar())
    qtbot.waitUntil(lambda: editor.inner.text() == name, timeout=10000)  # the name, not "#id"
    editor.inner.setText("")  # typing clears the choice: the parameter is empty again
    editor.inner.textEdited.emit("")
    assert editor.value() is None
    assert w.run_op.error is None, w.run_op.error
    assert w.preview.page_count() >= 1
    assert not w.tabs.isTabEnabled(1)  # a document has no table of lines
    assert w.save_xlsx_action.isEnabled() and w.print_action.isEnabled()
    assert open_reports_window(main) is w
