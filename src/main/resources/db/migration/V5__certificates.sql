-- Certificates: one per completed enrolment (the unique enrolment_id makes issuance idempotent
-- even when two completion events race), valid from issued_on through expires_on inclusive, with
-- an unguessable verification code. A renewal links to the certificate it renews, so the history
-- of a skill is one chain. Revocation is recorded, never deleted.

CREATE SEQUENCE certificate_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE certificate (
    id                BIGINT        NOT NULL PRIMARY KEY,
    serial_no         VARCHAR(40)   NOT NULL,
    verification_code VARCHAR(43)   NOT NULL,
    -- SHA-256 (hex) of the code: the public page looks certificates up by it, so the time a lookup
    -- takes says nothing about how much of a guessed code was right
    code_hash         VARCHAR(64)   NOT NULL,
    person_id         BIGINT        NOT NULL REFERENCES person (id),
    course_id         BIGINT        NOT NULL REFERENCES course (id),
    course_version_id BIGINT        NOT NULL REFERENCES course_version (id),
    enrolment_id      BIGINT        REFERENCES enrolment (id),
    previous_id       BIGINT        REFERENCES certificate (id),
    issued_on         DATE          NOT NULL,
    -- last day the certificate is valid; copied from the course version at issue, never recomputed
    expires_on        DATE          NOT NULL,
    issued_at         TIMESTAMP     NOT NULL,
    revoked_at        TIMESTAMP,
    revoked_by        VARCHAR(60),
    revoke_reason     VARCHAR(1000),
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    CONSTRAINT uq_certificate_code_hash UNIQUE (code_hash),
    -- a certificate is renewed at most once: its history is a chain, never a tree
    CONSTRAINT uq_certificate_previous UNIQUE (previous_id),
    CONSTRAINT uq_certificate_serial UNIQUE (serial_no),
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id)
);
CREATE INDEX ix_certificate_person ON certificate (person_id, expires_on);
CREATE INDEX ix_certificate_course_expiry ON certificate (course_id, expires_on);
CREATE INDEX ix_certificate_expiry ON certificate (expires_on);
