CREATE OR ALTER EXCEPTION EX_STAGE_FUNNEL 'The stage does not belong to the deal''s funnel'
