package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.security.boundary.AccountService;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/** Test-only set-up and reads for AssessmentIT: trainees who finished the online part, extra instructors. */
@ApplicationScoped
@Transactional
public class AssessmentTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /** The first people of a unit with a position, by staff number, who have no account. */
    public List<Long> people(String unitCode, String position, int max) {
        return em.createQuery("select p.id from Person p where p.orgUnit.code = ?1 and p.position = ?2 "
                        + "and not exists (select a.id from Account a where a.person = p) order by p.staffNo", Long.class)
                .setParameter(1, unitCode)
                .setParameter(2, cn.gongzhuling.academy.organization.entity.Position.valueOf(position)).setMaxResults(max).getResultList();
    }

    public Long personOf(String username) {
        return em.createQuery("select a.person.id from Account a where a.username = ?1", Long.class)
                .setParameter(1, username).getSingleResult();
    }

    /** Enrols (if needed) and completes the online part, so the enrolment awaits its practical checks. */
    public Long awaitingPractical(Long personId, String courseCode) {
        Object[] course = em.createQuery("select c.id, v.id from Course c join c.currentVersion v where c.code = ?1",
                Object[].class).setParameter(1, courseCode).getSingleResult();
        LocalDateTime now = LocalDateTime.now().minusDays(3);
        em.createNativeQuery("INSERT INTO enrolment (id, person_id, course_id, course_version_id, status, enrolled_at, "
                        + "version) SELECT nextval('enrolment_seq'), ?1, ?2, ?3, 'NOT_STARTED', ?4, 1 WHERE NOT EXISTS "
                        + "(SELECT 1 FROM enrolment x WHERE x.person_id = ?5 AND x.course_id = ?6)")
                .setParameter(1, personId).setParameter(2, course[0]).setParameter(3, course[1]).setParameter(4, now)
                .setParameter(5, personId).setParameter(6, course[0]).executeUpdate();
        Long enrolment = ((Number) em.createNativeQuery("SELECT id FROM enrolment WHERE person_id = ?1 AND course_id = ?2")
                .setParameter(1, personId).setParameter(2, course[0]).getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at) SELECT ?1, l.id, ?2 "
                        + "FROM lesson l WHERE l.course_version_id = ?3 AND NOT EXISTS (SELECT 1 FROM lesson_progress x "
                        + "WHERE x.enrolment_id = ?4 AND x.lesson_id = l.id)")
                .setParameter(1, enrolment).setParameter(2, now).setParameter(3, course[1]).setParameter(4, enrolment)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO quiz_attempt (id, enrolment_id, attempt_no, started_at, deadline, submitted_at, "
                        + "correct_count, question_count, score_percent, passed, version) SELECT nextval('learning_seq'), ?1, "
                        + "99, ?2, ?3, ?4, 10, 10, 100, TRUE, 1 WHERE NOT EXISTS (SELECT 1 FROM quiz_attempt x "
                        + "WHERE x.enrolment_id = ?5 AND x.attempt_no = 99)")
                .setParameter(1, enrolment).setParameter(2, now).setParameter(3, now.plusMinutes(20))
                .setParameter(4, now.plusMinutes(10)).setParameter(5, enrolment).executeUpdate();
        em.createNativeQuery("UPDATE enrolment SET status = 'AWAITING_PRACTICAL', last_activity_at = ?1 WHERE id = ?2")
                .setParameter(1, now).setParameter(2, enrolment).executeUpdate();
        return enrolment;
    }

    /** An instructor account scoped to a unit (demo mode is on in the test deployment). */
    public void instructor(String username, String unitCode) {
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        OrgUnit unit = em.createQuery("select u from OrgUnit u where u.code = ?1", OrgUnit.class)
                .setParameter(1, unitCode).getSingleResult();
        accounts.createDemoAccount(username, "demo2026".toCharArray(), (Person) null, Role.INSTRUCTOR, unit);
    }

    /** A trainee account for the first person of a unit with a position who has none. */
    public void trainee(String username, String unitCode, String position) {
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        Person person = em.find(Person.class, people(unitCode, position, 1).get(0));
        accounts.createDemoAccount(username, "demo2026".toCharArray(), person, Role.TRAINEE, null);
    }

    public String enrolmentStatus(Long enrolmentId) {
        return em.createNativeQuery("SELECT status FROM enrolment WHERE id = ?1").setParameter(1, enrolmentId)
                .getSingleResult().toString();
    }

    public long count(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    public List<String> historyActions(Long resultId) {
        return em.createQuery("select h.action from GradeChange h where h.resultId = ?1 order by h.id",
                cn.gongzhuling.academy.assessment.entity.GradeChange.Action.class).setParameter(1, resultId)
                .getResultList().stream().map(Enum::name).toList();
    }

    public Long resultOf(Long sessionId, Long enrolmentId) {
        return em.createQuery("select r.id from AssessmentResult r where r.session.id = ?1 and r.enrolmentId = ?2",
                Long.class).setParameter(1, sessionId).setParameter(2, enrolmentId).getSingleResult();
    }

    public long version(Long resultId) {
        return em.createQuery("select r.version from AssessmentResult r where r.id = ?1", Long.class)
                .setParameter(1, resultId).getSingleResult();
    }

    public List<String> itemKeys(String courseCode, String checkKey) {
        return em.createQuery("select i.key from Course c join c.currentVersion v, SkillCheck sc, CheckItem i "
                        + "where sc.courseVersion = v and i.skillCheck = sc and c.code = ?1 and sc.key = ?2 order by i.position",
                String.class).setParameter(1, courseCode).setParameter(2, checkKey).getResultList();
    }

    public List<String> criticalKeys(String courseCode, String checkKey) {
        return em.createQuery("select i.key from Course c join c.currentVersion v, SkillCheck sc, CheckItem i "
                        + "where sc.courseVersion = v and i.skillCheck = sc and c.code = ?1 and sc.key = ?2 "
                        + "and i.critical = ?3 order by i.position", String.class)
                .setParameter(1, courseCode).setParameter(2, checkKey).setParameter(3, true).getResultList();
    }
}
