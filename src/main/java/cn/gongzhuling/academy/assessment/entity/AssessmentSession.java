package cn.gongzhuling.academy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A practical assessment session: one course's skill check, on a date at a place, with a roster of attempts. */
@Entity
@Table(name = "assessment_session")
public class AssessmentSession {

    public static final int PLACE_MAX = 200;

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "check_key", nullable = false, length = 80)
    private String checkKey;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @NotBlank
    @Size(max = PLACE_MAX)
    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Column(name = "scope_unit_id", nullable = false)
    private Long scopeUnitId;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected AssessmentSession() {
    }

    public AssessmentSession(Long courseId, String checkKey, LocalDate date, String place, Long scopeUnitId,
                             String createdBy, LocalDateTime createdAt) {
        this.courseId = courseId;
        this.checkKey = checkKey;
        this.date = date;
        this.place = place;
        this.scopeUnitId = scopeUnitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public String getCheckKey() { return checkKey; }
    public LocalDate getDate() { return date; }
    public String getPlace() { return place; }
    public Long getScopeUnitId() { return scopeUnitId; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
