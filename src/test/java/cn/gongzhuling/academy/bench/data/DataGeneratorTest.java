package cn.gongzhuling.academy.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.bench.Jdbc;
import cn.gongzhuling.academy.learning.control.EnrolmentSql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's data generator on the real migrations (H2, MODE=LEGACY): the same seed and
 * scale give the same rows, another seed other rows, the counts follow the scale, and the data is
 * what the app itself would have made (the dashboard's reconcile statement finds nothing to add).
 */
class DataGeneratorTest {

    private static final List<String> TABLES = List.of("org_unit", "person", "account", "role_grant", "course",
            "course_version", "lesson", "question", "question_option", "assignment", "enrolment", "lesson_progress",
            "quiz_attempt");

    @Test
    void theSameSeedGivesTheSameRows() throws Exception {
        Map<String, String> first = generateAndDigest(42L, 0.01);
        Map<String, String> second = generateAndDigest(42L, 0.01);
        assertEquals(first, second);
    }

    @Test
    void anotherSeedGivesOtherRows() throws Exception {
        Map<String, String> a = generateAndDigest(42L, 0.01);
        Map<String, String> b = generateAndDigest(43L, 0.01);
        assertNotEquals(a.get("person"), b.get("person"));
        assertNotEquals(a.get("enrolment"), b.get("enrolment"));
    }

    @Test
    void countsFollowTheScaleAndTheAppWouldAddNothing() throws Exception {
        try (Connection db = migrated()) {
            DataGenerator.Report report = DataGenerator.generate(db, GeneratorSettings.of(7L, 0.02));
            assertEquals(200, report.rows().get("person"), "10,000 cadres per unit of scale");
            assertEquals(CatalogData.COURSES, report.rows().get("course"));
            long enrolments = report.rows().get("enrolment");
            assertTrue(enrolments > 200 * 10 && enrolments < 200 * 25, "about 20 per cadre, got " + enrolments);
            assertTrue(report.rows().get("lesson_progress") > enrolments, "progress beyond the first lesson");
            assertTrue(report.rows().get("quiz_attempt") > enrolments / 10, "quiz attempts for the finished ones");
            assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM enrolment e JOIN person p ON p.id = e.person_id "
                    + "WHERE p.active = FALSE"), "nobody inactive enrolled");
            assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM enrolment WHERE status = 'COMPLETED' "
                    + "AND completed_at IS NULL"));
            for (Long person : longs(db, "SELECT id FROM person WHERE active = TRUE ORDER BY id LIMIT 40")) {
                assertEquals(0, Jdbc.update(db, EnrolmentSql.RECONCILE_PERSON,
                        GeneratorSettings.DEFAULT_ANCHOR, true, person, true, true), "reconcile of person " + person);
            }
            long next = longs(db, "SELECT NEXT VALUE FOR person_seq").get(0);
            assertTrue(next > report.lastId(), "sequences continue above the generated ids");
            assertThrows(IllegalStateException.class, () -> DataGenerator.generate(db, GeneratorSettings.of(7L, 0.02)),
                    "a database is generated once");
        }
    }

    private static Map<String, String> generateAndDigest(long seed, double scale) throws Exception {
        try (Connection db = migrated()) {
            DataGenerator.generate(db, GeneratorSettings.of(seed, scale));
            Map<String, String> digests = new LinkedHashMap<>();
            for (String table : TABLES) {
                digests.put(table, digest(db, table));
            }
            return digests;
        }
    }

    private static Connection migrated() throws Exception {
        String url = "jdbc:h2:mem:gen" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    /** Row count and a SHA-256 over every value of the table in primary-key order. */
    private static String digest(Connection db, String table) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String order = table.equals("lesson_progress") ? "enrolment_id, lesson_id" : "id";
        long rows = 0;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
        }
        return rows + ":" + HexFormat.of().formatHex(sha.digest());
    }

    private static List<Long> longs(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Long> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values;
        }
    }
}
