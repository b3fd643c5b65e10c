-- Reminders an organiser sends from the expiring and overdue lists: a notification is now about a
-- certificate (expiry, renewal) or an enrolment (an overdue course), and records who sent it.
ALTER TABLE notification ALTER COLUMN certificate_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN enrolment_id BIGINT;
ALTER TABLE notification ADD CONSTRAINT fk_notification_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id);
ALTER TABLE notification ADD COLUMN sent_by VARCHAR(60);
CREATE INDEX ix_notification_enrolment ON notification (enrolment_id, created_at);
CREATE INDEX ix_notification_certificate ON notification (certificate_id, created_at);
