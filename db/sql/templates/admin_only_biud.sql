-- Reference data and rights (template: {table}, {trigger}): only CRM administrators change them,
-- whatever grants a role was given by mistake.
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT OR UPDATE OR DELETE POSITION 5 AS
BEGIN
  IF (NOT F_IS_CRM_ADMIN()) THEN
    EXCEPTION EX_DENIED 'Only an administrator may change {table}.';
END
