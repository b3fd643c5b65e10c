package cn.gongzhuling.academy.organization.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private static OrgUnit unit(long id, OrgLevel level, OrgUnit parent) {
        OrgUnit unit = new OrgUnit("U" + id, level, "单位" + id, "Unit " + id);
        unit.setId(id);
        unit.placeUnder(parent);
        return unit;
    }

    private final OrgUnit city = unit(1000, OrgLevel.CITY, null);
    private final OrgUnit street = unit(1050, OrgLevel.STREET, city);
    private final OrgUnit community = unit(1100, OrgLevel.COMMUNITY, street);
    private final OrgUnit grid = unit(1150, OrgLevel.GRID, community);

    @Test
    void placeUnderDerivesTheMaterialisedPathFromTheParent() {
        assertNull(city.getParent());
        assertEquals("/1000/", city.getPath());
        assertSame(city, street.getParent());
        assertEquals("/1000/1050/", street.getPath());
        assertEquals("/1000/1050/1100/1150/", grid.getPath());
    }

    @Test
    void placingUnderAnotherParentChangesParentAndPath() {
        OrgUnit otherStreet = unit(1200, OrgLevel.STREET, city);

        community.placeUnder(otherStreet);

        assertSame(otherStreet, community.getParent());
        assertEquals("/1000/1200/1100/", community.getPath());
    }

    @Test
    void aUnitIsAncestorOrSelfOfEverythingInItsSubtree() {
        assertTrue(city.isAncestorOrSelfOf(grid));
        assertTrue(street.isAncestorOrSelfOf(community));
        assertTrue(community.isAncestorOrSelfOf(grid));
        assertTrue(grid.isAncestorOrSelfOf(grid), "self");
    }

    @Test
    void aUnitIsNotAncestorOfItsParentsOrSiblingsOrNothing() {
        OrgUnit sibling = unit(1300, OrgLevel.COMMUNITY, street);

        assertFalse(grid.isAncestorOrSelfOf(community));
        assertFalse(community.isAncestorOrSelfOf(city));
        assertFalse(community.isAncestorOrSelfOf(sibling));
        assertFalse(sibling.isAncestorOrSelfOf(grid));
        assertFalse(city.isAncestorOrSelfOf(null));
    }

    @Test
    void anIdThatIsAPrefixOfAnotherIdIsNotAnAncestor() {
        OrgUnit one = unit(1, OrgLevel.STREET, city);
        OrgUnit ten = unit(10, OrgLevel.STREET, city);
        OrgUnit underTen = unit(100, OrgLevel.COMMUNITY, ten);

        assertFalse(one.isAncestorOrSelfOf(ten));
        assertFalse(one.isAncestorOrSelfOf(underTen));
        assertTrue(ten.isAncestorOrSelfOf(underTen));
    }

    @Test
    void theNameFollowsTheLanguage() {
        assertEquals("单位1100", community.name(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Unit 1100", community.name(Locale.ENGLISH));
        assertEquals("单位1100", community.name(null));
    }
}
