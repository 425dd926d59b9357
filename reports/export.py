"""Export a report to PDF and/or XLSX files: one engine run, atomic files, one audit event.
Layer: ``reports``; no Qt. Used by the report window ("Export…") and ``python -m app report``.

Contract of :func:`export`:
* parameters are checked and the target folders looked at **before** the database is read, so a
  typo costs nothing (``ValidationError`` naming ``pdf``/``xlsx`` or the parameter key);
* the engine runs once (one read-only snapshot); each renderer writes to a hidden temporary file
  in the target's folder; only when every requested file rendered is the ``EXPORT`` audit event
  written (``app.audit.log_event``) and the temporary files moved over the targets
  (``os.replace``: atomic on one file system). A failure, a cancel (``ReportCancelled``) or
  Ctrl+C leaves the previous files untouched and no half file behind;
* returns an :class:`ExportSummary`.
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.context import AppContext
from app.errors import ValidationError
from app.i18n import translate
from reports import engine
from reports import params as P
from reports.result import DocumentResult, ResultTable
from reports.spec import Definition, Report

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportSummary:
    report_id: str
    result: ResultTable | DocumentResult
    pdf: Path | None  #: the written PDF (None: not requested)
    pdf_pages: int
    xlsx: Path | None
    xlsx_rows: int  #: rows written on the main sheet (see reports.render_xlsx)
    seconds: float


def _check_target(field: str, path: str | Path | None) -> Path | None:
    if path is None or str(path) == "":
        return None
    p = Path(path).expanduser()
    if p.is_dir():
        raise ValidationError(field, translate("reports", "{path} is a folder; give a file name.").format(path=p))
    folder = p.parent if str(p.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(field, translate("reports", "The folder {folder} does not exist.").format(folder=folder))
    if not os.access(folder, os.W_OK):
        raise ValidationError(field, translate("reports", "The folder {folder} is not writable.").format(folder=folder))
    return p.absolute()


def _temp_beside(target: Path) -> Path:
    """A new hidden file next to ``target`` (same file system, so ``os.replace`` is atomic), created
    with the process umask like any other file the user saves (``mkstemp`` would make it 0600)."""
    while True:
        tmp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}{target.suffix}.part")
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            return tmp
        except FileExistsError:
            continue


def export(ctx: AppContext, defn_or_id: Definition | str, values: Mapping[str, Any] | None = None,
           pdf: str | Path | None = None, xlsx: str | Path | None = None,
           progress: Progress | None = None, cancel: Callable[[], bool] | None = None, *,
           today: dt.date | None = None) -> ExportSummary:
    """Run ``defn_or_id`` with ``values`` and write the requested files (see the module docstring)."""
    from reports.registry import by_id
    from reports.render_pdf import render_pdf
    from reports.render_xlsx import render_xlsx

    t0 = time.monotonic()
    defn = by_id(defn_or_id) if isinstance(defn_or_id, str) else defn_or_id
    pdf_path, xlsx_path = _check_target("pdf", pdf), _check_target("xlsx", xlsx)
    if pdf_path is None and xlsx_path is None:
        raise ValidationError("pdf", translate("reports", "Choose a PDF or XLSX file to export to."))
    if pdf_path is not None and pdf_path == xlsx_path:
        raise ValidationError("xlsx", translate("reports", "The PDF and the XLSX file must have different names."))
    params = P.resolve(defn, values, today)  # bad parameters fail before anything is read or written
    # an XLSX-only table export streams from the cursor into the workbook (issue #12: constant
    # memory for 100,000 rows); a PDF needs the whole table (reportlab lays out every page)
    stream = pdf_path is None and isinstance(defn, Report) and defn.rows_hook is None
    result = None
    if not stream:
        result = engine.run(ctx, defn, values, today=params.today, progress=progress, cancel=cancel, log=False)
    temps: list[tuple[Path, Path]] = []
    pages = rows = 0
    try:
        if stream:
            tmp = _temp_beside(xlsx_path)
            temps.append((tmp, xlsx_path))
            written: list[int] = []
            result = engine.run(ctx, defn, values, today=params.today, progress=progress, cancel=cancel, log=False,
                                sink=lambda table: written.append(render_xlsx(table, tmp, progress=progress,
                                                                              cancel=cancel)))
            rows = written[0]
        elif pdf_path is not None:
            tmp = _temp_beside(pdf_path)
            temps.append((tmp, pdf_path))
            pages = render_pdf(result, tmp, progress=progress, cancel=cancel)
        if xlsx_path is not None and not stream:
            tmp = _temp_beside(xlsx_path)
            temps.append((tmp, xlsx_path))
            rows = render_xlsx(result, tmp, progress=progress, cancel=cancel)
        if cancel is not None and cancel():
            raise engine.ReportCancelled()
        from app.audit import log_event

        files = " ".join(f"{kind}={path.name}" for kind, path in (("pdf", pdf_path), ("xlsx", xlsx_path)) if path)
        described = ", ".join(f"{k}={v}" for k, v in params.items() if v is not None)
        log_event(ctx, "EXPORT", f"{defn.id} {files} {described}".strip())
        for tmp, target in temps:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                field = "pdf" if target == pdf_path else "xlsx"
                raise ValidationError(field, translate(
                    "reports", "Cannot write {path}: {reason}. Is it open in another program?").format(
                    path=target, reason=exc.strerror or exc)) from exc
    except OSError as exc:
        raise ValidationError("pdf" if pdf_path is not None else "xlsx", translate(
            "reports", "Cannot write the export file: {reason}.").format(reason=exc.strerror or exc)) from exc
    finally:
        for tmp, _target in temps:
            tmp.unlink(missing_ok=True)
    return ExportSummary(defn.id, result, pdf_path, pages, xlsx_path, rows, time.monotonic() - t0)
