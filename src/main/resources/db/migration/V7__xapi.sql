-- xAPI statements (Learning Record Store). Each statement is kept exactly as the client sent it
-- (statement_json, never updated); the server's own properties (stored, authority, a generated id,
-- version) live in columns and are added when the statement is served. The other columns are
-- extracted for lookups and filters. Portable between H2 2.x and PostgreSQL.
-- xapi_statement_seq increments by 1: intake takes nextval('xapi_statement_seq') in its batch
-- INSERT, so seq is the storage order and the paging cursor ("more" links).

CREATE SEQUENCE xapi_statement_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE xapi_statement (
    -- the statement id (lower-case UUID), from the client or generated at intake
    statement_id   VARCHAR(36)     NOT NULL PRIMARY KEY,
    seq            BIGINT          NOT NULL,
    -- SHA-256 of the canonical statement without stored, authority and version: the same id sent
    -- again with the same hash is accepted once, with another hash it is a conflict
    content_hash   VARCHAR(64)     NOT NULL,
    -- "mbox:mailto:...", "mbox_sha1sum:...", "openid:...", "account:<homePage>|<name>"
    actor_key      VARCHAR(1100)   NOT NULL,
    verb_id        VARCHAR(1000)   NOT NULL,
    -- the activity id, or the referenced statement id; null for agents and sub-statements
    object_id      VARCHAR(1000),
    -- statement time (UTC): the client's timestamp, or stored_at when it sent none
    timestamp_at   TIMESTAMP       NOT NULL,
    stored_at      TIMESTAMP       NOT NULL,
    -- the integration client whose credentials stored it (the statement's authority)
    client_name    VARCHAR(100)    NOT NULL,
    -- the version the client sent, or null (served as 1.0.0)
    xapi_version   VARCHAR(20),
    -- for a voiding statement: the id of the statement it voids
    voids_id       VARCHAR(36),
    voided         BOOLEAN         NOT NULL,
    statement_json VARCHAR(1000000) NOT NULL,
    CONSTRAINT uq_xapi_statement_seq UNIQUE (seq)
);
CREATE INDEX ix_xapi_statement_stored ON xapi_statement (stored_at);
CREATE INDEX ix_xapi_statement_actor ON xapi_statement (actor_key, seq);
CREATE INDEX ix_xapi_statement_verb ON xapi_statement (verb_id, seq);
