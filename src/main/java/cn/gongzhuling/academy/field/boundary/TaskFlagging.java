package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.certification.boundary.NoticeMailer;
import cn.gongzhuling.academy.certification.boundary.NotificationService;
import cn.gongzhuling.academy.certification.boundary.SkillCertificates;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.field.entity.TaskStatus;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The check of open field tasks against their assignees' certificates: a task whose assignee no
 * longer holds a valid certificate for its skill is flagged for reassignment, and the task's creator
 * and every organiser whose scope covers its grid are told in-app (and by mail when SMTP is
 * configured), once per flagging: a flagged task is not checked again until it is reassigned.
 */
@ApplicationScoped
@Transactional
public class TaskFlagging {

    /** The notification kind (bundle keys notice.other.TASK_FLAGGED, notice.mail.TASK_FLAGGED). */
    public static final String NOTICE = "TASK_FLAGGED";

    @PersistenceContext
    EntityManager em;

    @Inject
    SkillCertificates certificates;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    AppConfig config;

    /** What a check did: tasks newly flagged, notices written, and the mail to send after commit. */
    public record Flagged(int tasks, int notices, List<NoticeMailer.Letter> mail) {
    }

    /** Flags the tasks that lapsed on the day; notices carry the time now. */
    public Flagged flag(LocalDate day, LocalDateTime now) {
        List<FieldTask> open = em.createQuery("select t from FieldTask t join fetch t.assignee where t.status = :s "
                + "and t.flaggedOn is null", FieldTask.class).setParameter("s", TaskStatus.OPEN).getResultList();
        Map<String, List<FieldTask>> bySkill = new HashMap<>();
        open.forEach(t -> bySkill.computeIfAbsent(t.getSkillCode(), k -> new ArrayList<>()).add(t));
        List<FieldTask> lapsed = new ArrayList<>();
        for (Map.Entry<String, List<FieldTask>> e : bySkill.entrySet()) {
            Set<Long> holders = certificates.holders(e.getKey(), day,
                    e.getValue().stream().map(t -> t.getAssignee().getId()).distinct().toList());
            e.getValue().stream().filter(t -> !holders.contains(t.getAssignee().getId())).forEach(lapsed::add);
        }
        int notices = 0;
        List<NoticeMailer.Letter> mail = new ArrayList<>();
        for (FieldTask task : lapsed) {
            task.flag(day);
            audit.record("TASK_FLAGGED", "FieldTask", task.getId(), task.getAssignee().getStaffNo() + " "
                    + task.getSkillCode() + " not valid on " + day);
            Set<Long> accounts = managers(task);
            notices += accounts.size();
            for (NotificationService.Recipient r : notifications.notifyAboutTask(task.getId(), NOTICE, accounts, now)) {
                mail.add(letter(r, task, day));
            }
        }
        return new Flagged(lapsed.size(), notices, mail);
    }

    /** The task's creator and the active organisers whose scope contains its grid. */
    @SuppressWarnings("unchecked")
    private Set<Long> managers(FieldTask task) {
        Set<Long> accounts = new LinkedHashSet<>();
        ((List<Number>) em.createNativeQuery("SELECT id FROM account WHERE username = ?1 AND active = TRUE")
                .setParameter(1, task.getCreatedBy()).getResultList()).forEach(n -> accounts.add(n.longValue()));
        ((List<Number>) em.createNativeQuery("SELECT DISTINCT g.account_id FROM role_grant g "
                        + "JOIN org_unit s ON s.id = g.scope_unit_id JOIN account a ON a.id = g.account_id "
                        + "WHERE g.role = 'ORGANIZER' AND a.active = TRUE AND ?1 LIKE CONCAT(s.path, '%') "
                        + "ORDER BY g.account_id")
                .setParameter(1, task.getGridPath()).getResultList()).forEach(n -> accounts.add(n.longValue()));
        return accounts;
    }

    private NoticeMailer.Letter letter(NotificationService.Recipient to, FieldTask task, LocalDate day) {
        Locale locale = to.locale();
        boolean en = "en".equals(locale.getLanguage());
        String text = Messages.get(locale, NotificationService.textKey(NOTICE, false), task.getTitle(),
                UserLocale.formatDate(locale, day),
                en ? task.getAssignee().getNameEn() : task.getAssignee().getNameZh(),
                Messages.get(locale, "field.skill." + task.getSkillCode()));
        String link = config.publicUrl() + "field/tasks.xhtml#flag-" + task.getId();
        return new NoticeMailer.Letter(to.email(), Messages.get(locale, "notice.mail.subject." + NOTICE, task.getTitle()),
                text + "\n\n" + link + "\n\n" + Messages.get(locale, "notice.mail.footer"));
    }
}
