package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.certification.entity.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Demo certificates, relative to today: the demo trainee holds one expiring soon and one valid;
 * Dongfeng and Jinghua colleagues hold valid, expired and revoked ones, so every status and the
 * reminders can be seen at once. Reminder mail addresses for the trainee and the city organizer.
 */
@ApplicationScoped
public class DemoCertificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    /** Returns how many certificates were created (0 when the courses are not imported). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int seed() {
        LocalDate today = LocalDate.now(clock);
        Long trainee = personOf("trainee");
        List<Long> dongfeng = peopleUnder("DONGFENG", trainee);
        List<Long> jinghua = peopleUnder("JINGHUA", trainee);
        int n = 0;
        n += issue(trainee, "CPR-FA", today.plusDays(25), null);
        n += issue(trainee, "MEDIATION", today.plusDays(700), null);
        if (dongfeng.size() >= 4) {
            n += issue(dongfeng.get(0), "CPR-FA", today.plusDays(420), null);
            n += issue(dongfeng.get(1), "ACTIVE-GOV", today.minusDays(12), null);
            n += issue(dongfeng.get(2), "CPR-FA", today.plusDays(300), "培训签到记录核查不一致，证书撤销待复核。");
            n += issue(dongfeng.get(3), "MEDIATION", today.plusDays(50), null);
        }
        for (int i = 0; i < Math.min(3, jinghua.size()); i++) {
            n += issue(jinghua.get(i), i == 1 ? "ACTIVE-GOV" : "CPR-FA", today.plusDays(200L + 90L * i), null);
        }
        email("trainee", "trainee@example.org");
        email("organizer", "organizer@example.org");
        return n;
    }

    private int issue(Long personId, String courseCode, LocalDate expiresOn, String revokedFor) {
        Course course = em.createQuery("select c from Course c where c.code = :c", Course.class)
                .setParameter("c", courseCode).getResultStream().findFirst().orElse(null);
        if (personId == null || course == null || course.getCurrentVersion() == null) {
            return 0;
        }
        int months = course.getCurrentVersion().getValidityMonths();
        LocalDate issuedOn = expiresOn.plusDays(1).minusMonths(months);
        Certificate c = issuer.create(personId, course.getId(), course.getCurrentVersion(), null, null, issuedOn,
                issuedOn.atTime(10, 30));
        if (revokedFor != null) {
            c.revoke(LocalDateTime.now(clock).minusDays(3), "organizer", revokedFor);
        }
        return 1;
    }

    private Long personOf(String username) {
        List<?> ids = em.createNativeQuery("SELECT person_id FROM account WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return ids.isEmpty() || ids.get(0) == null ? null : ((Number) ids.get(0)).longValue();
    }

    private List<Long> peopleUnder(String unitCode, Long except) {
        return em.createQuery("select p.id from Person p, OrgUnit s where s.code = :c and p.orgUnit.path like "
                        + "concat(s.path, '%') and p.active = true order by p.staffNo", Long.class)
                .setParameter("c", unitCode).setMaxResults(6).getResultList().stream()
                .filter(id -> !id.equals(except)).toList();
    }

    private void email(String username, String address) {
        em.createNativeQuery("INSERT INTO notification_email (account_id, email) SELECT id, ?1 FROM account "
                        + "WHERE username = ?2 AND NOT EXISTS (SELECT 1 FROM notification_email e "
                        + "JOIN account a ON a.id = e.account_id WHERE a.username = ?3)")
                .setParameter(1, address).setParameter(2, username).setParameter(3, username).executeUpdate();
    }
}
