-- Field work: integration clients of the REST/xAPI intake, field activity records with the skills
-- they used (and whether the cadre was certified then, fixed at saving), their correction history,
-- the admin-configurable mapping of record kinds to skills, and field tasks that need a skill.
-- Portable between H2 2.x (MODE=LEGACY) and PostgreSQL 15. Designed for 10M field records:
-- every list and report reads one of the three (…, occurred_at) indexes.

CREATE SEQUENCE api_client_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE field_seq START WITH 1000 INCREMENT BY 50;

-- Per-integration credentials for /api and /xapi (HTTP Basic: name and secret). The secret is only
-- ever shown once, at creation; the table keeps its PBKDF2 hash. An integration acts within the
-- subtree of its scope unit.
CREATE TABLE api_client (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(60)  NOT NULL,
    secret_hash   VARCHAR(200) NOT NULL,
    scope_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_api_client_name UNIQUE (name)
);

CREATE TABLE field_record (
    id                BIGINT        NOT NULL PRIMARY KEY,
    kind              VARCHAR(24)   NOT NULL,
    person_id         BIGINT        NOT NULL REFERENCES person (id),
    grid_id           BIGINT        NOT NULL REFERENCES org_unit (id),
    -- the grid's materialised path when recorded: subtree lists are one range scan with the date
    grid_path         VARCHAR(400)  NOT NULL,
    occurred_at       TIMESTAMP     NOT NULL,
    place             VARCHAR(200),
    notes             VARCHAR(2000),
    -- problem found
    problem_category  VARCHAR(16),
    handling_level    VARCHAR(16),
    problem_status    VARCHAR(16),
    started_on        DATE,
    closed_on         DATE,
    -- dispute mediated
    parties           VARCHAR(400),
    outcome           VARCHAR(1000),
    agreement_reached BOOLEAN,
    -- first aid taught, health service, volunteer project: residents reached; volunteer project: volunteers
    residents_count   INTEGER,
    volunteers_count  INTEGER,
    photo_file        VARCHAR(80),
    photo_type        VARCHAR(20),
    -- idempotency key of imports ("csv:…", "api:…", "xapi:<statement id>")
    external_id       VARCHAR(120),
    source            VARCHAR(8)    NOT NULL,
    task_id           BIGINT,
    recorded_at       TIMESTAMP     NOT NULL,
    recorded_by       VARCHAR(60)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_field_record_external UNIQUE (external_id)
);
CREATE INDEX ix_field_record_path_time ON field_record (grid_path, occurred_at);
CREATE INDEX ix_field_record_person_time ON field_record (person_id, occurred_at);
CREATE INDEX ix_field_record_kind_time ON field_record (kind, occurred_at);

-- Skills a record used and whether the cadre held a valid certificate for each when it was saved.
CREATE TABLE field_record_skill (
    record_id   BIGINT      NOT NULL REFERENCES field_record (id),
    skill_code  VARCHAR(40) NOT NULL,
    certified   BOOLEAN     NOT NULL,
    PRIMARY KEY (record_id, skill_code)
);

-- Corrections: who changed what, when and why; the record row holds the latest state.
CREATE TABLE field_record_history (
    id          BIGINT        NOT NULL PRIMARY KEY,
    record_id   BIGINT        NOT NULL REFERENCES field_record (id),
    changed_at  TIMESTAMP     NOT NULL,
    changed_by  VARCHAR(60)   NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    before_text VARCHAR(4000) NOT NULL,
    after_text  VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_field_record_history_record ON field_record_history (record_id, changed_at);

-- Which skills each kind of record uses (admins change it; records keep what applied when saved).
CREATE TABLE field_kind_skill (
    id          BIGINT      NOT NULL PRIMARY KEY,
    kind        VARCHAR(24) NOT NULL,
    skill_code  VARCHAR(40) NOT NULL,
    CONSTRAINT uq_field_kind_skill UNIQUE (kind, skill_code)
);
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (1, 'HOUSEHOLD_VISIT', 'ACTIVE_GOVERNANCE');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (2, 'PROBLEM_FOUND', 'ACTIVE_GOVERNANCE');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (3, 'DISPUTE_MEDIATED', 'MEDIATION');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (4, 'FIRST_AID_TAUGHT', 'FIRST_AID');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (5, 'FIRST_AID_TAUGHT', 'CPR');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (6, 'FIRST_AID_RESPONSE', 'FIRST_AID');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (7, 'FIRST_AID_RESPONSE', 'CPR');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (8, 'HEALTH_SERVICE', 'FIRST_AID');
INSERT INTO field_kind_skill (id, kind, skill_code) VALUES (9, 'VOLUNTEER_PROJECT', 'ACTIVE_GOVERNANCE');

-- Field tasks: work that needs a skill, assigned only to cadres certified for it. When the
-- assignee's certificate lapses an open task is flagged for reassignment (flagged_on).
CREATE TABLE field_task (
    id            BIGINT        NOT NULL PRIMARY KEY,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000),
    kind          VARCHAR(24)   NOT NULL,
    skill_code    VARCHAR(40)   NOT NULL,
    grid_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    grid_path     VARCHAR(400)  NOT NULL,
    due_on        DATE,
    assignee_id   BIGINT        REFERENCES person (id),
    status        VARCHAR(12)   NOT NULL,
    flagged_on    DATE,
    record_id     BIGINT        REFERENCES field_record (id),
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(60)   NOT NULL,
    completed_at  TIMESTAMP,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_field_task_path ON field_task (grid_path, status);
CREATE INDEX ix_field_task_assignee ON field_task (assignee_id, status);
