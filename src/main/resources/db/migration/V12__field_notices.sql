-- Field work, session 3.
-- The reporting demo history wrote field records with source 'WEB', which RecordSource does not
-- know (the lists and /api/field-records failed on them); they were entered like the phone form.
UPDATE field_record SET source = 'FORM' WHERE source = 'WEB';

-- A notification can be about a field task: the organisers of a task whose assignee's certificate
-- lapsed are told it was flagged for reassignment (kind TASK_FLAGGED).
ALTER TABLE notification ADD COLUMN field_task_id BIGINT;
ALTER TABLE notification ADD CONSTRAINT fk_notification_field_task FOREIGN KEY (field_task_id) REFERENCES field_task (id);
CREATE INDEX ix_notification_field_task ON notification (field_task_id, created_at);
