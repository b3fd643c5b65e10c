package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.certification.control.StatusRule;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.learning.boundary.Enroller;
import cn.gongzhuling.academy.learning.boundary.EnrolmentCompleted;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Issues the certificate of a completed enrolment, inside the transaction that completed it. One
 * valid certificate per enrolment: the enrolment row is locked first, so a second completion event
 * (or a racing one in another transaction, which waits for the lock) finds the certificate and
 * issues nothing. An enrolment whose certificates were all revoked (an amended practical result
 * withdrew its completion) gets a new one when it completes again.
 */
@ApplicationScoped
public class CertificateIssuer {

    public static final String AUDIT_ISSUED = "CERT_ISSUED";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Enroller enroller;

    @Inject
    AuditLog audit;

    @Inject
    Event<CertificationChanged> certificationChanged;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCompleted(@Observes EnrolmentCompleted event) {
        issue(event.enrolmentId(), event.personId(), event.courseId(), event.courseVersionId(), event.completedAt());
    }

    /** The certificate of the enrolment: issued now, or the one issued before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(Long enrolmentId, Long personId, Long courseId, Long courseVersionId,
                             LocalDateTime completedAt) {
        em.createNativeQuery("SELECT id FROM enrolment WHERE id = ?1 FOR UPDATE").setParameter(1, enrolmentId)
                .getResultList();
        Optional<Certificate> existing = em.createQuery("select c from Certificate c where c.enrolmentId = :e"
                        + " and c.revokedAt is null", Certificate.class)
                .setParameter("e", enrolmentId).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Certificate previous = enroller.renews(enrolmentId).map(id -> em.find(Certificate.class, id)).orElse(null);
        return create(personId, courseId, em.find(CourseVersion.class, courseVersionId), enrolmentId, previous,
                completedAt.toLocalDate(), completedAt);
    }

    /**
     * A new certificate. Validity comes from the course version now and is stored: a later change of
     * the course's validity never touches it. A renewal earned before the previous certificate ran
     * out continues from the day after it, so renewing early costs no validity.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate create(Long personId, Long courseId, CourseVersion version, Long enrolmentId,
                              Certificate previous, LocalDate issuedOn, LocalDateTime issuedAt) {
        LocalDate validFrom = issuedOn;
        if (previous != null && !previous.getExpiresOn().isBefore(issuedOn)) {
            validFrom = previous.getExpiresOn().plusDays(1);
        }
        LocalDate expiresOn = StatusRule.expiry(validFrom, version.getValidityMonths());
        String code = VerificationCodes.generate();
        Certificate certificate = new Certificate("pending-" + code.substring(0, 24), code,
                VerificationCodes.hash(code), personId, courseId, version, enrolmentId, previous, issuedOn, expiresOn,
                issuedAt);
        if (enrolmentId != null) {
            certificate.numberIssue(1 + em.createQuery("select count(c) from Certificate c where c.enrolmentId = :e",
                    Long.class).setParameter("e", enrolmentId).getSingleResult().intValue());
        }
        em.persist(certificate);
        certificate.numberSerial(VerificationCodes.serial(config.certSerialPrefix(), version.getCourse().getCode(),
                issuedOn.getYear(), certificate.getId()));
        em.flush();
        audit.record(AUDIT_ISSUED, "Certificate", certificate.getId(), certificate.getSerialNo());
        certificationChanged.fire(new CertificationChanged(personId));
        return certificate;
    }
}
