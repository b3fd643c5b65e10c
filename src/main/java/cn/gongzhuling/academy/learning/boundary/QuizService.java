package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseRules;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.Question;
import cn.gongzhuling.academy.catalog.entity.QuestionOption;
import cn.gongzhuling.academy.catalog.entity.QuestionType;
import cn.gongzhuling.academy.learning.control.LearningPath;
import cn.gongzhuling.academy.learning.control.QuizDraw;
import cn.gongzhuling.academy.learning.control.QuizScorer;
import cn.gongzhuling.academy.learning.entity.AttemptAnswer;
import cn.gongzhuling.academy.learning.entity.AttemptQuestion;
import cn.gongzhuling.academy.learning.entity.Enrolment;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.learning.entity.QuizAttempt;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quiz attempts of the caller's own enrolments. Questions are drawn and scored here; the answer
 * key reaches the browser only in the result of a submitted attempt.
 */
@ApplicationScoped
@Transactional
public class QuizService {

    /** Submits arriving this long after the deadline are still accepted (slow phone networks). */
    public static final int GRACE_SECONDS = 30;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    Progress progress;

    @Inject
    AuditLog audit;

    @Inject
    QuizSheets sheets;

    @Inject
    Clock clock;

    public QuizOverview overview(Long enrolmentId) {
        Enrolment enrolment = learning.own(enrolmentId);
        CourseVersion version = enrolment.getCourseVersion();
        CourseRules rules = version.getRules();
        LearningPath path = Progress.path(enrolment);
        LocalDateTime now = LocalDateTime.now(clock);
        List<QuizAttempt> attempts = attempts(enrolmentId);
        Long open = attempts.stream().filter(a -> isOpen(a, now)).map(QuizAttempt::getId).findFirst().orElse(null);
        boolean passed = attempts.stream().anyMatch(QuizAttempt::isPassedAttempt);
        return new QuizOverview(enrolmentId, version.getTitleZh(), version.getTitleEn(), path.getQuizQuestions(),
                path.getQuizPassPercent(), rules.getQuizMaxAttempts(), rules.getQuizTimeLimitMinutes(), attempts, open,
                passed, open != null ? null : blocked(enrolment, attempts, passed), path.isRefresher());
    }

    /** Starts an attempt, or returns the one still open. Refused beyond the attempt limit, after a pass, or before the lessons. */
    public Long start(Long enrolmentId) {
        Enrolment enrolment = learning.own(enrolmentId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<QuizAttempt> attempts = attempts(enrolmentId);
        for (QuizAttempt a : attempts) {
            if (isOpen(a, now)) {
                return a.getId();
            }
        }
        String blocked = blocked(enrolment, attempts, attempts.stream().anyMatch(QuizAttempt::isPassedAttempt));
        if (blocked != null) {
            throw new BusinessException(blocked, enrolment.getCourseVersion().getRules().getQuizMaxAttempts());
        }
        CourseVersion version = enrolment.getCourseVersion();
        CourseRules rules = version.getRules();
        LearningPath path = Progress.path(enrolment);
        Map<Long, List<Long>> bank = new LinkedHashMap<>();
        em.createQuery("select q.id, o.id from Question q left join q.options o where q.courseVersion.id = :v "
                        + "order by q.position, o.position", Object[].class)
                .setParameter("v", version.getId()).getResultList()
                .forEach(r -> {
                    List<Long> options = bank.computeIfAbsent((Long) r[0], k -> new ArrayList<>());
                    if (r[1] != null) {
                        options.add((Long) r[1]);
                    }
                });
        List<QuizDraw.Drawn> drawn = QuizDraw.draw(bank.entrySet().stream()
                .map(e -> new QuizDraw.BankQuestion(e.getKey(), e.getValue())).toList(), path.getQuizQuestions(), random);
        QuizAttempt attempt = new QuizAttempt(enrolment, attempts.size() + 1, now,
                now.plusMinutes(rules.getQuizTimeLimitMinutes()), drawn.size());
        int position = 0;
        for (QuizDraw.Drawn d : drawn) {
            attempt.getQuestions().add(new AttemptQuestion(attempt, em.getReference(Question.class, d.questionId()),
                    ++position, QuizDraw.join(d.optionOrder())));
        }
        em.persist(attempt);
        progress.evaluate(enrolment, now);
        try {
            em.flush(); // (enrolment, attempt_no) is unique: a second concurrent start cannot exceed the limit
        } catch (PersistenceException e) {
            throw new BusinessException("quiz.error.concurrent");
        }
        audit.record("QUIZ_STARTED", "QuizAttempt", attempt.getId(), "attempt " + attempt.getAttemptNo());
        return attempt.getId();
    }

    /**
     * Scores and stores an attempt's answers (question id to chosen option keys, or "true"/"false").
     * Refuses answers to questions that were not drawn, unknown options, a second submit and a
     * submit after the time limit; a refused submit records nothing.
     */
    public QuizAttempt submit(Long attemptId, Map<Long, Set<String>> answers) {
        QuizAttempt attempt = sheets.own(attemptId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (attempt.isSubmitted()) {
            throw new BusinessException("quiz.error.alreadySubmitted");
        }
        if (now.isAfter(attempt.getDeadline().plusSeconds(GRACE_SECONDS))) {
            throw new BusinessException("quiz.error.timeUp");
        }
        List<AttemptQuestion> drawn = sheets.drawn(attempt);
        Map<Long, AttemptQuestion> byQuestion = new HashMap<>();
        drawn.forEach(aq -> byQuestion.put(aq.getQuestion().getId(), aq));
        Map<Long, QuestionOption> optionsById = sheets.options(drawn);
        Map<Long, Set<String>> optionKeys = new HashMap<>();
        Map<Long, Set<String>> correctKeys = new HashMap<>();
        optionsById.values().forEach(o -> {
            Long qid = QuizSheets.questionOf(o, drawn);
            optionKeys.computeIfAbsent(qid, k -> new HashSet<>()).add(o.getKey());
            if (o.isCorrect()) {
                correctKeys.computeIfAbsent(qid, k -> new HashSet<>()).add(o.getKey());
            }
        });
        Map<Long, Set<String>> given = answers == null ? Map.of() : answers;
        for (Map.Entry<Long, Set<String>> e : given.entrySet()) {
            AttemptQuestion aq = byQuestion.get(e.getKey());
            if (aq == null) {
                throw new BusinessException("quiz.error.notDrawn");
            }
            Set<String> allowed = aq.getQuestion().getType() == QuestionType.TRUEFALSE
                    ? Set.of(QuizScorer.TRUE, QuizScorer.FALSE) : optionKeys.getOrDefault(e.getKey(), Set.of());
            if (e.getValue() != null && !allowed.containsAll(e.getValue())) {
                throw new BusinessException("quiz.error.badChoice", aq.getPosition());
            }
        }
        int correct = 0;
        for (AttemptQuestion aq : drawn) {
            Question q = aq.getQuestion();
            Set<String> chosen = given.getOrDefault(q.getId(), Set.of());
            chosen = chosen == null ? Set.of() : chosen;
            QuizScorer.Key key = new QuizScorer.Key(q.getType(), correctKeys.getOrDefault(q.getId(), Set.of()),
                    q.getTrueFalseAnswer());
            boolean right = QuizScorer.isCorrect(key, chosen);
            aq.setCorrect(right);
            correct += right ? 1 : 0;
            for (String choice : chosen) {
                AttemptAnswer answer = new AttemptAnswer(aq, choice);
                aq.getAnswers().add(answer);
                em.persist(answer);
            }
        }
        int passPercent = Progress.path(attempt.getEnrolment()).getQuizPassPercent();
        attempt.recordScore(correct, QuizScorer.percent(correct, drawn.size()),
                QuizScorer.passed(correct, drawn.size(), passPercent));
        attempt.setSubmittedAt(now);
        try {
            em.flush(); // @Version on the attempt: of two simultaneous submits only the first is stored
        } catch (OptimisticLockException e) {
            throw new BusinessException("quiz.error.alreadySubmitted");
        } catch (PersistenceException e) {
            throw new BusinessException("quiz.error.alreadySubmitted");
        }
        EnrolmentStatus status = progress.evaluate(attempt.getEnrolment(), now);
        audit.record("QUIZ_SUBMITTED", "QuizAttempt", attempt.getId(),
                attempt.getScorePercent() + "% " + (attempt.isPassedAttempt() ? "passed" : "failed") + " -> " + status);
        return attempt;
    }

    private String blocked(Enrolment enrolment, List<QuizAttempt> attempts, boolean passed) {
        LearningPath path = Progress.path(enrolment);
        if (!path.isQuizOffered()) {
            return "quiz.error.none";
        }
        if (passed) {
            return "quiz.error.alreadyPassed";
        }
        if (attempts.size() >= enrolment.getCourseVersion().getRules().getQuizMaxAttempts()) {
            return "quiz.error.noAttemptsLeft";
        }
        if (!path.completionRule().lessonsSatisfied((int) progress.lessonsDone(enrolment),
                (int) progress.lessonCount(enrolment))) {
            return "quiz.error.lessonsFirst";
        }
        return null;
    }

    /** The open attempt as a paper without the answer key. */
    public QuizPaper paper(Long attemptId, Locale locale) {
        return sheets.paper(attemptId, locale);
    }

    /** A submitted attempt with the key and explanations; an open one is refused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizResult result(Long attemptId, Locale locale) {
        return sheets.result(attemptId, locale);
    }

    private boolean isOpen(QuizAttempt a, LocalDateTime now) {
        return !a.isSubmitted() && !now.isAfter(a.getDeadline().plusSeconds(GRACE_SECONDS));
    }

    private List<QuizAttempt> attempts(Long enrolmentId) {
        return em.createQuery("select a from QuizAttempt a where a.enrolment.id = :e order by a.attemptNo",
                QuizAttempt.class).setParameter("e", enrolmentId).getResultList();
    }
}
