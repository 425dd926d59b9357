-- May the current transaction write a date in the past into CREATED_AT, a deal's STAGE_ENTERED_AT
-- or CLOSED_AT (issue #11)? Only two writers may:
--   * a database administrator (demo data, restores: they can change the triggers anyway);
--   * an import: the login's own batch is RUNNING and was attached to THIS transaction by
--     SP_IMPORT_ATTACH (nobody has a grant to write IMPORT_BATCHES directly, so a login cannot
--     attach a batch that is not its own, finished or undone). Every record an import writes is in
--     the batch's row log, so a backdated record always says which import and which login wrote it.
-- Anybody else's dates are replaced by CURRENT_TIMESTAMP; a date in the future never passes.
CREATE OR ALTER FUNCTION F_MAY_BACKDATE RETURNS BOOLEAN AS
BEGIN
  RETURN F_IS_DB_ADMIN()
      OR EXISTS (SELECT 1 FROM IMPORT_BATCHES b
                 WHERE b.TX_ID = CURRENT_TRANSACTION AND b.OWNER_LOGIN = CURRENT_USER AND b.STATE = 'RUNNING');
END
