package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.xapi.control.Canonical;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * The integration client of the intake ({@value #CLIENT}, secret {@value #SECRET}, scope the city;
 * PBKDF2 at the app's 1,000 iterations for API secrets) and the xAPI statements (V7) behind the
 * field records that {@link FieldData} marked as arrived by xAPI: a household visit by a cadre
 * (actor account = staff number) in a grid (context extension), stored a few minutes after the
 * visit, with its canonical content hash as the app computes it. About 20,000 at scale 1.
 */
public final class XapiData implements FeatureData {

    public static final String CLIENT = "bench-intake";
    public static final String SECRET = "bench-intake-secret-2026";
    public static final String HOME_PAGE = "https://gongzhuling.cn";
    public static final String VISIT_VERB = "https://gongzhuling.cn/academy/xapi/verbs/visited-household";
    public static final String GRID_EXTENSION = "https://gongzhuling.cn/academy/xapi/extensions/grid";
    static final int API_SECRET_ITERATIONS = 1000;
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Override
    public String name() {
        return "xapi";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        try (Batch clients = ctx.batch("api_client", "id, name, secret_hash, scope_unit_id, active, created_at, "
                + "created_by, version")) {
            clients.row(ctx.nextId(), CLIENT, AccountData.hash(SECRET.toCharArray(), salt, API_SECRET_ITERATIONS),
                    ctx.city().id(), true, ctx.anchor().minusDays(720), "admin", 0L);
        }
        try (Batch statements = ctx.batch("xapi_statement", "statement_id, seq, content_hash, actor_key, verb_id, "
                + "object_id, timestamp_at, stored_at, client_name, xapi_version, voids_id, voided, statement_json")) {
            for (GenerationContext.Statement s : ctx.statements) {
                JsonObject json = statement(s.id(), s.staffNo(), s.gridCode(), s.occurredAt());
                statements.row(s.id(), ctx.nextId(), Canonical.hash(json), "account:" + HOME_PAGE + "|" + s.staffNo(),
                        VISIT_VERB, activity(s.gridCode()), utc(s.occurredAt()), utc(s.storedAt()), CLIENT, "1.0.3",
                        null, false, json.toString());
            }
        }
    }

    /** A household visit as an integration sends it (the bench posts the same shape). */
    public static JsonObject statement(String id, String staffNo, String gridCode, LocalDateTime occurredAt) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("account", Json.createObjectBuilder().add("homePage", HOME_PAGE).add("name", staffNo)))
                .add("verb", Json.createObjectBuilder().add("id", VISIT_VERB)
                        .add("display", Json.createObjectBuilder().add("zh-CN", "入户走访").add("en-US", "visited household")))
                .add("object", Json.createObjectBuilder().add("id", activity(gridCode)))
                .add("context", Json.createObjectBuilder().add("extensions",
                        Json.createObjectBuilder().add(GRID_EXTENSION, gridCode)))
                .add("timestamp", occurredAt.atOffset(CITY).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .build();
    }

    static String activity(String gridCode) {
        return "https://gongzhuling.cn/academy/activities/household-visit/" + gridCode;
    }

    private static LocalDateTime utc(LocalDateTime cityTime) {
        return cityTime.minusHours(8);
    }
}
