package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.learning.entity.Enrolment;
import java.util.Optional;

import cn.gongzhuling.academy.learning.control.EnrolmentSql;
import cn.gongzhuling.academy.learning.entity.Assignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * Set-based enrolment: one INSERT ... SELECT per assignment, and one per person when their
 * dashboard loads (people who joined, moved or changed position after the assignment was made).
 * Not a public facade: callers check role and scope first.
 */
@ApplicationScoped
public class Enroller {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompletionTally tally;

    /** Enrols every matching active person; returns how many were newly enrolled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enrol(Assignment assignment, Long courseVersionId, String scopePath, LocalDateTime now) {
        int inserted = em.createNativeQuery(EnrolmentSql.ENROL_ASSIGNMENT)
                .setParameter(1, assignment.getCourseId())
                .setParameter(2, courseVersionId)
                .setParameter(3, assignment.getId())
                .setParameter(4, assignment.getDueDate())
                .setParameter(5, now)
                .setParameter(6, true)
                .setParameter(7, scopePath + "%")
                .setParameter(8, assignment.getCourseId())
                .executeUpdate();
        em.createNativeQuery(EnrolmentSql.ATTACH_ASSIGNMENT)
                .setParameter(1, assignment.getId())
                .setParameter(2, assignment.getDueDate())
                .setParameter(3, assignment.getCourseId())
                .setParameter(4, true)
                .setParameter(5, scopePath + "%")
                .executeUpdate();
        tally.changedBelow(scopePath, assignment.getCourseId());
        return inserted;
    }

    /**
     * Brings one person's enrolments up to date with the active assignments. Its own transaction,
     * so a concurrent reconcile of the same person (unique person+course) cannot spoil the caller's.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int reconcile(Long personId, LocalDateTime now) {
        int inserted = em.createNativeQuery(EnrolmentSql.RECONCILE_PERSON)
                .setParameter(1, now)
                .setParameter(2, true)
                .setParameter(3, personId)
                .setParameter(4, true)
                .setParameter(5, true)
                .executeUpdate();
        if (inserted > 0) {
            tally.changedFor(personId, null);
        }
        return inserted;
    }

    /**
     * Enrols a person in the refresher that renews a certificate: the next cycle of the course, on
     * the course's current version. The caller (certification) has checked that the certificate is
     * theirs and renewable and holds a lock on it, so two presses of "renew" give one refresher.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Long enrolRefresher(Long personId, Long courseId, Long certificateId, LocalDateTime now) {
        Optional<Long> existing = refresherFor(certificateId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Course course = em.find(Course.class, courseId);
        Integer last = em.createQuery("select max(e.refresherCycle) from Enrolment e where e.personId = :p "
                        + "and e.courseId = :c", Integer.class)
                .setParameter("p", personId).setParameter("c", courseId).getSingleResult();
        Enrolment refresher = Enrolment.refresher(personId, courseId, course.getCurrentVersion(), now,
                last == null ? 1 : last + 1, certificateId);
        em.persist(refresher);
        em.flush();
        return refresher.getId();
    }

    /** The refresher enrolment that renews a certificate, if one was started. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> refresherFor(Long certificateId) {
        return em.createQuery("select e.id from Enrolment e where e.renewsCertificateId = :c", Long.class)
                .setParameter("c", certificateId).getResultStream().findFirst();
    }

    /** The certificate an enrolment renews: empty for a first enrolment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> renews(Long enrolmentId) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        return e == null ? Optional.empty() : Optional.ofNullable(e.getRenewsCertificateId());
    }
}
