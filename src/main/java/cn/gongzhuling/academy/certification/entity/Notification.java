package cn.gongzhuling.academy.certification.entity;

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
import java.time.LocalDateTime;

/** An in-app message about a certificate, a course or a field task to one account; its text is rendered in the reader's language. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    /** The certificate the message is about; null for a reminder about an overdue course. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    /** The enrolment an overdue-course reminder is about; null otherwise. */
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    /** The field task a notice is about (e.g. flagged for reassignment); null otherwise. */
    @Column(name = "field_task_id")
    private Long fieldTaskId;

    /** The organiser who sent a reminder by hand; null for the automatic expiry reminders. */
    @Column(name = "sent_by", length = 60)
    private String sentBy;

    @Column(nullable = false, length = 16)
    private String kind;

    /** True when the reader holds the certificate; false for an organizer of the holder's unit. */
    @Column(nullable = false)
    private boolean own;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Version
    private long version;

    protected Notification() {
    }

    public Notification(Long accountId, Certificate certificate, String kind, boolean own, LocalDateTime createdAt) {
        this.accountId = accountId;
        this.certificate = certificate;
        this.kind = kind;
        this.own = own;
        this.createdAt = createdAt;
    }

    /** A reminder an organiser sends by hand, about a certificate or an enrolment (the other is null). */
    public static Notification sentBy(String organiser, Long accountId, Certificate certificate, Long enrolmentId,
                                      String kind, LocalDateTime createdAt) {
        Notification n = new Notification(accountId, certificate, kind, true, createdAt);
        n.enrolmentId = enrolmentId;
        n.sentBy = organiser;
        return n;
    }

    /** A notice about a field task to someone who manages it (not the task's assignee). */
    public static Notification aboutTask(Long accountId, Long fieldTaskId, String kind, LocalDateTime createdAt) {
        Notification n = new Notification(accountId, null, kind, false, createdAt);
        n.fieldTaskId = fieldTaskId;
        return n;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Certificate getCertificate() { return certificate; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Long getFieldTaskId() { return fieldTaskId; }
    public String getSentBy() { return sentBy; }
    public String getKind() { return kind; }
    public boolean isOwn() { return own; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
}
