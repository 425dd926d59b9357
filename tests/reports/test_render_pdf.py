"""PDF renderer: results are rendered and READ BACK (pdftotext for the text, pypdf for fonts and
pages): header, Cyrillic, "Page N of M", repeated headers, totals, charts, documents, labels."""
from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from reports import formats
from reports.engine import ReportCancelled
from reports.render_chart import truncate
from reports.render_pdf import render_pdf
from tests.reports import samples

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


@pytest.fixture(autouse=True)
def _english():
    formats.set_language("en")
    yield
    formats.set_language("en")


def pages_text(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")[:-1]


def font_report(path) -> tuple[set[str], set[str]]:
    """(embedded font names, names of fonts without an embedded font file)."""
    embedded, bare = set(), set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            desc = font.get("/FontDescriptor")
            if font.get("/DescendantFonts"):
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            (embedded if any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")) else bare).add(name)
    return embedded, bare


def test_funnel_snapshot_pdf(demo_ctx, tmp_path):
    from reports import engine

    result = engine.run(demo_ctx, "funnel.snapshot", {}, log=False)
    path = tmp_path / "funnel.pdf"
    pages = render_pdf(result, path)
    assert pages == len(PdfReader(str(path)).pages) == 1
    text = pages_text(path)[0]
    assert "Funnel snapshot: deals and amount per stage" in text
    assert "Where are the open deals right now" in text
    assert "Funnel: All" in text and "Page 1 of 1" in text
    assert formats.display(result.total("amount"), "money") in text  # the grand total
    for line in result.lines:
        if line.kind == "group":
            assert line.label in text
    embedded, bare = font_report(path)
    assert {n.split("+")[-1] for n in embedded} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert not bare  # no unembedded Helvetica from the canvas or the chart


def test_many_pages_repeat_header_and_number_pages(tmp_path):
    result = samples.sales_result(3000, chart=None)
    progress = []
    path = tmp_path / "big.pdf"
    pages = render_pdf(result, path, progress=lambda d, t, w: progress.append(d))
    texts = pages_text(path)
    assert pages == len(texts) == len(PdfReader(str(path)).pages)
    assert pages > 40
    assert f"Page 1 of {pages}" in texts[0] and f"Page {pages} of {pages}" in texts[-1]
    assert f"Page 2 of {pages}" in texts[1]
    # every page repeats the column headers and the running header (title)
    for t in (texts[1], texts[pages // 2], texts[-1]):
        assert "Win rate" in t and "Amount" in t
        assert "Продажи по менеджерам" in t
    first = texts[0]
    assert "ООО «Картотека»" in first and "Период: 01.01.2026 – 31.12.2026" in first
    assert "Prepared by Администратор, 5 Mar 2026 14:30" in first  # English dates (issue #13)
    assert "Manager: Иванов Иван" in first
    whole = "\n".join(texts)
    assert "Клиент №1 & Co <test>" in whole  # escaped for Paragraph, printed as typed
    assert "Subtotal — Manager: Сидоров Пётр" in whole
    total = formats.display(result.total("amount"), "money")
    assert "Total" in texts[-1] and total in texts[-1]
    assert formats.display(result.total("rate"), "percent") in texts[-1]
    assert progress and max(progress) >= 3000


def test_long_text_wraps_instead_of_overflowing(tmp_path):
    result = samples.sales_result(8, chart=None)
    path = tmp_path / "wrap.pdf"
    render_pdf(result, path)
    text = pages_text(path)[0]
    # the 57-character client name does not fit its column: it is wrapped over lines, not cut
    assert "ООО «Ромашка-0»" in text and "ответственностью" in text
    assert not any("ООО «Ромашка-0» Общество с ограниченной ответственностью" in ln for ln in text.splitlines())


@pytest.mark.parametrize("kind", ["bar", "hbar", "line", "pie"])
def test_charts(kind, tmp_path):
    # vertical kinds: at most 8 points, so the category labels stay horizontal (extractable)
    result = samples.sales_result(12 if kind in ("hbar", "pie") else 6, chart=kind)
    path = tmp_path / f"{kind}.pdf"
    render_pdf(result, path)
    text = pages_text(path)[0]
    labels = result.chart.labels
    limit = {"hbar": 32, "pie": 30}.get(kind, 14)
    assert truncate(labels[1], limit) in text  # labels truncated with an ellipsis
    assert "\u2026" in truncate(labels[0], limit)
    if kind in ("hbar", "pie"):
        assert formats.display(result.chart.series[0][1][0], "int") in text  # values formatted
    _, bare = font_report(path)
    assert not bare


def test_landscape_and_portrait(tmp_path):
    wide = samples.sales_result(5, chart=None, orientation="landscape")
    render_pdf(wide, tmp_path / "l.pdf")
    box = PdfReader(str(tmp_path / "l.pdf")).pages[0].mediabox
    assert float(box.width) > float(box.height)
    narrow = samples.sales_result(5, chart=None, orientation="portrait")
    render_pdf(narrow, tmp_path / "p.pdf")
    box = PdfReader(str(tmp_path / "p.pdf")).pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842


def test_cancel_raises(tmp_path):
    result = samples.sales_result(1200, chart=None)
    with pytest.raises(ReportCancelled):
        render_pdf(result, tmp_path / "c.pdf", cancel=lambda: True)


def test_render_to_file_object_and_empty_result():
    result = samples.sales_result(0, chart="bar")
    buf = io.BytesIO()
    assert render_pdf(result, buf) == 1
    assert buf.getvalue().startswith(b"%PDF")


def test_document_blocks(tmp_path):
    doc = samples.document()
    path = tmp_path / "doc.pdf"
    pages = render_pdf(doc, path)
    text = "\n".join(pages_text(path))
    assert pages == 1
    for s in ("Карточка клиента «Ромашка»", "7707083893", "Москва", "Стол письменный", "Первый абзац & <важный>.",
              "с переносом строки.", "Директор", "Иванов И. И.", "(the picture could not be read)", "Page 1 of 1"):
        assert s in text, s
    assert "24,999.99" in text and "Total" in text
    reader = PdfReader(str(path))
    assert any("/XObject" in p["/Resources"] for p in reader.pages)  # the PNG is there
    assert not font_report(path)[1]


def test_plain_document_has_no_report_lines(tmp_path):
    path = tmp_path / "plain.pdf"
    render_pdf(samples.document(plain=True), path)
    text = pages_text(path)[0]
    assert "Карточка клиента «Ромашка»" in text
    assert "Page 1 of 1" not in text and "Kartoteka CRM" not in text and "Prepared by" not in text


def test_label_sheet_grid(tmp_path):
    doc = samples.labels_only(30, grid=(2, 7))  # 14 per page -> 3 pages
    path = tmp_path / "labels.pdf"
    pages = render_pdf(doc, path)
    texts = pages_text(path)
    assert pages == 3
    assert "Адресат 1" in texts[0] and "Адресат 14" in texts[0] and "Адресат 15" in texts[1]
    assert "Адресат 30" in texts[2]
    assert not any("Page" in t or "Labels" in t for t in texts)  # no header or footer on label sheets


def test_document_then_labels_start_a_new_page(tmp_path):
    path = tmp_path / "mixed.pdf"
    pages = render_pdf(samples.document(labels=25), path)  # 24 per page -> 2 label pages
    texts = pages_text(path)
    assert pages == 3
    assert "Получатель №1" not in texts[0] and "Получатель №1" in texts[1] and "Получатель №25" in texts[2]
    assert "Page 1 of 3" in texts[0] and "Page" not in texts[1]


def test_first_page_png(tmp_path):
    """The picture a human looks at (pdftoppm): a non-trivial PNG of page 1."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    path = tmp_path / "look.pdf"
    render_pdf(samples.sales_result(60, chart="hbar"), path)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "look")],
                   check=True)
    png = next(tmp_path.glob("look*.png"))
    assert png.stat().st_size > 10_000


def test_group_header_is_never_the_last_line_of_a_page(tmp_path):
    # landscape with a pie: the third manager's header would fall at the foot of page 1
    result = samples.sales_result(12, chart="pie", orientation="landscape")
    path = tmp_path / "orphan.pdf"
    assert render_pdf(result, path) == 2
    first, second = pages_text(path)
    assert "Subtotal — Manager: Петрова Мария" in first
    assert "Manager: Сидоров Пётр" not in first
    body = [ln.strip() for ln in second.splitlines() if ln.strip()]
    assert body[2].startswith("Manager: Сидоров Пётр")  # running header, column header, then the group
