package cn.gongzhuling.academy.learning.control;

import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;

/**
 * A course version's completion rule: all lessons (if required), the quiz passed (if required)
 * and every required practical check passed. Pure, so it is tested without a server.
 */
public final class CompletionRule {

    private final boolean requiresAllLessons;
    private final boolean requiresQuiz;
    private final int requiredChecks;

    public CompletionRule(boolean requiresAllLessons, boolean requiresQuiz, int requiredChecks) {
        this.requiresAllLessons = requiresAllLessons;
        this.requiresQuiz = requiresQuiz;
        this.requiredChecks = requiredChecks;
    }

    /**
     * @param lessonsDone  lessons of the pinned version the trainee completed
     * @param lessonCount  lessons in the pinned version
     * @param quizPassed   whether any submitted attempt passed
     * @param checksPassed required practical checks passed (0 until the assessment feature reports them)
     * @param started      whether the trainee did anything yet (opened a lesson or started the quiz)
     */
    public EnrolmentStatus evaluate(int lessonsDone, int lessonCount, boolean quizPassed, int checksPassed,
                                    boolean started) {
        boolean lessonsOk = !requiresAllLessons || lessonsDone >= lessonCount;
        boolean quizOk = !requiresQuiz || quizPassed;
        if (lessonsOk && quizOk) {
            return checksPassed >= requiredChecks ? EnrolmentStatus.COMPLETED : EnrolmentStatus.AWAITING_PRACTICAL;
        }
        return started || lessonsDone > 0 || quizPassed ? EnrolmentStatus.IN_PROGRESS : EnrolmentStatus.NOT_STARTED;
    }

    /** Whether the online part (lessons and quiz) is done, so the quiz can be offered as the next step. */
    public boolean lessonsSatisfied(int lessonsDone, int lessonCount) {
        return !requiresAllLessons || lessonsDone >= lessonCount;
    }
}
