-- Invoice numbers (issue #13): a draft has none; the moment an invoice leaves DRAFT it takes the
-- next number of its issue year from INVOICE_COUNTERS ("2026-0001"), gapless: two users issuing
-- at once meet on the counter row and the second waits or retries (lock timeout), never a
-- duplicate. A number, once given, never changes, and an issued invoice never returns to draft.
CREATE OR ALTER TRIGGER TRG_INVOICES_NUMBER FOR INVOICES ACTIVE BEFORE INSERT OR UPDATE POSITION 10 AS
DECLARE VARIABLE y SMALLINT;
DECLARE VARIABLE n INTEGER;
BEGIN
  IF (UPDATING) THEN
  BEGIN
    IF (OLD.NUMBER IS NOT NULL) THEN
    BEGIN
      NEW.NUMBER = OLD.NUMBER;
      NEW.INV_YEAR = OLD.INV_YEAR;
      NEW.INV_NO = OLD.INV_NO;
      IF (NEW.STATE = 'DRAFT') THEN
        EXCEPTION EX_DENIED 'An issued invoice cannot return to draft.';
    END
  END
  IF (NEW.STATE <> 'DRAFT' AND NEW.NUMBER IS NULL) THEN
  BEGIN
    NEW.ISSUED_ON = COALESCE(NEW.ISSUED_ON, CURRENT_DATE);
    y = EXTRACT(YEAR FROM NEW.ISSUED_ON);
    n = NULL;
    UPDATE INVOICE_COUNTERS SET LAST_NO = LAST_NO + 1 WHERE INV_YEAR = :y RETURNING LAST_NO INTO :n;
    IF (n IS NULL) THEN
    BEGIN
      n = 1;
      INSERT INTO INVOICE_COUNTERS (INV_YEAR, LAST_NO) VALUES (:y, 1);
    END
    NEW.INV_YEAR = y;
    NEW.INV_NO = n;
    NEW.NUMBER = y || '-' || LPAD(n, 4, '0');
  END
  IF (INSERTING AND NEW.STATE = 'DRAFT') THEN
  BEGIN
    NEW.NUMBER = NULL;
    NEW.INV_YEAR = NULL;
    NEW.INV_NO = NULL;
  END
  IF (INSERTING) THEN
  BEGIN
    NEW.PAID_AMOUNT = 0;
    NEW.PAID_ON = NULL;
  END
END
