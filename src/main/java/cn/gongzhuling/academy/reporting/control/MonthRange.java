package cn.gongzhuling.academy.reporting.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole months for the impact analysis, from its first to its last month inclusive.
 * Parsing refuses what a user can get wrong with a message key: a missing or malformed month, a
 * reversed period, a period in the future, and one longer than {@link #MAX_MONTHS}.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 60;

    /** Thrown with the bundle key of what is wrong. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Invalid(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() { return key; }
    }

    /** The last {@code months} months up to and including the current one. */
    public static MonthRange lastMonths(int months, LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return new MonthRange(now.minusMonths(months - 1L), now);
    }

    /** Parses "2025-01" and "2026-11"; the end may not lie after the current month. */
    public static MonthRange parse(String from, String to, LocalDate today) {
        YearMonth start = month(from);
        YearMonth end = month(to);
        if (end.isBefore(start)) {
            throw new Invalid("impact.error.reversed");
        }
        if (end.isAfter(YearMonth.from(today))) {
            throw new Invalid("impact.error.future");
        }
        MonthRange range = new MonthRange(start, end);
        if (range.months() > MAX_MONTHS) {
            throw new Invalid("impact.error.tooLong");
        }
        return range;
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("impact.error.missing");
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Invalid("impact.error.format");
        }
    }

    public YearMonth getFrom() { return from; }
    public YearMonth getTo() { return to; }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The day after the last month: records are selected with occurred_at &lt; this. */
    public LocalDate endExclusive() {
        return to.plusMonths(1).atDay(1);
    }

    /** Months counted from year 0, as the SQL computes them (year * 12 + month - 1). */
    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
