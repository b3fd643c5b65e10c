package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.bench.data.GenerationContext.Cadre;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Practical skill checks (V4) for the enrolments that {@link LearningData} left awaiting the
 * practical, and the instructor who grades them ({@value #INSTRUCTOR}, INSTRUCTOR for the whole
 * city, password {@link AccountData#PASSWORD}). Sessions are monthly per street and check, dated
 * 10 to 40 days after the trainee's last lesson or quiz. Who has waited long has mostly passed every
 * required check (one in seven needed a second attempt): the enrolment becomes COMPLETED on the day
 * of the last pass, as the app's Progress does, and gets its certificate in {@link CertificateData}.
 * The rest wait: no attempt yet, a failed signed attempt (back in the queue), a draft on next
 * week's roster, or some checks passed and some not. About 20,000 results at scale 1.
 */
public final class PracticalData implements FeatureData {

    public static final String INSTRUCTOR = "bench.instructor";
    static final String PLACE = "街道党群服务中心培训室";

    record Check(long id, String key, int maxPoints, int passPercent, boolean second) {
    }

    private final Map<String, Long> sessions = new HashMap<>();

    @Override
    public String name() {
        return "practical";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        instructor(ctx);
        Map<Long, List<Check>> checksByVersion = checks(ctx);
        Map<Long, Cadre> cadres = new HashMap<>();
        ctx.cadres().forEach(c -> cadres.put(c.id(), c));
        LocalDate today = ctx.anchor().toLocalDate();
        try (Batch sessionRows = ctx.batch("assessment_session", "id, course_id, check_key, session_date, place, "
                + "scope_unit_id, created_by, created_at, version");
             Batch results = ctx.batch("assessment_result", "id, session_id, enrolment_id, person_id, skill_check_id, "
                     + "check_key, attempt_no, status, passed, points, max_points, overall_comment, first_signed_by, "
                     + "first_signed_at, second_signed_by, second_signed_at, updated_by, updated_at, created_at, version");
             Batch completed = ctx.update("UPDATE enrolment SET status = 'COMPLETED', completed_at = ?, "
                     + "last_activity_at = ?, version = version + 1 WHERE id = ?");
             PreparedStatement awaiting = ctx.connection().prepareStatement("SELECT id, person_id, course_id, "
                     + "course_version_id, last_activity_at FROM enrolment WHERE status = 'AWAITING_PRACTICAL' "
                     + "AND id >= ? ORDER BY id")) {
            results.after(sessionRows);
            completed.after(results);
            awaiting.setLong(1, GenerationContext.FIRST_ID);
            List<long[]> rows = new ArrayList<>();
            List<LocalDateTime> lastActivity = new ArrayList<>();
            try (ResultSet rs = awaiting.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    lastActivity.add(rs.getTimestamp(5).toLocalDateTime());
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                long[] e = rows.get(i);
                Cadre cadre = cadres.get(e[1]);
                List<Check> checks = checksByVersion.getOrDefault(e[3], List.of());
                if (cadre == null || checks.isEmpty()) {
                    continue;
                }
                LocalDate ready = lastActivity.get(i).toLocalDate();
                long waited = ChronoUnit.DAYS.between(ready, today);
                boolean done = waited > 40 && random.nextInt(100) < 85;
                LocalDateTime lastPass = null;
                int passedChecks = 0;
                for (int c = 0; c < checks.size(); c++) {
                    Check check = checks.get(c);
                    LocalDate first = ready.plusDays(10 + random.nextInt(31));
                    if (done) {
                        int attempt = 1;
                        if (random.nextInt(7) == 0 && first.plusDays(31).isBefore(today)) {
                            result(ctx, sessionRows, results, random, e, cadre, check, attempt++, first, false);
                            first = first.plusDays(31);
                        }
                        if (first.isAfter(today.minusDays(1))) {
                            first = today.minusDays(1);
                        }
                        LocalDateTime signed = result(ctx, sessionRows, results, random, e, cadre, check, attempt,
                                first, true);
                        lastPass = lastPass == null || signed.isAfter(lastPass) ? signed : lastPass;
                        continue;
                    }
                    int r = random.nextInt(100);
                    boolean last = c == checks.size() - 1;
                    if (r < 50 || first.isAfter(today.minusDays(1)) || (last && passedChecks == c && r >= 90)) {
                        continue; // waiting in the queue, no attempt yet
                    }
                    if (r < 75) {
                        result(ctx, sessionRows, results, random, e, cadre, check, 1, first, false);
                    } else if (r < 90) {
                        draft(ctx, sessionRows, results, e, cadre, check, today.plusDays(3 + random.nextInt(8)));
                    } else {
                        result(ctx, sessionRows, results, random, e, cadre, check, 1, first, true);
                        passedChecks++;
                    }
                }
                if (done) {
                    completed.row(lastPass, lastPass, e[0]);
                }
            }
        }
    }

    /** One signed attempt on the session of its street, check and month; returns when it was signed. */
    private LocalDateTime result(GenerationContext ctx, Batch sessionRows, Batch results, Random random, long[] e,
                                 Cadre cadre, Check check, int attempt, LocalDate day, boolean passed)
            throws SQLException {
        LocalDate sessionDay = sessionDay(cadre, day, ctx.anchor().toLocalDate());
        long session = session(ctx, sessionRows, e[2], cadre, check, sessionDay);
        LocalDateTime signed = sessionDay.atTime(10 + random.nextInt(6), random.nextInt(60));
        int minPass = (check.maxPoints() * check.passPercent() + 99) / 100;
        int points = passed ? minPass + random.nextInt(check.maxPoints() - minPass + 1)
                : Math.max(0, minPass - 1 - random.nextInt(Math.max(1, minPass)));
        String comment = passed ? "操作规范，达到考核要求。" : "关键项目未完成，需补考。";
        results.row(ctx.nextId(), session, e[0], e[1], check.id(), check.key(), attempt, "SIGNED", passed, points,
                check.maxPoints(), comment, INSTRUCTOR, signed, check.second() ? "instructor" : null,
                check.second() ? signed.plusMinutes(20) : null, INSTRUCTOR, signed, signed.minusHours(2), 2L);
        return check.second() ? signed.plusMinutes(20) : signed;
    }

    /** The trainee on the roster of next week's session, not graded yet (so not in the queue). */
    private void draft(GenerationContext ctx, Batch sessionRows, Batch results, long[] e, Cadre cadre, Check check,
                       LocalDate day) throws SQLException {
        long session = session(ctx, sessionRows, e[2], cadre, check, day);
        results.row(ctx.nextId(), session, e[0], e[1], check.id(), check.key(), 1, "DRAFT", null, null,
                check.maxPoints(), null, null, null, null, null, null, null, ctx.anchor().minusDays(1), 0L);
    }

    /** Sessions are monthly per street and check: the street's first session day on or after {@code day}, not after yesterday. */
    private static LocalDate sessionDay(Cadre cadre, LocalDate day, LocalDate today) {
        int streetDay = 8 + (int) (cadre.streetId() % 15);
        YearMonth month = YearMonth.from(day);
        LocalDate d = month.atDay(Math.min(month.lengthOfMonth(), streetDay));
        if (d.isBefore(day)) {
            YearMonth next = month.plusMonths(1);
            d = next.atDay(Math.min(next.lengthOfMonth(), streetDay));
        }
        return d.isAfter(today.minusDays(1)) ? today.minusDays(1) : d;
    }

    private long session(GenerationContext ctx, Batch sessionRows, long courseId, Cadre cadre, Check check,
                         LocalDate day) throws SQLException {
        String key = cadre.streetId() + "|" + check.id() + "|" + day;
        Long id = sessions.get(key);
        if (id == null) {
            id = ctx.nextId();
            sessions.put(key, id);
            sessionRows.row(id, courseId, check.key(), day, PLACE, ctx.city().id(), INSTRUCTOR,
                    day.minusDays(14).atTime(9, 0), 0L);
        }
        return id;
    }

    private static Map<Long, List<Check>> checks(GenerationContext ctx) throws SQLException {
        Map<Long, String> required = new HashMap<>();
        Map<Long, List<Check>> byVersion = new HashMap<>();
        try (Statement s = ctx.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, required_checks FROM course_version")) {
                while (rs.next()) {
                    required.put(rs.getLong(1), "," + rs.getString(2) + ",");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT sc.id, sc.course_version_id, sc.check_key, sc.pass_min_percent, "
                    + "sc.second_assessor, (SELECT COALESCE(SUM(i.points), 0) FROM check_item i "
                    + "WHERE i.skill_check_id = sc.id) FROM skill_check sc ORDER BY sc.course_version_id, sc.check_key")) {
                while (rs.next()) {
                    long version = rs.getLong(2);
                    String key = rs.getString(3);
                    if (required.getOrDefault(version, "").contains("," + key + ",")) {
                        byVersion.computeIfAbsent(version, k -> new ArrayList<>()).add(new Check(rs.getLong(1), key,
                                Math.max(1, rs.getInt(6)), rs.getInt(4), rs.getBoolean(5)));
                    }
                }
            }
        }
        return byVersion;
    }

    private static void instructor(GenerationContext ctx) throws SQLException {
        Random random = ctx.random("practical-account");
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        try (Batch accounts = ctx.batch("account",
                "id, username, password_hash, person_id, locale, active, created_at, version");
             Batch grants = ctx.batch("role_grant", "id, account_id, role, scope_unit_id, granted_at, granted_by")) {
            grants.after(accounts);
            long id = ctx.nextId();
            LocalDateTime at = ctx.anchor().minusDays(400);
            accounts.row(id, INSTRUCTOR, AccountData.hash(AccountData.PASSWORD.toCharArray(), salt), null, "zh-CN",
                    true, at, 0L);
            grants.row(ctx.nextId(), id, "INSTRUCTOR", ctx.city().id(), at, "system");
        }
    }
}
