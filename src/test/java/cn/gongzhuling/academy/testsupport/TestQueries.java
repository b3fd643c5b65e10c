package cn.gongzhuling.academy.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unscoped read-only look-ups for in-container tests, to check what the services wrote. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TestQueries {

    @PersistenceContext
    EntityManager em;

    /** Code to path of every unit whose path starts with the prefix (the subtree query), by path. */
    public Map<String, String> subtree(String pathPrefix) {
        Map<String, String> units = new LinkedHashMap<>();
        em.createQuery("select u.code, u.path from OrgUnit u where u.path like :p order by u.path", Object[].class)
                .setParameter("p", pathPrefix + "%").getResultList()
                .forEach(r -> units.put((String) r[0], (String) r[1]));
        return units;
    }

    /** Id of the unit with this code, whoever asks (the services check scope; this does not). */
    public Long unitId(String code) {
        return em.createQuery("select u.id from OrgUnit u where u.code = :c", Long.class)
                .setParameter("c", code).getSingleResult();
    }

    public long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    public long auditEvents(String action) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :a", Long.class)
                .setParameter("a", action).getSingleResult();
    }
}
