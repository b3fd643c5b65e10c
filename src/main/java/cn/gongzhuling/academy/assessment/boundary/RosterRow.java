package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import java.util.Locale;

/** One trainee on a session's roster: their attempt, its state, and where their course now stands. */
public record RosterRow(Long resultId, long version, String nameZh, String nameEn, String unitZh, String unitEn,
                        int attemptNo, ResultStatus status, Boolean passed, Integer points, Integer maxPoints,
                        String enrolmentStatus) {

    public String name(Locale l) { return "en".equals(l.getLanguage()) ? nameEn : nameZh; }
    public String unit(Locale l) { return "en".equals(l.getLanguage()) ? unitEn : unitZh; }

    public Long getResultId() { return resultId; }
    public long getVersion() { return version; }
    public int getAttemptNo() { return attemptNo; }
    public ResultStatus getStatus() { return status; }
    public Boolean getPassed() { return passed; }
    public Integer getPoints() { return points; }
    public Integer getMaxPoints() { return maxPoints; }
    public String getEnrolmentStatus() { return enrolmentStatus; }
    public boolean isGraded() { return passed != null; }
}
