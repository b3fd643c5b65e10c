package cn.gongzhuling.academy.platform.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one import. Counts every problem but keeps only the first
 * {@link #CAP}, so a file of garbage cannot fill the memory or the page.
 */
public final class ImportErrors {

    public static final int CAP = 200;
    /** Longest piece of a cell repeated inside a message. */
    static final int SHOWN_MAX = 60;

    private final List<ImportError> kept = new ArrayList<>();
    private int total;

    public void add(int line, String field, String key, Object... args) {
        total++;
        if (kept.size() < CAP) {
            kept.add(new ImportError(line, field == null ? "" : field, key, args));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Every problem found, also those not kept. */
    public int total() {
        return total;
    }

    public boolean truncated() {
        return total > kept.size();
    }

    /** The kept problems, by line (stable for problems on the same line). */
    public List<ImportError> list() {
        return kept.stream().sorted(Comparator.comparingInt(ImportError::line)).toList();
    }

    /** A cell value as quoted back in a message: shortened, never null. */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= SHOWN_MAX ? value : value.substring(0, SHOWN_MAX) + "…";
    }
}
