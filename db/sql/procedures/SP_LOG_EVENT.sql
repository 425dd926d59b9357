-- The one way for an ordinary login to write to the audit trail: exports, report runs, logins.
-- Validates its arguments (any user may call it with anything from isql: FIREBIRD.md §4.5).
CREATE OR ALTER PROCEDURE SP_LOG_EVENT (P_ACTION VARCHAR(6), P_DETAILS VARCHAR(1000)) AS
BEGIN
  IF (P_ACTION NOT IN ('EXPORT', 'REPORT', 'LOGIN')) THEN
    EXCEPTION EX_DENIED 'Unknown audit event.';
  INSERT INTO AUDIT_LOG (USER_NAME, ACTION, DETAILS) VALUES (CURRENT_USER, :P_ACTION, LEFT(:P_DETAILS, 1000));
END
