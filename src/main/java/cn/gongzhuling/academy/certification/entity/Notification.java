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

/** An in-app message about a certificate to one account; its text is rendered in the reader's language. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false)
    private Certificate certificate;

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

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Certificate getCertificate() { return certificate; }
    public String getKind() { return kind; }
    public boolean isOwn() { return own; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
}
