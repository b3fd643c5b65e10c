package cn.gongzhuling.academy.xapi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A stored xAPI statement, read-only: intake writes rows with one JDBC batch (see StatementStore)
 * and nothing ever changes a row except the voided flag, set when a voiding statement arrives.
 * Times are UTC.
 */
@Entity
@Table(name = "xapi_statement")
public class XapiStatement {

    public static final int CLIENT_MAX = 100;

    @Id
    @Column(name = "statement_id", length = 36)
    private String statementId;

    @Column(name = "seq", nullable = false, insertable = false, updatable = false)
    private long seq;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(name = "actor_key", nullable = false, length = 1100, updatable = false)
    private String actorKey;

    @Column(name = "verb_id", nullable = false, length = 1000, updatable = false)
    private String verbId;

    @Column(name = "object_id", length = 1000, updatable = false)
    private String objectId;

    @Column(name = "timestamp_at", nullable = false, updatable = false)
    private LocalDateTime timestampAt;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private LocalDateTime storedAt;

    @Column(name = "client_name", nullable = false, length = CLIENT_MAX, updatable = false)
    private String clientName;

    @Column(name = "xapi_version", length = 20, updatable = false)
    private String xapiVersion;

    @Column(name = "voids_id", length = 36, updatable = false)
    private String voidsId;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "statement_json", nullable = false, updatable = false)
    private String statementJson;

    protected XapiStatement() {
    }

    public String getStatementId() {
        return statementId;
    }

    public long getSeq() {
        return seq;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getActorKey() {
        return actorKey;
    }

    public String getVerbId() {
        return verbId;
    }

    public String getObjectId() {
        return objectId;
    }

    public LocalDateTime getTimestampAt() {
        return timestampAt;
    }

    public LocalDateTime getStoredAt() {
        return storedAt;
    }

    public String getClientName() {
        return clientName;
    }

    public String getXapiVersion() {
        return xapiVersion;
    }

    public String getVoidsId() {
        return voidsId;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getStatementJson() {
        return statementJson;
    }
}
