"""Loading a client card in two statements (at most 4 round trips cold, 2 warm).

1. :data:`MAIN_SQL` - the client row with its summary, responsible and source names, and the first
   8000 characters of the note as a VARCHAR (a BLOB would cost an extra round trip per read;
   FIREBIRD.md §2.3). ``NOTE_LEN`` tells whether the rest must be fetched (rare: :data:`NOTE_SQL`).
2. :data:`PARTS_SQL` - everything else the card shows first, as one ``UNION ALL`` with a
   discriminator column ``K`` and generic columns (FIREBIRD.md §2.5: merge the queries of a
   screen). Generic text columns are VARCHAR(200) so a fetch batch still holds ~200 rows.

Both run on the read channel's cached prepared statements. Audit, files and custom fields load
when their tab is opened.
"""
from __future__ import annotations

from db.session import ReadChannel

NOTE_INLINE = 8000
HISTORY_LIMIT = 100
DEALS_LIMIT = 50

MAIN_SQL = f"""
SELECT c.ID, c.KIND, c.NAME, c.LEGAL_NAME, c.STATUS, c.STATUS_CHANGED_AT, c.RESPONSIBLE_ID, u.FULL_NAME,
       c.DEPARTMENT_ID, c.SOURCE_ID, src.NAME, c.INN, c.KPP, c.OGRN, c.BANK_NAME, c.BANK_BIK, c.BANK_ACCOUNT,
       c.CORR_ACCOUNT, c.BIRTHDAY, c.FOUNDED_ON, c.WEBSITE, c.CITY, c.REGION, c.MAIN_PHONE, c.MAIN_EMAIL,
       c.TAGS_TEXT, c.IS_ARCHIVED, c.VERSION, c.CREATED_AT, c.CREATED_BY, c.CHANGED_AT, c.CHANGED_BY,
       s.LAST_CONTACT_AT, s.LAST_ATTEMPT_AT, s.NEXT_STEP_AT, s.NEXT_STEP, s.OPEN_DEALS, s.OPEN_DEALS_AMOUNT,
       s.INTERACTIONS, c.MERGED_INTO_ID,
       CAST(SUBSTRING(c.NOTE FROM 1 FOR {NOTE_INLINE}) AS VARCHAR({NOTE_INLINE})), CHAR_LENGTH(c.NOTE)
FROM CLIENTS c
LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID
LEFT JOIN SOURCES src ON src.ID = c.SOURCE_ID
LEFT JOIN CLIENT_STATS s ON s.CLIENT_ID = c.ID
WHERE c.ID = ?
"""

MAIN_COLUMNS = (
    "id", "kind", "name", "legal_name", "status", "status_changed_at", "responsible_id", "responsible",
    "department_id", "source_id", "source", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account",
    "corr_account", "birthday", "founded_on", "website", "city", "region", "main_phone", "main_email",
    "tags_text", "is_archived", "version", "created_at", "created_by", "changed_at", "changed_by",
    "last_contact_at", "last_attempt_at", "next_step_at", "next_step", "open_deals", "open_deals_amount",
    "interactions", "merged_into_id", "note", "note_len",
)

NOTE_SQL = "SELECT NOTE FROM CLIENTS WHERE ID = ?"

# Generic row: K, ID, PARENT_ID, S1..S5 (VARCHAR 200), N1 (NUMERIC 18,2), I1, I2 (INTEGER),
# D1, D2 (TIMESTAMP), B1 (BOOLEAN)
_G = "CAST({} AS VARCHAR(200))"
_COLS = "K, ID, PID, S1, S2, S3, S4, S5, N1, I1, I2, D1, D2, B1"
PARTS_SQL = f"""
SELECT 'CONTACT' K, ct.ID, ct.CLIENT_ID, {_G.format('ct.FULL_NAME')}, {_G.format('ct.JOB_TITLE')},
       CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(200)),
       CAST(NULL AS NUMERIC(18,2)), ct.VERSION, CAST(NULL AS INTEGER), CAST(ct.BIRTHDAY AS TIMESTAMP),
       CAST(NULL AS TIMESTAMP), ct.IS_PRIMARY
  FROM CONTACTS ct WHERE ct.CLIENT_ID = ?
UNION ALL
SELECT 'PHONE', p.ID, p.CONTACT_ID, {_G.format('p.PHONE')}, {_G.format('p.KIND')}, {_G.format('p.E164')},
       {_G.format('p.EXT')}, {_G.format('p.PHONE_KEY')}, NULL, p.VERSION, NULL, NULL, NULL, p.IS_PRIMARY
  FROM PHONES p WHERE p.CLIENT_ID = ?
UNION ALL
SELECT 'EMAIL', e.ID, e.CONTACT_ID, {_G.format('e.EMAIL')}, NULL, NULL, NULL, NULL, NULL, e.VERSION, NULL,
       NULL, NULL, e.IS_PRIMARY
  FROM EMAILS e WHERE e.CLIENT_ID = ?
UNION ALL
SELECT 'ADDRESS', a.ID, NULL, {_G.format('a.KIND')}, {_G.format('a.COUNTRY')}, {_G.format('a.REGION')},
       {_G.format('a.CITY')}, {_G.format('a.STREET')}, NULL, a.VERSION, NULL, NULL, NULL, a.IS_PRIMARY
  FROM ADDRESSES a WHERE a.CLIENT_ID = ?
UNION ALL
SELECT 'ADDRZIP', a.ID, NULL, {_G.format('a.ZIP_CODE')}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL
  FROM ADDRESSES a WHERE a.CLIENT_ID = ? AND a.ZIP_CODE IS NOT NULL
UNION ALL
SELECT 'TAG', t.ID, NULL, {_G.format('t.NAME')}, {_G.format('t.COLOR')}, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL
  FROM CLIENT_TAGS ctg JOIN TAGS t ON t.ID = ctg.TAG_ID WHERE ctg.CLIENT_ID = ?
UNION ALL
SELECT 'CLASS', v.ID, v.CLASSIFIER_ID, {_G.format('cl.NAME')}, {_G.format('v.NAME')}, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL
  FROM CLIENT_CLASSIFIERS cc JOIN CLASSIFIER_VALUES v ON v.ID = cc.VALUE_ID
  JOIN CLASSIFIERS cl ON cl.ID = v.CLASSIFIER_ID WHERE cc.CLIENT_ID = ?
UNION ALL
SELECT * FROM (
  SELECT FIRST {HISTORY_LIMIT} 'HIST', i.ID, i.CONTACT_ID, {_G.format('i.KIND')}, {_G.format('i.SUBJECT')},
         {_G.format('i.RESULT')}, {_G.format('u.FULL_NAME')}, CAST(SUBSTRING(i.BODY FROM 1 FOR 200) AS VARCHAR(200)),
         NULL, i.DURATION_SEC, i.DEAL_ID, i.OCCURRED_AT, NULL, i.IS_ATTEMPT
    FROM INTERACTIONS i LEFT JOIN CRM_USERS u ON u.ID = i.USER_ID
   WHERE i.CLIENT_ID = ? ORDER BY i.OCCURRED_AT DESC, i.ID DESC) H ({_COLS})
UNION ALL
SELECT * FROM (
  SELECT FIRST {DEALS_LIMIT} 'DEAL', d.ID, d.STAGE_ID, {_G.format('d.TITLE')}, {_G.format('st.NAME')},
         {_G.format('d.OUTCOME')}, {_G.format('u.FULL_NAME')}, {_G.format('d.CURRENCY')}, d.AMOUNT, NULL,
         d.FUNNEL_ID, d.CREATED_AT, d.CLOSED_AT, NULL
    FROM DEALS d JOIN STAGES st ON st.ID = d.STAGE_ID LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
   WHERE d.CLIENT_ID = ? ORDER BY IIF(d.OUTCOME = 'OPEN', 0, 1), d.CREATED_AT DESC) D ({_COLS})
UNION ALL
SELECT 'TASK', t.ID, t.DEAL_ID, {_G.format('t.TITLE')}, {_G.format('t.KIND')}, {_G.format('t.STATUS')},
       {_G.format('u.FULL_NAME')}, NULL, NULL, t.PRIORITY, t.DURATION_MIN, t.DUE_AT, t.DONE_AT, NULL
  FROM TASKS t LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID
 WHERE t.CLIENT_ID = ? AND (t.STATUS = 'OPEN' OR t.DONE_AT > DATEADD(-90 DAY TO CURRENT_TIMESTAMP))
"""

PARTS_PARAMS = 10  #: how many times PARTS_SQL takes the client id


def load(reader: ReadChannel, client_id: int) -> tuple[tuple | None, list[tuple]]:
    """The main row (None if the client does not exist or is not visible) and the part rows."""
    main = reader.one(MAIN_SQL, (client_id,))
    if main is None:
        return None, []
    parts = reader.query(PARTS_SQL, (client_id,) * PARTS_PARAMS)
    return main, parts


def full_note(reader: ReadChannel, client_id: int) -> str | None:
    row = reader.one(NOTE_SQL, (client_id,))
    return row[0] if row else None


#: a client this login created in the last N seconds under this search name, newest first: how a
#: save of a new client that a dropped link interrupted finds out whether its commit had reached
#: the server (issue #15). The window is counted on the server's clock, so the client's clock
#: does not matter.
MINE_SINCE_SQL = (
    "SELECT FIRST 1 ID, VERSION FROM CLIENTS WHERE SEARCH_NAME = ? AND CREATED_BY = CURRENT_USER "
    "AND CREATED_AT >= DATEADD(? SECOND TO CURRENT_TIMESTAMP) ORDER BY ID DESC"
)


def created_by_me_since(reader: ReadChannel, search_name: str, seconds: int) -> tuple[int, int] | None:
    """(id, version) of the newest client named ``search_name`` that the connected login created
    within the last ``seconds`` seconds, or None."""
    row = reader.one(MINE_SINCE_SQL, (search_name, -abs(int(seconds))))
    return (row[0], row[1]) if row else None
