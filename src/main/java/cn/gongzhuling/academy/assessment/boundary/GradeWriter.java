package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.control.CheckRule;
import cn.gongzhuling.academy.assessment.control.Snapshot;
import cn.gongzhuling.academy.assessment.entity.AssessmentResult;
import cn.gongzhuling.academy.assessment.entity.GradeChange;
import cn.gongzhuling.academy.assessment.entity.ItemGrade;
import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import cn.gongzhuling.academy.catalog.entity.CheckItem;
import cn.gongzhuling.academy.catalog.entity.RubricLevel;
import cn.gongzhuling.academy.catalog.entity.Scoring;
import cn.gongzhuling.academy.catalog.entity.SkillCheck;
import cn.gongzhuling.academy.learning.boundary.Progress;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes grades in one transaction each: the result, its items, the grade history row and (after a
 * final sign-off) the course's completion. Refuses a form loaded at another version than the
 * stored one; a concurrent writer that passed the same check fails at flush on the version column.
 */
@ApplicationScoped
@Transactional
public class GradeWriter {

    /** What a post of the grading screen asks for. */
    public enum Operation { SAVE_DRAFT, SIGN, AMEND }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    GradeHistory history;

    @Inject
    Progress progress;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Returns the result's new version. */
    public long write(Long resultId, long expectedVersion, GradeForm form, Operation operation, String reason) {
        Caller caller = currentUser.get();
        AssessmentResult result = gradable(resultId);
        if (result.getVersion() != expectedVersion) {
            throw new StaleResultException();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String before = snapshot(result);
        ResultStatus status = result.getStatus();
        GradeChange.Action action;
        String why = null;
        switch (operation) {
            case SAVE_DRAFT -> {
                requireStatus(status, ResultStatus.DRAFT);
                apply(result, form);
                action = GradeChange.Action.DRAFT_SAVED;
            }
            case SIGN -> {
                if (status == ResultStatus.SIGNED) {
                    throw new BusinessException("assess.error.alreadySigned");
                }
                if (status == ResultStatus.ABSENT) {
                    throw new BusinessException("assess.error.absent");
                }
                if (status == ResultStatus.AWAITING_SECOND && caller.username().equals(result.getFirstSignedBy())) {
                    throw new BusinessException("assess.error.sameAssessor");
                }
                CheckRule.Outcome outcome = apply(result, form);
                if (!outcome.complete()) {
                    throw new BusinessException("assess.error.incomplete", outcome.ungraded().size());
                }
                if (status == ResultStatus.DRAFT) {
                    result.signFirst(caller.username(), now, result.getSkillCheck().isSecondAssessor());
                    action = GradeChange.Action.SIGNED;
                } else {
                    result.signSecond(caller.username(), now);
                    action = GradeChange.Action.SECOND_SIGNED;
                }
            }
            case AMEND -> {
                requireStatus(status, ResultStatus.SIGNED);
                why = reason == null ? "" : reason.strip();
                if (why.isEmpty()) {
                    throw new BusinessException("assess.error.reasonRequired");
                }
                if (why.length() > GradeChange.REASON_MAX) {
                    throw new BusinessException("assess.error.tooLong", GradeChange.REASON_MAX);
                }
                CheckRule.Outcome outcome = apply(result, form);
                if (!outcome.complete()) {
                    throw new BusinessException("assess.error.incomplete", outcome.ungraded().size());
                }
                action = GradeChange.Action.AMENDED;
            }
            default -> throw new IllegalArgumentException(operation.name());
        }
        String after = snapshot(result);
        if (operation == Operation.SAVE_DRAFT && after.equals(before)) {
            return result.getVersion(); // nothing changed: no history row, no new version
        }
        if (operation == Operation.AMEND && after.equals(before)) {
            throw new BusinessException("assess.error.nothingChanged");
        }
        result.touch(caller.username(), now);
        em.lock(result, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        history.append(result.getId(), action, before, after, why);
        em.flush(); // a concurrent change surfaces here, inside this method, as an OptimisticLockException
        if (result.getStatus() == ResultStatus.SIGNED) {
            progress.evaluate(result.getEnrolmentId(), now);
            audit.record("ASSESSMENT_" + action.name(), "AssessmentResult", result.getId(),
                    result.getCheckKey() + " #" + result.getAttemptNo() + (Boolean.TRUE.equals(result.getPassed()) ? " pass" : " fail"));
        }
        return result.getVersion();
    }

    /** Closes a roster entry whose trainee did not come; they stay in the queue for a later session. */
    public void markAbsent(Long resultId, long expectedVersion) {
        AssessmentResult result = gradable(resultId);
        if (result.getVersion() != expectedVersion) {
            throw new StaleResultException();
        }
        requireStatus(result.getStatus(), ResultStatus.DRAFT);
        String before = snapshot(result);
        result.markAbsent();
        result.touch(currentUser.get().username(), LocalDateTime.now(clock));
        em.lock(result, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        history.append(result.getId(), GradeChange.Action.ABSENT, before, snapshot(result), null);
        em.flush();
    }

    /** A result of a trainee in the caller's instructor scope; any other reads as not found. */
    AssessmentResult gradable(Long resultId) {
        AssessmentResult result = resultId == null ? null : em.find(AssessmentResult.class, resultId);
        if (result == null) {
            throw new NotInScopeException();
        }
        String path = em.createQuery("select p.orgUnit.path from Person p where p.id = :p", String.class)
                .setParameter("p", result.getPersonId()).getSingleResult();
        if (!InstructorScope.covers(currentUser.get(), path)) {
            throw new NotInScopeException();
        }
        return result;
    }

    private static void requireStatus(ResultStatus actual, ResultStatus wanted) {
        if (actual != wanted) {
            throw new BusinessException(actual == ResultStatus.ABSENT ? "assess.error.absent"
                    : actual == ResultStatus.DRAFT ? "assess.error.notSigned" : "assess.error.locked");
        }
    }

    private CheckRule.Outcome apply(AssessmentResult result, GradeForm form) {
        SkillCheck check = result.getSkillCheck();
        CheckRule rule = rule(check);
        Set<String> keys = check.getItems().stream().map(CheckItem::getKey).collect(Collectors.toSet());
        for (String key : union(form)) {
            if (!keys.contains(key)) {
                throw new BusinessException("assess.error.badItem");
            }
        }
        Map<String, CheckRule.Grade> grades = new HashMap<>();
        boolean rubric = check.getScoring() == Scoring.RUBRIC;
        boolean wrongKind = (rubric ? form.getDone() : form.getLevels()).values().stream().anyMatch(v -> v != null);
        if (wrongKind) {
            throw new BusinessException("assess.error.badGrade");
        }
        for (CheckItem item : check.getItems()) {
            CheckRule.Grade grade = rubric
                    ? new CheckRule.Grade(null, form.getLevels().get(item.getKey()))
                    : new CheckRule.Grade(form.getDone().get(item.getKey()), null);
            if (!rule.accepts(grade)) {
                throw new BusinessException("assess.error.badGrade");
            }
            String comment = clean(form.getComments().get(item.getKey()), ItemGrade.COMMENT_MAX);
            result.item(item.getKey()).set(grade.done(), grade.level(), comment);
            grades.put(item.getKey(), grade);
        }
        result.setOverallComment(clean(form.getOverall(), AssessmentResult.COMMENT_MAX));
        CheckRule.Outcome outcome = rule.score(grades);
        result.score(outcome.complete() ? outcome.passed() : null, outcome.points(), outcome.maxPoints());
        return outcome;
    }

    private static Set<String> union(GradeForm form) {
        Set<String> all = new java.util.HashSet<>(form.getDone().keySet());
        all.addAll(form.getLevels().keySet());
        all.addAll(form.getComments().keySet());
        return all;
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new BusinessException("assess.error.tooLong", max);
        }
        return t;
    }

    static CheckRule rule(SkillCheck check) {
        List<CheckRule.Item> items = check.getItems().stream()
                .map(i -> new CheckRule.Item(i.getKey(), i.isCritical(), i.getPoints())).toList();
        if (check.getScoring() == Scoring.RUBRIC) {
            return CheckRule.rubric(check.getPassMinPercent(), check.isAllCritical(),
                    check.getLevels().stream().map(RubricLevel::getValue).toList(), check.getCriticalMinLevel(), items);
        }
        return CheckRule.checklist(check.getPassMinPercent(), check.isAllCritical(), items);
    }

    static String snapshot(AssessmentResult result) {
        Map<String, ItemGrade> byKey = result.getItems().stream()
                .collect(Collectors.toMap(ItemGrade::getItemKey, g -> g, (a, b) -> a));
        List<Snapshot.Line> lines = result.getSkillCheck().getItems().stream().map(i -> {
            ItemGrade g = byKey.get(i.getKey());
            return g == null ? new Snapshot.Line(i.getKey(), CheckRule.Grade.NONE, null)
                    : new Snapshot.Line(i.getKey(), new CheckRule.Grade(g.getDone(), g.getLevel()), g.getComment());
        }).toList();
        return Snapshot.describe(result.getStatus().name(), result.getPassed(), result.getPoints(),
                result.getMaxPoints(), lines, result.getOverallComment());
    }
}
