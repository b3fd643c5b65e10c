package cn.gongzhuling.academy.assessment.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** What the grading screen posts: per item done/not done or a level, a comment, and an overall comment. */
public class GradeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Boolean> done = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private String overall;

    public GradeForm done(String item, Boolean value) {
        done.put(item, value);
        return this;
    }

    public GradeForm level(String item, Integer value) {
        levels.put(item, value);
        return this;
    }

    public GradeForm comment(String item, String value) {
        comments.put(item, value);
        return this;
    }

    public GradeForm overall(String value) {
        this.overall = value;
        return this;
    }

    public Map<String, Boolean> getDone() { return done; }
    public Map<String, Integer> getLevels() { return levels; }
    public Map<String, String> getComments() { return comments; }
    public String getOverall() { return overall; }
    public void setOverall(String overall) { this.overall = overall; }
}
