-- Live refresh (template: {table}, {trigger}, {event}): a coarse "something in {table} changed"
-- hint, delivered to listeners only on COMMIT (FIREBIRD.md §3.4). Events carry no data: on FB3
-- the aux channel is not encrypted, so names never contain ids or text.
CREATE OR ALTER TRIGGER {trigger} FOR {table} ACTIVE AFTER INSERT OR UPDATE OR DELETE POSITION 90 AS
BEGIN
  POST_EVENT '{event}';
END
