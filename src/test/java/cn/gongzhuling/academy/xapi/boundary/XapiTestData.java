package cn.gongzhuling.academy.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;

/** Reads the statement table directly, to check what the endpoint stored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class XapiTestData {

    @PersistenceContext
    EntityManager em;

    public long stored(Collection<String> ids) {
        return em.createQuery("select count(s) from XapiStatement s where s.statementId in :ids", Long.class)
                .setParameter("ids", ids).getSingleResult();
    }

    public long withVerb(String verb) {
        return em.createQuery("select count(s) from XapiStatement s where s.verbId = :v", Long.class)
                .setParameter("v", verb).getSingleResult();
    }
}
