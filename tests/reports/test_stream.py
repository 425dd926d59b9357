"""Streaming a report from the cursor to the XLSX renderer (issue #12): the same lines, totals and
workbook as the whole-table path, in constant memory."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from reports import engine
from reports.export import export
from reports.render_xlsx import render_xlsx
from reports.result import Header
from reports.spec import Chart, Col, Ratio, Report, Weighted

COLS = (
    Col("region", "Region", "text"),
    Col("city", "City", "text"),
    Col("name", "Name", "text"),
    Col("amount", "Amount", "money", total="sum"),
    Col("deals", "Deals", "int", total="count"),
    Col("avg", "Avg", "number", total="avg"),
    Col("first", "First", "date", total="min"),
    Col("last", "Last", "date", total="max"),
    Col("won", "Won", "int", visible=False),
    Col("closed", "Closed", "int", visible=False),
    Col("rate", "Rate", "percent", total=Ratio("won", "closed")),
    Col("w", "Weighted", "number", total=Weighted("closed")),
)


def _rows(n: int = 230):
    for i in range(n):
        yield {"region": f"R{i // 70}", "city": f"C{i // 25}", "name": f"=client {i}" if i == 3 else f"client {i}",
               "amount": Decimal(i) / 4 if i % 7 else None, "deals": i if i % 5 else None,
               "avg": i % 11 or None, "first": dt.date(2026, 1, 1) + dt.timedelta(days=i % 40),
               "last": dt.date(2026, 3, 1) - dt.timedelta(days=i % 33), "won": i % 3, "closed": i % 4,
               "rate": (i % 3) / 3, "w": i % 9 if i % 2 else None}


def _report(**kw) -> Report:
    return Report(id="t.stream", category="A", title="Stream", question="Q", columns=COLS,
                  rows=lambda conn, p: _rows(), group_by=("region", "city"),
                  chart=Chart("bar", "name", ("amount",), max_points=12), **kw)


def test_stream_shape_gives_the_lines_and_totals_of_shape():
    defn = _report()
    header = Header(title="Stream", params=[])
    whole = engine.shape(defn, list(_rows()), header)
    streamed = engine.stream_shape(defn, _rows(), header)
    assert streamed.totals is None and streamed.row_count == 0  # known only after the lines
    lines = list(streamed.lines)
    assert [(ln.kind, ln.values, ln.level, ln.label) for ln in lines] == \
           [(ln.kind, ln.values, ln.level, ln.label) for ln in whole.lines]
    assert sum(ln.kind == "subtotal" for ln in lines) > 10
    assert streamed.totals == whole.totals and streamed.row_count == whole.row_count == 230
    assert streamed.chart.labels == whole.chart.labels and streamed.chart.series == whole.chart.series
    assert streamed.orientation == whole.orientation and streamed.columns == whole.columns


def test_stream_shape_of_no_rows_matches_shape():
    defn = _report()
    header = Header(title="Stream", params=[])
    streamed = engine.stream_shape(defn, iter(()), header)
    assert list(streamed.lines) == []
    whole = engine.shape(defn, [], header)
    assert streamed.totals == whole.totals and streamed.chart is whole.chart is None


def _sheet(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [[(c.value, c.number_format, bool(c.font and c.font.b)) for c in row] for row in ws.iter_rows()]


def test_streamed_workbook_equals_the_whole_table_workbook(ctx, tmp_path):
    defn = _report()
    whole = engine.run(ctx, defn, {}, log=False)
    render_xlsx(whole, tmp_path / "whole.xlsx")
    seen = []
    result = engine.run(ctx, defn, {}, log=False,
                        sink=lambda t: seen.append(render_xlsx(t, tmp_path / "streamed.xlsx")))
    assert result.lines == [] and result.row_count == 230 and result.totals == whole.totals
    assert seen == [len(whole.lines) + 1]
    a, b = _sheet(tmp_path / "whole.xlsx"), _sheet(tmp_path / "streamed.xlsx")
    assert len(a) == len(b) == len(whole.lines) + 3
    # same cells, formats and bold, except the generation time of the header
    assert a[2:] == b[2:]
    values = [r[0][0] for r in b]
    assert "=client 3" in values  # text that looks like a formula stays text
    assert values[-1] and "Total" in str(values[-1])
    money = next(r[1] for r in b[3:] if len(r) > 1 and isinstance(r[1][0], float))
    assert money[1] == "#,##0.00"


def test_export_streams_an_xlsx_only_table(ctx, tmp_path, monkeypatch):
    calls = []
    real_stream = engine.stream_shape

    def spy(*a, **kw):
        calls.append(1)
        return real_stream(*a, **kw)

    monkeypatch.setattr(engine, "stream_shape", spy)
    s = export(ctx, _report(), {}, xlsx=tmp_path / "x.xlsx")
    assert calls == [1] and s.result.row_count == 230 and s.result.lines == []
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").worksheets[0]
    assert s.xlsx_rows == ws.max_row - 2
    # with a PDF the table is built whole (reportlab needs every line)
    s2 = export(ctx, _report(), {}, xlsx=tmp_path / "y.xlsx", pdf=tmp_path / "y.pdf")
    assert calls == [1] and len(s2.result.lines) == s.xlsx_rows - 1


def test_a_cancel_while_streaming_leaves_no_file(ctx, tmp_path):
    with pytest.raises(engine.ReportCancelled):
        export(ctx, _report(), {}, xlsx=tmp_path / "c.xlsx", cancel=lambda: True)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*part")) == []


def test_row_steps_stream_and_whole_set_steps_do_not(ctx, tmp_path):
    """Declared row steps (codes as titles, ratios) are applied while streaming; a whole-set step
    (share of the total) needs every row first, so that report is built whole and handed over."""
    from reports.spec import Codes, Div, Share

    cols = (Col("status", "Status"), Col("n", "N", "int", total="sum"), Col("half", "Half", "number"),
            Col("share", "Share", "percent"))
    rows = [{"code": "ACTIVE", "n": 3}, {"code": "LOST", "n": 1}, {"code": "ODD", "n": 0}]
    row_steps = Report(id="t.steps", category="A", title="Steps", question="Q", columns=cols,
                       rows=lambda conn, p: iter([dict(r, two=2) for r in rows]),
                       steps=(Codes("status", {"ACTIVE": "Active", "LOST": "Lost"}, source="code"),
                              Div("half", "n", "two")))
    assert engine.streamable(row_steps)
    whole = engine.run(ctx, row_steps, {}, log=False)
    # ACTIVE -> "Active", an unknown code stays as it is; 3 / 2, 1 / 2, 0 / 2
    assert whole.rows() == [("Active", 3, 1.5, None), ("Lost", 1, 0.5, None), ("ODD", 0, 0.0, None)]
    seen = []
    engine.run(ctx, row_steps, {}, log=False, sink=lambda t: seen.append([ln.values for ln in t.lines]))
    assert seen == [[ln.values for ln in whole.lines]]
    shared = Report(id="t.share", category="A", title="Share", question="Q", columns=cols,
                    rows=lambda conn, p: iter([dict(r) for r in rows]),
                    steps=(Codes("status", {"ACTIVE": "Active"}, source="code"), Share("share", "n")))
    assert not engine.streamable(shared)
    streamed = []
    engine.run(ctx, shared, {}, log=False, sink=lambda t: streamed.append(t.rows()))
    assert streamed == [[("Active", 3, None, 0.75), ("LOST", 1, None, 0.25), ("ODD", 0, None, 0.0)]]
