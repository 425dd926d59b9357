"""Address labels for envelopes and mailings (REPORTS.md 95). Layer: ``reports``.

One label per client with an address (the postal address first, then actual, then legal; clients
without any address are skipped), on standard A4 label sheets. Reads through the visibility views,
so a manager prints only his own clients."""
from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from reports.forms.common import address_text
from reports.params import STATUSES
from reports.queries import fetch
from reports.result import Block, DocumentResult, Header
from reports.spec import Document, Param, Params

#: layout -> (columns, rows) per A4 sheet
LAYOUTS = {"3x8": (3, 8), "2x7": (2, 7), "1x2": (1, 2)}

PARAMS = (
    Param("status", "status", QT_TRANSLATE_NOOP("reports", "Status"), choices=STATUSES),
    Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager")),
    Param("city", "text", QT_TRANSLATE_NOOP("reports", "City")),
    Param("layout", "choice", QT_TRANSLATE_NOOP("reports", "Sheet"), default="3x8",
          choices=(("3x8", QT_TRANSLATE_NOOP("reports", "24 labels 70 × 37 mm")),
                   ("2x7", QT_TRANSLATE_NOOP("reports", "14 labels 105 × 42 mm")),
                   ("1x2", QT_TRANSLATE_NOOP("reports", "2 envelope-size blocks per sheet")))),
    Param("limit", "int", QT_TRANSLATE_NOOP("reports", "At most, labels"), default=240, minimum=1, maximum=10000),
)

SQL = """
SELECT FIRST (:n) c.NAME, c.LEGAL_NAME, ct.FULL_NAME AS CONTACT,
       a.ZIP_CODE, a.COUNTRY, a.REGION, a.CITY, a.STREET
FROM CLIENTS c
JOIN ADDRESSES a ON a.ID = (SELECT FIRST 1 a2.ID FROM ADDRESSES a2 WHERE a2.CLIENT_ID = c.ID
                            ORDER BY CASE a2.KIND WHEN 'POSTAL' THEN 0 WHEN 'ACTUAL' THEN 1 WHEN 'LEGAL' THEN 2 ELSE 3 END,
                                     a2.IS_PRIMARY DESC, a2.ID)
LEFT JOIN CONTACTS ct ON ct.ID = (SELECT FIRST 1 c2.ID FROM CONTACTS c2 WHERE c2.CLIENT_ID = c.ID
                                  ORDER BY c2.IS_PRIMARY DESC, c2.ID)
WHERE c.IS_ARCHIVED = FALSE AND c.MERGED_INTO_ID IS NULL
  AND (CAST(:status AS VARCHAR(9)) IS NULL OR c.STATUS = CAST(:status AS VARCHAR(9)))
  AND (CAST(:manager AS INTEGER) IS NULL OR c.RESPONSIBLE_ID = CAST(:manager AS INTEGER))
  AND (CAST(:city AS VARCHAR(60)) IS NULL OR UPPER(c.CITY) = UPPER(CAST(:city AS VARCHAR(60))))
ORDER BY a.ZIP_CODE, c.NAME
"""


def _labels(conn: Any, p: Params) -> DocumentResult:
    labels = []
    for r in fetch(conn, SQL, n=int(p.get("limit") or 240), status=p.get("status"), manager=p.get("manager"),
                   city=(p.get("city") or None)):
        street_line = r["street"] or ""
        place = ", ".join(x for x in (r["city"], r["region"]) if x)
        lines = [r["legal_name"] or r["name"]]
        if r["contact"]:
            lines.append(r["contact"])
        lines += [x for x in (street_line, place, " ".join(x for x in (r["zip_code"], r["country"]) if x)) if x]
        if address_text(r):
            labels.append("\n".join(lines))
    grid = LAYOUTS.get(p.get("layout") or "3x8", (3, 8))
    return DocumentResult(LABELS, Header(title="", params=[]), [Block("labels", labels=labels, grid=grid)], plain=True)


LABELS = Document(
    id="documents.address_labels", category="H", ref=(95,),
    title=QT_TRANSLATE_NOOP("reports", "Address labels and envelopes"),
    question=QT_TRANSLATE_NOOP("reports", "Labels with the postal addresses of the chosen clients, for a mailing."),
    params=PARAMS, build=_labels)
