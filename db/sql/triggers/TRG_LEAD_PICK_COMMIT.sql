-- Only lead creation moves the round-robin pointer (issue #10): a transaction that called
-- SP_PICK_LEAD_USER and created no deal for the picked manager cannot commit (roll it back; the
-- pointer move goes with it). Runs at every commit: one look at a table of one row per department.
CREATE OR ALTER TRIGGER TRG_LEAD_PICK_COMMIT ACTIVE ON TRANSACTION COMMIT POSITION 0 AS
BEGIN
  IF (EXISTS (SELECT 1 FROM LEAD_DISTRIBUTION d WHERE d.PICK_TX = CURRENT_TRANSACTION)) THEN
    EXCEPTION EX_DENIED 'The lead distribution moves only when a lead is created; roll back.';
END
