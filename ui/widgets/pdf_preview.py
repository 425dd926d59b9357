"""A PDF page viewer with zoom and page navigation (the report preview's Pages tab). Layer: ``ui``.

Shows a ``QPdfDocument`` in a ``QPdfView`` (all pages, scrolling) with its own tool bar:
zoom (fit width, fit page, 50–400 %; Ctrl++ / Ctrl+- / Ctrl+0 = 100 %) and page navigation
(PgUp/PgDn, Ctrl+Home/Ctrl+End or Home/End, a "page x of y" spin box). The keys work while focus
is anywhere inside the widget. It does not own the document: the caller keeps it (and the
buffer it was loaded from, :class:`reports.preview.PdfSource`) alive while it is shown.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QStyle, QToolBar, QVBoxLayout, QWidget

#: the fixed zoom steps offered (factor 1.0 = 100 %)
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_WIDTH = "fit_width"
FIT_PAGE = "fit_page"


class PdfPreview(QWidget):
    """The pages of one PDF; ``set_document(None)`` shows the empty state."""

    preview_did_change_page = Signal(int)  #: 0-based page now at the top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet("QPdfView { background: #8a8a8a; }")
        self.empty = QLabel(self.tr("Choose a report and press Run (F9) to see its pages here."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyPreview")

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("previewToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        style = self.style()
        self.first_action = self._action(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward),
                                         self.tr("First page (Ctrl+Home)"), self.first_page)
        self.prev_action = self._action(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                                        self.tr("Previous page (PgUp)"), self.previous_page)
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setRange(0, 0)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setAccelerated(True)
        self.page_spin.setToolTip(self.tr("Go to page"))
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1) if v > 0 else None)
        self.toolbar.addWidget(self.page_spin)
        self.of_label = QLabel(self)
        self.of_label.setObjectName("pageOfLabel")
        self.toolbar.addWidget(self.of_label)
        self.next_action = self._action(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                        self.tr("Next page (PgDown)"), self.next_page)
        self.last_action = self._action(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
                                        self.tr("Last page (Ctrl+End)"), self.last_page)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action(None, "\u2212", self.zoom_out, self.tr("Zoom out (Ctrl+-)"))
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Fit page"), FIT_PAGE)
        for step in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{round(step * 100)} %", step)
        self.zoom_combo.setToolTip(self.tr("Zoom"))
        self.zoom_combo.activated.connect(lambda _i: self.set_zoom(self.zoom_combo.currentData()))
        self.toolbar.addWidget(self.zoom_combo)
        self.zoom_in_action = self._action(None, "+", self.zoom_in, self.tr("Zoom in (Ctrl++)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self._shortcuts()
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self.view.zoomFactorChanged.connect(lambda _f: self._sync_zoom_combo())
        self.view.zoomModeChanged.connect(lambda _m: self._sync_zoom_combo())
        self.set_document(None)

    def _action(self, icon, text: str, slot, tip: str | None = None) -> QAction:
        act = QAction(text, self)
        if icon is not None:
            act.setIcon(icon)
        act.setToolTip(tip or text)
        act.triggered.connect(slot)
        self.toolbar.addAction(act)
        return act

    def _shortcuts(self) -> None:
        keys = (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut, "Ctrl+-"), self.zoom_out),
            (("Ctrl+0",), lambda: self.set_zoom(1.0)),
            (("PgDown",), self.next_page),
            (("PgUp",), self.previous_page),
            (("Ctrl+Home", "Home"), self.first_page),
            (("Ctrl+End", "End"), self.last_page),
        )
        self.shortcuts: list[QShortcut] = []
        for sequences, slot in keys:
            seen: list[QKeySequence] = []
            for s in sequences:
                for k in (QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey) else [QKeySequence(s)]):
                    if not k.isEmpty() and k not in seen:
                        seen.append(k)
            for k in seen:
                sc = QShortcut(k, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)
                self.shortcuts.append(sc)

    # -- document --------------------------------------------------------------------------
    def set_document(self, document: QPdfDocument | None) -> None:
        self.document = document
        self.view.setDocument(document)
        has = document is not None and document.pageCount() > 0
        self.view.setVisible(has)
        self.empty.setVisible(not has)
        for w in (self.first_action, self.prev_action, self.next_action, self.last_action,
                  self.zoom_in_action, self.zoom_out_action):
            w.setEnabled(has)
        self.zoom_combo.setEnabled(has)
        self.page_spin.setEnabled(has)
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if has else 0, max(count, 0))
        self.page_spin.setValue(1 if has else 0)
        self.page_spin.blockSignals(False)
        self.of_label.setText(" " + self.tr("of %n", "", count) + " " if has else "")
        if has:
            self.go_to_page(0)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def current_page(self) -> int:
        """0-based page shown at the top of the view."""
        return self.view.pageNavigator().currentPage()

    # -- navigation ------------------------------------------------------------------------
    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count <= 0:
            return
        page = max(0, min(count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._on_page_changed(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def first_page(self) -> None:
        self.go_to_page(0)

    def last_page(self) -> None:
        self.go_to_page(self.page_count() - 1)

    def _on_page_changed(self, page: int) -> None:
        if self.page_count() <= 0:
            return
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.preview_did_change_page.emit(page)

    # -- zoom ------------------------------------------------------------------------------
    def set_zoom(self, zoom: float | str) -> None:
        """``FIT_WIDTH``, ``FIT_PAGE`` or a factor (clamped to 50–400 %)."""
        if zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            factor = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], float(zoom)))
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)
        self._sync_zoom_combo()

    def zoom(self) -> float | str:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return FIT_WIDTH
        if mode == QPdfView.ZoomMode.FitInView:
            return FIT_PAGE
        return self.view.zoomFactor()

    def zoom_in(self) -> None:
        current = self.view.zoomFactor()
        bigger = [s for s in ZOOM_STEPS if s > current + 1e-6]
        self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        current = self.view.zoomFactor()
        smaller = [s for s in ZOOM_STEPS if s < current - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _sync_zoom_combo(self) -> None:
        zoom = self.zoom()
        i = self.zoom_combo.findData(zoom) if isinstance(zoom, str) else -1
        if i < 0 and not isinstance(zoom, str):
            for j in range(self.zoom_combo.count()):
                d = self.zoom_combo.itemData(j)
                if isinstance(d, float) and abs(d - zoom) < 1e-3:
                    i = j
        self.zoom_combo.blockSignals(True)
        if i >= 0:
            self.zoom_combo.setCurrentIndex(i)
        self.zoom_combo.blockSignals(False)
