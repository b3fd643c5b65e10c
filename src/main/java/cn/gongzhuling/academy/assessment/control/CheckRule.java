package cn.gongzhuling.academy.assessment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A practical check's pass rule, as the course file states it, and the scoring of one attempt.
 * Checklist: an item is done or not and is worth its points. Rubric: an item reaches a level, worth
 * that many points out of the top level. The attempt passes when every item is graded, the points
 * reach {@code passMinPercent} of the maximum and (with {@code allCritical}) every critical item is
 * done (checklist) or reaches {@code criticalMinLevel} (rubric): a failed critical item fails the
 * check whatever the score. Pure, so it is tested without a server.
 */
public final class CheckRule {

    /** One item as the check defines it; points are ignored for rubric checks. */
    public record Item(String key, boolean critical, int points) {
    }

    /** A grade given to an item: {@code done} for checklists, {@code level} for rubrics; null when not graded. */
    public record Grade(Boolean done, Integer level) {
        public static final Grade NONE = new Grade(null, null);
    }

    /** The outcome of scoring: points out of max, which items are still ungraded and which critical items failed. */
    public record Outcome(int points, int maxPoints, List<String> ungraded, List<String> failedCritical,
                          boolean passed) {
        public boolean complete() {
            return ungraded.isEmpty();
        }

        public int percent() {
            return maxPoints == 0 ? 0 : points * 100 / maxPoints;
        }

        public int getPoints() { return points; }
        public int getMaxPoints() { return maxPoints; }
        public int getPercent() { return percent(); }
        public boolean isPassed() { return passed; }
        public boolean isComplete() { return complete(); }
        public List<String> getFailedCritical() { return failedCritical; }
        public List<String> getUngraded() { return ungraded; }
    }

    private final boolean rubric;
    private final int passMinPercent;
    private final boolean allCritical;
    private final List<Integer> levels;
    private final Integer criticalMinLevel;
    private final List<Item> items;

    private CheckRule(boolean rubric, int passMinPercent, boolean allCritical, List<Integer> levels,
                      Integer criticalMinLevel, List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a check has at least one item");
        }
        if (rubric && levels.isEmpty()) {
            throw new IllegalArgumentException("a rubric check declares its levels");
        }
        this.rubric = rubric;
        this.passMinPercent = passMinPercent;
        this.allCritical = allCritical;
        this.levels = List.copyOf(levels);
        this.criticalMinLevel = criticalMinLevel;
        this.items = List.copyOf(items);
    }

    public static CheckRule checklist(int passMinPercent, boolean allCritical, List<Item> items) {
        return new CheckRule(false, passMinPercent, allCritical, List.of(), null, items);
    }

    public static CheckRule rubric(int passMinPercent, boolean allCritical, List<Integer> levels,
                                   Integer criticalMinLevel, List<Item> items) {
        return new CheckRule(true, passMinPercent, allCritical, levels, criticalMinLevel, items);
    }

    public boolean isRubric() {
        return rubric;
    }

    public int topLevel() {
        return levels.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The level a critical rubric item must reach: the file's criticalMinLevel, else the top level. */
    public int criticalLevel() {
        return criticalMinLevel != null ? criticalMinLevel : topLevel();
    }

    /** Whether a grade is one this check can take (a declared level for rubrics, done/not done for checklists). */
    public boolean accepts(Grade grade) {
        if (grade == null || grade.equals(Grade.NONE)) {
            return true;
        }
        return rubric ? grade.done() == null && levels.contains(grade.level())
                : grade.level() == null && grade.done() != null;
    }

    public Outcome score(Map<String, Grade> grades) {
        int points = 0;
        int max = 0;
        List<String> ungraded = new ArrayList<>();
        List<String> failedCritical = new ArrayList<>();
        for (Item item : items) {
            Grade g = grades.getOrDefault(item.key(), Grade.NONE);
            int worth = rubric ? topLevel() : item.points();
            max += worth;
            boolean graded = rubric ? g.level() != null : g.done() != null;
            if (!graded) {
                ungraded.add(item.key());
                continue;
            }
            int got = rubric ? g.level() : (g.done() ? item.points() : 0);
            points += got;
            boolean criticalOk = rubric ? g.level() >= criticalLevel() : g.done();
            if (item.critical() && !criticalOk) {
                failedCritical.add(item.key());
            }
        }
        boolean enough = (long) points * 100 >= (long) passMinPercent * max;
        boolean passed = ungraded.isEmpty() && enough && !(allCritical && !failedCritical.isEmpty());
        return new Outcome(points, max, List.copyOf(ungraded), List.copyOf(failedCritical), passed);
    }
}
