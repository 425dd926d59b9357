"""Reports: the catalogue, a generated parameter form, run with progress/cancel, preview, print,
save as PDF/Excel (issue #6, part 2). Layer: ``ui`` (imports ``reports`` directly: ui → reports).

One :class:`ReportsWindow` per main window (:func:`open_reports_window`). Left: the catalogue by
category with a search box (Ctrl+F; title, question or id), the business question of the selected
report and its parameters — editors come from :mod:`ui.widgets.param_editors` by ``Param.kind``,
reference combos are filled through a job. Right: the preview, tab *Pages* (the PDF itself, so
screen, paper and file are the same pages) and tab *Data* (the result's lines in a table; Ctrl+C
copies cells as TSV).

Run (F9, Ctrl+Enter) queues one job on the **report** worker (:func:`ui.ops.run_report_op`: its own
thread and attachment, so a long report never holds up a card save, a list page or the reminder
poll on the main worker — issue #6): the engine's ``run`` (read-only snapshot, rights through the
views, an audit entry) and ``render_pdf`` into memory. Saving as PDF/Excel is a report job too;
the parameter choices load on the main worker. The window stays usable meanwhile; progress shows
in the status bar, Cancel (Esc) sets a ``threading.Event`` the engine and renderer check between
chunks (ops sets it too when the database closes or changes). A parameter the engine rejects
(``ValidationError.field`` = the parameter's key) is highlighted at its editor with the message.
The last values per report id are remembered in the UI state file (``ui.reports/params/<id>``).

The window never holds an AppContext; jobs get ``ctx`` from the worker.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError, ValidationError
from app.i18n import translate
from reports import engine, registry
from reports.engine import ReportCancelled
from reports.preview import PdfSource, ResultModel, print_document, print_pdf
from reports.result import ResultTable
from reports.spec import Definition

from ui import errors, ops, state
from ui.widgets.list_view import style_list_view
from ui.widgets.param_editors import ParamEditor
from ui.widgets.param_panel import ParamPanel
from ui.widgets.pdf_preview import PdfPreview

KEY_LAST_REPORT = "ui.reports/last_report"
KEY_GEOMETRY = "ui.reports_window/geometry"
KEY_SPLITTER = "ui.reports_window/splitter"
KEY_LAST_DIR = "ui.reports/last_dir"
ID_ROLE = Qt.ItemDataRole.UserRole + 1  #: tree items: the report id (None for a category)


# ---------------------------------------------------------------------------------------------
# Jobs: run on the report worker, get ctx (its own attachment) first (ui.ops contract)


@dataclass
class RunOutput:
    result: Any  #: ResultTable | DocumentResult
    pdf: bytes
    pages: int
    seconds: float
    values: dict[str, Any]  #: the parameter values it ran with (audit text of a later save)


def run_report_job(ctx: Any, defn: Definition, values: dict[str, Any], cancel: threading.Event,
                   progress: Any = None) -> RunOutput:
    """Run ``defn`` and render its PDF into memory; raises ReportCancelled when ``cancel`` is set."""
    from reports.render_pdf import render_pdf

    started = time.monotonic()
    result = engine.run(ctx, defn, values, progress=progress, cancel=cancel.is_set)
    if cancel.is_set():
        raise ReportCancelled()
    out = io.BytesIO()
    pages = render_pdf(result, out, progress=progress, cancel=cancel.is_set)
    return RunOutput(result, out.getvalue(), pages, time.monotonic() - started, dict(values))


def save_file_job(ctx: Any, output: RunOutput, kind: str, path: str, cancel: threading.Event,
                  progress: Any = None) -> str:
    """Write the shown run to ``path`` — ``kind`` "pdf": the previewed bytes, "xlsx": the same
    result through ``render_xlsx`` (no new query) — atomically (a hidden temporary file beside it,
    then ``os.replace``), and log an ``EXPORT`` audit event as ``reports.export`` does."""
    from app.audit import log_event

    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(translate("ReportsWindow", "The folder {folder} does not exist.").format(folder=target.parent))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        if kind == "pdf":
            tmp.write_bytes(output.pdf)
        else:
            from reports.render_xlsx import render_xlsx

            render_xlsx(output.result, tmp, progress=progress, cancel=cancel.is_set)
        if cancel.is_set():
            raise ReportCancelled()
        described = ", ".join(f"{k}={v}" for k, v in output.values.items() if v is not None)
        log_event(ctx, "EXPORT", f"{output.result.definition.id} {kind}={target.name} {described}".strip())
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(translate("ReportsWindow", "Cannot write {path}: {reason}. Is it open in another program?")
                        .format(path=target, reason=exc.strerror or exc), str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return str(target)


class _ProgressRelay(QObject):
    """Carries progress calls from the worker thread to the window (queued signal, throttled)."""

    relay_did_report = Signal(int, int, str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._last = 0.0

    def __call__(self, done: int, total: int, what: str = "") -> None:
        now = time.monotonic()
        if now - self._last < 0.05:
            return
        self._last = now
        try:
            self.relay_did_report.emit(int(done), int(total), str(what))
        except RuntimeError:  # the window closed meanwhile: nobody listens
            pass


# ---------------------------------------------------------------------------------------------


class ReportsWindow(QMainWindow):
    """The report browser and preview (see the module docstring)."""

    reports_did_run = Signal(str)  #: report id; after a successful run is shown

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ReportsWindow")
        self.setWindowTitle(self.tr("Reports"))
        self.today = today
        self.definition: Definition | None = None
        self.output: RunOutput | None = None
        self.pdf: PdfSource | None = None
        self.run_op: ops.Op | None = None
        self._cancel: threading.Event | None = None
        self._stale = False  #: closed (hidden) since the choices were loaded
        self._relay = _ProgressRelay(self)
        self._relay.relay_did_report.connect(self._on_progress)
        self._build()
        self._build_actions()
        self.fill_catalogue()
        geometry = state.settings().value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        split = state.settings().value(KEY_SPLITTER)
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)
        last = state.settings().value(KEY_LAST_REPORT)
        if not (isinstance(last, str) and self.select_report(last)):
            self._select_first()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit(left)
        self.search.setObjectName("reportSearch")
        self.search.setPlaceholderText(self.tr("Search reports (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_search)
        self.search.returnPressed.connect(self._on_search_return)
        self.tree = QTreeWidget(left)
        self.tree.setObjectName("reportTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.tree.itemActivated.connect(lambda item, _c: self.run_report() if item.data(0, ID_ROLE) else None)
        self.question = QLabel(left)
        self.question.setObjectName("reportQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #505050; font-style: italic;")
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.params = ParamPanel(left)
        self.run_button = QPushButton(self.tr("Run (F9)"), left)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_report)
        scroll = QScrollArea(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.question)
        hl.addWidget(self.params)
        hl.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignRight)
        hl.addStretch(1)
        scroll.setWidget(holder)
        self.left_split = vsplit = QSplitter(Qt.Orientation.Vertical, left)
        vsplit.setObjectName("catalogueSplitter")
        vsplit.addWidget(self.tree)
        vsplit.addWidget(scroll)
        vsplit.setStretchFactor(0, 1)
        vsplit.setStretchFactor(1, 0)
        vsplit.setChildrenCollapsible(False)
        self._param_holder = holder
        left_layout.addWidget(self.search)
        left_layout.addWidget(vsplit, 1)

        self.preview = PdfPreview(self)
        self.table = QTableView(self)
        self.table.setObjectName("dataTable")
        style_list_view(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(False)  # group/total rows carry their own fill
        self.model = ResultModel(parent=self)
        self.table.setModel(self.model)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table, context=Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self.preview, self.tr("Pages"))
        self.tabs.addTab(self.table, self.tr("Data"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 760])
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_run)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_running(False)

    def _build_actions(self) -> None:
        style = self.style()
        tb = QToolBar(self.tr("Report"), self)
        tb.setObjectName("reportsToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(tb)

        def action(text: str, icon: QStyle.StandardPixmap | None, keys: list, slot, tip: str,
                   theme: str = "") -> QAction:
            act = QAction(text, self)
            if icon is not None:
                act.setIcon(QIcon.fromTheme(theme, style.standardIcon(icon)) if theme else style.standardIcon(icon))
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            tb.addAction(act)
            return act

        self.run_action = action(self.tr("Run"), QStyle.StandardPixmap.SP_MediaPlay,
                                 ["F9", "Ctrl+Return", "Ctrl+Enter"], self.run_report,
                                 self.tr("Run the report with these parameters (F9, Ctrl+Enter)"))
        tb.addSeparator()
        self.print_action = action(self.tr("Print…"), QStyle.StandardPixmap.SP_FileDialogDetailedView,
                                   [QKeySequence(QKeySequence.StandardKey.Print).toString() or "Ctrl+P"],
                                   self.print_preview, self.tr("Print the pages (Ctrl+P)"), "document-print")
        self.save_pdf_action = action(self.tr("Save as PDF…"), QStyle.StandardPixmap.SP_DialogSaveButton,
                                      ["Ctrl+S"], self.ask_save_pdf, self.tr("Save the pages as a PDF file (Ctrl+S)"))
        self.save_xlsx_action = action(self.tr("Save as Excel…"), QStyle.StandardPixmap.SP_FileIcon,
                                       ["Ctrl+Shift+S"], self.ask_save_xlsx,
                                       self.tr("Save the rows as an Excel workbook (Ctrl+Shift+S)"))
        for act in (self.print_action, self.save_pdf_action, self.save_xlsx_action):
            act.setEnabled(False)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.activated.connect(self.cancel_run)

    # -- the catalogue ---------------------------------------------------------------------
    def fill_catalogue(self) -> None:
        """Categories (in letter order) with their reports, from the registry."""
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        by_cat: dict[str, QTreeWidgetItem] = {}
        for d in registry.all_reports():
            parent = by_cat.get(d.category)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [f"{d.category}. {registry.category_title(d.category)}"])
                parent.setFont(0, bold)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setData(0, ID_ROLE, None)
                by_cat[d.category] = parent
            item = QTreeWidgetItem(parent, [translate("reports", d.title)])
            item.setData(0, ID_ROLE, d.id)
            item.setToolTip(0, f"{translate('reports', d.question)}\n{d.id}")
        self.tree.expandAll()

    def report_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            cat = self.tree.topLevelItem(i)
            out += [cat.child(j) for j in range(cat.childCount())]
        return out

    def visible_report_ids(self) -> list[str]:
        return [it.data(0, ID_ROLE) for it in self.report_items() if not it.isHidden()]

    @Slot(str)
    def apply_search(self, text: str) -> None:
        """Show the reports whose title, question or id contain every word of ``text``."""
        words = text.casefold().split()
        for i in range(self.tree.topLevelItemCount()):
            cat = self.tree.topLevelItem(i)
            shown = 0
            for j in range(cat.childCount()):
                item = cat.child(j)
                d = registry.by_id(item.data(0, ID_ROLE))
                hay = " ".join((translate("reports", d.title), translate("reports", d.question),
                                d.title, d.question, d.id)).casefold()
                hide = not all(w in hay for w in words)
                item.setHidden(hide)
                shown += not hide
            cat.setHidden(shown == 0)
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            self._select_first()

    def _on_search_return(self) -> None:
        self._select_first()
        self.tree.setFocus()

    def _select_first(self) -> None:
        for item in self.report_items():
            if not item.isHidden():
                self.tree.setCurrentItem(item)
                return

    def select_report(self, report_id: str) -> bool:
        for item in self.report_items():
            if item.data(0, ID_ROLE) == report_id:
                item.setHidden(False)
                item.parent().setHidden(False)
                self.tree.setCurrentItem(item)
                return True
        return False

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        report_id = current.data(0, ID_ROLE) if current is not None else None
        if report_id is None:
            return
        if self.definition is not None and self.definition.id == report_id:
            return
        self.show_definition(registry.by_id(report_id))

    # -- the parameter panel ---------------------------------------------------------------
    def show_definition(self, defn: Definition) -> None:
        """Show ``defn``: its question and parameter form; the previous preview is cleared."""
        self.definition = defn
        state.settings().setValue(KEY_LAST_REPORT, defn.id)
        self.question.setText(translate("reports", defn.question))
        self.params.set_definition(defn, self.today)
        self.clear_preview()
        QTimer.singleShot(0, self, self._fit_parameters)

    def _fit_parameters(self) -> None:
        """Give the parameter form the height it needs (up to 60 % of the column), the rest to the tree."""
        total = sum(self.left_split.sizes())
        if total <= 0:
            return
        need = self._param_holder.sizeHint().height() + 8
        below = min(need, int(total * 0.6))
        self.left_split.setSizes([total - below, below])

    @property
    def editors(self) -> dict[str, ParamEditor]:
        return self.params.editors

    def values(self) -> dict[str, Any]:
        return self.params.values()

    # -- run / cancel ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run_op is not None and not self.run_op.done

    def run_report(self) -> ops.Op | None:
        """Run the selected report (F9); a run already going is left alone. Returns the job."""
        if self.definition is None or self.running:
            return None
        self.params.hide_error()
        self.params.remember()
        self._cancel = threading.Event()
        self._set_running(True, self.tr("Running \u201c{title}\u201d…").format(
            title=translate("reports", self.definition.title)))
        self.run_op = ops.run_report_op(self, run_report_job, self.definition, self.values(), self._cancel,
                                        self._relay, on_done=self._on_run_done, on_error=self._on_run_error,
                                        cancel=self._cancel)
        return self.run_op

    def cancel_run(self) -> None:
        """Ask the running report to stop (it stops at the next chunk of rows or pages)."""
        if self.running and self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool, text: str = "") -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.run_button.setEnabled(not running)
        if hasattr(self, "run_action"):
            self.run_action.setEnabled(not running)
        if running:
            self.progress_bar.setRange(0, 0)
        if text or running:
            self.status_label.setText(text)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        if not self.running:
            return
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)
        if what and not (self._cancel is not None and self._cancel.is_set()):
            self.status_label.setText(f"{what} {done}" if done else what)

    def _on_run_done(self, output: RunOutput) -> None:
        self._set_running(False)
        self.show_output(output)
        rows = output.result.row_count if isinstance(output.result, ResultTable) else 0
        self.status_label.setText(self.tr("%n page(s)", "", output.pages) + " \u00b7 "
                                  + self.tr("%n row(s)", "", rows) + " \u00b7 "
                                  + self.tr("{seconds} s").format(seconds=f"{output.seconds:.1f}"))
        self.reports_did_run.emit(output.result.definition.id)

    def _on_run_error(self, error: UserError) -> None:
        self._set_running(False)
        if isinstance(error, ReportCancelled) or (self._cancel is not None and self._cancel.is_set()):
            self.status_label.setText(self.tr("Cancelled."))
            return
        if isinstance(error, ValidationError) and self.params.show_error(error):
            self.status_label.setText(self.tr("Check the highlighted parameter."))
            return
        self.status_label.setText(str(error))
        errors.show_error(self, error)

    # -- preview ---------------------------------------------------------------------------
    def show_output(self, output: RunOutput) -> None:
        """Show a finished run: its PDF in Pages, its lines in Data."""
        self.clear_preview()
        self.output = output
        self.pdf = PdfSource(output.pdf, self)
        self.preview.set_document(self.pdf.document)
        result = output.result
        is_table = isinstance(result, ResultTable)
        self.model.set_result(result if is_table else None)
        self.table.clearSpans()
        if is_table:
            for row in self.model.group_rows():
                self.table.setSpan(row, 0, 1, max(1, self.model.columnCount()))
            self.table.resizeColumnsToContents()
        self.tabs.setTabEnabled(1, is_table)
        self.tabs.setCurrentIndex(0)
        self.print_action.setEnabled(self.pdf.document is not None)
        self.save_pdf_action.setEnabled(True)
        self.save_xlsx_action.setEnabled(True)  # documents flatten to one sheet

    def clear_preview(self) -> None:
        self.preview.set_document(None)
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        self.output = None
        self.model.set_result(None)
        self.table.clearSpans()
        for act in (getattr(self, n, None) for n in ("print_action", "save_pdf_action", "save_xlsx_action")):
            if act is not None:
                act.setEnabled(False)

    def copy_selection(self) -> str:
        """Copy the selected Data cells as TSV (Ctrl+C); returns the text."""
        text = self.model.copy_text(self.table.selectionModel().selectedIndexes())
        if text:
            QApplication.clipboard().setText(text)
        return text

    # -- print and save --------------------------------------------------------------------
    def print_preview(self) -> int:
        """Print the pages through the print dialog; returns the pages printed."""
        if self.pdf is None or self.pdf.document is None:
            return 0
        return print_pdf(self.pdf.document, self)

    def print_to(self, printer: Any) -> int:
        """Print on a ready QPrinter without a dialog (a progress box for long documents)."""
        if self.pdf is None or self.pdf.document is None:
            return 0
        box = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, self.pdf.page_count, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(500)

        def progress(done: int, total: int) -> None:
            box.setValue(done)
            QApplication.processEvents()

        try:
            return print_document(self.pdf.document, printer, progress=progress, cancel=box.wasCanceled)
        finally:
            box.close()

    def _default_name(self, suffix: str) -> str:
        assert self.output is not None
        stamp = dt.date.today().isoformat()
        folder = state.settings().value(KEY_LAST_DIR)
        name = f"{self.output.result.definition.id}_{stamp}{suffix}"
        return str(Path(folder) / name) if isinstance(folder, str) and folder else name

    def _ask_path(self, suffix: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self._default_name(suffix), filter_text)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        state.settings().setValue(KEY_LAST_DIR, str(Path(path).parent))
        return path

    def ask_save_pdf(self) -> None:
        if self.output is not None:
            path = self._ask_path(".pdf", self.tr("PDF files (*.pdf)"))
            if path:
                self.save_to(path, "pdf")

    def ask_save_xlsx(self) -> None:
        if self.output is not None:
            path = self._ask_path(".xlsx", self.tr("Excel workbooks (*.xlsx)"))
            if path:
                self.save_to(path, "xlsx")

    def save_to(self, path: str, kind: str) -> ops.Op | None:
        """Save the shown run as ``kind`` "pdf" (the previewed pages) or "xlsx" (the same rows) —
        a job (an audited export; large workbooks take seconds; Esc cancels)."""
        if self.output is None or self.running:
            return None
        self._cancel = threading.Event()
        self._set_running(True, self.tr("Saving {path}…").format(path=path))

        def done(p: str) -> None:
            self._set_running(False)
            self.status_label.setText(self.tr("Saved {path}").format(path=p))

        self.run_op = ops.run_report_op(self, save_file_job, self.output, kind, path, self._cancel, self._relay,
                                        on_done=done, on_error=self._on_run_error, cancel=self._cancel)
        return self.run_op

    # -- window ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not event.spontaneous():
            # reference rows (or the connection) may have changed while the window was closed
            self._stale = False
            QTimer.singleShot(0, self, self.params.forget_choices)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        super().hideEvent(event)
        if not event.spontaneous():
            self._stale = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.cancel_run()
        self.params.remember()
        s = state.settings()
        s.setValue(KEY_GEOMETRY, self.saveGeometry())
        s.setValue(KEY_SPLITTER, self.splitter.saveState())
        s.sync()
        super().closeEvent(event)


def open_reports_window(main_window: QWidget, report_id: str | None = None,
                        values: dict[str, Any] | None = None, *, run: bool = False) -> ReportsWindow:
    """Show the Reports window of ``main_window`` (created on first use, then raised).

    Wiring (main window): ``act.triggered.connect(lambda: open_reports_window(self))`` on a
    Reports action (F8). ``report_id`` selects that report and ``values`` fills its parameters
    (a client card printing its form: ``open_reports_window(w, "clients.card", {"client": 42},
    run=True)``); ``run`` starts it at once.
    """
    window = getattr(main_window, "_reports_window", None)
    if window is None or not isValid(window):
        window = ReportsWindow(main_window)
        main_window._reports_window = window  # type: ignore[attr-defined]
    if report_id:
        window.search.clear()
        window.select_report(report_id)
    if values:
        window.params.set_values(values)
    window.show()
    window.raise_()
    window.activateWindow()
    if run and report_id and window.definition is not None and window.definition.id == report_id:
        window.run_report()
    return window
