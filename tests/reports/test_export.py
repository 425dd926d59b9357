"""reports.export: one run, both files, atomic replacement, the EXPORT audit event, and nothing
half-written after a failure or a cancel."""
from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from app.errors import ValidationError
from reports import export as export_mod
from reports.engine import ReportCancelled
from reports.export import export


@pytest.fixture
def out(tmp_path):
    """An empty folder for the files (tmp_path also holds the test database)."""
    d = tmp_path / "out"
    d.mkdir()
    return d


def audit_events(ctx, action: str) -> list[str]:
    with ctx.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT DETAILS FROM AUDIT_LOG WHERE ACTION = ? ORDER BY ID", (action,)).fetchall()
    return [r[0] for r in rows]


def test_export_writes_both_files_and_logs_once(ctx, out):
    pdf, xlsx = out / "out.pdf", out / "out.xlsx"
    s = export(ctx, "funnel.snapshot", {"funnel": "1"}, pdf=pdf, xlsx=xlsx)
    assert s.report_id == "funnel.snapshot" and s.pdf == pdf and s.xlsx == xlsx
    assert s.pdf_pages == len(PdfReader(str(pdf)).pages) == 1
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    assert s.xlsx_rows == ws.max_row - 2 == len(s.result.lines) + 1
    assert sorted(p.name for p in out.iterdir()) == ["out.pdf", "out.xlsx"]
    assert audit_events(ctx, "EXPORT") == ["funnel.snapshot pdf=out.pdf xlsx=out.xlsx funnel=1"]
    assert audit_events(ctx, "REPORT") == []  # one user action, one audit line


def test_failed_render_leaves_old_files_and_no_temp(ctx, out, monkeypatch):
    pdf, xlsx = out / "out.pdf", out / "out.xlsx"
    pdf.write_bytes(b"old pdf")

    def broken(result, path, progress=None, cancel=None):
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    import reports.render_xlsx

    monkeypatch.setattr(reports.render_xlsx, "render_xlsx", broken)
    with pytest.raises(ValidationError, match="No space left on device"):
        export(ctx, "funnel.snapshot", {}, pdf=pdf, xlsx=xlsx)
    assert pdf.read_bytes() == b"old pdf" and not xlsx.exists()
    assert [p.name for p in out.iterdir()] == ["out.pdf"]
    assert audit_events(ctx, "EXPORT") == []


def test_cancel_during_rendering(ctx, out):
    calls = []

    def cancel() -> bool:  # let the engine finish, stop in the renderer
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ReportCancelled):
        export(ctx, "funnel.snapshot", {}, pdf=out / "c.pdf", cancel=cancel)
    assert list(out.iterdir()) == []


def test_bad_input_fails_before_reading(ctx, out):
    with pytest.raises(ValidationError) as e:
        export(ctx, "funnel.snapshot", {}, pdf=out / "missing" / "x.pdf")
    assert e.value.field == "pdf"
    with pytest.raises(ValidationError) as e:
        export(ctx, "funnel.snapshot", {}, xlsx=out)
    assert e.value.field == "xlsx" and "is a folder" in str(e.value)
    with pytest.raises(ValidationError) as e:
        export(ctx, "funnel.snapshot", {})
    assert e.value.field == "pdf"
    with pytest.raises(ValidationError) as e:
        export(ctx, "funnel.snapshot", {"manager": "nobody"}, pdf=out / "x.pdf")
    assert e.value.field == "manager"
    assert list(out.iterdir()) == [] and audit_events(ctx, "EXPORT") == []


def test_module_contract():
    assert export_mod.ExportSummary.__dataclass_fields__.keys() >= {"pdf", "pdf_pages", "xlsx", "xlsx_rows"}
