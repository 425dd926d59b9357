-- SP_REFRESH_CLIENT_STATS as of revision 0006 (skips a client being deleted); 0002's text is
-- SP_REFRESH_CLIENT_STATS.sql.
-- Recomputes one client's activity summary (CLIENT_STATS) from interactions, tasks and deals.
-- Called by the triggers of those tables after updates and deletes; inserts of interactions
-- update the summary incrementally instead (cheaper for imports and demo data).
-- "Contact" = an interaction that reached the client (not an attempt, not an internal note);
-- "attempt" = any call, e-mail, meeting, SMS or chat, reached or not (REPORTS.md C.27).
CREATE OR ALTER PROCEDURE SP_REFRESH_CLIENT_STATS (P_CLIENT_ID INTEGER) AS
  DECLARE VARIABLE V_LAST_CONTACT TIMESTAMP;
  DECLARE VARIABLE V_LAST_ATTEMPT TIMESTAMP;
  DECLARE VARIABLE V_COUNT INTEGER;
  DECLARE VARIABLE V_NEXT_AT TIMESTAMP;
  DECLARE VARIABLE V_NEXT VARCHAR(120);
  DECLARE VARIABLE V_DEALS INTEGER;
  DECLARE VARIABLE V_AMOUNT NUMERIC(18, 2);
BEGIN
  IF (P_CLIENT_ID IS NULL) THEN EXIT;
  -- deleting a client cascades to its deals and tasks, whose triggers call this: nothing to keep
  IF (NOT EXISTS (SELECT 1 FROM CLIENTS c WHERE c.ID = :P_CLIENT_ID)) THEN EXIT;
  SELECT MAX(IIF(I.IS_ATTEMPT, NULL, I.OCCURRED_AT)), MAX(I.OCCURRED_AT), COUNT(*)
    FROM INTERACTIONS I
    WHERE I.CLIENT_ID = :P_CLIENT_ID AND I.KIND <> 'NOTE'
    INTO V_LAST_CONTACT, V_LAST_ATTEMPT, V_COUNT;
  V_NEXT_AT = NULL;
  V_NEXT = NULL;
  SELECT FIRST 1 T.DUE_AT, LEFT(T.TITLE, 120)
    FROM TASKS T
    WHERE T.CLIENT_ID = :P_CLIENT_ID AND T.STATUS = 'OPEN'
    ORDER BY T.DUE_AT NULLS LAST
    INTO V_NEXT_AT, V_NEXT;
  SELECT COUNT(*), COALESCE(SUM(D.AMOUNT), 0)
    FROM DEALS D
    WHERE D.CLIENT_ID = :P_CLIENT_ID AND D.OUTCOME = 'OPEN'
    INTO V_DEALS, V_AMOUNT;
  UPDATE OR INSERT INTO CLIENT_STATS (CLIENT_ID, LAST_CONTACT_AT, LAST_ATTEMPT_AT, INTERACTIONS,
                                      NEXT_STEP_AT, NEXT_STEP, OPEN_DEALS, OPEN_DEALS_AMOUNT)
    VALUES (:P_CLIENT_ID, :V_LAST_CONTACT, :V_LAST_ATTEMPT, :V_COUNT, :V_NEXT_AT, :V_NEXT, :V_DEALS, :V_AMOUNT)
    MATCHING (CLIENT_ID);
END
