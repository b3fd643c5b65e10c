package cn.gongzhuling.academy.xapi;

import cn.gongzhuling.academy.xapi.control.BoundedJsonReader;
import cn.gongzhuling.academy.xapi.control.ParsedStatement;
import cn.gongzhuling.academy.xapi.control.StatementValidator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Batch intake benchmark (not a test; mvn verify does not run it). Posts batches of 1,000 statements
 * to a running server and inserts the same rows with a raw JDBC batch into a fresh H2 file database
 * of the same schema, in the same run, and prints both rates.
 *
 * <pre>
 * mvn -o -Prun package -Dapp.port=8585   (APP_DATA_DIR=/tmp/xapi-data); create an integration client on
 * /admin/api-clients (as admin, scope the city) and note its secret; then:
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) cn.gongzhuling.academy.xapi.StatementsBenchmark \
 *      http://localhost:8585/ KEY SECRET [runs] [cadres]
 * </pre>
 * The statements use a published field verb (visited-household), so the field feature's mapping
 * runs for every batch. With cadres = 0 (the default) the actors are unknown people, as for an
 * outside LMS: stored, looked up, not mapped. With cadres = N the actors cycle through the demo
 * cadres GZL00001..N, and each statement of a grid worker also becomes a field record (the raw JDBC
 * side still inserts statement rows only).
 */
public final class StatementsBenchmark {

    static final int BATCH = 1000;
    static final int WARMUP = 5;
    static final String VERB = "https://gongzhuling.cn/academy/xapi/verbs/visited-household";
    static final String INSERT = "INSERT INTO xapi_statement (statement_id, seq, content_hash, actor_key, verb_id, "
            + "object_id, timestamp_at, stored_at, client_name, xapi_version, voids_id, voided, statement_json) "
            + "VALUES (?, nextval('xapi_statement_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8585/";
        String key = args.length > 1 ? args[1] : "bench";
        String secret = args.length > 2 ? args[2] : "bench";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        int cadres = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        String auth = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Path dir = Files.createTempDirectory("xapi-bench");
        try (Connection jdbc = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("bench") + ";MODE=LEGACY",
                "sa", "")) {
            jdbc.createStatement().execute(Files.readString(Path.of("src/main/resources/db/migration/V7__xapi.sql")));
            jdbc.setAutoCommit(false);
            List<Double> api = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int run = -WARMUP; run < runs; run++) {
                String body = batch(cadres);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "xapi/statements"))
                        .header("X-Experience-API-Version", "1.0.3").header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                double apiRate = BATCH / ((System.nanoTime() - start) / 1e9);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                double rawRate = rawInsert(jdbc, batch(cadres));
                if (run >= 0) {
                    api.add(apiRate);
                    raw.add(rawRate);
                }
                System.out.printf("run %2d: API %6.0f statements/s, raw JDBC %6.0f rows/s%n", run, apiRate, rawRate);
            }
            double apiMedian = median(api);
            double rawMedian = median(raw);
            System.out.printf("median of %d runs of %d (%s): API %.0f statements/s, raw JDBC batch %.0f rows/s, ratio %.0f %%%n",
                    runs, BATCH, cadres == 0 ? "unknown actors" : cadres + " demo cadres", apiMedian, rawMedian,
                    100 * apiMedian / rawMedian);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The same rows the server writes: parsed and hashed beforehand, so only the insert is timed. */
    static double rawInsert(Connection jdbc, String body) throws Exception {
        List<ParsedStatement> statements = new StatementValidator(Clock.systemUTC(), Duration.ofDays(1)).batch(
                new BoundedJsonReader(10_000_000, 32).readBody(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        List<String> json = statements.stream().map(ParsedStatement::json).toList();
        LocalDateTime stored = LocalDateTime.now(ZoneOffset.UTC);
        long start = System.nanoTime();
        try (PreparedStatement insert = jdbc.prepareStatement(INSERT)) {
            for (int i = 0; i < statements.size(); i++) {
                ParsedStatement s = statements.get(i);
                insert.setString(1, s.id());
                insert.setString(2, s.contentHash());
                insert.setString(3, s.actor().key());
                insert.setString(4, s.verbId());
                insert.setString(5, s.objectId());
                insert.setObject(6, LocalDateTime.ofInstant(s.timestamp(), ZoneOffset.UTC));
                insert.setObject(7, stored);
                insert.setString(8, "bench");
                insert.setString(9, s.version());
                insert.setString(10, s.voidsId());
                insert.setString(11, json.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        jdbc.commit();
        return BATCH / ((System.nanoTime() - start) / 1e9);
    }

    public static String batch() {
        return batch(0);
    }

    /** A batch of household visits: by unknown actors (cadres = 0) or by demo cadres GZL00001..cadres. */
    public static String batch(int cadres) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < BATCH; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("""
                {"id": "%s",
                 "actor": {"name": "网格员 %d", "account": {"homePage": "https://academy.gongzhuling.cn", "name": "%s"}},
                 "verb": {"id": "%s", "display": {"zh-CN": "入户走访"}},
                 "object": {"id": "https://academy.gongzhuling.cn/xapi/households/%d",
                            "definition": {"name": {"zh-CN": "东风社区 %d 号住户"}}},
                 "result": {"completion": true, "duration": "PT20M"},
                 "context": {"platform": "bench", "language": "zh-CN"},
                 "timestamp": "2026-11-27T09:%02d:00+08:00"}""".formatted(UUID.randomUUID(), i,
                    cadres == 0 ? "BENCH-" + i % 300 : "GZL%05d".formatted(1 + i % cadres), VERB, i, i, i % 60));
        }
        return out.append(']').toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private StatementsBenchmark() {
    }
}
