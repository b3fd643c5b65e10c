package cn.gongzhuling.academy.certification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A lease on a scheduled job in the database: one UPDATE takes it only when it has run out (or this
 * node holds it), so when several nodes wake up at once exactly one runs the job.
 */
@ApplicationScoped
public class JobLease {

    /** This node: process name plus a random part, fresh for every start. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, LocalDateTime now, Duration length) {
        return em.createNativeQuery("UPDATE job_lease SET holder = ?1, leased_until = ?2 WHERE job_name = ?3 "
                        + "AND (leased_until < ?4 OR holder = ?5)")
                .setParameter(1, holder).setParameter(2, now.plus(length)).setParameter(3, job)
                .setParameter(4, now).setParameter(5, holder)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder, LocalDateTime now) {
        em.createNativeQuery("UPDATE job_lease SET leased_until = ?1 WHERE job_name = ?2 AND holder = ?3")
                .setParameter(1, now).setParameter(2, job).setParameter(3, holder).executeUpdate();
    }
}
