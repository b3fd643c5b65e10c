package cn.gongzhuling.academy.certification.entity;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A certificate for one completed enrolment. Its validity is fixed at issue (a later change of the
 * course's validity does not touch it); it is valid from {@code issuedOn} through {@code expiresOn}
 * inclusive unless revoked.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Column(name = "serial_no", nullable = false, length = 40)
    private String serialNo;

    @Column(name = "verification_code", nullable = false, length = 43)
    private String verificationCode;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id", nullable = false)
    private CourseVersion courseVersion;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    /** 1 for an enrolment's first certificate; 2 and up for one issued after the earlier were revoked. */
    @Column(name = "issue_no", nullable = false)
    private int issueNo = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private Certificate previous;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    @Version
    private long version;

    protected Certificate() {
    }

    @SuppressWarnings("java:S107") // every column is a fact fixed at issue
    public Certificate(String serialNo, String verificationCode, String codeHash, Long personId, Long courseId,
                       CourseVersion courseVersion, Long enrolmentId, Certificate previous, LocalDate issuedOn,
                       LocalDate expiresOn, LocalDateTime issuedAt) {
        this.serialNo = serialNo;
        this.verificationCode = verificationCode;
        this.codeHash = codeHash;
        this.personId = personId;
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.enrolmentId = enrolmentId;
        this.previous = previous;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.issuedAt = issuedAt;
    }

    /** Valid on the given day: issued, not yet past its last valid day, and not revoked. */
    public boolean isValidOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }

    public void revoke(LocalDateTime at, String by, String reason) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    /** Before persisting: the how-manieth certificate of its enrolment this is. */
    public void numberIssue(int issueNo) {
        this.issueNo = issueNo;
    }

    /** The human serial number derives from the id, which the sequence assigns on persist. */
    public void numberSerial(String serial) {
        this.serialNo = serial;
    }

    public boolean isRevoked() { return revokedAt != null; }
    public Long getId() { return id; }
    public String getSerialNo() { return serialNo; }
    public String getVerificationCode() { return verificationCode; }
    public Long getPersonId() { return personId; }
    public Long getCourseId() { return courseId; }
    public CourseVersion getCourseVersion() { return courseVersion; }
    public Long getEnrolmentId() { return enrolmentId; }
    public int getIssueNo() { return issueNo; }
    public Certificate getPrevious() { return previous; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getRevokeReason() { return revokeReason; }
    public long getVersion() { return version; }
}
