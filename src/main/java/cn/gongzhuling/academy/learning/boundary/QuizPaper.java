package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.QuestionType;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An open attempt as the browser may see it: question texts and options in the drawn order,
 * never which option is correct.
 */
public record QuizPaper(Long attemptId, Long enrolmentId, int attemptNo, LocalDateTime deadline,
                        List<PaperQuestion> questions) implements Serializable {

    public record PaperQuestion(Long questionId, int number, QuestionType type, String text,
                                List<PaperOption> options) implements Serializable {
        public Long getQuestionId() { return questionId; }
        public int getNumber() { return number; }
        public QuestionType getType() { return type; }
        public String getText() { return text; }
        public List<PaperOption> getOptions() { return options; }
        public boolean isMultiple() { return type == QuestionType.MULTIPLE; }
        public boolean isTrueFalse() { return type == QuestionType.TRUEFALSE; }

        /** "Choose all that apply", unless the question text already says so. */
        public boolean isMultipleHint() {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return isMultiple() && !text.contains("多选") && !lower.contains("all that apply")
                    && !lower.contains("select all");
        }
    }

    public record PaperOption(String key, String text) implements Serializable {
        public String getKey() { return key; }
        public String getText() { return text; }
    }

    public Long getAttemptId() { return attemptId; }
    public Long getEnrolmentId() { return enrolmentId; }
    public int getAttemptNo() { return attemptNo; }
    public LocalDateTime getDeadline() { return deadline; }
    public List<PaperQuestion> getQuestions() { return questions; }
}
