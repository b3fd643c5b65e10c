package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/** Quiz, completion and refresher rules of a course version, as the course file states them. */
@Embeddable
public class CourseRules {

    @Column(name = "quiz_pass_percent", nullable = false)
    private int quizPassPercent;

    @Column(name = "quiz_questions", nullable = false)
    private int quizQuestions;

    @Column(name = "quiz_max_attempts", nullable = false)
    private int quizMaxAttempts;

    @Column(name = "quiz_time_limit", nullable = false)
    private int quizTimeLimitMinutes;

    @Column(name = "requires_all_lessons", nullable = false)
    private boolean requiresAllLessons;

    @Column(name = "requires_quiz", nullable = false)
    private boolean requiresQuiz;

    @Column(name = "required_checks", nullable = false, length = 400)
    private String requiredChecks;

    @Column(name = "refresher_lessons", nullable = false, length = 400)
    private String refresherLessons;

    @Column(name = "refresher_pass_percent", nullable = false)
    private int refresherPassPercent;

    @Column(name = "refresher_questions", nullable = false)
    private int refresherQuestions;

    @Column(name = "refresher_checks", nullable = false, length = 400)
    private String refresherChecks;

    protected CourseRules() {
    }

    public CourseRules(int quizPassPercent, int quizQuestions, int quizMaxAttempts, int quizTimeLimitMinutes,
                       boolean requiresAllLessons, boolean requiresQuiz, List<String> requiredChecks,
                       List<String> refresherLessons, int refresherPassPercent, int refresherQuestions,
                       List<String> refresherChecks) {
        this.quizPassPercent = quizPassPercent;
        this.quizQuestions = quizQuestions;
        this.quizMaxAttempts = quizMaxAttempts;
        this.quizTimeLimitMinutes = quizTimeLimitMinutes;
        this.requiresAllLessons = requiresAllLessons;
        this.requiresQuiz = requiresQuiz;
        this.requiredChecks = String.join(",", requiredChecks);
        this.refresherLessons = String.join(",", refresherLessons);
        this.refresherPassPercent = refresherPassPercent;
        this.refresherQuestions = refresherQuestions;
        this.refresherChecks = String.join(",", refresherChecks);
    }

    public int getQuizPassPercent() { return quizPassPercent; }
    public int getQuizQuestions() { return quizQuestions; }
    public int getQuizMaxAttempts() { return quizMaxAttempts; }
    public int getQuizTimeLimitMinutes() { return quizTimeLimitMinutes; }
    public boolean isRequiresAllLessons() { return requiresAllLessons; }
    public boolean isRequiresQuiz() { return requiresQuiz; }
    public String getRequiredChecks() { return requiredChecks; }
    public List<String> getRefresherLessonKeys() { return CourseVersion.split(refresherLessons); }
    public int getRefresherPassPercent() { return refresherPassPercent; }
    public int getRefresherQuestions() { return refresherQuestions; }
    public List<String> getRefresherCheckKeys() { return CourseVersion.split(refresherChecks); }
}
