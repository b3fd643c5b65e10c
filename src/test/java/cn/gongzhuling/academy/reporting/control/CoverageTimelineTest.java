package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTimelineTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void aGridIsCoveredFromTheIssueDayToTheExpiryDayInclusive() {
        CoverageTimeline t = new CoverageTimeline();
        t.add(1L, "CPR", JAN_1, JAN_1.plusDays(9));

        assertEquals(0, t.coveredGrids("CPR", JAN_1.minusDays(1)));
        assertEquals(1, t.coveredGrids("CPR", JAN_1));
        assertEquals(1, t.coveredGrids("CPR", JAN_1.plusDays(9)));
        assertEquals(0, t.coveredGrids("CPR", JAN_1.plusDays(10)));
        assertEquals(0, t.coveredGrids("MEDIATION", JAN_1), "another skill is not covered by it");
    }

    @Test
    void twoHoldersInOneGridCountOnceAndAGapBetweenTheirPeriodsIsUncovered() {
        CoverageTimeline t = new CoverageTimeline();
        t.add(1L, "CPR", JAN_1, JAN_1.plusDays(9));
        t.add(1L, "CPR", JAN_1.plusDays(5), JAN_1.plusDays(20));
        t.add(1L, "CPR", JAN_1.plusDays(30), JAN_1.plusDays(40));
        t.add(2L, "CPR", JAN_1.plusDays(8), JAN_1.plusDays(8));

        assertEquals(2, t.coveredGrids("CPR", JAN_1.plusDays(8)), "two grids, the first with two holders");
        assertEquals(1, t.coveredGrids("CPR", JAN_1.plusDays(15)));
        assertEquals(0, t.coveredGrids("CPR", JAN_1.plusDays(25)), "between the second and the third period");
        assertEquals(1, t.coveredGrids("CPR", JAN_1.plusDays(35)));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsCoversNothing() {
        CoverageTimeline t = new CoverageTimeline();
        t.add(1L, "CPR", JAN_1, JAN_1.minusDays(1));
        assertEquals(0, t.coveredGrids("CPR", JAN_1));
    }
}
