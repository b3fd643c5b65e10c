-- Learning: assignments, enrolments (pinned to a course version), lesson progress and quiz
-- attempts with the drawn questions and the answers given. Portable between H2 2.x and PostgreSQL.
-- enrolment_seq increments by 1 because bulk INSERT ... SELECT statements take ids with
-- nextval('enrolment_seq') directly; JPA uses it with allocationSize 1 so the two never collide.

CREATE SEQUENCE learning_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE enrolment_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE assignment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    course_id     BIGINT       NOT NULL REFERENCES course (id),
    scope_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    -- ",GRID_WORKER,SOCIAL_WORKER," or '' for every position
    positions     VARCHAR(400) NOT NULL,
    due_date      DATE         NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX ix_assignment_scope ON assignment (scope_unit_id);
CREATE INDEX ix_assignment_course ON assignment (course_id);

CREATE TABLE enrolment (
    id                BIGINT      NOT NULL PRIMARY KEY,
    person_id         BIGINT      NOT NULL REFERENCES person (id),
    course_id         BIGINT      NOT NULL REFERENCES course (id),
    course_version_id BIGINT      NOT NULL REFERENCES course_version (id),
    assignment_id     BIGINT      REFERENCES assignment (id),
    due_date          DATE,
    status            VARCHAR(20) NOT NULL,
    enrolled_at       TIMESTAMP   NOT NULL,
    last_lesson_id    BIGINT      REFERENCES lesson (id),
    last_activity_at  TIMESTAMP,
    completed_at      TIMESTAMP,
    version           BIGINT      NOT NULL,
    -- one enrolment per person and course: bulk enrolment and reconciliation are idempotent
    CONSTRAINT uq_enrolment_person_course UNIQUE (person_id, course_id)
);
CREATE INDEX ix_enrolment_assignment ON enrolment (assignment_id);
CREATE INDEX ix_enrolment_course_version ON enrolment (course_version_id);

CREATE TABLE lesson_progress (
    enrolment_id BIGINT    NOT NULL REFERENCES enrolment (id),
    lesson_id    BIGINT    NOT NULL REFERENCES lesson (id),
    completed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id)
);

CREATE TABLE quiz_attempt (
    id             BIGINT    NOT NULL PRIMARY KEY,
    enrolment_id   BIGINT    NOT NULL REFERENCES enrolment (id),
    attempt_no     INTEGER   NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    deadline       TIMESTAMP NOT NULL,
    submitted_at   TIMESTAMP,
    correct_count  INTEGER,
    question_count INTEGER   NOT NULL,
    score_percent  INTEGER,
    passed         BOOLEAN,
    version        BIGINT    NOT NULL,
    -- two concurrent starts cannot both become attempt n: the attempt limit holds
    CONSTRAINT uq_quiz_attempt_no UNIQUE (enrolment_id, attempt_no)
);

CREATE TABLE attempt_question (
    id           BIGINT       NOT NULL PRIMARY KEY,
    attempt_id   BIGINT       NOT NULL REFERENCES quiz_attempt (id),
    question_id  BIGINT       NOT NULL REFERENCES question (id),
    position     INTEGER      NOT NULL,
    option_order VARCHAR(400) NOT NULL,
    correct      BOOLEAN,
    CONSTRAINT uq_attempt_question UNIQUE (attempt_id, question_id)
);

CREATE TABLE attempt_answer (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    attempt_question_id BIGINT      NOT NULL REFERENCES attempt_question (id),
    -- option key for single/multiple choice, 'true' or 'false' for true/false
    choice              VARCHAR(20) NOT NULL,
    CONSTRAINT uq_attempt_answer UNIQUE (attempt_question_id, choice)
);
