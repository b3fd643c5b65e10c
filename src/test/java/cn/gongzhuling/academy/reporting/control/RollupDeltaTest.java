package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupDeltaTest {

    // city 1 > street 2 > community 3 > grids 4 and 5; community 6 > grid 7
    private static final Map<Long, List<Long>> LINEAGE = Map.of(4L, List.of(1L, 2L, 3L, 4L), 5L, List.of(1L, 2L, 3L, 5L),
            7L, List.of(1L, 2L, 6L, 7L));
    private static final long CPR = 10;
    private static final long MEDIATION = 11;
    private static final int JAN = 2026 * 12;

    private final RollupDelta delta = new RollupDelta(List.of(CPR, MEDIATION), LINEAGE::get);

    private static CadreCounts cadre(long unit, Map<Long, Integer> first, CadreCounts.MonthSums... months) {
        return new CadreCounts(unit, first, List.of(months), List.of(new CadreCounts.DaysTaken(unit, JAN, 4, 1)));
    }

    private static CadreCounts.MonthSums visits(long grid, int month, long n) {
        return new CadreCounts.MonthSums(grid, month, new long[] {n, 0, 0, 0, 0});
    }

    @Test
    void aRecordCountsInTheUnitsHoldingBothItsGridAndItsCadreForEverySkill() {
        delta.add(cadre(4, Map.of(CPR, JAN - 3), visits(4, JAN, 2), visits(5, JAN, 1), visits(7, JAN, 5)), 1);

        Map<RollupDelta.NodeKey, long[]> sums = delta.sums();
        assertArrayEquals(new long[] {2, 0, 0, 0, 0}, sums.get(new RollupDelta.NodeKey(4, CPR, JAN, JAN - 3)), "own grid");
        assertArrayEquals(new long[] {3, 0, 0, 0, 0}, sums.get(new RollupDelta.NodeKey(3, CPR, JAN, JAN - 3)),
                "the community holds both grids");
        assertArrayEquals(new long[] {8, 0, 0, 0, 0}, sums.get(new RollupDelta.NodeKey(2, CPR, JAN, JAN - 3)),
                "the street holds the other community's grid too");
        assertEquals(null, sums.get(new RollupDelta.NodeKey(5, CPR, JAN, JAN - 3)), "grid 5 does not hold the cadre");
        assertEquals(null, sums.get(new RollupDelta.NodeKey(6, CPR, JAN, JAN - 3)), "community 6 does not hold the cadre");
        assertArrayEquals(new long[] {8, 0, 0, 0, 0}, sums.get(new RollupDelta.NodeKey(1, MEDIATION, JAN, CadreCounts.NEVER)),
                "never certified for mediation");
        assertEquals(Long.valueOf(1), delta.cadres().get(new RollupDelta.CadresKey(1, MEDIATION, CadreCounts.NEVER)));
        assertEquals(Long.valueOf(1), delta.days().get(new RollupDelta.DaysKey(new RollupDelta.NodeKey(3, CPR, JAN, JAN - 3), 4)));
    }

    @Test
    void aNewCertificateMovesTheCadresRecordsToTheNewFirstMonthAndNothingElse() {
        CadreCounts before = cadre(4, Map.of(), visits(4, JAN, 2));
        CadreCounts after = cadre(4, Map.of(CPR, JAN + 1), visits(4, JAN, 2));
        delta.add(before, -1);
        delta.add(after, 1);

        assertArrayEquals(new long[] {-2, 0, 0, 0, 0}, delta.sums().get(new RollupDelta.NodeKey(1, CPR, JAN, CadreCounts.NEVER)));
        assertArrayEquals(new long[] {2, 0, 0, 0, 0}, delta.sums().get(new RollupDelta.NodeKey(1, CPR, JAN, JAN + 1)));
        assertTrue(delta.sums().keySet().stream().noneMatch(k -> k.skillId() == MEDIATION), "mediation is unchanged");
        assertEquals(Long.valueOf(-1), delta.cadres().get(new RollupDelta.CadresKey(4, CPR, CadreCounts.NEVER)));
    }

    @Test
    void theSameCountsSubtractedAndAddedChangeNothing() {
        CadreCounts same = cadre(5, Map.of(MEDIATION, JAN), visits(5, JAN, 3), visits(4, JAN + 1, 1));
        delta.add(same, -1);
        delta.add(cadre(5, Map.of(MEDIATION, JAN), visits(5, JAN, 3), visits(4, JAN + 1, 1)), 1);
        assertTrue(delta.isEmpty());
    }

    @Test
    void aPersonWhoIsNoCadreAddsNothingAndLeavingSubtractsEverything() {
        delta.add(CadreCounts.NONE, 1);
        assertTrue(delta.isEmpty());
        delta.add(cadre(7, Map.of(), visits(7, JAN, 1)), -1);
        assertEquals(Long.valueOf(-1), delta.cadres().get(new RollupDelta.CadresKey(1, CPR, CadreCounts.NEVER)));
        assertArrayEquals(new long[] {-1, 0, 0, 0, 0}, delta.sums().get(new RollupDelta.NodeKey(6, MEDIATION, JAN, CadreCounts.NEVER)));
    }
}
