"""What one run produces: renderer input, independent of PDF/XLSX/Qt. Layer: ``reports``.

A :class:`ResultTable` is a list of :class:`Line` s (detail rows, group headers, subtotals) plus
the grand total, aligned to the report's **visible** columns, with the header facts every
renderer prints (title, parameters as text, company, user, time) and the chart data.
A :class:`DocumentResult` (printable forms) is a list of :class:`Block` s.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from reports.spec import Chart, Col, Definition


@dataclass
class Line:
    kind: Literal["row", "group", "subtotal"]
    values: tuple[Any, ...]  #: aligned to ResultTable.columns (empty for "group")
    level: int = 0  #: group depth (0 = outermost)
    label: str = ""  #: group header / subtotal caption


@dataclass
class ChartData:
    spec: Chart
    labels: list[str]
    series: list[tuple[str, list[float]]]  #: (series title, values)
    fmt: str = "number"
    #: what the chart leaves out, printed under its title ("top 20 of 57 by Revenue"); "" = nothing
    note: str = ""


@dataclass
class Header:
    """What the top of every page/sheet says."""

    title: str
    params: list[tuple[str, str]]  #: (parameter title, value text), translated
    company: str = ""
    user: str = ""
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    question: str = ""


@dataclass
class ResultTable:
    definition: Definition
    header: Header
    columns: tuple[Col, ...]  #: visible columns, in order
    lines: list[Line]
    totals: tuple[Any, ...] | None  #: grand total aligned to columns (None: no total line)
    row_count: int
    chart: ChartData | None = None
    orientation: Literal["portrait", "landscape"] = "portrait"
    #: rows that matched when a limit showed fewer (``row_count`` of them); None: all shown
    matched: int | None = None

    kind = "table"

    @property
    def note(self) -> str:
        """"Showing 500 of 1,572 rows; the totals cover them all." when a limit cut the list."""
        if self.matched is None or self.matched <= self.row_count:
            return ""
        from app.i18n import translate
        from reports.formats import display

        return translate("reports", "Showing {shown} of {matched} rows; the totals cover them all.").format(
            shown=display(self.row_count, "int"), matched=display(self.matched, "int"))

    def rows(self) -> list[tuple[Any, ...]]:
        """Detail rows only (tests, charts)."""
        return [ln.values for ln in self.lines if ln.kind == "row"]

    def column(self, key: str) -> list[Any]:
        i = [c.key for c in self.columns].index(key)
        return [r[i] for r in self.rows()]

    def total(self, key: str) -> Any:
        i = [c.key for c in self.columns].index(key)
        return None if self.totals is None else self.totals[i]


@dataclass
class Block:
    """One piece of a printable document.

    * ``heading``: ``text`` at ``level`` 1–3;
    * ``fields``: ``pairs`` of (label, value text) in ``columns`` columns;
    * ``table``: ``table_columns``, ``rows`` (values), optional ``totals`` (aligned, None = blank);
    * ``text``: ``text`` (paragraphs separated by blank lines), ``style`` normal|small|bold;
    * ``image``: ``image`` bytes (PNG/JPEG), ``width_mm``;
    * ``labels``: ``labels`` (address texts), a sheet of ``grid`` = (columns, rows) labels per A4 page;
    * ``signatures``: ``pairs`` of (role, name) with signature lines;
    * ``spacer``: ``height_mm``.
    """

    kind: Literal["heading", "fields", "table", "text", "image", "labels", "signatures", "spacer"]
    text: str = ""
    level: int = 1
    pairs: list[tuple[str, str]] = field(default_factory=list)
    columns: int = 1
    table_columns: tuple[Col, ...] = ()
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    totals: tuple[Any, ...] | None = None
    style: str = "normal"
    image: bytes | None = None
    width_mm: float = 40.0
    labels: list[str] = field(default_factory=list)
    grid: tuple[int, int] = (3, 8)
    height_mm: float = 5.0


@dataclass
class DocumentResult:
    definition: Definition
    header: Header
    blocks: list[Block]
    orientation: Literal["portrait", "landscape"] = "portrait"
    #: documents with their own letterhead (invoice) print no report header line
    plain: bool = False

    kind = "document"

    def text(self) -> str:
        """All text of the document (tests, search)."""
        parts: list[str] = []
        for b in self.blocks:
            parts.append(b.text)
            parts += [f"{k} {v}" for k, v in b.pairs]
            parts += [" ".join("" if v is None else str(v) for v in r) for r in b.rows]
            parts += b.labels
        return "\n".join(p for p in parts if p)


Result = ResultTable | DocumentResult
