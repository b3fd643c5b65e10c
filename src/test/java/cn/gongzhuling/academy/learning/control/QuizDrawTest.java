package cn.gongzhuling.academy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuizDrawTest {

    private static List<QuizDraw.BankQuestion> bank(int size) {
        List<QuizDraw.BankQuestion> bank = new ArrayList<>();
        for (long q = 1; q <= size; q++) {
            bank.add(new QuizDraw.BankQuestion(q, q % 3 == 0 ? List.of() : List.of(q * 10 + 1, q * 10 + 2, q * 10 + 3, q * 10 + 4)));
        }
        return bank;
    }

    @Test
    void drawsTheRequestedNumberOfDistinctQuestionsFromTheBank() {
        List<QuizDraw.Drawn> drawn = QuizDraw.draw(bank(30), 10, new Random(1));
        assertEquals(10, drawn.size());
        Set<Long> ids = drawn.stream().map(QuizDraw.Drawn::questionId).collect(Collectors.toSet());
        assertEquals(10, ids.size());
        ids.forEach(id -> assertEquals(true, id >= 1 && id <= 30));
    }

    @Test
    void theSameSeedDrawsTheSameAttempt() {
        assertEquals(QuizDraw.draw(bank(30), 10, new Random(42)), QuizDraw.draw(bank(30), 10, new Random(42)));
        assertNotEquals(QuizDraw.draw(bank(30), 10, new Random(42)), QuizDraw.draw(bank(30), 10, new Random(43)));
    }

    @Test
    void optionsAreAPermutationOfTheQuestionsOwnOptions() {
        Set<List<Long>> orders = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            for (QuizDraw.Drawn d : QuizDraw.draw(bank(30), 30, new Random(seed))) {
                long q = d.questionId();
                Set<Long> expected = q % 3 == 0 ? Set.of() : Set.of(q * 10 + 1, q * 10 + 2, q * 10 + 3, q * 10 + 4);
                assertEquals(expected, new HashSet<>(d.optionOrder()));
                if (q == 1) {
                    orders.add(d.optionOrder());
                }
            }
        }
        assertEquals(true, orders.size() > 1, "options are shuffled, not always in file order");
    }

    @Test
    void aSmallBankGivesAllItHas() {
        assertEquals(5, QuizDraw.draw(bank(5), 10, new Random(1)).size());
        assertThrows(IllegalArgumentException.class, () -> QuizDraw.draw(bank(5), 0, new Random(1)));
    }

    @Test
    void optionOrderRoundTrips() {
        assertEquals(List.of(13L, 11L, 14L), QuizDraw.split(QuizDraw.join(List.of(13L, 11L, 14L))));
        assertEquals(List.of(), QuizDraw.split(""));
    }
}
