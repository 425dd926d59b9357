"""XLSX renderer: workbooks are written and READ BACK with openpyxl: real numbers and dates with
number formats, the frozen header, bold groups/subtotals, totals as values, the Parameters sheet."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from reports import formats
from reports.engine import ReportCancelled
from reports.render_xlsx import render_xlsx, sheet_title
from tests.reports import samples


@pytest.fixture(autouse=True)
def _english():
    formats.set_language("en")


def test_report_sheet(tmp_path):
    result = samples.sales_result(30)
    path = tmp_path / "sales.xlsx"
    written = render_xlsx(result, path)
    assert written == len(result.lines) + 1  # lines + the total
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Продажи по менеджерам — Sales", "Parameters"]
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A3"
    assert ws["A1"].value == result.header.title and ws["A1"].font.b
    assert [c.value for c in ws[2]] == ["Client", "Closed", "Deals", "Amount", "Win rate"]
    assert ws.max_row == 2 + written
    # line 3: the first group header, bold
    assert ws["A3"].value == "Manager: Иванов Иван" and ws["A3"].font.b
    first = ws[4]
    assert first[0].value == "ООО «Ромашка-0» Общество с ограниченной ответственностью"
    assert isinstance(first[1].value, dt.datetime) and first[1].value.date() == dt.date(2026, 1, 1)
    assert first[1].number_format == "D MMM YYYY"  # the English report (issue #13); Russian: DD.MM.YYYY
    assert first[2].value == 2 and isinstance(first[2].value, int) and first[2].number_format == "#,##0"
    assert first[3].value == pytest.approx(1000.50) and first[3].number_format == "#,##0.00"
    assert first[4].value == pytest.approx(1.0) and first[4].number_format == "0.0%"
    assert not first[0].font.b
    sub = ws[3 + 10 + 1]  # group header + 10 rows -> subtotal
    assert sub[0].value == "Subtotal — Manager: Иванов Иван" and all(c.font.b for c in sub)
    assert sub[2].value == 20 and sub[3].value == pytest.approx(sum(1000.50 + i for i in range(10)))
    assert sub[4].value == pytest.approx(15 / 20)  # the ratio recomputed from parts, not averaged
    total = ws[ws.max_row]
    assert total[0].value == "Total" and all(c.font.b for c in total)
    assert total[2].value == 60 and not str(total[2].value).startswith("=")
    assert total[3].value == pytest.approx(float(result.total("amount")))
    assert total[4].value == pytest.approx(result.total("rate"))
    assert total[0].border.top.style == "medium"
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert widths["A"] >= 40 > widths["C"]  # the long client names get a wide column


def test_parameters_sheet(tmp_path):
    result = samples.sales_result(3)
    path = tmp_path / "p.xlsx"
    render_xlsx(result, path)
    ws = openpyxl.load_workbook(path)["Parameters"]
    rows = {r[0].value: r[1].value for r in ws.iter_rows()}
    assert rows["Report"] == result.header.title
    assert rows["Report id"] == "test.sales"
    assert rows["Период"] == "01.01.2026 – 31.12.2026" and rows["Manager"] == "All"
    assert rows["Company"] == "ООО «Картотека»" and rows["User"] == "Администратор"
    assert rows["Generated at"] == dt.datetime(2026, 3, 5, 14, 30)
    assert ws["A1"].font.b


def test_big_report_progress_and_cancel(tmp_path):
    result = samples.sales_result(3000, chart=None)
    seen = []
    written = render_xlsx(result, tmp_path / "big.xlsx", progress=lambda d, t, w: seen.append(d))
    assert written == 3000 + 3 * 2 + 1 and seen[:3] == [1000, 2000, 3000]
    with pytest.raises(ReportCancelled):
        render_xlsx(result, tmp_path / "cancelled.xlsx", cancel=lambda: True)
    assert not (tmp_path / "cancelled.xlsx").exists()


def test_formula_lookalike_text_stays_text(tmp_path):
    result = samples.sales_result(3, chart=None)
    result.lines[1].values = ("=HYPERLINK(\"x\")",) + result.lines[1].values[1:]
    render_xlsx(result, tmp_path / "f.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "f.xlsx").worksheets[0]["A4"]
    assert cell.value == "=HYPERLINK(\"x\")" and cell.data_type == "s"


def test_sheet_titles():
    assert sheet_title("Funnel snapshot: deals and amount per stage") == "Funnel snapshot deals and"
    assert sheet_title("a/b\\c[d]*e?f") == "a b c d e f"
    assert len(sheet_title("x" * 50)) == 31
    assert sheet_title("Parameters", ["parameters"]) == "Parameters (2)"
    assert sheet_title("") == "Report"


def test_document_flattened(tmp_path):
    doc = samples.document(labels=3)
    path = tmp_path / "doc.xlsx"
    written = render_xlsx(doc, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Карточка клиента"]
    ws = wb.worksheets[0]
    assert ws.max_row == written
    values = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert ["ИНН", "7707083893"] == [v for v in values[values.index(["ИНН", "7707083893", None])] if v]
    assert "Карточка клиента «Ромашка»" in flat and "Второй абзац,\nс переносом строки." in flat
    head = values.index(["Товар", "Кол-во", "Сумма"])
    assert values[head + 1][:3] == ["Стол письменный", 2, 15000]
    assert values[head + 3][0] == "Total" and values[head + 3][2] == pytest.approx(24999.99)
    assert ["Директор", "Иванов И. И.", None] in values
    assert "Получатель №3\nг. Москва, ул. Ленина, д. 3\n101000" in flat


def test_funnel_snapshot_xlsx(demo_ctx, tmp_path):
    from reports import engine

    result = engine.run(demo_ctx, "funnel.snapshot", {}, log=False)
    render_xlsx(result, tmp_path / "f.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").worksheets[0]
    total = ws[ws.max_row]
    assert total[0].value == "Total"
    assert total[1].value == result.total("deals") > 0
    assert total[2].value == pytest.approx(float(result.total("amount")))
