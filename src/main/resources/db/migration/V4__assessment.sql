-- Assessment: practical skill-check sessions, one result per attempt with its item grades, evidence
-- files (stored under the data directory, only their description here) and the append-only grade
-- history. Portable between H2 2.x and PostgreSQL.

CREATE SEQUENCE assessment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE assessment_session (
    id             BIGINT       NOT NULL PRIMARY KEY,
    course_id      BIGINT       NOT NULL REFERENCES course (id),
    check_key      VARCHAR(80)  NOT NULL,
    session_date   DATE         NOT NULL,
    place          VARCHAR(200) NOT NULL,
    -- the instructor's scope unit when the session was created: the roster stays inside it
    scope_unit_id  BIGINT       NOT NULL REFERENCES org_unit (id),
    created_by     VARCHAR(60)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX ix_assessment_session_date ON assessment_session (session_date);

-- One attempt of one trainee at one check; attempts are numbered per enrolment and check and
-- never deleted, so a retake after a fail keeps the failed attempt.
CREATE TABLE assessment_result (
    id               BIGINT        NOT NULL PRIMARY KEY,
    session_id       BIGINT        NOT NULL REFERENCES assessment_session (id),
    enrolment_id     BIGINT        NOT NULL REFERENCES enrolment (id),
    person_id        BIGINT        NOT NULL REFERENCES person (id),
    skill_check_id   BIGINT        NOT NULL REFERENCES skill_check (id),
    check_key        VARCHAR(80)   NOT NULL,
    attempt_no       INTEGER       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    passed           BOOLEAN,
    points           INTEGER,
    max_points       INTEGER,
    overall_comment  VARCHAR(2000),
    first_signed_by  VARCHAR(60),
    first_signed_at  TIMESTAMP,
    second_signed_by VARCHAR(60),
    second_signed_at TIMESTAMP,
    updated_by       VARCHAR(60),
    updated_at       TIMESTAMP,
    created_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_assessment_attempt UNIQUE (enrolment_id, check_key, attempt_no),
    CONSTRAINT uq_assessment_roster UNIQUE (session_id, enrolment_id)
);
CREATE INDEX ix_assessment_result_person ON assessment_result (person_id);
CREATE INDEX ix_assessment_result_status ON assessment_result (enrolment_id, check_key, status);

CREATE TABLE assessment_item (
    id          BIGINT        NOT NULL PRIMARY KEY,
    result_id   BIGINT        NOT NULL REFERENCES assessment_result (id),
    item_key    VARCHAR(80)   NOT NULL,
    -- checklist: done or not; rubric: the level reached
    done        BOOLEAN,
    item_level  INTEGER,
    item_comment VARCHAR(1000),
    CONSTRAINT uq_assessment_item UNIQUE (result_id, item_key)
);

CREATE TABLE assessment_evidence (
    id           BIGINT       NOT NULL PRIMARY KEY,
    result_id    BIGINT       NOT NULL REFERENCES assessment_result (id),
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    stored_name  VARCHAR(80)  NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT uq_assessment_evidence_stored UNIQUE (stored_name)
);
CREATE INDEX ix_assessment_evidence_result ON assessment_evidence (result_id);

-- Append-only: who changed a result, when, what it was before and after, and why. Refused
-- attempts (a stale form, a concurrent sign-off) are recorded too, in their own transaction.
CREATE TABLE grade_history (
    id          BIGINT        NOT NULL PRIMARY KEY,
    result_id   BIGINT        NOT NULL REFERENCES assessment_result (id),
    changed_at  TIMESTAMP     NOT NULL,
    changed_by  VARCHAR(60)   NOT NULL,
    action      VARCHAR(24)   NOT NULL,
    before_text VARCHAR(4000),
    after_text  VARCHAR(4000),
    reason      VARCHAR(1000)
);
CREATE INDEX ix_grade_history_result ON grade_history (result_id);
