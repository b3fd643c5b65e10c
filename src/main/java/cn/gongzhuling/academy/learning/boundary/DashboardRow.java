package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.control.DueOrder;
import cn.gongzhuling.academy.learning.control.LearningPath;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** One enrolment on the trainee's dashboard; getters because EL cannot read record components. */
public record DashboardRow(Long enrolmentId, String courseCode, String titleZh, String titleEn, LocalDate dueDate,
                           EnrolmentStatus status, LocalDateTime enrolledAt, LocalDateTime lastActivityAt,
                           LocalDateTime completedAt, Long lastLessonId, String lastLessonZh, String lastLessonEn,
                           int lessonsDone, int lessonCount, boolean assigned, boolean overdue, LearningPath path)
        implements DueOrder.Dated {

    /** What "continue" leads to. */
    public enum Next { LESSON, QUIZ, NONE }

    @Override
    public long lastActivity() {
        LocalDateTime t = lastActivityAt != null ? lastActivityAt : enrolledAt;
        return t == null ? 0 : t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    public Next getNext() {
        if (status == EnrolmentStatus.AWAITING_PRACTICAL || status == EnrolmentStatus.COMPLETED) {
            return Next.NONE;
        }
        if (lessonsDone < lessonCount) {
            return Next.LESSON;
        }
        return path == null || path.isQuizOffered() ? Next.QUIZ : Next.NONE;
    }

    public int getPercent() {
        return lessonCount == 0 ? 0 : lessonsDone * 100 / lessonCount;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    public String lastLesson(Locale locale) {
        return "en".equals(locale.getLanguage()) ? lastLessonEn : lastLessonZh;
    }

    public Long getEnrolmentId() { return enrolmentId; }
    public String getCourseCode() { return courseCode; }
    public LocalDate getDueDate() { return dueDate; }
    public EnrolmentStatus getStatus() { return status; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public Long getLastLessonId() { return lastLessonId; }
    public int getLessonsDone() { return lessonsDone; }
    public int getLessonCount() { return lessonCount; }
    public boolean isAssigned() { return assigned; }
    public boolean isOverdue() { return overdue; }
    /** A refresher renewing a certificate: the card says so and what the refresher contains. */
    public boolean isRefresher() { return path != null && path.isRefresher(); }
    public LearningPath getPath() { return path; }
}
