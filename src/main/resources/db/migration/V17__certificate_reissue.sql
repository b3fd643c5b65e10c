-- Certification, session 5: an enrolment may carry a second certificate after its first was revoked.
-- An instructor's amendment that turns a signed pass into a fail withdraws the completion and
-- revokes its certificate; when the trainee then passes the retake, the enrolment completes again
-- and must be certified again. V5 allowed one certificate per enrolment (UNIQUE enrolment_id) and one
-- renewal per certificate (UNIQUE previous_id), so the retake issued none. Now every certificate of
-- an enrolment has its issue number, and both rules hold per issue; issuance still takes the
-- enrolment's row lock and issues only while no unrevoked certificate of it exists.
ALTER TABLE certificate ADD COLUMN issue_no INTEGER DEFAULT 1 NOT NULL;

-- H2 keeps a single-column UNIQUE index (still unique) when its constraint is dropped while the
-- column's foreign key uses it, and the inline foreign keys of V5 have generated names. So both
-- columns are rebuilt, which drops their constraints on H2 and PostgreSQL alike, and the foreign
-- keys come back with names.
ALTER TABLE certificate ADD COLUMN enrolment_ref BIGINT;
ALTER TABLE certificate ADD COLUMN previous_ref BIGINT;
UPDATE certificate SET enrolment_ref = enrolment_id, previous_ref = previous_id;
ALTER TABLE certificate DROP COLUMN enrolment_id;
ALTER TABLE certificate DROP COLUMN previous_id;
ALTER TABLE certificate ADD COLUMN enrolment_id BIGINT;
ALTER TABLE certificate ADD COLUMN previous_id BIGINT;
UPDATE certificate SET enrolment_id = enrolment_ref, previous_id = previous_ref;
ALTER TABLE certificate DROP COLUMN enrolment_ref;
ALTER TABLE certificate DROP COLUMN previous_ref;
ALTER TABLE certificate ADD CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id);
ALTER TABLE certificate ADD CONSTRAINT fk_certificate_previous FOREIGN KEY (previous_id) REFERENCES certificate (id);
-- one certificate per enrolment and issue; a certificate renewed once per issue (a chain, never a tree)
ALTER TABLE certificate ADD CONSTRAINT uq_certificate_enrolment_issue UNIQUE (enrolment_id, issue_no);
ALTER TABLE certificate ADD CONSTRAINT uq_certificate_previous_issue UNIQUE (previous_id, issue_no);
