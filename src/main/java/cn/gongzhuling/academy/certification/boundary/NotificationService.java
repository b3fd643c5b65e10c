package cn.gongzhuling.academy.certification.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.date;
import static cn.gongzhuling.academy.platform.control.QueryValues.dateTime;

import cn.gongzhuling.academy.certification.entity.Notification;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * In-app notifications: the caller's own (the bell in the top bar and the list behind it), and
 * notices other features send about their things (field tasks).
 */
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
        List<NoticeRow> rows = em.createQuery("select n.id, n.kind, n.own, n.createdAt, n.readAt, coalesce(c.expiresOn, e.dueDate),"
                        + " p.nameZh, p.nameEn, coalesce(v.titleZh, ev.titleZh), coalesce(v.titleEn, ev.titleEn),"
                        + " c.serialNo, c.id from Notification n left join n.certificate c left join c.courseVersion v"
                        + " left join Enrolment e on e.id = n.enrolmentId left join e.courseVersion ev, Person p"
                        + " where p.id = coalesce(c.personId, e.personId) and n.accountId = :a"
                        + " order by n.createdAt desc, n.id desc", Object[].class)
                .setParameter("a", caller.accountId()).setMaxResults(max).getResultList().stream()
                .map(r -> new NoticeRow((Long) r[0], (String) r[1], (Boolean) r[2], (LocalDateTime) r[3], r[4] != null,
                        date(r[5]), (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                        (String) r[10], (Long) r[11]))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<NoticeRow> tasks = taskNotices(caller.accountId(), max);
        if (tasks.isEmpty()) {
            return rows;
        }
        rows.addAll(tasks);
        rows.sort(Comparator.comparing(NoticeRow::createdAt).thenComparing(NoticeRow::id).reversed());
        return rows.size() > max ? List.copyOf(rows.subList(0, max)) : rows;
    }

    /** Notices about field tasks (in SQL: the task is the field feature's table, not an entity of ours). */
    @SuppressWarnings("unchecked")
    private List<NoticeRow> taskNotices(Long accountId, int max) {
        List<Object[]> found = em.createNativeQuery("SELECT n.id, n.kind, n.own, n.created_at, n.read_at, t.flagged_on,"
                        + " p.name_zh, p.name_en, t.title, t.skill_code, t.id FROM notification n"
                        + " JOIN field_task t ON t.id = n.field_task_id LEFT JOIN person p ON p.id = t.assignee_id"
                        + " WHERE n.account_id = ?1 ORDER BY n.created_at DESC, n.id DESC")
                .setParameter(1, accountId).setMaxResults(max).getResultList();
        return found.stream().map(r -> new NoticeRow(((Number) r[0]).longValue(), (String) r[1], (Boolean) r[2],
                dateTime(r[3]), r[4] != null, r[5] == null ? dateTime(r[3]).toLocalDate() : date(r[5]), (String) r[6], (String) r[7], (String) r[8], (String) r[8],
                (String) r[9], null, ((Number) r[10]).longValue())).toList();
    }

    /** Someone to mail a notice to: the address they gave and the language of their account. */
    public record Recipient(Long accountId, String email, Locale locale) {
    }

    /**
     * Notifies these accounts about a field task (kind e.g. TASK_FLAGGED), in the caller's
     * transaction; returns those of them who gave an address for mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Recipient> notifyAboutTask(Long taskId, String kind, Collection<Long> accountIds, LocalDateTime now) {
        List<Recipient> mail = new ArrayList<>();
        for (Long account : new LinkedHashSet<>(accountIds)) {
            em.persist(Notification.aboutTask(account, taskId, kind, now));
            recipient(account).ifPresent(mail::add);
        }
        return mail;
    }

    /** The address an account gave for reminder mail, with its language; empty when it gave none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public java.util.Optional<Recipient> recipient(Long accountId) {
        List<Object[]> address = em.createNativeQuery("SELECT e.email, a.locale FROM notification_email e "
                + "JOIN account a ON a.id = e.account_id WHERE e.account_id = ?1").setParameter(1, accountId)
                .getResultList();
        return address.stream().findFirst().map(a -> new Recipient(accountId, (String) a[0],
                Messages.supported((String) a[1])));
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
