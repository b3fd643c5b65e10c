package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.security.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Appends to the audit log inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, String detail) {
        String actor = currentUser.isLoggedIn() ? currentUser.getUsername() : SYSTEM;
        em.persist(new AuditEvent(LocalDateTime.now(clock), actor, action, entityType, entityId, detail));
    }

    /** Newest first; only admins read the log. */
    public List<AuditEvent> recent(int first, int max) {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
        return em.createQuery("select count(e) from AuditEvent e", Long.class).getSingleResult();
    }

    /**
     * One entity's history, newest first. Only admins and organizers read histories, and callers check
     * the entity is in the caller's scope first (PersonService.history does).
     */
    public List<AuditEvent> forEntity(String entityType, Long entityId) {
        if (!currentUser.isAdmin() && !currentUser.isOrganizer()) {
            throw new NotInScopeException();
        }
        return em.createQuery("select e from AuditEvent e where e.entityType = :t and e.entityId = :id "
                        + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("t", entityType).setParameter("id", entityId)
                .setMaxResults(50).getResultList();
    }
}
