package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.CertificatePdf;
import cn.gongzhuling.academy.certification.control.Reminder;
import cn.gongzhuling.academy.certification.control.SmtpMailer;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.certification.entity.Notification;
import cn.gongzhuling.academy.platform.boundary.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One reminder pass in one transaction: for each live certificate the most urgent reminder due
 * today, recorded once per certificate and kind (reminder_sent), as notifications to the holder and
 * to every organizer whose scope contains the holder's unit. Returns the mail to send after commit.
 */
@ApplicationScoped
public class ReminderWork {

    /** Expired certificates are reminded of for this many days after expiry, not forever. */
    static final int GRACE_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    /** What one pass did. */
    public record Pass(int reminders, int notifications, List<SmtpMailer.Mail> mail) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Pass remind(LocalDate today, LocalDateTime now) {
        List<Object[]> due = em.createQuery("select c, u.path, p.nameZh, p.nameEn from Certificate c, Person p "
                        + "join p.orgUnit u where p.id = c.personId and c.revokedAt is null and c.expiresOn <= :h "
                        + "and c.expiresOn >= :g and not exists (select n from Certificate n where n.previous = c "
                        + "and n.revokedAt is null)",
                        Object[].class)
                .setParameter("h", today.plusDays(Reminder.horizonDays()))
                .setParameter("g", today.minusDays(GRACE_DAYS)).getResultList();
        int reminders = 0;
        int notifications = 0;
        List<SmtpMailer.Mail> mail = new ArrayList<>();
        for (Object[] row : due) {
            Certificate c = (Certificate) row[0];
            Reminder kind = Reminder.due(c.getExpiresOn(), today).orElse(null);
            if (kind == null || !record(c.getId(), kind, now)) {
                continue;
            }
            reminders++;
            Set<Long> organizers = organizersOf((String) row[1]);
            for (Long account : holderAccounts(c.getPersonId())) {
                organizers.remove(account);
                em.persist(new Notification(account, c, kind.name(), true, now));
                notifications++;
                mailTo(account, c, kind, true, (String) row[2], (String) row[3]).ifPresent(mail::add);
            }
            for (Long account : organizers) {
                em.persist(new Notification(account, c, kind.name(), false, now));
                notifications++;
                mailTo(account, c, kind, false, (String) row[2], (String) row[3]).ifPresent(mail::add);
            }
        }
        return new Pass(reminders, notifications, mail);
    }

    /** Records the reminder; false when some pass (on any node) recorded it before. */
    private boolean record(Long certificateId, Reminder kind, LocalDateTime now) {
        return em.createNativeQuery("INSERT INTO reminder_sent (certificate_id, kind, sent_at) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM reminder_sent WHERE certificate_id = ?4 AND kind = ?5)")
                .setParameter(1, certificateId).setParameter(2, kind.name()).setParameter(3, now)
                .setParameter(4, certificateId).setParameter(5, kind.name()).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<Long> holderAccounts(Long personId) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM account WHERE person_id = ?1 AND active = TRUE")
                .setParameter(1, personId).getResultList()).stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<Long> organizersOf(String unitPath) {
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT g.account_id FROM role_grant g "
                        + "JOIN org_unit s ON s.id = g.scope_unit_id JOIN account a ON a.id = g.account_id "
                        + "WHERE g.role = 'ORGANIZER' AND a.active = TRUE AND ?1 LIKE CONCAT(s.path, '%')")
                .setParameter(1, unitPath).getResultList();
        Set<Long> result = new LinkedHashSet<>();
        ids.forEach(n -> result.add(n.longValue()));
        return result;
    }

    @SuppressWarnings("unchecked")
    private java.util.Optional<SmtpMailer.Mail> mailTo(Long account, Certificate c, Reminder kind, boolean own,
                                                       String nameZh, String nameEn) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.email, a.locale FROM notification_email e "
                        + "JOIN account a ON a.id = e.account_id WHERE e.account_id = ?1")
                .setParameter(1, account).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Locale locale = Messages.supported((String) rows.get(0)[1]);
        boolean en = "en".equals(locale.getLanguage());
        String course = en ? c.getCourseVersion().getTitleEn() : c.getCourseVersion().getTitleZh();
        String date = en ? CertificatePdf.en(c.getExpiresOn()) : CertificatePdf.zh(c.getExpiresOn());
        String text = Messages.get(locale, NotificationService.textKey(kind.name(), own), course, date,
                en ? nameEn : nameZh, c.getSerialNo());
        return java.util.Optional.of(new SmtpMailer.Mail((String) rows.get(0)[0],
                Messages.get(locale, "notice.mail.subject", course), text + "\n\n" + Messages.get(locale,
                "notice.mail.footer")));
    }
}
