package cn.gongzhuling.academy.bench;

import cn.gongzhuling.academy.bench.data.AccountData;
import cn.gongzhuling.academy.learning.control.EnrolmentSql;
import cn.gongzhuling.academy.security.control.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The registry of measured scenarios, in table order: each page or API call with its bound, the raw
 * SQL for the same numbers ({@link ReportSql} for the reports, the queue and verification), the CPU
 * work a login cannot avoid, or a raw JDBC batch insert of the same rows for the xAPI intake
 * ({@link Intake}).
 */
final class Scenarios {

    static final String STATIC_ID = "static";

    private Scenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                Scenario.unbounded(STATIC_ID, "static resource (app.css)",
                        (f, i) -> f.traineeSession(i).resource("/resources/academy/css/app.css"),
                        "the throughput bound of the pages"),
                Scenario.unbounded("bare-page", "login page GET (template only, no data)",
                        (f, i) -> new WebSession(f.baseUrl).page("/login.xhtml", "jakarta.faces.ViewState"),
                        "the floor of any JSF page"),
                Scenario.withCpu("login", "log in (JSF form, PBKDF2 210k)",
                        (f, i) -> new WebSession(f.baseUrl).login(f.trainee(i).username(), AccountData.PASSWORD),
                        (f, i) -> HASHER.verify(AccountData.PASSWORD.toCharArray(), HASH),
                        "bound: the PBKDF2 verification alone"),
                Scenario.withSql("trainee-dashboard", "trainee dashboard /learn/",
                        (f, i) -> f.traineeSession(i).page("/learn/index.xhtml", "</html>"),
                        Scenarios::dashboardSql, ">= 1/8 of static throughput"),
                Scenario.withSql("catalog", "course catalogue /catalog/",
                        (f, i) -> f.traineeSession(i).page("/catalog/index.xhtml", "course-GEN-01"),
                        Scenarios::catalogSql, "<= 2x raw SQL"),
                Scenario.withSql("organizer-home", "organizer home (city)",
                        (f, i) -> f.organizerSession.page("/index.xhtml", "</html>"),
                        Scenarios::organizerHomeSql, "<= 2x raw SQL"),
                Scenario.withSql("assignments", "assignments with counts (city)",
                        (f, i) -> f.organizerSession.page("/organize/assignments.xhtml", "</html>"),
                        Scenarios::assignmentsSql, "<= 2x raw SQL"),
                Scenario.withSql("people-street", "people of one street (city organizer, ?unit=)",
                        (f, i) -> f.organizerSession.page("/admin/people.xhtml?unit=" + f.streetId, "</html>"),
                        Scenarios::peopleSql, "<= 2x raw SQL"),
                Scenario.withSql("grading-queue", "instructor grading queue /assess/ (city)",
                        (f, i) -> f.instructorSession.page("/assess/index.xhtml", "</html>"),
                        ReportSql::gradingQueue, "<= 2x raw SQL"),
                Scenario.withSql("verify", "certificate verification /verify/{code} (no login)",
                        (f, i) -> new WebSession(f.baseUrl).page("/verify/" + f.code(i), "</html>"),
                        ReportSql::verify, "<= 2x raw SQL"),
                Scenario.withSql("completion-city", "completion report, city /organize/completion",
                        (f, i) -> f.organizerSession.page("/organize/completion.xhtml", "</html>"),
                        (db, f, i) -> ReportSql.completion(db, f, f.cityPath), "<= 2x raw SQL"),
                Scenario.withSql("completion-street", "completion report, one street (?unit=)",
                        (f, i) -> f.organizerSession.page("/organize/completion.xhtml?unit=" + f.streetId, "</html>"),
                        (db, f, i) -> ReportSql.completion(db, f, f.streetPath), "<= 2x raw SQL"),
                Scenario.withSql("coverage", "coverage, city /organize/coverage",
                        (f, i) -> f.organizerSession.page("/organize/coverage.xhtml", "</html>"),
                        ReportSql::coverage, "<= 2x raw SQL"),
                Scenario.withSql("impact", "impact, ACTIVE_GOVERNANCE, city, 12 months /organize/impact",
                        (f, i) -> f.organizerSession.page("/organize/impact.xhtml?skill=" + ReportSql.IMPACT_SKILL,
                                "</html>"),
                        ReportSql::impact, "<= 2x raw SQL"),
                Scenario.withSql("xapi-10", "xAPI POST /xapi/statements, batch of 10 (field visits)",
                        (f, i) -> Intake.post(f, i, 10), (db, f, i) -> Intake.insert(db, f, i, 10),
                        ">= 3,000 statements/s and >= 50 % of the raw insert"),
                Scenario.withSql("xapi-100", "xAPI POST /xapi/statements, batch of 100 (field visits)",
                        (f, i) -> Intake.post(f, i, 100), (db, f, i) -> Intake.insert(db, f, i, 100),
                        ">= 3,000 statements/s and >= 50 % of the raw insert"));
    }

    private static final PasswordHasher HASHER = new PasswordHasher(210_000);
    private static final String HASH = HASHER.hash(AccountData.PASSWORD.toCharArray());

    /** The dashboard's statements: the reconcile INSERT ... SELECT and the four reads. */
    static void dashboardSql(Connection db, Fixture f, int i) throws SQLException {
        long person = f.trainee(i).personId();
        Jdbc.update(db, EnrolmentSql.RECONCILE_PERSON, LocalDateTime.now(), true, person, true, true);
        query(db, "SELECT e.id, c.code, v.title_zh, v.title_en, e.due_date, e.status, e.enrolled_at, "
                + "e.last_activity_at, e.completed_at, l.id, l.title_zh, l.title_en, e.assignment_id, v.id "
                + "FROM enrolment e JOIN course_version v ON v.id = e.course_version_id JOIN course c ON c.id = v.course_id "
                + "LEFT JOIN lesson l ON l.id = e.last_lesson_id WHERE e.person_id = ?", person);
        query(db, "SELECT lp.enrolment_id, COUNT(*) FROM lesson_progress lp WHERE lp.enrolment_id IN "
                + "(SELECT e.id FROM enrolment e WHERE e.person_id = ?) GROUP BY lp.enrolment_id", person);
        query(db, "SELECT l.course_version_id, COUNT(*) FROM lesson l WHERE l.course_version_id IN "
                + "(SELECT e.course_version_id FROM enrolment e WHERE e.person_id = ?) GROUP BY l.course_version_id", person);
        query(db, "SELECT c.code, v.title_zh, v.title_en, v.summary_zh, v.summary_en FROM course c "
                + "JOIN course_version v ON v.id = c.current_version_id WHERE NOT EXISTS (SELECT 1 FROM enrolment e "
                + "WHERE e.person_id = ? AND e.course_id = c.id) ORDER BY c.code", person);
    }

    /** Cards of the catalogue: title, summary, validity, lesson count and minutes, skills. */
    static void catalogSql(Connection db, Fixture f, int i) throws SQLException {
        query(db, "SELECT v.id, c.code, v.title_zh, v.title_en, v.summary_zh, v.summary_en, v.validity_months, "
                + "(SELECT COUNT(*) FROM lesson l WHERE l.course_version_id = v.id), "
                + "(SELECT SUM(l.minutes) FROM lesson l WHERE l.course_version_id = v.id) "
                + "FROM course c JOIN course_version v ON v.id = c.current_version_id ORDER BY v.title_zh");
        query(db, "SELECT cs.course_version_id, s.code, s.name_zh, s.name_en FROM course c "
                + "JOIN course_version_skill cs ON cs.course_version_id = c.current_version_id "
                + "JOIN skill s ON s.id = cs.skill_id");
    }

    /** The organizer's home: unit counts per level, active people, the streets with their people, the completion and coverage glances. */
    static void organizerHomeSql(Connection db, Fixture f, int i) throws SQLException {
        query(db, "SELECT level, COUNT(*) FROM org_unit WHERE active = ? AND path LIKE ? GROUP BY level", true,
                f.cityPath + "%");
        query(db, "SELECT COUNT(*) FROM person p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = ? "
                + "AND u.path LIKE ?", true, f.cityPath + "%");
        // per street one indexed range count: the subtree of a unit is a path prefix
        List<String> children = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT c.path, c.code, c.name_zh, c.name_en FROM org_unit c "
                + "WHERE c.parent_id = (SELECT id FROM org_unit WHERE path = ?)")) {
            s.setString(1, f.cityPath);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    children.add(rs.getString(1));
                }
            }
        }
        for (String path : children) {
            query(db, "SELECT COUNT(*) FROM person p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = ? "
                    + "AND u.path LIKE ?", true, path + "%");
        }
        ReportSql.completion(db, f, f.cityPath); // the completion glance (worst units)
        ReportSql.coverageTable(db, f); // the coverage gaps
    }

    /** The newest 200 assignments in scope with enrolled / done counts, and the unit and course choices. */
    static void assignmentsSql(Connection db, Fixture f, int i) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT a.id, a.positions, a.due_date, a.active, c.code, "
                + "v.title_zh, v.title_en, u.name_zh, u.name_en FROM assignment a JOIN course c ON c.id = a.course_id "
                + "JOIN course_version v ON v.id = c.current_version_id JOIN org_unit u ON u.id = a.scope_unit_id "
                + "WHERE u.path LIKE ? ORDER BY a.created_at DESC, a.id DESC LIMIT 200")) {
            s.setString(1, f.cityPath + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (!ids.isEmpty()) {
            query(db, "SELECT e.assignment_id, e.status, COUNT(*) FROM enrolment e WHERE e.assignment_id IN ("
                    + String.join(",", Collections.nCopies(ids.size(), "?")) + ") GROUP BY e.assignment_id, e.status",
                    ids.toArray());
        }
        units(db, f);
        query(db, "SELECT c.code, v.title_zh, v.title_en FROM course c JOIN course_version v ON v.id = c.current_version_id "
                + "ORDER BY v.title_zh");
    }

    /** First page (20) of the active people of one street, their count, and the unit choices. */
    static void peopleSql(Connection db, Fixture f, int i) throws SQLException {
        String where = " FROM person p JOIN org_unit u ON u.id = p.org_unit_id WHERE u.path LIKE ? AND u.path LIKE ? "
                + "AND p.active = ?";
        query(db, "SELECT COUNT(*)" + where, f.cityPath + "%", f.streetPath + "%", true);
        query(db, "SELECT p.id, p.staff_no, p.name_zh, p.name_en, p.phone, p.position, p.active, u.name_zh, u.name_en"
                + where + " ORDER BY p.staff_no, p.id LIMIT 20", f.cityPath + "%", f.streetPath + "%", true);
        units(db, f);
    }

    private static void units(Connection db, Fixture f) throws SQLException {
        query(db, "SELECT id, code, level, name_zh, name_en, path FROM org_unit WHERE active = ? AND path LIKE ? "
                + "ORDER BY path LIMIT 2000", true, f.cityPath + "%");
    }

    /** Runs a query and reads every column of every row, as a page would. */
    static int query(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int p = 0; p < params.length; p++) {
                s.setObject(p + 1, params[p]);
            }
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    rows++;
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                }
            }
            return rows;
        }
    }
}
