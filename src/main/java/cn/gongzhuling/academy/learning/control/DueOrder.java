package cn.gongzhuling.academy.learning.control;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Order of the trainee's open courses: overdue first (longest overdue first), then by due date,
 * then courses without a due date, most recently active first.
 */
public final class DueOrder {

    private DueOrder() {
    }

    /** What the ordering needs to know about a row. */
    public interface Dated {
        LocalDate dueDate();

        /** Epoch millis of the last activity or enrolment, for ties and undated rows. */
        long lastActivity();
    }

    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today);
    }

    public static <T extends Dated> Comparator<T> comparator(LocalDate today) {
        Comparator<T> byOverdue = Comparator.comparing(r -> !overdue(r.dueDate(), today));
        Comparator<T> byHasDue = Comparator.comparing(r -> r.dueDate() == null);
        Comparator<T> byDue = Comparator.comparing(r -> r.dueDate() == null ? LocalDate.MAX : r.dueDate());
        Comparator<T> byActivity = Comparator.comparingLong(r -> -r.lastActivity());
        return byOverdue.thenComparing(byHasDue).thenComparing(byDue).thenComparing(byActivity);
    }
}
