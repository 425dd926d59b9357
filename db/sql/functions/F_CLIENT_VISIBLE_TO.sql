-- Whether the CRM user P_USER_ID (not the login running the statement) may see client P_CLIENT_ID:
-- the same scopes as F_CLIENT_ROW_VISIBLE, evaluated for someone else (issue #10). SP_RUN_RULE
-- substitutes a client's or deal's name into a rule's text only when its target may see it.
CREATE OR ALTER FUNCTION F_CLIENT_VISIBLE_TO (P_USER_ID INTEGER, P_CLIENT_ID INTEGER) RETURNS BOOLEAN AS
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM CLIENTS c JOIN CRM_USERS u ON u.ID = :P_USER_ID
    WHERE c.ID = :P_CLIENT_ID AND u.IS_ACTIVE
      AND (u.SCOPE = 'ALL'
           OR u.ID = c.RESPONSIBLE_ID
           OR (u.SCOPE = 'DEPT' AND u.DEPARTMENT_ID = c.DEPARTMENT_ID)));
END
