-- Attach the login's own RUNNING batch to the calling transaction (each chunk of an import is a
-- transaction of its own): from here on, and in this transaction only, F_MAY_BACKDATE is true and
-- the batch's row log may be written.
CREATE OR ALTER PROCEDURE SP_IMPORT_ATTACH (P_BATCH_ID INTEGER) AS
BEGIN
  UPDATE IMPORT_BATCHES b SET b.TX_ID = CURRENT_TRANSACTION
    WHERE b.ID = :P_BATCH_ID AND b.OWNER_LOGIN = CURRENT_USER AND b.STATE = 'RUNNING';
  IF (ROW_COUNT = 0) THEN
    EXCEPTION EX_DENIED 'Not a running import of yours.';
END
