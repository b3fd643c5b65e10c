package cn.gongzhuling.academy.assessment.boundary;

import java.time.LocalDate;
import java.util.Locale;

/** A session in a list: what, when, where, and how far grading has got. */
public record SessionSummary(Long id, LocalDate date, String place, String courseZh, String courseEn, String checkZh,
                             String checkEn, long rostered, long closed) {

    public String course(Locale l) { return "en".equals(l.getLanguage()) ? courseEn : courseZh; }
    public String check(Locale l) { return "en".equals(l.getLanguage()) ? checkEn : checkZh; }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getPlace() { return place; }
    public long getRostered() { return rostered; }
    public long getClosed() { return closed; }
}
