package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseImport;
import cn.gongzhuling.academy.catalog.entity.ImportOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The import history; written in its own transaction so failed imports are recorded too. */
@ApplicationScoped
public class ImportHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String source, String code, ImportOutcome outcome, Integer versionNo,
                       String hash, int errorCount, String errors) {
        em.persist(new CourseImport(LocalDateTime.now(clock), actor, source, code, outcome, versionNo, hash,
                errorCount, errors));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseImport> recent(int first, int max) {
        return em.createQuery("select i from CourseImport i order by i.importedAt desc, i.id desc", CourseImport.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(i) from CourseImport i", Long.class).getSingleResult();
    }
}
