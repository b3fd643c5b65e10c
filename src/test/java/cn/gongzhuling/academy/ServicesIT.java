package cn.gongzhuling.academy;

import static cn.gongzhuling.academy.security.boundary.LoginService.Outcome.INVALID;
import static cn.gongzhuling.academy.security.boundary.LoginService.Outcome.SUCCESS;
import static cn.gongzhuling.academy.security.boundary.LoginService.Outcome.THROTTLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.organization.boundary.InvalidFieldsException;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.boundary.PersonQuery;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.organization.boundary.UnitSummary;
import cn.gongzhuling.academy.organization.control.DemoOrganization;
import cn.gongzhuling.academy.organization.control.FieldError;
import cn.gongzhuling.academy.organization.control.PersonDraft;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.ConfigKeys;
import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.security.boundary.AccountService;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.LoginService;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.control.PasswordHasher;
import cn.gongzhuling.academy.security.entity.Account;
import cn.gongzhuling.academy.security.entity.AuditEvent;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import cn.gongzhuling.academy.testsupport.TestQueries;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services of the real WAR on Payara Micro with its own fresh H2 database, seeded with the
 * demo world. One deployment for all tests (each deployment starts a Payara JVM), so every test
 * works on units and user names no other test changes:
 * Tiebei Street is only read; JINGHUA gains a grid; YANGGUANG moves from Henan to Hebei.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    private static final String PASSWORD = DemoSeeder.DEMO_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(ServicesIT.class, TestCallerSource.class, TestQueries.class);
    }

    @Inject
    PersonService people;

    @Inject
    OrgUnitService units;

    @Inject
    AuditLog audit;

    @Inject
    AccountService accounts;

    @Inject
    LoginService login;

    @Inject
    DemoSeeder seeder;

    @Inject
    TestQueries db;

    // --- organiser scope ---------------------------------------------------------------------

    @Test
    void aStreetOrganizerListsOnlyThePeopleOfTheirStreet() {
        TestCallerSource.actAs("organizer.tiebei");
        PersonQuery everyone = query(null, 1000);

        List<Person> page = people.page(everyone);
        long count = people.count(everyone);

        long tiebeiCadres = DemoOrganization.cadres().stream()
                .filter(c -> c.unitCode().startsWith("DONGWA") || c.unitCode().startsWith("DONGFENG")).count();
        assertEquals(tiebeiCadres + 1, count, "the cadres of Dongwa and Dongfeng plus the street's own organiser");
        assertEquals(count, page.size());
        for (Person p : page) {
            String unit = p.getOrgUnit().getCode();
            assertTrue(unit.equals("TIEBEI") || unit.startsWith("DONGWA") || unit.startsWith("DONGFENG"),
                    p.getStaffNo() + " of " + unit + " is not in Tiebei Street");
        }
        List<Person> firstPage = people.page(new PersonQuery(null, null, null, null, "staffNo", true, 0, 20));
        assertEquals(page.subList(0, 20).stream().map(Person::getId).toList(),
                firstPage.stream().map(Person::getId).toList(), "paging returns the same order");
    }

    @Test
    void aStreetOrganizerCannotOpenAPersonOrUnitOfAnotherStreet() {
        TestCallerSource.actAs("admin");
        OrgUnit hebei = unit("HEBEI");
        OrgUnit jinrong = unit("JINRONG");
        Person hebeiPerson = people.page(query(jinrong.getId(), 1)).get(0);
        Person tiebeiPerson = people.page(query(unit("DONGWA").getId(), 1)).get(0);

        TestCallerSource.actAs("organizer.tiebei");

        assertThrows(NotInScopeException.class, () -> people.find(hebeiPerson.getId()));
        assertThrows(NotInScopeException.class, () -> units.find(hebei.getId()));
        assertThrows(NotInScopeException.class, () -> people.count(query(hebei.getId(), 10)));
        assertThrows(NotInScopeException.class, () -> people.history(hebeiPerson.getId()),
                "another street's change history is not readable either");
        assertTrue(units.search("金融", null, 10).isEmpty(), "Jinrong Community is not offered in pickers");
        assertEquals(tiebeiPerson.getStaffNo(), people.find(tiebeiPerson.getId()).getStaffNo(), "own street: fine");
        NotInScopeException e = assertThrows(NotInScopeException.class, () -> people.find(Long.MAX_VALUE));
        assertEquals("error.notFound", e.getKey(), "another street's person reads like a missing one");
    }

    @Test
    void aTraineeSeesNobody() {
        TestCallerSource.actAs("trainee");
        assertThrows(NotInScopeException.class, () -> audit.forEntity("Person", 1L), "no audit history either");

        assertEquals(0, people.count(query(null, 10)));
        assertEquals(List.of(), units.roots());
    }

    // --- the org tree ------------------------------------------------------------------------

    @Test
    void aCommunityCannotMoveUnderItsOwnGridAndTheTreeStaysAsItWas() {
        TestCallerSource.actAs("admin");
        OrgUnit community = unit("SHUGUANG");
        OrgUnit ownGrid = unit("SHUGUANG-G1");
        OrgUnit otherCommunity = unit("YONGHONG");
        Map<String, String> before = db.subtree("/");

        BusinessException intoGrid = assertThrows(BusinessException.class,
                () -> units.move(community.getId(), community.getVersion(), ownGrid.getId()));
        BusinessException intoSelf = assertThrows(BusinessException.class,
                () -> units.move(community.getId(), community.getVersion(), community.getId()));
        BusinessException wrongLevel = assertThrows(BusinessException.class,
                () -> units.move(community.getId(), community.getVersion(), otherCommunity.getId()));

        assertEquals("org.error.moveIntoOwnSubtree", intoGrid.getKey());
        assertEquals("org.error.moveIntoOwnSubtree", intoSelf.getKey());
        assertEquals("org.error.moveWrongLevel", wrongLevel.getKey());
        assertEquals(before, db.subtree("/"), "no unit changed its place");
        assertEquals(community.getVersion(), units.find(community.getId()).getVersion());
    }

    @Test
    void movingACommunityToAnotherStreetTakesItsGridsAndPeopleAlong() {
        TestCallerSource.actAs("admin");
        OrgUnit community = unit("YANGGUANG");
        OrgUnit henan = unit("HENAN");
        OrgUnit hebei = unit("HEBEI");
        Set<String> grids = units.children(community.getId()).stream().map(OrgUnit::getCode).collect(Collectors.toSet());
        long peopleMoving = units.activePeopleIn(community);
        long hebeiBefore = units.activePeopleIn(hebei);
        long henanBefore = units.activePeopleIn(henan);
        assertTrue(grids.size() >= 2 && peopleMoving > 0);

        units.move(community.getId(), community.getVersion(), hebei.getId());

        String newPath = hebei.getPath() + community.getId() + "/";
        assertEquals(newPath, units.find(community.getId()).getPath());
        Map<String, String> underHebei = db.subtree(hebei.getPath());
        for (String grid : grids) {
            assertTrue(underHebei.containsKey(grid), grid + " is found by the subtree query of Hebei");
            assertTrue(underHebei.get(grid).startsWith(newPath), grid + " path " + underHebei.get(grid));
        }
        assertTrue(db.subtree(henan.getPath()).keySet().stream().noneMatch(c -> c.startsWith("YANGGUANG")),
                "nothing of Yangguang is left under Henan");
        assertEquals(hebeiBefore + peopleMoving, units.activePeopleIn(hebei));
        assertEquals(henanBefore - peopleMoving, units.activePeopleIn(henan));
        assertEquals(peopleMoving, people.count(query(hebei.getId(), 1000)) - hebeiBefore,
                "the people list of Hebei now shows Yangguang's people");
        assertEquals(List.of("UNIT_MOVED"), actions("OrgUnit", community.getId()));
    }

    @Test
    void theHomePageCountsTheActivePeopleOfEachChildSubtree() {
        TestCallerSource.actAs("organizer");
        OrgUnit city = unit("GZL");
        List<UnitSummary> streets = units.childSummaries(city.getId());
        assertEquals(units.children(city.getId()).size(), streets.size());
        long sum = 0;
        for (UnitSummary street : streets) {
            assertEquals(units.activePeopleIn(street.unit()), street.people(), street.unit().getCode());
            sum += street.people();
        }
        assertTrue(sum > 0 && sum <= units.activePeopleIn(city), "people of the city itself belong to no street");
        List<UnitSummary> grids = units.childSummaries(unit("YONGXING").getId());
        assertTrue(grids.stream().allMatch(g -> g.people() == units.activePeopleIn(g.unit())));
    }

    @Test
    void aUnitThatStillHasPeopleCannotBeDeleted() {
        TestCallerSource.actAs("admin");
        OrgUnit grid = unit("JINRONG-G1");
        OrgUnit community = unit("JINRONG");
        assertTrue(units.activePeopleIn(grid) > 0);

        BusinessException hasPeople = assertThrows(BusinessException.class,
                () -> units.delete(grid.getId(), grid.getVersion()));
        BusinessException hasChildren = assertThrows(BusinessException.class,
                () -> units.delete(community.getId(), community.getVersion()));

        assertEquals("org.error.hasPeople", hasPeople.getKey());
        assertEquals("org.error.hasChildren", hasChildren.getKey());
        assertEquals(grid.getPath(), units.find(grid.getId()).getPath(), "the grid is still there");
        assertFalse(actions("OrgUnit", grid.getId()).contains("UNIT_DELETED"));
    }

    // --- changes by an admin -----------------------------------------------------------------

    @Test
    void anAdminCreatesAGridAndAPersonInItAndBothAreAudited() {
        TestCallerSource.actAs("admin");
        OrgUnit community = unit("JINGHUA");

        OrgUnit grid = units.create(community.getId(), "JINGHUA-G9", "京华第九网格", "Jinghua Grid 9");
        Person person = people.create(draft("IT-0001", grid.getId()));

        assertEquals(OrgLevel.GRID, grid.getLevel());
        assertEquals(community.getPath() + grid.getId() + "/", grid.getPath());
        List<Person> inGrid = people.page(query(grid.getId(), 10));
        assertEquals(List.of("IT-0001"), inGrid.stream().map(Person::getStaffNo).toList());
        assertEquals("测试学员", inGrid.get(0).getNameZh());

        AuditEvent unitEvent = single(audit.forEntity("OrgUnit", grid.getId()));
        assertEquals("UNIT_CREATED", unitEvent.getAction());
        assertEquals("admin", unitEvent.getActor());
        AuditEvent personEvent = single(audit.forEntity("Person", person.getId()));
        assertEquals("PERSON_CREATED", personEvent.getAction());
        assertEquals("admin", personEvent.getActor());
        assertTrue(personEvent.getDetail().contains("IT-0001"), personEvent.getDetail());
    }

    @Test
    void anEmptyUnitCanBeDeletedAndTheDeletionIsAudited() {
        TestCallerSource.actAs("admin");
        OrgUnit community = unit("ZHENGYANG");
        OrgUnit grid = units.create(community.getId(), "ZHENGYANG-G9", "正阳第九网格", "Zhengyang Grid 9");

        units.delete(grid.getId(), grid.getVersion());

        assertThrows(NotInScopeException.class, () -> units.find(grid.getId()));
        assertEquals("UNIT_DELETED", audit.forEntity("OrgUnit", grid.getId()).get(0).getAction());
    }

    @Test
    void aSecondPersonWithTheSameStaffNumberIsRefusedBesideTheField() {
        TestCallerSource.actAs("admin");
        Long unitId = unit("JINGHUA-G1").getId();
        String taken = DemoOrganization.cadres().get(0).staffNo();
        long before = db.count("Person");

        InvalidFieldsException e = assertThrows(InvalidFieldsException.class,
                () -> people.create(draft(taken, unitId)));

        assertEquals(1, e.getErrors().size(), e.getErrors().toString());
        FieldError error = e.getErrors().get(0);
        assertEquals("staffNo", error.field());
        assertEquals("person.error.staffNoTaken", error.key());
        assertEquals(before, db.count("Person"), "nothing was saved");

        Person other = people.create(draft("IT-0003", unitId));
        PersonDraft renamed = draftOf(other);
        renamed.setStaffNo(taken);
        assertThrows(InvalidFieldsException.class, () -> people.update(other.getId(), renamed),
                "nor can an existing person take the number");
    }

    @Test
    void anEditBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        TestCallerSource.actAs("admin");
        Long unitId = unit("JINGHUA-G2").getId();
        Person created = people.create(draft("IT-0002", unitId));
        Person loaded = people.find(created.getId());

        PersonDraft first = draftOf(loaded);
        first.setNameEn("First Edit");
        PersonDraft second = draftOf(loaded);
        second.setNameEn("Second Edit");

        people.update(loaded.getId(), first);
        assertThrows(OptimisticLockException.class, () -> people.update(loaded.getId(), second));

        assertEquals("First Edit", people.find(loaded.getId()).getNameEn());
        assertEquals(loaded.getVersion() + 1, people.find(loaded.getId()).getVersion());

        OrgUnit unit = units.find(unitId);
        units.update(unitId, unit.getVersion(), unit.getCode(), unit.getNameZh(), "Jinghua Grid Two");
        assertThrows(OptimisticLockException.class,
                () -> units.update(unitId, unit.getVersion(), unit.getCode(), unit.getNameZh(), "Stale"));
        assertEquals("Jinghua Grid Two", units.find(unitId).getNameEn());
    }

    // --- accounts and login ------------------------------------------------------------------

    @Test
    void demoPasswordsAreStoredAsStrongHashes() {
        PasswordHasher hasher = new PasswordHasher(ConfigKeys.MIN_PASSWORD_ITERATIONS);
        for (DemoSeeder.DemoAccount demo : DemoSeeder.ACCOUNTS) {
            Account account = accounts.findByUsername(demo.username()).orElseThrow();
            String hash = account.getPasswordHash();

            assertTrue(PasswordHasher.iterationsOf(hash) >= 210_000, demo.username() + ": " + hash);
            assertFalse(hash.contains(PASSWORD));
            assertTrue(hasher.verify(PASSWORD.toCharArray(), hash), demo.username());
        }
    }

    @Test
    void fiveWrongPasswordsLockANameAndAnUnknownNameGetsTheSameAnswers() {
        List<LoginService.Outcome> real = fiveWrongThenRight("trainee", "198.51.100.11");
        List<LoginService.Outcome> unknown = fiveWrongThenRight("no.such.user", "198.51.100.12");

        assertEquals(List.of(INVALID, INVALID, INVALID, INVALID, THROTTLED, THROTTLED), real,
                "the fifth failure locks; then even the right password is refused");
        assertEquals(real, unknown, "the answers do not reveal which names exist");
        assertEquals(THROTTLED, login.attempt("  Trainee ", PASSWORD.toCharArray(), "198.51.100.13"),
                "the lock is on the name, however it is typed and wherever from");
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        String address = "198.51.100.21";
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(INVALID, login.attempt("instructor", "wrong".toCharArray(), address));
            }
            assertEquals(SUCCESS, login.attempt("instructor", PASSWORD.toCharArray(), address));
        }
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressOnly() {
        String address = "198.51.100.31";
        List<LoginService.Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            outcomes.add(login.attempt("guess" + i, "wrong".toCharArray(), address));
        }

        assertEquals(List.of(INVALID), outcomes.subList(0, 19).stream().distinct().toList());
        assertEquals(THROTTLED, outcomes.get(19));
        assertEquals(THROTTLED, login.attempt("organizer", PASSWORD.toCharArray(), address));
        assertEquals(SUCCESS, login.attempt("organizer", PASSWORD.toCharArray(), "198.51.100.32"));
    }

    // --- start-up ----------------------------------------------------------------------------

    @Test
    void demoDataIsSeededOnlyOnce() {
        TestCallerSource.actAs(null);
        long peopleBefore = db.count("Person");
        long unitsBefore = db.count("OrgUnit");
        long accountsBefore = db.count("Account");

        assertFalse(seeder.seedOnce(), "already seeded at start-up");

        assertEquals(peopleBefore, db.count("Person"));
        assertEquals(unitsBefore, db.count("OrgUnit"));
        assertEquals(accountsBefore, db.count("Account"));
    }

    // --- helpers -----------------------------------------------------------------------------

    /** The unit with this code, as the current caller may see it. */
    private OrgUnit unit(String code) {
        return units.find(db.unitId(code));
    }

    private List<LoginService.Outcome> fiveWrongThenRight(String username, String address) {
        List<LoginService.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(login.attempt(username, "not-the-password".toCharArray(), address));
        }
        outcomes.add(login.attempt(username, PASSWORD.toCharArray(), address));
        return outcomes;
    }

    private static PersonQuery query(Long unitId, int pageSize) {
        return new PersonQuery(null, unitId, null, null, "staffNo", true, 0, pageSize);
    }

    private static PersonDraft draft(String staffNo, Long unitId) {
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo(staffNo);
        draft.setNameZh("测试学员");
        draft.setNameEn("Test Trainee");
        draft.setPhone("13800138000");
        draft.setPosition(Position.GRID_WORKER);
        draft.setUnitId(unitId);
        return draft;
    }

    private static PersonDraft draftOf(Person p) {
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo(p.getStaffNo());
        draft.setNameZh(p.getNameZh());
        draft.setNameEn(p.getNameEn());
        draft.setPhone(p.getPhone());
        draft.setPosition(p.getPosition());
        draft.setUnitId(p.getOrgUnit().getId());
        draft.setActive(p.isActive());
        draft.setVersion(p.getVersion());
        return draft;
    }

    private List<String> actions(String type, Long id) {
        return audit.forEntity(type, id).stream().map(AuditEvent::getAction).toList();
    }

    private static AuditEvent single(List<AuditEvent> events) {
        assertEquals(1, events.size(), events.stream().map(AuditEvent::getAction).toList().toString());
        return events.get(0);
    }
}
