"""``python -m app report``: list the catalogue or run one report (a stable public interface).
Layer: ``reports``; no Qt. ``app/cli.py`` parses the arguments and calls :func:`run_command`.

* ``report --list`` prints one line per definition in registry order:
  ``id<TAB>category letter<TAB>title``; no database is opened.
* ``report ID [--param key=value ...] [--pdf FILE] [--xlsx FILE] [--today YYYY-MM-DD]
  [--lang ru|en] --db TARGET`` runs one report. With ``--pdf``/``--xlsx`` the files are written
  atomically (:func:`reports.export.export`, audit event ``EXPORT``) and one line per file is
  printed; without them the result is printed as aligned text (audit event ``REPORT``).
* Bad parameters, unknown ids and unwritable files are one line on stderr and exit code 1
  (``ValidationError``); a missing ID is a usage error (64). Progress goes to stderr when it is a
  terminal; Ctrl+C cancels (exit 130) and leaves no half file.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from app.errors import UserError, ValidationError
from app.i18n import translate
from reports import formats
from reports.result import DocumentResult, ResultTable

#: widest text column in the text output (longer values are cut with an ellipsis)
TEXT_WIDTH = 40


def parse_params(items: list[str]) -> dict[str, str]:
    """``["period=last_month", "manager=3"]`` -> dict; a missing ``=`` is a ValidationError."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError("param", translate("reports", "--param expects KEY=VALUE, got {item!r}.").format(item=item))
        out[key.strip()] = value.strip()
    return out


def parse_today(text: str | None) -> dt.date | None:
    if not text:
        return None
    from reports.params import MAX_DATE, MIN_DATE

    try:
        today = dt.date.fromisoformat(text.strip())
        if not MIN_DATE <= today <= MAX_DATE:
            raise ValueError(text)
        return today
    except ValueError:
        raise ValidationError("today", translate("reports", "--today expects a date like 2026-01-31, got {text!r}.").format(
            text=text)) from None


def list_lines() -> list[str]:
    """The ``--list`` lines (registry order)."""
    from reports.registry import all_reports

    return [f"{d.id}\t{d.category}\t{translate('reports', d.title)}" for d in all_reports()]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def table_text(result: ResultTable) -> str:
    """The result as aligned plain text: title, parameters, header, lines, total."""
    cols = result.columns
    right = [formats.align_right(c.fmt) for c in cols]

    def cells(values: tuple[Any, ...]) -> list[str]:
        return [formats.display(v, c.fmt) for c, v in zip(cols, values, strict=False)]

    def summary(values: tuple[Any, ...], label: str) -> list[str]:
        out = cells(values)
        if out and values[0] is None:
            out[0] = label
        return out

    body: list[tuple[str, list[str] | str]] = []
    for ln in result.lines:
        if ln.kind == "group":
            body.append(("group", "  " * ln.level + ln.label))
        elif ln.kind == "subtotal":
            body.append(("sum", summary(ln.values, ln.label)))
        else:
            body.append(("row", cells(ln.values)))
    if result.totals is not None:
        body.append(("total", summary(result.totals, translate("reports", "Total"))))
    heads = [translate("reports", c.title) for c in cols]
    widths = [min(TEXT_WIDTH, len(h)) for h in heads]
    for _, row in body:
        if isinstance(row, list):
            widths = [max(w, min(TEXT_WIDTH, len(t))) for w, t in zip(widths, row, strict=False)]

    def fmt_row(row: list[str]) -> str:
        parts = [(_cut(t, w).rjust(w) if r else _cut(t, w).ljust(w)) for t, w, r in zip(row, widths, right, strict=False)]
        return "  ".join(parts).rstrip()

    h = result.header
    lines = [h.title]
    lines += [f"{title}: {value}" for title, value in h.params]
    if result.note:
        lines.append(result.note)
    lines.append("")
    lines.append(fmt_row(heads))
    rule = "-" * len(fmt_row(["x" * w for w in widths]))
    lines.append(rule)
    for kind, row in body:
        if kind == "group":
            lines.append(str(row))
        else:
            if kind == "total":
                lines.append(rule)
            lines.append(fmt_row(row))  # type: ignore[arg-type]
    if result.row_count == 0:
        lines.append(translate("reports", "No data for these parameters."))
    return "\n".join(lines)


def check_references(ctx: Any, defn: Any, params: Any) -> None:
    """A reference parameter given on the command line must name a record the user can see:
    ``manager=99999`` is a ValidationError, not a report silently filtered to nobody (issue #10).
    (A saved layout in the GUI may still name a deleted record: the header then shows ``#id``.)
    One statement on the read channel, the one the report's header reuses."""
    from reports import engine

    for key in engine.missing_references(ctx, defn, params):
        raise ValidationError(key, translate("reports", "Parameter {key}: there is no record {value} "
                                                        "(or you may not see it).").format(key=key, value=params.get(key)))


def _progress_printer() -> Callable[[int, int, str], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, what: str) -> None:
        count = f"{done}/{total}" if total >= 0 else str(done)
        print(f"\r\033[K{what} {count}", end="", file=sys.stderr, flush=True)

    return show


def run_command(args: Any, open_context: Callable[[], Any]) -> int:
    """The ``report`` subcommand (see the module docstring). ``open_context()`` returns an
    AppContext usable as a context manager (app/cli.py opens it with Ctrl+C handling)."""
    from reports.language import use_language

    use_language(args.lang)
    if args.list_reports:
        for line in list_lines():
            print(line)
        return 0
    if not args.report_id:
        print("kartoteka: " + translate("reports", "report: give a report ID (see 'kartoteka report --list')"),
              file=sys.stderr)
        return 64
    from reports import engine
    from reports.export import export
    from reports.registry import by_id

    defn = by_id(args.report_id)
    values = parse_params(args.param)
    today = parse_today(args.today)
    from reports import params as P

    P.resolve(defn, values, today)  # parameter errors before connecting
    progress = _progress_printer()
    try:
        with open_context() as ctx:
            check_references(ctx, defn, P.resolve(defn, values, today))
            try:
                if args.pdf or args.xlsx:
                    s = export(ctx, defn, values, pdf=args.pdf, xlsx=args.xlsx, progress=progress, today=today)
                else:
                    result = engine.run(ctx, defn, values, today=today, progress=progress)
            except (UserError, KeyboardInterrupt, BrokenPipeError):
                raise
            except Exception as exc:  # a defect must still be one clear line, and no file is half written
                import logging

                logging.getLogger(__name__).debug("report %s failed", defn.id, exc_info=True)
                raise UserError(translate("reports", "The report {id} could not be produced ({error}); no file was "
                                                     "written.").format(id=defn.id, error=type(exc).__name__)) from exc
    finally:
        if progress is not None:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    if args.pdf or args.xlsx:
        if s.pdf is not None:
            print(translate("reports", "PDF: {path} (%n page(s))", None, s.pdf_pages).format(path=s.pdf))
        if s.xlsx is not None:
            print(translate("reports", "XLSX: {path} (%n row(s))", None, s.xlsx_rows).format(path=s.xlsx))
        return 0
    if isinstance(result, DocumentResult):
        print(result.header.title)
        print()
        print(result.text())
    else:
        print(table_text(result))
    return 0
