-- Revision 0015 (issue #11): may this log row later serve to delete its record? A CREATED row
-- gets PROVEN = TRUE only when its record was inserted by the logging login in THIS transaction:
--   * a client: VERSION = 1 (the tracked trigger sets 1 on insert and adds 1 on every update) and
--     its current record version was written by this transaction (RDB$RECORD_VERSION, FB3+), by
--     this login;
--   * a deal: its first stage-history row (written only by TRG_DEALS_STAGE_HIST when the deal is
--     inserted; nobody may write that table) was written by this transaction and this login.
-- The guard (TRG_IMPORT_ROWS_GUARD) already demands the login's own RUNNING batch attached to
-- this transaction, so a PROVEN row says: "this batch created that record". A forged log row
-- naming somebody's client (or one's own older client touched in the batch's transaction) stays
-- unproven, and SP_IMPORT_UNDO_RECORD refuses it. Nobody may change PROVEN afterwards.
CREATE OR ALTER TRIGGER TRG_IMPORT_ROWS_PROOF FOR IMPORT_ROWS ACTIVE BEFORE INSERT OR UPDATE POSITION 6 AS
BEGIN
  IF (UPDATING) THEN
    NEW.PROVEN = OLD.PROVEN;
  ELSE IF (NEW.FATE = 'CREATED' AND NEW.ENTITY = 'CLIENT') THEN
    NEW.PROVEN = EXISTS (SELECT 1 FROM CLIENTS c WHERE c.ID = NEW.RECORD_ID AND c.VERSION = 1
                           AND c.CREATED_BY = CURRENT_USER AND c.RDB$RECORD_VERSION = CURRENT_TRANSACTION);
  ELSE IF (NEW.FATE = 'CREATED' AND NEW.ENTITY = 'DEAL') THEN
    NEW.PROVEN = EXISTS (SELECT 1 FROM DEAL_STAGE_HISTORY h WHERE h.DEAL_ID = NEW.RECORD_ID
                           AND h.FROM_STAGE_ID IS NULL AND h.MOVED_BY = CURRENT_USER
                           AND h.RDB$RECORD_VERSION = CURRENT_TRANSACTION);
  ELSE
    NEW.PROVEN = FALSE;
END
