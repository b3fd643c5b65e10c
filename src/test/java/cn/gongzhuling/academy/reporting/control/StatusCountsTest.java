package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatusCountsTest {

    @Test
    void awaitingPracticalCountsAsInProgressAndOnItsOwn() {
        StatusCounts c = new StatusCounts();
        c.add("NOT_STARTED", 3, 1);
        c.add("IN_PROGRESS", 2, 0);
        c.add("AWAITING_PRACTICAL", 4, 2);
        c.add("COMPLETED", 1, 0);

        assertEquals(10, c.getAssigned());
        assertEquals(3, c.getNotStarted());
        assertEquals(6, c.getInProgress());
        assertEquals(4, c.getAwaitingPractical());
        assertEquals(1, c.getCompleted());
        assertEquals(3, c.getOverdue());
        assertEquals(10, c.getPercent());
    }

    @Test
    void percentRoundsDownSoAlmostAllIsNotAll() {
        StatusCounts c = new StatusCounts();
        c.add("COMPLETED", 199, 0);
        c.add("IN_PROGRESS", 1, 0);
        assertEquals(99, c.getPercent());
        assertEquals(0, new StatusCounts().getPercent(), "nothing assigned is 0 %, not a division by zero");
    }

    @Test
    void sumsAddUp() {
        StatusCounts a = new StatusCounts();
        a.add("COMPLETED", 2, 0);
        StatusCounts b = new StatusCounts();
        b.add("NOT_STARTED", 5, 5);
        a.addAll(b);
        assertEquals(7, a.getAssigned());
        assertEquals(5, a.getOverdue());
    }

    @Test
    void anUnknownStatusIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new StatusCounts().add("LOST", 1, 0));
    }
}
