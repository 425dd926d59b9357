"""The whole catalogue, generated from the registry (STYLE.md 2.5 rule 7).

(a) spec lint without a database: unique stable ids, titles and questions, known categories,
    money columns formatted as money, every column key a label of the report's query;
(b) every definition runs on the demo database with its defaults and is rendered to PDF and XLSX,
    which are READ BACK: the title is in the PDF text and the first sheet, Cyrillic text of the
    result is in the PDF, numeric cells are numbers (not text), and the grand total is printed;
(c) the escape hatch stays rare: few reports use ``rows_hook``.
"""
from __future__ import annotations

import re

import openpyxl
import pytest
from pypdf import PdfReader

from reports import engine, formats
from reports.registry import all_reports, sample_values
from reports.render_pdf import render_pdf
from reports.render_xlsx import render_xlsx
from reports.spec import CATEGORIES, Report

DEFINITIONS = all_reports()
CYRILLIC = re.compile(r"[А-Яа-яЁё]{3,}")


@pytest.fixture(autouse=True)
def _english():
    formats.set_language("en")


def test_the_catalogue_has_at_least_forty_reports_of_a_c_d_e():
    tables = [d for d in DEFINITIONS if d.kind == "report" and d.category in "ACDE"]
    assert len(tables) >= 40
    for letter in "ACDE":
        assert sum(1 for d in tables if d.category == letter) >= 8, letter
    ids = [d.id for d in DEFINITIONS]
    assert len(ids) == len(set(ids))
    for must in ("funnel.snapshot", "funnel.conversion", "funnel.win_rate.by_manager", "deals.won_lost",
                 "deals.lost_by_reason", "deals.avg_size", "deals.cycle", "deals.rotting", "deals.forecast",
                 "sales.by_period", "sales.abc", "clients.new.by_month", "clients.sleeping",
                 "activity.interactions.by_manager", "activity.tasks.overdue"):
        assert must in ids, must


@pytest.mark.parametrize("defn", DEFINITIONS, ids=lambda d: d.id)
def test_spec_lint(defn):
    assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+", defn.id)
    assert defn.category in CATEGORIES and defn.title.strip() and defn.question.strip()
    if not isinstance(defn, Report):
        return
    for col in defn.columns:
        assert col.title.strip(), (defn.id, col.key)
        if col.key in ("amount", "revenue", "won_amount", "weighted"):
            assert col.fmt == "money", (defn.id, col.key)
    if defn.query is not None:
        from reports.params import resolve

        labels = {c.name for c in defn.query(resolve(defn, {})).selected_columns}
        labels |= _step_keys(defn, labels)
        missing = {c.key for c in defn.columns} - labels - ({"rank"} if defn.rank_by else set())  # the engine ranks
        assert not missing, f"{defn.id}: columns not in the query: {missing}"


def _step_keys(defn, labels: set[str]) -> set[str]:
    """The keys the declared steps write; each step may only read what the query or an earlier
    step gives."""
    from reports import spec

    have, made = set(labels), set()
    for st in defn.steps:
        reads = {spec.Codes: lambda s: [s.source or s.key], spec.Div: lambda s: [s.num, *([s.den] if s.den else [])],
                 spec.Diff: lambda s: [s.a, s.b], spec.Share: lambda s: [s.of], spec.RunningShare: lambda s: [s.of],
                 spec.AbcClass: lambda s: [s.running], spec.Every: lambda s: [s.key],
                 spec.Sort: lambda s: [k for k, _ in s.by], spec.Number: lambda s: [s.within] if s.within else [],
                 spec.Times: lambda s: [s.a, s.b], spec.FromParam: lambda s: []}[type(st)](st)
        assert set(reads) <= have, f"{defn.id}: {st} reads {set(reads) - have}"
        key = getattr(st, "key", None)
        if key is not None:
            have.add(key)
            made.add(key)
    return made


def test_rows_hook_stays_rare():
    hooked = [d.id for d in DEFINITIONS if isinstance(d, Report) and d.rows_hook is not None]
    assert len(hooked) <= max(3, len(DEFINITIONS) // 10), hooked


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("defn", DEFINITIONS, ids=lambda d: d.id)
def test_runs_on_demo_and_renders(defn, demo_ctx, tmp_path):
    result = engine.run(demo_ctx, defn, sample_values(demo_ctx, defn), log=False)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    pages = render_pdf(result, pdf)
    render_xlsx(result, xlsx)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == pages >= 1
    text = _flat(" ".join(p.extract_text() or "" for p in reader.pages))
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    if result.kind == "document":
        sample = next((m.group(0) for m in CYRILLIC.finditer(result.text())), None)
        if sample:
            assert sample in text, f"{defn.id}: Cyrillic {sample!r} not in the PDF"
        return
    title = result.header.title
    assert _flat(title) in text and ws["A1"].value == title
    rows = result.rows()
    text_cols = [i for i, c in enumerate(result.columns) if c.fmt == "text"]
    sample = next((m.group(0) for r in rows[:30] for i in text_cols
                   for m in CYRILLIC.finditer(str(r[i] or ""))), None)
    if sample:
        assert sample in text, f"{defn.id}: Cyrillic {sample!r} not in the PDF"
    numeric = [i for i, c in enumerate(result.columns) if formats.is_numeric(c.fmt)]
    if rows and numeric:
        # the cells of numeric columns (row 2 is the header; a text column may hold "5000.00" as
        # text, e.g. the old and new values of the audit trail)
        letters = {openpyxl.utils.get_column_letter(i + 1) for i in numeric}
        values = [c.value for c in cells if c.row > 2 and c.column_letter in letters]
        assert not any(isinstance(v, str) and re.fullmatch(r"-?[\d,]+\.\d\d", v) for v in values), \
            f"{defn.id}: a number was written as text"
        first_num = next((r[i] for r in rows for i in numeric if r[i] is not None), None)
        if first_num is not None:
            assert any(isinstance(v, (int, float)) and not isinstance(v, bool) and
                       v == pytest.approx(float(first_num)) for v in values), f"{defn.id}: {first_num} not a number cell"
    if result.totals is not None and rows:
        shown = [(c, v) for c, v in zip(result.columns, result.totals, strict=True)
                 if v is not None and formats.is_numeric(c.fmt)]
        for col, value in shown[:2]:
            assert formats.display(value, col.fmt) in text, f"{defn.id}: total {col.key} not printed"
        assert any(c.value == "Total" for c in cells), f"{defn.id}: no Total row in the sheet"
    assert result.row_count == len(rows)
