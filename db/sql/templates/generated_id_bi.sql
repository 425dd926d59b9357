-- (template: {table}, {trigger}, {generator}) Ids come from the table's generator (issue #10).
-- Firebird fills an identity column before BEFORE triggers run, so an explicit id cannot be told
-- apart from a generated one by NULL. But a generated id is never above the generator's current
-- value: an id above it was chosen by the writer (the attack: taking ids the generator will hand
-- to others, whose saves then fail) and is refused. An id below it is either chosen or lost a
-- race with another writer's GEN_ID: it is replaced by a fresh value, which is right either way.
-- A database administrator's bulk load (demo data) reserves blocks of ids and inserts them.
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT POSITION 3 AS
  DECLARE VARIABLE V_TOP BIGINT;
BEGIN
  V_TOP = GEN_ID({generator}, 0);
  IF (NEW.ID = V_TOP) THEN EXIT;
  IF (CURRENT_USER = 'SYSDBA' OR CURRENT_ROLE = 'RDB$ADMIN') THEN EXIT;  -- (cheap part of F_IS_DB_ADMIN first)
  IF (F_IS_DB_ADMIN()) THEN EXIT;
  IF (NEW.ID > V_TOP) THEN
    EXCEPTION EX_DENIED 'Record ids are assigned by the database ({table}).';
  NEW.ID = GEN_ID({generator}, 1);
END
