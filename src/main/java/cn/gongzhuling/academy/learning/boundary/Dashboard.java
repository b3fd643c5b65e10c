package cn.gongzhuling.academy.learning.boundary;

import java.util.List;

/**
 * The trainee's dashboard: open enrolments (overdue first), the one to resume, completed ones and
 * catalogue courses not yet taken (every current course is open for self-enrolment).
 */
public record Dashboard(List<DashboardRow> open, DashboardRow resume, List<DashboardRow> completed,
                        List<OpenCourse> openCourses) {

    public record OpenCourse(String code, String titleZh, String titleEn, String summaryZh, String summaryEn) {
        public String title(java.util.Locale l) { return "en".equals(l.getLanguage()) ? titleEn : titleZh; }
        public String summary(java.util.Locale l) { return "en".equals(l.getLanguage()) ? summaryEn : summaryZh; }
        public String getCode() { return code; }
    }

    public List<DashboardRow> getOpen() { return open; }
    public DashboardRow getResume() { return resume; }
    public List<DashboardRow> getCompleted() { return completed; }
    public List<OpenCourse> getOpenCourses() { return openCourses; }
}
