package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.certification.boundary.CertificateIssuer;
import cn.gongzhuling.academy.learning.entity.Assignment;
import cn.gongzhuling.academy.platform.entity.AppSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * A year of demo history for the reports, in Hebei and Henan streets (Tiebei keeps the small,
 * hand-made demo the browser tests walk through): course assignments with realistic progress,
 * certificates for those who completed, and twelve months of field work by Hebei's grid workers
 * that grows after their active-governance certification, so the completion, coverage and impact
 * pages have something to show. Deterministic (fixed seeds); seeded once, after the courses.
 */
@ApplicationScoped
public class DemoHistory {

    static final String SEEDED_KEY = "demo.history.seeded";

    /** course, street, months since assigned, months until due (negative: in the past), share completed. */
    private record Plan(String course, String street, int monthsAgo, int dueInMonths, int completedPercent) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("CPR-FA", "HEBEI", 14, -11, 75),
            new Plan("ACTIVE-GOV", "HEBEI", 11, -8, 70),
            new Plan("CPR-FA", "HENAN", 5, 1, 30));

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    /** Returns true when this call seeded (the courses must be imported first). */
    @Transactional
    public boolean seedOnce() {
        if (em.find(AppSetting.class, SEEDED_KEY, LockModeType.PESSIMISTIC_WRITE) != null
                || course("CPR-FA") == null || course("ACTIVE-GOV") == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        for (Plan plan : PLANS) {
            seed(plan, today);
        }
        fieldWork(today);
        em.persist(new AppSetting(SEEDED_KEY, LocalDateTime.now(clock).toString()));
        return true;
    }

    private void seed(Plan plan, LocalDate today) {
        Course course = course(plan.course());
        Object[] street = em.createQuery("select u.id, u.path from OrgUnit u where u.code = :c", Object[].class)
                .setParameter("c", plan.street()).getSingleResult();
        LocalDate assigned = today.minusMonths(plan.monthsAgo());
        LocalDate due = today.plusMonths(plan.dueInMonths());
        Assignment assignment = new Assignment(course.getId(), (Long) street[0], List.of(), due,
                assigned.atTime(9, 0), "organizer");
        em.persist(assignment);
        em.flush();
        List<Long> lessons = em.createQuery("select l.id from Lesson l where l.courseVersion = :v order by l.position",
                Long.class).setParameter("v", course.getCurrentVersion()).getResultList();
        for (Long person : cadres((String) street[1], course.getId())) {
            Random r = new Random(person * 31 + course.getId());
            int roll = r.nextInt(100);
            String status = roll < plan.completedPercent() ? "COMPLETED"
                    : roll < plan.completedPercent() + (100 - plan.completedPercent()) / 2 ? "IN_PROGRESS" : "NOT_STARTED";
            long span = Math.max(1, ChronoUnit.DAYS.between(assigned.plusDays(10), today.minusDays(2)));
            LocalDate done = assigned.plusDays(10 + r.nextInt((int) Math.min(span, 300)));
            Long enrolment = ((Number) em.createNativeQuery("select nextval('enrolment_seq')").getSingleResult())
                    .longValue();
            em.createNativeQuery("insert into enrolment (id, person_id, course_id, course_version_id, assignment_id,"
                            + " due_date, status, enrolled_at, last_activity_at, completed_at, refresher_cycle, version)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, 1)")
                    .setParameter(1, enrolment).setParameter(2, person).setParameter(3, course.getId())
                    .setParameter(4, course.getCurrentVersion().getId()).setParameter(5, assignment.getId())
                    .setParameter(6, due).setParameter(7, status).setParameter(8, assigned.atTime(9, 0))
                    .setParameter(9, "NOT_STARTED".equals(status) ? null : done.atTime(20, 0))
                    .setParameter(10, "COMPLETED".equals(status) ? done.atTime(20, 0) : null)
                    .executeUpdate();
            int read = "COMPLETED".equals(status) ? lessons.size()
                    : "IN_PROGRESS".equals(status) ? 1 + r.nextInt(Math.max(1, lessons.size() - 1)) : 0;
            for (int i = 0; i < read; i++) {
                em.createNativeQuery("insert into lesson_progress (enrolment_id, lesson_id, completed_at)"
                                + " values (?1, ?2, ?3)").setParameter(1, enrolment).setParameter(2, lessons.get(i))
                        .setParameter(3, done.minusDays(read - i).atTime(19, 0)).executeUpdate();
            }
            if ("COMPLETED".equals(status)) {
                issuer.create(person, course.getId(), course.getCurrentVersion(), enrolment, null, done,
                        done.atTime(20, 0));
            }
        }
    }

    /** Hebei's grid workers: visits and problems per month, more and faster after certification. */
    private void fieldWork(LocalDate today) {
        List<Object[]> workers = em.createNativeQuery("select p.id, u.id, u.path, (select min(c.issued_on) from"
                        + " certificate c join course co on co.id = c.course_id where c.person_id = p.id"
                        + " and co.code = 'ACTIVE-GOV') from person p join org_unit u on u.id = p.org_unit_id"
                        + " join org_unit s on u.path like concat(s.path, '%') where s.code = 'HEBEI'"
                        + " and u.level = 'GRID' and p.active = true and p.position = 'GRID_WORKER' order by p.id")
                .getResultList().stream().map(o -> (Object[]) o).toList();
        for (Object[] w : workers) {
            Long person = ((Number) w[0]).longValue();
            LocalDate certified = w[3] == null ? null : ((java.sql.Date) w[3]).toLocalDate();
            Random r = new Random(person * 7919);
            for (int m = 12; m >= 0; m--) {
                LocalDate month = today.minusMonths(m).withDayOfMonth(1);
                boolean after = certified != null && month.isAfter(certified);
                int visits = (after ? 5 : 3) + r.nextInt(3);
                int problems = (after ? 2 : 1) + r.nextInt(2);
                for (int i = 0; i < visits + problems; i++) {
                    LocalDateTime at = month.plusDays(r.nextInt(27)).atTime(9 + r.nextInt(8), r.nextInt(60));
                    if (!at.toLocalDate().isBefore(today)) {
                        continue;
                    }
                    boolean problem = i >= visits;
                    boolean resolved = problem && r.nextInt(100) < (after ? 80 : 55);
                    int days = after ? 2 + r.nextInt(8) : 6 + r.nextInt(15);
                    LocalDate closed = at.toLocalDate().plusDays(days);
                    insertRecord(person, ((Number) w[1]).longValue(), (String) w[2], at, problem,
                            resolved && closed.isBefore(today) ? closed : null, certified != null && !at.toLocalDate()
                                    .isBefore(certified));
                }
            }
        }
    }

    private void insertRecord(Long person, Long grid, String path, LocalDateTime at, boolean problem,
                              LocalDate closed, boolean certified) {
        Long id = ((Number) em.createNativeQuery("select nextval('field_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into field_record (id, kind, person_id, grid_id, grid_path, occurred_at, place,"
                        + " problem_category, handling_level, problem_status, started_on, closed_on, source, recorded_at,"
                        + " recorded_by, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'FORM', ?13,"
                        + " 'demo', 1)")
                .setParameter(1, id).setParameter(2, problem ? "PROBLEM_FOUND" : "HOUSEHOLD_VISIT")
                .setParameter(3, person).setParameter(4, grid).setParameter(5, path).setParameter(6, at)
                .setParameter(7, problem ? "楼道堆放杂物" : "入户走访")
                .setParameter(8, problem ? "SAFETY" : null).setParameter(9, problem ? "GRID" : null)
                .setParameter(10, problem ? (closed != null ? "RESOLVED" : "IN_PROGRESS") : null)
                .setParameter(11, problem ? at.toLocalDate() : null).setParameter(12, closed)
                .setParameter(13, at.plusHours(1)).executeUpdate();
        em.createNativeQuery("insert into field_record_skill (record_id, skill_code, certified) values (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, "ACTIVE_GOVERNANCE").setParameter(3, certified).executeUpdate();
    }

    private List<Long> cadres(String streetPath, Long courseId) {
        return em.createQuery("select p.id from Person p join p.orgUnit u where u.path like :s and p.active = :t"
                        + " and p.position not in :staff and not exists (select a from Account a where a.person = p)"
                        + " and not exists (select e from Enrolment e where e.personId = p.id and e.courseId = :c)"
                        + " order by p.id", Long.class)
                .setParameter("s", streetPath + "%").setParameter("t", true).setParameter("c", courseId)
                .setParameter("staff", List.of(cn.gongzhuling.academy.organization.entity.Position.TRAINER,
                        cn.gongzhuling.academy.organization.entity.Position.TRAINING_OFFICER))
                .getResultList();
    }

    private Course course(String code) {
        return em.createQuery("select c from Course c where c.code = :c", Course.class).setParameter("c", code)
                .getResultStream().findFirst().filter(c -> c.getCurrentVersion() != null).orElse(null);
    }
}
