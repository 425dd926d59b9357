-- Lead distribution settings are an administrator's; the round-robin pointer (LAST_USER_ID) is
-- moved by SP_PICK_LEAD_USER for whoever enters a lead, so that one column may change for anyone
-- (logins have no grant to update the view: the procedure is the only way to it).
CREATE OR ALTER TRIGGER TRG_LEAD_DISTRIBUTION_ADMIN FOR LEAD_DISTRIBUTION ACTIVE BEFORE INSERT OR UPDATE OR DELETE POSITION 5 AS
BEGIN
  IF (F_IS_CRM_ADMIN()) THEN EXIT;
  IF (UPDATING) THEN
    IF (NEW.DEPARTMENT_ID IS NOT DISTINCT FROM OLD.DEPARTMENT_ID AND NEW.STRATEGY IS NOT DISTINCT FROM OLD.STRATEGY
        AND NEW.IS_ENABLED IS NOT DISTINCT FROM OLD.IS_ENABLED) THEN EXIT;
  EXCEPTION EX_DENIED 'Only an administrator may change LEAD_DISTRIBUTION.';
END
