-- Payments keep their invoice's paid amount, last payment date and state (issue #13): PAID when
-- the payments cover the amount, PART_PAID when some money came, ISSUED when none. Money is
-- recorded only against an issued invoice (not a draft, not a cancelled one).
CREATE OR ALTER TRIGGER TRG_PAYMENTS_INVOICE FOR PAYMENTS ACTIVE AFTER INSERT OR UPDATE OR DELETE POSITION 10 AS
DECLARE VARIABLE inv INTEGER;
DECLARE VARIABLE st VARCHAR(9);
DECLARE VARIABLE total NUMERIC(18, 2);
DECLARE VARIABLE last_on DATE;
DECLARE VARIABLE pass SMALLINT = 0;
BEGIN
  WHILE (pass < 2) DO
  BEGIN
    inv = NULL;
    IF (pass = 0 AND NOT DELETING) THEN inv = NEW.INVOICE_ID;
    IF (pass = 1 AND (DELETING OR (UPDATING AND OLD.INVOICE_ID IS DISTINCT FROM NEW.INVOICE_ID))) THEN
      inv = OLD.INVOICE_ID;
    pass = pass + 1;
    IF (inv IS NOT NULL) THEN
    BEGIN
      SELECT i.STATE FROM INVOICES i WHERE i.ID = :inv INTO :st;
      IF (st IS NOT NULL) THEN
      BEGIN
        IF (pass = 1 AND NOT DELETING AND st IN ('DRAFT', 'CANCELLED')) THEN
          EXCEPTION EX_DENIED 'Payments are recorded only against an issued invoice.';
        SELECT COALESCE(SUM(p.AMOUNT), 0), MAX(p.PAID_ON) FROM PAYMENTS p WHERE p.INVOICE_ID = :inv
          INTO :total, :last_on;
        UPDATE INVOICES i SET i.PAID_AMOUNT = :total, i.PAID_ON = :last_on,
          i.STATE = CASE WHEN i.STATE IN ('DRAFT', 'CANCELLED') THEN i.STATE
                         WHEN :total >= i.AMOUNT AND :total > 0 THEN 'PAID'
                         WHEN :total > 0 THEN 'PART_PAID' ELSE 'ISSUED' END
        WHERE i.ID = :inv;
      END
    END
  END
END
