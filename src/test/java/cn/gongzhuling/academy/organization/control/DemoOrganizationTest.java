package cn.gongzhuling.academy.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOrganizationTest {

    private final DemoOrganization.Unit city = DemoOrganization.city();
    private final List<DemoOrganization.Cadre> cadres = DemoOrganization.cadres();

    /** Community code to its street code, as in the seed article. */
    private static final Map<String, String> COMMUNITIES = Map.of(
            "JINGHUA", "HEBEI", "JINRONG", "HEBEI",
            "DONGWA", "TIEBEI", "DONGFENG", "TIEBEI",
            "SHUGUANG", "HENAN", "YONGHONG", "HENAN", "YONGSHENG", "HENAN",
            "YONGXING", "HENAN", "ZHENGYANG", "HENAN", "YANGGUANG", "HENAN");

    @Test
    void theCityHasTheThreeStreetsOfTheArticle() {
        assertEquals("GZL", city.code());
        assertEquals("公主岭市", city.nameZh());
        assertEquals(List.of("HEBEI", "TIEBEI", "HENAN"),
                city.children().stream().map(DemoOrganization.Unit::code).toList());
    }

    @Test
    void theTenSeedCommunitiesSitUnderTheirStreets() {
        Map<String, String> found = new HashMap<>();
        for (DemoOrganization.Unit street : city.children()) {
            for (DemoOrganization.Unit community : street.children()) {
                found.put(community.code(), street.code());
            }
        }
        assertEquals(COMMUNITIES, found);
    }

    @Test
    void everyCommunityHasTwoToFourGridsNamedAfterIt() {
        for (DemoOrganization.Unit community : communities()) {
            int grids = community.children().size();
            assertTrue(grids >= 2 && grids <= 4, community.code() + " has " + grids + " grids");
            for (DemoOrganization.Unit grid : community.children()) {
                assertTrue(grid.code().startsWith(community.code() + "-G"), grid.code());
                assertTrue(grid.nameZh().startsWith(community.nameZh()), grid.nameZh());
                assertTrue(grid.children().isEmpty(), "nothing under a grid");
            }
        }
    }

    @Test
    void unitCodesAreUniqueValidAndFitTheirColumns() {
        List<DemoOrganization.Unit> all = allUnits();
        Set<String> codes = all.stream().map(DemoOrganization.Unit::code).collect(Collectors.toSet());
        assertEquals(all.size(), codes.size(), "unit codes are unique");
        for (DemoOrganization.Unit u : all) {
            assertTrue(u.code().matches(OrgUnit.CODE_PATTERN) && u.code().length() <= OrgUnit.CODE_MAX, u.code());
            assertTrue(u.nameZh().length() <= OrgUnit.NAME_MAX && u.nameEn().length() <= OrgUnit.NAME_MAX, u.code());
        }
    }

    @Test
    void thereAre150To250Cadres() {
        assertTrue(cadres.size() >= 150 && cadres.size() <= 250, cadres.size() + " cadres");
    }

    @Test
    void staffNumbersAreUnique() {
        Set<String> staffNumbers = new HashSet<>();
        for (DemoOrganization.Cadre c : cadres) {
            assertTrue(staffNumbers.add(c.staffNo()), "duplicate staff number " + c.staffNo());
        }
    }

    @Test
    void everyPhoneIsAValidNumber() {
        for (DemoOrganization.Cadre c : cadres) {
            assertTrue(c.phone().matches(Person.PHONE_PATTERN), c.staffNo() + " has phone " + c.phone());
        }
    }

    @Test
    void everyCadrePassesTheSameRulesAsAPersonTypedIntoTheForm() {
        for (DemoOrganization.Cadre c : cadres) {
            PersonDraft draft = new PersonDraft();
            draft.setStaffNo(c.staffNo());
            draft.setNameZh(c.nameZh());
            draft.setNameEn(c.nameEn());
            draft.setPhone(c.phone());
            draft.setPosition(c.position());
            draft.setUnitId(1L);
            assertEquals(List.of(), PersonRules.check(draft), c.toString());
        }
    }

    @Test
    void everyCadreWorksInAnExistingCommunityOrGrid() {
        Set<String> communityCodes = communities().stream().map(DemoOrganization.Unit::code).collect(Collectors.toSet());
        Set<String> gridCodes = communities().stream().flatMap(c -> c.children().stream())
                .map(DemoOrganization.Unit::code).collect(Collectors.toSet());
        for (DemoOrganization.Cadre c : cadres) {
            if (c.position() == Position.GRID_WORKER) {
                assertTrue(gridCodes.contains(c.unitCode()), c.toString());
            } else {
                assertTrue(communityCodes.contains(c.unitCode()), c.toString());
            }
        }
    }

    @Test
    void everyCommunityHasOneSecretaryAndEveryGridHasWorkers() {
        Map<String, Long> secretaries = cadres.stream().filter(c -> c.position() == Position.COMMUNITY_SECRETARY)
                .collect(Collectors.groupingBy(DemoOrganization.Cadre::unitCode, Collectors.counting()));
        Map<String, Long> workers = cadres.stream().filter(c -> c.position() == Position.GRID_WORKER)
                .collect(Collectors.groupingBy(DemoOrganization.Cadre::unitCode, Collectors.counting()));
        for (DemoOrganization.Unit community : communities()) {
            assertEquals(1L, secretaries.get(community.code()), community.code());
            for (DemoOrganization.Unit grid : community.children()) {
                assertTrue(workers.getOrDefault(grid.code(), 0L) >= 3, grid.code());
            }
        }
    }

    @Test
    void theDemoTraineesGridExistsAndHasAGridWorker() {
        // DemoSeeder gives the 'trainee' login to the first grid worker of DONGFENG-G1.
        assertTrue(cadres.stream().anyMatch(c -> c.unitCode().equals("DONGFENG-G1")
                && c.position() == Position.GRID_WORKER));
    }

    @Test
    void theDemoWorldIsTheSameOnEveryInstall() {
        assertEquals(city, DemoOrganization.city());
        assertEquals(cadres, DemoOrganization.cadres());
    }

    private List<DemoOrganization.Unit> communities() {
        return city.children().stream().flatMap(s -> s.children().stream()).toList();
    }

    private List<DemoOrganization.Unit> allUnits() {
        List<DemoOrganization.Unit> all = new java.util.ArrayList<>();
        collect(city, all);
        return all;
    }

    private static void collect(DemoOrganization.Unit unit, List<DemoOrganization.Unit> into) {
        into.add(unit);
        unit.children().forEach(c -> collect(c, into));
    }
}
