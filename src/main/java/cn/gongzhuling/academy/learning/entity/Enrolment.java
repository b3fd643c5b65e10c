package cn.gongzhuling.academy.learning.entity;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.Lesson;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person taking a course. Pinned to the course version current when they enrolled, so a new
 * version never rewrites what they are doing. Ids come from enrolment_seq one at a time because
 * bulk enrolment inserts rows in SQL with nextval.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id", nullable = false)
    private CourseVersion courseVersion;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status = EnrolmentStatus.NOT_STARTED;

    @Column(name = "enrolled_at", nullable = false)
    private LocalDateTime enrolledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_lesson_id")
    private Lesson lastLesson;

    @Column(name = "last_activity_at")
    private LocalDateTime lastActivityAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    /** 0 for the course itself; 1, 2, ... for the refreshers that renew its certificate. */
    @Column(name = "refresher_cycle", nullable = false)
    private int refresherCycle;

    /** The certificate a refresher renews; null for a first enrolment. */
    @Column(name = "renews_certificate_id")
    private Long renewsCertificateId;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(Long personId, Long courseId, CourseVersion courseVersion, LocalDateTime enrolledAt) {
        this.personId = personId;
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.enrolledAt = enrolledAt;
    }

    /** A refresher enrolment: the given cycle of the course, renewing the given certificate. */
    public static Enrolment refresher(Long personId, Long courseId, CourseVersion courseVersion,
                                      LocalDateTime enrolledAt, int cycle, Long renewsCertificateId) {
        Enrolment e = new Enrolment(personId, courseId, courseVersion, enrolledAt);
        e.refresherCycle = cycle;
        e.renewsCertificateId = renewsCertificateId;
        return e;
    }

    /** Applies a newly evaluated status; the completion time is that of the latest completion, cleared when it is withdrawn. */
    public void updateStatus(EnrolmentStatus newStatus, LocalDateTime now) {
        this.status = newStatus;
        if (newStatus == EnrolmentStatus.COMPLETED && completedAt == null) {
            completedAt = now;
        } else if (newStatus != EnrolmentStatus.COMPLETED) {
            completedAt = null; // a withdrawn completion: completing again is a completion of its own
        }
        lastActivityAt = now;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public Long getCourseId() { return courseId; }
    public CourseVersion getCourseVersion() { return courseVersion; }
    public Long getAssignmentId() { return assignmentId; }
    public LocalDate getDueDate() { return dueDate; }
    public EnrolmentStatus getStatus() { return status; }
    public LocalDateTime getEnrolledAt() { return enrolledAt; }
    public Lesson getLastLesson() { return lastLesson; }
    public LocalDateTime getLastActivityAt() { return lastActivityAt; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public int getRefresherCycle() { return refresherCycle; }
    public Long getRenewsCertificateId() { return renewsCertificateId; }
    public boolean isRefresher() { return refresherCycle > 0; }
    public long getVersion() { return version; }
}
