package cn.gongzhuling.academy.certification.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.assessment.boundary.AssessmentService;
import cn.gongzhuling.academy.assessment.boundary.GradeForm;
import cn.gongzhuling.academy.assessment.boundary.GradingService;
import cn.gongzhuling.academy.assessment.boundary.QueueEntry;
import cn.gongzhuling.academy.certification.control.CertificateStatus;
import cn.gongzhuling.academy.certification.control.StatusRule;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.learning.boundary.DashboardRow;
import cn.gongzhuling.academy.learning.boundary.LearningService;
import cn.gongzhuling.academy.learning.boundary.LessonPage;
import cn.gongzhuling.academy.learning.boundary.QuizOverview;
import cn.gongzhuling.academy.learning.boundary.QuizService;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certification in the real WAR on Payara Micro: issuance on completion (once, even when two
 * events race), validity fixed at issue, revocation in scope, verification and its limit,
 * reminders once each as the clock moves, the one-node lease, and renewal as a linked chain.
 * Each test uses its own people, so their order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    @Deployment
    @TargetsContainer("payara-micro-certification") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(CertificationIT.class, CertificationTestData.class, TestCallerSource.class);
    }

    @Inject
    CertificationTestData data;

    @Inject
    CertificationService certificates;

    @Inject
    VerificationService verification;

    @Inject
    ReminderService reminders;

    @Inject
    JobLease lease;

    @Inject
    CertificateDocuments documents;

    @Inject
    LearningService learning;

    @Inject
    QuizService quiz;

    @Inject
    AssessmentService assessments;

    @Inject
    GradingService grading;

    @Inject
    ReminderAddresses addresses;

    @Test
    void twoCompletionEventsAtOnceIssueOneCertificateWithTheCourseValidityAndSkills() throws Exception {
        Long person = data.freshPerson("DONGWA", "CPR-FA");
        Long enrolment = data.enrol(person, "CPR-FA");
        LocalDateTime completedAt = LocalDateTime.of(2026, 3, 15, 10, 0);

        List<Future<?>> racing = data.race(data, enrolment, completedAt);
        for (Future<?> f : racing) {
            f.get(30, TimeUnit.SECONDS); // neither transaction fails: the second finds the first's certificate
        }
        data.complete(enrolment, completedAt);

        List<Certificate> issued = data.certificatesOfEnrolment(enrolment);
        assertEquals(1, issued.size(), "one certificate for three completion events");
        Certificate c = issued.get(0);
        int months = data.courseValidity("CPR-FA");
        assertEquals(LocalDate.of(2026, 3, 15), c.getIssuedOn());
        assertEquals(StatusRule.expiry(LocalDate.of(2026, 3, 15), months), c.getExpiresOn());
        assertTrue(c.getSerialNo().startsWith("GZL-CPR-FA-2026-"), c.getSerialNo());
        assertEquals(43, c.getVerificationCode().length());
        assertTrue(VerificationCodes.wellFormed(c.getVerificationCode()));
        assertEquals(1, data.audit(CertificateIssuer.AUDIT_ISSUED, c.getId()));

        data.setValidity("CPR-FA", 6);
        try {
            assertEquals(StatusRule.expiry(LocalDate.of(2026, 3, 15), months), data.find(c.getId()).getExpiresOn(),
                    "a later change of the course's validity leaves issued certificates alone");
        } finally {
            data.setValidity("CPR-FA", months);
        }
    }

    @Test
    void anOrganizerRevokesInScopeWithAReasonAndVerificationThenSaysRevoked() {
        Long person = data.freshPerson("DONGWA", "MEDIATION");
        Certificate c = data.certificate(person, "MEDIATION", LocalDate.now(ClockProducer.ZONE).plusYears(1));
        String code = c.getVerificationCode();
        assertEquals(CertificateStatus.VALID, verification.verify(code, "it-revoke").orElseThrow().status());

        TestCallerSource.actAs("organizer.tiebei");
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> certificates.revoke(c.getId(), c.getVersion(), "   "));
        assertEquals("cert.error.reasonRequired", noReason.getKey());
        TestCallerSource.actAs("trainee");
        assertThrows(NotInScopeException.class, () -> certificates.revoke(c.getId(), c.getVersion(), "no role"));

        TestCallerSource.actAs("organizer.tiebei");
        certificates.revoke(c.getId(), c.getVersion(), "签到记录造假 <script>alert(1)</script>");
        assertEquals(1, data.audit(CertificationService.AUDIT_REVOKED, c.getId()));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> certificates.revoke(c.getId(), c.getVersion() + 1, "again"));
        assertEquals("cert.error.alreadyRevoked", twice.getKey());
        BusinessException stale = assertThrows(BusinessException.class,
                () -> certificates.revoke(c.getId(), c.getVersion(), "stale form"));
        assertEquals("error.conflict", stale.getKey());

        Verification v = verification.verify(code, "it-revoke").orElseThrow();
        assertEquals(CertificateStatus.REVOKED, v.status(), "a printed copy in circulation now verifies as revoked");
        assertTrue(v.maskedName().contains("*"), v.maskedName());

        CertificateFilter revoked = new CertificateFilter();
        revoked.setStatus(CertificateStatus.REVOKED);
        assertTrue(certificates.list(revoked, 0, 500).stream().anyMatch(r -> r.id().equals(c.getId())));
        TestCallerSource.actAs("organizer");
        assertTrue(certificates.count(revoked) >= 1);
    }

    @Test
    void anOrganizerOfAnotherStreetNeitherSeesNorRevokes() {
        Long person = data.freshPerson("JINRONG", "MEDIATION");
        Certificate c = data.certificate(person, "MEDIATION", LocalDate.now(ClockProducer.ZONE).plusYears(1));
        TestCallerSource.actAs("organizer.tiebei");
        assertThrows(NotInScopeException.class, () -> certificates.revoke(c.getId(), c.getVersion(), "not mine"));
        assertFalse(certificates.list(new CertificateFilter(), 0, 10_000).stream().anyMatch(r -> r.id().equals(c.getId())));
        CertificateFilter elsewhere = new CertificateFilter();
        elsewhere.setUnitId(data.personUnit(person));
        assertThrows(NotInScopeException.class, () -> certificates.count(elsewhere));
        TestCallerSource.actAs("organizer");
        assertTrue(certificates.list(new CertificateFilter(), 0, 10_000).stream().anyMatch(r -> r.id().equals(c.getId())));
    }

    @Test
    void unknownCodesAndClientsOverTheLimitGetTheSameEmptyAnswer() {
        Long person = data.freshPerson("DONGWA", "ACTIVE-GOV");
        Certificate c = data.certificate(person, "ACTIVE-GOV", LocalDate.now(ClockProducer.ZONE).plusDays(100));
        assertEquals(Optional.empty(), verification.verify(VerificationCodes.generate(), "it-limit"));
        assertEquals(Optional.empty(), verification.verify("../../etc/passwd", "it-limit"));
        assertEquals(Optional.empty(), verification.verify(null, "it-limit"));
        Verification v = verification.verify(c.getVerificationCode(), "it-limit").orElseThrow();
        assertEquals(CertificateStatus.VALID, v.status());
        for (int i = 0; i < 40; i++) {
            verification.verify(VerificationCodes.generate(), "it-limit");
        }
        assertEquals(Optional.empty(), verification.verify(c.getVerificationCode(), "it-limit"),
                "over the limit even a real code shows nothing");
        assertTrue(verification.verify(c.getVerificationCode(), "it-other-client").isPresent());
    }

    @Test
    void remindersFireOnceEachAsTheClockMovesToHolderAndOrganizersInScope() {
        Long person = data.freshPerson("DONGWA", "CPR-FA");
        LocalDate expires = LocalDate.of(2031, 6, 30);
        Certificate c = data.certificate(person, "CPR-FA", expires);
        StatusRule rule = certificates.rule();

        assertEquals(CertificateStatus.VALID, rule.status(expires, false, expires.minusDays(61)));
        run(expires.minusDays(61));
        assertArrayEquals(new long[] {0, 0}, data.notifications(c.getId(), "D60"));

        assertEquals(CertificateStatus.EXPIRING, rule.status(expires, false, expires.minusDays(60)));
        run(expires.minusDays(60));
        long[] d60 = data.notifications(c.getId(), "D60");
        assertEquals(0, d60[0], "this person has no account: only organizers hear of it");
        assertTrue(d60[1] >= 2, "the city organizer and Tiebei's");
        run(expires.minusDays(59));
        run(expires.minusDays(60));
        assertArrayEquals(d60, data.notifications(c.getId(), "D60"), "sent once");

        run(expires.minusDays(30));
        run(expires.minusDays(30));
        assertArrayEquals(d60, data.notifications(c.getId(), "D30"));
        run(expires.minusDays(7));
        assertArrayEquals(d60, data.notifications(c.getId(), "D7"));
        assertEquals(CertificateStatus.EXPIRED, rule.status(expires, false, expires.plusDays(1)));
        run(expires.plusDays(1));
        run(expires.plusDays(2));
        assertArrayEquals(d60, data.notifications(c.getId(), "EXPIRED"));
    }

    @Test
    void theTraineeIsRemindedTooAndOnlyOneNodeRunsAtATime() {
        Long trainee = data.personOfAccount("trainee");
        LocalDate expires = LocalDate.of(2032, 1, 31);
        Certificate c = data.certificate(trainee, "ACTIVE-GOV", expires);
        run(expires.minusDays(7));
        long[] d7 = data.notifications(c.getId(), "D7");
        assertEquals(1, d7[0], "the holder");
        assertTrue(d7[1] >= 2, "and the organizers whose scope contains Dongfeng");

        LocalDateTime now = LocalDateTime.of(2040, 1, 1, 8, 7); // after every moved clock of these tests
        assertTrue(lease.acquire(ReminderService.JOB, "node-a", now, Duration.ofMinutes(10)));
        assertFalse(lease.acquire(ReminderService.JOB, "node-b", now, Duration.ofMinutes(10)));
        assertFalse(reminders.run(Clock.fixed(now.atZone(ClockProducer.ZONE).toInstant(), ClockProducer.ZONE),
                "node-b").ran(), "a second node does nothing while the first holds the lease");
        lease.release(ReminderService.JOB, "node-a", now);
        assertTrue(lease.acquire(ReminderService.JOB, "node-b", now, Duration.ofMinutes(10)));
        lease.release(ReminderService.JOB, "node-b", now);
    }

    @Test
    void renewalStartsARefresherAndPassingItIssuesALinkedCertificate() throws Exception {
        TestCallerSource.actAs("trainee");
        Long trainee = data.personOfAccount("trainee");
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Certificate old = data.certificate(trainee, "MEDIATION", today.plusYears(2));
        BusinessException tooEarly = assertThrows(BusinessException.class, () -> certificates.startRenewal(old.getId()));
        assertEquals("cert.error.notRenewable", tooEarly.getKey());

        Certificate expiring = data.certificate(trainee, "CPR-FA", today.plusDays(10));
        Long refresher = certificates.startRenewal(expiring.getId());
        assertEquals(refresher, certificates.startRenewal(expiring.getId()), "pressing twice gives one refresher");

        TestCallerSource.actAs("organizer");
        assertThrows(NotInScopeException.class, () -> certificates.startRenewal(expiring.getId()),
                "only the holder renews their certificate");

        // the refresher is the course file's refresher path: 3 lessons, a 6-question quiz at 80 %, one check
        TestCallerSource.actAs("trainee");
        LessonPage first = learning.openLesson(refresher, null);
        assertTrue(first.getPath().isRefresher());
        assertEquals("03-adult-cpr", first.getLesson().getKey());
        assertEquals(3, first.getOutline().size(), "only the refresher's lessons are listed");
        assertEquals(1, first.getIndex());
        assertThrows(NotInScopeException.class,
                () -> learning.completeLesson(refresher, data.lessonId(refresher, "01-chain-of-survival")),
                "a lesson outside the refresher is not part of it");
        assertEquals(List.of(3), learning.dashboard().open().stream()
                .filter(r -> r.enrolmentId().equals(refresher)).map(DashboardRow::lessonCount).toList());
        for (String lesson : List.of("03-adult-cpr", "04-aed", "05-choking")) {
            learning.completeLesson(refresher, data.lessonId(refresher, lesson));
        }
        QuizOverview overview = quiz.overview(refresher);
        assertTrue(overview.isRefresher());
        assertEquals(6, overview.getQuestions());
        assertEquals(80, overview.getPassPercent());
        Long attempt = quiz.start(refresher);
        assertEquals(6, quiz.paper(attempt, Locale.CHINA).questions().size());
        Map<Long, Set<String>> answers = new HashMap<>(data.key(attempt));
        Long wrong = answers.keySet().iterator().next();
        answers.remove(wrong); // 5 of 6 right = 83 %: passes at 80 %
        assertTrue(quiz.submit(attempt, answers).isPassedAttempt());
        assertEquals("AWAITING_PRACTICAL", data.enrolmentStatus(refresher));

        TestCallerSource.actAs("instructor");
        List<QueueEntry> waiting = assessments.queue(null, null, 100_000).stream()
                .filter(q -> q.enrolmentId().equals(refresher)).toList();
        assertEquals(List.of("adult-cpr-aed"), waiting.stream().map(QueueEntry::checkKey).toList(),
                "the refresher waits for its one check, not all three of the course");
        Long session = assessments.createSession("CPR-FA", "adult-cpr-aed", today, "东风社区党群服务中心");
        long[] result = data.result(session, refresher);
        GradeForm allDone = new GradeForm();
        data.itemKeys("CPR-FA", "adult-cpr-aed").forEach(i -> allDone.done(i, true));
        grading.signOff(result[0], result[1], allDone);
        assertEquals("COMPLETED", data.enrolmentStatus(refresher), "one passed check completes the refresher");

        Certificate renewed = data.certificatesOfEnrolment(refresher).get(0);
        assertEquals(expiring.getId(), data.previousId(renewed.getId()), "one chain: the renewal names the old one");
        assertEquals(StatusRule.expiry(expiring.getExpiresOn().plusDays(1), data.courseValidity("CPR-FA")),
                renewed.getExpiresOn(), "renewing early loses no validity");

        TestCallerSource.actAs("trainee");
        CertificateRow oldRow = certificates.mine().stream().filter(r -> r.id().equals(expiring.getId()))
                .findFirst().orElseThrow();
        assertTrue(oldRow.renewed());
        assertFalse(oldRow.isRenewable());
        byte[] pdf = documents.pdf(renewed.getId());
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("AchievementCredential", documents.badge(renewed.getId()).getJsonArray("type").getString(1));
        TestCallerSource.actAs("organizer.tiebei");
        assertThrows(NotInScopeException.class, () -> documents.pdf(renewed.getId()), "a PDF is its holder's own");

        // the instructor amends the signed pass to a fail: the certificate it produced is revoked
        TestCallerSource.actAs("instructor");
        assertEquals(CertificateStatus.VALID, verification.verify(renewed.getVerificationCode(), "it-amend")
                .orElseThrow().status());
        GradeForm failed = new GradeForm();
        data.itemKeys("CPR-FA", "adult-cpr-aed").forEach(i -> failed.done(i, false));
        grading.amend(result[0], data.result(session, refresher)[1], failed, "复看录像：按压深度不足");
        assertEquals("AWAITING_PRACTICAL", data.enrolmentStatus(refresher));
        Certificate revoked = data.find(renewed.getId());
        assertTrue(revoked.isRevoked(), "the amended pass no longer carries a certificate");
        assertEquals(AmendmentRevoker.REASON, revoked.getRevokeReason());
        assertEquals("instructor", revoked.getRevokedBy());
        assertEquals(1, data.audit(CertificationService.AUDIT_REVOKED, renewed.getId()));
        assertEquals(CertificateStatus.REVOKED, verification.verify(renewed.getVerificationCode(), "it-amend")
                .orElseThrow().status());
        assertFalse(data.find(expiring.getId()).isRevoked(), "the certificate it renewed is untouched");

        // the trainee passes the retake: the enrolment completes again and is certified again
        Long retake = assessments.createSession("CPR-FA", "adult-cpr-aed", today, "东风社区党群服务中心（补考）");
        long[] second = data.result(retake, refresher);
        grading.signOff(second[0], second[1], allDone);
        assertEquals("COMPLETED", data.enrolmentStatus(refresher));
        List<Certificate> issued = data.certificatesOfEnrolment(refresher);
        assertEquals(2, issued.size(), "the revoked certificate stays, a new one is issued");
        Certificate again = issued.stream().filter(c -> !c.isRevoked()).findFirst().orElseThrow();
        assertEquals(2, again.getIssueNo());
        assertEquals(expiring.getId(), data.previousId(again.getId()), "it still renews the old certificate");
        assertEquals(CertificateStatus.VALID, verification.verify(again.getVerificationCode(), "it-amend")
                .orElseThrow().status());
        TestCallerSource.actAs(null);
    }

    @Test
    void everyoneSetsTheirOwnReminderAddressAndAnAdminSetsOneForAPersonInScope() {
        TestCallerSource.actAs("instructor");
        Long account = data.accountOf("instructor");
        assertEquals(Optional.empty(), addresses.mine());
        assertEquals(Optional.of("li.jiaoyuan@163.com"), addresses.setMine("  li.jiaoyuan@163.COM "));
        for (String bad : List.of("li.jiaoyuan@163", "a@163.com, b@163.com", "a@163.com b@qq.com",
                "x".repeat(250) + "@163.com", "<script>alert(1)</script>@x.cn", "a@163.com\r\nBcc: x@y.cn")) {
            BusinessException refused = assertThrows(BusinessException.class, () -> addresses.setMine(bad), bad);
            assertTrue(refused.getKey().startsWith("account.email.error."), refused.getKey());
        }
        assertEquals(Optional.of("li.jiaoyuan@163.com"), addresses.mine(), "a refused address changes nothing");
        addresses.setMine("li.jiaoyuan@163.com");
        assertEquals(1, data.audit(ReminderAddresses.AUDIT_SET, account), "saving the same address again records nothing");
        assertEquals(Optional.empty(), addresses.setMine("   "));
        assertEquals(Optional.empty(), addresses.mine());
        assertEquals(1, data.audit(ReminderAddresses.AUDIT_CLEARED, account));

        Long trainee = data.personOfAccount("trainee");
        assertThrows(NotInScopeException.class, () -> addresses.setForPerson(trainee, "x@163.com"), "not an admin");
        TestCallerSource.actAs("organizer");
        assertThrows(NotInScopeException.class, () -> addresses.ofPerson(trainee), "organizers do not either");
        TestCallerSource.actAs("admin");
        assertEquals(Optional.of("trainee@example.org"), addresses.ofPerson(trainee), "the demo address");
        try {
            assertEquals(Optional.of("wang.wangge@qq.com"), addresses.setForPerson(trainee, "wang.wangge@qq.com"));
            assertEquals(1, data.audit(ReminderAddresses.AUDIT_SET, data.accountOf("trainee")));
            TestCallerSource.actAs("trainee");
            assertEquals(Optional.of("wang.wangge@qq.com"), addresses.mine(), "the trainee sees what the admin set");
            TestCallerSource.actAs("admin");
            Long noLogin = data.freshPerson("DONGWA", "ACTIVE-GOV");
            assertEquals("account.email.error.noAccount", assertThrows(BusinessException.class,
                    () -> addresses.setForPerson(noLogin, "a@163.com")).getKey());
            assertThrows(NotInScopeException.class, () -> addresses.setForPerson(-1L, "a@163.com"));
        } finally {
            TestCallerSource.actAs("admin");
            addresses.setForPerson(trainee, "trainee@example.org");
            TestCallerSource.actAs(null);
        }
    }

    private void run(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(8, 7).atZone(ClockProducer.ZONE).toInstant(), ClockProducer.ZONE);
        assertTrue(reminders.run(clock).ran());
    }
}
