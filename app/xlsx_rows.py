"""Fast rows for openpyxl write-only sheets: plain values with a number format per column.

openpyxl's write-only ``append`` is quick for plain values, but a styled value (a money or date
format) must be passed as a ``WriteOnlyCell``: one object per value, and openpyxl takes its slow
path for it (``cell.value = cell`` raises ``ValueError`` whose message formats the cell's
``repr``). The deal export spent most of its time there (issue #12: 266 s for 99,909 deals).

:func:`styled_rows` gives a write-only sheet a row converter that binds each plain value to one
reused cell per column carrying that column's number format (openpyxl itself reuses one cell for
unstyled values: the writer serialises each cell before it asks for the next). Cells passed
explicitly (a bold header) are written as they are. Text that starts like a formula stays text.
Layer: ``app`` (no Qt); ``reports`` uses it too.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell


def styled_rows(ws: Any, number_formats: Sequence[str | None]) -> bool:
    """Make ``ws.append`` write plain values of column *i* with ``number_formats[i]`` (None:
    General). Returns False (and changes nothing) when this openpyxl has no per-row converter to
    replace; the caller then passes styled cells as before."""
    if not callable(getattr(ws, "_values_to_row", None)):
        return False
    protos: list[WriteOnlyCell] = []
    for fmt in number_formats:
        cell = WriteOnlyCell(ws)
        if fmt:
            cell.number_format = fmt
        protos.append(cell)
    plain = WriteOnlyCell(ws)
    n = len(protos)

    def values_to_row(values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = protos[col_idx - 1] if col_idx <= n else plain
                cell.value = value
                if cell.data_type == "f":  # "=1+1" typed into a title is text, not a formula
                    cell.data_type = "s"
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row
    return True


def quick_read_only_size() -> bool:
    """Make a read-only workbook open without reading its sheets through.

    openpyxl's ``ReadOnlyWorksheet`` looks for a sheet's ``<dimension>`` when the workbook is
    loaded, with ``iterparse``'s *end* events: a sheet without one (openpyxl's own write-only
    files, our exports among them, and other generators) is parsed to the end of ``<sheetData>``
    before the first row can be read — for every sheet, at every ``load_workbook``. The import
    opens a file twice (preview, then the run): about 0.26 s per 5,000 rows each time (issue #11,
    the 100,000-row import). This reads the same element with *start* events and stops at
    ``<sheetData>``: the size is the same when the sheet states it, unknown (read to the end, as
    openpyxl does then) when it does not. Installed once; False when this openpyxl lacks the
    internals (then nothing changes). tests/unit/test_private_apis.py checks it."""
    try:
        from openpyxl.worksheet import _reader
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet
        from openpyxl.worksheet.dimensions import SheetDimension
        from openpyxl.xml.functions import iterparse
        dimension_tag, data_tag = _reader.DIMENSION_TAG, _reader.DATA_TAG
    except (ImportError, AttributeError):
        return False
    if getattr(ReadOnlyWorksheet, "_kartoteka_quick_size", False):
        return True
    if not callable(getattr(ReadOnlyWorksheet, "_get_source", None)):
        return False

    def _get_size(self: Any) -> None:
        src = self._get_source()
        try:
            for _event, element in iterparse(src, events=("start",)):
                if element.tag == dimension_tag:
                    bounds = SheetDimension.from_tree(element).boundaries
                    if bounds is not None:
                        self._min_column, self._min_row, self._max_column, self._max_row = bounds
                    return
                if element.tag == data_tag:
                    return
        finally:
            src.close()

    ReadOnlyWorksheet._get_size = _get_size
    ReadOnlyWorksheet._kartoteka_quick_size = True
    return True
