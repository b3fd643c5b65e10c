package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.date;
import static cn.gongzhuling.academy.platform.control.QueryValues.dateTime;

import cn.gongzhuling.academy.certification.boundary.NoticeMailer;
import cn.gongzhuling.academy.certification.boundary.NotificationService;
import cn.gongzhuling.academy.certification.control.CertificatePdf;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.certification.entity.Notification;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The organiser's follow-up lists: overdue courses and certificates that expire within the
 * expiring window or expired in the last {@link #EXPIRED_LOOKBACK_DAYS} days without renewal, in the
 * caller's scope, paged in SQL; and one-click reminders into the holder's in-app notifications
 * (one per item and day, so a double click or a second organiser sends nothing twice; audited),
 * mailed too when the person gave an address and SMTP is configured.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

    public static final String NUDGE_COURSE = "NUDGE_COURSE";
    public static final String NUDGE_RENEW = "NUDGE_RENEW";
    static final int EXPIRED_LOOKBACK_DAYS = 180;

    private static final String OVERDUE_FROM = " from Enrolment e, Person p join p.orgUnit u where e.personId = p.id"
            + " and p.active = :active and e.refresherCycle = 0 and e.dueDate < :today and e.status <> :done"
            + " and u.path like :subtree";
    private static final String EXPIRING_FROM = " from Certificate c, Person p join p.orgUnit u"
            + " where c.personId = p.id and p.active = :active and c.revokedAt is null and u.path like :subtree"
            + " and c.expiresOn <= :horizon and c.expiresOn >= :lookback"
            + " and not exists (select r from Certificate r where r.previous = c and r.revokedAt is null)";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    AppConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    Event<NoticeMailer.Letter> letters;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOverdue(Long unitId) {
        return bindOverdue(em.createQuery("select count(e)" + OVERDUE_FROM, Long.class), unit(unitId))
                .getSingleResult();
    }

    /** Overdue courses, longest overdue first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> overdue(Long unitId, int first, int max) {
        return bindOverdue(em.createQuery("select e.id, p.nameZh, p.nameEn, u.nameZh, u.nameEn,"
                        + " e.courseVersion.titleZh, e.courseVersion.titleEn, e.dueDate, e.status,"
                        + " (select count(a) from Account a where a.person.id = p.id and a.active = :active),"
                        + " (select max(n.createdAt) from Notification n where n.enrolmentId = e.id)" + OVERDUE_FROM
                        + " order by e.dueDate, p.nameZh, e.id", Object[].class), unit(unitId))
                .setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> row(r, ((EnrolmentStatus) r[8]).name())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countExpiring(Long unitId) {
        return bindExpiring(em.createQuery("select count(c)" + EXPIRING_FROM, Long.class), unit(unitId))
                .getSingleResult();
    }

    /** Certificates expiring soon or lately expired and not renewed, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> expiring(Long unitId, int first, int max) {
        LocalDate today = LocalDate.now(clock);
        return bindExpiring(em.createQuery("select c.id, p.nameZh, p.nameEn, u.nameZh, u.nameEn,"
                        + " c.courseVersion.titleZh, c.courseVersion.titleEn, c.expiresOn, c.expiresOn,"
                        + " (select count(a) from Account a where a.person.id = p.id and a.active = :active),"
                        + " (select max(n.createdAt) from Notification n where n.certificate = c)" + EXPIRING_FROM
                        + " order by c.expiresOn, p.nameZh, c.id", Object[].class), unit(unitId))
                .setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> row(r, date(r[8]).isBefore(today) ? "EXPIRED" : "EXPIRING")).toList();
    }

    /** Reminds the person of an overdue course; false when already reminded today or they have no account. */
    public boolean remindOverdue(Long enrolmentId) {
        Object[] r = em.createQuery("select e.personId, u.path, e.dueDate, e.status, e.courseVersion.titleZh,"
                        + " e.courseVersion.titleEn from Enrolment e, Person p"
                        + " join p.orgUnit u where e.id = :id and p.id = e.personId", Object[].class)
                .setParameter("id", enrolmentId).getResultStream().findFirst().orElseThrow(NotInScopeException::new);
        if (!currentUser.get().canManage((String) r[1])) {
            throw new NotInScopeException();
        }
        boolean sent = send((Long) r[0], null, enrolmentId, NUDGE_COURSE, "Enrolment", enrolmentId);
        if (sent) {
            mail((Long) r[0], NUDGE_COURSE, (String) r[4], (String) r[5], (LocalDate) r[2]);
        }
        return sent;
    }

    /** Reminds the holder to renew a certificate; false when already reminded today or they have no account. */
    public boolean remindRenewal(Long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        String path = c == null ? null : em.createQuery("select u.path from Person p join p.orgUnit u where p.id = :p",
                String.class).setParameter("p", c.getPersonId()).getSingleResult();
        if (c == null || !currentUser.get().canManage(path)) {
            throw new NotInScopeException();
        }
        boolean sent = send(c.getPersonId(), c, null, NUDGE_RENEW, "Certificate", certificateId);
        if (sent) {
            mail(c.getPersonId(), NUDGE_RENEW, c.getCourseVersion().getTitleZh(), c.getCourseVersion().getTitleEn(),
                    c.getExpiresOn());
        }
        return sent;
    }

    /** Reminds everyone on the overdue list of the unit not yet reminded today; returns how many. */
    public int remindAllOverdue(Long unitId) {
        int sent = 0;
        long total = countOverdue(unitId);
        for (int first = 0; first < total; first += 500) {
            for (FollowUpRow row : overdue(unitId, first, 500)) {
                if (row.hasAccount() && remindOverdue(row.id())) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(Long personId, Certificate certificate, Long enrolmentId, String kind, String type, Long id) {
        List<Long> accounts = em.createQuery("select a.id from Account a where a.person.id = :p and a.active = :t",
                Long.class).setParameter("p", personId).setParameter("t", true).getResultList();
        if (accounts.isEmpty()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        TypedQuery<Long> today = em.createQuery("select count(n) from Notification n where n.accountId = :a"
                + " and n.kind = :k and n.createdAt >= :since and "
                + (certificate == null ? "n.enrolmentId = :id" : "n.certificate.id = :id"), Long.class);
        boolean already = today.setParameter("a", accounts.get(0)).setParameter("k", kind)
                .setParameter("since", now.toLocalDate().atStartOfDay()).setParameter("id", id).getSingleResult() > 0;
        if (already) {
            return false;
        }
        em.persist(Notification.sentBy(currentUser.get().username(), accounts.get(0), certificate, enrolmentId, kind,
                now));
        audit.record("REMINDER_SENT", type, id, kind);
        return true;
    }

    /**
     * The reminder by mail as well, when the person gave an address: fired as an event that
     * NoticeMailer sends after commit (and only when SMTP is configured).
     */
    private void mail(Long personId, String kind, String titleZh, String titleEn, LocalDate date) {
        em.createQuery("select a.id from Account a where a.person.id = :p and a.active = :t", Long.class)
                .setParameter("p", personId).setParameter("t", true).setMaxResults(1).getResultStream()
                .flatMap(account -> notifications.recipient(account).stream())
                .forEach(to -> {
                    boolean en = "en".equals(to.locale().getLanguage());
                    String course = en ? titleEn : titleZh;
                    String text = Messages.get(to.locale(), NotificationService.textKey(kind, true), course,
                            date == null ? "" : en ? CertificatePdf.en(date) : CertificatePdf.zh(date));
                    letters.fire(new NoticeMailer.Letter(to.email(),
                            Messages.get(to.locale(), "notice.mail.subject." + kind, course),
                            text + "\n\n" + Messages.get(to.locale(), "notice.mail.footer")));
                });
    }

    private OrgUnit unit(Long unitId) {
        return unitId == null ? units.roots().stream().findFirst().orElseThrow(NotInScopeException::new)
                : units.find(unitId);
    }

    private <T> TypedQuery<T> bindOverdue(TypedQuery<T> q, OrgUnit unit) {
        return q.setParameter("active", true).setParameter("today", LocalDate.now(clock))
                .setParameter("done", EnrolmentStatus.COMPLETED).setParameter("subtree", unit.getPath() + "%");
    }

    private <T> TypedQuery<T> bindExpiring(TypedQuery<T> q, OrgUnit unit) {
        LocalDate today = LocalDate.now(clock);
        return q.setParameter("active", true).setParameter("subtree", unit.getPath() + "%")
                .setParameter("horizon", today.plusDays(config.certExpiringDays()))
                .setParameter("lookback", today.minusDays(EXPIRED_LOOKBACK_DAYS));
    }

    private static FollowUpRow row(Object[] r, String status) {
        return new FollowUpRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], date(r[7]), status, ((Number) r[9]).longValue() > 0, dateTime(r[10]));
    }
}
