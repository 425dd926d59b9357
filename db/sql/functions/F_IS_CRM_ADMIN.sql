-- True for a CRM administrator (active, role CRM_ADMIN) and the database's own administrators:
-- reference data, users and rights are theirs to change.
CREATE OR ALTER FUNCTION F_IS_CRM_ADMIN RETURNS BOOLEAN AS
BEGIN
  RETURN F_IS_DB_ADMIN()
      OR EXISTS (SELECT 1 FROM CRM_USERS u WHERE u.LOGIN = CURRENT_USER AND u.IS_ACTIVE AND u.ROLE_NAME = 'CRM_ADMIN');
END
