-- Standard BEFORE INSERT/UPDATE trigger of an editable table, revision 0010 (template: {table}, {trigger}).
-- As tracked_biu, but a CREATED_AT given on insert is kept only when F_MAY_BACKDATE() (an import
-- batch of this login attached to this transaction, or a database administrator) and never when it
-- is in the future: an ordinary login cannot backdate a record from isql (issue #11).
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT OR UPDATE POSITION 0 AS
BEGIN
  IF (INSERTING) THEN
  BEGIN
    NEW.VERSION = 1;
    IF (NEW.CREATED_AT IS NULL OR NEW.CREATED_AT > CURRENT_TIMESTAMP) THEN
      NEW.CREATED_AT = CURRENT_TIMESTAMP;
    ELSE IF (NOT F_MAY_BACKDATE()) THEN
      NEW.CREATED_AT = CURRENT_TIMESTAMP;
    NEW.CREATED_BY = CURRENT_USER;
    NEW.CHANGED_AT = NULL;
    NEW.CHANGED_BY = NULL;
  END
  ELSE
  BEGIN
    NEW.VERSION = OLD.VERSION + 1;
    NEW.CREATED_AT = OLD.CREATED_AT;
    NEW.CREATED_BY = OLD.CREATED_BY;
    NEW.CHANGED_AT = CURRENT_TIMESTAMP;
    NEW.CHANGED_BY = CURRENT_USER;
  END
END
