package cn.gongzhuling.academy.reporting.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One line of the follow-up lists: an overdue course (id = enrolment) or a certificate that expires
 * soon or has expired without renewal (id = certificate), with when someone last reminded the holder.
 */
public record FollowUpRow(Long id, String nameZh, String nameEn, String unitZh, String unitEn, String courseZh,
                          String courseEn, LocalDate date, String status, boolean hasAccount,
                          LocalDateTime lastReminded) {

    public String name(Locale l) { return en(l) && !nameEn.isBlank() ? nameEn : nameZh; }
    public String unit(Locale l) { return en(l) ? unitEn : unitZh; }
    public String course(Locale l) { return en(l) ? courseEn : courseZh; }

    private static boolean en(Locale l) {
        return "en".equals(l.getLanguage());
    }

    public Long getId() { return id; }
    /** The due date of an overdue course, or the last valid day of a certificate. */
    public LocalDate getDate() { return date; }
    public String getStatus() { return status; }
    public boolean isHasAccount() { return hasAccount; }
    public LocalDateTime getLastReminded() { return lastReminded; }
}
