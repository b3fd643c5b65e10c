package cn.gongzhuling.academy.bench;

import static cn.gongzhuling.academy.bench.Scenarios.query;

import cn.gongzhuling.academy.certification.control.VerificationCodes;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.reporting.control.MonthRange;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bounds of the report, queue and verification pages: the raw SQL over JDBC that computes the
 * numbers each page shows, written as one would write it by hand (GROUP BY in the database, no
 * entities), reading every column of every row. Dates are the application's (Asia/Shanghai).
 */
final class ReportSql {

    static final String IMPACT_SKILL = "ACTIVE_GOVERNANCE";
    static final List<String> KEY_SKILLS = List.of("CPR", "MEDIATION", "ACTIVE_GOVERNANCE");
    static final int COVERAGE_HORIZON_DAYS = 60;

    private ReportSql() {
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.ZONE);
    }

    /** The queue's first 200 (oldest first) with attempts, waiting counts per check, the sessions of the month. */
    static void gradingQueue(Connection db, Fixture f, int i) throws SQLException {
        String waiting = " FROM enrolment e JOIN course_version v ON v.id = e.course_version_id "
                + "JOIN course c ON c.id = v.course_id JOIN skill_check sc ON sc.course_version_id = v.id "
                + "JOIN person p ON p.id = e.person_id JOIN org_unit u ON u.id = p.org_unit_id "
                + "WHERE e.status = 'AWAITING_PRACTICAL' "
                + "AND CONCAT(',', CONCAT(v.required_checks, ',')) LIKE CONCAT('%,', CONCAT(sc.check_key, ',%')) "
                + "AND NOT EXISTS (SELECT 1 FROM assessment_result r WHERE r.enrolment_id = e.id "
                + "AND r.check_key = sc.check_key AND (r.status IN ('DRAFT', 'AWAITING_SECOND') "
                + "OR (r.status = 'SIGNED' AND r.passed = TRUE))) AND u.path LIKE ?";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT e.id, p.id, p.name_zh, p.name_en, u.name_zh, u.name_en, "
                + "c.code, v.title_zh, v.title_en, sc.check_key, sc.title_zh, sc.title_en, e.last_activity_at, "
                + "e.enrolled_at" + waiting + " ORDER BY COALESCE(e.last_activity_at, e.enrolled_at), e.id, sc.check_key "
                + "LIMIT 200")) {
            s.setString(1, f.cityPath + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    for (int c = 2; c <= 14; c++) {
                        rs.getObject(c);
                    }
                }
            }
        }
        if (!ids.isEmpty()) {
            query(db, "SELECT r.enrolment_id, r.check_key, COUNT(*) FROM assessment_result r WHERE r.enrolment_id IN ("
                    + String.join(",", Collections.nCopies(ids.size(), "?")) + ") AND r.status <> 'ABSENT' "
                    + "GROUP BY r.enrolment_id, r.check_key", ids.toArray());
        }
        query(db, "SELECT c.code, sc.check_key, COUNT(*)" + waiting + " GROUP BY c.code, sc.check_key",
                f.cityPath + "%");
        query(db, "SELECT s.id, s.session_date, s.place, v.title_zh, v.title_en, sc.title_zh, sc.title_en, "
                + "(SELECT COUNT(*) FROM assessment_result r WHERE r.session_id = s.id) FROM assessment_session s "
                + "JOIN course c ON c.id = s.course_id JOIN course_version v ON v.id = c.current_version_id "
                + "JOIN skill_check sc ON sc.course_version_id = v.id AND sc.check_key = s.check_key "
                + "JOIN org_unit u ON u.id = s.scope_unit_id WHERE s.session_date >= ? AND s.session_date <= ? "
                + "AND u.path LIKE ? ORDER BY s.session_date, s.id LIMIT 100",
                Date.valueOf(today().minusDays(30)), Date.valueOf(today().plusYears(1)), f.cityPath + "%");
    }

    /** The certificate by the hash of its code, the holder's name, and the per-address counter. */
    static void verify(Connection db, Fixture f, int i) throws SQLException {
        String hash = VerificationCodes.hash(f.code(i));
        try (PreparedStatement s = db.prepareStatement("UPDATE verify_throttle SET hits = hits + 1 WHERE client_key = ?")) {
            s.setString(1, "bench");
            s.executeUpdate();
        }
        query(db, "SELECT c.serial_no, c.issued_on, c.expires_on, c.revoked_at, v.title_zh, v.title_en, p.name_zh "
                + "FROM certificate c JOIN course_version v ON v.id = c.course_version_id "
                + "JOIN person p ON p.id = c.person_id WHERE c.code_hash = ?", hash);
    }

    /** Enrolments per unit and status (with overdue) over the subtree, the children, the trail, the course choices. */
    static void completion(Connection db, Fixture f, String path) throws SQLException {
        query(db, "SELECT id, code, level, name_zh, name_en, path FROM org_unit WHERE path = ?", path);
        query(db, "SELECT c.id, c.code, c.level, c.name_zh, c.name_en, c.path FROM org_unit c JOIN org_unit p "
                + "ON p.id = c.parent_id WHERE p.path = ? ORDER BY c.name_zh", path);
        query(db, "SELECT u.path, e.status, COUNT(*), SUM(CASE WHEN e.due_date < ? AND e.status <> 'COMPLETED' "
                + "THEN 1 ELSE 0 END) FROM enrolment e JOIN person p ON p.id = e.person_id "
                + "JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = TRUE AND e.refresher_cycle = 0 "
                + "AND u.path LIKE ? GROUP BY u.path, e.status", Date.valueOf(today()), path + "%");
        query(db, "SELECT v.id, c.code, v.title_zh, v.title_en FROM course c JOIN course_version v "
                + "ON v.id = c.current_version_id ORDER BY v.title_zh");
    }

    /** Communities and grids, holders per unit and key skill today and at the horizon, coverage at 15 month ends. */
    static void coverage(Connection db, Fixture f, int i) throws SQLException {
        coverageTable(db, f);
        coverageTrend(db, f);
    }

    /** The coverage table alone (the organiser's home shows its gaps): units and holders today and at the horizon. */
    static void coverageTable(Connection db, Fixture f) throws SQLException {
        String subtree = f.cityPath + "%";
        LocalDate today = today();
        query(db, "SELECT u.id, u.code, u.level, u.name_zh, u.name_en, u.path, p.name_zh, p.name_en FROM org_unit u "
                + "LEFT JOIN org_unit p ON p.id = u.parent_id WHERE u.path LIKE ? AND u.level IN ('COMMUNITY', 'GRID') "
                + "AND u.active = TRUE ORDER BY u.path", subtree);
        for (LocalDate day : List.of(today, today.plusDays(COVERAGE_HORIZON_DAYS))) {
            query(db, "SELECT u.path, s.code, COUNT(DISTINCT p.id) FROM certificate c "
                    + "JOIN course_version_skill vs ON vs.course_version_id = c.course_version_id "
                    + "JOIN skill s ON s.id = vs.skill_id JOIN person p ON p.id = c.person_id "
                    + "JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = TRUE AND u.path LIKE ? AND" + SKILLS
                    + "AND c.revoked_at IS NULL AND c.issued_on <= ? AND c.expires_on >= ? GROUP BY u.path, s.code",
                    subtree, Date.valueOf(day), Date.valueOf(day));
        }
    }

    private static void coverageTrend(Connection db, Fixture f) throws SQLException {
        String subtree = f.cityPath + "%";
        LocalDate today = today();
        query(db, "SELECT COUNT(*) FROM org_unit u WHERE u.path LIKE ? AND u.level = 'GRID' AND u.active = TRUE",
                subtree);
        for (int m = -12; m <= 2; m++) {
            LocalDate day = YearMonth.from(today.plusMonths(m)).atEndOfMonth();
            query(db, "SELECT s.code, COUNT(DISTINCT u.id) FROM certificate c "
                    + "JOIN course_version_skill vs ON vs.course_version_id = c.course_version_id "
                    + "JOIN skill s ON s.id = vs.skill_id JOIN person p ON p.id = c.person_id "
                    + "JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = TRUE AND u.level = 'GRID' "
                    + "AND u.path LIKE ? AND" + SKILLS + "AND c.revoked_at IS NULL AND c.issued_on <= ? "
                    + "AND c.expires_on >= ? GROUP BY s.code", subtree, Date.valueOf(day), Date.valueOf(day));
        }
    }

    private static final String SKILLS = " s.code IN ('" + String.join("', '", KEY_SKILLS) + "') ";

    private static final String FIRST_CERTIFIED = "(select c.person_id as pid, min(c.issued_on) as first_on"
            + " from certificate c join course_version_skill vs on vs.course_version_id = c.course_version_id"
            + " join skill s on s.id = vs.skill_id where s.code = ?1 and c.revoked_at is null group by c.person_id)";
    private static final String CADRES = " from person p join org_unit u on u.id = p.org_unit_id"
            + " left join " + FIRST_CERTIFIED + " fc on fc.pid = p.id"
            + " where p.active = true and u.path like ?2 and p.position not in ('TRAINER', 'TRAINING_OFFICER')";
    private static final String RECORD_MONTH = "(extract(year from r.occurred_at) * 12 + extract(month from r.occurred_at) - 1)";
    private static final String FIRST_MONTH = "(extract(year from fc.first_on) * 12 + extract(month from fc.first_on) - 1)";
    private static final String PHASE = "case when fc.first_on is null then 'NEVER' when " + RECORD_MONTH + " < "
            + FIRST_MONTH + " then 'BEFORE' when " + RECORD_MONTH + " = " + FIRST_MONTH
            + " then 'TRANSITION' else 'AFTER' end";
    private static final String IN_PERIOD = "case when fc.first_on >= ?3 and fc.first_on < ?4 then 1 else 0 end";
    private static final String RECORDS = " from field_record r join person p on p.id = r.person_id"
            + " join org_unit u on u.id = p.org_unit_id left join " + FIRST_CERTIFIED + " fc on fc.pid = p.id"
            + " where r.grid_path like ?2 and r.occurred_at >= ?5 and r.occurred_at < ?6 and p.active = true"
            + " and u.path like ?2 and p.position not in ('TRAINER', 'TRAINING_OFFICER')";

    /**
     * The impact report's own three statements (ImpactReport): cadres with their first certification,
     * record sums by phase, days-to-resolve by phase, for the skill, the city and the last 12 months.
     */
    static void impact(Connection db, Fixture f, int i) throws SQLException {
        MonthRange range = MonthRange.lastMonths(12, today());
        boolean h2 = db.getMetaData().getURL().startsWith("jdbc:h2:");
        String days = h2 ? "datediff('DAY', r.started_on, r.closed_on)" : "(r.closed_on - r.started_on)";
        Object[] params = {IMPACT_SKILL, f.cityPath + "%", Date.valueOf(range.firstDay()),
                Date.valueOf(range.endExclusive()), Timestamp.valueOf(range.firstDay().atStartOfDay()),
                Timestamp.valueOf(range.endExclusive().atStartOfDay())};
        run(db, "select fc.first_on, p.id" + CADRES, params);
        run(db, "select phase, inp, sum(v), sum(f), sum(s), sum(m), sum(t) from (select " + PHASE + " as phase, "
                + IN_PERIOD + " as inp,"
                + " case when r.kind = 'HOUSEHOLD_VISIT' then 1 else 0 end as v,"
                + " case when r.kind = 'PROBLEM_FOUND' then 1 else 0 end as f,"
                + " case when r.kind = 'PROBLEM_FOUND' and r.problem_status = 'RESOLVED' then 1 else 0 end as s,"
                + " case when r.kind = 'DISPUTE_MEDIATED' and r.agreement_reached = true then 1 else 0 end as m,"
                + " case when r.kind = 'FIRST_AID_TAUGHT' then coalesce(r.residents_count, 0) else 0 end as t"
                + RECORDS + ") x group by phase, inp", params);
        run(db, "select phase, inp, days, count(*) from (select " + PHASE + " as phase, " + IN_PERIOD
                + " as inp, " + days + " as days" + RECORDS
                + " and r.kind = 'PROBLEM_FOUND' and r.problem_status = 'RESOLVED' and r.started_on is not null"
                + " and r.closed_on is not null) x group by phase, inp, days", params);
    }

    private static void run(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(db, sql, params); ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ClockProducer.ZONE);
    }
}
