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
            "quiz_attempt", "assessment_session", "assessment_result", "certificate", "field_record",
            "field_record_skill", "api_client", "xapi_statement");

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
            practicalResultsFitTheEnrolments(db, report);
            certificatesFitTheCompletions(db, report);
            fieldRecordsFitTheCadres(db, report);
            long next = longs(db, "SELECT NEXT VALUE FOR person_seq").get(0);
            assertTrue(next > report.lastId(), "sequences continue above the generated ids");
            assertThrows(IllegalStateException.class, () -> DataGenerator.generate(db, GeneratorSettings.of(7L, 0.02)),
                    "a database is generated once");
        }
    }

    /** Waiting or graded attempts; every completed course with checks has a signed pass for each. */
    private static void practicalResultsFitTheEnrolments(Connection db, DataGenerator.Report report) throws Exception {
        long results = report.rows().get("assessment_result");
        assertTrue(results > 200 * 1.2 && results < 200 * 5, "about 2 per cadre (20,000 at scale 1), got " + results);
        assertTrue(longs(db, "SELECT COUNT(*) FROM assessment_result WHERE status = 'SIGNED' AND passed = FALSE").get(0) > 0,
                "some failed attempts");
        assertTrue(longs(db, "SELECT COUNT(*) FROM assessment_result WHERE status = 'DRAFT'").get(0) > 0,
                "some on an upcoming roster");
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM enrolment e JOIN course_version v "
                + "ON v.id = e.course_version_id JOIN skill_check sc ON sc.course_version_id = v.id "
                + "AND CONCAT(',', v.required_checks, ',') LIKE CONCAT('%,', sc.check_key, ',%') "
                + "WHERE e.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM assessment_result r "
                + "WHERE r.enrolment_id = e.id AND r.check_key = sc.check_key AND r.status = 'SIGNED' AND r.passed = TRUE)"),
                "completed means every required check passed");
        assertTrue(longs(db, "SELECT COUNT(*) FROM enrolment e WHERE e.status = 'AWAITING_PRACTICAL' AND NOT EXISTS "
                + "(SELECT 1 FROM assessment_result r WHERE r.enrolment_id = e.id)").get(0) > 0, "a grading queue");
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM assessment_result r JOIN assessment_session s "
                + "ON s.id = r.session_id WHERE r.status = 'SIGNED' AND s.session_date >= DATE '2026-11-27'"),
                "nothing graded in the future");
    }

    /** One certificate per completed enrolment, expiries spread, some expired, expiring and revoked. */
    private static void certificatesFitTheCompletions(Connection db, DataGenerator.Report report) throws Exception {
        assertEquals(longs(db, "SELECT COUNT(*) FROM enrolment WHERE status = 'COMPLETED'"),
                longs(db, "SELECT COUNT(*) FROM certificate"));
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id "
                + "WHERE e.status <> 'COMPLETED' OR e.person_id <> c.person_id OR c.issued_on <> CAST(e.completed_at AS DATE)"));
        assertTrue(longs(db, "SELECT COUNT(*) FROM certificate WHERE expires_on < DATE '2026-11-27'").get(0) > 0, "expired");
        assertTrue(longs(db, "SELECT COUNT(*) FROM certificate WHERE expires_on BETWEEN DATE '2026-11-27' "
                + "AND DATE '2027-01-26'").get(0) > 0, "expiring within 60 days");
        assertTrue(longs(db, "SELECT COUNT(*) FROM certificate WHERE expires_on > DATE '2027-11-27'").get(0) > 0,
                "valid beyond a year");
        assertTrue(longs(db, "SELECT COUNT(*) FROM certificate WHERE revoked_at IS NOT NULL").get(0) > 0, "revoked");
        for (String code : strings(db, "SELECT verification_code FROM certificate ORDER BY id LIMIT 5")) {
            assertEquals(List.of(1L), longs(db, "SELECT COUNT(*) FROM certificate WHERE code_hash = '"
                    + cn.gongzhuling.academy.certification.control.VerificationCodes.hash(code) + "'"));
        }
    }

    /** 1M per unit of scale, in the cadre's community, skill facts per kind, more visits after certification. */
    private static void fieldRecordsFitTheCadres(Connection db, DataGenerator.Report report) throws Exception {
        long records = report.rows().get("field_record");
        assertTrue(records > 20_000 * 0.85 && records < 20_000 * 1.15, "about 1M per unit of scale, got " + records);
        assertEquals(List.of(7L), longs(db, "SELECT COUNT(DISTINCT kind) FROM field_record"));
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM field_record r JOIN person p ON p.id = r.person_id "
                + "JOIN org_unit u ON u.id = p.org_unit_id JOIN org_unit g ON g.id = r.grid_id WHERE g.level <> 'GRID' "
                + "OR NOT (g.path LIKE CONCAT(u.path, '%') OR (u.level = 'GRID' AND g.parent_id = u.parent_id))"),
                "every record in a grid of the cadre's community");
        assertEquals(longs(db, "SELECT COUNT(*) FROM field_record r JOIN field_kind_skill k ON k.kind = r.kind"),
                longs(db, "SELECT COUNT(*) FROM field_record_skill"), "one skill fact per skill of the kind");
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM field_record WHERE occurred_at > TIMESTAMP "
                + "'2026-11-27 09:00:00' OR occurred_at < TIMESTAMP '2024-12-01 00:00:00'"), "24 months up to the anchor");
        assertEquals(longs(db, "SELECT COUNT(*) FROM field_record WHERE source = 'XAPI'"),
                longs(db, "SELECT COUNT(*) FROM xapi_statement"));
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM field_record WHERE kind = 'PROBLEM_FOUND' AND "
                + "(problem_status IS NULL OR (problem_status IN ('RESOLVED', 'ESCALATED') AND closed_on IS NULL) "
                + "OR closed_on < started_on)"));
        // visits per record-day of certified cadres: certified (skill fact) visits outnumber their share
        List<Long> certified = longs(db, "SELECT COUNT(*) FROM field_record r JOIN field_record_skill s "
                + "ON s.record_id = r.id WHERE r.kind = 'HOUSEHOLD_VISIT' AND s.certified = TRUE");
        assertTrue(certified.get(0) > 0, "some visits by certified cadres");
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
        Connection db = DriverManager.getConnection(url, "sa", "");
        realCourses(db);
        return db;
    }

    /**
     * What the app's course import leaves before the generator runs (abridged): the four skills and
     * the three real courses with lessons and their required practical checks.
     */
    private static void realCourses(Connection db) throws Exception {
        String[][] courses = {{"CPR-FA", "24", "adult-cpr-aed,choking-relief", "CPR,FIRST_AID"},
                {"MEDIATION", "36", "role-play-mediation", "MEDIATION"},
                {"ACTIVE-GOV", "24", "supervised-household-visit", "ACTIVE_GOVERNANCE"}};
        long id = 1000;
        try (Statement s = db.createStatement()) {
            Map<String, Long> skills = new LinkedHashMap<>();
            for (String code : List.of("CPR", "FIRST_AID", "MEDIATION", "ACTIVE_GOVERNANCE")) {
                skills.put(code, ++id);
                s.execute("INSERT INTO skill (id, code, name_zh, name_en, description_zh, description_en, version) "
                        + "VALUES (" + id + ", '" + code + "', '" + code + "', '" + code + "', '', '', 0)");
            }
            for (String[] c : courses) {
                long course = ++id;
                long version = ++id;
                s.execute("INSERT INTO course (id, code, current_version_id, version) VALUES (" + course + ", '" + c[0]
                        + "', NULL, 0)");
                s.execute("INSERT INTO course_version (id, course_id, version_no, content_hash, title_zh, title_en, "
                        + "summary_zh, summary_en, validity_months, quiz_pass_percent, quiz_questions, quiz_max_attempts, "
                        + "quiz_time_limit, requires_all_lessons, requires_quiz, required_checks, refresher_lessons, "
                        + "refresher_pass_percent, refresher_questions, refresher_checks, imported_at, imported_by) VALUES ("
                        + version + ", " + course + ", 1, 'h', '" + c[0] + "', '" + c[0] + "', '', '', " + c[1]
                        + ", 80, 10, 3, 20, TRUE, TRUE, '" + c[2] + "', '', 80, 5, '', TIMESTAMP '2024-01-01 00:00:00', 'test')");
                s.execute("UPDATE course SET current_version_id = " + version + " WHERE id = " + course);
                for (String skill : c[3].split(",")) {
                    s.execute("INSERT INTO course_version_skill (course_version_id, skill_id) VALUES (" + version + ", "
                            + skills.get(skill) + ")");
                }
                for (int l = 1; l <= 3; l++) {
                    s.execute("INSERT INTO lesson (id, course_version_id, lesson_key, position, title_zh, title_en, "
                            + "minutes, html_zh, html_en) VALUES (" + (++id) + ", " + version + ", 'l" + l + "', " + l
                            + ", 'l', 'l', 10, '<p>x</p>', '<p>x</p>')");
                }
                for (String check : c[2].split(",")) {
                    long checkId = ++id;
                    s.execute("INSERT INTO skill_check (id, course_version_id, check_key, title_zh, title_en, "
                            + "instructions_zh, instructions_en, equipment_zh, equipment_en, scoring, pass_min_percent, "
                            + "all_critical, second_assessor, critical_min_level) VALUES (" + checkId + ", " + version
                            + ", '" + check + "', 'c', 'c', '', '', '', '', 'CHECKLIST', 80, TRUE, "
                            + check.startsWith("role") + ", NULL)");
                    for (int i = 1; i <= 5; i++) {
                        s.execute("INSERT INTO check_item (id, skill_check_id, item_key, position, text_zh, text_en, "
                                + "critical, points) VALUES (" + (++id) + ", " + checkId + ", 'i" + i + "', " + i
                                + ", 't', 't', " + (i == 1) + ", 1)");
                    }
                }
            }
        }
    }

    /** Row count and a SHA-256 over every value of the table in primary-key order. */
    private static String digest(Connection db, String table) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String order = switch (table) {
            case "lesson_progress" -> "enrolment_id, lesson_id";
            case "field_record_skill" -> "record_id, skill_code";
            case "xapi_statement" -> "seq";
            default -> "id";
        };
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

    private static List<String> strings(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
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
