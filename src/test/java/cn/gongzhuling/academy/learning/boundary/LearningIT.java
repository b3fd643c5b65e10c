package cn.gongzhuling.academy.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.learning.entity.QuizAttempt;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.organization.control.DemoOrganization;
import cn.gongzhuling.academy.organization.control.PersonDraft;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import cn.gongzhuling.academy.testsupport.TestQueries;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning services in the real WAR on Payara Micro: assignment enrolment, and every bad input of
 * the issue refused with a clear message and nothing recorded twice. The tests use separate
 * (person, course) pairs so their order does not matter: the trainee takes CPR-FA; the city
 * organiser (also a trainee, as every account is) takes MEDIATION; Tiebei's organiser assigns
 * ACTIVE-GOV to Dongwa's grid workers.
 */
@ExtendWith(ArquillianExtension.class)
class LearningIT {

    @Deployment
    @TargetsContainer("payara-micro-learning") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(LearningIT.class, LearningTestData.class, SqlCounter.class, TestCallerSource.class,
                        TestQueries.class);
    }

    @Inject
    AssignmentService assignments;

    @Inject
    LearningService learning;

    @Inject
    QuizService quiz;

    @Inject
    Enroller enroller;

    @Inject
    PersonService people;

    @Inject
    TestQueries units;

    @Inject
    LearningTestData data;

    @Inject
    SqlCounter sql;

    @Test
    void anAssignmentEnrolsTheSubtreeNowAndLaterJoinersOnceAndStoppingItKeepsEnrolments() {
        TestCallerSource.actAs("organizer.tiebei");
        long gridWorkers = DemoOrganization.cadres().stream()
                .filter(c -> c.unitCode().startsWith("DONGWA-") && c.position() == Position.GRID_WORKER).count();

        AssignmentService.Created created = assignments.create("ACTIVE-GOV", units.unitId("DONGWA"),
                List.of(Position.GRID_WORKER), LocalDate.now().plusDays(30));

        assertEquals(gridWorkers, created.enrolled(), "every grid worker of Dongwa, in one statement");
        Long assignmentId = created.assignment().getId();
        assertEquals(gridWorkers, data.count("select count(e) from Enrolment e where e.assignmentId = ?1", assignmentId));
        AssignmentRow row = assignments.list(50).stream()
                .filter(r -> r.assignment().getId().equals(assignmentId)).findFirst().orElseThrow();
        assertEquals(gridWorkers, row.enrolled());

        TestCallerSource.actAs("admin");
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo("LEARN-NEW-1");
        draft.setNameZh("新网格员");
        draft.setNameEn("New Grid Worker");
        draft.setPosition(Position.GRID_WORKER);
        draft.setUnitId(units.unitId("DONGWA-G1"));
        Long newcomer = people.create(draft).getId();
        assertEquals(1, enroller.reconcile(newcomer, LocalDateTime.now()), "a later joiner is enrolled");
        assertEquals(0, enroller.reconcile(newcomer, LocalDateTime.now()), "and only once");

        TestCallerSource.actAs("organizer.tiebei");
        assignments.deactivate(assignmentId, row.assignment().getVersion());
        assertEquals(gridWorkers + 1,
                data.count("select count(e) from Enrolment e where e.assignmentId = ?1", assignmentId),
                "stopping an assignment deletes no enrolment");
    }

    @Test
    void anOrganizerCannotAssignOutsideTheirScopeOrWithADueDateInThePast() {
        TestCallerSource.actAs("organizer.tiebei");
        long before = data.count("select count(a) from Assignment a");
        assertThrows(NotInScopeException.class, () -> assignments.create("MEDIATION", units.unitId("JINRONG"),
                List.of(), LocalDate.now().plusDays(10)));
        BusinessException past = assertThrows(BusinessException.class, () -> assignments.create("MEDIATION",
                units.unitId("DONGWA"), List.of(), LocalDate.now().minusDays(1)));
        assertEquals("assign.error.duePast", past.getKey());
        TestCallerSource.actAs("instructor");
        assertThrows(NotInScopeException.class, () -> assignments.create("MEDIATION", units.unitId("DONGWA"),
                List.of(), LocalDate.now().plusDays(10)));
        assertEquals(before, data.count("select count(a) from Assignment a"));
    }

    @Test
    void theTraineePathRefusesEveryBadInputAndRecordsNothingTwice() {
        TestCallerSource.actAs("trainee");
        Long enrolment = learning.enrolSelf("CPR-FA");
        assertEquals(enrolment, learning.enrolSelf("CPR-FA"), "enrolling twice keeps one enrolment");
        List<Long> lessons = data.lessonIds("CPR-FA");

        // a lesson id of another course
        Long mediationLesson = data.lessonIds("MEDIATION").get(0);
        assertThrows(NotInScopeException.class, () -> learning.openLesson(enrolment, mediationLesson));
        assertThrows(NotInScopeException.class, () -> learning.completeLesson(enrolment, mediationLesson));

        // the quiz waits for the lessons
        assertEquals("quiz.error.lessonsFirst", assertThrows(BusinessException.class, () -> quiz.start(enrolment)).getKey());

        // marking a lesson done twice stores one row; the position is remembered
        learning.completeLesson(enrolment, lessons.get(0));
        learning.completeLesson(enrolment, lessons.get(0));
        assertEquals(1, data.count("select count(p) from LessonProgress p where p.id.enrolmentId = ?1", enrolment));
        learning.openLesson(enrolment, lessons.get(2));
        assertEquals(lessons.get(2), learning.openLesson(enrolment, null).getLesson().getId(), "resumes where it was left");
        for (Long lesson : lessons) {
            learning.completeLesson(enrolment, lesson);
        }

        // attempt 1: drawn from the bank, no key in the paper
        Long attempt1 = quiz.start(enrolment);
        assertEquals(attempt1, quiz.start(enrolment), "an open attempt is continued, not duplicated");
        QuizPaper paper = quiz.paper(attempt1, Locale.ENGLISH);
        assertEquals(10, paper.questions().size());
        assertEquals("quiz.error.notSubmitted",
                assertThrows(BusinessException.class, () -> quiz.result(attempt1, Locale.ENGLISH)).getKey(),
                "no answers before submission");

        // another user's enrolment and attempt do not exist for them
        TestCallerSource.actAs("organizer.tiebei");
        assertThrows(NotInScopeException.class, () -> learning.openLesson(enrolment, null));
        assertThrows(NotInScopeException.class, () -> quiz.paper(attempt1, Locale.ENGLISH));
        assertThrows(NotInScopeException.class, () -> quiz.submit(attempt1, Map.of()));
        TestCallerSource.actAs("trainee");

        // answers to a question that was not drawn, or an option the question does not have
        Map<Long, Set<String>> key = data.key(attempt1);
        Map<Long, Set<String>> notDrawn = Map.of(-1L, Set.of("a"));
        assertEquals("quiz.error.notDrawn",
                assertThrows(BusinessException.class, () -> quiz.submit(attempt1, notDrawn)).getKey());
        Long tf = key.keySet().iterator().next();
        Map<Long, Set<String>> badChoice = Map.of(tf, Set.of("zz"));
        assertEquals("quiz.error.badChoice",
                assertThrows(BusinessException.class, () -> quiz.submit(attempt1, badChoice)).getKey());
        assertEquals(0, answers(attempt1), "a refused submit records nothing");

        // a failing submit: nothing answered scores nothing
        QuizAttempt failed = quiz.submit(attempt1, new HashMap<>());
        assertFalse(failed.isPassedAttempt());
        assertEquals(0, failed.getScorePercent());
        assertEquals("quiz.error.alreadySubmitted",
                assertThrows(BusinessException.class, () -> quiz.submit(attempt1, key)).getKey(), "double submit");
        assertFalse(quiz.result(attempt1, Locale.ENGLISH).attempt().isPassedAttempt(), "the second submit changed nothing");

        // attempt 2 runs out of time
        Long attempt2 = quiz.start(enrolment);
        data.expire(attempt2);
        Map<Long, Set<String>> key2 = data.key(attempt2);
        assertEquals("quiz.error.timeUp",
                assertThrows(BusinessException.class, () -> quiz.submit(attempt2, key2)).getKey());
        assertEquals(0, answers(attempt2));

        // attempt 3 passes with the right answers; the course now awaits the practical checks
        Long attempt3 = quiz.start(enrolment);
        QuizAttempt passed = quiz.submit(attempt3, data.key(attempt3));
        assertTrue(passed.isPassedAttempt());
        assertEquals(100, passed.getScorePercent());
        QuizResult result = quiz.result(attempt3, Locale.ENGLISH);
        assertNotNull(result.questions().get(0).explanation());
        assertEquals("quiz.error.alreadyPassed", assertThrows(BusinessException.class, () -> quiz.start(enrolment)).getKey());
        DashboardRow row = learning.dashboard().open().stream()
                .filter(r -> r.enrolmentId().equals(enrolment)).findFirst().orElseThrow();
        assertEquals(EnrolmentStatus.AWAITING_PRACTICAL, row.status());
        assertEquals(lessons.size(), row.lessonsDone());
        assertEquals(3, data.count("select count(a) from QuizAttempt a where a.enrolment.id = ?1", enrolment));
    }

    @Test
    void noAttemptBeyondTheCourseLimit() {
        TestCallerSource.actAs("organizer");
        Long enrolment = learning.enrolSelf("MEDIATION");
        data.lessonIds("MEDIATION").forEach(l -> learning.completeLesson(enrolment, l));
        for (int i = 0; i < 3; i++) {
            quiz.submit(quiz.start(enrolment), Map.of());
        }
        BusinessException refused = assertThrows(BusinessException.class, () -> quiz.start(enrolment));
        assertEquals("quiz.error.noAttemptsLeft", refused.getKey());
        assertEquals(3, data.count("select count(a) from QuizAttempt a where a.enrolment.id = ?1", enrolment));
        assertEquals("quiz.error.noAttemptsLeft", quiz.overview(enrolment).getBlockedKey());
    }

    @Test
    void theDashboardIssuesTheSameNumberOfStatementsWhateverTheNumberOfEnrolments() {
        TestCallerSource.actAs("instructor"); // every account can learn; the instructor takes courses here only
        learning.enrolSelf("ACTIVE-GOV");
        learning.dashboard(); // loads the caller once for the request
        int one = sql.count(learning::dashboard);

        for (String course : List.of("CPR-FA", "MEDIATION")) {
            Long enrolment = learning.enrolSelf(course);
            data.lessonIds(course).stream().limit(2).forEach(l -> learning.completeLesson(enrolment, l));
        }
        Dashboard three = learning.dashboard();
        int withThree = sql.count(learning::dashboard);

        assertEquals(3, three.open().size());
        assertEquals(2, three.open().stream().filter(r -> r.courseCode().equals("CPR-FA")).findFirst().orElseThrow()
                .lessonsDone());
        System.out.println("SQL statements of the dashboard: " + one + " with 1 enrolment, " + withThree + " with 3");
        assertEquals(one, withThree, "no statement per enrolment");
        assertTrue(withThree <= 6, "reconcile, enrolments, lessons done, lesson counts, open courses: " + withThree);
    }

    private long answers(Long attemptId) {
        return data.count("select count(a) from AttemptAnswer a where a.attemptQuestion.attempt.id = ?1", attemptId);
    }
}
