package cn.gongzhuling.academy.field.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.XapiVerbs;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.field.entity.SkillUse;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.ApiCaller;
import cn.gongzhuling.academy.security.boundary.ApiClientService;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import cn.gongzhuling.academy.testsupport.TestQueries;
import cn.gongzhuling.academy.certification.boundary.NoticeMailer;
import cn.gongzhuling.academy.certification.boundary.NoticeRow;
import cn.gongzhuling.academy.certification.boundary.NotificationService;
import cn.gongzhuling.academy.xapi.boundary.StatementAccepted;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Field services in the real WAR on Payara Micro: a cadre's records (grid of their own community
 * only, certification fact stored at saving, corrections appended to history), tasks that only
 * certified cadres can take and that are flagged when the certificate lapses, xAPI statements
 * mapped to records, and API clients over HTTP Basic. Tests use separate communities so their
 * order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class FieldIT {

    @Deployment
    @TargetsContainer("payara-micro-field") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(FieldIT.class, FieldTestData.class, TestCallerSource.class, TestQueries.class);
    }

    @Inject
    FieldRecordService records;

    @Inject
    FieldTaskService tasks;

    @Inject
    TaskFlagging flagging;

    @Inject
    AppConfig config;

    @Inject
    NotificationService notices;

    @Inject
    ApiClientService clients;

    @Inject
    FieldImportService imports;

    @Inject
    TestQueries units;

    @Inject
    FieldTestData data;

    @ArquillianResource
    URL base;

    private static URL baseUrl;

    private static String base() {
        return baseUrl.toString();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
    }

    @Test
    void aCadreRecordsInTheirCommunityOnlyAndCorrectionsKeepTheEarlierVersion() {
        TestCallerSource.actAs("trainee");
        Long personId = data.personId(data.staffNoOfAccount("trainee"));
        FieldDraft visit = new FieldDraft(FieldKind.HOUSEHOLD_VISIT, units.unitId("DONGFENG-G2"), now());
        visit.setNotes("<script>alert(1)</script> 老人独居，需要关注");
        FieldRecord saved = records.record(visit, null);
        assertEquals(List.of("ACTIVE_GOVERNANCE"), saved.getSkills().stream().map(SkillUse::getSkillCode).toList());
        assertFalse(saved.getSkills().get(0).isCertified(), "no certificate yet: fixed as uncertified");

        long before = data.count("select count(r) from FieldRecord r where r.person.id = ?1", personId);
        InvalidRecordException outside = assertThrows(InvalidRecordException.class, () -> records.record(
                new FieldDraft(FieldKind.HOUSEHOLD_VISIT, units.unitId("DONGWA-G1"), now()), null));
        assertEquals("field.error.gridOutsideCommunity", outside.getKey());
        InvalidRecordException future = assertThrows(InvalidRecordException.class, () -> records.record(
                new FieldDraft(FieldKind.HOUSEHOLD_VISIT, units.unitId("DONGFENG-G1"), now().plusDays(2)), null));
        assertEquals("field.error.future", future.getKey());
        FieldDraft problem = new FieldDraft(FieldKind.PROBLEM_FOUND, units.unitId("DONGFENG-G1"), now());
        InvalidRecordException incomplete = assertThrows(InvalidRecordException.class, () -> records.record(problem, null));
        assertEquals(2, incomplete.getProblems().size(), "category and handling level: " + incomplete.getProblems());
        assertEquals(before, data.count("select count(r) from FieldRecord r where r.person.id = ?1", personId),
                "nothing half-written");
        InvalidRecordException notAPhoto = assertThrows(InvalidRecordException.class, () -> records.record(
                new FieldDraft(FieldKind.HOUSEHOLD_VISIT, units.unitId("DONGFENG-G1"), now()),
                "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("upload.error.notImage", notAPhoto.getKey());

        problem.setCategory(ProblemCategory.SAFETY);
        problem.setHandlingLevel(HandlingLevel.COMMUNITY);
        FieldRecord found = records.record(problem, null);
        assertEquals(ProblemStatus.OPEN, found.getStatus());

        FieldDraft progress = records.find(found.getId()).toDraft();
        progress.setStatus(ProblemStatus.RESOLVED);
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> records.correct(found.getId(), found.getVersion(), progress, " "));
        assertEquals("field.error.reason", noReason.getKey());
        FieldRecord resolved = records.correct(found.getId(), found.getVersion(), progress, "楼道灯已修好");
        assertEquals(ProblemStatus.RESOLVED, resolved.getStatus());
        assertEquals(LocalDate.now(ClockProducer.ZONE), resolved.getClosedOn(), "closing date filled in (the city's day)");
        var history = records.history(found.getId());
        assertEquals(1, history.size());
        assertTrue(history.get(0).getBefore().contains("status=OPEN"), history.get(0).getBefore());
        assertTrue(history.get(0).getAfter().contains("status=RESOLVED"), history.get(0).getAfter());
        FieldDraft backwards = records.find(found.getId()).toDraft();
        backwards.setStatus(ProblemStatus.OPEN);
        assertEquals("field.error.statusBackwards", assertThrows(BusinessException.class,
                () -> records.correct(found.getId(), resolved.getVersion(), backwards, "oops")).getKey());

        assertTrue(records.mine(0, 50).stream().anyMatch(r -> r.getId().equals(saved.getId())));
        TestCallerSource.actAs("organizer.tiebei");
        assertEquals(saved.getId(), records.find(saved.getId()).getId(), "the street organiser sees it");
        TestCallerSource.actAs("instructor");
        assertThrows(NotInScopeException.class, () -> records.find(saved.getId()));
    }

    @Test
    void aPhotoWhoseRecordRollsBackIsDeletedAgain() throws Exception {
        TestCallerSource.actAs("trainee");
        Path dir = config.dataDir().resolve(PhotoStore.DIR);
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        long before = photos(dir);
        assertThrows(IllegalStateException.class, () -> data.recordThenFail(records,
                new FieldDraft(FieldKind.HOUSEHOLD_VISIT, units.unitId("DONGFENG-G1"), now()), jpeg.toByteArray()));
        assertEquals(before, photos(dir), "the photo of the rolled-back record is gone");
        FieldRecord kept = records.record(new FieldDraft(FieldKind.HOUSEHOLD_VISIT, units.unitId("DONGFENG-G1"), now()),
                jpeg.toByteArray());
        assertEquals(before + 1, photos(dir), "a committed record keeps its photo");
        assertTrue(Files.isRegularFile(dir.resolve(kept.getPhotoFile())));
    }

    private static long photos(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aMediationTaskGoesOnlyToACertifiedCadreAndIsFlaggedWhenTheCertificateLapses() {
        TestCallerSource.actAs("organizer.tiebei");
        Long grid = units.unitId("DONGWA-G1");
        Long uncertified = data.colleague("DONGWA-G1", -1L);
        Long certified = data.colleague("DONGWA-G1", uncertified);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        data.certify(certified, "MEDIATION", today.minusYears(1), today.plusDays(3));

        BusinessException refused = assertThrows(BusinessException.class, () -> tasks.create("邻里漏水纠纷",
                null, FieldKind.DISPUTE_MEDIATED, null, grid, today.plusDays(7), uncertified));
        assertEquals("task.error.notCertified", refused.getKey());
        assertEquals(0, data.count("select count(t) from FieldTask t where t.gridPath like ?1",
                "%/" + grid + "/"), "nothing written for the forged form");

        FieldTask task = tasks.create("邻里漏水纠纷", "302 与 402 住户", FieldKind.DISPUTE_MEDIATED, null, grid,
                today.plusDays(7), null);
        assertEquals("MEDIATION", task.getSkillCode());
        assertEquals(List.of(certified), tasks.candidates(task.getId()).stream().map(p -> p.getId()).toList());
        assertEquals("task.error.notCertified", assertThrows(BusinessException.class,
                () -> tasks.assign(task.getId(), task.getVersion(), uncertified)).getKey());
        FieldTask assigned = tasks.assign(task.getId(), task.getVersion(), certified);
        TestCallerSource.actAs("organizer");
        Long jinrongGrid = units.unitId("JINRONG-G1");
        TestCallerSource.actAs("organizer.tiebei");
        assertThrows(NotInScopeException.class, () -> tasks.create("x", null, FieldKind.DISPUTE_MEDIATED, null,
                jinrongGrid, null, null));

        data.mailAddress("organizer.tiebei", "tiebei@example.org");
        LocalDateTime now = LocalDateTime.now(ClockProducer.ZONE);
        assertEquals(0, flagging.flag(today.plusDays(3), now).tasks(), "still valid on its last day");
        TaskFlagging.Flagged lapsed = flagging.flag(today.plusDays(4), now);
        assertEquals(1, lapsed.tasks(), "lapsed the day after");
        assertEquals(0, flagging.flag(today.plusDays(5), now).tasks(), "flagged once");
        FieldTask flagged = tasks.list(100).get(0);
        assertEquals(assigned.getId(), flagged.getId(), "flagged tasks come first");
        assertTrue(flagged.isFlagged());
        assertEquals(1, units.auditEvents("TASK_FLAGGED"));

        // the creator (street organiser) and the city organiser are told once, with the task and its assignee
        for (String organiser : List.of("organizer.tiebei", "organizer")) {
            TestCallerSource.actAs(organiser);
            List<NoticeRow> about = notices.mine(100).stream().filter(n -> assigned.getId().equals(n.getTaskId())).toList();
            assertEquals(1, about.size(), organiser + " is notified once");
            assertEquals("TASK_FLAGGED", about.get(0).getKind());
            assertEquals("邻里漏水纠纷", about.get(0).course(Locale.CHINA));
            assertEquals(today.plusDays(4), about.get(0).getExpiresOn());
            assertEquals(assigned.getAssignee().getNameZh(), about.get(0).name(Locale.CHINA));
            assertFalse(about.get(0).isRead());
        }
        TestCallerSource.actAs("trainee");
        assertTrue(notices.mine(100).stream().noneMatch(n -> assigned.getId().equals(n.getTaskId())),
                "not the lapsed assignee");
        assertEquals(lapsed.notices(), data.count("select count(n) from Notification n where n.fieldTaskId = ?1",
                assigned.getId()), "no notice twice");
        NoticeMailer.Letter letter = lapsed.mail().stream().filter(l -> l.to().equals("tiebei@example.org"))
                .findFirst().orElseThrow();
        assertTrue(letter.subject().contains("邻里漏水纠纷"), letter.subject());
        assertTrue(letter.text().contains("field/tasks.xhtml#flag-" + assigned.getId()), letter.text());
    }

    @Test
    void xapiStatementsOfKnownCadresWithOurVerbsBecomeRecordsOnceAndOthersAreIgnored() {
        String staffNo = data.staffNoOfAccount("trainee");
        Long personId = data.personId(staffNo);
        UUID id = UUID.randomUUID();
        String json = "{\"id\":\"" + id + "\",\"actor\":{\"account\":{\"homePage\":\"https://gongzhuling.cn\",\"name\":\""
                + staffNo + "\"}},\"verb\":{\"id\":\"" + XapiVerbs.verb(FieldKind.FIRST_AID_TAUGHT) + "\"},"
                + "\"object\":{\"id\":\"https://gongzhuling.cn/academy/activities/cpr-class\"},"
                + "\"result\":{\"extensions\":{\"" + XapiVerbs.EXTENSION_BASE + "residents\":24}},"
                + "\"context\":{\"extensions\":{\"" + XapiVerbs.EXTENSION_BASE + "grid\":\"DONGFENG-G1\","
                + "\"" + XapiVerbs.EXTENSION_BASE + "place\":\"社区活动室\"}}}";
        Instant when = Instant.now().minusSeconds(3600);
        StatementAccepted statement = new StatementAccepted(id, "https://gongzhuling.cn", staffNo, null,
                XapiVerbs.verb(FieldKind.FIRST_AID_TAUGHT), "https://gongzhuling.cn/academy/activities/cpr-class", when, json);
        long before = data.count("select count(r) from FieldRecord r where r.person.id = ?1", personId);

        data.fire(statement);
        data.fire(statement);
        assertEquals(before + 1, data.count("select count(r) from FieldRecord r where r.person.id = ?1", personId),
                "mapped once");
        assertEquals(24L, data.count("select sum(r.residents) from FieldRecord r where r.externalId = ?1", "xapi:" + id));

        data.fire(new StatementAccepted(UUID.randomUUID(), null, staffNo, null, "http://adlnet.gov/expapi/verbs/completed",
                "x", when, json));
        data.fire(new StatementAccepted(UUID.randomUUID(), null, "NO-SUCH-CADRE", null,
                XapiVerbs.verb(FieldKind.HOUSEHOLD_VISIT), "x", when, "{}"));
        data.fire(new StatementAccepted(UUID.randomUUID(), null, staffNo, null,
                XapiVerbs.verb(FieldKind.FIRST_AID_TAUGHT), "x", when, json.replace("DONGFENG-G1", "DONGWA-G1")));
        data.fire(new StatementAccepted(UUID.randomUUID(), null, staffNo, null,
                XapiVerbs.verb(FieldKind.HOUSEHOLD_VISIT), "x", when, "not json at all"));
        assertEquals(before + 1, data.count("select count(r) from FieldRecord r where r.person.id = ?1", personId),
                "other verbs, unknown cadres, grids outside the community and broken JSON are left unmapped");
    }

    @Test
    void apiClientsAuthenticateWithTheirSecretOnlyWhileActive() throws Exception {
        TestCallerSource.actAs("organizer");
        assertThrows(NotInScopeException.class, () -> clients.create("grid-app", units.unitId("TIEBEI")));
        TestCallerSource.actAs("admin");
        ApiClientService.Created created = clients.create("Grid-App.Tiebei", units.unitId("TIEBEI"));
        assertEquals("grid-app.tiebei", created.client().getName());
        assertEquals("apiClient.error.nameTaken", assertThrows(BusinessException.class,
                () -> clients.create("grid-app.tiebei", units.unitId("TIEBEI"))).getKey());
        String good = basic("grid-app.tiebei", created.secret());
        Optional<ApiCaller> caller = clients.authenticate(good);
        assertTrue(caller.isPresent());
        assertTrue(caller.get().inScope(caller.get().scopePath() + "123/"));
        assertTrue(clients.authenticate(basic("grid-app.tiebei", created.secret() + "x")).isEmpty());
        assertTrue(clients.authenticate("Basic !!!").isEmpty());
        assertTrue(clients.authenticate(null).isEmpty());

        baseUrl = base;
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + "api/me")).header("Authorization", good)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("grid-app.tiebei"));
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(base + "api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        String visit = "{\"external_id\":\"app-1\",\"staff_no\":\"" + data.staffNoOfAccount("trainee")
                + "\",\"grid\":\"DONGFENG-G1\",\"kind\":\"HOUSEHOLD_VISIT\",\"occurred_at\":\"2026-01-05T09:30\"}";
        assertEquals(201, post(http, good, visit).statusCode());
        assertEquals(200, post(http, good, visit).statusCode(), "the same external id again: stored once");
        HttpResponse<String> bad = post(http, good, visit.replace("app-1", "app-2").replace("DONGFENG-G1", "JINRONG-G1"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"grid\""), bad.body());
        HttpResponse<String> notJson = post(http, good, "not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().startsWith("{"), "JSON, not an HTML error page: " + notJson.body());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "api/field-records?size=5"))
                .header("Authorization", good).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("\"size\":5") && page.body().contains("\"total\":"), page.body());

        clients.setActive(created.client().getId(), created.client().getVersion(), false);
        assertTrue(clients.authenticate(good).isEmpty(), "a deactivated client is refused");
    }

    private static HttpResponse<String> post(HttpClient http, String auth, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "api/field-records")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCsvImportReportsEveryBadLineWritesAllOrNothingAndSkipsLinesImportedBefore() {
        TestCallerSource.actAs("organizer.tiebei");
        String staffNo = data.staffNoOfAccount("trainee");
        long before = data.count("select count(r) from FieldRecord r where r.source = ?1",
                cn.gongzhuling.academy.field.entity.RecordSource.CSV);
        var wrongColumns = imports.importRecords(csv("id,who,when\n1,x,y\n"), java.util.Locale.ENGLISH);
        assertFalse(wrongColumns.ok());
        assertTrue(wrongColumns.problems().stream().anyMatch(p -> p.message().contains("who")), wrongColumns.problems().toString());
        String header = "external_id,staff_no,grid,kind,occurred_at,category,handling_level,residents\n";
        var badLines = imports.importRecords(csv(header
                + "c1," + staffNo + ",DONGFENG-G1,HOUSEHOLD_VISIT,2026-10-01 09:00,,,\n"
                + "c2," + staffNo + ",DONGWA-G1,HOUSEHOLD_VISIT,2026-10-01 10:00,,,\n"
                + "c3," + staffNo + ",DONGFENG-G1,PROBLEM_FOUND,2026-10-02 10:00,WEATHER,GRID,\n"
                + "c4,GZL00001,JINGHUA-G1,HOUSEHOLD_VISIT,2026-10-02 08:00,,,\n"), java.util.Locale.ENGLISH);
        assertFalse(badLines.ok());
        assertEquals(List.of(3, 4, 5), badLines.problems().stream().map(p -> p.line()).toList(), badLines.problems().toString());
        assertEquals(before, data.count("select count(r) from FieldRecord r where r.source = ?1",
                cn.gongzhuling.academy.field.entity.RecordSource.CSV), "nothing of the file written");
        String good = header + "c1," + staffNo + ",DONGFENG-G1,HOUSEHOLD_VISIT,2026-10-01 09:00,,,\n"
                + "c5," + staffNo + ",DONGFENG-G2,FIRST_AID_TAUGHT,2026-10-03 15:00,,,18\n";
        var done = imports.importRecords(csv(good), java.util.Locale.ENGLISH);
        assertTrue(done.ok(), done.problems().toString());
        assertEquals(2, done.added());
        var again = imports.importRecords(csv(good), java.util.Locale.ENGLISH);
        assertEquals(0, again.added());
        assertEquals(2, again.unchanged());
        assertEquals(before + 2, data.count("select count(r) from FieldRecord r where r.source = ?1",
                cn.gongzhuling.academy.field.entity.RecordSource.CSV));
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String basic(String name, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
