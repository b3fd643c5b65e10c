package cn.gongzhuling.academy.learning.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws the questions of one attempt from a course version's bank and shuffles each question's
 * options. Works on ids only: the answer key stays in the database. Deterministic for a given
 * Random, so tests pass a seed and the service a SecureRandom.
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /** A question of the bank with the ids of its options in file order (empty for true/false). */
    public record BankQuestion(long questionId, List<Long> optionIds) {
    }

    /** A drawn question and the order its options are shown in for this attempt. */
    public record Drawn(long questionId, List<Long> optionOrder) {
    }

    public static List<Drawn> draw(List<BankQuestion> bank, int count, Random random) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive");
        }
        List<BankQuestion> pool = new ArrayList<>(bank);
        Collections.shuffle(pool, random);
        List<Drawn> drawn = new ArrayList<>();
        for (BankQuestion q : pool.subList(0, Math.min(count, pool.size()))) {
            List<Long> options = new ArrayList<>(q.optionIds());
            Collections.shuffle(options, random);
            drawn.add(new Drawn(q.questionId(), List.copyOf(options)));
        }
        return drawn;
    }

    /** Option order as stored in attempt_question.option_order. */
    public static String join(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            sb.append(sb.length() == 0 ? "" : ",").append(id);
        }
        return sb.toString();
    }

    public static List<Long> split(String joined) {
        List<Long> ids = new ArrayList<>();
        if (joined != null && !joined.isBlank()) {
            for (String part : joined.split(",")) {
                ids.add(Long.valueOf(part.trim()));
            }
        }
        return ids;
    }
}
