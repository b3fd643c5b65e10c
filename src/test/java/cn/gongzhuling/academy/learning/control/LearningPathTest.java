package cn.gongzhuling.academy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CPR course file's rules: 7 lessons, quiz 10 at 80 %, three checks; refresher 3 lessons, 6 at 80 %, one check. */
class LearningPathTest {

    private static final List<String> LESSONS = List.of("01-chain-of-survival", "02-recognise-and-call",
            "03-adult-cpr", "04-aed", "05-choking", "06-bleeding-recovery", "07-teaching-caregivers");

    private final LearningPath.Rules cpr = LearningPath.Rules.of(true, true, 10, 80,
            "adult-cpr-aed,choking-relief,teach-back", "03-adult-cpr,04-aed,05-choking", 6, 80, "adult-cpr-aed");

    /** As the importer stores a course without a refresher block. */
    private final LearningPath.Rules noBlock = LearningPath.Rules.of(true, true, 10, 70, "a,b", "", 0, 0, "");

    @Test
    void aFirstEnrolmentFollowsTheWholeCourse() {
        LearningPath path = LearningPath.of(cpr, 0);
        assertFalse(path.isRefresher());
        assertNull(path.getLessonKeys());
        assertEquals(LESSONS, path.lessonsOf(LESSONS));
        assertEquals(10, path.getQuizQuestions());
        assertEquals(80, path.getQuizPassPercent());
        assertEquals(List.of("adult-cpr-aed", "choking-relief", "teach-back"), path.getCheckKeys());
    }

    @Test
    void aRefresherFollowsOnlyTheRefresherBlock() {
        LearningPath path = LearningPath.of(cpr, 1);
        assertTrue(path.isRefresher());
        assertEquals(List.of("03-adult-cpr", "04-aed", "05-choking"), path.lessonsOf(LESSONS));
        assertFalse(path.includes("01-chain-of-survival"));
        assertEquals(6, path.getQuizQuestions());
        assertEquals(80, path.getQuizPassPercent());
        assertTrue(path.isQuizRequired());
        assertEquals(List.of("adult-cpr-aed"), path.getCheckKeys());
        assertEquals(LearningPath.of(cpr, 3).getCheckKeys(), path.getCheckKeys(), "every cycle alike");
    }

    @Test
    void theRefresherCompletesWithItsThreeLessonsQuizAndOneCheck() {
        CompletionRule rule = LearningPath.of(cpr, 1).completionRule();
        assertEquals(EnrolmentStatus.IN_PROGRESS, rule.evaluate(2, 3, false, 0, true));
        assertEquals(EnrolmentStatus.AWAITING_PRACTICAL, rule.evaluate(3, 3, true, 0, true));
        assertEquals(EnrolmentStatus.COMPLETED, rule.evaluate(3, 3, true, 1, true));
        assertEquals(EnrolmentStatus.AWAITING_PRACTICAL, LearningPath.of(cpr, 0).completionRule()
                .evaluate(7, 7, true, 1, true), "the whole course still needs all three checks");
    }

    @Test
    void aCourseWithoutARefresherBlockRenewsThroughTheWholeCourse() {
        LearningPath path = LearningPath.of(noBlock, 2);
        assertFalse(path.isRefresher());
        assertEquals(LESSONS, path.lessonsOf(LESSONS));
        assertEquals(10, path.getQuizQuestions());
        assertEquals(70, path.getQuizPassPercent());
        assertEquals(List.of("a", "b"), path.getCheckKeys());
    }

    @Test
    void aRefresherWithoutQuizOrChecksNeedsOnlyItsLessons() {
        LearningPath path = LearningPath.of(LearningPath.Rules.of(true, true, 10, 80, "a", "02-x", 0, 0, ""), 1);
        assertTrue(path.isRefresher());
        assertFalse(path.isQuizOffered());
        assertFalse(path.isQuizRequired());
        assertTrue(path.getCheckKeys().isEmpty());
        assertEquals(EnrolmentStatus.COMPLETED, path.completionRule().evaluate(1, 1, false, 0, true));
    }

    @Test
    void aRefresherOfOnlyAQuizListsNoLessons() {
        LearningPath path = LearningPath.of(LearningPath.Rules.of(true, true, 10, 80, "a", "", 5, 90, ""), 1);
        assertTrue(path.isRefresher());
        assertTrue(path.lessonsOf(LESSONS).isEmpty());
        assertEquals(5, path.getQuizQuestions());
        assertEquals(90, path.getQuizPassPercent());
        assertEquals(EnrolmentStatus.COMPLETED, path.completionRule().evaluate(0, 0, true, 0, true));
    }
}
