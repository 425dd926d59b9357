-- THE visibility rule of a client row (issue #4), used by the client views and by the guard
-- triggers on the base tables, so what a login may read and what it may write are the same rule:
--   scope ALL  - every client;
--   scope DEPT - clients of the user's department, and the user's own;
--   scope OWN  - the user's own clients (RESPONSIBLE_ID = the user).
-- A login without an active CRM_USERS row sees nothing (database administrators see all).
-- CURRENT_USER cannot be forged from a tool.
CREATE OR ALTER FUNCTION F_CLIENT_ROW_VISIBLE (P_RESPONSIBLE_ID INTEGER, P_DEPARTMENT_ID INTEGER) RETURNS BOOLEAN AS
BEGIN
  IF (F_IS_DB_ADMIN()) THEN RETURN TRUE;
  RETURN EXISTS (
    SELECT 1 FROM CRM_USERS u
    WHERE u.LOGIN = CURRENT_USER AND u.IS_ACTIVE
      AND (u.SCOPE = 'ALL'
           OR u.ID = :P_RESPONSIBLE_ID
           OR (u.SCOPE = 'DEPT' AND u.DEPARTMENT_ID = :P_DEPARTMENT_ID)));
END
