package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.learning.boundary.EnrolmentCompleted;
import cn.gongzhuling.academy.learning.entity.Enrolment;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * Test-only set-up for CertificationIT: enrolments completed the way learning completes them (the
 * event fired inside the completing transaction), certificates with chosen dates, and reads.
 */
@ApplicationScoped
@Transactional
public class CertificationTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EnrolmentCompleted> completed;

    @Inject
    CertificateIssuer issuer;

    @Resource
    ManagedExecutorService executor;

    public Long personOfStaffNo(String staffNo) {
        return em.createQuery("select p.id from Person p where p.staffNo = ?1", Long.class)
                .setParameter(1, staffNo).getSingleResult();
    }

    /** The first active person of a unit (by staff number) who has no enrolment in the course yet. */
    public Long freshPerson(String unitCode, String courseCode) {
        return em.createQuery("select p.id from Person p where p.orgUnit.code = ?1 and p.active = true and not exists "
                        + "(select e from Enrolment e, Course c where e.personId = p.id and e.courseId = c.id "
                        + "and c.code = ?2) and not exists (select a from Account a where a.person = p) and not exists "
                        + "(select x from Certificate x, Course c2 where x.personId = p.id and x.courseId = c2.id "
                        + "and c2.code = ?3) "
                        + "order by p.staffNo", Long.class)
                .setParameter(1, unitCode).setParameter(2, courseCode).setParameter(3, courseCode).setMaxResults(1).getSingleResult();
    }

    public Long accountOf(String username) {
        return em.createQuery("select a.id from Account a where a.username = ?1", Long.class)
                .setParameter(1, username).getSingleResult();
    }

    public Long personOfAccount(String username) {
        return em.createQuery("select a.person.id from Account a where a.username = ?1", Long.class)
                .setParameter(1, username).getSingleResult();
    }

    public Long enrol(Long personId, String courseCode) {
        Course course = course(courseCode);
        Enrolment e = new Enrolment(personId, course.getId(), course.getCurrentVersion(), LocalDateTime.now());
        em.persist(e);
        em.flush();
        return e.getId();
    }

    /** Completes an enrolment as Progress does: status, then the event, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(Long enrolmentId, LocalDateTime at) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        e.updateStatus(EnrolmentStatus.COMPLETED, at);
        completed.fire(new EnrolmentCompleted(e.getId(), e.getPersonId(), e.getCourseId(),
                e.getCourseVersion().getId(), at));
    }

    /** Two completion events for one enrolment at the same moment, in two transactions on two threads. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Future<?>> race(CertificationTestData self, Long enrolmentId, LocalDateTime at) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<?> a = executor.submit(() -> {
            start.await();
            self.fireOnly(enrolmentId, at);
            return null;
        });
        Future<?> b = executor.submit(() -> {
            start.await();
            self.fireOnly(enrolmentId, at);
            return null;
        });
        start.countDown();
        return List.of(a, b);
    }

    /** The event alone, as a second observer-triggering completion would send it (on a worker thread: own request context). */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fireOnly(Long enrolmentId, LocalDateTime at) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        completed.fire(new EnrolmentCompleted(e.getId(), e.getPersonId(), e.getCourseId(),
                e.getCourseVersion().getId(), at));
    }

    /** A certificate with a chosen last valid day, as if issued earlier. */
    public Certificate certificate(Long personId, String courseCode, LocalDate expiresOn) {
        Course course = course(courseCode);
        LocalDate issued = expiresOn.plusDays(1).minusMonths(course.getCurrentVersion().getValidityMonths());
        return issuer.create(personId, course.getId(), course.getCurrentVersion(), null, null, issued,
                issued.atTime(9, 0));
    }

    public List<Certificate> certificatesOfEnrolment(Long enrolmentId) {
        return em.createQuery("select c from Certificate c where c.enrolmentId = ?1", Certificate.class)
                .setParameter(1, enrolmentId).getResultList();
    }

    public Certificate find(Long id) {
        Certificate c = em.find(Certificate.class, id);
        em.refresh(c);
        return c;
    }

    public Long previousId(Long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        return c.getPrevious() == null ? null : c.getPrevious().getId();
    }

    public int courseValidity(String courseCode) {
        return course(courseCode).getCurrentVersion().getValidityMonths();
    }

    /** Changes the validity a course version states, as a re-import with another validity would. */
    public void setValidity(String courseCode, int months) {
        em.createNativeQuery("UPDATE course_version SET validity_months = ?1 WHERE id = ?2")
                .setParameter(1, months).setParameter(2, course(courseCode).getCurrentVersion().getId())
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** Notifications of one certificate and kind: [to the holder, to organizers]. */
    public long[] notifications(Long certificateId, String kind) {
        long own = em.createQuery("select count(n) from Notification n where n.certificate.id = ?1 and n.kind = ?2 "
                        + "and n.own = true", Long.class).setParameter(1, certificateId).setParameter(2, kind)
                .getSingleResult();
        long others = em.createQuery("select count(n) from Notification n where n.certificate.id = ?1 and n.kind = ?2 "
                        + "and n.own = false", Long.class).setParameter(1, certificateId).setParameter(2, kind)
                .getSingleResult();
        return new long[] {own, others};
    }

    public long audit(String action, Long entityId) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = ?1 and e.entityId = ?2", Long.class)
                .setParameter(1, action).setParameter(2, entityId).getSingleResult();
    }

    private Course course(String code) {
        return em.createQuery("select c from Course c where c.code = ?1", Course.class).setParameter(1, code)
                .getSingleResult();
    }

    /** The right answers to the questions drawn for an attempt (the server's key; never sent to a browser). */
    public Map<Long, Set<String>> key(Long attemptId) {
        Map<Long, Set<String>> key = new HashMap<>();
        em.createQuery("select q.id, q.trueFalseAnswer from AttemptQuestion aq join aq.question q "
                        + "where aq.attempt.id = ?1", Object[].class).setParameter(1, attemptId).getResultList()
                .forEach(r -> {
                    Set<String> s = key.computeIfAbsent((Long) r[0], k -> new HashSet<>());
                    if (r[1] != null) {
                        s.add(r[1].toString());
                    }
                });
        em.createQuery("select o.question.id, o.key from QuestionOption o, AttemptQuestion aq where aq.attempt.id = ?1 "
                        + "and o.question = aq.question and o.correct = ?2", Object[].class)
                .setParameter(1, attemptId).setParameter(2, true).getResultList()
                .forEach(r -> key.get((Long) r[0]).add((String) r[1]));
        return key;
    }

    /** The id of a lesson (by its key in the course file) of an enrolment's version. */
    public Long lessonId(Long enrolmentId, String lessonKey) {
        return em.createQuery("select l.id from Enrolment e, Lesson l where e.id = ?1 and l.courseVersion = e.courseVersion "
                        + "and l.key = ?2", Long.class).setParameter(1, enrolmentId).setParameter(2, lessonKey)
                .getSingleResult();
    }

    public String enrolmentStatus(Long enrolmentId) {
        return em.createQuery("select e.status from Enrolment e where e.id = ?1", Object.class)
                .setParameter(1, enrolmentId).getSingleResult().toString();
    }

    /** The roster row (result) of an enrolment in a session, and its version for the grading form. */
    public long[] result(Long sessionId, Long enrolmentId) {
        Object[] r = em.createQuery("select r.id, r.version from AssessmentResult r where r.session.id = ?1 "
                        + "and r.enrolmentId = ?2", Object[].class)
                .setParameter(1, sessionId).setParameter(2, enrolmentId).getSingleResult();
        return new long[] {(Long) r[0], (Long) r[1]};
    }

    public List<String> itemKeys(String courseCode, String checkKey) {
        return em.createQuery("select i.key from Course c join c.currentVersion v, SkillCheck sc, CheckItem i "
                        + "where sc.courseVersion = v and i.skillCheck = sc and c.code = ?1 and sc.key = ?2 order by i.position",
                String.class).setParameter(1, courseCode).setParameter(2, checkKey).getResultList();
    }

    public Long personUnit(Long personId) {
        return em.createQuery("select p.orgUnit.id from Person p where p.id = ?1", Long.class)
                .setParameter(1, personId).getSingleResult();
    }
}
