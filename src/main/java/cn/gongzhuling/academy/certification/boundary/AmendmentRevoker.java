package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.learning.boundary.CompletionWithdrawn;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * When an instructor amends a signed practical result from pass to fail and the enrolment is no
 * longer complete, the certificate that completion produced is revoked with the reason "assessment
 * amended", audited, in the amending transaction: verification then says revoked. A certificate
 * already revoked stays as it is. (One certificate per enrolment: a later passing retake of the
 * same enrolment does not issue a new one; an organiser decides.)
 */
@ApplicationScoped
public class AmendmentRevoker {

    /** Stored as the revocation reason; organisers see it in the list and the audit log. */
    public static final String REASON = "考核结果更正为未通过 / assessment amended";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Event<CertificationChanged> certificationChanged;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onWithdrawn(@Observes CompletionWithdrawn event) {
        em.createQuery("select c from Certificate c where c.enrolmentId = :e", Certificate.class)
                .setParameter("e", event.enrolmentId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(c -> !c.isRevoked()).forEach(c -> {
                    String by = currentUser.isLoggedIn() ? currentUser.getUsername() : AuditLog.SYSTEM;
                    c.revoke(event.at(), by, REASON);
                    audit.record(CertificationService.AUDIT_REVOKED, "Certificate", c.getId(),
                            c.getSerialNo() + ": " + REASON);
                    certificationChanged.fire(new CertificationChanged(c.getPersonId()));
                });
    }
}
