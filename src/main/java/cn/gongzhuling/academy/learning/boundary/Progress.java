package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.assessment.boundary.CheckResults;
import cn.gongzhuling.academy.catalog.entity.CourseRules;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.learning.control.LearningPath;
import cn.gongzhuling.academy.learning.entity.Enrolment;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/** Re-evaluates an enrolment's completion rule on the server after each progress event. */
@ApplicationScoped
public class Progress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EnrolmentCompleted> completed;

    @Inject
    CompletionTally tally;

    @Inject
    Event<CompletionWithdrawn> withdrawn;

    @Inject
    CheckResults checks;

    /** What an enrolment has to do: the whole course, or the refresher path for a refresher. */
    public static LearningPath path(CourseVersion version, int refresherCycle) {
        CourseRules r = version.getRules();
        return LearningPath.of(new LearningPath.Rules(r.isRequiresAllLessons(), r.isRequiresQuiz(),
                r.getQuizQuestions(), r.getQuizPassPercent(), version.requiredCheckKeys(), r.getRefresherLessonKeys(),
                r.getRefresherQuestions(), r.getRefresherPassPercent(), r.getRefresherCheckKeys()), refresherCycle);
    }

    /**
     * JPQL for the comma-joined check keys an enrolment (alias e, its version v) must pass: the
     * refresher's for a refresher of a course with a refresher block, else the course's. Mirrors
     * {@link LearningPath#of} for queries that select over many enrolments (the grading queue).
     */
    public static String requiredChecksJpql(String e, String v) {
        return "case when " + e + ".refresherCycle > 0 and (" + v + ".rules.refresherLessons <> '' or " + v
                + ".rules.refresherChecks <> '' or " + v + ".rules.refresherQuestions > 0) then " + v
                + ".rules.refresherChecks else " + v + ".rules.requiredChecks end";
    }

    public static LearningPath path(Enrolment enrolment) {
        return path(enrolment.getCourseVersion(), enrolment.getRefresherCycle());
    }

    /** Lessons of the enrolment's path that the trainee completed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lessonsDone(Enrolment enrolment) {
        LearningPath path = path(enrolment);
        if (!path.isRefresher()) {
            return em.createQuery("select count(lp) from LessonProgress lp where lp.id.enrolmentId = :e", Long.class)
                    .setParameter("e", enrolment.getId()).getSingleResult();
        }
        if (path.getLessonKeys().isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(lp) from LessonProgress lp, Lesson l where lp.id.enrolmentId = :e "
                        + "and l.id = lp.id.lessonId and l.key in :keys", Long.class)
                .setParameter("e", enrolment.getId()).setParameter("keys", path.getLessonKeys()).getSingleResult();
    }

    /** Lessons on the enrolment's path: the version's, or the refresher's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lessonCount(Enrolment enrolment) {
        LearningPath path = path(enrolment);
        if (path.isRefresher()) {
            return path.getLessonKeys().size();
        }
        return em.createQuery("select count(l) from Lesson l where l.courseVersion.id = :v", Long.class)
                .setParameter("v", enrolment.getCourseVersion().getId()).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean quizPassed(Long enrolmentId) {
        return em.createQuery("select count(a) from QuizAttempt a where a.enrolment.id = :e and a.passed = :t",
                        Long.class)
                .setParameter("e", enrolmentId).setParameter("t", true).getSingleResult() > 0;
    }

    /** For other features (assessment after a sign-off): re-evaluates an enrolment by id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EnrolmentStatus evaluate(Long enrolmentId, LocalDateTime now) {
        return evaluate(em.find(Enrolment.class, enrolmentId), now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EnrolmentStatus evaluate(Enrolment enrolment, LocalDateTime now) {
        LearningPath path = path(enrolment);
        EnrolmentStatus status = path.completionRule().evaluate((int) lessonsDone(enrolment),
                (int) lessonCount(enrolment), quizPassed(enrolment.getId()),
                checks.passedChecks(enrolment.getId(), path.getCheckKeys()), true);
        if (status != enrolment.getStatus()) {
            boolean completion = status == EnrolmentStatus.COMPLETED && enrolment.getCompletedAt() == null;
            boolean withdrawal = enrolment.getStatus() == EnrolmentStatus.COMPLETED;
            enrolment.updateStatus(status, now);
            tally.changed(enrolment);
            if (withdrawal) {
                withdrawn.fire(new CompletionWithdrawn(enrolment.getId(), enrolment.getPersonId(),
                        enrolment.getCourseId(), now));
            }
            if (completion) {
                completed.fire(new EnrolmentCompleted(enrolment.getId(), enrolment.getPersonId(),
                        enrolment.getCourseId(), enrolment.getCourseVersion().getId(), enrolment.getCompletedAt()));
            }
        }
        return status;
    }
}
