package cn.gongzhuling.academy.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement rules a client meets: each bad statement is refused with the path and reason a developer can fix. */
class StatementValidatorTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    static final String ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    final StatementValidator validator = new StatementValidator(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(1));

    static String visit(String id) {
        return """
            {"id": "%s",
             "actor": {"objectType": "Agent", "name": "王芳",
                       "account": {"homePage": "https://academy.gongzhuling.cn", "name": "GZL-0001"}},
             "verb": {"id": "https://academy.gongzhuling.cn/xapi/verbs/visited-household",
                      "display": {"zh-CN": "入户走访", "en": "visited household"}},
             "object": {"id": "https://academy.gongzhuling.cn/xapi/grids/DONGFENG-G1",
                        "definition": {"name": {"zh-CN": "东风社区第一网格"}}},
             "result": {"success": true, "duration": "PT25M", "score": {"scaled": 0.8, "raw": 8, "min": 0, "max": 10}},
             "context": {"registration": "6f2504e0-4f89-41d3-9a0c-0305e82c3302", "language": "zh-CN",
                         "contextActivities": {"parent": [{"id": "https://academy.gongzhuling.cn/xapi/courses/ACTIVE-GOV"}]}},
             "timestamp": "2026-11-27T15:30:00+08:00"}
            """.formatted(id);
    }

    static JsonValue json(String text) {
        return new BoundedJsonReader(1_000_000, 32).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    XapiProblem refused(String text) {
        return assertThrows(XapiProblem.class, () -> validator.batch(json(text)));
    }

    static String with(String property, String value) {
        String base = visit(ID);
        int start = base.indexOf("\"" + property + "\":");
        int end = property.equals("timestamp") ? base.lastIndexOf('}') : nextTopLevelComma(base, start);
        return base.substring(0, start) + "\"" + property + "\": " + value + base.substring(end);
    }

    private static int nextTopLevelComma(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(from + "");
    }

    @Test
    void aCompleteStatementIsAcceptedWithWhatTheStoreIndexes() {
        ParsedStatement s = validator.batch(json(visit(ID))).get(0);
        assertEquals(ID, s.id());
        assertEquals("account:https://academy.gongzhuling.cn|GZL-0001", s.actor().key());
        assertEquals("GZL-0001", s.actor().name());
        assertEquals("https://academy.gongzhuling.cn/xapi/verbs/visited-household", s.verbId());
        assertEquals("https://academy.gongzhuling.cn/xapi/grids/DONGFENG-G1", s.objectId());
        assertEquals(Instant.parse("2026-11-27T07:30:00Z"), s.timestamp());
        assertNull(s.voidsId());
    }

    @Test
    void aStatementWithoutIdGetsOneAndUpperCaseIdsAreStoredLowerCase() {
        JsonObject noId = Json.createObjectBuilder((JsonObject) json(visit(ID))).remove("id").build();
        ParsedStatement generated = validator.statement(noId);
        assertEquals(36, generated.id().length());
        assertEquals(ID, validator.statement((JsonObject) json(visit(ID.toUpperCase()))).id());
    }

    @Test
    void malformedActorsAreRefusedAtTheActor() {
        XapiProblem two = refused(with("actor", "{\"mbox\": \"mailto:wf@gzl.cn\", \"openid\": \"https://id.gzl.cn/wf\"}"));
        assertEquals("actor", two.getPath());
        assertEquals("xapi.error.ifiCount", two.getKey());
        assertEquals(2, two.getArgs()[0]);

        XapiProblem none = refused(with("actor", "{\"name\": \"王芳\"}"));
        assertEquals("xapi.error.ifiCount", none.getKey());

        XapiProblem mbox = refused(with("actor", "{\"mbox\": \"wf@gzl.cn\"}"));
        assertEquals("actor.mbox", mbox.getPath());
        assertEquals("xapi.error.mbox", mbox.getKey());

        XapiProblem account = refused(with("actor", "{\"account\": {\"name\": \"GZL-1\"}}"));
        assertEquals("actor.account.homePage", account.getPath());
        assertEquals("xapi.error.required", account.getKey());

        XapiProblem sha = refused(with("actor", "{\"mbox_sha1sum\": \"xyz\"}"));
        assertEquals("xapi.error.sha1", sha.getKey());

        XapiProblem type = refused(with("actor", "{\"objectType\": \"Person\", \"mbox\": \"mailto:a@b.cn\"}"));
        assertEquals("actor.objectType", type.getPath());

        XapiProblem group = refused(with("actor", "{\"objectType\": \"Group\", \"name\": \"第一网格\"}"));
        assertEquals("actor.member", group.getPath());
        assertEquals("xapi.error.groupMembers", group.getKey());
    }

    @Test
    void anAnonymousGroupIsKeyedByItsMembersInAnyOrder() {
        String a = "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@gzl.cn\"}, {\"mbox\": \"mailto:b@gzl.cn\"}]}";
        String b = "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:b@gzl.cn\"}, {\"mbox\": \"mailto:a@gzl.cn\"}]}";
        assertEquals(validator.batch(json(with("actor", a))).get(0).actor().key(),
                validator.batch(json(with("actor", b))).get(0).actor().key());
    }

    @Test
    void malformedVerbsAreRefused() {
        XapiProblem missing = refused(with("verb", "{\"display\": {\"en\": \"visited\"}}"));
        assertEquals("verb.id", missing.getPath());
        assertEquals("xapi.error.required", missing.getKey());

        XapiProblem notIri = refused(with("verb", "{\"id\": \"visited household\"}"));
        assertEquals("verb.id", notIri.getPath());
        assertEquals("xapi.error.iri", notIri.getKey());

        XapiProblem display = refused(with("verb", "{\"id\": \"http://x.cn/v\", \"display\": {\"中文\": \"走访\"}}"));
        assertEquals("xapi.error.languageTag", display.getKey());

        XapiProblem string = refused(with("verb", "\"http://x.cn/v\""));
        assertEquals("verb", string.getPath());
        assertEquals("xapi.error.notObject", string.getKey());
    }

    @Test
    void malformedIdsAreRefused() {
        XapiProblem id = refused(visit("not-a-uuid"));
        assertEquals("id", id.getPath());
        assertEquals("xapi.error.uuid", id.getKey());
        XapiProblem loose = refused(visit("1-1-1-1-1"));
        assertEquals("xapi.error.uuid", loose.getKey());
    }

    @Test
    void timestampsMustBeIso8601AndNotFarInTheFuture() {
        XapiProblem future = refused(with("timestamp", "\"2026-11-29T08:00:00Z\""));
        assertEquals("timestamp", future.getPath());
        assertEquals("xapi.error.future", future.getKey());
        assertEquals(1440L, future.getArgs()[0]);

        ParsedStatement soon = validator.batch(json(with("timestamp", "\"2026-11-28T07:59:00Z\""))).get(0);
        assertEquals(Instant.parse("2026-11-28T07:59:00Z"), soon.timestamp(), "clock skew within a day is fine");

        XapiProblem bad = refused(with("timestamp", "\"27.11.2026 15:30\""));
        assertEquals("xapi.error.timestamp", bad.getKey());

        ParsedStatement local = validator.batch(json(with("timestamp", "\"2026-11-27T07:00:00\""))).get(0);
        assertEquals(Instant.parse("2026-11-27T07:00:00Z"), local.timestamp(), "no offset means UTC");
    }

    @Test
    void unknownPropertiesAreRefusedAtEveryLevel() {
        String top = visit(ID).replaceFirst("\\{", "{\"score\": 10, ");
        XapiProblem unknown = refused(top);
        assertEquals("score", unknown.getPath());
        assertEquals("xapi.error.unknownProperty", unknown.getKey());

        XapiProblem nested = refused(with("result", "{\"succes\": true}"));
        assertEquals("result.succes", nested.getPath());

        XapiProblem attachments = refused(visit(ID).replaceFirst("\\{", "{\"attachments\": [], "));
        assertEquals("xapi.error.attachments", attachments.getKey());
    }

    @Test
    void resultsAndContextsFollowTheSpec() {
        assertEquals("xapi.error.scoreScaled", refused(with("result", "{\"score\": {\"scaled\": 1.5}}")).getKey());
        assertEquals("xapi.error.scoreRange", refused(with("result", "{\"score\": {\"raw\": 11, \"max\": 10}}")).getKey());
        assertEquals("xapi.error.duration", refused(with("result", "{\"duration\": \"25 minutes\"}")).getKey());
        assertEquals("xapi.error.notBoolean", refused(with("result", "{\"success\": \"yes\"}")).getKey());
        assertEquals("context.registration", refused(with("context", "{\"registration\": \"x\"}")).getPath());
        String nullValue = refused(with("result", "{\"response\": null}")).getKey();
        assertEquals("xapi.error.notString", nullValue, "null values are refused");
    }

    @Test
    void voidingNeedsAStatementRefAndNamesItsTarget() {
        String voiding = """
            {"actor": {"mbox": "mailto:admin@gzl.cn"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
             "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(ID.toUpperCase());
        ParsedStatement parsed = validator.batch(json(voiding)).get(0);
        assertEquals(ID, parsed.voidsId());

        String byActivity = voiding.replace("\"objectType\": \"StatementRef\", ", "").replace(ID.toUpperCase(), "http://x.cn/a");
        XapiProblem refused = refused(byActivity);
        assertEquals("object.objectType", refused.getPath());
        assertEquals("xapi.error.voidingObject", refused.getKey());
    }

    @Test
    void aBatchNamesTheIndexOfItsBadStatement() {
        String batch = "[" + visit(ID) + "," + visit("6f2504e0-4f89-41d3-9a0c-0305e82c3399") + ","
                + with("verb", "{\"id\": \"visited\"}").replace(ID, "7f2504e0-4f89-41d3-9a0c-0305e82c3399") + "]";
        XapiProblem problem = refused(batch);
        assertEquals("statements[2].verb.id", problem.getPath());
    }

    @Test
    void theSameStatementTwiceInABatchCountsOnceAndTwoDifferentOnesWithOneIdAreRefused() {
        List<ParsedStatement> once = validator.batch(json("[" + visit(ID) + "," + visit(ID) + "]"));
        assertEquals(1, once.size());
        XapiProblem clash = refused("[" + visit(ID) + "," + with("result", "{\"success\": false}") + "]");
        assertEquals("statements[1].id", clash.getPath());
        assertEquals("xapi.error.batchDuplicate", clash.getKey());
    }

    @Test
    void theContentHashIgnoresPropertyOrderAndServerPropertiesButNotContent() {
        JsonObject statement = (JsonObject) json(visit(ID));
        var builder = Json.createObjectBuilder();
        List<String> names = new java.util.ArrayList<>(statement.keySet());
        java.util.Collections.reverse(names);
        names.forEach(n -> builder.add(n, statement.get(n)));
        builder.add("stored", "2026-11-27T08:00:00Z").add("version", "1.0.3");
        assertEquals(Canonical.hash(statement), Canonical.hash(builder.build()));
        JsonObject changed = Json.createObjectBuilder(statement).add("timestamp", "2026-11-27T15:31:00+08:00").build();
        assertNotEquals(Canonical.hash(statement), Canonical.hash(changed));
        assertTrue(Canonical.canonical((JsonObject) json("{\"b\": 1.50, \"a\": \"x\"}")).equals("{\"a\":\"x\",\"b\":1.5}"));
    }

    @Test
    void aBodyThatIsNoStatementIsRefused() {
        assertEquals("xapi.error.notAStatement", refused("\"hello\"").getKey());
        assertEquals("xapi.error.emptyBatch", refused("[]").getKey());
        assertEquals("statements[1]", refused("[" + visit(ID) + ", 42]").getPath());
        assertEquals("xapi.error.version", refused(visit(ID).replaceFirst("\\{", "{\"version\": \"2.0.0\", ")).getKey());
    }

    @Test
    void theServedTextIsTheTextAsSentWithTheServerPropertiesAdded() {
        JsonObject authority = Served.authority("lms", "http://localhost:8080/");
        Instant stored = Instant.parse("2026-11-27T08:00:01.250Z");
        String sent = visit(ID).strip();
        BoundedJsonReader.Body body = new BoundedJsonReader(1_000_000, 32).readBody(
                new ByteArrayInputStream(("[" + sent + "]").getBytes(StandardCharsets.UTF_8)));
        ParsedStatement parsed = validator.batch(body).get(0);
        assertEquals(sent, parsed.json(), "stored exactly as sent");
        JsonObject spliced = Served.parse(Served.statementText(parsed, stored, authority));
        JsonObject built = Served.statement(ID, parsed.received(), stored, authority, null);
        assertEquals(built, spliced);
        assertEquals("2026-11-27T08:00:01.250Z", spliced.getString("stored"));

        JsonObject noId = Json.createObjectBuilder(parsed.received()).remove("id").remove("timestamp").build();
        ParsedStatement generated = validator.statement(noId, noId.toString());
        JsonObject served = Served.parse(Served.statementText(generated, stored, authority));
        assertEquals(generated.id(), served.getString("id"));
        assertEquals("2026-11-27T08:00:01.250Z", served.getString("timestamp"), "no timestamp sent: the stored time");
    }
}
