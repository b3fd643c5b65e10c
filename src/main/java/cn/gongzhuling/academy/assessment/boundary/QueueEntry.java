package cn.gongzhuling.academy.assessment.boundary;

import java.time.LocalDateTime;
import java.util.Locale;

/** A trainee waiting for one practical check of a course, in the instructor's scope. */
public record QueueEntry(Long enrolmentId, Long personId, String nameZh, String nameEn, String unitZh, String unitEn,
                         String courseCode, String courseZh, String courseEn, String checkKey, String checkZh,
                         String checkEn, LocalDateTime waitingSince, long attempts) {

    private static boolean en(Locale l) {
        return "en".equals(l.getLanguage());
    }

    public String name(Locale l) { return en(l) ? nameEn : nameZh; }
    public String unit(Locale l) { return en(l) ? unitEn : unitZh; }
    public String course(Locale l) { return en(l) ? courseEn : courseZh; }
    public String check(Locale l) { return en(l) ? checkEn : checkZh; }

    public Long getEnrolmentId() { return enrolmentId; }
    public String getCourseCode() { return courseCode; }
    public String getCheckKey() { return checkKey; }
    public LocalDateTime getWaitingSince() { return waitingSince; }
    public long getAttempts() { return attempts; }
    public boolean isRetake() { return attempts > 0; }

    QueueEntry withAttempts(long count) {
        return new QueueEntry(enrolmentId, personId, nameZh, nameEn, unitZh, unitEn, courseCode, courseZh, courseEn,
                checkKey, checkZh, checkEn, waitingSince, count);
    }
}
