package cn.gongzhuling.academy.certification.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One notification as the reader sees it. For a notice about a field task, course is the task's
 * title, name its assignee's, expiresOn the day it was flagged and serialNo the skill's code.
 * Getters because EL cannot read record components.
 */
public record NoticeRow(Long id, String kind, boolean own, LocalDateTime createdAt, boolean read,
                        LocalDate expiresOn, String nameZh, String nameEn, String courseZh, String courseEn,
                        String serialNo, Long certificateId, Long taskId) {

    /** A notice about a certificate or a course. */
    public NoticeRow(Long id, String kind, boolean own, LocalDateTime createdAt, boolean read, LocalDate expiresOn,
                     String nameZh, String nameEn, String courseZh, String courseEn, String serialNo, Long certificateId) {
        this(id, kind, own, createdAt, read, expiresOn, nameZh, nameEn, courseZh, courseEn, serialNo, certificateId, null);
    }

    public String getTextKey() { return NotificationService.textKey(kind, own); }
    public String name(Locale l) { return "en".equals(l.getLanguage()) ? nameEn : nameZh; }
    public String course(Locale l) { return "en".equals(l.getLanguage()) ? courseEn : courseZh; }
    public Long getId() { return id; }
    public String getKind() { return kind; }
    public boolean isOwn() { return own; }
    public boolean isRead() { return read; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getSerialNo() { return serialNo; }
    /** The field task a notice is about (the list links to it), or null. */
    public Long getTaskId() { return taskId; }
}
