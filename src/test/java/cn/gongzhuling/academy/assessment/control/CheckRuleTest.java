package cn.gongzhuling.academy.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.assessment.control.CheckRule.Grade;
import cn.gongzhuling.academy.assessment.control.CheckRule.Item;
import cn.gongzhuling.academy.assessment.control.CheckRule.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pass rule of practical checks, with the shapes of the real CPR checklist and mediation rubric. */
class CheckRuleTest {

    /** Like adult-cpr-aed: 14 items of 1 point, 6 of them critical, 80 % and all critical. */
    private static final List<Item> CPR = List.of(
            new Item("scene-safety", false, 1), new Item("check-response", false, 1),
            new Item("check-breathing", false, 1), new Item("call-120-aed", false, 1),
            new Item("hand-position", true, 1), new Item("compression-rate", true, 1),
            new Item("compression-depth", true, 1), new Item("full-recoil", true, 1),
            new Item("minimal-interruptions", true, 1), new Item("ventilation-30-2", false, 1),
            new Item("aed-power-on", false, 1), new Item("pad-placement", false, 1),
            new Item("aed-clear", true, 1), new Item("resume-after-shock", false, 1));

    private final CheckRule cpr = CheckRule.checklist(80, true, CPR);

    private static Map<String, Grade> all(List<Item> items, boolean done) {
        Map<String, Grade> grades = new HashMap<>();
        items.forEach(i -> grades.put(i.key(), new Grade(done, null)));
        return grades;
    }

    @Test
    void everyItemDonePasses() {
        Outcome o = cpr.score(all(CPR, true));
        assertTrue(o.passed());
        assertEquals(14, o.points());
        assertEquals(14, o.maxPoints());
        assertEquals(100, o.percent());
        assertTrue(o.failedCritical().isEmpty());
    }

    @Test
    void aFailedCriticalItemFailsWhateverTheScore() {
        Map<String, Grade> grades = all(CPR, true);
        grades.put("aed-clear", new Grade(false, null));
        Outcome o = cpr.score(grades);
        assertEquals(13, o.points(), "13 of 14 is 92 %, well above 80 %");
        assertFalse(o.passed());
        assertEquals(List.of("aed-clear"), o.failedCritical());
    }

    @Test
    void theThresholdIsInclusiveAndComputedWithoutRounding() {
        // 12/14 = 85.7 % passes; 11/14 = 78.6 % fails: non-critical misses only
        Map<String, Grade> grades = all(CPR, true);
        grades.put("scene-safety", new Grade(false, null));
        grades.put("check-response", new Grade(false, null));
        assertTrue(cpr.score(grades).passed());
        grades.put("call-120-aed", new Grade(false, null));
        assertFalse(cpr.score(grades).passed());
        assertTrue(cpr.score(grades).failedCritical().isEmpty());

        // exactly 80 %: 4 of 5 points
        List<Item> five = List.of(new Item("a", false, 1), new Item("b", false, 1), new Item("c", false, 1),
                new Item("d", false, 1), new Item("e", false, 1));
        Map<String, Grade> g = all(five, true);
        g.put("e", new Grade(false, null));
        assertTrue(CheckRule.checklist(80, true, five).score(g).passed(), "80 % of 80 % passes");
    }

    @Test
    void pointsWeighItems() {
        List<Item> weighted = List.of(new Item("big", false, 8), new Item("small", false, 2));
        CheckRule rule = CheckRule.checklist(80, true, weighted);
        Map<String, Grade> g = all(weighted, true);
        g.put("small", new Grade(false, null));
        Outcome o = rule.score(g);
        assertEquals(8, o.points());
        assertEquals(10, o.maxPoints());
        assertTrue(o.passed());
        g.put("small", new Grade(true, null));
        g.put("big", new Grade(false, null));
        assertFalse(rule.score(g).passed());
    }

    @Test
    void anUngradedItemMeansNotPassedYet() {
        Map<String, Grade> grades = all(CPR, true);
        grades.remove("pad-placement");
        Outcome o = cpr.score(grades);
        assertFalse(o.complete());
        assertFalse(o.passed());
        assertEquals(List.of("pad-placement"), o.ungraded());
        assertEquals(13, o.points());
    }

    @Test
    void withoutAllCriticalOnlyThePointsCount() {
        CheckRule lenient = CheckRule.checklist(80, false, CPR);
        Map<String, Grade> grades = all(CPR, true);
        grades.put("aed-clear", new Grade(false, null));
        Outcome o = lenient.score(grades);
        assertTrue(o.passed());
        assertEquals(List.of("aed-clear"), o.failedCritical(), "still reported");
    }

    /** Like role-play-mediation: 10 items on levels 0-3, 3 critical needing level 2, 70 % (21 of 30). */
    private static final List<Item> MEDIATION = List.of(
            new Item("explains-principles", true, 0), new Item("hears-both-sides", true, 0),
            new Item("active-listening", false, 0), new Item("de-escalation", false, 0),
            new Item("interests", false, 0), new Item("options", false, 0), new Item("reality-testing", false, 0),
            new Item("written-agreement", true, 0), new Item("confirmation-followup", false, 0),
            new Item("safety-referral", false, 0));

    private final CheckRule mediation = CheckRule.rubric(70, true, List.of(0, 1, 2, 3), 2, MEDIATION);

    private static Map<String, Grade> levels(int... values) {
        Map<String, Grade> g = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            g.put(MEDIATION.get(i).key(), new Grade(null, values[i]));
        }
        return g;
    }

    @Test
    void aRubricPassesAt21Of30WithEveryCriticalAtLevelTwo() {
        Outcome o = mediation.score(levels(2, 2, 2, 2, 2, 2, 2, 2, 2, 3));
        assertEquals(21, o.points());
        assertEquals(30, o.maxPoints());
        assertTrue(o.passed());
        assertFalse(mediation.score(levels(2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).passed(), "20 of 30 is below 70 %");
    }

    @Test
    void aCriticalRubricItemBelowItsLevelFailsEvenWithFullMarksElsewhere() {
        Outcome o = mediation.score(levels(3, 3, 3, 3, 3, 3, 3, 1, 3, 3));
        assertEquals(28, o.points());
        assertFalse(o.passed());
        assertEquals(List.of("written-agreement"), o.failedCritical());
    }

    @Test
    void withoutCriticalMinLevelACriticalRubricItemNeedsTheTopLevel() {
        CheckRule strict = CheckRule.rubric(50, true, List.of(0, 1, 2), null, List.of(new Item("x", true, 0)));
        assertEquals(2, strict.criticalLevel());
        assertFalse(strict.score(Map.of("x", new Grade(null, 1))).passed());
        assertTrue(strict.score(Map.of("x", new Grade(null, 2))).passed());
    }

    @Test
    void gradesOfTheWrongKindAreNotAccepted() {
        assertTrue(mediation.accepts(new Grade(null, 3)));
        assertFalse(mediation.accepts(new Grade(null, 4)), "an undeclared level");
        assertFalse(mediation.accepts(new Grade(true, null)), "a checkbox on a rubric");
        assertTrue(cpr.accepts(new Grade(false, null)));
        assertFalse(cpr.accepts(new Grade(null, 2)), "a level on a checklist");
        assertTrue(cpr.accepts(Grade.NONE), "not graded yet");
    }

    @Test
    void aCheckWithoutItemsOrARubricWithoutLevelsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CheckRule.checklist(80, true, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> CheckRule.rubric(70, true, List.of(), 2, List.of(new Item("x", false, 0))));
    }

    @Test
    void theSnapshotNamesEveryItemAndComment() {
        String s = Snapshot.describe("SIGNED", false, 13, 14, List.of(
                new Snapshot.Line("aed-clear", new Grade(false, null), " touched the patient "),
                new Snapshot.Line("interests", new Grade(null, 2), null),
                new Snapshot.Line("x", Grade.NONE, "")), "retake next week");
        assertEquals("SIGNED FAIL 13/14; aed-clear=✗ «touched the patient»; interests=2; x=–; overall «retake next week»", s);
    }
}
