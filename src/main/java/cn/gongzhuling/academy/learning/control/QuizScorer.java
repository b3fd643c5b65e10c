package cn.gongzhuling.academy.learning.control;

import cn.gongzhuling.academy.catalog.entity.QuestionType;
import java.util.Set;

/**
 * Scores quiz answers against the answer key, on the server only. Single choice: exactly the
 * correct option; multiple choice: all or nothing (exactly the set of correct options); true/false:
 * "true" or "false" equal to the key. Anything else the client sends scores as wrong.
 */
public final class QuizScorer {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    private QuizScorer() {
    }

    /** The key of one question: its type, the keys of its correct options, the true/false answer. */
    public record Key(QuestionType type, Set<String> correctOptions, Boolean trueFalse) {
    }

    public static boolean isCorrect(Key key, Set<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return false;
        }
        return switch (key.type()) {
            case SINGLE -> chosen.size() == 1 && key.correctOptions().containsAll(chosen);
            case MULTIPLE -> chosen.equals(key.correctOptions());
            case TRUEFALSE -> chosen.size() == 1 && key.trueFalse() != null
                    && chosen.contains(key.trueFalse() ? TRUE : FALSE);
        };
    }

    /** Whole percent, rounded down, so 79.9 % never passes an 80 % pass mark. */
    public static int percent(int correct, int total) {
        return total == 0 ? 0 : correct * 100 / total;
    }

    public static boolean passed(int correct, int total, int passPercent) {
        return total > 0 && correct * 100 >= passPercent * total;
    }
}
