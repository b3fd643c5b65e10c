package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.entity.QuizAttempt;
import java.util.List;

/** A submitted attempt with, now that it is submitted, the right answers and the explanations. */
public record QuizResult(QuizAttempt attempt, int passPercent, List<ResultQuestion> questions) {

    public record ResultQuestion(int number, String text, boolean correct, List<ResultOption> options,
                                 String explanation) {
        public int getNumber() { return number; }
        public String getText() { return text; }
        public boolean isCorrect() { return correct; }
        public List<ResultOption> getOptions() { return options; }
        public String getExplanation() { return explanation; }
    }

    public record ResultOption(String text, boolean chosen, boolean right) {
        public String getText() { return text; }
        public boolean isChosen() { return chosen; }
        public boolean isRight() { return right; }
    }

    public QuizAttempt getAttempt() { return attempt; }
    public int getPassPercent() { return passPercent; }
    public List<ResultQuestion> getQuestions() { return questions; }
    public Long getEnrolmentId() { return attempt.getEnrolment().getId(); }
}
