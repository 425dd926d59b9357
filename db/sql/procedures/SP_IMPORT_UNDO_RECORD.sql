-- Revision 0015 (issue #11): delete ONE record that the caller's own finished import batch created,
-- if nobody changed it since. Managers have no delete right on clients or deals (revision 0004);
-- this procedure is their only way to undo their own imports, so it checks everything itself
-- (anybody may call it from isql with any arguments):
--   * the batch is the caller's own (OWNER_LOGIN = CURRENT_USER) and finished (DONE, CANCELLED,
--     FAILED), else EX_DENIED;
--   * the batch's row log says CREATED for exactly this entity and id, and the row is PROVEN
--     (TRG_IMPORT_ROWS_PROOF: inserted by the batch's own transaction), else EX_DENIED;
--   * the record is as the import left it: the same VERSION, and nothing attached to it was
--     added or changed since (by anybody, the owner included): no deals left (the batch's own
--     deals are deleted first), interactions, tasks, files, invoices, merges; contacts, phones,
--     e-mails, addresses, deal lines and custom values only as the import wrote them (created by
--     the owner, never changed, not created after the batch finished). Otherwise nothing is
--     deleted and WHY says why (GONE, CHANGED, ADDED): the undo lists it and leaves it.
-- The delete still passes the tables' write guards (the record must be visible to the caller)
-- and the audit triggers, like any delete.
CREATE OR ALTER PROCEDURE SP_IMPORT_UNDO_RECORD (P_BATCH_ID INTEGER, P_ENTITY VARCHAR(6), P_RECORD_ID INTEGER)
RETURNS (DELETED SMALLINT, WHY VARCHAR(10)) AS
  DECLARE VARIABLE V_STATE VARCHAR(9);
  DECLARE VARIABLE V_OWNER VARCHAR(63);
  DECLARE VARIABLE V_FINISHED TIMESTAMP;
  DECLARE VARIABLE V_VERSION INTEGER;
  DECLARE VARIABLE V_PROVEN BOOLEAN;
BEGIN
  DELETED = 0;
  WHY = NULL;
  SELECT b.STATE, b.OWNER_LOGIN, b.FINISHED_AT FROM IMPORT_BATCHES b WHERE b.ID = :P_BATCH_ID
    INTO V_STATE, V_OWNER, V_FINISHED;
  IF (V_OWNER IS DISTINCT FROM CURRENT_USER) THEN
    EXCEPTION EX_DENIED 'Not an import of yours.';
  IF (V_STATE NOT IN ('DONE', 'CANCELLED', 'FAILED') OR V_FINISHED IS NULL) THEN
    EXCEPTION EX_DENIED 'The import is running or already undone.';
  IF (P_ENTITY NOT IN ('CLIENT', 'DEAL')) THEN
    EXCEPTION EX_DENIED 'Unknown record kind.';
  V_PROVEN = NULL;
  SELECT FIRST 1 r.REC_VERSION, r.PROVEN FROM IMPORT_ROWS r
    WHERE r.BATCH_ID = :P_BATCH_ID AND r.FATE = 'CREATED' AND r.ENTITY = :P_ENTITY AND r.RECORD_ID = :P_RECORD_ID
    ORDER BY r.PROVEN DESC
    INTO V_VERSION, V_PROVEN;
  IF (V_PROVEN IS NOT TRUE) THEN
    EXCEPTION EX_DENIED 'This import did not create that record.';
  IF (P_ENTITY = 'DEAL') THEN
  BEGIN
    IF (NOT EXISTS (SELECT 1 FROM DEALS d WHERE d.ID = :P_RECORD_ID)) THEN
      WHY = 'GONE';
    ELSE IF (NOT EXISTS (SELECT 1 FROM DEALS d WHERE d.ID = :P_RECORD_ID AND d.VERSION = :V_VERSION)) THEN
      WHY = 'CHANGED';
    ELSE IF (EXISTS (SELECT 1 FROM TASKS x WHERE x.DEAL_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM ATTACHMENTS x WHERE x.DEAL_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM INTERACTIONS x WHERE x.DEAL_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM INVOICES x WHERE x.DEAL_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM DEAL_LINES x WHERE x.DEAL_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))
          OR EXISTS (SELECT 1 FROM CUSTOM_FIELD_VALUES x JOIN CUSTOM_FIELD_DEFS f ON f.ID = x.FIELD_ID
                     WHERE f.ENTITY = 'DEAL' AND x.ENTITY_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))) THEN
      WHY = 'ADDED';
    ELSE
    BEGIN
      DELETE FROM DEALS d WHERE d.ID = :P_RECORD_ID AND d.VERSION = :V_VERSION;
      DELETED = ROW_COUNT;
    END
  END
  ELSE
  BEGIN
    IF (NOT EXISTS (SELECT 1 FROM CLIENTS c WHERE c.ID = :P_RECORD_ID)) THEN
      WHY = 'GONE';
    ELSE IF (NOT EXISTS (SELECT 1 FROM CLIENTS c WHERE c.ID = :P_RECORD_ID AND c.VERSION = :V_VERSION)) THEN
      WHY = 'CHANGED';
    ELSE IF (EXISTS (SELECT 1 FROM DEALS x WHERE x.CLIENT_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM INTERACTIONS x WHERE x.CLIENT_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM TASKS x WHERE x.CLIENT_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM ATTACHMENTS x WHERE x.CLIENT_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM INVOICES x WHERE x.CLIENT_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM CLIENT_MERGES x WHERE x.SURVIVOR_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM CLIENTS x WHERE x.MERGED_INTO_ID = :P_RECORD_ID)
          OR EXISTS (SELECT 1 FROM CONTACTS x WHERE x.CLIENT_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))
          OR EXISTS (SELECT 1 FROM PHONES x WHERE x.CLIENT_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))
          OR EXISTS (SELECT 1 FROM EMAILS x WHERE x.CLIENT_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))
          OR EXISTS (SELECT 1 FROM ADDRESSES x WHERE x.CLIENT_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))
          OR EXISTS (SELECT 1 FROM CUSTOM_FIELD_VALUES x JOIN CUSTOM_FIELD_DEFS f ON f.ID = x.FIELD_ID
                     WHERE f.ENTITY = 'CLIENT' AND x.ENTITY_ID = :P_RECORD_ID
                       AND (x.CREATED_BY IS DISTINCT FROM :V_OWNER OR x.CHANGED_AT IS NOT NULL
                            OR x.CREATED_AT > :V_FINISHED))) THEN
      WHY = 'ADDED';
    ELSE
    BEGIN
      DELETE FROM CLIENTS c WHERE c.ID = :P_RECORD_ID AND c.VERSION = :V_VERSION;
      DELETED = ROW_COUNT;
    END
  END
  SUSPEND;
END
