package cn.gongzhuling.academy.assessment.entity;

import cn.gongzhuling.academy.catalog.entity.SkillCheck;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One attempt of one trainee at one practical check, graded against the check of the course
 * version the trainee's enrolment is pinned to. Every change bumps {@code version}, so a form
 * loaded before someone else's change is refused instead of overwriting it.
 */
@Entity
@Table(name = "assessment_result")
public class AssessmentResult {

    public static final int COMMENT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AssessmentSession session;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_check_id", nullable = false)
    private SkillCheck skillCheck;

    @Column(name = "check_key", nullable = false, length = 80)
    private String checkKey;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResultStatus status = ResultStatus.DRAFT;

    private Boolean passed;

    private Integer points;

    @Column(name = "max_points")
    private Integer maxPoints;

    @Column(name = "overall_comment", length = COMMENT_MAX)
    private String overallComment;

    @Column(name = "first_signed_by", length = 60)
    private String firstSignedBy;

    @Column(name = "first_signed_at")
    private LocalDateTime firstSignedAt;

    @Column(name = "second_signed_by", length = 60)
    private String secondSignedBy;

    @Column(name = "second_signed_at")
    private LocalDateTime secondSignedAt;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "result", cascade = CascadeType.PERSIST)
    private List<ItemGrade> items = new ArrayList<>();

    @Version
    private long version;

    protected AssessmentResult() {
    }

    public AssessmentResult(AssessmentSession session, Long enrolmentId, Long personId, SkillCheck skillCheck,
                            int attemptNo, LocalDateTime createdAt) {
        this.session = session;
        this.enrolmentId = enrolmentId;
        this.personId = personId;
        this.skillCheck = skillCheck;
        this.checkKey = skillCheck.getKey();
        this.attemptNo = attemptNo;
        this.createdAt = createdAt;
    }

    /** The grade row of an item, created on first use. */
    public ItemGrade item(String itemKey) {
        Optional<ItemGrade> found = items.stream().filter(i -> i.getItemKey().equals(itemKey)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        ItemGrade grade = new ItemGrade(this, itemKey);
        items.add(grade);
        return grade;
    }

    public void score(Boolean passed, Integer points, Integer maxPoints) {
        this.passed = passed;
        this.points = points;
        this.maxPoints = maxPoints;
    }

    public void touch(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void markAbsent() {
        this.status = ResultStatus.ABSENT;
        this.passed = null;
    }

    public void signFirst(String by, LocalDateTime at, boolean needsSecond) {
        this.firstSignedBy = by;
        this.firstSignedAt = at;
        this.status = needsSecond ? ResultStatus.AWAITING_SECOND : ResultStatus.SIGNED;
    }

    public void signSecond(String by, LocalDateTime at) {
        this.secondSignedBy = by;
        this.secondSignedAt = at;
        this.status = ResultStatus.SIGNED;
    }

    public void setOverallComment(String overallComment) { this.overallComment = overallComment; }

    public Long getId() { return id; }
    public AssessmentSession getSession() { return session; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Long getPersonId() { return personId; }
    public SkillCheck getSkillCheck() { return skillCheck; }
    public String getCheckKey() { return checkKey; }
    public int getAttemptNo() { return attemptNo; }
    public ResultStatus getStatus() { return status; }
    public Boolean getPassed() { return passed; }
    public Integer getPoints() { return points; }
    public Integer getMaxPoints() { return maxPoints; }
    public String getOverallComment() { return overallComment; }
    public String getFirstSignedBy() { return firstSignedBy; }
    public LocalDateTime getFirstSignedAt() { return firstSignedAt; }
    public String getSecondSignedBy() { return secondSignedBy; }
    public LocalDateTime getSecondSignedAt() { return secondSignedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public List<ItemGrade> getItems() { return items; }
    public long getVersion() { return version; }
}
