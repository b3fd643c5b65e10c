package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.GradeChange;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The append-only grade history: rows are only ever inserted, never updated or deleted. */
@ApplicationScoped
public class GradeHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Appends inside the caller's transaction, so a change and its history commit or roll back together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Long resultId, GradeChange.Action action, String before, String after, String reason) {
        em.persist(new GradeChange(resultId, LocalDateTime.now(clock), actor(), action, before, after, reason));
    }

    /**
     * Records a refused change in its own transaction: the change itself rolled back, but the
     * attempt is kept so the history shows who tried what, and when.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Long resultId, GradeChange.Action action, String attempted) {
        em.persist(new GradeChange(resultId, LocalDateTime.now(clock), actor(), action, null, attempted, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GradeChange> of(Long resultId) {
        return em.createQuery("select h from GradeChange h where h.resultId = :r order by h.changedAt, h.id",
                GradeChange.class).setParameter("r", resultId).getResultList();
    }

    private String actor() {
        return currentUser.isLoggedIn() ? currentUser.getUsername() : AuditLog.SYSTEM;
    }
}
