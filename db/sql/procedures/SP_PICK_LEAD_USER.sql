-- Picks the manager who gets the next lead of a department (issue #5) and moves the department's
-- round-robin pointer, in the caller's transaction (call it first: the pointer row stays locked
-- until commit, so simultaneous leads queue instead of all going to the same manager).
-- Candidates: active CRM_MANAGER users of the department with TAKES_LEADS. ROUND_ROBIN: the next
-- id after the pointer (wrapping); LEAST_LOADED: the fewest open deals, ties broken the same way.
-- O_STATUS: OK (O_USER_ID set) | OFF (no distribution or switched off) | NOBODY (no candidate) |
-- RETRY (another transaction moved the pointer first - FB4+ restarted the UPDATE and it found
-- nothing: roll back and try again; on FB3 the same race is an update conflict error instead).
CREATE OR ALTER PROCEDURE SP_PICK_LEAD_USER (P_DEPARTMENT_ID INTEGER)
  RETURNS (O_USER_ID INTEGER, O_STATUS VARCHAR(6)) AS
  DECLARE VARIABLE V_ID INTEGER;
  DECLARE VARIABLE V_STRATEGY VARCHAR(12);
  DECLARE VARIABLE V_ENABLED BOOLEAN;
  DECLARE VARIABLE V_LAST INTEGER;
BEGIN
  O_USER_ID = NULL;
  O_STATUS = 'OFF';
  V_ID = NULL;
  SELECT d.ID, d.STRATEGY, d.IS_ENABLED, d.LAST_USER_ID FROM LEAD_DISTRIBUTION d
    WHERE d.DEPARTMENT_ID = :P_DEPARTMENT_ID
    INTO V_ID, V_STRATEGY, V_ENABLED, V_LAST;
  IF (V_ID IS NULL OR NOT V_ENABLED) THEN EXIT;
  SELECT FIRST 1 u.ID FROM CRM_USERS u
    WHERE u.DEPARTMENT_ID = :P_DEPARTMENT_ID AND u.IS_ACTIVE AND u.TAKES_LEADS AND u.ROLE_NAME = 'CRM_MANAGER'
    ORDER BY IIF(:V_STRATEGY = 'LEAST_LOADED',
                 (SELECT COUNT(*) FROM DEALS x WHERE x.RESPONSIBLE_ID = u.ID AND x.OUTCOME = 'OPEN'), 0),
             IIF(u.ID > COALESCE(:V_LAST, 0), 0, 1), u.ID
    INTO O_USER_ID;
  IF (O_USER_ID IS NULL) THEN
  BEGIN
    O_STATUS = 'NOBODY';
    EXIT;
  END
  UPDATE LEAD_DISTRIBUTION SET LAST_USER_ID = :O_USER_ID
    WHERE ID = :V_ID AND LAST_USER_ID IS NOT DISTINCT FROM :V_LAST;
  IF (ROW_COUNT = 0) THEN
  BEGIN
    O_USER_ID = NULL;
    O_STATUS = 'RETRY';
    EXIT;
  END
  O_STATUS = 'OK';
END
