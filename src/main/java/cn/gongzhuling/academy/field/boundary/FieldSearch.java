package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Field records in a subtree, for organisers' lists and the API: filtered by unit (subtree), kind,
 * date range and problem status, newest first, paged. Each page is one query on the
 * (grid_path, occurred_at) index plus a count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FieldSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<FieldRecord> page(FieldQuery query) {
        return page(query, organizerScopes());
    }

    public long count(FieldQuery query) {
        return count(query, organizerScopes());
    }

    /** A page within the given subtrees (an API client's scope); the unit filter must lie inside them. */
    public List<FieldRecord> page(FieldQuery query, List<String> scopes) {
        TypedQuery<FieldRecord> q = em.createQuery("select r from FieldRecord r join fetch r.person join fetch r.grid where "
                + where(query, scopes) + " order by r.occurredAt desc, r.id desc", FieldRecord.class);
        bind(q, query, scopes);
        return q.setFirstResult(Math.max(0, query.first())).setMaxResults(Math.max(1, query.pageSize())).getResultList();
    }

    public long count(FieldQuery query, List<String> scopes) {
        TypedQuery<Long> q = em.createQuery("select count(r) from FieldRecord r where " + where(query, scopes), Long.class);
        bind(q, query, scopes);
        return q.getSingleResult();
    }

    private List<String> organizerScopes() {
        Caller caller = currentUser.get();
        if (!caller.isAdmin() && !caller.has(Role.ORGANIZER)) {
            throw new NotInScopeException();
        }
        return caller.scopes(Role.ORGANIZER);
    }

    private static String where(FieldQuery query, List<String> scopes) {
        StringBuilder sb = new StringBuilder(new PathScope("r.gridPath", scopes, "s").jpql());
        if (query.unitId() != null) {
            sb.append(" and r.gridPath like :unit");
        }
        if (query.kind() != null) {
            sb.append(" and r.kind = :kind");
        }
        if (query.from() != null) {
            sb.append(" and r.occurredAt >= :from");
        }
        if (query.to() != null) {
            sb.append(" and r.occurredAt < :to");
        }
        if (query.status() != null) {
            sb.append(" and r.status = :status");
        }
        return sb.toString();
    }

    private void bind(Query q, FieldQuery query, List<String> scopes) {
        new PathScope("r.gridPath", scopes, "s").bind(q);
        if (query.unitId() != null) {
            String path = em.createQuery("select u.path from OrgUnit u where u.id = :id", String.class)
                    .setParameter("id", query.unitId()).getResultStream().findFirst().orElse(null);
            if (path == null || !new PathScope("r.gridPath", scopes, "s").covers(path)) {
                throw new NotInScopeException();
            }
            q.setParameter("unit", path + "%");
        }
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to().plusDays(1).atStartOfDay());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
    }
}
