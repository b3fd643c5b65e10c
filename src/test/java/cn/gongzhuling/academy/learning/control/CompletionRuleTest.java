package cn.gongzhuling.academy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    private final CompletionRule cpr = new CompletionRule(true, true, 3);

    @Test
    void nothingDoneIsNotStarted() {
        assertEquals(EnrolmentStatus.NOT_STARTED, cpr.evaluate(0, 7, false, 0, false));
    }

    @Test
    void openingALessonStartsTheCourse() {
        assertEquals(EnrolmentStatus.IN_PROGRESS, cpr.evaluate(0, 7, false, 0, true));
        assertEquals(EnrolmentStatus.IN_PROGRESS, cpr.evaluate(3, 7, false, 0, false));
    }

    @Test
    void allLessonsWithoutQuizIsStillInProgress() {
        assertEquals(EnrolmentStatus.IN_PROGRESS, cpr.evaluate(7, 7, false, 0, true));
    }

    @Test
    void quizPassedButALessonMissingIsInProgress() {
        assertEquals(EnrolmentStatus.IN_PROGRESS, cpr.evaluate(6, 7, true, 0, true));
    }

    @Test
    void lessonsAndQuizDoneAwaitsThePracticalChecks() {
        assertEquals(EnrolmentStatus.AWAITING_PRACTICAL, cpr.evaluate(7, 7, true, 0, true));
        assertEquals(EnrolmentStatus.AWAITING_PRACTICAL, cpr.evaluate(7, 7, true, 2, true));
    }

    @Test
    void everythingPassedCompletes() {
        assertEquals(EnrolmentStatus.COMPLETED, cpr.evaluate(7, 7, true, 3, true));
    }

    @Test
    void aCourseWithoutChecksCompletesOnline() {
        CompletionRule online = new CompletionRule(true, true, 0);
        assertEquals(EnrolmentStatus.COMPLETED, online.evaluate(4, 4, true, 0, true));
    }

    @Test
    void lessonsNotRequiredMeansQuizAloneCounts() {
        CompletionRule quizOnly = new CompletionRule(false, true, 0);
        assertEquals(EnrolmentStatus.COMPLETED, quizOnly.evaluate(0, 5, true, 0, true));
        assertTrue(quizOnly.lessonsSatisfied(0, 5));
        assertFalse(cpr.lessonsSatisfied(6, 7));
    }
}
