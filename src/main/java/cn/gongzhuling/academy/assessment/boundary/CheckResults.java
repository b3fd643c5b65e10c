package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;

/** What the completion rule of a course needs to know from assessment: which required checks are passed. */
@ApplicationScoped
public class CheckResults {

    @PersistenceContext
    EntityManager em;

    /** How many of these checks the enrolment passed with a fully signed-off result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int passedChecks(Long enrolmentId, Collection<String> checkKeys) {
        if (checkKeys.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(distinct r.checkKey) from AssessmentResult r where r.enrolmentId = :e "
                        + "and r.checkKey in :keys and r.status = :signed and r.passed = :yes", Long.class)
                .setParameter("e", enrolmentId).setParameter("keys", checkKeys)
                .setParameter("signed", ResultStatus.SIGNED).setParameter("yes", true)
                .getSingleResult().intValue();
    }
}
