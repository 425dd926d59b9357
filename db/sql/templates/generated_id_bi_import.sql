-- (template: {table}, {trigger}, {generator}) Ids come from the table's generator (issue #10),
-- and an import's reserved block is kept (issue #11). As generated_id_bi (revision 0009): an id
-- above the generator's current value was chosen by the writer and is refused. An id below it was
-- handed out by the generator already: an import reserves blocks (db.bulk.reserve_ids) and inserts
-- them, so the id is kept while the login's own RUNNING import batch is attached to this transaction
-- (F_MAY_BACKDATE, revision 0010); anybody else's is replaced by a fresh value.
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT POSITION 3 AS
  DECLARE VARIABLE V_TOP BIGINT;
BEGIN
  V_TOP = GEN_ID({generator}, 0);
  IF (NEW.ID = V_TOP) THEN EXIT;
  IF (CURRENT_USER = 'SYSDBA' OR CURRENT_ROLE = 'RDB$ADMIN') THEN EXIT;  -- (cheap part of F_IS_DB_ADMIN first)
  IF (F_IS_DB_ADMIN()) THEN EXIT;
  IF (NEW.ID > V_TOP) THEN
    EXCEPTION EX_DENIED 'Record ids are assigned by the database ({table}).';
  IF (F_MAY_BACKDATE()) THEN EXIT;
  NEW.ID = GEN_ID({generator}, 1);
END
