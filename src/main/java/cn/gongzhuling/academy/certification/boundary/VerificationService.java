package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.NameMask;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import cn.gongzhuling.academy.certification.entity.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public check of a certificate by its code, without login. A look-up goes by the SHA-256 of
 * the code, so its time does not depend on how much of a guess was right; a client over the limit
 * and an unknown code get the same empty answer after the same work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VerificationService {

    private static final Logger LOG = Logger.getLogger(VerificationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    VerifyThrottle throttle;

    @Inject
    CertificationService certificates;

    public Optional<Verification> verify(String code, String clientKey) {
        boolean allowed;
        try {
            allowed = throttle.allow(clientKey == null ? "?" : clientKey);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // Two first look-ups from one address raced to create its counter: count this one as over.
            LOG.log(Level.FINE, "verify throttle raced", e);
            allowed = false;
        }
        String hash = VerificationCodes.hash(VerificationCodes.wellFormed(code) ? code : "-");
        Optional<Certificate> found = em.createQuery("select c from Certificate c where c.codeHash = :h",
                        Certificate.class)
                .setParameter("h", hash).getResultStream().findFirst();
        if (!allowed || found.isEmpty()) {
            return Optional.empty();
        }
        Certificate c = found.get();
        Object[] person = em.createQuery("select p.nameZh, p.nameEn from Person p where p.id = :p", Object[].class)
                .setParameter("p", c.getPersonId()).getSingleResult();
        return Optional.of(new Verification(NameMask.mask((String) person[0]), c.getSerialNo(),
                c.getCourseVersion().getTitleZh(), c.getCourseVersion().getTitleEn(), c.getIssuedOn(),
                c.getExpiresOn(), certificates.status(c),
                c.getRevokedAt() == null ? null : c.getRevokedAt().toLocalDate()));
    }
}
