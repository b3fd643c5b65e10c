-- Field work, session 3.
-- The reporting demo history wrote field records with source 'WEB', which RecordSource does not
-- know (the lists and /api/field-records failed on them); they were entered like the phone form.
UPDATE field_record SET source = 'FORM' WHERE source = 'WEB';
