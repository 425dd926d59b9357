"""PDF renderer (reportlab): a :class:`~reports.result.ResultTable` or
:class:`~reports.result.DocumentResult` to an A4 PDF. Layer: ``reports``; no Qt.

Contract of :func:`render_pdf`:
* A4 in the result's orientation; DejaVu Sans (``resources/fonts``) is embedded, so Cyrillic and
  other scripts print and no unembedded base-14 font is referenced.
* Reports: a first-page header (company, title, the business question in small grey, every
  parameter as "Title: value", user and time), then the chart (if any), then the table: repeated
  header rows, zebra rows, bold group headers, bold subtotals on a light fill, a bold grand total
  under a rule, numbers right-aligned, column widths in proportion to ``Col.width``, long text
  wrapped. Every page has a running header (title, company) and a footer "Page N of M".
* Documents: blocks (headings, key/value fields, tables with totals, text, images, signature
  lines, spacers); ``labels`` blocks print as a grid of equal cells per A4 page with no header or
  footer; ``plain`` documents (own letterhead) have no running header and number their pages only
  when there is more than one.
* ``progress(done, total, what)`` is called while the table is laid out and per page (total -1 =
  unknown); ``cancel()`` is checked as often and raises
  :class:`reports.engine.ReportCancelled` (the caller discards the half-written output;
  :func:`reports.export.export` writes to a temporary file for that reason).
Returns the number of pages.
"""
from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n import translate
from reports import formats
from reports.engine import ReportCancelled
from reports.render_chart import chart_drawings
from reports.result import Block, DocumentResult, Header, Line, ResultTable
from reports.spec import Col

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
#: rows per LongTable: one long table lays out in O(n^2)-ish time (FIREBIRD.md 6)
CHUNK_ROWS = 1000
MARGIN = 14 * mm
HEADER_SPACE = 8 * mm  #: above the frame: the running header
FOOTER_SPACE = 8 * mm

GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#999999")
HEAD_FILL = colors.HexColor("#DCE3EC")
ZEBRA = colors.HexColor("#F4F6F8")
SUBTOTAL_FILL = colors.HexColor("#E8EDF3")
GROUP_FILL = colors.HexColor("#F9FAFB")

Progress = Callable[[int, int, str], None]

_fonts_lock = threading.Lock()
_fonts_done = False


def fonts_dir() -> Path:
    """``resources/fonts`` next to the packages (source tree, installed or PyInstaller bundle)."""
    here = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    candidates = [here]
    if getattr(sys, "_MEIPASS", None):
        candidates.append(Path(sys._MEIPASS) / "resources" / "fonts")
    candidates.append(Path(sys.prefix) / "share" / "kartoteka" / "resources" / "fonts")
    for d in candidates:
        if (d / "DejaVuSans.ttf").is_file():
            return d
    raise FileNotFoundError(f"DejaVuSans.ttf not found in {', '.join(map(str, candidates))}")


def register_fonts() -> None:
    """Register DejaVu Sans (regular + bold, as one family for ``<b>``) once per process."""
    global _fonts_done
    with _fonts_lock:
        if _fonts_done:
            return
        from reportlab.lib.fonts import addMapping

        d = fonts_dir()
        pdfmetrics.registerFont(TTFont(FONT, str(d / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(d / "DejaVuSans-Bold.ttf")))
        for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
            addMapping(FONT, bold, italic, name)
        _fonts_done = True


def _style(name: str, size: float = 8, bold: bool = False, color=colors.black, align=TA_LEFT, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=size * 1.22,
                          textColor=color, alignment=align, **kw)


class _Styles:
    def __init__(self) -> None:
        self.cell = _style("cell")
        self.cell_r = _style("cell_r", align=TA_RIGHT)
        self.bold = _style("bold", bold=True)
        self.bold_r = _style("bold_r", bold=True, align=TA_RIGHT)
        self.head = _style("head", bold=True)
        self.head_r = _style("head_r", bold=True, align=TA_RIGHT)
        self.groups = [_style(f"group{i}", bold=True, leftIndent=i * 8) for i in range(6)]
        self.company = _style("company", 9, bold=True, color=GREY)
        self.title = _style("title", 15, bold=True, spaceBefore=2, spaceAfter=3)
        self.question = _style("question", 8.5, color=GREY, spaceAfter=4)
        self.param = _style("param", 8.5)
        self.meta = _style("meta", 7.5, color=GREY, spaceBefore=2)
        self.h = {1: _style("h1", 14, bold=True, spaceBefore=4, spaceAfter=5),
                  2: _style("h2", 11.5, bold=True, spaceBefore=6, spaceAfter=3),
                  3: _style("h3", 9.5, bold=True, spaceBefore=4, spaceAfter=2)}
        self.text = {"normal": _style("text", 9.5, spaceAfter=4), "small": _style("small", 7.5, color=GREY, spaceAfter=3),
                     "bold": _style("textb", 9.5, bold=True, spaceAfter=4)}
        self.field_label = _style("flabel", 8.5, color=GREY)
        self.field_value = _style("fvalue", 9.5)
        self.label = _style("label", 9)
        self.note = _style("note", 8.5, color=GREY)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


class _Page:
    """What the page decorations need, shared with the canvas class made per render."""

    def __init__(self, header: Header, plain: bool) -> None:
        self.header = header
        self.plain = plain
        self.pages = 0


def _canvas_class(page: _Page) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Two passes: pages are kept until ``save()`` so the footer can say "Page N of M"."""

        def __init__(self, *args: Any, **kw: Any) -> None:
            kw["initialFontName"] = kw.get("initialFontName") or FONT  # no bare Helvetica resource
            super().__init__(*args, **kw)
            self._kept: list[dict[str, Any]] = []
            self._page_kind = "normal"

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            page.pages = total
            for state in self._kept:
                self.__dict__.update(state)
                _decorate(self, page, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _decorate(c: Canvas, page: _Page, total: int) -> None:
    if getattr(c, "_page_kind", "normal") == "labels":
        return
    w, h = c._pagesize
    n = c.getPageNumber()
    h_ = page.header
    c.saveState()
    c.setFillColor(GREY)
    if not page.plain:
        y = h - MARGIN + 3 * mm
        c.setFont(FONT, 7.5)
        c.drawString(MARGIN, y, _fit(h_.title, FONT, 7.5, (w - 2 * MARGIN) * 0.62))
        c.drawRightString(w - MARGIN, y, _fit(h_.company, FONT, 7.5, (w - 2 * MARGIN) * 0.35))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, y - 1.6 * mm, w - MARGIN, y - 1.6 * mm)
    if not page.plain or total > 1:
        y = MARGIN - 5 * mm
        c.setFont(FONT, 7.5)
        c.drawRightString(w - MARGIN, y, translate("reports", "Page {n} of {m}").format(n=n, m=total))
        if not page.plain:
            who = ", ".join(x for x in (h_.user, formats.display(h_.generated_at, "datetime")) if x)
            c.drawString(MARGIN, y, _fit("Kartoteka CRM \u00b7 " + who, FONT, 7.5, (w - 2 * MARGIN) * 0.6))
    c.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(str(text or "").split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def _header_flowables(h: Header, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if h.company:
        out.append(_para(h.company, st.company))
    out.append(_para(h.title, st.title))
    if h.question:
        out.append(_para(h.question, st.question))
    for title, value in h.params:
        out.append(Paragraph(f"{escape(title)}: <b>{escape(str(value))}</b>", st.param))
    meta = translate("reports", "Prepared by {user}, {time}").format(
        user=h.user or "-", time=formats.display(h.generated_at, "datetime"))
    out += [_para(meta, st.meta), Spacer(1, 4 * mm)]
    return out


# --- tables -----------------------------------------------------------------------------------


class _TableBuilder:
    """Rows of a result table laid out as LongTables of at most CHUNK_ROWS rows each."""

    def __init__(self, columns: tuple[Col, ...], width: float, st: _Styles,
                 progress: Progress | None, cancel: Callable[[], bool] | None) -> None:
        self.cols = columns
        self.st = st
        total = sum(max(c.width, 0.1) for c in columns) or 1.0
        self.widths = [width * max(c.width, 0.1) / total for c in columns]
        self.right = [formats.align_right(c.fmt) for c in columns]
        self.progress, self.cancel = progress, cancel
        self.head = [self._head(translate("reports", c.title), w, r)
                     for c, w, r in zip(columns, self.widths, self.right, strict=True)]
        self.out: list[Flowable] = []
        self.rows: list[list[Any]] = []
        self.cmds: list[tuple] = []
        self.detail = 0

    def _head(self, title: str, width: float, right: bool) -> Paragraph:
        """A column title; a smaller font when its longest word would be broken in a narrow column."""
        style = self.st.head_r if right else self.st.head
        longest = max((pdfmetrics.stringWidth(w, FONT_BOLD, style.fontSize) for w in title.split()), default=0)
        if longest > width - 6:
            size = max(4.5, style.fontSize * (width - 6.5) / longest)
            style = ParagraphStyle(f"{style.name}_{size:.1f}", parent=style, fontSize=size, leading=size * 1.22)
        return _para(title, style)

    def _cell(self, value: Any, i: int, bold: bool = False) -> Any:
        col = self.cols[i]
        text = formats.display(value, col.fmt)
        if self.right[i]:
            return text
        if "\n" in text or pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, 8) > self.widths[i] - 6:
            return _para(text, self.st.bold if bold else self.st.cell)
        return text

    def _r(self) -> int:
        return len(self.rows) + 1  # row index in the chunk's table (row 0 = header)

    def add(self, line: Line) -> None:
        # a chunk never ends on a group header (it would be orphaned from its rows)
        if len(self.rows) >= CHUNK_ROWS or (line.kind == "group" and len(self.rows) >= CHUNK_ROWS - 8):
            self.flush()
        r = self._r()
        n = len(self.cols)
        if line.kind == "group":
            self.rows.append([_para(line.label, self.st.groups[min(line.level, 5)])] + [""] * (n - 1))
            self.cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP_FILL),
                          ("LINEBELOW", (0, r), (-1, r), 0.3, RULE),
                          ("NOSPLIT", (0, r), (-1, r + 1))]  # never the last line of a page
            return
        if line.kind == "subtotal":
            self._summary(line.values, line.label, r)
            self.cmds += [("BACKGROUND", (0, r), (-1, r), SUBTOTAL_FILL)]
            if r > 1:  # never alone at the top of a page
                self.cmds.append(("NOSPLIT", (0, r - 1), (-1, r)))
            return
        self.rows.append([self._cell(v, i) for i, v in enumerate(line.values)])
        if self.detail % 2:
            self.cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        self.detail += 1
        if self.detail % 500 == 0:
            if self.cancel is not None and self.cancel():
                raise ReportCancelled()
            if self.progress is not None:
                self.progress(self.detail, -1, translate("reports", "Laying out the PDF…"))

    def _summary(self, values: tuple[Any, ...], label: str, r: int) -> None:
        """A subtotal/total row: the label over the leading blank cells (or before the first value)."""
        n = len(self.cols)
        cells = [self._cell(v, i, bold=True) for i, v in enumerate(values)]
        blank = 0
        while blank < n and values[blank] is None:
            blank += 1
        if blank:
            cells[0] = _para(label, self.st.bold)
            if blank > 1:
                self.cmds.append(("SPAN", (0, r), (blank - 1, r)))
        else:
            first = formats.display(values[0], self.cols[0].fmt)
            cells[0] = _para(f"{label}\n{first}", self.st.bold_r if self.right[0] else self.st.bold)
        self.rows.append(cells)
        self.cmds.append(("FONT", (0, r), (-1, r), FONT_BOLD, 8))

    def totals(self, values: tuple[Any, ...]) -> None:
        r = self._r()
        self._summary(values, translate("reports", "Total"), r)
        if r > 1:
            self.cmds.append(("NOSPLIT", (0, r - 1), (-1, r)))
        self.cmds += [("LINEABOVE", (0, r), (-1, r), 1.0, colors.black), ("TOPPADDING", (0, r), (-1, r), 3)]

    def flush(self) -> None:
        if not self.rows:
            return
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#44546A")),
            ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ]
        style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, r in enumerate(self.right) if r]
        table = LongTable([self.head] + self.rows, colWidths=self.widths, repeatRows=1, style=TableStyle(style + self.cmds))
        self.out.append(table)
        self.rows, self.cmds = [], []


def _table(columns: tuple[Col, ...], lines: list[Line], totals: tuple[Any, ...] | None, width: float,
           st: _Styles, progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> list[Flowable]:
    tb = _TableBuilder(columns, width, st, progress, cancel)
    for line in lines:
        tb.add(line)
    if totals is not None:
        tb.totals(totals)
    tb.flush()
    return tb.out


# --- documents --------------------------------------------------------------------------------


def _fields(b: Block, width: float, st: _Styles) -> Flowable | None:
    if not b.pairs:
        return None
    per_row = max(1, min(b.columns, 3))
    cells = [[_para(k, st.field_label), _para(v if v not in (None, "") else "\u2014", st.field_value)]
             for k, v in b.pairs]
    rows: list[list[Any]] = []
    for i in range(0, len(cells), per_row):
        row: list[Any] = []
        for pair in cells[i:i + per_row]:
            row += pair
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    unit = width / per_row
    widths = [unit * 0.36, unit * 0.64] * per_row
    return Table(rows, colWidths=widths, hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#E2E2E2"))]))


def _text(b: Block, st: _Styles) -> list[Flowable]:
    style = st.text.get(b.style, st.text["normal"])
    return [_para(p.strip("\n"), style) for p in str(b.text).split("\n\n") if p.strip()]


def _image(b: Block, st: _Styles) -> Flowable:
    try:
        data = io.BytesIO(b.image or b"")
        iw, ih = ImageReader(data).getSize()
        data.seek(0)
        w = b.width_mm * mm
        return Image(data, width=w, height=w * ih / iw, hAlign="LEFT")
    except Exception:  # a broken picture must not lose the document
        return _para(translate("reports", "(the picture could not be read)"), st.note)


def _signatures(b: Block, width: float, st: _Styles) -> Flowable:
    rows = [[_para(role, st.field_value), "", _para(name, st.field_value)] for role, name in b.pairs]
    return Table(rows, colWidths=[width * 0.38, width * 0.3, width * 0.32], hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 9 * mm),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black), ("LEFTPADDING", (2, 0), (2, -1), 8)]))


def _label_cell(text: str, w: float, h: float, st: _Styles) -> Flowable:
    """The address, centred in the label; shrunk to fit when it is too long for it."""
    p = _para(text, st.label)
    if p.wrap(w, h)[1] <= h:
        return p
    return KeepInFrame(w, h, [_para(text, st.label)], mode="shrink")


def _label_pages(b: Block, page_w: float, page_h: float, st: _Styles) -> list[Flowable]:
    cols, rows = max(1, b.grid[0]), max(1, b.grid[1])
    cw, ch = page_w / cols, (page_h - 2) / rows
    pad = 4 * mm
    out: list[Flowable] = []
    per_page = cols * rows
    for start in range(0, len(b.labels), per_page):
        chunk = b.labels[start:start + per_page]
        cells: list[Any] = [_label_cell(t, cw - 2 * pad, ch - 2 * pad, st) for t in chunk]
        cells += [""] * (-len(cells) % cols)
        grid = [cells[i:i + cols] for i in range(0, len(cells), cols)]
        if out:
            out.append(PageBreak())
        out.append(Table(grid, colWidths=[cw] * cols, rowHeights=[ch] * len(grid), style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)])))
    return out


def _document_story(doc: DocumentResult, width: float, page_w: float, page_h: float, st: _Styles,
                    progress: Progress | None, cancel: Callable[[], bool] | None) -> tuple[list[Flowable], bool]:
    """The flowables, and whether the first page is a label sheet."""
    story: list[Flowable] = []
    current = "labels" if doc.blocks and doc.blocks[0].kind == "labels" else "normal"
    first_labels = current == "labels"
    if not doc.plain and not first_labels:
        story += _header_flowables(doc.header, st)
    for b in doc.blocks:
        want = "labels" if b.kind == "labels" else "normal"
        if want != current:
            story += [NextPageTemplate(want), PageBreak()]
            current = want
        if b.kind == "heading":
            story.append(_para(b.text, st.h.get(b.level, st.h[3])))
        elif b.kind == "fields":
            f = _fields(b, width, st)
            if f is not None:
                story += [f, Spacer(1, 2 * mm)]
        elif b.kind == "table":
            lines = [Line("row", tuple(r)) for r in b.rows]
            story += _table(b.table_columns, lines, b.totals, width, st, progress, cancel)
            story.append(Spacer(1, 3 * mm))
        elif b.kind == "text":
            story += _text(b, st)
        elif b.kind == "image" and b.image:
            story += [_image(b, st), Spacer(1, 2 * mm)]
        elif b.kind == "signatures":
            story += [_signatures(b, width, st), Spacer(1, 3 * mm)]
        elif b.kind == "spacer":
            story.append(Spacer(1, b.height_mm * mm))
        elif b.kind == "labels":
            story += _label_pages(b, page_w, page_h, st)
    return story, first_labels


# --- entry point ------------------------------------------------------------------------------


def render_pdf(result: ResultTable | DocumentResult, path_or_file: str | Path | BinaryIO,
               progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Write ``result`` as PDF to a path or binary file object; returns the number of pages
    (see the module docstring)."""
    register_fonts()
    st = _Styles()
    pagesize = landscape(A4) if result.orientation == "landscape" else A4
    page_w, page_h = pagesize
    page = _Page(result.header, plain=isinstance(result, DocumentResult) and result.plain)
    target = str(path_or_file) if isinstance(path_or_file, Path) else path_or_file
    h = result.header
    doc = BaseDocTemplate(target, pagesize=pagesize, title=h.title, author=h.user, subject=h.question,
                          creator="Kartoteka CRM", initialFontName=FONT, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER_SPACE, bottomMargin=MARGIN + FOOTER_SPACE)
    width = doc.width

    def kind(name: str) -> Callable[[Canvas, Any], None]:
        return lambda canv, _doc: setattr(canv, "_page_kind", name)

    normal = PageTemplate("normal", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                          onPage=kind("normal"))
    labels = PageTemplate("labels", [Frame(0, 0, page_w, page_h, id="labels", leftPadding=0, rightPadding=0,
                                           topPadding=0, bottomPadding=0)], onPage=kind("labels"))
    if isinstance(result, DocumentResult):
        story, first_labels = _document_story(result, width, page_w, page_h, st, progress, cancel)
        doc.addPageTemplates([labels, normal] if first_labels else [normal, labels])
    else:
        doc.addPageTemplates([normal])
        story = _header_flowables(h, st)
        if result.chart is not None:
            # every part fits a page (a taller one would stop the PDF with reportlab's LayoutError);
            # a part that does not fit the rest of a page moves to the next one
            used = sum(f.wrap(width, doc.height)[1] for f in story) + 6 * mm  # the header above the chart
            parts = chart_drawings(result.chart, min(width, 180 * mm), doc.height - 6 * mm, doc.height - used)
            story += parts
            if parts:
                story.append(Spacer(1, 5 * mm))
        if result.note:
            story.append(_para(result.note, st.note))
        if result.row_count == 0 and not result.lines:
            story.append(_para(translate("reports", "No data for these parameters."), st.note))
        else:
            story += _table(result.columns, result.lines, result.totals, width, st, progress, cancel)
    if not story:
        story = [Spacer(1, 1)]

    def on_progress(typ: str, value: int) -> None:
        if typ == "PAGE":
            if cancel is not None and cancel():
                raise ReportCancelled()
            if progress is not None:
                progress(value, -1, translate("reports", "Writing PDF pages…"))

    doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=_canvas_class(page))
    return page.pages
