package cn.gongzhuling.academy.assessment.boundary;

import java.util.Locale;

/** A course's practical check that a session can be held for; value "COURSE|check-key". */
public record CheckChoice(String courseCode, String courseZh, String courseEn, String checkKey, String checkZh,
                          String checkEn, long waiting) {

    public String label(Locale l) {
        boolean en = "en".equals(l.getLanguage());
        return (en ? courseEn : courseZh) + " · " + (en ? checkEn : checkZh);
    }

    public String getValue() { return courseCode + "|" + checkKey; }
    public long getWaiting() { return waiting; }
}
