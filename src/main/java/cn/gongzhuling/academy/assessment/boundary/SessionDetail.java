package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.AssessmentSession;
import java.util.List;
import java.util.Locale;

/** A session with its roster, for the session page. */
public record SessionDetail(AssessmentSession session, String courseZh, String courseEn, String checkZh,
                            String checkEn, boolean secondAssessor, List<RosterRow> roster) {

    public String course(Locale l) { return "en".equals(l.getLanguage()) ? courseEn : courseZh; }
    public String check(Locale l) { return "en".equals(l.getLanguage()) ? checkEn : checkZh; }

    public AssessmentSession getSession() { return session; }
    public boolean isSecondAssessor() { return secondAssessor; }
    public List<RosterRow> getRoster() { return roster; }
}
