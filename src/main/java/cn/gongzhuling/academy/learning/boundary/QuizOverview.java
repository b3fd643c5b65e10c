package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.entity.QuizAttempt;
import java.util.List;
import java.util.Locale;

/** The quiz page before an attempt: the rules, earlier attempts, and whether another may start (and if not, why). */
public record QuizOverview(Long enrolmentId, String titleZh, String titleEn, int questions, int passPercent,
                           int maxAttempts, int timeLimitMinutes, List<QuizAttempt> attempts, Long openAttemptId,
                           boolean passed, String blockedKey, boolean refresher) {

    public String title(Locale l) { return "en".equals(l.getLanguage()) ? titleEn : titleZh; }
    public Long getEnrolmentId() { return enrolmentId; }
    public int getQuestions() { return questions; }
    public int getPassPercent() { return passPercent; }
    public int getMaxAttempts() { return maxAttempts; }
    public int getTimeLimitMinutes() { return timeLimitMinutes; }
    public List<QuizAttempt> getAttempts() { return attempts; }
    public Long getOpenAttemptId() { return openAttemptId; }
    public boolean isPassed() { return passed; }
    public String getBlockedKey() { return blockedKey; }
    public boolean isRefresher() { return refresher; }
    public boolean isCanStart() { return blockedKey == null; }
    public int getAttemptsLeft() { return Math.max(0, maxAttempts - attempts.size()); }
}
