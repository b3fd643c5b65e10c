package cn.gongzhuling.academy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the set-based enrolment statements against the real migrations on H2 (MODE=LEGACY, as in
 * production): one statement enrols a whole subtree, filters positions, is idempotent, picks up
 * people who join later, and never touches existing progress.
 */
class EnrolmentSqlTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);
    private Connection db;

    @BeforeEach
    void migrate() throws Exception {
        String url = "jdbc:h2:mem:enrol" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO org_unit VALUES (1, 'CITY', 'CITY', '市', 'City', NULL, '/1/', TRUE, 0)");
            s.execute("INSERT INTO org_unit VALUES (2, 'COM', 'COMMUNITY', '社区', 'Community', 1, '/1/2/', TRUE, 0)");
            s.execute("INSERT INTO org_unit VALUES (3, 'GRID', 'GRID', '网格', 'Grid', 2, '/1/2/3/', TRUE, 0)");
            s.execute("INSERT INTO org_unit VALUES (4, 'OTHER', 'COMMUNITY', '别的', 'Other', 1, '/1/4/', TRUE, 0)");
            person(s, 10, 2, "COMMUNITY_SECRETARY", true);
            person(s, 11, 3, "GRID_WORKER", true);
            person(s, 12, 3, "GRID_WORKER", false);
            person(s, 13, 4, "GRID_WORKER", true);
            s.execute("INSERT INTO course VALUES (100, 'MED', NULL, 0)");
            s.execute("INSERT INTO course_version (id, course_id, version_no, content_hash, title_zh, title_en, summary_zh, "
                    + "summary_en, validity_months, quiz_pass_percent, quiz_questions, quiz_max_attempts, quiz_time_limit, "
                    + "requires_all_lessons, requires_quiz, required_checks, refresher_lessons, refresher_pass_percent, "
                    + "refresher_questions, refresher_checks, imported_at, imported_by) VALUES (101, 100, 1, 'h', 't', 't', "
                    + "'s', 's', 24, 80, 10, 3, 20, TRUE, TRUE, '', '', 80, 5, '', TIMESTAMP '2026-01-01 00:00:00', 'x')");
            s.execute("UPDATE course SET current_version_id = 101 WHERE id = 100");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static void person(Statement s, long id, long unit, String position, boolean active) throws Exception {
        s.execute("INSERT INTO person VALUES (" + id + ", 'S" + id + "', '人', 'P', NULL, " + unit + ", '" + position + "', "
                + active + ", 0)");
    }

    private void assignment(long id, long unit, String positions) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO assignment VALUES (" + id + ", 100, " + unit + ", '" + positions
                    + "', DATE '2026-12-31', TIMESTAMP '2026-11-27 09:00:00', 'org', TRUE, 0)");
        }
    }

    /** Runs a statement with EclipseLink-style ?n parameters through plain JDBC. */
    private int run(String sql, Object... params) throws Exception {
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
        List<Integer> order = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement ps = db.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < order.size(); i++) {
                ps.setObject(i + 1, params[order.get(i) - 1]);
            }
            return ps.executeUpdate();
        }
    }

    private int enrolAssignment(long assignmentId, String scopePath) throws Exception {
        return run(EnrolmentSql.ENROL_ASSIGNMENT, 100L, 101L, assignmentId, LocalDate.of(2026, 12, 31), NOW, true,
                scopePath + "%", 100L);
    }

    private List<Long> enrolled() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT person_id FROM enrolment ORDER BY person_id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    @Test
    void oneStatementEnrolsTheActivePeopleOfTheSubtreeOnly() throws Exception {
        assignment(500, 2, "");
        assertEquals(2, enrolAssignment(500, "/1/2/"));
        assertEquals(List.of(10L, 11L), enrolled(), "inactive 12 and 13 of another community are left out");
        assertEquals(0, enrolAssignment(500, "/1/2/"), "running it again enrols nobody twice");
    }

    @Test
    void positionsFilterWhoIsEnrolled() throws Exception {
        assignment(500, 1, ",GRID_WORKER,");
        assertEquals(2, enrolAssignment(500, "/1/"));
        assertEquals(List.of(11L, 13L), enrolled());
    }

    @Test
    void aPersonWhoJoinsLaterIsEnrolledOnReconcileAndOnlyOnce() throws Exception {
        assignment(500, 2, "");
        assignment(501, 1, ",GRID_WORKER,"); // a second assignment of the same course also matches
        enrolAssignment(500, "/1/2/");
        try (Statement s = db.createStatement()) {
            person(s, 14, 3, "GRID_WORKER", true);
        }
        assertEquals(1, run(EnrolmentSql.RECONCILE_PERSON, NOW, true, 14L, true, true));
        assertEquals(0, run(EnrolmentSql.RECONCILE_PERSON, NOW, true, 14L, true, true));
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT assignment_id, course_version_id FROM enrolment WHERE person_id = 14")) {
            r.next();
            assertEquals(500L, r.getLong(1), "the oldest matching assignment wins");
            assertEquals(101L, r.getLong(2), "pinned to the current version");
        }
    }

    @Test
    void aDeactivatedAssignmentEnrolsNobodyNewAndKeepsEnrolments() throws Exception {
        assignment(500, 2, "");
        enrolAssignment(500, "/1/2/");
        try (Statement s = db.createStatement()) {
            s.execute("UPDATE assignment SET active = FALSE WHERE id = 500");
            person(s, 14, 3, "GRID_WORKER", true);
        }
        assertEquals(0, run(EnrolmentSql.RECONCILE_PERSON, NOW, true, 14L, true, true));
        assertEquals(List.of(10L, 11L), enrolled());
    }

    @Test
    void selfEnrolmentGetsTheAssignmentAndKeepsItsProgress() throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO enrolment (id, person_id, course_id, course_version_id, status, enrolled_at, version) "
                    + "VALUES (nextval('enrolment_seq'), 11, 100, 101, 'IN_PROGRESS', TIMESTAMP '2026-11-01 08:00:00', 3)");
        }
        assignment(500, 2, "");
        assertEquals(1, enrolAssignment(500, "/1/2/"), "only person 10 is new");
        assertEquals(1, run(EnrolmentSql.ATTACH_ASSIGNMENT, 500L, LocalDate.of(2026, 12, 31), 100L, true, "/1/2/%"));
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT assignment_id, status, due_date FROM enrolment WHERE person_id = 11")) {
            r.next();
            assertEquals(500L, r.getLong(1));
            assertEquals("IN_PROGRESS", r.getString(2));
            assertEquals(LocalDate.of(2026, 12, 31), r.getDate(3).toLocalDate());
        }
    }

    @Test
    void completingALessonTwiceStoresOneRow() throws Exception {
        assignment(500, 2, "");
        enrolAssignment(500, "/1/2/");
        long enrolment;
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO lesson VALUES (200, 101, 'l1', 1, 't', 't', 5, '<p>x</p>', '<p>x</p>')");
            ResultSet r = s.executeQuery("SELECT id FROM enrolment WHERE person_id = 11");
            r.next();
            enrolment = r.getLong(1);
        }
        assertEquals(1, run(EnrolmentSql.COMPLETE_LESSON, enrolment, 200L, NOW, enrolment, 200L));
        assertEquals(0, run(EnrolmentSql.COMPLETE_LESSON, enrolment, 200L, NOW, enrolment, 200L));
    }
}
