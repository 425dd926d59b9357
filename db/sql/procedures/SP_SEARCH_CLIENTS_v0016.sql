-- Search as you type (issue #12): the first P_LIMIT visible, not archived clients (id, search name)
-- with a key starting with P_T1 and, if given, keys starting with P_T2, P_T3 and P_T4, in the
-- list's name order (SEARCH_NAME, ID). P_T1 is the most selective term (the caller sorts them).
-- It walks SEARCH_KEYS in display order and stops at P_LIMIT, instead of collecting every
-- matching key, joining and sorting them (357 ms for "Иванов Пе" on 100,000 clients):
--   * a short first term walks IX_SEARCH_KEYS_P2 (first two characters, name, client) for its
--     two-character bucket; keys not starting with the whole term are skipped by the SKEY index
--     before their row is read;
--   * a long one (7+ characters: few matches) or a single character reads its matches by
--     IX_SEARCH_KEYS_SKEY and sorts them;
--   * the other terms are probed per candidate client on IX_SEARCH_KEYS_CLIENT_SKEY.
-- Visibility: it reads the base tables (granted to it) and returns only clients the caller may
-- see, checking each candidate client once rather than every key through V_SEARCH_KEYS. Since
-- revision 0016 the caller's facts (sees all, CRM user, department for scope DEPT) are read once
-- per call from V_MY_SCOPE, the rule of V_CLIENTS (F_CLIENT_ROW_VISIBLE) written out, instead of
-- three PSQL calls per candidate; nothing is kept between calls.
CREATE OR ALTER PROCEDURE SP_SEARCH_CLIENTS (P_T1 VARCHAR(60), P_T2 VARCHAR(60), P_T3 VARCHAR(60),
                                            P_T4 VARCHAR(60), P_LIMIT INTEGER)
  RETURNS (O_CLIENT_ID INTEGER, O_SNAME VARCHAR(200)) AS
  DECLARE VARIABLE V_LAST INTEGER;
  DECLARE VARIABLE V_N INTEGER;
  DECLARE VARIABLE V_OK BOOLEAN;
  DECLARE VARIABLE V_P2 VARCHAR(2);
  DECLARE VARIABLE V_ALL SMALLINT;
  DECLARE VARIABLE V_ME INTEGER;
  DECLARE VARIABLE V_DEPT INTEGER;
BEGIN
  V_LAST = NULL;
  V_N = 0;
  IF (P_T1 IS NULL OR P_T1 = '' OR P_LIMIT IS NULL OR P_LIMIT < 1) THEN EXIT;
  SELECT m.SEES_ALL, m.USER_ID, m.DEPT_ID FROM V_MY_SCOPE m INTO V_ALL, V_ME, V_DEPT;
  IF (V_ALL IS DISTINCT FROM 1 AND V_ME IS NULL) THEN EXIT;  -- no active CRM user: sees nothing
  V_P2 = LEFT(P_T1, 2);
  IF (CHAR_LENGTH(P_T1) BETWEEN 2 AND 6) THEN
    FOR SELECT k.CLIENT_ID, k.SNAME FROM SEARCH_KEYS k
        WHERE k.P2 = :V_P2 AND k.SKEY STARTING WITH :P_T1
        ORDER BY k.P2, k.SNAME, k.CLIENT_ID
        INTO O_CLIENT_ID, O_SNAME
    DO
    BEGIN
      V_OK = (V_LAST IS DISTINCT FROM O_CLIENT_ID);
      V_LAST = O_CLIENT_ID;
      IF (V_OK AND P_T2 IS NOT NULL) THEN
        V_OK = EXISTS (SELECT 1 FROM SEARCH_KEYS k2 WHERE k2.CLIENT_ID = :O_CLIENT_ID AND k2.SKEY STARTING WITH :P_T2);
      IF (V_OK AND P_T3 IS NOT NULL) THEN
        V_OK = EXISTS (SELECT 1 FROM SEARCH_KEYS k3 WHERE k3.CLIENT_ID = :O_CLIENT_ID AND k3.SKEY STARTING WITH :P_T3);
      IF (V_OK AND P_T4 IS NOT NULL) THEN
        V_OK = EXISTS (SELECT 1 FROM SEARCH_KEYS k4 WHERE k4.CLIENT_ID = :O_CLIENT_ID AND k4.SKEY STARTING WITH :P_T4);
      IF (V_OK) THEN
        V_OK = EXISTS (SELECT 1 FROM CLIENTS c WHERE c.ID = :O_CLIENT_ID AND c.IS_ARCHIVED = FALSE
                         AND (:V_ALL = 1 OR c.RESPONSIBLE_ID = :V_ME OR c.DEPARTMENT_ID = :V_DEPT));
      IF (V_OK) THEN
      BEGIN
        SUSPEND;
        V_N = V_N + 1;
        IF (V_N >= P_LIMIT) THEN EXIT;
      END
    END
  ELSE
    FOR SELECT k.CLIENT_ID, k.SNAME FROM SEARCH_KEYS k
        WHERE k.SKEY STARTING WITH :P_T1
        ORDER BY k.SNAME, k.CLIENT_ID
        INTO O_CLIENT_ID, O_SNAME
    DO
    BEGIN
      V_OK = (V_LAST IS DISTINCT FROM O_CLIENT_ID);
      V_LAST = O_CLIENT_ID;
      IF (V_OK AND P_T2 IS NOT NULL) THEN
        V_OK = EXISTS (SELECT 1 FROM SEARCH_KEYS k2 WHERE k2.CLIENT_ID = :O_CLIENT_ID AND k2.SKEY STARTING WITH :P_T2);
      IF (V_OK AND P_T3 IS NOT NULL) THEN
        V_OK = EXISTS (SELECT 1 FROM SEARCH_KEYS k3 WHERE k3.CLIENT_ID = :O_CLIENT_ID AND k3.SKEY STARTING WITH :P_T3);
      IF (V_OK AND P_T4 IS NOT NULL) THEN
        V_OK = EXISTS (SELECT 1 FROM SEARCH_KEYS k4 WHERE k4.CLIENT_ID = :O_CLIENT_ID AND k4.SKEY STARTING WITH :P_T4);
      IF (V_OK) THEN
        V_OK = EXISTS (SELECT 1 FROM CLIENTS c WHERE c.ID = :O_CLIENT_ID AND c.IS_ARCHIVED = FALSE
                         AND (:V_ALL = 1 OR c.RESPONSIBLE_ID = :V_ME OR c.DEPARTMENT_ID = :V_DEPT));
      IF (V_OK) THEN
      BEGIN
        SUSPEND;
        V_N = V_N + 1;
        IF (V_N >= P_LIMIT) THEN EXIT;
      END
    END
END
