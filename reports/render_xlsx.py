"""XLSX renderer (openpyxl, write-only: constant memory for 100k rows). Layer: ``reports``; no Qt.

Contract of :func:`render_xlsx`:
* Reports: sheet 1 (named after the report, ≤ 31 characters, none of ``[]:*?/\\``) has the title in
  row 1, the column headers in row 2 (frozen: the panes freeze below it, and it repeats on printed
  pages), then the lines: detail rows as real numbers/dates with the number formats of
  :data:`reports.formats.XLSX_FORMATS`, group headers and subtotals bold (subtotals on a light
  fill), and the grand total as bold **values**, not formulas. Column widths follow the content
  (and ``Col.width``). Sheet 2 "Parameters": report title, id, the question, every parameter,
  company, user and the generation time (a real datetime).
* Documents: one sheet with the blocks flattened: headings as bold rows, fields as label/value
  columns, tables with their headers and totals, text one paragraph per row, signatures as
  role/name rows, labels one per row; images are left out.
* ``progress(done, total, what)`` every 1000 rows; ``cancel()`` as often, raising
  :class:`reports.engine.ReportCancelled` (nothing is saved then; the caller removes the file).
Returns the number of rows written on the main sheet below its title and header (report: lines
including group headers, subtotals and the total; document: every written row).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.i18n import translate
from app.xlsx_rows import styled_rows
from reports import formats
from reports.engine import ReportCancelled
from reports.result import DocumentResult, Header, Line, ResultTable
from reports.spec import Col

PROGRESS_EVERY = 1000
#: rows looked at to size the columns (the rest follow the same formats)
WIDTH_SAMPLE = 2000

Progress = Callable[[int, int, str], None]

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
HEAD_FONT = Font(bold=True, color="1F2D3D")
HEAD_FILL = PatternFill("solid", fgColor="DCE3EC")
SUBTOTAL_FILL = PatternFill("solid", fgColor="E8EDF3")
GREY_FONT = Font(color="666666", size=9)
TOP_RULE = Border(top=Side(style="medium"))
HEAD_RULE = Border(bottom=Side(style="thin", color="44546A"))
WRAP = Alignment(wrap_text=True, vertical="top")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str, taken: Iterable[str] = ()) -> str:
    """A valid, unique sheet title: at most 31 characters, none of ``[]:*?/\\``, no edge quotes."""
    base = " ".join(_BAD_SHEET_CHARS.sub(" ", str(text or "")).split()).strip("'") or "Report"
    if len(base) > 31:  # cut at a word when that keeps most of the title
        cut = base[:31]
        base = cut[: cut.rfind(" ")] if cut.rfind(" ") >= 20 else cut
        base = base.rstrip()
    taken_l = {t.lower() for t in taken}
    name, n = base, 2
    while name.lower() in taken_l:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    return name


class _Sheet:
    """A write-only sheet with cell helpers and a row counter."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows = 0

    def cell(self, value: Any, fmt: str = "text", font: Font | None = None, fill: PatternFill | None = None,
             border: Border | None = None, align: Alignment | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(self.ws, value=formats.xlsx_value(value, fmt) if value is not None else None)
        if formats.xlsx_format(fmt) is not None and value is not None:
            c.number_format = formats.xlsx_format(fmt)
        elif fmt == "text" and isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and len(value) > 1:
            c.data_type = "s"  # text that only looks like a formula stays text
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        if border is not None:
            c.border = border
        if align is not None:
            c.alignment = align
        return c

    def append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self.rows += 1


def _width_of(text: str) -> float:
    longest = max((len(part) for part in text.split("\n")), default=0)
    return longest * 1.1 + 2


def _set_widths(ws: WriteOnlyWorksheet, widths: list[float]) -> None:
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = round(min(max(w, 6.0), 60.0), 1)


def _column_widths(columns: tuple[Col, ...], lines: Sequence[Line], totals: tuple[Any, ...] | None) -> list[float]:
    widths = [max(_width_of(translate("reports", c.title)) * 0.9, c.width * 7) for c in columns]
    sample = [ln.values for ln in lines[:WIDTH_SAMPLE] if ln.kind != "group"]
    if totals is not None:
        sample.append(totals)
    for values in sample:
        for i, (c, v) in enumerate(zip(columns, values, strict=False)):
            widths[i] = max(widths[i], _width_of(formats.display(v, c.fmt)))
    # group labels sit in column A and may run over the empty cells to the right: no widening
    return widths


def _summary_cells(sh: _Sheet, columns: tuple[Col, ...], values: tuple[Any, ...], label: str,
                   fill: PatternFill | None, border: Border | None) -> list[WriteOnlyCell]:
    cells = [sh.cell(v, c.fmt, BOLD, fill, border) for c, v in zip(columns, values, strict=False)]
    # the label goes into the first blank cell (column A unless A holds a total, e.g. a count of
    # clients); a row whose every cell is a figure keeps the figures and goes without a label
    blank = next((i for i, v in enumerate(values) if v is None), None)
    if blank is not None:
        cells[blank] = sh.cell(label, "text", BOLD, fill, border)
    return cells


def _write_table(sh: _Sheet, columns: tuple[Col, ...], lines: Iterable[Line],
                 totals: tuple[Any, ...] | None | Callable[[], tuple[Any, ...] | None],
                 progress: Progress | None, cancel: Callable[[], bool] | None, done: int = 0,
                 fast: bool = False) -> int:
    """Header row + lines + total on ``sh``; returns the lines written. ``totals`` may be a
    callable, asked after the lines (a streamed table knows them only then). ``fast``: the sheet
    writes plain detail values with each column's number format (:func:`app.xlsx_rows.styled_rows`)."""
    sh.append([sh.cell(translate("reports", c.title), "text", HEAD_FONT, HEAD_FILL, HEAD_RULE,
                       Alignment(horizontal="right" if formats.align_right(c.fmt) else "left", vertical="bottom",
                                 wrap_text=True)) for c in columns])
    fmts = [c.fmt for c in columns]
    xv = formats.xlsx_value
    written = 0
    for line in lines:
        if line.kind == "group":
            sh.append([sh.cell(line.label, "text", BOLD, align=Alignment(indent=line.level))])
        elif line.kind == "subtotal":
            sh.append(_summary_cells(sh, columns, line.values, line.label, SUBTOTAL_FILL, None))
        elif fast:
            sh.append([None if v is None else xv(v, f) for f, v in zip(fmts, line.values, strict=False)])
        else:
            sh.append([sh.cell(v, c.fmt) for c, v in zip(columns, line.values, strict=False)])
        written += 1
        if (done + written) % PROGRESS_EVERY == 0:
            if cancel is not None and cancel():
                raise ReportCancelled()
            if progress is not None:
                progress(done + written, -1, translate("reports", "Writing the workbook…"))
    if callable(totals):
        totals = totals()
    if totals is not None:
        sh.append(_summary_cells(sh, columns, totals, translate("reports", "Total"), None, TOP_RULE))
        written += 1
    return written


def _parameters_sheet(wb: Workbook, header: Header, report_id: str, taken: list[str]) -> None:
    sh = _Sheet(wb.create_sheet(sheet_title(translate("reports", "Parameters"), taken)))
    sh.ws.column_dimensions["A"].width = 28
    sh.ws.column_dimensions["B"].width = 60
    rows: list[tuple[str, Any, str]] = [(translate("reports", "Report"), header.title, "text"),
                                        (translate("reports", "Report id"), report_id, "text")]
    if header.question:
        rows.append((translate("reports", "Question"), header.question, "text"))
    rows += [(title, value, "text") for title, value in header.params]
    rows += [(translate("reports", "Company"), header.company, "text"), (translate("reports", "User"), header.user, "text"),
             (translate("reports", "Generated at"), header.generated_at, "datetime")]
    for label, value, fmt in rows:
        sh.append([sh.cell(label, "text", BOLD), sh.cell(value, fmt, align=Alignment(horizontal="left"))])


def _report(wb: Workbook, result: ResultTable, progress: Progress | None, cancel: Callable[[], bool] | None) -> int:
    title = sheet_title(result.header.title)
    sh = _Sheet(wb.create_sheet(title))
    cols = result.columns
    # a streamed table (engine.run(sink=…)) has an iterator of lines and its totals only at the
    # end: the widths come from the first lines, with room for a total in the columns that have one
    streamed = not isinstance(result.lines, list)
    lines = iter(result.lines)
    sample = list(islice(lines, WIDTH_SAMPLE))
    widths = _column_widths(cols, sample, None if streamed else result.totals)
    if streamed:
        widths = [w * 1.25 if c.total is not None else w for c, w in zip(cols, widths, strict=True)]
    _set_widths(sh.ws, widths)
    sh.ws.freeze_panes = "A3"  # below the title and the header row
    sh.ws.print_title_rows = "2:2"
    sh.ws.page_setup.orientation = "landscape" if result.orientation == "landscape" else "portrait"
    sh.ws.page_setup.paperSize = "9"  # A4
    sh.ws.page_setup.fitToWidth, sh.ws.page_setup.fitToHeight = 1, 0
    sh.ws.sheet_properties.pageSetUpPr.fitToPage = True
    fast = styled_rows(sh.ws, [formats.xlsx_format(c.fmt) for c in cols])
    sh.append([sh.cell(result.header.title, "text", TITLE_FONT)])
    written = _write_table(sh, cols, chain(sample, lines), lambda: result.totals, progress, cancel, fast=fast)
    if result.note:  # below the total: the sheet's first rows stay title + header
        sh.append([sh.cell(result.note, "text", BOLD)])
    _parameters_sheet(wb, result.header, result.definition.id, [title])
    return written


def _document(wb: Workbook, doc: DocumentResult, progress: Progress | None,
              cancel: Callable[[], bool] | None) -> int:
    sh = _Sheet(wb.create_sheet(sheet_title(doc.header.title)))
    widths = [30.0, 40.0]
    for b in doc.blocks:
        if b.kind == "table":
            tw = _column_widths(b.table_columns, [Line("row", tuple(r)) for r in b.rows[:WIDTH_SAMPLE]], b.totals)
            for i, w in enumerate(tw):
                if i < len(widths):
                    widths[i] = max(widths[i], w)
                else:
                    widths.append(w)
    _set_widths(sh.ws, widths)
    if not doc.plain:
        sh.append([sh.cell(doc.header.title, "text", TITLE_FONT)])
        meta = ", ".join(x for x in (doc.header.company, doc.header.user,
                                     formats.display(doc.header.generated_at, "datetime")) if x)
        sh.append([sh.cell(meta, "text", GREY_FONT)])
        sh.append([])
    done = 0
    for b in doc.blocks:
        if b.kind == "heading":
            sh.append([sh.cell(b.text, "text", Font(bold=True, size={1: 14, 2: 12}.get(b.level, 11)))])
        elif b.kind in ("fields", "signatures"):
            for label, value in b.pairs:
                sh.append([sh.cell(label, "text", BOLD if b.kind == "fields" else None),
                           sh.cell(value, "text", align=WRAP)])
        elif b.kind == "table":
            lines = [Line("row", tuple(r)) for r in b.rows]
            done += _write_table(sh, b.table_columns, lines, b.totals, progress, cancel, done)
        elif b.kind == "text":
            font = BOLD if b.style == "bold" else GREY_FONT if b.style == "small" else None
            for para in (p.strip("\n") for p in str(b.text).split("\n\n")):
                if para.strip():
                    sh.append([sh.cell(para, "text", font, align=WRAP)])
        elif b.kind == "labels":
            for label in b.labels:
                sh.append([sh.cell(label, "text", align=WRAP)])
        elif b.kind == "spacer":
            sh.append([])
        # images have no sensible cell form and are left out
    return sh.rows


def render_xlsx(result: ResultTable | DocumentResult, path: str | Path,
                progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Write ``result`` as an XLSX workbook to ``path`` (see the module docstring)."""
    wb = Workbook(write_only=True)
    h = result.header
    wb.properties.title = h.title
    wb.properties.creator = h.user or "Kartoteka CRM"
    wb.properties.created = h.generated_at if isinstance(h.generated_at, dt.datetime) else dt.datetime.now()
    try:
        if isinstance(result, DocumentResult):
            rows = _document(wb, result, progress, cancel)
        else:
            rows = _report(wb, result, progress, cancel)
        if cancel is not None and cancel():
            raise ReportCancelled()
    except BaseException:
        _discard(wb)
        raise
    wb.save(str(path))
    return rows


def _discard(wb: Workbook) -> None:
    """Close the half-written sheets and remove their temporary files (openpyxl streams each
    write-only sheet to one)."""
    for ws in wb.worksheets:
        try:
            ws.close()
            ws._writer.cleanup()
        except Exception:  # noqa: S110 - best effort on the way out of an error
            pass
