"""``python -m app report`` as a user types it (subprocess, embedded demo database): the list
format, files written, text output, languages, and errors as one line with an exit code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def kartoteka(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, LC_ALL="C.UTF-8", PYTHONPATH=str(ROOT))
    env.pop("LANG", None)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli-report") / "demo.fdb"
    res = kartoteka("init", "--db", str(path), "--demo", "300")
    assert res.returncode == 0, res.stderr
    return str(path)


def test_list_is_tab_separated_in_registry_order():
    from reports.registry import all_reports

    res = kartoteka("report", "--list")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    rows = [ln.split("\t") for ln in lines]
    assert all(len(r) == 3 for r in rows)
    assert [r[0] for r in rows] == [d.id for d in all_reports()]
    assert all(r[1] in "ABCDEFGHIJK" and len(r[1]) == 1 for r in rows)
    assert ["funnel.snapshot", "D", "Funnel snapshot: deals and amount per stage"] in rows
    letters = [r[1] for r in rows]
    assert letters == sorted(letters)


def test_pdf_and_xlsx(demo_db, tmp_path):
    pdf, xlsx = tmp_path / "f.pdf", tmp_path / "f.xlsx"
    res = kartoteka("report", "funnel.snapshot", "--db", demo_db, "--pdf", str(pdf), "--xlsx", str(xlsx),
                    "--today", "2026-01-31")
    assert res.returncode == 0, res.stderr
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    assert res.stdout.splitlines() == [f"PDF: {pdf} (1 page(s))", f"XLSX: {xlsx} ({ws.max_row - 2} row(s))"]
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Funnel snapshot: deals and amount per stage" in text and "Page 1 of 1" in text
    assert ws[ws.max_row][0].value == "Total" and ws[ws.max_row][1].value > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.pdf", "f.xlsx"]  # no temporary files left


def test_text_output_and_language(demo_db):
    en = kartoteka("report", "funnel.snapshot", "--db", demo_db, "--param", "funnel=1")
    assert en.returncode == 0, en.stderr
    lines = en.stdout.splitlines()
    assert lines[0] == "Funnel snapshot: deals and amount per stage"
    assert "Funnel: Sales" in lines and "Manager: All" in lines
    header = next(ln for ln in lines if ln.startswith("Stage"))
    assert header.split() == ["Stage", "Open", "deals", "Amount", "Weighted", "amount"]
    total = lines[-1].split()
    assert total[0] == "Total" and int(total[1]) > 0 and "." in total[2]
    ru = kartoteka("report", "funnel.snapshot", "--db", demo_db, "--param", "funnel=1", "--lang", "ru")
    assert ru.returncode == 0, ru.stderr
    ru_total = ru.stdout.splitlines()[-1]
    assert total[1] in ru_total and "," in ru_total and "\u00a0" in ru_total  # 1 234 567,89


@pytest.mark.parametrize("args, code, message", [
    (["funnel.snapshot", "--param", "funnel=abc"], 1, "Parameter funnel: 'abc' is not valid"),
    (["funnel.snapshot", "--param", "colour=red"], 1, "has no parameter colour"),
    (["funnel.snapshot", "--param", "funnel"], 1, "--param expects KEY=VALUE"),
    (["funnel.snapshot", "--today", "31.01.2026"], 1, "--today expects a date"),
    (["no.such.report"], 1, "There is no report no.such.report"),
    (["funnel.snapshot", "--pdf", "/no/such/folder/x.pdf"], 1, "The folder /no/such/folder does not exist"),
    ([], 64, "give a report ID"),
])
def test_errors_are_one_line_with_an_exit_code(demo_db, args, code, message):
    res = kartoteka("report", *args, "--db", demo_db)
    assert res.returncode == code
    assert message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr
    assert res.stdout == ""
