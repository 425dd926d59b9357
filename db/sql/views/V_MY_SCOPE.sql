-- The facts of the login running the statement that every visibility rule needs (issue #12), as
-- one row: SEES_ALL = 1 for a database administrator (F_IS_DB_ADMIN) or an active CRM user of scope
-- ALL; USER_ID = the active CRM user's id; DEPT_ID = his department when his scope is DEPT;
-- IS_CRM_ADMIN = 1 for F_IS_CRM_ADMIN(). No CRM user (or an inactive one): NULLs and zeros.
-- SP_SEARCH_CLIENTS reads it once per call. The filtered views (revision 0016) write the same
-- facts out as uncorrelated subqueries, which Firebird evaluates ONCE per statement execution
-- (a subquery over this view was evaluated per row), instead of calling the PSQL functions for
-- every row (db/migrations/versions/0016_query_speed.py). It is built only from CURRENT_USER,
-- CURRENT_ROLE, CRM_USERS and the
-- schema owner: nothing a login can set (context variables, parameters) reaches it, and it is
-- read live by every statement, so a changed scope or deactivation still applies at once.
-- Its one row hangs off CLIENTS' row in RDB$RELATIONS (read by its index; F_IS_DB_ADMIN reads the
-- same row), so plans show no NATURAL scan.
CREATE OR ALTER VIEW V_MY_SCOPE (SEES_ALL, USER_ID, DEPT_ID, IS_CRM_ADMIN) AS
SELECT IIF(F_IS_DB_ADMIN() OR u.SCOPE = 'ALL', 1, 0),
       u.ID,
       IIF(u.SCOPE = 'DEPT', u.DEPARTMENT_ID, NULL),
       IIF(F_IS_DB_ADMIN() OR u.ROLE_NAME = 'CRM_ADMIN', 1, 0)
FROM RDB$RELATIONS r
LEFT JOIN CRM_USERS u ON u.LOGIN = CURRENT_USER AND u.IS_ACTIVE
WHERE r.RDB$RELATION_NAME = 'CLIENTS'
