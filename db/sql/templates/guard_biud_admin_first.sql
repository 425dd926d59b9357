-- Write guard (template: {table}, {trigger}, {new_rule}, {old_rule}), revision 0014: guard_biud
-- with the database administrators' answer first. For SYSDBA and a login connected with the
-- RDB$ADMIN role, F_IS_DB_ADMIN() is TRUE, so every rule of the client tables (F_CLIENT_ROW_VISIBLE,
-- F_CLIENT_VISIBLE) is TRUE for them (a child of a missing client is refused by its foreign key);
-- testing the two names here skips one to three PSQL function calls and a client look-up per row
-- of their bulk writes (the embedded database's import). Nobody else can pass the test: CURRENT_USER
-- cannot be forged and RDB$ADMIN is a role only an administrator can grant. Everyone else goes
-- through the same rule as before.
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE BEFORE INSERT OR UPDATE OR DELETE POSITION 5 AS
BEGIN
  IF (CURRENT_USER = 'SYSDBA' OR CURRENT_ROLE = 'RDB$ADMIN') THEN EXIT;
  IF (NOT DELETING) THEN
    IF (NOT ({new_rule})) THEN
      EXCEPTION EX_DENIED 'The record would be outside what you may see ({table}).';
  IF (NOT INSERTING) THEN
    IF (NOT ({old_rule})) THEN
      EXCEPTION EX_DENIED 'You may not change this record ({table}).';
END
