package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void aCommunityCountsItsOwnStaffAndItsGridsButNotItsNeighbours() {
        Coverage c = new Coverage();
        c.add("/1/5/", "CPR", 1);      // community staff
        c.add("/1/5/9/", "CPR", 2);    // grid 9
        c.add("/1/5/10/", "MEDIATION", 1);
        c.add("/1/50/", "CPR", 7);     // another community, whose id starts with 5

        assertEquals(3, c.holders("/1/5/", "CPR"));
        assertEquals(2, c.holders("/1/5/9/", "CPR"));
        assertEquals(0, c.holders("/1/5/10/", "CPR"), "grid 10 has nobody with CPR");
        assertEquals(1, c.holders("/1/5/10/", "MEDIATION"));
        assertEquals(10, c.holders("/1/", "CPR"));
    }
}
