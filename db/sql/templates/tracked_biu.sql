-- Standard BEFORE INSERT/UPDATE trigger of an editable table (template: {table}, {trigger}).
-- The server owns version and who/when: isql users cannot forge them, and the ORM's
-- "UPDATE ... WHERE version = :seen" (version_id_col) agrees with OLD.VERSION + 1.
-- CREATED_AT may be given on insert (imports and demo data carry history); everything else is forced.
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT OR UPDATE POSITION 0 AS
BEGIN
  IF (INSERTING) THEN
  BEGIN
    NEW.VERSION = 1;
    NEW.CREATED_AT = COALESCE(NEW.CREATED_AT, CURRENT_TIMESTAMP);
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
