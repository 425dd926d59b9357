"""Hand-written SQL of the activity reports (reports/catalog/c_activity.py) that one Core SELECT
cannot say neatly: UNION ALL of tasks with interactions or deal steps. Layer: ``reports``. Table
names are routed to the visibility views by :func:`reports.queries.fetch`; ``{..._manager}``
placeholders take either "" or a fixed ``AND <col> = :m`` and ``{limit}`` an int — never user text.
"""
from __future__ import annotations

MEETINGS_SQL = """
SELECT u.ID AS uid, u.FULL_NAME AS manager, SUM(x.planned) AS planned, SUM(x.done) AS done,
       SUM(x.cancelled) AS cancelled, SUM(x.overdue) AS overdue, SUM(x.upcoming) AS upcoming,
       SUM(x.logged) AS logged
FROM (
  SELECT t.ASSIGNEE_ID AS uid, 1 AS planned, IIF(t.STATUS = 'DONE', 1, 0) AS done,
         IIF(t.STATUS = 'CANCELLED', 1, 0) AS cancelled,
         IIF(t.STATUS = 'OPEN' AND t.DUE_AT < :today, 1, 0) AS overdue,
         IIF(t.STATUS = 'OPEN' AND t.DUE_AT >= :today, 1, 0) AS upcoming, 0 AS logged
    FROM TASKS t
   WHERE t.KIND = 'MEETING' AND t.DUE_AT >= :start AND t.DUE_AT < :end {task_manager}
  UNION ALL
  SELECT i.USER_ID, 0, 0, 0, 0, 0, 1
    FROM INTERACTIONS i
   WHERE i.KIND = 'MEETING' AND i.OCCURRED_AT >= :start AND i.OCCURRED_AT < :end
     AND (i.RESULT IS NULL OR i.RESULT <> 'CANCELLED') {interaction_manager}
) x
LEFT JOIN CRM_USERS u ON u.ID = x.uid
GROUP BY u.ID, u.FULL_NAME
ORDER BY u.FULL_NAME NULLS LAST, u.ID
"""


LOG_SQL = """
SELECT FIRST {limit} x.* FROM (
  SELECT i.USER_ID AS uid, u.FULL_NAME AS manager, i.OCCURRED_AT AS at_, 'I' AS src, i.KIND AS kind,
         i.DIRECTION AS direction, c.NAME AS client, i.SUBJECT AS subject,
         CAST(i.RESULT AS VARCHAR(20)) AS result, i.DURATION_SEC AS sec
    FROM INTERACTIONS i
    LEFT JOIN CRM_USERS u ON u.ID = i.USER_ID
    LEFT JOIN CLIENTS c ON c.ID = i.CLIENT_ID
   WHERE i.OCCURRED_AT >= :start AND i.OCCURRED_AT < :end {interaction_manager}
  UNION ALL
  SELECT t.ASSIGNEE_ID, u.FULL_NAME, t.DONE_AT, 'T', t.KIND, CAST(NULL AS VARCHAR(3)), c.NAME, t.TITLE,
         CAST(NULL AS VARCHAR(20)), 0
    FROM TASKS t
    LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID
    LEFT JOIN CLIENTS c ON c.ID = t.CLIENT_ID
   WHERE t.STATUS = 'DONE' AND t.DONE_AT >= :start AND t.DONE_AT < :end {task_manager}
) x
ORDER BY x.manager NULLS LAST, x.uid, x.at_, x.src
"""


PLAN_SQL = """
SELECT FIRST {limit} x.* FROM (
  SELECT t.ASSIGNEE_ID AS uid, u.FULL_NAME AS manager, t.DUE_AT AS at_, 'T' AS src, t.KIND AS kind,
         t.TITLE AS action, c.NAME AS client, t.PRIORITY AS priority
    FROM TASKS t
    LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID
    LEFT JOIN CLIENTS c ON c.ID = t.CLIENT_ID
   WHERE t.STATUS = 'OPEN' AND t.DUE_AT >= :start AND t.DUE_AT < :end {task_manager}
  UNION ALL
  SELECT d.RESPONSIBLE_ID, u.FULL_NAME, d.NEXT_STEP_AT, 'D', CAST(NULL AS VARCHAR(7)),
         COALESCE(d.NEXT_STEP, d.TITLE), c.NAME, CAST(NULL AS SMALLINT)
    FROM DEALS d
    LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
    LEFT JOIN CLIENTS c ON c.ID = d.CLIENT_ID
   WHERE d.OUTCOME = 'OPEN' AND d.NEXT_STEP_AT >= :start AND d.NEXT_STEP_AT < :end {deal_manager}
) x
ORDER BY x.manager NULLS LAST, x.uid, x.at_, x.src
"""
