package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.assessment.boundary.CheckResults;
import cn.gongzhuling.academy.catalog.entity.CourseRules;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.learning.control.CompletionRule;
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
    CheckResults checks;

    public static CompletionRule rule(CourseVersion version) {
        CourseRules r = version.getRules();
        return new CompletionRule(r.isRequiresAllLessons(), r.isRequiresQuiz(), version.requiredCheckKeys().size());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long lessonsDone(Long enrolmentId) {
        return em.createQuery("select count(lp) from LessonProgress lp where lp.id.enrolmentId = :e", Long.class)
                .setParameter("e", enrolmentId).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long lessonCount(Long courseVersionId) {
        return em.createQuery("select count(l) from Lesson l where l.courseVersion.id = :v", Long.class)
                .setParameter("v", courseVersionId).getSingleResult();
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
        CourseVersion version = enrolment.getCourseVersion();
        EnrolmentStatus status = rule(version).evaluate((int) lessonsDone(enrolment.getId()),
                (int) lessonCount(version.getId()), quizPassed(enrolment.getId()),
                checks.passedChecks(enrolment.getId(), version.requiredCheckKeys()), true);
        if (status != enrolment.getStatus()) {
            boolean firstCompletion = status == EnrolmentStatus.COMPLETED && enrolment.getCompletedAt() == null;
            enrolment.updateStatus(status, now);
            if (firstCompletion) {
                completed.fire(new EnrolmentCompleted(enrolment.getId(), enrolment.getPersonId(),
                        enrolment.getCourseId(), enrolment.getCourseVersion().getId(), enrolment.getCompletedAt()));
            }
        }
        return status;
    }
}
