-- Write guard of REMINDERS (issue #10). A login writes its own reminders (administrators any).
-- A reminder for ANOTHER user is accepted only when it is the one SP_RUN_RULE is inserting right
-- now: the procedure opens a one-shot ticket on its run row (AUTOMATION_RUNS.REMINDER_TICKET,
-- which no login may write) immediately before its INSERT, and this trigger consumes it. The
-- ticket never outlives that one procedure call, so no statement of the login's own - in the same
-- transaction or not - finds one to use (0008 accepted any reminder naming a user some rule of the
-- transaction had targeted: forgeable with a decoy deal).
CREATE OR ALTER TRIGGER TRG_REMINDERS_GUARD FOR REMINDERS ACTIVE BEFORE INSERT OR UPDATE OR DELETE POSITION 5 AS
  DECLARE VARIABLE V_ME INTEGER;
BEGIN
  V_ME = NULL;
  SELECT me.ID FROM CRM_USERS me WHERE me.LOGIN = CURRENT_USER INTO V_ME;
  IF (NOT DELETING) THEN
    IF (NOT (NEW.USER_ID IS NOT DISTINCT FROM V_ME OR F_IS_CRM_ADMIN())) THEN
    BEGIN
      IF (NOT INSERTING) THEN
        EXCEPTION EX_DENIED 'The record would be outside what you may see (REMINDERS).';
      UPDATE AUTOMATION_RUNS r SET r.REMINDER_TICKET = FALSE
        WHERE r.TX_ID = CURRENT_TRANSACTION AND r.TARGET_USER_ID = NEW.USER_ID AND r.REMINDER_TICKET;
      IF (ROW_COUNT = 0) THEN
        EXCEPTION EX_DENIED 'A reminder for another user is written only by an automation rule (REMINDERS).';
    END
  IF (NOT INSERTING) THEN
    IF (NOT ((DELETING AND OLD.TASK_ID IS NOT NULL AND NOT EXISTS (SELECT 1 FROM TASKS p WHERE p.ID = OLD.TASK_ID)) OR OLD.USER_ID IS NOT DISTINCT FROM V_ME
             OR F_IS_CRM_ADMIN())) THEN
      EXCEPTION EX_DENIED 'You may not change this record (REMINDERS).';
END
