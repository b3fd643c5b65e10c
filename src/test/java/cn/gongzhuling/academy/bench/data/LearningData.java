package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.bench.data.GenerationContext.Cadre;
import cn.gongzhuling.academy.bench.data.GenerationContext.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Assignments, enrolments and their progress, as the app would have made them over two years.
 * Every generated street has the three real courses assigned and each generated course with
 * probability 0.6 (a third of those for grid workers only), created 10 to 720 days before the
 * anchor, due 60 to 150 days later, 5 % since stopped. Everyone active who matches is enrolled
 * (as the app's INSERT ... SELECT does, so the dashboard's reconcile finds nothing to add), and
 * people joined a course or two of their own. Progress follows the assignment's age: old ones
 * are mostly done (all lessons, one to three quiz attempts, the last passed; courses with
 * practical checks then await the practical), recent ones partly started or untouched.
 * About 200,000 enrolments at scale 1.
 */
public final class LearningData implements FeatureData {

    record Course(long id, String code, long versionId, long[] lessons, boolean practical) {
    }

    record Assignment(long id, Course course, Unit scope, boolean gridWorkersOnly, LocalDateTime createdAt,
                      LocalDate due) {
    }

    @Override
    public String name() {
        return "learning";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        List<Course> courses = courses(ctx);
        Map<Long, List<Assignment>> byStreet = assignments(ctx, random, courses);
        try (Batch enrolments = ctx.batch("enrolment", "id, person_id, course_id, course_version_id, assignment_id, "
                + "due_date, status, enrolled_at, last_lesson_id, last_activity_at, completed_at, version");
             Batch lessons = ctx.batch("lesson_progress", "enrolment_id, lesson_id, completed_at");
             Batch attempts = ctx.batch("quiz_attempt", "id, enrolment_id, attempt_no, started_at, deadline, "
                     + "submitted_at, correct_count, question_count, score_percent, passed, version")) {
            lessons.after(enrolments);
            attempts.after(enrolments);
            Writer writer = new Writer(ctx, random, enrolments, lessons, attempts);
            for (Cadre cadre : ctx.cadres()) {
                if (!cadre.active()) {
                    continue;
                }
                Set<Long> enrolled = new HashSet<>();
                for (Assignment a : byStreet.getOrDefault(cadre.streetId(), List.of())) {
                    if (!a.gridWorkersOnly() || cadre.position().equals("GRID_WORKER")) {
                        writer.enrol(cadre, a.course(), a, a.createdAt(), a.due());
                        enrolled.add(a.course().id());
                    }
                }
                int own = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : random.nextInt(2);
                for (int i = 0; i < own; i++) {
                    Course c = courses.get(random.nextInt(courses.size()));
                    if (enrolled.add(c.id())) {
                        writer.enrol(cadre, c, null, ctx.anchor().minusDays(1 + random.nextInt(600)), null);
                    }
                }
            }
        }
    }

    private static List<Course> courses(GenerationContext ctx) throws SQLException {
        Map<Long, List<Long>> lessonsByVersion = new HashMap<>();
        List<Course> courses = new ArrayList<>();
        try (Statement s = ctx.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT course_version_id, id FROM lesson ORDER BY course_version_id, position, id")) {
                while (rs.next()) {
                    lessonsByVersion.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT c.id, c.code, v.id, v.required_checks FROM course c "
                    + "JOIN course_version v ON v.id = c.current_version_id ORDER BY c.code")) {
                while (rs.next()) {
                    long[] lessons = lessonsByVersion.getOrDefault(rs.getLong(3), List.of()).stream()
                            .mapToLong(Long::longValue).toArray();
                    if (lessons.length > 0) {
                        courses.add(new Course(rs.getLong(1), rs.getString(2), rs.getLong(3), lessons,
                                !rs.getString(4).isBlank()));
                    }
                }
            }
        }
        if (courses.isEmpty()) {
            throw new IllegalStateException("no course with lessons to enrol in");
        }
        return courses;
    }

    private static Map<Long, List<Assignment>> assignments(GenerationContext ctx, Random random, List<Course> courses)
            throws SQLException {
        Map<Long, List<Assignment>> byStreet = new HashMap<>();
        try (Batch rows = ctx.batch("assignment", "id, course_id, scope_unit_id, positions, due_date, created_at, "
                + "created_by, active, version")) {
            for (Unit street : ctx.streets()) {
                for (Course course : courses) {
                    boolean real = !course.code().startsWith(CatalogData.CODE_PREFIX);
                    if (!real && random.nextInt(10) >= 6) {
                        continue;
                    }
                    boolean gridOnly = !real && random.nextInt(3) == 0;
                    LocalDateTime created = ctx.anchor().minusDays(10 + random.nextInt(711)).withHour(9);
                    LocalDate due = created.toLocalDate().plusDays(60 + random.nextInt(91));
                    Assignment a = new Assignment(ctx.nextId(), course, street, gridOnly, created, due);
                    rows.row(a.id(), course.id(), street.id(), gridOnly ? ",GRID_WORKER," : "", due, created,
                            "organizer", random.nextInt(20) != 0, 0L);
                    byStreet.computeIfAbsent(street.id(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        return byStreet;
    }

    /** Writes one enrolment with progress that fits its age. */
    private static final class Writer {
        private final GenerationContext ctx;
        private final Random random;
        private final Batch enrolments;
        private final Batch lessons;
        private final Batch attempts;
        private final LocalDateTime latest;

        Writer(GenerationContext ctx, Random random, Batch enrolments, Batch lessons, Batch attempts) {
            this.ctx = ctx;
            this.random = random;
            this.enrolments = enrolments;
            this.lessons = lessons;
            this.attempts = attempts;
            this.latest = ctx.anchor().minusHours(1);
        }

        void enrol(Cadre cadre, Course course, Assignment assignment, LocalDateTime enrolledAt, LocalDate due)
                throws SQLException {
            long id = ctx.nextId();
            long ageDays = Math.max(0, ChronoUnit.DAYS.between(enrolledAt, ctx.anchor()));
            double pDone = Math.min(0.8, Math.max(0.03, ageDays / 300.0));
            double pStarted = pDone + (1 - pDone) * 0.55;
            double u = random.nextDouble();
            int n = course.lessons().length;
            if (u >= pStarted) {
                enrolments.row(id, cadre.id(), course.id(), course.versionId(), assignment == null ? null : assignment.id(),
                        due, "NOT_STARTED", enrolledAt, null, null, null, 1L);
                return;
            }
            boolean done = u < pDone;
            int lessonsDone = done ? n : 1 + random.nextInt(n);
            LocalDateTime t = min(enrolledAt.plusDays(random.nextInt((int) Math.min(30, ageDays) + 1))
                    .plusMinutes(random.nextInt(600)));
            List<Object[]> lessonRows = new ArrayList<>();
            for (int l = 0; l < lessonsDone; l++) {
                lessonRows.add(new Object[] {id, course.lessons()[l], t});
                t = min(t.plusMinutes(15 + random.nextInt(60 * 24 * 3)));
            }
            int attemptCount = done ? attemptsToPass() : lessonsDone == n && random.nextInt(10) < 4 ? 1 : 0;
            List<Object[]> attemptRows = new ArrayList<>();
            for (int a = 1; a <= attemptCount; a++) {
                boolean passed = done && a == attemptCount;
                int correct = passed ? 8 + random.nextInt(3) : 3 + random.nextInt(5);
                attemptRows.add(new Object[] {ctx.nextId(), id, a, t, t.plusMinutes(20),
                        t.plusMinutes(5 + random.nextInt(14)), correct, 10, correct * 10, passed, 1L});
                t = min(t.plusMinutes(30 + random.nextInt(60 * 24)));
            }
            String status = !done ? "IN_PROGRESS" : course.practical() ? "AWAITING_PRACTICAL" : "COMPLETED";
            long lastLesson = course.lessons()[Math.min(lessonsDone, n - 1)];
            enrolments.row(id, cadre.id(), course.id(), course.versionId(), assignment == null ? null : assignment.id(),
                    due, status, enrolledAt, lastLesson, t, status.equals("COMPLETED") ? t : null, 1L);
            for (Object[] row : lessonRows) {
                lessons.row(row);
            }
            for (Object[] row : attemptRows) {
                attempts.row(row);
            }
        }

        private int attemptsToPass() {
            int r = random.nextInt(20);
            return r < 15 ? 1 : r < 19 ? 2 : 3;
        }

        private LocalDateTime min(LocalDateTime t) {
            return t.isAfter(latest) ? latest : t;
        }
    }
}
