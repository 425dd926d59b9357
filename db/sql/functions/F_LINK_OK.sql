-- What a task or a file may be tied to (issue #10): the client must be visible to the writer AND
-- the deal must be visible and belong to that very client. (Before, either one being visible was
-- enough: a manager could plant a task or a file on another manager's client through his own deal.)
CREATE OR ALTER FUNCTION F_LINK_OK (P_CLIENT_ID INTEGER, P_DEAL_ID INTEGER) RETURNS BOOLEAN AS
BEGIN
  IF (P_CLIENT_ID IS NOT NULL) THEN
    IF (NOT F_CLIENT_VISIBLE(P_CLIENT_ID)) THEN RETURN FALSE;
  IF (P_DEAL_ID IS NOT NULL) THEN
    RETURN P_CLIENT_ID IS NOT NULL
       AND EXISTS (SELECT 1 FROM DEALS d WHERE d.ID = :P_DEAL_ID AND d.CLIENT_ID = :P_CLIENT_ID)
       AND F_DEAL_VISIBLE(P_DEAL_ID);
  RETURN TRUE;
END
