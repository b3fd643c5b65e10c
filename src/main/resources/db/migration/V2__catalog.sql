-- Catalogue: skills, courses and their immutable versions (lessons, question bank,
-- practical checks), and the import history. A course version is never changed
-- after import; new content becomes a new version.

CREATE SEQUENCE catalog_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE skill (
    id             BIGINT        NOT NULL PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    name_zh        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(100)  NOT NULL,
    description_zh VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_skill_code UNIQUE (code)
);

CREATE TABLE course (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    code               VARCHAR(40) NOT NULL,
    current_version_id BIGINT,
    version            BIGINT      NOT NULL,
    CONSTRAINT uq_course_code UNIQUE (code)
);

CREATE TABLE course_version (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    course_id              BIGINT        NOT NULL REFERENCES course (id),
    version_no             INTEGER       NOT NULL,
    content_hash           VARCHAR(64)   NOT NULL,
    title_zh               VARCHAR(200)  NOT NULL,
    title_en               VARCHAR(200)  NOT NULL,
    summary_zh             VARCHAR(2000) NOT NULL,
    summary_en             VARCHAR(2000) NOT NULL,
    validity_months        INTEGER       NOT NULL,
    quiz_pass_percent      INTEGER       NOT NULL,
    quiz_questions         INTEGER       NOT NULL,
    quiz_max_attempts      INTEGER       NOT NULL,
    quiz_time_limit        INTEGER       NOT NULL,
    requires_all_lessons   BOOLEAN       NOT NULL,
    requires_quiz          BOOLEAN       NOT NULL,
    required_checks        VARCHAR(400)  NOT NULL,
    refresher_lessons      VARCHAR(400)  NOT NULL,
    refresher_pass_percent INTEGER       NOT NULL,
    refresher_questions    INTEGER       NOT NULL,
    refresher_checks       VARCHAR(400)  NOT NULL,
    imported_at            TIMESTAMP     NOT NULL,
    imported_by            VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_course_version UNIQUE (course_id, version_no)
);
ALTER TABLE course ADD CONSTRAINT fk_course_current FOREIGN KEY (current_version_id) REFERENCES course_version (id);

CREATE TABLE course_version_skill (
    course_version_id BIGINT NOT NULL REFERENCES course_version (id),
    skill_id          BIGINT NOT NULL REFERENCES skill (id),
    PRIMARY KEY (course_version_id, skill_id)
);

CREATE TABLE lesson (
    id                BIGINT         NOT NULL PRIMARY KEY,
    course_version_id BIGINT         NOT NULL REFERENCES course_version (id),
    lesson_key        VARCHAR(80)    NOT NULL,
    position          INTEGER        NOT NULL,
    title_zh          VARCHAR(200)   NOT NULL,
    title_en          VARCHAR(200)   NOT NULL,
    minutes           INTEGER        NOT NULL,
    html_zh           VARCHAR(200000) NOT NULL,
    html_en           VARCHAR(200000) NOT NULL,
    CONSTRAINT uq_lesson_key UNIQUE (course_version_id, lesson_key)
);

CREATE TABLE question (
    id                BIGINT        NOT NULL PRIMARY KEY,
    course_version_id BIGINT        NOT NULL REFERENCES course_version (id),
    question_key      VARCHAR(40)   NOT NULL,
    position          INTEGER       NOT NULL,
    question_type     VARCHAR(16)   NOT NULL,
    text_zh           VARCHAR(2000) NOT NULL,
    text_en           VARCHAR(2000) NOT NULL,
    explanation_zh    VARCHAR(4000) NOT NULL,
    explanation_en    VARCHAR(4000) NOT NULL,
    tf_answer         BOOLEAN,
    CONSTRAINT uq_question_key UNIQUE (course_version_id, question_key)
);

CREATE TABLE question_option (
    id          BIGINT        NOT NULL PRIMARY KEY,
    question_id BIGINT        NOT NULL REFERENCES question (id),
    option_key  VARCHAR(20)   NOT NULL,
    position    INTEGER       NOT NULL,
    text_zh     VARCHAR(1000) NOT NULL,
    text_en     VARCHAR(1000) NOT NULL,
    correct     BOOLEAN       NOT NULL
);
CREATE INDEX ix_question_option_question ON question_option (question_id);

CREATE TABLE skill_check (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    course_version_id  BIGINT        NOT NULL REFERENCES course_version (id),
    check_key          VARCHAR(80)   NOT NULL,
    title_zh           VARCHAR(200)  NOT NULL,
    title_en           VARCHAR(200)  NOT NULL,
    instructions_zh    VARCHAR(20000) NOT NULL,
    instructions_en    VARCHAR(20000) NOT NULL,
    equipment_zh       VARCHAR(2000) NOT NULL,
    equipment_en       VARCHAR(2000) NOT NULL,
    scoring            VARCHAR(16)   NOT NULL,
    pass_min_percent   INTEGER       NOT NULL,
    all_critical       BOOLEAN       NOT NULL,
    second_assessor    BOOLEAN       NOT NULL,
    critical_min_level INTEGER,
    CONSTRAINT uq_skill_check_key UNIQUE (course_version_id, check_key)
);

CREATE TABLE check_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    skill_check_id BIGINT        NOT NULL REFERENCES skill_check (id),
    item_key       VARCHAR(80)   NOT NULL,
    position       INTEGER       NOT NULL,
    text_zh        VARCHAR(1000) NOT NULL,
    text_en        VARCHAR(1000) NOT NULL,
    critical       BOOLEAN       NOT NULL,
    points         INTEGER       NOT NULL
);
CREATE INDEX ix_check_item_check ON check_item (skill_check_id);

CREATE TABLE rubric_level (
    id             BIGINT       NOT NULL PRIMARY KEY,
    skill_check_id BIGINT       NOT NULL REFERENCES skill_check (id),
    level_value    INTEGER      NOT NULL,
    label_zh       VARCHAR(200) NOT NULL,
    label_en       VARCHAR(200) NOT NULL
);
CREATE INDEX ix_rubric_level_check ON rubric_level (skill_check_id);

CREATE TABLE course_import (
    id           BIGINT        NOT NULL PRIMARY KEY,
    imported_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    source       VARCHAR(200)  NOT NULL,
    course_code  VARCHAR(40),
    outcome      VARCHAR(16)   NOT NULL,
    version_no   INTEGER,
    content_hash VARCHAR(64),
    error_count  INTEGER       NOT NULL,
    errors       VARCHAR(8000)
);
CREATE INDEX ix_course_import_time ON course_import (imported_at);
