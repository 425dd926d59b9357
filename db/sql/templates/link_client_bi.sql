-- (template: {table}, {trigger}) A task or file tied to a deal only is tied to the deal's client
-- as well, so the guard can require both to agree (issue #10).
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT OR UPDATE POSITION 4 AS
BEGIN
  IF (NEW.DEAL_ID IS NOT NULL AND NEW.CLIENT_ID IS NULL) THEN
    SELECT d.CLIENT_ID FROM DEALS d WHERE d.ID = NEW.DEAL_ID INTO NEW.CLIENT_ID;
END
