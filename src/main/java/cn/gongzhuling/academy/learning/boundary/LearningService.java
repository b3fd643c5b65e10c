package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.catalog.entity.Lesson;
import cn.gongzhuling.academy.learning.control.DueOrder;
import cn.gongzhuling.academy.learning.control.EnrolmentSql;
import cn.gongzhuling.academy.learning.control.LearningPath;
import cn.gongzhuling.academy.learning.entity.Enrolment;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trainee's side of learning: dashboard, self-enrolment and the lesson player. A trainee only
 * ever touches their own enrolments; anyone else's id reads as not found.
 */
@ApplicationScoped
@Transactional
public class LearningService {

    private static final Logger LOG = Logger.getLogger(LearningService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CompletionTally tally;

    @Inject
    Enroller enroller;

    @Inject
    Progress progress;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The dashboard in a fixed number of statements whatever the number of enrolments: one
     * reconcile INSERT ... SELECT, one query for the enrolments with titles, one aggregate of lessons
     * done, one of lesson counts per version, one for the courses still open to join.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Dashboard dashboard() {
        Long personId = trainee().personId();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            enroller.reconcile(personId, now);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // A concurrent load of the same dashboard enrolled them first; what it inserted is what we want.
            LOG.log(Level.FINE, "reconcile raced for person " + personId, e);
        }
        return read(personId, now.toLocalDate());
    }

    private Dashboard read(Long personId, LocalDate today) {
        List<Object[]> rows = em.createQuery("select e.id, c.code, v.titleZh, v.titleEn, e.dueDate, e.status, "
                        + "e.enrolledAt, e.lastActivityAt, e.completedAt, l.id, l.titleZh, l.titleEn, e.assignmentId, v.id, "
                        + "e.refresherCycle, v.rules.requiresAllLessons, v.rules.requiresQuiz, v.rules.quizQuestions, "
                        + "v.rules.quizPassPercent, v.rules.requiredChecks, v.rules.refresherLessons, "
                        + "v.rules.refresherQuestions, v.rules.refresherPassPercent, v.rules.refresherChecks "
                        + "from Enrolment e join e.courseVersion v join v.course c left join e.lastLesson l "
                        + "where e.personId = :p", Object[].class)
                .setParameter("p", personId).getResultList();
        Map<Long, Long> done = new HashMap<>();
        em.createQuery("select lp.id.enrolmentId, count(lp) from LessonProgress lp where lp.id.enrolmentId in "
                        + "(select e.id from Enrolment e where e.personId = :p) group by lp.id.enrolmentId", Object[].class)
                .setParameter("p", personId).getResultList()
                .forEach(r -> done.put((Long) r[0], (Long) r[1]));
        Map<Long, Long> lessons = new HashMap<>();
        em.createQuery("select l.courseVersion.id, count(l) from Lesson l where l.courseVersion.id in "
                        + "(select e.courseVersion.id from Enrolment e where e.personId = :p) group by l.courseVersion.id",
                        Object[].class)
                .setParameter("p", personId).getResultList()
                .forEach(r -> lessons.put((Long) r[0], (Long) r[1]));
        List<DashboardRow> open = new ArrayList<>();
        List<DashboardRow> completed = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate due = (LocalDate) r[4];
            EnrolmentStatus status = (EnrolmentStatus) r[5];
            LearningPath path = LearningPath.of(LearningPath.Rules.of((Boolean) r[15], (Boolean) r[16], (Integer) r[17],
                    (Integer) r[18], (String) r[19], (String) r[20], (Integer) r[21], (Integer) r[22], (String) r[23]),
                    (Integer) r[14]);
            int lessonCount = path.isRefresher() ? path.getLessonKeys().size()
                    : lessons.getOrDefault((Long) r[13], 0L).intValue();
            DashboardRow row = new DashboardRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], due, status,
                    (LocalDateTime) r[6], (LocalDateTime) r[7], (LocalDateTime) r[8], (Long) r[9], (String) r[10],
                    (String) r[11], done.getOrDefault((Long) r[0], 0L).intValue(), lessonCount, r[12] != null,
                    status != EnrolmentStatus.COMPLETED && DueOrder.overdue(due, today), path);
            (status == EnrolmentStatus.COMPLETED ? completed : open).add(row);
        }
        open.sort(DueOrder.comparator(today));
        completed.sort(Comparator.comparing(DashboardRow::getCompletedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        DashboardRow resume = open.stream()
                .filter(r -> r.getNext() != DashboardRow.Next.NONE && r.lastActivityAt() != null)
                .max(Comparator.comparingLong(DashboardRow::lastActivity)).orElse(null);
        List<Dashboard.OpenCourse> openCourses = em.createQuery("select c.code, v.titleZh, v.titleEn, v.summaryZh, "
                        + "v.summaryEn from Course c join c.currentVersion v where not exists (select e.id from "
                        + "Enrolment e where e.personId = :p and e.courseId = c.id) order by c.code", Object[].class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> new Dashboard.OpenCourse((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4]))
                .toList();
        return new Dashboard(open, resume, completed, openCourses);
    }

    /** Enrols the caller in the current version of a course; enrolling twice returns the existing enrolment. */
    public Long enrolSelf(String courseCode) {
        Caller caller = trainee();
        Course course = em.createQuery("select c from Course c where c.code = :c", Course.class)
                .setParameter("c", courseCode).getResultStream().findFirst()
                .orElseThrow(NotInScopeException::new);
        if (course.getCurrentVersion() == null) {
            throw new NotInScopeException();
        }
        List<Long> existing = em.createQuery("select e.id from Enrolment e where e.personId = :p and e.courseId = :c",
                        Long.class)
                .setParameter("p", caller.personId()).setParameter("c", course.getId()).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Enrolment enrolment = new Enrolment(caller.personId(), course.getId(), course.getCurrentVersion(),
                LocalDateTime.now(clock));
        em.persist(enrolment);
        em.flush();
        tally.changed(enrolment);
        audit.record("ENROLLED", "Enrolment", enrolment.getId(), courseCode);
        return enrolment.getId();
    }

    /**
     * Opens a lesson of one of the caller's enrolments (the remembered one, or the first, when
     * lessonId is null) and remembers it as the position: a single-row UPDATE.
     */
    public LessonPage openLesson(Long enrolmentId, Long lessonId) {
        Enrolment enrolment = own(enrolmentId);
        Long versionId = enrolment.getCourseVersion().getId();
        LearningPath path = Progress.path(enrolment);
        List<Object[]> outlineRows = em.createQuery("select l.id, l.position, l.titleZh, l.titleEn, l.key from Lesson l "
                        + "where l.courseVersion.id = :v order by l.position", Object[].class)
                .setParameter("v", versionId).getResultList().stream()
                .filter(r -> path.includes((String) r[4])).toList(); // a refresher lists only its lessons
        if (outlineRows.isEmpty()) {
            throw new BusinessException("learn.error.noLessons");
        }
        Long wanted = lessonId;
        if (wanted == null) {
            wanted = enrolment.getLastLesson() != null ? enrolment.getLastLesson().getId() : (Long) outlineRows.get(0)[0];
        }
        int index = -1;
        for (int i = 0; i < outlineRows.size(); i++) {
            if (outlineRows.get(i)[0].equals(wanted)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotInScopeException(); // a lesson of another course (or version) does not exist here
        }
        Set<Long> done = doneLessons(enrolmentId);
        List<LessonPage.Item> outline = outlineRows.stream()
                .map(r -> new LessonPage.Item((Long) r[0], (Integer) r[1], (String) r[2], (String) r[3], done.contains((Long) r[0])))
                .toList();
        LocalDateTime now = LocalDateTime.now(clock);
        if (enrolment.getStatus() == EnrolmentStatus.NOT_STARTED) {
            enrolment.updateStatus(EnrolmentStatus.IN_PROGRESS, now);
            tally.changed(enrolment);
        }
        em.createQuery("update Enrolment e set e.lastLesson = :l, e.lastActivityAt = :now where e.id = :id")
                .setParameter("l", em.getReference(Lesson.class, wanted)).setParameter("now", now)
                .setParameter("id", enrolmentId).executeUpdate();
        Lesson lesson = em.find(Lesson.class, wanted);
        var version = enrolment.getCourseVersion();
        return new LessonPage(enrolmentId, version.getTitleZh(), version.getTitleEn(), lesson, outline,
                index > 0 ? (Long) outlineRows.get(index - 1)[0] : null,
                index < outlineRows.size() - 1 ? (Long) outlineRows.get(index + 1)[0] : null,
                done.contains(wanted), (int) outline.stream().filter(LessonPage.Item::done).count(), index + 1, path);
    }

    /** Marks a lesson done (once; a second click changes nothing) and re-evaluates completion. */
    public EnrolmentStatus completeLesson(Long enrolmentId, Long lessonId) {
        Enrolment enrolment = own(enrolmentId);
        List<String> key = lessonId == null ? List.of() : em.createQuery("select l.key from Lesson l where l.id = :l "
                        + "and l.courseVersion.id = :v", String.class)
                .setParameter("l", lessonId).setParameter("v", enrolment.getCourseVersion().getId()).getResultList();
        if (key.isEmpty() || !Progress.path(enrolment).includes(key.get(0))) {
            throw new NotInScopeException(); // not a lesson of this enrolment's path
        }
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery(EnrolmentSql.COMPLETE_LESSON)
                .setParameter(1, enrolmentId).setParameter(2, lessonId).setParameter(3, now)
                .setParameter(4, enrolmentId).setParameter(5, lessonId)
                .executeUpdate();
        return progress.evaluate(enrolment, now);
    }

    Set<Long> doneLessons(Long enrolmentId) {
        return new HashSet<>(em.createQuery("select lp.id.lessonId from LessonProgress lp where lp.id.enrolmentId = :e",
                Long.class).setParameter("e", enrolmentId).getResultList());
    }

    /** The caller's own enrolment; someone else's (or a missing one) is not found. */
    Enrolment own(Long enrolmentId) {
        Caller caller = trainee();
        Enrolment enrolment = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.getPersonId().equals(caller.personId())) {
            throw new NotInScopeException();
        }
        return enrolment;
    }

    Caller trainee() {
        Caller caller = currentUser.get();
        if (!caller.has(Role.TRAINEE) || caller.personId() == null) {
            throw new NotInScopeException();
        }
        return caller;
    }
}
