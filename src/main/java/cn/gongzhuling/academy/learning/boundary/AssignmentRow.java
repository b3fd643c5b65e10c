package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.entity.Assignment;
import java.util.Locale;

/** An assignment on the organiser's list with its course, unit and how many are enrolled and through the online part. */
public record AssignmentRow(Assignment assignment, String courseCode, String courseZh, String courseEn, String unitZh,
                            String unitEn, long enrolled, long onlineDone) {

    public String course(Locale l) { return "en".equals(l.getLanguage()) ? courseEn : courseZh; }
    public String unit(Locale l) { return "en".equals(l.getLanguage()) ? unitEn : unitZh; }
    public Assignment getAssignment() { return assignment; }
    public String getCourseCode() { return courseCode; }
    public long getEnrolled() { return enrolled; }
    public long getOnlineDone() { return onlineDone; }
}
