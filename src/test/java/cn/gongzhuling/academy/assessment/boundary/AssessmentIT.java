package cn.gongzhuling.academy.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Practical checks in the real WAR on Payara Micro: a session of the household-visit check
 * (ACTIVE-GOV) graded by a Henan instructor, a pass completing the course and a critical fail
 * leading to a retake; every bad input of the issue refused with nothing changed; two concurrent
 * sign-offs giving one success and one conflict, both in the history; the mediation check's second
 * assessor. People come from Yonghong (Henan street) and Jinrong (Hebei street), away from the units other ITs use.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String COURSE = "ACTIVE-GOV";
    private static final String CHECK = "supervised-household-visit";
    private static final String HENAN = "assessor.henan";
    private static final String LEARNER = "assess.learner";
    private static final String SECOND = "assessor.two";

    @Deployment
    @TargetsContainer("payara-micro-assessment") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(AssessmentIT.class, AssessmentTestData.class, TestCallerSource.class);
    }

    @Inject
    AssessmentService assessments;

    @Inject
    GradingService grading;

    @Inject
    EvidenceService evidence;

    @Inject
    TraineeResults trainee;

    @Inject
    AssessmentTestData data;

    private List<String> items;
    private List<String> critical;

    @BeforeEach
    void instructors() {
        TestCallerSource.actAs(null);
        data.instructor(HENAN, "HENAN");
        data.trainee(LEARNER, "YONGHONG", "VOLUNTEER_COORDINATOR");
        data.instructor(SECOND, "GZL");
        items = data.itemKeys(COURSE, CHECK);
        critical = data.criticalKeys(COURSE, CHECK);
    }

    private GradeForm all(boolean done) {
        GradeForm form = new GradeForm();
        items.forEach(i -> form.done(i, done));
        return form;
    }

    @Test
    void aSessionGradesItsRosterAPassCompletesTheCourseAndACriticalFailGoesBackToTheQueue() {
        Long traineePerson = data.personOf(LEARNER); // Yonghong community, Henan street
        List<Long> dongwa = data.people("YONGHONG", "SOCIAL_WORKER", 1);
        Long jinghua = data.people("JINRONG", "SOCIAL_WORKER", 1).get(0); // Hebei street: not Henan's
        Long passing = data.awaitingPractical(traineePerson, COURSE);
        Long failing = data.awaitingPractical(dongwa.get(0), COURSE);
        Long outside = data.awaitingPractical(jinghua, COURSE);

        TestCallerSource.actAs(HENAN);
        assertTrue(assessments.queue(null, null, 500).stream().anyMatch(q -> q.enrolmentId().equals(passing)));
        assertFalse(assessments.queue(null, null, 500).stream().anyMatch(q -> q.enrolmentId().equals(outside)),
                "a trainee of another street is not in this instructor's queue");
        Long session = assessments.createSession(COURSE, CHECK, today(), "东风社区党群服务中心");
        SessionDetail detail = assessments.session(session);
        List<Long> rostered = detail.roster().stream().map(RosterRow::resultId).toList();
        Long passResult = data.resultOf(session, passing);
        Long failResult = data.resultOf(session, failing);
        assertTrue(rostered.contains(passResult) && rostered.contains(failResult));
        assertEquals(0, data.count("select count(r) from AssessmentResult r where r.session.id = ?1 and r.enrolmentId = ?2",
                session, outside), "the roster stays inside the instructor's subtree");
        assertFalse(assessments.queue(null, null, 500).stream().anyMatch(q -> q.enrolmentId().equals(passing)),
                "on a roster means no longer waiting");

        // a draft first, then sign-off: the pass completes the course
        long v = grading.saveDraft(passResult, data.version(passResult), all(true).comment(items.get(0), "准备充分")
                .overall("<script>alert(1)</script> 表现良好"));
        assertEquals(ResultStatus.DRAFT, grading.sheet(passResult, Locale.CHINA).status());
        grading.signOff(passResult, v, all(true).comment(items.get(0), "准备充分").overall("表现良好"));
        GradeSheet passed = grading.sheet(passResult, Locale.CHINA);
        assertEquals(ResultStatus.SIGNED, passed.status());
        assertEquals(Boolean.TRUE, passed.passed());
        assertEquals("COMPLETED", data.enrolmentStatus(passing), "a passed required check completes the course");

        // every item done but one critical: a high score and still a fail; the course waits for a retake
        GradeForm criticalMiss = all(true).done(critical.get(0), false).comment(critical.get(0), "未分类");
        grading.signOff(failResult, data.version(failResult), criticalMiss);
        GradeSheet failed = grading.sheet(failResult, Locale.CHINA);
        assertEquals(Boolean.FALSE, failed.passed());
        assertTrue(failed.points() * 100 >= 80 * failed.maxPoints(), "the score alone would pass");
        assertEquals(List.of(critical.get(0)), failed.failedCritical());
        assertEquals("AWAITING_PRACTICAL", data.enrolmentStatus(failing));
        QueueEntry retake = assessments.queue(COURSE, CHECK, 500).stream()
                .filter(q -> q.enrolmentId().equals(failing)).findFirst().orElseThrow();
        assertEquals(1, retake.attempts(), "back in the queue with the failed attempt counted");
        Long second = assessments.createSession(COURSE, CHECK, today().plusDays(14), "东洼社区");
        Long retakeResult = data.resultOf(second, failing);
        assertEquals(2, grading.sheet(retakeResult, Locale.CHINA).attemptNo());
        assertEquals(2, data.count("select count(r) from AssessmentResult r where r.enrolmentId = ?1", failing),
                "every attempt is kept");

        // the trainee sees their result and the comments; not someone else's
        TestCallerSource.actAs(LEARNER);
        TraineeResults.CourseResults mine = trainee.forEnrolment(passing, Locale.CHINA);
        assertEquals(1, mine.attempts().size());
        assertEquals("表现良好", mine.attempts().get(0).overallComment());
        assertEquals("准备充分", mine.attempts().get(0).lines().get(0).comment(), "item comments reach the trainee");
        assertEquals(Boolean.TRUE, trainee.latestByEnrolment(Locale.CHINA).get(passing).get(0).passed());
        assertThrows(NotInScopeException.class, () -> trainee.forEnrolment(failing, Locale.CHINA));
    }

    @Test
    void badInputsAreRefusedAndNothingRecordedChanges() throws IOException {
        Long enrolment = data.awaitingPractical(data.people("YONGHONG", "SOCIAL_WORKER", 2).get(1), COURSE);
        Long hebei = data.awaitingPractical(data.people("JINRONG", "SOCIAL_WORKER", 2).get(1), COURSE);
        TestCallerSource.actAs("instructor"); // the city instructor
        Long session = assessments.createSession(COURSE, CHECK, today(), "市培训中心");
        Long result = data.resultOf(session, enrolment);
        Long other = data.resultOf(session, hebei);

        // grading a trainee outside the instructor's scope reads as not found
        TestCallerSource.actAs(HENAN);
        long otherVersion = data.version(other);
        assertThrows(NotInScopeException.class, () -> grading.sheet(other, Locale.CHINA));
        assertThrows(NotInScopeException.class, () -> grading.signOff(other, otherVersion, all(true)));
        assertThrows(NotInScopeException.class, () -> assessments.session(session), "a city session is not Henan's");
        assertEquals(otherVersion, data.version(other));

        // a stale form after someone else saved: refused, recorded, nothing changed
        TestCallerSource.actAs("instructor");
        long loaded = data.version(result);
        long saved = grading.saveDraft(result, loaded, all(true));
        TestCallerSource.actAs(HENAN);
        assertEquals("assess.error.conflict",
                assertThrows(BusinessException.class, () -> grading.signOff(result, loaded, all(false))).getKey());
        assertEquals(saved, data.version(result));
        assertNull(grading.sheet(result, Locale.CHINA).items().stream().filter(i -> Boolean.FALSE.equals(i.done()))
                .findFirst().orElse(null), "the stale form's grades were not applied");
        assertTrue(data.historyActions(result).contains("REFUSED_STALE"));

        // an incomplete sheet cannot be signed
        GradeForm half = all(true).done(items.get(1), null);
        assertEquals("assess.error.incomplete",
                assertThrows(BusinessException.class, () -> grading.signOff(result, saved, half)).getKey());

        // sign once; a second sign-off is refused
        long signed = grading.signOff(result, saved, all(true));
        assertEquals("assess.error.alreadySigned",
                assertThrows(BusinessException.class, () -> grading.signOff(result, signed, all(true))).getKey());
        assertEquals("assess.error.locked",
                assertThrows(BusinessException.class, () -> grading.saveDraft(result, signed, all(false))).getKey());

        // an amendment needs a reason; with one it appends to the history
        assertEquals("assess.error.reasonRequired", assertThrows(BusinessException.class,
                () -> grading.amend(result, signed, all(true).done(critical.get(0), false), "  ")).getKey());
        assertEquals(signed, data.version(result));
        assertEquals(Boolean.TRUE, grading.sheet(result, Locale.CHINA).passed());
        assertEquals("COMPLETED", data.enrolmentStatus(enrolment));
        grading.amend(result, signed, all(true).done(critical.get(0), false), "复核录像发现未登记台账");
        assertEquals(Boolean.FALSE, grading.sheet(result, Locale.CHINA).passed());
        assertEquals("AWAITING_PRACTICAL", data.enrolmentStatus(enrolment), "the amended fail no longer completes the course");
        List<String> history = data.historyActions(result);
        assertEquals(List.of("ROSTERED", "DRAFT_SAVED", "REFUSED_STALE", "SIGNED", "AMENDED"), history);
        assertEquals("复核录像发现未登记台账", grading.sheet(result, Locale.CHINA).history().get(4).getReason());
        assertTrue(grading.sheet(result, Locale.CHINA).history().get(4).getBefore().contains("PASS"));

        // evidence: an HTML page renamed .jpg is refused; a photo loses its GPS data
        Long draft = data.resultOf(session, hebei);
        TestCallerSource.actAs("instructor");
        long files = data.count("select count(e) from Evidence e");
        byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("assess.error.evidenceType", assertThrows(BusinessException.class,
                () -> evidence.upload(draft, "photo.jpg", new ByteArrayInputStream(html), Locale.CHINA)).getKey());
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertEquals("assess.error.evidenceType", assertThrows(BusinessException.class,
                () -> evidence.upload(draft, "photo.jpg", new ByteArrayInputStream(svg), Locale.CHINA)).getKey());
        byte[] huge = new byte[(int) evidence.maxBytes() + 10];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertEquals("assess.error.evidenceTooLarge", assertThrows(BusinessException.class,
                () -> evidence.upload(draft, "big.jpg", new ByteArrayInputStream(huge), Locale.CHINA)).getKey());
        assertEquals(files, data.count("select count(e) from Evidence e"), "nothing attached");
        byte[] photo = jpegWithGps();
        Long id = evidence.upload(draft, "../现场照片.png", new ByteArrayInputStream(photo), Locale.CHINA);
        EvidenceService.Download file = evidence.open(id);
        assertEquals("image/jpeg", file.mediaType());
        assertEquals("现场照片.jpg", file.fileName(), "named by content, without the path");
        byte[] stored = Files.readAllBytes(file.path());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("GPSLatitude"));
        assertTrue(stored.length < photo.length);
        TestCallerSource.actAs(HENAN);
        assertThrows(NotInScopeException.class, () -> evidence.open(id), "another street's instructor may not download it");
        TestCallerSource.actAs("trainee");
        assertThrows(NotInScopeException.class, () -> evidence.open(id), "nor may another trainee");
    }

    @Test
    void twoConcurrentSignOffsGiveOneSuccessAndOneConflictBothInTheHistory() throws Exception {
        Long enrolment = data.awaitingPractical(data.people("YONGHONG", "SOCIAL_WORKER", 3).get(2), COURSE);
        TestCallerSource.actAs("instructor");
        Long session = assessments.createSession(COURSE, CHECK, today(), "东洼社区");
        Long result = data.resultOf(session, enrolment);
        long version = data.version(result);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            boolean done = i == 0;
            outcomes.add(pool.submit(() -> {
                RequestContextController request = CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                    start.await();
                    grading.signOff(result, version, all(done));
                    return "ok";
                } catch (BusinessException e) {
                    return e.getKey();
                } finally {
                    request.deactivate();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Collections.sort(results);
        assertEquals(List.of("assess.error.conflict", "ok"), results);
        List<String> history = data.historyActions(result);
        assertEquals(1, history.stream().filter("SIGNED"::equals).count());
        assertEquals(1, history.stream().filter(a -> a.startsWith("REFUSED_")).count(), history.toString());
        TestCallerSource.actAs("instructor");
        assertEquals(ResultStatus.SIGNED, grading.sheet(result, Locale.CHINA).status(), "exactly one sign-off stored");
    }

    @Test
    void aMediationResultCountsOnlyAfterASecondInstructorSigns() {
        Long enrolment = data.awaitingPractical(data.people("YONGHONG", "SOCIAL_WORKER", 4).get(3), "MEDIATION");
        TestCallerSource.actAs("instructor");
        Long session = assessments.createSession("MEDIATION", "role-play-mediation", today(), "调解室");
        Long result = data.resultOf(session, enrolment);
        GradeForm form = new GradeForm();
        data.itemKeys("MEDIATION", "role-play-mediation").forEach(k -> form.level(k, 3));
        GradeForm wrongKind = new GradeForm();
        data.itemKeys("MEDIATION", "role-play-mediation").forEach(k -> wrongKind.done(k, true));
        assertEquals("assess.error.badGrade", assertThrows(BusinessException.class,
                () -> grading.signOff(result, data.version(result), wrongKind)).getKey());
        assertEquals("assess.error.badGrade", assertThrows(BusinessException.class,
                () -> grading.signOff(result, data.version(result), new GradeForm().level("explains-principles", 7)))
                .getKey());

        long v = grading.signOff(result, data.version(result), form);
        assertEquals(ResultStatus.AWAITING_SECOND, grading.sheet(result, Locale.CHINA).status());
        assertEquals("AWAITING_PRACTICAL", data.enrolmentStatus(enrolment), "one signature does not count");
        assertEquals("assess.error.sameAssessor",
                assertThrows(BusinessException.class, () -> grading.signOff(result, v, form)).getKey());

        TestCallerSource.actAs(SECOND);
        grading.signOff(result, v, form);
        GradeSheet sheet = grading.sheet(result, Locale.CHINA);
        assertEquals(ResultStatus.SIGNED, sheet.status());
        assertEquals("instructor", sheet.firstSignedBy());
        assertEquals(SECOND, sheet.secondSignedBy());
        assertEquals("COMPLETED", data.enrolmentStatus(enrolment));
    }

    /** The application's today (Asia/Shanghai), not the test JVM's: they differ for eight hours a day. */
    private static LocalDate today() {
        return LocalDate.now(cn.gongzhuling.academy.platform.boundary.ClockProducer.ZONE);
    }

    private static byte[] jpegWithGps() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] jpeg = out.toByteArray();
        byte[] payload = "Exif\0\0GPSLatitude 43.5N GPSLongitude 124.8E".getBytes(StandardCharsets.ISO_8859_1);
        byte[] segment = new byte[4 + payload.length];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE1;
        segment[2] = (byte) ((payload.length + 2) >> 8);
        segment[3] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, segment, 4, payload.length);
        byte[] withExif = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, withExif, 0, 2);
        System.arraycopy(segment, 0, withExif, 2, segment.length);
        System.arraycopy(jpeg, 2, withExif, 2 + segment.length, jpeg.length - 2);
        return withExif;
    }
}
