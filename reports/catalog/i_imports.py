"""I. Data quality: the import run report (REPORTS.md 106, issue #11). Layer: ``reports``.

One line per import batch the reader may see (their own; administrators see every batch, through
``V_IMPORT_BATCHES``): when, who, which file, the duplicate policy, the state (done, cancelled,
failed, undone) and how many rows were created, updated, skipped and failed. The per-row reasons
are in the batch's error file and in ``python -m app import list``/the import history screen.
"""
from __future__ import annotations

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP
from db.models import ImportBatch
from reports.queries.deals import in_period
from reports.spec import Col, Definition, Param, Params, Report

IMPORT_PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Started in"), default="last_12_months")


def _runs(p: Params):
    b = ImportBatch
    return (select(b.id.label("batch"), b.started_at.label("started"), b.kind.label("kind"),
                   b.file_name.label("file"), b.owner_login.label("owner"), b.on_duplicate.label("policy"),
                   b.state.label("state"), b.rows_total.label("total"), b.rows_created.label("created"),
                   b.rows_updated.label("updated"), b.rows_skipped.label("skipped"), b.rows_failed.label("failed"))
            .where(in_period(b.started_at, p.get("period")))
            .order_by(b.started_at, b.id))


REPORTS: list[Definition] = [
    Report(
        id="quality.import_runs", category="I", ref=(106,),
        title=QT_TRANSLATE_NOOP("reports", "Import runs: rows created, updated, skipped and failed"),
        question=QT_TRANSLATE_NOOP("reports", "What did each import bring in, and how many rows did it refuse?"),
        params=(IMPORT_PERIOD,), query=_runs, orientation="landscape",
        columns=(Col("batch", QT_TRANSLATE_NOOP("reports", "Batch"), "int"),
                 Col("started", QT_TRANSLATE_NOOP("reports", "Started"), "datetime", width=1.5),
                 Col("kind", QT_TRANSLATE_NOOP("reports", "What")),
                 Col("file", QT_TRANSLATE_NOOP("reports", "File"), width=3),
                 Col("owner", QT_TRANSLATE_NOOP("reports", "By")),
                 Col("policy", QT_TRANSLATE_NOOP("reports", "Duplicates")),
                 Col("state", QT_TRANSLATE_NOOP("reports", "State")),
                 Col("total", QT_TRANSLATE_NOOP("reports", "Rows"), "int", total="sum"),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Created"), "int", total="sum"),
                 Col("updated", QT_TRANSLATE_NOOP("reports", "Updated"), "int", total="sum"),
                 Col("skipped", QT_TRANSLATE_NOOP("reports", "Skipped"), "int", total="sum"),
                 Col("failed", QT_TRANSLATE_NOOP("reports", "Failed"), "int", total="sum"))),
]
