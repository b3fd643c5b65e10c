package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.CertificateStatus;
import cn.gongzhuling.academy.certification.control.StatusRule;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.learning.boundary.Enroller;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Certificates for their holders (my certificates, renewal) and for organizers (the scoped list,
 * revocation). Status is computed against the injected clock; nothing stores it.
 */
@ApplicationScoped
@Transactional
public class CertificationService {

    public static final String AUDIT_REVOKED = "CERT_REVOKED";
    public static final String AUDIT_RENEWAL = "CERT_RENEWAL_STARTED";

    private static final String SELECT = "select c.id, c.version, c.serialNo, c.verificationCode, p.id, p.staffNo, "
            + "p.nameZh, p.nameEn, u.nameZh, u.nameEn, co.code, v.titleZh, v.titleEn, c.issuedOn, c.expiresOn, "
            + "c.revokedAt, c.revokeReason, "
            + "(select count(n) from Certificate n where n.previous = c and n.revokedAt is null), "
            + "(select max(e.id) from Enrolment e where e.renewsCertificateId = c.id) ";
    private static final String FROM = "from Certificate c join c.courseVersion v join v.course co, Person p "
            + "join p.orgUnit u where p.id = c.personId";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<CertificationChanged> certificationChanged;

    @Inject
    AppConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Enroller enroller;

    @Inject
    Clock clock;

    public StatusRule rule() {
        return new StatusRule(config.certExpiringDays());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CertificateStatus status(Certificate c) {
        return rule().status(c.getExpiresOn(), c.isRevoked(), today());
    }

    /** The caller's own certificates, newest first (renewed ones too: the history of a skill). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateRow> mine() {
        Caller caller = holder();
        TypedQuery<Object[]> q = em.createQuery(SELECT + FROM + " and p.id = :me order by c.issuedOn desc, c.id desc",
                Object[].class).setParameter("me", caller.personId()).setMaxResults(200);
        return rows(q.getResultList());
    }

    /** One of the caller's own certificates; anyone else's reads as not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate own(Long id) {
        Caller caller = holder();
        Certificate c = id == null ? null : em.find(Certificate.class, id);
        if (c == null || !c.getPersonId().equals(caller.personId())) {
            throw new NotInScopeException();
        }
        return c;
    }

    /** Organizer list: certificates of people in the caller's scope, filtered, one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateRow> list(CertificateFilter filter, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Object[]> q = em.createQuery(SELECT + FROM + where + " order by c.expiresOn, c.id", Object[].class);
        params.forEach(q::setParameter);
        return rows(q.setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CertificateFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> q = em.createQuery("select count(c) " + FROM + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Revokes a certificate of someone in the caller's scope, with a reason, audited. */
    public void revoke(Long id, long expectedVersion, String reason) {
        Caller caller = organizer();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("cert.error.reasonRequired");
        }
        if (text.length() > Certificate.REASON_MAX) {
            throw new BusinessException("cert.error.reasonTooLong", Certificate.REASON_MAX);
        }
        Certificate c = id == null ? null : em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !caller.canManage(holderPath(c.getPersonId()))) {
            throw new NotInScopeException();
        }
        if (c.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        if (c.isRevoked()) {
            throw new BusinessException("cert.error.alreadyRevoked");
        }
        c.revoke(LocalDateTime.now(clock), caller.username(), text);
        audit.record(AUDIT_REVOKED, "Certificate", c.getId(), c.getSerialNo() + ": " + text);
        certificationChanged.fire(new CertificationChanged(c.getPersonId()));
    }

    /**
     * Starts the refresher that renews one of the caller's certificates: open inside the expiring
     * window and after expiry. Pressing twice gives the same refresher.
     */
    public Long startRenewal(Long id) {
        Caller caller = holder();
        Certificate c = id == null ? null : em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.getPersonId().equals(caller.personId())) {
            throw new NotInScopeException();
        }
        var started = enroller.refresherFor(c.getId());
        if (started.isPresent()) {
            return started.get();
        }
        if (!status(c).renewable()) {
            throw new BusinessException("cert.error.notRenewable");
        }
        if (renewed(c)) {
            throw new BusinessException("cert.error.alreadyRenewed");
        }
        Long enrolmentId = enroller.enrolRefresher(c.getPersonId(), c.getCourseId(), c.getId(),
                LocalDateTime.now(clock));
        audit.record(AUDIT_RENEWAL, "Certificate", c.getId(), c.getSerialNo());
        return enrolmentId;
    }

    /** Whether a certificate renewed this one (a revoked renewal does not count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean renewed(Certificate c) {
        return em.createQuery("select count(n) from Certificate n where n.previous = :c and n.revokedAt is null",
                        Long.class)
                .setParameter("c", c).getSingleResult() > 0;
    }

    String holderPath(Long personId) {
        return em.createQuery("select u.path from Person p join p.orgUnit u where p.id = :p", String.class)
                .setParameter("p", personId).getResultStream().findFirst().orElse(null);
    }

    private String where(CertificateFilter filter, Map<String, Object> params) {
        Caller caller = organizer();
        StringBuilder sb = new StringBuilder();
        List<String> scopes = caller.scopes(Role.ORGANIZER);
        if (!scopes.contains("/")) {
            sb.append(" and (");
            if (scopes.isEmpty()) {
                sb.append("1 = 0");
            }
            for (int i = 0; i < scopes.size(); i++) {
                sb.append(i == 0 ? "" : " or ").append("u.path like :scope").append(i);
                params.put("scope" + i, scopes.get(i) + "%");
            }
            sb.append(')');
        }
        if (filter == null) {
            return sb.toString();
        }
        if (filter.getUnitId() != null) {
            String path = em.createQuery("select u.path from OrgUnit u where u.id = :id", String.class)
                    .setParameter("id", filter.getUnitId()).getResultStream().findFirst().orElse(null);
            if (path == null || !caller.canManage(path)) {
                throw new NotInScopeException();
            }
            sb.append(" and u.path like :subtree");
            params.put("subtree", path + "%");
        }
        if (filter.getCourseCode() != null) {
            sb.append(" and co.code = :course");
            params.put("course", filter.getCourseCode());
        }
        if (filter.getStatus() != null) {
            LocalDate today = today();
            LocalDate windowEnd = today.plusDays(rule().windowDays());
            switch (filter.getStatus()) {
                case REVOKED -> sb.append(" and c.revokedAt is not null");
                case EXPIRED -> {
                    sb.append(" and c.revokedAt is null and c.expiresOn < :today");
                    params.put("today", today);
                }
                case EXPIRING -> {
                    sb.append(" and c.revokedAt is null and c.expiresOn >= :today and c.expiresOn <= :windowEnd");
                    params.put("today", today);
                    params.put("windowEnd", windowEnd);
                }
                case VALID -> {
                    sb.append(" and c.revokedAt is null and c.expiresOn > :windowEnd");
                    params.put("windowEnd", windowEnd);
                }
            }
        }
        return sb.toString();
    }

    private List<CertificateRow> rows(List<Object[]> result) {
        StatusRule rule = rule();
        LocalDate today = today();
        List<CertificateRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            LocalDate expires = (LocalDate) r[14];
            CertificateStatus status = rule.status(expires, r[15] != null, today);
            rows.add(new CertificateRow((Long) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (Long) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12], (LocalDate) r[13], expires, status,
                    (String) r[16], ((Number) r[17]).longValue() > 0, (Long) r[18]));
        }
        return rows;
    }

    private Caller holder() {
        Caller caller = currentUser.get();
        if (!caller.isAuthenticated() || caller.personId() == null) {
            throw new NotInScopeException();
        }
        return caller;
    }

    private Caller organizer() {
        Caller caller = currentUser.get();
        if (!caller.has(Role.ORGANIZER) && !caller.isAdmin()) {
            throw new NotInScopeException();
        }
        return caller;
    }
}
