package cn.gongzhuling.academy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One row of the append-only grade history; never updated or deleted. */
@Entity
@Table(name = "grade_history")
public class GradeChange {

    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;

    /** What happened to the result. The REFUSED_ actions record attempts that changed nothing. */
    public enum Action { ROSTERED, DRAFT_SAVED, ABSENT, SIGNED, SECOND_SIGNED, AMENDED, REFUSED_STALE, REFUSED_CONFLICT }

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "result_id", nullable = false)
    private Long resultId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Action action;

    @Column(name = "before_text", length = TEXT_MAX)
    private String before;

    @Column(name = "after_text", length = TEXT_MAX)
    private String after;

    @Column(length = REASON_MAX)
    private String reason;

    protected GradeChange() {
    }

    public GradeChange(Long resultId, LocalDateTime changedAt, String changedBy, Action action, String before,
                       String after, String reason) {
        this.resultId = resultId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.before = clip(before);
        this.after = clip(after);
        this.reason = reason;
    }

    private static String clip(String s) {
        return s == null || s.length() <= TEXT_MAX ? s : s.substring(0, TEXT_MAX - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getResultId() { return resultId; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public Action getAction() { return action; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getReason() { return reason; }
}
