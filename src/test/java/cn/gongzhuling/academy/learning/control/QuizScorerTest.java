package cn.gongzhuling.academy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.catalog.entity.QuestionType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizScorerTest {

    private static final QuizScorer.Key SINGLE = new QuizScorer.Key(QuestionType.SINGLE, Set.of("b"), null);
    private static final QuizScorer.Key MULTIPLE = new QuizScorer.Key(QuestionType.MULTIPLE, Set.of("a", "c"), null);
    private static final QuizScorer.Key TRUE = new QuizScorer.Key(QuestionType.TRUEFALSE, Set.of(), true);
    private static final QuizScorer.Key FALSE = new QuizScorer.Key(QuestionType.TRUEFALSE, Set.of(), false);

    @Test
    void singleChoiceNeedsExactlyTheCorrectOption() {
        assertTrue(QuizScorer.isCorrect(SINGLE, Set.of("b")));
        assertFalse(QuizScorer.isCorrect(SINGLE, Set.of("a")));
        assertFalse(QuizScorer.isCorrect(SINGLE, Set.of("a", "b")), "two ticks on a single choice never score");
        assertFalse(QuizScorer.isCorrect(SINGLE, Set.of()));
        assertFalse(QuizScorer.isCorrect(SINGLE, null));
    }

    @Test
    void multipleChoiceIsAllOrNothing() {
        assertTrue(QuizScorer.isCorrect(MULTIPLE, Set.of("a", "c")));
        assertFalse(QuizScorer.isCorrect(MULTIPLE, Set.of("a")), "partly right is wrong");
        assertFalse(QuizScorer.isCorrect(MULTIPLE, Set.of("a", "b", "c")), "an extra wrong tick is wrong");
    }

    @Test
    void trueFalseComparesWithTheKey() {
        assertTrue(QuizScorer.isCorrect(TRUE, Set.of("true")));
        assertFalse(QuizScorer.isCorrect(TRUE, Set.of("false")));
        assertTrue(QuizScorer.isCorrect(FALSE, Set.of("false")));
        assertFalse(QuizScorer.isCorrect(FALSE, Set.of("true", "false")));
        assertFalse(QuizScorer.isCorrect(FALSE, Set.of("maybe")));
    }

    @Test
    void passMarkIsInclusiveAndNeverRoundsUp() {
        assertTrue(QuizScorer.passed(8, 10, 80));
        assertFalse(QuizScorer.passed(7, 10, 80));
        assertFalse(QuizScorer.passed(0, 0, 0));
        assertFalse(QuizScorer.passed(4, 5, 81));
        assertEquals(66, QuizScorer.percent(2, 3));
        assertEquals(0, QuizScorer.percent(0, 0));
    }
}
