package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseRules;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.Question;
import cn.gongzhuling.academy.catalog.entity.QuestionOption;
import cn.gongzhuling.academy.catalog.entity.QuestionType;
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
    Clock clock;

    public QuizOverview overview(Long enrolmentId) {
        Enrolment enrolment = learning.own(enrolmentId);
        CourseVersion version = enrolment.getCourseVersion();
        CourseRules rules = version.getRules();
        LocalDateTime now = LocalDateTime.now(clock);
        List<QuizAttempt> attempts = attempts(enrolmentId);
        Long open = attempts.stream().filter(a -> isOpen(a, now)).map(QuizAttempt::getId).findFirst().orElse(null);
        boolean passed = attempts.stream().anyMatch(QuizAttempt::isPassedAttempt);
        return new QuizOverview(enrolmentId, version.getTitleZh(), version.getTitleEn(), rules.getQuizQuestions(),
                rules.getQuizPassPercent(), rules.getQuizMaxAttempts(), rules.getQuizTimeLimitMinutes(), attempts, open,
                passed, open != null ? null : blocked(enrolment, attempts, passed));
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
                .map(e -> new QuizDraw.BankQuestion(e.getKey(), e.getValue())).toList(), rules.getQuizQuestions(), random);
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

    /** The open attempt as a paper without the answer key. */
    public QuizPaper paper(Long attemptId, Locale locale) {
        QuizAttempt attempt = own(attemptId);
        if (!isOpen(attempt, LocalDateTime.now(clock))) {
            throw new BusinessException(attempt.isSubmitted() ? "quiz.error.alreadySubmitted" : "quiz.error.timeUp");
        }
        List<AttemptQuestion> drawn = drawn(attempt);
        Map<Long, QuestionOption> options = options(drawn);
        List<QuizPaper.PaperQuestion> questions = new ArrayList<>();
        for (AttemptQuestion aq : drawn) {
            Question q = aq.getQuestion();
            List<QuizPaper.PaperOption> shown = new ArrayList<>();
            if (q.getType() == QuestionType.TRUEFALSE) {
                shown.add(new QuizPaper.PaperOption(QuizScorer.TRUE, Messages.get(locale, "quiz.true")));
                shown.add(new QuizPaper.PaperOption(QuizScorer.FALSE, Messages.get(locale, "quiz.false")));
            } else {
                for (Long optionId : QuizDraw.split(aq.getOptionOrder())) {
                    QuestionOption o = options.get(optionId);
                    shown.add(new QuizPaper.PaperOption(o.getKey(), o.text(locale)));
                }
            }
            questions.add(new QuizPaper.PaperQuestion(q.getId(), aq.getPosition(), q.getType(), q.text(locale), shown));
        }
        return new QuizPaper(attempt.getId(), attempt.getEnrolment().getId(), attempt.getAttemptNo(),
                attempt.getDeadline(), questions);
    }

    /**
     * Scores and stores an attempt's answers (question id to chosen option keys, or "true"/"false").
     * Refuses answers to questions that were not drawn, unknown options, a second submit and a
     * submit after the time limit; a refused submit records nothing.
     */
    public QuizAttempt submit(Long attemptId, Map<Long, Set<String>> answers) {
        QuizAttempt attempt = own(attemptId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (attempt.isSubmitted()) {
            throw new BusinessException("quiz.error.alreadySubmitted");
        }
        if (now.isAfter(attempt.getDeadline().plusSeconds(GRACE_SECONDS))) {
            throw new BusinessException("quiz.error.timeUp");
        }
        List<AttemptQuestion> drawn = drawn(attempt);
        Map<Long, AttemptQuestion> byQuestion = new HashMap<>();
        drawn.forEach(aq -> byQuestion.put(aq.getQuestion().getId(), aq));
        Map<Long, QuestionOption> optionsById = options(drawn);
        Map<Long, Set<String>> optionKeys = new HashMap<>();
        Map<Long, Set<String>> correctKeys = new HashMap<>();
        optionsById.values().forEach(o -> {
            Long qid = questionOf(o, drawn);
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
        int passPercent = attempt.getEnrolment().getCourseVersion().getRules().getQuizPassPercent();
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

    /** A submitted attempt with the key and explanations; an open one is refused so the key never leaks early. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizResult result(Long attemptId, Locale locale) {
        QuizAttempt attempt = own(attemptId);
        if (!attempt.isSubmitted()) {
            throw new BusinessException("quiz.error.notSubmitted");
        }
        List<AttemptQuestion> drawn = drawn(attempt);
        Map<Long, QuestionOption> options = options(drawn);
        Map<Long, Set<String>> chosen = new HashMap<>();
        em.createQuery("select a.attemptQuestion.id, a.choice from AttemptAnswer a where a.attemptQuestion.attempt = :t",
                        Object[].class)
                .setParameter("t", attempt).getResultList()
                .forEach(r -> chosen.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
        List<QuizResult.ResultQuestion> questions = new ArrayList<>();
        for (AttemptQuestion aq : drawn) {
            Question q = aq.getQuestion();
            Set<String> picked = chosen.getOrDefault(aq.getId(), Set.of());
            List<QuizResult.ResultOption> shown = new ArrayList<>();
            if (q.getType() == QuestionType.TRUEFALSE) {
                boolean answer = Boolean.TRUE.equals(q.getTrueFalseAnswer());
                shown.add(new QuizResult.ResultOption(Messages.get(locale, "quiz.true"), picked.contains(QuizScorer.TRUE), answer));
                shown.add(new QuizResult.ResultOption(Messages.get(locale, "quiz.false"), picked.contains(QuizScorer.FALSE), !answer));
            } else {
                for (Long optionId : QuizDraw.split(aq.getOptionOrder())) {
                    QuestionOption o = options.get(optionId);
                    shown.add(new QuizResult.ResultOption(o.text(locale), picked.contains(o.getKey()), o.isCorrect()));
                }
            }
            questions.add(new QuizResult.ResultQuestion(aq.getPosition(), q.text(locale),
                    Boolean.TRUE.equals(aq.getCorrect()), shown, q.explanation(locale)));
        }
        return new QuizResult(attempt, attempt.getEnrolment().getCourseVersion().getRules().getQuizPassPercent(),
                questions);
    }

    private String blocked(Enrolment enrolment, List<QuizAttempt> attempts, boolean passed) {
        CourseVersion version = enrolment.getCourseVersion();
        if (passed) {
            return "quiz.error.alreadyPassed";
        }
        if (attempts.size() >= version.getRules().getQuizMaxAttempts()) {
            return "quiz.error.noAttemptsLeft";
        }
        if (!Progress.rule(version).lessonsSatisfied((int) progress.lessonsDone(enrolment.getId()),
                (int) progress.lessonCount(version.getId()))) {
            return "quiz.error.lessonsFirst";
        }
        return null;
    }

    private boolean isOpen(QuizAttempt a, LocalDateTime now) {
        return !a.isSubmitted() && !now.isAfter(a.getDeadline().plusSeconds(GRACE_SECONDS));
    }

    private List<QuizAttempt> attempts(Long enrolmentId) {
        return em.createQuery("select a from QuizAttempt a where a.enrolment.id = :e order by a.attemptNo",
                QuizAttempt.class).setParameter("e", enrolmentId).getResultList();
    }

    private List<AttemptQuestion> drawn(QuizAttempt attempt) {
        return em.createQuery("select aq from AttemptQuestion aq join fetch aq.question where aq.attempt = :a "
                + "order by aq.position", AttemptQuestion.class).setParameter("a", attempt).getResultList();
    }

    /** The options of the drawn questions in one query, by id. */
    private Map<Long, QuestionOption> options(List<AttemptQuestion> drawn) {
        Map<Long, QuestionOption> byId = new HashMap<>();
        List<Long> ids = drawn.stream().map(aq -> aq.getQuestion().getId()).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select o from QuestionOption o where o.question.id in :ids", QuestionOption.class)
                    .setParameter("ids", ids).getResultList().forEach(o -> byId.put(o.getId(), o));
        }
        return byId;
    }

    private Long questionOf(QuestionOption option, List<AttemptQuestion> drawn) {
        for (AttemptQuestion aq : drawn) {
            if (QuizDraw.split(aq.getOptionOrder()).contains(option.getId())) {
                return aq.getQuestion().getId();
            }
        }
        throw new IllegalStateException("option " + option.getId() + " not in the attempt");
    }

    /** The caller's own attempt; anyone else's reads as not found. */
    QuizAttempt own(Long attemptId) {
        QuizAttempt attempt = attemptId == null ? null : em.find(QuizAttempt.class, attemptId);
        if (attempt == null) {
            throw new NotInScopeException();
        }
        learning.own(attempt.getEnrolment().getId());
        return attempt;
    }
}
