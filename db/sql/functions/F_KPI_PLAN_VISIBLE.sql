-- Who sees a KPI plan (issue #13): a manager his own plan; a head (scope DEPT) the plans of his
-- department and of its people; scope ALL and administrators every plan. Used by V_KPI_PLANS.
CREATE OR ALTER FUNCTION F_KPI_PLAN_VISIBLE (P_USER_ID INTEGER, P_DEPARTMENT_ID INTEGER) RETURNS BOOLEAN AS
BEGIN
  IF (F_IS_DB_ADMIN()) THEN RETURN TRUE;
  RETURN EXISTS (
    SELECT 1 FROM CRM_USERS u
    WHERE u.LOGIN = CURRENT_USER AND u.IS_ACTIVE
      AND (u.SCOPE = 'ALL' OR u.ROLE_NAME = 'CRM_ADMIN'
           OR u.ID = :P_USER_ID
           OR (u.SCOPE = 'DEPT' AND (u.DEPARTMENT_ID = :P_DEPARTMENT_ID
               OR u.DEPARTMENT_ID = (SELECT t.DEPARTMENT_ID FROM CRM_USERS t WHERE t.ID = :P_USER_ID)))));
END
