package cn.gongzhuling.academy.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.certification.boundary.NoticeMailer;
import cn.gongzhuling.academy.certification.boundary.NotificationService;
import cn.gongzhuling.academy.learning.boundary.AssignmentService;
import cn.gongzhuling.academy.learning.boundary.Enroller;
import cn.gongzhuling.academy.learning.boundary.LearningService;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.organization.control.PersonDraft;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.reporting.control.ImpactFigures;
import cn.gongzhuling.academy.reporting.control.MonthRange;
import cn.gongzhuling.academy.reporting.control.StatusCounts;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.time.YearMonth;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import cn.gongzhuling.academy.testsupport.TestQueries;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports on the real WAR: every number of the completion report equals an independent SQL count,
 * parents are the sums of their rows, scope is enforced, and coverage names the grids without a
 * certified cadre.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    @Deployment
    @TargetsContainer("payara-micro-reporting") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(ReportingIT.class, ReportingTestData.class, SentLetters.class, TestCallerSource.class, TestQueries.class);
    }

    @Inject
    CompletionReport completion;

    @Inject
    CoverageReport coverage;

    @Inject
    AssignmentService assignments;

    @Inject
    ReportingTestData sql;

    @Inject
    OrgUnitService units;

    @Inject
    ImpactReport impact;

    @Inject
    ImpactRollup rollup;

    @Inject
    cn.gongzhuling.academy.certification.boundary.CertificationService certification;

    @Inject
    FollowUps follow;

    @Inject
    SentLetters letters;

    @Inject
    NotificationService notices;

    @Inject
    PersonService people;

    @Inject
    TestQueries db;

    @Inject
    Enroller enroller;

    @Inject
    LearningService learning;

    private static boolean prepared;

    @BeforeEach
    void assignCprToTheCityOnce() {
        if (!prepared) {
            TestCallerSource.actAs("organizer");
            assignments.create("CPR-FA", db.unitId("GZL"), List.of(), LocalDate.now(ClockProducer.ZONE).plusDays(30));
            sql.spread(sql.path("GZL"), "CPR-FA");
            prepared = true;
        }
        TestCallerSource.actAs("organizer");
    }

    @Test
    void everyNumberOfTheCityReportEqualsAnIndependentCountAndTheTotalIsTheSumOfItsRows() {
        CompletionTable city = completion.forUnit(null, null, false);

        assertEquals("GZL", city.getUnit().getCode(), "the city organiser starts at the city");
        assertFalse(city.isPeople());
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        StatusCounts sum = new StatusCounts();
        for (CompletionRow row : city.getRows()) {
            sum.addAll(row.getCounts());
            if (row.getKind() == CompletionRow.Kind.UNIT) {
                String path = pathOf(row.getUnitId());
                assertCounts(row.getCounts(), path, today);
            }
        }
        assertCounts(city.getTotal(), sql.path("GZL"), today);
        assertEquals(sum.getAssigned(), city.getTotal().getAssigned());
        assertEquals(sum.getOverdue(), city.getTotal().getOverdue());
        assertTrue(city.getTotal().getCompleted() > 0 && city.getTotal().getOverdue() > 0
                && city.getTotal().getAwaitingPractical() > 0, "the test data exercises every column");
    }

    @Test
    void drillingDownReachesTheGridsPeopleAndTheirCourses() {
        Long tiebei = db.unitId("TIEBEI");
        CompletionTable street = completion.forUnit(tiebei, null, false);
        assertEquals(List.of("GZL"), street.getTrail().stream().map(u -> u.getCode()).toList(), "breadcrumb trail");
        CompletionTable community = completion.forUnit(db.unitId("DONGFENG"), null, false);
        assertCounts(community.getTotal(), sql.path("DONGFENG"), LocalDate.now(ClockProducer.ZONE));

        CompletionTable grid = completion.forUnit(db.unitId("DONGFENG-G1"), null, false);
        assertTrue(grid.isPeople(), "a grid lists its people");
        assertEquals(sql.activePeopleIn("DONGFENG-G1").size(), grid.getRows().size(), "every active person has CPR");
        for (CompletionRow person : grid.getRows()) {
            assertEquals(sql.enrolmentsOf(person.getPersonId(), null), person.getCounts().getAssigned());
            assertEquals(sql.enrolmentsOf(person.getPersonId(), "COMPLETED"), person.getCounts().getCompleted());
            assertEquals(person.getCounts().getAssigned(), completion.enrolmentsOf(person.getPersonId()).size());
        }
        assertCounts(grid.getTotal(), sql.path("DONGFENG-G1"), LocalDate.now(ClockProducer.ZONE));
    }

    @Test
    void theCityOwnStaffAppearAsARowSoTheSumStillHolds() {
        CompletionTable city = completion.forUnit(null, null, false);
        CompletionRow direct = city.getRows().stream().filter(r -> r.getKind() == CompletionRow.Kind.DIRECT)
                .findFirst().orElseThrow();
        long cityStaff = sql.activePeopleIn("GZL").size();
        assertEquals(cityStaff, direct.getCounts().getAssigned(), "the city's own staff were assigned CPR too");
        CompletionTable staff = completion.forUnit(db.unitId("GZL"), null, true);
        assertTrue(staff.isPeople());
        assertEquals(direct.getCounts().getAssigned(), staff.getTotal().getAssigned());
    }

    @Test
    void aStreetOrganizerSeesTheirStreetAndNothingElse() {
        TestCallerSource.actAs("organizer.tiebei");
        assertEquals("TIEBEI", completion.forUnit(null, null, false).getUnit().getCode());
        assertTrue(completion.forUnit(db.unitId("TIEBEI"), null, false).getTrail().isEmpty(),
                "the city is not in the trail of someone who may not open it");
        Long hebei = db.unitId("HEBEI");
        assertThrows(NotInScopeException.class, () -> completion.forUnit(hebei, null, false));
        assertThrows(NotInScopeException.class, () -> coverage.forUnit(hebei));
        Long hebeiPerson = sql.activePeopleIn("JINRONG-G1").get(0);
        assertThrows(NotInScopeException.class, () -> completion.enrolmentsOf(hebeiPerson));
        TestCallerSource.actAs("trainee");
        assertThrows(NotInScopeException.class, () -> completion.forUnit(null, null, false));
    }

    @Test
    void coverageNamesTheGridsWithoutACprCertifiedCadreAndThoseAboutToLoseIt() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        TestCallerSource.actAs("admin");
        Long dongfeng = db.unitId("DONGFENG");
        Long g1 = personIn(units.create(dongfeng, "RPT-G1", "报表一网格", "Report Grid 1").getId(), "RPT-1");
        Long g2 = personIn(units.create(dongfeng, "RPT-G2", "报表二网格", "Report Grid 2").getId(), "RPT-2");
        Long g3 = personIn(units.create(dongfeng, "RPT-G3", "报表三网格", "Report Grid 3").getId(), "RPT-3");
        sql.certify(g1, "CPR-FA", today.minusMonths(2), today.plusYears(2), false);
        sql.certify(g2, "CPR-FA", today.minusYears(2), today.plusDays(20), false);   // lapses within 60 days
        sql.certify(g3, "CPR-FA", today.minusMonths(1), today.plusYears(2), true);   // revoked: does not count
        sql.certify(g3, "CPR-FA", today.minusYears(3), today.minusDays(1), false);   // expired yesterday
        TestCallerSource.actAs("organizer");

        CoverageTable table = coverage.forUnit(dongfeng);

        CoverageRow grid1 = row(table, "RPT-G1");
        CoverageRow grid2 = row(table, "RPT-G2");
        CoverageRow grid3 = row(table, "RPT-G3");
        assertEquals(1, grid1.cell("CPR").today());
        assertFalse(grid1.cell("CPR").isLapsing());
        assertTrue(grid2.cell("CPR").isLapsing(), "covered today, nobody left in 60 days");
        assertFalse(grid3.cell("CPR").isCovered(), "a revoked and an expired certificate cover nothing");
        assertFalse(grid1.cell("MEDIATION").isCovered(), "CPR says nothing about mediation");
        List<Long> without = table.gridsWithout("CPR").stream().map(CoverageRow::getUnitId).toList();
        assertTrue(without.contains(grid3.getUnitId()));
        assertFalse(without.contains(grid1.getUnitId()));
        assertTrue(table.gridsLapsing("CPR").stream().anyMatch(r -> r.getUnitId().equals(grid2.getUnitId())));
        CoverageRow community = table.getRows().get(0);
        assertEquals("COMMUNITY", community.getLevel());
        assertEquals(sql.holders(sql.path("DONGFENG"), "CPR", today), community.cell("CPR").today(),
                "the community counts its own staff and its grids");
        assertEquals(sql.holders(sql.path("DONGFENG"), "CPR", today.plusDays(60)), community.cell("CPR").atHorizon());
        assertEquals(List.of("CPR", "MEDIATION", "ACTIVE_GOVERNANCE"),
                table.getSkills().stream().map(s -> s.getCode()).toList(), "the key skills, in configured order");

        CoverageTrend trend = coverage.trend(dongfeng);
        long grids = sql.grids(sql.path("DONGFENG"));
        for (int m = 0; m < trend.monthEnds().size(); m++) {
            LocalDate day = trend.monthEnds().get(m);
            for (String skill : List.of("CPR", "MEDIATION")) {
                assertEquals((int) (sql.coveredGrids(sql.path("DONGFENG"), skill, day) * 100 / grids),
                        trend.percents().get(skill).get(m), skill + " grids covered at " + day);
            }
        }
        assertTrue(trend.percents().get("CPR").stream().distinct().count() > 1, "the trend moves over the months");
    }

    @Test
    void impactComparesTheSameCadresBeforeAndAfterAndCertifiedWithNotYetCertified() {
        TestCallerSource.actAs("admin");
        Long grid = units.create(db.unitId("DONGWA"), "IMPACT-G", "成效测试网格", "Impact Grid").getId();
        Long a = personIn(grid, "IMP-A");
        Long b = personIn(grid, "IMP-B");
        Long c = personIn(grid, "IMP-C");
        YearMonth now = YearMonth.now(ClockProducer.ZONE);
        MonthRange range = new MonthRange(now.minusMonths(5), now);
        YearMonth m0 = range.from();
        sql.certify(a, "MEDIATION", m0.plusMonths(2).atDay(15), m0.plusMonths(40).atDay(1), false);
        sql.certify(c, "MEDIATION", m0.minusYears(2).atDay(1), m0.plusMonths(20).atDay(1), false);
        int[] visitsOfA = {2, 1, 5, 3, 3, 0};   // month 2 is the month of certification: counted nowhere
        for (int m = 0; m < visitsOfA.length; m++) {
            for (int i = 0; i < visitsOfA[m]; i++) {
                sql.fieldRecord("HOUSEHOLD_VISIT", a, grid, m0.plusMonths(m).atDay(3).atTime(10, i), null, null, null);
            }
            sql.fieldRecord("HOUSEHOLD_VISIT", b, grid, m0.plusMonths(m).atDay(4).atTime(9, 0), null, null, null);
        }
        LocalDate found = m0.plusMonths(4).atDay(1);
        sql.fieldRecord("PROBLEM_FOUND", a, grid, found.atTime(8, 0), "RESOLVED", found, found.plusDays(4));
        sql.fieldRecord("HOUSEHOLD_VISIT", c, grid, m0.plusMonths(1).atDay(5).atTime(9, 0), null, null, null);
        sql.fieldRecord("HOUSEHOLD_VISIT", c, grid, m0.plusMonths(1).atDay(6).atTime(9, 0), null, null, null);
        sql.fieldRecord("HOUSEHOLD_VISIT", a, grid, m0.minusMonths(1).atDay(6).atTime(9, 0), null, null, null); // outside
        countChanges(a, b, c); // written with plain SQL: nothing marked them

        TestCallerSource.actAs("organizer");
        ImpactFigures f = impact.forUnit(grid, "MEDIATION", range).getFigures();

        assertEquals(2, f.getBefore().getCadreMonths(), "months 0 and 1");
        assertEquals(3, f.getAfter().getCadreMonths(), "months 3, 4 and 5");
        assertEquals(3, f.getBefore().getVisits());
        assertEquals(6, f.getAfter().getVisits());
        assertEquals(1.5, f.getBefore().getVisitsRate());
        assertEquals(2.0, f.getAfter().getVisitsRate());
        assertEquals(1, f.getAfter().getProblemsResolved());
        assertEquals(4.0, f.getAfter().getMedianDaysToResolve());
        assertEquals(9, f.getCertified().getCadreMonths(), "A after + C throughout");
        assertEquals(8, f.getCertified().getVisits());
        assertEquals(8, f.getNotYet().getCadreMonths(), "A before + B throughout");
        assertEquals(9, f.getNotYet().getVisits());
        assertEquals(2, f.getNotYet().getCadres());

        TestCallerSource.actAs("organizer.tiebei");
        assertEquals(3, impact.forUnit(grid, "MEDIATION", range).getFigures().getBefore().getVisits(), "Dongwa is Tiebei's");
        Long hebei = db.unitId("HEBEI");
        assertThrows(NotInScopeException.class, () -> impact.forUnit(hebei, "MEDIATION", range));
    }

    @Test
    void anOrganizerRemindsAnOverdueTraineeAndAnExpiringHolderOnceADay() {
        Long trainee = sql.accountPerson("trainee");
        Long enrolment = sql.makeOverdue(trainee, "CPR-FA");
        LocalDate expires = LocalDate.now(ClockProducer.ZONE).plusDays(11);
        sql.certify(trainee, "ACTIVE-GOV", expires.minusYears(2).plusDays(1), expires, false);
        Long certificate = sql.certificateOf(trainee, expires);

        Long tiebei = db.unitId("TIEBEI");
        assertTrue(follow.overdue(tiebei, 0, 1000).stream().anyMatch(r -> r.id().equals(enrolment)));
        assertTrue(follow.expiring(tiebei, 0, 1000).stream().anyMatch(r -> r.id().equals(certificate)));
        assertEquals(follow.countOverdue(tiebei), follow.overdue(tiebei, 0, 100_000).size(), "count and list agree");

        assertTrue(follow.remindOverdue(enrolment));
        assertFalse(follow.remindOverdue(enrolment), "a double click sends nothing twice");
        assertTrue(follow.remindRenewal(certificate));
        List<NoticeMailer.Letter> mailed = letters.to("trainee@example.org");
        assertEquals(2, mailed.size(), "the trainee gave an address: one mail per reminder, none for the double click");
        assertTrue(mailed.get(0).subject().contains("心肺复苏") && mailed.get(0).text().contains("截止"), mailed.get(0).toString());
        assertTrue(mailed.get(1).subject().contains("主动治理") && mailed.get(1).text().contains("续期"), mailed.get(1).toString());
        assertTrue(follow.overdue(tiebei, 0, 1000).stream().filter(r -> r.id().equals(enrolment)).findFirst()
                .orElseThrow().lastReminded() != null, "the list shows when the person was last reminded");

        Long outside = follow.overdue(db.unitId("HEBEI"), 0, 1).get(0).id();
        TestCallerSource.actAs("organizer.tiebei");
        assertThrows(NotInScopeException.class, () -> follow.remindOverdue(outside));
        assertThrows(NotInScopeException.class, () -> follow.overdue(db.unitId("HEBEI"), 0, 10));

        TestCallerSource.actAs("trainee");
        List<String> kinds = notices.mine(20).stream().map(n -> n.getKind()).toList();
        assertTrue(kinds.contains(FollowUps.NUDGE_COURSE), kinds.toString());
        assertTrue(kinds.contains(FollowUps.NUDGE_RENEW), kinds.toString());
    }

    @Test
    void theCountsFollowEnrolmentsProgressMovesAndDeactivationsInTheirOwnTransaction() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Long g1 = db.unitId("DONGFENG-G1");
        Long newcomer = personIn(g1, "GZL-TALLY1");
        assertEquals(sql.recount(), sql.tally(), "a person without enrolments changes nothing");
        assertTrue(enroller.reconcile(newcomer, java.time.LocalDateTime.now()) > 0, "the city's CPR assignment applies");
        assertEquals(sql.recount(), sql.tally(), "after the newcomer's enrolment");
        long g1Before = completion.forUnit(g1, null, false).getTotal().getAssigned();

        people.update(newcomer, draftOf(newcomer, db.unitId("DONGFENG-G2"), true));
        assertEquals(sql.recount(), sql.tally(), "after the move to another grid");
        assertEquals(g1Before - 1, completion.forUnit(g1, null, false).getTotal().getAssigned(),
                "the moved person's enrolment left the old grid's counts");
        people.setActive(newcomer, people.find(newcomer).getVersion(), false);
        assertEquals(sql.recount(), sql.tally(), "after the deactivation");

        TestCallerSource.actAs("trainee");
        Long enrolment = learning.enrolSelf("MEDIATION");
        assertEquals(sql.recount(), sql.tally(), "after a self-enrolment");
        learning.openLesson(enrolment, null);
        assertEquals(sql.recount(), sql.tally(), "after the first lesson started the course");

        TestCallerSource.actAs("organizer");
        assertCounts(completion.forUnit(null, null, false).getTotal(), sql.path("GZL"), today);
        assertCounts(completion.forUnit(db.unitId("DONGFENG"), null, false).getTotal(), sql.path("DONGFENG"), today);
    }

    @Test
    void theImpactRollupFollowsRecordsCertificatesMovesAndDeactivationsAndEqualsARebuildAndTheRecords() {
        rollup.rebuild(); // other tests write certificates and records with plain SQL, which nothing marks
        TestCallerSource.actAs("admin");
        Long dongwa = db.unitId("DONGWA");
        Long g1 = units.create(dongwa, "ROLL-G1", "汇总一网格", "Rollup Grid 1").getId();
        Long g2 = units.create(dongwa, "ROLL-G2", "汇总二网格", "Rollup Grid 2").getId();
        Long x = personIn(g1, "ROLL-X");
        Long y = personIn(g1, "ROLL-Y");
        YearMonth now = YearMonth.now(ClockProducer.ZONE);
        MonthRange range = new MonthRange(now.minusMonths(5), now);
        for (int m = 0; m < 6; m++) {
            sql.saveVisit(x, g1, range.from().plusMonths(m).atDay(2).atTime(9, 0));
            sql.saveVisit(y, g1, range.from().plusMonths(m).atDay(3).atTime(9, 0));
        }
        Long cert = sql.issue(x, "MEDIATION", range.from().plusMonths(2).atDay(10));
        LocalDate found = range.from().plusMonths(4).atDay(1);
        sql.fieldRecord("PROBLEM_FOUND", y, g1, found.atTime(8, 0), "RESOLVED", found, found.plusDays(6));
        rollup.mark(y); // the one change written with plain SQL
        assertEquals(2, rollup.freshness().getPendingPeople(), "the saved visits, the certificate and the added people marked them");
        countChanges();
        assertEquals(0, rollup.freshness().getPendingPeople());
        assertSameFigures(sql.impactFromRecords(sql.path("DONGWA"), "MEDIATION", range),
                impact.forUnit(dongwa, "MEDIATION", range).getFigures(), "after records and a certificate");
        assertEquals(3, impact.forUnit(g1, "MEDIATION", range).getFigures().getAfter().getVisits(), "x after certification");

        people.update(y, draftOf(y, g2, true));
        people.setActive(x, people.find(x).getVersion(), false);
        TestCallerSource.actAs("organizer");
        certification.revoke(cert, sql.certificateVersion(cert), "测试撤销");
        countChanges();
        List<String> kept = sql.impactRollup();
        assertSameFigures(sql.impactFromRecords(sql.path("DONGWA"), "MEDIATION", range),
                impact.forUnit(dongwa, "MEDIATION", range).getFigures(), "after a move, a deactivation and a revocation");
        assertEquals(0, impact.forUnit(g1, "MEDIATION", range).getFigures().getNotYet().getCadres(),
                "x left, y moved: nobody counts in grid 1");
        var grid2 = impact.forUnit(g2, "MEDIATION", range).getFigures();
        assertEquals(List.of(1L, 0L), List.of(grid2.getNotYet().getCadres(), grid2.getNotYet().getVisits()),
                "y counts in grid 2, but y's visits were made in grid 1");

        rollup.rebuild();
        assertEquals(kept, sql.impactRollup(), "the rows kept change by change equal the rows built from scratch");

        // a moved unit changes the ancestors of everything below it: the roll-up is built anew
        TestCallerSource.actAs("admin");
        Long street = units.find(dongwa).getParent().getId();
        Long elsewhere = units.create(street, "ROLL-C", "汇总测试社区", "Rollup Community").getId();
        units.move(g2, units.find(g2).getVersion(), elsewhere);
        assertFalse(rollup.freshness().isBuilt(), "the report says its figures are being prepared");
        countChanges();
        assertTrue(rollup.freshness().isBuilt());
        TestCallerSource.actAs("organizer");
        assertSameFigures(sql.impactFromRecords(sql.path("DONGWA"), "MEDIATION", range),
                impact.forUnit(dongwa, "MEDIATION", range).getFigures(), "after grid 2 moved out of Dongwa");
        assertEquals(1, impact.forUnit(elsewhere, "MEDIATION", range).getFigures().getNotYet().getCadres(),
                "y moved with grid 2");
        assertSameFigures(sql.impactFromRecords(sql.path("GZL"), "CPR", MonthRange.lastMonths(12, LocalDate.now(ClockProducer.ZONE))),
                impact.forUnit(null, "CPR", MonthRange.lastMonths(12, LocalDate.now(ClockProducer.ZONE))).getFigures(),
                "the whole city");
    }

    /** Marks people changed with plain SQL, then counts every pending change as the minute's job does. */
    private void countChanges(Long... people) {
        rollup.mark(people);
        while (rollup.refreshPending() > 0) {
            // until nothing is pending
        }
    }

    private static void assertSameFigures(ImpactFigures expected, ImpactFigures actual, String when) {
        var sides = List.<java.util.function.Function<ImpactFigures, cn.gongzhuling.academy.reporting.control.Outcomes>>of(
                ImpactFigures::getBefore, ImpactFigures::getAfter, ImpactFigures::getCertified, ImpactFigures::getNotYet);
        for (var side : sides) {
            var e = side.apply(expected);
            var a = side.apply(actual);
            assertEquals(List.of(e.getCadres(), e.getCadreMonths(), e.getVisits(), e.getProblemsFound(), e.getProblemsResolved(),
                    e.getMediationsWithAgreement(), e.getResidentsTaught(), e.getResolvedWithDates()),
                    List.of(a.getCadres(), a.getCadreMonths(), a.getVisits(), a.getProblemsFound(), a.getProblemsResolved(),
                    a.getMediationsWithAgreement(), a.getResidentsTaught(), a.getResolvedWithDates()), when);
            assertEquals(e.getMedianDaysToResolve(), a.getMedianDaysToResolve(), when + ": median");
        }
    }

    private PersonDraft draftOf(Long personId, Long unitId, boolean active) {
        var person = people.find(personId);
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo(person.getStaffNo());
        draft.setNameZh(person.getNameZh());
        draft.setNameEn(person.getNameEn());
        draft.setPhone(person.getPhone());
        draft.setPosition(person.getPosition());
        draft.setUnitId(unitId);
        draft.setActive(active);
        draft.setVersion(person.getVersion());
        return draft;
    }

    private Long personIn(Long unitId, String staffNo) {
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo(staffNo);
        draft.setNameZh("测试" + staffNo);
        draft.setNameEn("Test " + staffNo);
        draft.setPosition(Position.GRID_WORKER);
        draft.setUnitId(unitId);
        draft.setActive(true);
        return people.create(draft).getId();
    }

    private CoverageRow row(CoverageTable table, String unitCode) {
        Long id = db.unitId(unitCode);
        return table.getRows().stream().filter(r -> r.getUnitId().equals(id)).findFirst().orElseThrow();
    }

    private String pathOf(Long unitId) {
        return db.subtree("/").entrySet().stream().filter(e -> db.unitId(e.getKey()).equals(unitId))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
    }

    private void assertCounts(StatusCounts counts, String path, LocalDate today) {
        assertEquals(sql.enrolments(path, null, false, today), counts.getAssigned(), "assigned under " + path);
        assertEquals(sql.enrolments(path, "NOT_STARTED", false, today), counts.getNotStarted(), "not started " + path);
        assertEquals(sql.enrolments(path, "IN_PROGRESS", false, today)
                + sql.enrolments(path, "AWAITING_PRACTICAL", false, today), counts.getInProgress(), "in progress " + path);
        assertEquals(sql.enrolments(path, "AWAITING_PRACTICAL", false, today), counts.getAwaitingPractical());
        assertEquals(sql.enrolments(path, "COMPLETED", false, today), counts.getCompleted(), "completed " + path);
        assertEquals(sql.enrolments(path, null, true, today), counts.getOverdue(), "overdue " + path);
    }
}
