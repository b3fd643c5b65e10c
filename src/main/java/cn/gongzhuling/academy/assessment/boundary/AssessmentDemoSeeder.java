package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.control.CheckRule;
import cn.gongzhuling.academy.assessment.entity.AssessmentResult;
import cn.gongzhuling.academy.assessment.entity.AssessmentSession;
import cn.gongzhuling.academy.assessment.entity.GradeChange;
import cn.gongzhuling.academy.catalog.entity.CheckItem;
import cn.gongzhuling.academy.catalog.entity.Scoring;
import cn.gongzhuling.academy.catalog.entity.SkillCheck;
import cn.gongzhuling.academy.organization.entity.Position;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo data for practical checks, seeded once after the courses are imported: eight social and grid
 * workers of Dongfeng Community have done the CPR course online. Six passed choking relief and teach-back
 * last week and are on today's CPR-with-AED session (one of them retaking it after a failed
 * critical item); two are still waiting for all three checks in the instructor's queue.
 */
@ApplicationScoped
public class AssessmentDemoSeeder {

    public static final String SEEDED_KEY = "demo.assessment.seeded";
    static final String COURSE = "CPR-FA";
    static final String INSTRUCTOR = "instructor";
    private static final Logger LOG = Logger.getLogger(AssessmentDemoSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Returns true when this call seeded. */
    @Transactional
    public boolean seedOnce() {
        if (em.find(AppSetting.class, SEEDED_KEY, LockModeType.PESSIMISTIC_WRITE) != null) {
            return false;
        }
        List<Object[]> course = em.createQuery("select c.id, v.id from Course c join c.currentVersion v where c.code = :c",
                Object[].class).setParameter("c", COURSE).getResultList();
        String dongfeng = em.createQuery("select u.path from OrgUnit u where u.code = :c", String.class)
                .setParameter("c", "DONGFENG").getResultStream().findFirst().orElse("-");
        List<Long> people = em.createQuery("select p.id from Person p where p.orgUnit.path like :path "
                        + "and p.position in :positions and p.active = :t "
                        + "and not exists (select a.id from Account a where a.person = p) order by p.position desc, p.staffNo",
                        Long.class)
                .setParameter("path", dongfeng + "%").setParameter("t", true)
                .setParameter("positions", List.of(Position.SOCIAL_WORKER, Position.GRID_WORKER))
                .setMaxResults(8).getResultList();
        Long scopeUnit = em.createQuery("select g.scope.id from RoleGrant g where g.account.username = :u", Long.class)
                .setParameter("u", INSTRUCTOR).getResultStream().findFirst().orElse(null);
        if (course.isEmpty() || people.size() < 8 || scopeUnit == null) {
            LOG.warning("Demo assessment data not seeded: CPR course, Dongfeng social workers or the instructor missing.");
            return false;
        }
        Long courseId = (Long) course.get(0)[0];
        Long versionId = (Long) course.get(0)[1];
        Map<String, SkillCheck> checks = new HashMap<>();
        em.createQuery("select sc from SkillCheck sc where sc.courseVersion.id = :v", SkillCheck.class)
                .setParameter("v", versionId).getResultList().forEach(sc -> checks.put(sc.getKey(), sc));
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        AssessmentSession lastWeek = session(courseId, "choking-relief", today.minusDays(7), scopeUnit, now.minusDays(10));
        AssessmentSession teachBack = session(courseId, "teach-back", today.minusDays(6), scopeUnit, now.minusDays(10));
        AssessmentSession cprLastWeek = session(courseId, "adult-cpr-aed", today.minusDays(5), scopeUnit, now.minusDays(10));
        AssessmentSession cprToday = session(courseId, "adult-cpr-aed", today, scopeUnit, now.minusDays(2));
        for (int i = 0; i < people.size(); i++) {
            Long enrolment = onlinePartDone(people.get(i), courseId, versionId, now.minusDays(20 - i));
            if (i >= 6) {
                continue; // waiting in the queue for all three checks
            }
            signed(lastWeek, enrolment, people.get(i), checks.get("choking-relief"), 1, true, null);
            signed(teachBack, enrolment, people.get(i), checks.get("teach-back"), 1, true, null);
            int attempt = 1;
            if (i == 5) {
                signed(cprLastWeek, enrolment, people.get(i), checks.get("adult-cpr-aed"), 1, false, "compression-depth");
                attempt = 2;
            }
            AssessmentResult draft = new AssessmentResult(cprToday, enrolment, people.get(i), checks.get("adult-cpr-aed"),
                    attempt, now.minusDays(2));
            em.persist(draft);
            em.flush();
            em.persist(new GradeChange(draft.getId(), now.minusDays(2), INSTRUCTOR, GradeChange.Action.ROSTERED, null,
                    "DRAFT", null));
        }
        em.persist(new AppSetting(SEEDED_KEY, now.toString()));
        return true;
    }

    private AssessmentSession session(Long courseId, String check, LocalDate date, Long scopeUnit, LocalDateTime created) {
        AssessmentSession s = new AssessmentSession(courseId, check, date, "东风社区党群服务中心二楼培训室", scopeUnit,
                INSTRUCTOR, created);
        em.persist(s);
        return s;
    }

    /** Enrols, marks every lesson done and records a passed quiz, as the learning pages would have. */
    private Long onlinePartDone(Long personId, Long courseId, Long versionId, LocalDateTime enrolledAt) {
        em.createNativeQuery("INSERT INTO enrolment (id, person_id, course_id, course_version_id, status, enrolled_at, "
                        + "last_activity_at, version) VALUES (nextval('enrolment_seq'), ?1, ?2, ?3, 'AWAITING_PRACTICAL', ?4, ?5, 1)")
                .setParameter(1, personId).setParameter(2, courseId).setParameter(3, versionId)
                .setParameter(4, enrolledAt).setParameter(5, enrolledAt.plusDays(3)).executeUpdate();
        Long enrolment = ((Number) em.createNativeQuery("SELECT id FROM enrolment WHERE person_id = ?1 AND course_id = ?2")
                .setParameter(1, personId).setParameter(2, courseId).getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at) "
                        + "SELECT ?1, l.id, ?2 FROM lesson l WHERE l.course_version_id = ?3")
                .setParameter(1, enrolment).setParameter(2, enrolledAt.plusDays(2)).setParameter(3, versionId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO quiz_attempt (id, enrolment_id, attempt_no, started_at, deadline, submitted_at, "
                        + "correct_count, question_count, score_percent, passed, version) "
                        + "VALUES (nextval('learning_seq'), ?1, 1, ?2, ?3, ?4, 9, 10, 90, TRUE, 1)")
                .setParameter(1, enrolment).setParameter(2, enrolledAt.plusDays(3))
                .setParameter(3, enrolledAt.plusDays(3).plusMinutes(20))
                .setParameter(4, enrolledAt.plusDays(3).plusMinutes(14)).executeUpdate();
        return enrolment;
    }

    /** A signed attempt: every item done (or at the top level), or one critical item failed. */
    private void signed(AssessmentSession session, Long enrolment, Long person, SkillCheck check, int attempt,
                        boolean pass, String failedItem) {
        LocalDateTime at = session.getDate().atTime(10, 30);
        AssessmentResult r = new AssessmentResult(session, enrolment, person, check, attempt, at.minusDays(2));
        em.persist(r);
        Map<String, CheckRule.Grade> grades = new HashMap<>();
        int top = check.getLevels().stream().mapToInt(l -> l.getValue()).max().orElse(0);
        for (CheckItem item : check.getItems()) {
            boolean ok = !item.getKey().equals(failedItem);
            CheckRule.Grade g = check.getScoring() == Scoring.RUBRIC ? new CheckRule.Grade(null, ok ? top : 0)
                    : new CheckRule.Grade(ok, null);
            r.item(item.getKey()).set(g.done(), g.level(), ok ? null : "按压深度约 4 厘米，反馈屏显示不足 5 厘米的按压占 60%。");
            grades.put(item.getKey(), g);
        }
        r.setOverallComment(pass ? "操作规范，表现良好。" : "关键项目未达标，请加强按压深度练习后参加补考。");
        CheckRule.Outcome o = GradeWriter.rule(check).score(grades);
        r.score(o.passed(), o.points(), o.maxPoints());
        r.signFirst(INSTRUCTOR, at, false);
        r.touch(INSTRUCTOR, at);
        em.flush();
        em.persist(new GradeChange(r.getId(), at.minusDays(2), INSTRUCTOR, GradeChange.Action.ROSTERED, null, "DRAFT", null));
        em.persist(new GradeChange(r.getId(), at, INSTRUCTOR, GradeChange.Action.SIGNED, "DRAFT",
                GradeWriter.snapshot(r), null));
    }
}
