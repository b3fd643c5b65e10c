package cn.gongzhuling.academy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueOrderTest {

    record Row(String name, LocalDate dueDate, long lastActivity) implements DueOrder.Dated {
    }

    @Test
    void overdueFirstThenByDueDateThenUndatedMostRecentFirst() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<Row> rows = new ArrayList<>(List.of(
                new Row("undated-old", null, 1),
                new Row("due-later", today.plusDays(30), 5),
                new Row("overdue-1d", today.minusDays(1), 9),
                new Row("due-today", today, 2),
                new Row("undated-new", null, 8),
                new Row("overdue-10d", today.minusDays(10), 3)));
        rows.sort(DueOrder.comparator(today));
        assertEquals(List.of("overdue-10d", "overdue-1d", "due-today", "due-later", "undated-new", "undated-old"),
                rows.stream().map(Row::name).toList());
    }

    @Test
    void dueTodayIsNotOverdue() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertEquals(false, DueOrder.overdue(today, today));
        assertEquals(true, DueOrder.overdue(today.minusDays(1), today));
        assertEquals(false, DueOrder.overdue(null, today));
    }
}
