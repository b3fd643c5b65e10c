package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.Question;
import cn.gongzhuling.academy.catalog.entity.QuestionOption;
import cn.gongzhuling.academy.catalog.entity.QuestionType;
import cn.gongzhuling.academy.learning.control.QuizDraw;
import cn.gongzhuling.academy.learning.control.QuizScorer;
import cn.gongzhuling.academy.learning.entity.AttemptQuestion;
import cn.gongzhuling.academy.learning.entity.QuizAttempt;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two views of one of the caller's attempts: the open paper without the answer key, and the
 * marked result with key and explanations once submitted. Split from QuizService, which starts and
 * scores attempts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuizSheets {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    Clock clock;

    /** The open attempt as a paper without the answer key. */
    public QuizPaper paper(Long attemptId, Locale locale) {
        QuizAttempt attempt = own(attemptId);
        if (attempt.isSubmitted() || LocalDateTime.now(clock).isAfter(attempt.getDeadline().plusSeconds(QuizService.GRACE_SECONDS))) {
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

    /** A submitted attempt with the key and explanations; an open one is refused so the key never leaks early. */
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
        return new QuizResult(attempt, Progress.path(attempt.getEnrolment()).getQuizPassPercent(), questions);
    }

    List<AttemptQuestion> drawn(QuizAttempt attempt) {
        return em.createQuery("select aq from AttemptQuestion aq join fetch aq.question where aq.attempt = :a "
                + "order by aq.position", AttemptQuestion.class).setParameter("a", attempt).getResultList();
    }

    /** The options of the drawn questions in one query, by id. */
    Map<Long, QuestionOption> options(List<AttemptQuestion> drawn) {
        Map<Long, QuestionOption> byId = new HashMap<>();
        List<Long> ids = drawn.stream().map(aq -> aq.getQuestion().getId()).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select o from QuestionOption o where o.question.id in :ids", QuestionOption.class)
                    .setParameter("ids", ids).getResultList().forEach(o -> byId.put(o.getId(), o));
        }
        return byId;
    }

    static Long questionOf(QuestionOption option, List<AttemptQuestion> drawn) {
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
