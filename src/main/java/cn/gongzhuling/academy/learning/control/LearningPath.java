package cn.gongzhuling.academy.learning.control;

import java.io.Serializable;
import java.util.List;

/**
 * What one enrolment has to do, from the rules of its course version: the whole course for a
 * first enrolment, or the course file's refresher path for a refresher (refresher cycle above 0):
 * only the refresher's lessons, its quiz (questions per attempt, pass mark) and its checks. A
 * course without a refresher block renews through the whole course. Pure, so lessons, quiz,
 * grading queue and completion all ask the same rule and tests need no server.
 */
public final class LearningPath implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean refresher;
    private final List<String> lessonKeys;
    private final boolean requiresAllLessons;
    private final boolean quizRequired;
    private final int quizQuestions;
    private final int quizPassPercent;
    private final List<String> checkKeys;

    private LearningPath(boolean refresher, List<String> lessonKeys, boolean requiresAllLessons, boolean quizRequired,
                         int quizQuestions, int quizPassPercent, List<String> checkKeys) {
        this.refresher = refresher;
        this.lessonKeys = lessonKeys == null ? null : List.copyOf(lessonKeys);
        this.requiresAllLessons = requiresAllLessons;
        this.quizRequired = quizRequired;
        this.quizQuestions = quizQuestions;
        this.quizPassPercent = quizPassPercent;
        this.checkKeys = List.copyOf(checkKeys);
    }

    /**
     * The course's rules as stored. A refresher block is present when it names lessons or checks or
     * a quiz (questions above 0); the importer stores 0 questions and pass mark 0 for "no refresher
     * quiz" and for a course without the block.
     */
    public record Rules(boolean requiresAllLessons, boolean requiresQuiz, int quizQuestions, int quizPassPercent,
                        List<String> requiredChecks, List<String> refresherLessons, int refresherQuestions,
                        int refresherPassPercent, List<String> refresherChecks) {

        /** From the stored columns, where key lists are comma-joined. */
        public static Rules of(boolean requiresAllLessons, boolean requiresQuiz, int quizQuestions, int quizPassPercent,
                               String requiredChecks, String refresherLessons, int refresherQuestions,
                               int refresherPassPercent, String refresherChecks) {
            return new Rules(requiresAllLessons, requiresQuiz, quizQuestions, quizPassPercent, keys(requiredChecks),
                    keys(refresherLessons), refresherQuestions, refresherPassPercent, keys(refresherChecks));
        }

        private static List<String> keys(String joined) {
            return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
        }

        public boolean hasRefresher() {
            return !refresherLessons.isEmpty() || !refresherChecks.isEmpty() || refresherQuestions > 0;
        }
    }

    public static LearningPath of(Rules rules, int refresherCycle) {
        if (refresherCycle > 0 && rules.hasRefresher()) {
            int questions = Math.max(0, rules.refresherQuestions());
            return new LearningPath(true, rules.refresherLessons(), true, questions > 0, questions,
                    rules.refresherPassPercent(), rules.refresherChecks());
        }
        return new LearningPath(false, null, rules.requiresAllLessons(), rules.requiresQuiz(), rules.quizQuestions(),
                rules.quizPassPercent(), rules.requiredChecks());
    }

    /** True when this enrolment follows the shorter refresher path (not the whole course). */
    public boolean isRefresher() { return refresher; }

    /** Whether a lesson (by its key in the course file) belongs to the path. */
    public boolean includes(String lessonKey) {
        return lessonKeys == null || lessonKeys.contains(lessonKey);
    }

    /** The lessons of the path in course order, from the version's lesson keys in order. */
    public List<String> lessonsOf(List<String> versionLessonKeys) {
        return versionLessonKeys.stream().filter(this::includes).toList();
    }

    /** The refresher's lesson keys; null for the whole course. */
    public List<String> getLessonKeys() { return lessonKeys; }
    /** Whether passing the quiz is required; a refresher without a quiz offers none. */
    public boolean isQuizRequired() { return quizRequired; }
    /** Whether a quiz can be taken at all on this path. */
    public boolean isQuizOffered() { return quizQuestions > 0; }
    public int getQuizQuestions() { return quizQuestions; }
    public int getQuizPassPercent() { return quizPassPercent; }
    public List<String> getCheckKeys() { return checkKeys; }

    public CompletionRule completionRule() {
        return new CompletionRule(requiresAllLessons, isQuizRequired(), checkKeys.size());
    }
}
