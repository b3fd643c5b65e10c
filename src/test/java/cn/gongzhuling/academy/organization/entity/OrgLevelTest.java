package cn.gongzhuling.academy.organization.entity;

import static cn.gongzhuling.academy.organization.entity.OrgLevel.CITY;
import static cn.gongzhuling.academy.organization.entity.OrgLevel.COMMUNITY;
import static cn.gongzhuling.academy.organization.entity.OrgLevel.GRID;
import static cn.gongzhuling.academy.organization.entity.OrgLevel.STREET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrgLevelTest {

    @Test
    void eachLevelHasTheNextOneDownAsChildAndAGridHasNone() {
        assertEquals(STREET, CITY.childLevel());
        assertEquals(COMMUNITY, STREET.childLevel());
        assertEquals(GRID, COMMUNITY.childLevel());
        assertNull(GRID.childLevel());
    }

    @Test
    void aUnitCanOnlyParentTheLevelDirectlyBelowIt() {
        assertTrue(CITY.canParent(STREET));
        assertTrue(STREET.canParent(COMMUNITY));
        assertTrue(COMMUNITY.canParent(GRID));

        assertFalse(CITY.canParent(COMMUNITY), "no skipping a level");
        assertFalse(STREET.canParent(GRID), "no skipping a level");
        assertFalse(STREET.canParent(CITY), "not upwards");
        assertFalse(COMMUNITY.canParent(COMMUNITY), "not sideways");
    }

    @ParameterizedTest
    @EnumSource(OrgLevel.class)
    void nothingGoesUnderAGridAndNullIsNeverAChild(OrgLevel level) {
        assertFalse(GRID.canParent(level));
        assertFalse(level.canParent(null));
    }
}
