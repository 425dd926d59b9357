-- The database's own administrators: SYSDBA, a login connected with the RDB$ADMIN role, or the
-- owner of the schema (who created the database). They see and change everything, as Firebird
-- itself lets them; every CRM user is below them.
CREATE OR ALTER FUNCTION F_IS_DB_ADMIN RETURNS BOOLEAN AS
BEGIN
  RETURN CURRENT_USER = 'SYSDBA' OR CURRENT_ROLE = 'RDB$ADMIN'
      OR EXISTS (SELECT 1 FROM RDB$RELATIONS r WHERE r.RDB$RELATION_NAME = 'CLIENTS' AND r.RDB$OWNER_NAME = CURRENT_USER);
END
