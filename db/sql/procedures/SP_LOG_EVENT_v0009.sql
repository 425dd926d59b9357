-- SP_LOG_EVENT as of revision 0009 (0004's text is SP_LOG_EVENT.sql).
-- The one way for an ordinary login to write to the audit trail: exports, report runs, logins.
-- Validates its arguments (any user may call it with anything from isql: FIREBIRD.md §4.5) and is
-- rate-limited per login (issue #10: 10,000 forged LOGIN rows took 0.2 s): at most 600 events a
-- minute, and one LOGIN a minute; over the limit the call is refused, nothing is written.
CREATE OR ALTER PROCEDURE SP_LOG_EVENT (P_ACTION VARCHAR(6), P_DETAILS VARCHAR(1000)) AS
BEGIN
  IF (P_ACTION NOT IN ('EXPORT', 'REPORT', 'LOGIN')) THEN
    EXCEPTION EX_DENIED 'Unknown audit event.';
  IF (P_ACTION = 'LOGIN') THEN
    IF (EXISTS (SELECT 1 FROM AUDIT_LOG a WHERE a.LOGGED_AT > DATEADD(-1 MINUTE TO CURRENT_TIMESTAMP)
                AND a.USER_NAME = CURRENT_USER AND a.ACTION = 'LOGIN')) THEN
      EXCEPTION EX_DENIED 'Too many audit events; try again in a minute.';
  IF ((SELECT COUNT(*) FROM AUDIT_LOG a WHERE a.LOGGED_AT > DATEADD(-1 MINUTE TO CURRENT_TIMESTAMP)
       AND a.USER_NAME = CURRENT_USER AND a.ACTION IN ('EXPORT', 'REPORT', 'LOGIN')) >= 600) THEN
    EXCEPTION EX_DENIED 'Too many audit events; try again in a minute.';
  INSERT INTO AUDIT_LOG (USER_NAME, ACTION, DETAILS) VALUES (CURRENT_USER, :P_ACTION, LEFT(:P_DETAILS, 1000));
END
