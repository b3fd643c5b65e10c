-- Foundation schema: organisation tree, people, accounts and role grants,
-- login throttling and the audit log. Portable between H2 2.x and PostgreSQL.
-- Ids come from sequences (EclipseLink 4 identity DDL breaks on H2 2.x).

CREATE SEQUENCE org_unit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE role_grant_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    parent_id   BIGINT       REFERENCES org_unit (id),
    path        VARCHAR(400) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code)
);
-- A subtree is one range scan: path LIKE '/1000/1050/%'.
CREATE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE person (
    id          BIGINT       NOT NULL PRIMARY KEY,
    staff_no    VARCHAR(32)  NOT NULL,
    name_zh     VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    phone       VARCHAR(20),
    org_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    position    VARCHAR(32)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_person_staff_no UNIQUE (staff_no)
);
CREATE INDEX ix_person_org_unit ON person (org_unit_id);
CREATE INDEX ix_person_name_zh ON person (name_zh);

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    person_id     BIGINT       REFERENCES person (id),
    locale        VARCHAR(10)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_person UNIQUE (person_id)
);

CREATE TABLE role_grant (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    role          VARCHAR(16) NOT NULL,
    scope_unit_id BIGINT      REFERENCES org_unit (id),
    granted_at    TIMESTAMP   NOT NULL,
    granted_by    VARCHAR(60) NOT NULL,
    CONSTRAINT uq_role_grant UNIQUE (account_id, role, scope_unit_id)
);
CREATE INDEX ix_role_grant_account ON role_grant (account_id);

CREATE TABLE login_throttle (
    throttle_key  VARCHAR(120) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMP    NOT NULL,
    locked_until  TIMESTAMP
);

CREATE TABLE audit_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT,
    detail       VARCHAR(2000)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);

-- Records that demo data was seeded, so it happens exactly once.
CREATE TABLE app_setting (
    setting_key   VARCHAR(80)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(400)  NOT NULL
);
