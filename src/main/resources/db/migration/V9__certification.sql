-- Certification: refresher cycles of enrolments, in-app notifications, reminders sent once each,
-- verification throttling and the lease that lets one node only run scheduled work.

-- Renewal: a refresher is a further enrolment of the same person in the same course, one per
-- cycle (0 = the first course); it names the certificate it renews.
ALTER TABLE enrolment ADD COLUMN refresher_cycle INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE enrolment ADD COLUMN renews_certificate_id BIGINT;
ALTER TABLE enrolment ADD CONSTRAINT fk_enrolment_renews FOREIGN KEY (renews_certificate_id) REFERENCES certificate (id);
ALTER TABLE enrolment DROP CONSTRAINT uq_enrolment_person_course;
ALTER TABLE enrolment ADD CONSTRAINT uq_enrolment_person_course_cycle UNIQUE (person_id, course_id, refresher_cycle);
-- one refresher per certificate, even when the renew button is pressed twice at once
ALTER TABLE enrolment ADD CONSTRAINT uq_enrolment_renews UNIQUE (renews_certificate_id);

CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;

-- One message to one account. Text is rendered in the reader's language from kind + certificate.
CREATE TABLE notification (
    id             BIGINT      NOT NULL PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    certificate_id BIGINT      NOT NULL REFERENCES certificate (id),
    -- D60, D30, D7 (days before expiry) or EXPIRED
    kind           VARCHAR(16) NOT NULL,
    -- true when the reader is the holder, false when an organizer whose scope contains the holder
    own            BOOLEAN     NOT NULL,
    created_at     TIMESTAMP   NOT NULL,
    read_at        TIMESTAMP,
    version        BIGINT      NOT NULL
);
CREATE INDEX ix_notification_account ON notification (account_id, read_at, created_at);

-- A reminder threshold is handled once per certificate, whichever node runs and however often.
CREATE TABLE reminder_sent (
    certificate_id BIGINT      NOT NULL REFERENCES certificate (id),
    kind           VARCHAR(16) NOT NULL,
    sent_at        TIMESTAMP   NOT NULL,
    PRIMARY KEY (certificate_id, kind)
);

-- Scheduled work runs on the node that holds the job's lease (UPDATE ... WHERE lease expired).
CREATE TABLE job_lease (
    job_name     VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(120),
    leased_until TIMESTAMP    NOT NULL
);
INSERT INTO job_lease (job_name, holder, leased_until) VALUES ('certificate-reminders', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- Look-ups on the public verification page per client address within a window.
CREATE TABLE verify_throttle (
    client_key   VARCHAR(120) NOT NULL PRIMARY KEY,
    hits         INTEGER      NOT NULL,
    window_start TIMESTAMP    NOT NULL
);

-- Where reminder mail goes for an account (reminders are mailed only when SMTP is configured).
CREATE TABLE notification_email (
    account_id BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id),
    email      VARCHAR(254) NOT NULL
);
