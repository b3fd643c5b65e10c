package cn.gongzhuling.academy.assessment.control;

import java.util.List;

/**
 * The state of a result as one line of text for the grade history's "before" and "after":
 * status, outcome, then every item as key=✓/✗ (checklist) or key=level (rubric) with its comment.
 */
public final class Snapshot {

    /** One item's grade and comment. */
    public record Line(String key, CheckRule.Grade grade, String comment) {
    }

    private Snapshot() {
    }

    public static String describe(String status, Boolean passed, Integer points, Integer maxPoints,
                                  List<Line> lines, String overallComment) {
        StringBuilder sb = new StringBuilder(status);
        if (passed != null) {
            sb.append(passed ? " PASS " : " FAIL ").append(points).append('/').append(maxPoints);
        }
        for (Line line : lines) {
            CheckRule.Grade g = line.grade();
            String value = g.done() != null ? (g.done() ? "✓" : "✗") : g.level() != null ? g.level().toString() : "–";
            sb.append("; ").append(line.key()).append('=').append(value);
            if (line.comment() != null && !line.comment().isBlank()) {
                sb.append(" «").append(line.comment().strip()).append('»');
            }
        }
        if (overallComment != null && !overallComment.isBlank()) {
            sb.append("; overall «").append(overallComment.strip()).append('»');
        }
        return sb.toString();
    }
}
