package cn.gongzhuling.academy.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.security.boundary.ApiClientService;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import cn.gongzhuling.academy.testsupport.TestQueries;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The xAPI endpoint over real HTTP on Payara Micro, as an integration client sees it: the version
 * header and credentials, atomic batches, idempotent ids, conflicts, voiding, the body limit and
 * paging. Every test uses its own statement ids and verbs, so their order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class XapiIT {

    static final String VERB = "https://academy.gongzhuling.cn/xapi/verbs/";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment
    @TargetsContainer("payara-micro-xapi") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(XapiIT.class, XapiTestData.class, AcceptedStatements.class, TestCallerSource.class,
                        TestQueries.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    XapiTestData data;

    @Inject
    AcceptedStatements accepted;

    @Inject
    ApiClientService clients;

    @Inject
    TestQueries units;

    /** One integration client for the whole class, created as an admin would on /admin/api-clients. */
    static String key;
    static String secret;

    static String basic(String name, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.BeforeEach
    void integrationClient() {
        if (key == null) {
            TestCallerSource.actAs("admin");
            ApiClientService.Created created = clients.create("xapi-it-lms", units.unitId("GZL"));
            key = created.client().getName();
            secret = created.secret();
            TestCallerSource.actAs(null);
        }
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    static String statement(String id, String verb, String staffNo) {
        return """
            {"id": "%s",
             "actor": {"name": "王芳", "account": {"homePage": "https://academy.gongzhuling.cn", "name": "%s"}},
             "verb": {"id": "%s", "display": {"zh-CN": "入户走访"}},
             "object": {"id": "https://academy.gongzhuling.cn/xapi/grids/DONGFENG-G1"},
             "timestamp": "2026-11-20T09:30:00+08:00"}""".formatted(id, staffNo, verb);
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    Answer send(String method, String pathAndQuery, String body, String... headers) throws Exception {
        return send(method, pathAndQuery, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Answer send(String method, String pathAndQuery, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + "xapi/" + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        boolean custom = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            custom = true;
        }
        if (!custom) {
            request.header("X-Experience-API-Version", "1.0.3")
                    .header("Authorization", basic(key, secret))
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "en");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    String[] client(String... more) {
        List<String> headers = new ArrayList<>(List.of("X-Experience-API-Version", "1.0.3",
                "Authorization", basic(key, secret),
                "Content-Type", "application/json"));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    @Test
    void aBatchOf100WithOneInvalidStoresNothingAndNamesTheStatementAndField() throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(uuid());
            String s = statement(ids.get(i), VERB + "visited-household", "GZL-" + i);
            statements.add(i == 57 ? s.replace("\"account\": {\"homePage\": \"https://academy.gongzhuling.cn\", \"name\": \"GZL-57\"}",
                    "\"mbox\": \"wangfang@gzl.cn\"") : s);
        }
        Answer refused = send("POST", "statements", "[" + String.join(",", statements) + "]");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("statements[57].actor.mbox", refused.json().getString("path"));
        assertTrue(refused.json().getString("message").contains("mailto:"), refused.body());
        assertEquals("1.0.3", refused.header("X-Experience-API-Version"));
        assertEquals(0, data.stored(ids), "nothing of the batch is stored");

        statements.set(57, statement(ids.get(57), VERB + "visited-household", "GZL-57"));
        Answer stored = send("POST", "statements", "[" + String.join(",", statements) + "]");
        assertEquals(200, stored.status(), stored.body());
        assertEquals(100, stored.array().size());
        assertEquals(ids.get(0), stored.array().getString(0));
        assertEquals(100, data.stored(ids));
    }

    @Test
    void theSameStatementTwiceIsStoredOnceAndAnnouncedOnce() throws Exception {
        String id = uuid();
        String body = statement(id, VERB + "taught-first-aid", "GZL-0007");
        assertEquals(204, send("PUT", "statements?statementId=" + id, body).status());
        Answer again = send("PUT", "statements?statementId=" + id, body.replace("\n", " "));
        assertEquals(204, again.status(), again.body());
        Answer posted = send("POST", "statements", "[" + body + "]");
        assertEquals(200, posted.status(), posted.body());
        assertEquals(id, posted.array().getString(0));
        assertEquals(1, data.stored(List.of(id)));
        assertEquals(1, accepted.count(id), "the field feature hears of it once");
        StatementAccepted event = accepted.last();
        assertEquals("GZL-0007", event.actorName());
        assertEquals(VERB + "taught-first-aid", event.verbId());
        assertEquals(Instant.parse("2026-11-20T01:30:00Z"), event.timestamp());

        Answer got = send("GET", "statements?statementId=" + id, (String) null);
        assertEquals(200, got.status(), got.body());
        JsonObject served = got.json();
        assertEquals("王芳", served.getJsonObject("actor").getString("name"));
        assertEquals(key, served.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertTrue(served.containsKey("stored"));
        assertEquals("1.0.0", served.getString("version"));
    }

    @Test
    void theSameIdWithOtherContentIsAConflictAndChangesNothing() throws Exception {
        String id = uuid();
        assertEquals(204, send("PUT", "statements?statementId=" + id, statement(id, VERB + "mediated-dispute", "GZL-1")).status());
        Answer conflict = send("PUT", "statements?statementId=" + id, statement(id, VERB + "mediated-dispute", "GZL-2"));
        assertEquals(409, conflict.status(), conflict.body());
        assertTrue(conflict.json().getString("message").contains(id));

        String other = uuid();
        Answer batch = send("POST", "statements", "[" + statement(other, VERB + "mediated-dispute", "GZL-3") + ","
                + statement(id, VERB + "mediated-dispute", "GZL-2") + "]");
        assertEquals(409, batch.status(), batch.body());
        assertEquals("statements[1].id", batch.json().getString("path"));
        assertEquals(0, data.stored(List.of(other)), "the conflict rejects the whole batch");
        assertEquals("GZL-1", send("GET", "statements?statementId=" + id, (String) null).json()
                .getJsonObject("actor").getJsonObject("account").getString("name"));
    }

    @Test
    void aVoidedStatementIsFoundOnlyAsVoidedAndAVoidingStatementCannotBeVoided() throws Exception {
        String target = uuid();
        String verb = VERB + "responded-first-aid-" + target;
        assertEquals(200, send("POST", "statements", statement(target, verb, "GZL-9")).status());
        String voiding = uuid();
        String voidBody = """
            {"id": "%s", "actor": {"mbox": "mailto:organizer@gzl.cn"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/voided", "display": {"en": "voided"}},
             "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(voiding, target);
        Answer voided = send("POST", "statements", voidBody);
        assertEquals(200, voided.status(), voided.body());

        assertEquals(404, send("GET", "statements?statementId=" + target, (String) null).status());
        Answer asVoided = send("GET", "statements?voidedStatementId=" + target, (String) null);
        assertEquals(200, asVoided.status(), asVoided.body());
        assertEquals(target, asVoided.json().getString("id"));
        assertEquals(200, send("GET", "statements?statementId=" + voiding, (String) null).status());
        assertEquals(404, send("GET", "statements?voidedStatementId=" + voiding, (String) null).status());
        Answer list = send("GET", "statements?verb=" + URLEncoder.encode(verb, StandardCharsets.UTF_8), (String) null);
        assertEquals(0, list.json().getJsonArray("statements").size(), "lists leave voided statements out");

        String second = uuid();
        Answer refused = send("POST", "statements", """
            {"id": "%s", "actor": {"mbox": "mailto:organizer@gzl.cn"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
             "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(second, voiding));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("object.id", refused.json().getString("path"));
        assertEquals(0, data.stored(List.of(second)));
    }

    @Test
    void aTenMegabyteBodyIsRefusedWith413() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        // Expect: 100-continue lets the server refuse by the Content-Length alone, before any byte is sent
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + "xapi/statements"))
                .expectContinue(true)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", basic(key, secret))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Answer refused = new Answer(response.statusCode(), response.body(), response);
        assertEquals(413, refused.status(), refused.body());
        assertEquals("1.0.3", refused.header("X-Experience-API-Version"));
        assertTrue(refused.json().getString("message").contains("5,242,880"), refused.body());
    }

    @Test
    void pagesFollowTheMoreLinkUntilItIsEmpty() throws Exception {
        String verb = VERB + "paged-" + uuid();
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            batch.add(statement(uuid(), verb, "GZL-P" + i));
        }
        assertEquals(200, send("POST", "statements", "[" + String.join(",", batch) + "]").status());
        Answer page = send("GET", "statements?limit=10&verb=" + URLEncoder.encode(verb, StandardCharsets.UTF_8), (String) null);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.header("X-Experience-API-Consistent-Through") != null);
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            JsonObject result = page.json();
            result.getJsonArray("statements").forEach(s -> seen.add(s.asJsonObject().getString("id")));
            String more = result.getString("more");
            if (more.isEmpty()) {
                break;
            }
            assertTrue(more.startsWith("/xapi/statements?"), more);
            page = send("GET", more.substring("/xapi/".length()), (String) null);
            assertEquals(200, page.status(), page.body());
        }
        assertEquals(3, pages);
        assertEquals(25, seen.size());
        assertEquals(25, seen.stream().distinct().count(), "no statement twice across pages");
        assertEquals(25, data.withVerb(verb));
    }

    @Test
    void requestsWithoutTheVersionHeaderOrCredentialsAreRefused() throws Exception {
        String id = uuid();
        String body = statement(id, VERB + "visited-household", "GZL-H");
        Answer noVersion = send("PUT", "statements?statementId=" + id, body,
                "Authorization", basic(key, secret),
                "Content-Type", "application/json", "Accept-Language", "zh-CN");
        assertEquals(400, noVersion.status(), noVersion.body());
        assertTrue(noVersion.json().getString("message").contains("X-Experience-API-Version 须为 1.0.x"), noVersion.body());
        Answer oldVersion = send("PUT", "statements?statementId=" + id, body, client("X-Experience-API-Version", "0.95"));
        assertEquals(400, oldVersion.status());

        Answer wrongSecret = send("PUT", "statements?statementId=" + id, body, "X-Experience-API-Version", "1.0.3",
                "Authorization", basic(key, "guess"),
                "Content-Type", "application/json");
        assertEquals(401, wrongSecret.status());
        assertTrue(wrongSecret.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(0, data.stored(List.of(id)));
    }

    @Test
    void hostileBodiesAreRefusedWithAPreciseMessage() throws Exception {
        String id = uuid();
        byte[] latin1 = statement(id, VERB + "visited-household", "José").getBytes(StandardCharsets.ISO_8859_1);
        Answer badUtf8 = send("POST", "statements", latin1);
        assertEquals(400, badUtf8.status());
        assertTrue(badUtf8.json().getString("message").contains("UTF-8"), badUtf8.body());

        Answer deep = send("POST", "statements", "[".repeat(5000) + "]".repeat(5000));
        assertEquals(400, deep.status());
        assertTrue(deep.json().getString("message").contains("nested deeper than 32"), deep.body());

        Answer future = send("POST", "statements", statement(id, VERB + "visited-household", "GZL-F")
                .replace("2026-11-20T09:30:00+08:00", "2099-01-01T00:00:00Z"));
        assertEquals(400, future.status());
        assertEquals("timestamp", future.json().getString("path"));

        Answer script = send("POST", "statements", statement(id, "<script>alert(1)</script>", "GZL-S"));
        assertEquals(400, script.status());
        assertEquals("verb.id", script.json().getString("path"));
        assertFalse(script.response().headers().firstValue("Content-Type").orElse("").contains("html"));
        assertEquals(0, data.stored(List.of(id)));
    }
}
