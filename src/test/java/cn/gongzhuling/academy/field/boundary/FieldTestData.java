package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.xapi.boundary.StatementAccepted;
import cn.gongzhuling.academy.xapi.boundary.StatementsAccepted;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Test-only writes and reads for FieldIT: certificates inserted directly (as V5 defines them), and xAPI events fired in a transaction. */
@ApplicationScoped
@Transactional
public class FieldTestData {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StatementsAccepted> statements;

    public long count(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    public Long personId(String staffNo) {
        return em.createQuery("select p.id from Person p where p.staffNo = ?1", Long.class)
                .setParameter(1, staffNo).getSingleResult();
    }

    public String staffNoOfAccount(String username) {
        return em.createQuery("select a.person.staffNo from Account a where a.username = ?1", String.class)
                .setParameter(1, username).getSingleResult();
    }

    /** Another active person of the unit, not the one given. */
    public Long colleague(String unitCode, Long not) {
        return em.createQuery("select p.id from Person p where p.orgUnit.code = ?1 and p.id <> ?2 and p.active = true "
                + "order by p.id", Long.class).setParameter(1, unitCode).setParameter(2, not).setMaxResults(1)
                .getSingleResult();
    }

    /** A certificate of the course's current version, valid from issued through expires. */
    public long certify(Long personId, String courseCode, LocalDate issued, LocalDate expires) {
        Object[] course = em.createQuery("select c.id, c.currentVersion.id from Course c where c.code = ?1", Object[].class)
                .setParameter(1, courseCode).getSingleResult();
        long id = IDS.incrementAndGet();
        em.createNativeQuery("insert into certificate (id, serial_no, verification_code, person_id, course_id, "
                        + "course_version_id, issued_on, expires_on, issued_at, code_hash, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, id).setParameter(2, "TEST-" + id).setParameter(3, "code-" + id)
                .setParameter(10, VerificationCodes.hash("code-" + id))
                .setParameter(4, personId).setParameter(5, course[0]).setParameter(6, course[1])
                .setParameter(7, issued).setParameter(8, expires).setParameter(9, issued.atStartOfDay())
                .executeUpdate();
        return id;
    }

    /** Gives an account an address for notice mail (as the certification feature stores it). */
    public void mailAddress(String username, String email) {
        em.createNativeQuery("insert into notification_email (account_id, email) select id, ?1 from account where username = ?2")
                .setParameter(1, email).setParameter(2, username).executeUpdate();
    }

    /** Records with a photo, then fails in the same transaction (as a later write of it could). */
    public void recordThenFail(FieldRecordService records, FieldDraft draft, byte[] photo) {
        records.record(draft, photo);
        throw new IllegalStateException("a later step of the same transaction failed");
    }

    public void fire(StatementAccepted statement) {
        statements.fire(StatementsAccepted.of(statement));
    }
}
