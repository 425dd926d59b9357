-- Write guard (template: {table}, {trigger}, {new_rule}, {old_rule}): the same rule as the view, on
-- NEW and OLD, so no path (view, procedure, EXECUTE BLOCK) can create, change, move or delete a
-- row outside the writer's visibility (FB3 forbids WITH CHECK OPTION with subqueries: FIREBIRD.md §4.3).
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT OR UPDATE OR DELETE POSITION 5 AS
BEGIN
  IF (NOT DELETING) THEN
    IF (NOT ({new_rule})) THEN
      EXCEPTION EX_DENIED 'The record would be outside what you may see ({table}).';
  IF (NOT INSERTING) THEN
    IF (NOT ({old_rule})) THEN
      EXCEPTION EX_DENIED 'You may not change this record ({table}).';
END
