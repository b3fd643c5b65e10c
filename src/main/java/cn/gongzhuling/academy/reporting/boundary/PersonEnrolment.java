package cn.gongzhuling.academy.reporting.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** One course of a person in the completion report's drill-down to a person. */
public record PersonEnrolment(String courseZh, String courseEn, String status, LocalDate dueDate,
                              LocalDateTime completedAt, boolean overdue) {

    public String course(Locale locale) {
        return "en".equals(locale.getLanguage()) ? courseEn : courseZh;
    }

    public String getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public boolean isOverdue() { return overdue; }
}
