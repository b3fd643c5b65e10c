package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The caller's own in-app notifications: the bell in the top bar and the list behind it. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Bundle key of a notification's text: notice.own.D30, notice.other.EXPIRED, ... */
    public static String textKey(String kind, boolean own) {
        return "notice." + (own ? "own." : "other.") + kind;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        Caller caller = currentUser.get();
        if (caller.accountId() == null) {
            return 0;
        }
        return em.createQuery("select count(n) from Notification n where n.accountId = :a and n.readAt is null",
                Long.class).setParameter("a", caller.accountId()).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeRow> mine(int max) {
        Caller caller = currentUser.get();
        if (caller.accountId() == null) {
            return List.of();
        }
        // A notice is about a certificate (expiry) or an enrolment (an overdue course): both sides are outer joins.
        return em.createQuery("select n.id, n.kind, n.own, n.createdAt, n.readAt, coalesce(c.expiresOn, e.dueDate),"
                        + " p.nameZh, p.nameEn, coalesce(v.titleZh, ev.titleZh), coalesce(v.titleEn, ev.titleEn),"
                        + " c.serialNo, c.id from Notification n left join n.certificate c left join c.courseVersion v"
                        + " left join Enrolment e on e.id = n.enrolmentId left join e.courseVersion ev, Person p"
                        + " where p.id = coalesce(c.personId, e.personId) and n.accountId = :a"
                        + " order by n.createdAt desc, n.id desc", Object[].class)
                .setParameter("a", caller.accountId()).setMaxResults(max).getResultList().stream()
                .map(r -> new NoticeRow((Long) r[0], (String) r[1], (Boolean) r[2], (LocalDateTime) r[3], r[4] != null,
                        date(r[5]), (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                        (String) r[10], (Long) r[11]))
                .toList();
    }

    /** coalesce() over two date columns comes back from EclipseLink as java.sql.Date. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Marks every notification of the caller read; returns how many were unread. */
    public int markAllRead() {
        Caller caller = currentUser.get();
        if (caller.accountId() == null) {
            return 0;
        }
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1 "
                        + "where n.accountId = :a and n.readAt is null")
                .setParameter("now", LocalDateTime.now(clock)).setParameter("a", caller.accountId()).executeUpdate();
    }
}
