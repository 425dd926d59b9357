-- The display-order columns of a search key (issue #12): P2, the key's first two characters, and
-- SNAME, its client's SEARCH_NAME, so SP_SEARCH_CLIENTS can walk IX_SEARCH_KEYS_P2 in the list's
-- name order. A bulk load may pass SNAME itself (the demo does); otherwise it is read here.
CREATE OR ALTER TRIGGER TRG_SEARCH_KEYS_ORDER FOR SEARCH_KEYS ACTIVE BEFORE INSERT OR UPDATE POSITION 0 AS
BEGIN
  NEW.P2 = LEFT(NEW.SKEY, 2);
  IF (NEW.SNAME IS NULL OR (UPDATING AND NEW.CLIENT_ID IS DISTINCT FROM OLD.CLIENT_ID)) THEN
    SELECT c.SEARCH_NAME FROM CLIENTS c WHERE c.ID = NEW.CLIENT_ID INTO NEW.SNAME;
END
