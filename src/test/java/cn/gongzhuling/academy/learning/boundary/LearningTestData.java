package cn.gongzhuling.academy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test-only reads and time travel for LearningIT: what the services stored, and the answer key. */
@ApplicationScoped
@Transactional
public class LearningTestData {

    @PersistenceContext
    EntityManager em;

    public long count(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    public List<Long> lessonIds(String courseCode) {
        return em.createQuery("select l.id from Course c join c.currentVersion v, Lesson l where l.courseVersion = v "
                + "and c.code = ?1 order by l.position", Long.class).setParameter(1, courseCode).getResultList();
    }

    /** Moves an attempt's deadline into the past, as if the trainee had left it open too long. */
    public void expire(Long attemptId) {
        em.createQuery("update QuizAttempt a set a.deadline = ?1 where a.id = ?2")
                .setParameter(1, LocalDateTime.now().minusDays(1)).setParameter(2, attemptId).executeUpdate();
    }

    /** The right answers to the questions drawn for an attempt (the server's key; never sent to a browser). */
    public Map<Long, Set<String>> key(Long attemptId) {
        Map<Long, Set<String>> key = new HashMap<>();
        em.createQuery("select q.id, q.type, q.trueFalseAnswer from AttemptQuestion aq join aq.question q "
                        + "where aq.attempt.id = ?1", Object[].class).setParameter(1, attemptId).getResultList()
                .forEach(r -> {
                    Set<String> s = key.computeIfAbsent((Long) r[0], k -> new HashSet<>());
                    if (r[2] != null) {
                        s.add(r[2].toString());
                    }
                });
        em.createQuery("select o.question.id, o.key from QuestionOption o, AttemptQuestion aq where aq.attempt.id = ?1 "
                        + "and o.question = aq.question and o.correct = ?2", Object[].class)
                .setParameter(1, attemptId).setParameter(2, true).getResultList()
                .forEach(r -> key.get((Long) r[0]).add((String) r[1]));
        return key;
    }

    public Long personId(String staffNo) {
        return em.createQuery("select p.id from Person p where p.staffNo = ?1", Long.class)
                .setParameter(1, staffNo).getSingleResult();
    }
}
