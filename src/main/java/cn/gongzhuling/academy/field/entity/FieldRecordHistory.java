package cn.gongzhuling.academy.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One correction of a field record: who, when, why, and the record before and after. Never changed. */
@Entity
@Table(name = "field_record_history")
public class FieldRecordHistory {

    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "field_seq", sequenceName = "field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "field_seq")
    private Long id;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "before_text", nullable = false, length = TEXT_MAX)
    private String before;

    @Column(name = "after_text", nullable = false, length = TEXT_MAX)
    private String after;

    protected FieldRecordHistory() {
    }

    public FieldRecordHistory(Long recordId, LocalDateTime changedAt, String changedBy, String reason,
                              String before, String after) {
        this.recordId = recordId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.before = before;
        this.after = after;
    }

    public Long getId() { return id; }
    public Long getRecordId() { return recordId; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return reason; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
