-- Visibility of everything hanging off a client (contacts, phones, interactions, deals, files...):
-- visible exactly when the client is.
CREATE OR ALTER FUNCTION F_CLIENT_VISIBLE (P_CLIENT_ID INTEGER) RETURNS BOOLEAN AS
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM CLIENTS c
    WHERE c.ID = :P_CLIENT_ID AND F_CLIENT_ROW_VISIBLE(c.RESPONSIBLE_ID, c.DEPARTMENT_ID));
END
