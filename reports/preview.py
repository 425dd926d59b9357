"""The on-screen side of a report: a Qt table model over a ResultTable, and printing of the PDF.

Layer: ``reports`` — the **only** module below ``ui`` that may import PySide6 (import-linter
contract ``no-qt-below-ui``). It knows nothing of windows: ``ui/reports_window.py`` puts
:class:`ResultModel` into a table view and calls :func:`print_pdf`.

* :class:`ResultModel` shows the lines of a :class:`reports.result.ResultTable` exactly as the
  renderers compute them (group headers, detail rows, subtotals, the grand total), with the
  display text of :mod:`reports.formats` — the same text the PDF prints. Read-only.
* Printing goes through the **PDF** (the design decision for issue #6: screen, paper and file are
  the same pages): :func:`print_document` draws the pages of a ``QPdfDocument`` onto a ready
  ``QPrinter`` (no dialog; tests use a PdfFormat printer), :func:`print_pdf` asks with a
  ``QPrintDialog`` first. Pages are rendered at the printer's resolution (capped at
  :data:`MAX_PRINT_DPI`) in horizontal bands, so an A4 page at 600 dpi never needs one 140 MB image.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.i18n import translate
from reports import formats
from reports.result import Line, ResultTable
from reports.spec import NUMERIC_FORMATS

#: Pages are never rasterised finer than this for a printer (600 dpi is beyond what text needs
#: on office printers; a 1200-dpi driver would otherwise cost 4× the time for nothing visible).
MAX_PRINT_DPI = 600
#: Height in device pixels of one rendered band of a page (about 10 MB of ARGB at 600 dpi A4 width).
BAND_PX = 512

#: Role returning the line kind of a row: "row" | "group" | "subtotal" | "total".
LINE_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role returning the raw value of a cell (Decimal, date, int…; None for empty cells).
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ResultModel(QAbstractTableModel):
    """A read-only table over the lines of a ResultTable plus its grand total.

    One model row per :class:`~reports.result.Line` (in order) and, when the result has totals,
    one last "total" row. Group header rows carry their caption in column 0 and are meant to span
    all columns (:meth:`group_rows` tells the view which); subtotal and total rows put their
    caption in the first column when that column has no total of its own. Group, subtotal and
    total rows are bold; numeric columns are right-aligned.
    """

    def __init__(self, result: ResultTable | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: ResultTable | None = None
        self._lines: list[Line] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._group_brush = QBrush(QColor(232, 238, 246))
        self._total_brush = QBrush(QColor(240, 240, 240))
        if result is not None:
            self.set_result(result)

    # -- content ---------------------------------------------------------------------------
    def set_result(self, result: ResultTable | None) -> None:
        """Show ``result`` (None: empty model)."""
        self.beginResetModel()
        self._result = result
        self._lines = list(result.lines) if result is not None else []
        if result is not None and result.totals is not None:
            self._lines.append(Line("subtotal", tuple(result.totals), -1, self.tr("Total")))
        self.endResetModel()

    @property
    def result(self) -> ResultTable | None:
        return self._result

    def line_kind(self, row: int) -> str:
        """"row" | "group" | "subtotal" | "total" of model row ``row``."""
        line = self._lines[row]
        return "total" if line.level == -1 else line.kind

    def group_rows(self) -> list[int]:
        """Model rows that are group headers (the view spans them over all columns)."""
        return [i for i, ln in enumerate(self._lines) if ln.kind == "group"]

    def detail_rows(self) -> list[tuple[Any, ...]]:
        """The raw values of the detail rows, in order (what ``ResultTable.rows()`` returns)."""
        return [ln.values for ln in self._lines if ln.kind == "row"]

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802,B008 (Qt names)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802,B008
        if parent.isValid() or self._result is None:
            return 0
        return len(self._result.columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._result is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._result.columns):
            col = self._result.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("reports", col.title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_alignment(col.fmt))
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._lines):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._result is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._lines) and 0 <= column < len(self._result.columns)):
            return None
        line = self._lines[row]
        kind = self.line_kind(row)
        col = self._result.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and kind != "row":
            return line.label or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == "group":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(_alignment(col.fmt))
        if role == Qt.ItemDataRole.FontRole and kind != "row":
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "group":
                return self._group_brush
            if kind == "total":
                return self._total_brush
            return None
        if role == LINE_KIND_ROLE:
            return kind
        if role == RAW_VALUE_ROLE:
            return _value_at(line, column)
        return None

    # -- text --------------------------------------------------------------------------------
    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell (the PDF's text for the same value)."""
        assert self._result is not None
        line = self._lines[row]
        if line.kind == "group":
            return line.label if column == 0 else ""
        value = _value_at(line, column)
        if line.kind == "subtotal" and column == 0 and value in (None, ""):
            return line.label
        return formats.display(value, self._result.columns[column].fmt)

    def copy_text(self, indexes: Iterable[QModelIndex]) -> str:
        """Tab-separated text of the selected cells (Ctrl+C), one line per row.

        The selection's bounding rectangle is copied; unselected cells inside it stay empty, so
        columns line up when pasted into a spreadsheet. Numbers are copied without thousands
        separators (spreadsheets then read them as numbers), with the report language's decimal
        mark; other cells as shown.
        """
        cells = {(i.row(), i.column()) for i in indexes if i.isValid()}
        if not cells or self._result is None:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        out = []
        for r in rows:
            out.append("\t".join(self._copy_cell(r, c) if (r, c) in cells else "" for c in cols))
        return "\n".join(out) + "\n"

    def _copy_cell(self, row: int, column: int) -> str:
        assert self._result is not None
        line = self._lines[row]
        fmt = self._result.columns[column].fmt
        value = _value_at(line, column)
        if line.kind != "group" and fmt in ("int", "number", "money", "days") and value is not None:
            return plain_number(value, fmt)
        return self.cell_text(row, column).replace("\t", " ").replace("\n", " ")


def _value_at(line: Line, column: int) -> Any:
    return line.values[column] if column < len(line.values) else None


def _alignment(fmt: str) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if fmt in NUMERIC_FORMATS else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


def plain_number(value: Any, fmt: str) -> str:
    """A number for the clipboard: no grouping, the report language's decimal mark."""
    try:
        if fmt == "int":
            text = str(int(round(float(value))))
        elif fmt == "money":
            text = str(Decimal(str(value)).quantize(Decimal("0.01")))
        elif isinstance(value, (dt.date, dt.datetime)):
            return formats.display(value, fmt)
        else:
            text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    except (TypeError, ValueError, ArithmeticError):
        return str(value)
    return text.replace(".", ",") if formats.language() == "ru" else text


# ---------------------------------------------------------------------------------------------
# PDF documents and printing


class PdfSource:
    """Bytes of a PDF opened as a ``QPdfDocument``.

    ``QPdfDocument.load(QIODevice)`` reads lazily, so the buffer must outlive the document: this
    object keeps both. ``document`` is None for bytes that are not a PDF (``error`` says why).
    """

    def __init__(self, data: bytes, parent: Any = None) -> None:
        self.data = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(parent)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)
        self.error = self.document.error()
        if self.document.status() != QPdfDocument.Status.Ready:
            self.document = None

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
        self._buffer.close()


def _print_dpi(printer: QPrinter) -> int:
    return max(72, min(printer.resolution(), MAX_PRINT_DPI))


def page_orientation(document: QPdfDocument) -> QPageLayout.Orientation:
    """Landscape when the first page is wider than tall."""
    size = document.pagePointSize(0)
    return QPageLayout.Orientation.Landscape if size.width() > size.height() \
        else QPageLayout.Orientation.Portrait


def print_document(document: QPdfDocument, printer: QPrinter, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> int:
    """Print the pages of ``document`` on a ready ``printer`` (no dialog); return pages printed.

    Honours the printer's page range (``fromPage``/``toPage``, 1-based, 0 = all) and copies the
    driver handles. Each page is scaled to fit the printable area, centred, keeping its aspect;
    the printer's orientation follows the document's first page. ``progress(done, total)`` is
    called after each page, ``cancel()`` checked before each (a cancelled job is aborted: nothing
    reaches the printer). Raises OSError when the printer cannot be started.
    """
    count = document.pageCount()
    if count <= 0:
        return 0
    first = printer.fromPage() or 1
    last = printer.toPage() or count
    first, last = max(1, first), min(count, last)
    if first > last:
        return 0
    printer.setPageOrientation(page_orientation(document))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("reports", "The printer could not be started."))
    dpi = _print_dpi(printer)
    done = 0
    try:
        for page in range(first - 1, last):
            if cancel is not None and cancel():
                printer.abort()
                return 0
            if done:
                printer.newPage()
            _draw_page(painter, document, page, printer, dpi)
            done += 1
            if progress is not None:
                progress(done, last - first + 1)
    finally:
        if painter.isActive():
            painter.end()
    return done


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, printer: QPrinter, dpi: int) -> None:
    points = document.pagePointSize(page)
    area = printer.pageRect(QPrinter.Unit.DevicePixel)  # printable area, device pixels
    area = QRectF(0, 0, area.width(), area.height())  # the painter's origin is its top-left
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(area.center())
    # rasterise at ``dpi`` (≤ the device's), then let the painter scale to device pixels
    full = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
    full_w, full_h = full.width(), full.height()
    ratio = target.height() / full_h
    y = 0
    while y < full_h:
        band = min(BAND_PX, full_h - y)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(QRect(0, y, full_w, band))
        image = document.render(page, QSize(full_w, band), options)
        dest = QRectF(target.left(), target.top() + y * ratio, target.width(), band * ratio)
        painter.drawImage(dest, image)
        y += band


def print_pdf(document: QPdfDocument, parent: QWidget | None = None, *,
              printer: QPrinter | None = None) -> int:
    """Ask for a printer with ``QPrintDialog`` and print ``document``; return pages printed
    (0 when the user cancelled the dialog). The dialog offers the page range 1..pageCount."""
    count = document.pageCount()
    if count <= 0:
        return 0
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(page_orientation(document))
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, count)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        printer.setFromTo(0, 0)
    return print_document(document, printer)
