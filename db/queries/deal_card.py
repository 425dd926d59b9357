"""Loading a deal card in two statements (cold: 2 prepares + 2 executions; warm: 2 executions).

1. :data:`MAIN_SQL` - the deal row with the names the card shows (client, funnel, stage, users,
   source, lost reason) and the first 8000 characters of the note as a VARCHAR (a BLOB costs an
   extra round trip per read; FIREBIRD.md §2.3). ``NOTE_LEN`` tells whether :data:`NOTE_SQL` must run.
2. :data:`PARTS_SQL` - lines, stage history, tasks, interactions of the deal and the contact
   persons of its client, as one ``UNION ALL`` with a discriminator ``K`` and generic columns
   (FIREBIRD.md §2.5: merge the queries of a screen).

Layer: ``db`` (imports nothing of ours above it). The read channel routes the table names to the
visibility views, so a deal the user may not see simply has no main row.
"""
from __future__ import annotations

from db.session import ReadChannel

NOTE_INLINE = 8000
HISTORY_LIMIT = 200  #: stage moves shown (a deal rarely has more than a dozen)
TASKS_LIMIT = 100
INTERACTIONS_LIMIT = 100

MAIN_SQL = f"""
SELECT d.ID, d.CLIENT_ID, cl.NAME, d.CONTACT_ID, d.FUNNEL_ID, f.NAME, d.STAGE_ID, st.NAME, st.PROBABILITY,
       d.TITLE, d.AMOUNT, d.CURRENCY, d.PROBABILITY, d.EXPECTED_CLOSE, d.OUTCOME, d.CLOSED_AT,
       d.LOST_REASON_ID, lr.NAME, d.LOST_COMMENT, d.RESPONSIBLE_ID, u.FULL_NAME, d.SOURCE_ID, src.NAME,
       d.NEXT_STEP, d.NEXT_STEP_AT, d.STAGE_ENTERED_AT, d.VERSION, d.CREATED_AT, d.CREATED_BY, d.CHANGED_AT,
       d.CHANGED_BY, CAST(SUBSTRING(d.NOTE FROM 1 FOR {NOTE_INLINE}) AS VARCHAR({NOTE_INLINE})), CHAR_LENGTH(d.NOTE)
FROM DEALS d
JOIN CLIENTS cl ON cl.ID = d.CLIENT_ID
JOIN FUNNELS f ON f.ID = d.FUNNEL_ID
JOIN STAGES st ON st.ID = d.STAGE_ID
LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID
LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
LEFT JOIN SOURCES src ON src.ID = d.SOURCE_ID
WHERE d.ID = ?
"""

MAIN_COLUMNS = (
    "id", "client_id", "client_name", "contact_id", "funnel_id", "funnel_name", "stage_id", "stage_name",
    "stage_probability", "title", "amount", "currency", "probability", "expected_close", "outcome", "closed_at",
    "lost_reason_id", "lost_reason", "lost_comment", "responsible_id", "responsible", "source_id", "source",
    "next_step", "next_step_at", "stage_entered_at", "version", "created_at", "created_by", "changed_at",
    "changed_by", "note", "note_len",
)

NOTE_SQL = "SELECT NOTE FROM DEALS WHERE ID = ?"

# Generic row: K, ID, PID, S1..S5 (VARCHAR 200), N1 (NUMERIC 18,3), N2..N4 (NUMERIC 18,2),
# I1, I2 (INTEGER), D1, D2 (TIMESTAMP), B1 (BOOLEAN)
_G = "CAST(LEFT({}, 200) AS VARCHAR(200))"
_NULL_S = "CAST(NULL AS VARCHAR(200))"
_COLS = "K, ID, PID, S1, S2, S3, S4, S5, N1, N2, N3, N4, I1, I2, D1, D2, B1"
PARTS_SQL = f"""
SELECT 'LINE' K, ln.ID, ln.PRODUCT_ID, {_G.format('ln.NAME')}, {_G.format('p.UNIT')}, {_NULL_S}, {_NULL_S},
       {_NULL_S}, CAST(ln.QTY AS NUMERIC(18,3)), CAST(ln.PRICE AS NUMERIC(18,2)),
       CAST(ln.DISCOUNT_PCT AS NUMERIC(18,2)), CAST(ln.AMOUNT AS NUMERIC(18,2)), ln.LINE_NO, ln.VERSION,
       CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS BOOLEAN)
  FROM DEAL_LINES ln LEFT JOIN PRODUCTS p ON p.ID = ln.PRODUCT_ID WHERE ln.DEAL_ID = ?
UNION ALL
SELECT * FROM (
  SELECT FIRST {HISTORY_LIMIT} 'MOVE', h.ID, h.TO_STAGE_ID, {_G.format('fs.NAME')}, {_G.format('ts.NAME')},
         {_G.format('h.MOVED_BY')}, {_G.format('mu.FULL_NAME')}, NULL, NULL, NULL, NULL, NULL, h.FROM_STAGE_ID,
         NULL, h.MOVED_AT, NULL, NULL
    FROM DEAL_STAGE_HISTORY h
    LEFT JOIN STAGES fs ON fs.ID = h.FROM_STAGE_ID
    JOIN STAGES ts ON ts.ID = h.TO_STAGE_ID
    LEFT JOIN CRM_USERS mu ON mu.LOGIN = h.MOVED_BY
   WHERE h.DEAL_ID = ? ORDER BY h.MOVED_AT, h.ID) M ({_COLS})
UNION ALL
SELECT * FROM (
  SELECT FIRST {TASKS_LIMIT} 'TASK', t.ID, t.CONTACT_ID, {_G.format('t.TITLE')}, {_G.format('t.KIND')},
         {_G.format('t.STATUS')}, {_G.format('tu.FULL_NAME')}, NULL, CAST(t.VERSION AS NUMERIC(18,3)), NULL, NULL,
         NULL, t.PRIORITY,
         t.DURATION_MIN, t.DUE_AT, t.DONE_AT, NULL
    FROM TASKS t LEFT JOIN CRM_USERS tu ON tu.ID = t.ASSIGNEE_ID
   WHERE t.DEAL_ID = ? ORDER BY IIF(t.STATUS = 'OPEN', 0, 1), t.DUE_AT DESC NULLS LAST, t.ID DESC) T ({_COLS})
UNION ALL
SELECT * FROM (
  SELECT FIRST {INTERACTIONS_LIMIT} 'HIST', i.ID, i.CONTACT_ID, {_G.format('i.KIND')}, {_G.format('i.SUBJECT')},
         {_G.format('i.RESULT')}, {_G.format('iu.FULL_NAME')}, CAST(SUBSTRING(i.BODY FROM 1 FOR 200) AS VARCHAR(200)),
         NULL, NULL, NULL, NULL, i.DURATION_SEC, i.DEAL_ID, i.OCCURRED_AT, NULL, i.IS_ATTEMPT
    FROM INTERACTIONS i LEFT JOIN CRM_USERS iu ON iu.ID = i.USER_ID
   WHERE i.DEAL_ID = ? ORDER BY i.OCCURRED_AT DESC, i.ID DESC) H ({_COLS})
UNION ALL
SELECT 'CONTACT', ct.ID, ct.CLIENT_ID, {_G.format('ct.FULL_NAME')}, {_G.format('ct.JOB_TITLE')}, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ct.IS_PRIMARY
  FROM CONTACTS ct WHERE ct.CLIENT_ID = (SELECT dd.CLIENT_ID FROM DEALS dd WHERE dd.ID = ?)
"""

PARTS_PARAMS = 5  #: how many times PARTS_SQL takes the deal id

#: the contact persons of one client (a new deal's card, or a changed client)
CONTACTS_SQL = """
SELECT FIRST 500 ct.ID, ct.FULL_NAME, ct.JOB_TITLE, ct.IS_PRIMARY, cl.NAME FROM CLIENTS cl
LEFT JOIN CONTACTS ct ON ct.CLIENT_ID = cl.ID WHERE cl.ID = ? ORDER BY ct.IS_PRIMARY DESC, ct.FULL_NAME
"""


def load(reader: ReadChannel, deal_id: int) -> tuple[tuple | None, list[tuple]]:
    """The main row (None if the deal does not exist or is not visible) and the part rows."""
    main = reader.one(MAIN_SQL, (deal_id,))
    if main is None:
        return None, []
    parts = reader.query(PARTS_SQL, (deal_id,) * PARTS_PARAMS)
    return main, parts


def full_note(reader: ReadChannel, deal_id: int) -> str | None:
    row = reader.one(NOTE_SQL, (deal_id,))
    return row[0] if row else None


#: a new deal that an interrupted save may have created (issue #15, app.link.resume_deal_save)
MINE_SINCE_SQL = (
    "SELECT FIRST 1 ID, VERSION FROM DEALS WHERE TITLE = ? AND CLIENT_ID = ? AND CREATED_BY = CURRENT_USER "
    "AND CREATED_AT >= DATEADD(? SECOND TO CURRENT_TIMESTAMP) ORDER BY ID DESC"
)


def created_by_me_since(reader: ReadChannel, title: str, client_id: int, seconds: int) -> tuple[int, int] | None:
    """(id, version) of the newest deal titled ``title`` of ``client_id`` that the connected login
    created within the last ``seconds`` seconds, or None."""
    row = reader.one(MINE_SINCE_SQL, (title, client_id, -abs(int(seconds))))
    return (row[0], row[1]) if row else None
