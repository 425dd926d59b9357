-- A client belongs to its responsible manager's department, ALWAYS (issue #10): the DEPT scope
-- reads it, so a directly written DEPARTMENT_ID would hide the client from its head and show it
-- to another department's head. Without a responsible the department is kept (update) or is the
-- writer's own (insert); only a CRM administrator sets it freely then.
CREATE OR ALTER TRIGGER TRG_CLIENTS_DEPT FOR CLIENTS ACTIVE BEFORE INSERT OR UPDATE POSITION 2 AS
BEGIN
  IF (NEW.RESPONSIBLE_ID IS NOT NULL) THEN
  BEGIN
    NEW.DEPARTMENT_ID = NULL;
    SELECT u.DEPARTMENT_ID FROM CRM_USERS u WHERE u.ID = NEW.RESPONSIBLE_ID INTO NEW.DEPARTMENT_ID;
  END
  ELSE IF (NOT F_IS_CRM_ADMIN()) THEN
  BEGIN
    IF (UPDATING) THEN
      NEW.DEPARTMENT_ID = OLD.DEPARTMENT_ID;
    ELSE
    BEGIN
      NEW.DEPARTMENT_ID = NULL;
      SELECT me.DEPARTMENT_ID FROM CRM_USERS me WHERE me.LOGIN = CURRENT_USER INTO NEW.DEPARTMENT_ID;
    END
  END
END
