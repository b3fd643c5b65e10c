package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.control.TallySql;
import cn.gongzhuling.academy.learning.entity.Enrolment;
import cn.gongzhuling.academy.organization.boundary.PlacementChanged;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps the completion tally (V14) current: in the transaction of every change to whom or what it
 * counts, the counts of the units concerned are recounted from their enrolments (a unit holds tens
 * of people, so this costs milliseconds) under a lock on those units' rows, taken in id order, so two
 * transactions recounting the same unit run one after the other and the second sees the first's
 * enrolments. Recounting instead of adding deltas means a unit's counts are right after any
 * recount, whatever happened before; the nightly rebuild ({@link #rebuild()}) recounts them all.
 * Not a public facade: the callers (enrolment, progress, people) have checked role and scope.
 */
@ApplicationScoped
public class CompletionTally {

    private static final int IN_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    /** After an enrolment was created or changed status: recounts its course in its person's unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Enrolment enrolment) {
        if (enrolment.isRefresher()) {
            return; // refreshers renew a certificate; the completion report does not count them
        }
        changedFor(enrolment.getPersonId(), enrolment.getCourseId());
    }

    /** After a person's enrolments changed: recounts one course (null: all) in the person's unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedFor(Long personId, Long courseId) {
        recount(em.createQuery("select p.orgUnit.id from Person p where p.id = :p", Long.class)
                .setParameter("p", personId).getResultList(), courseId);
    }

    /** After a person was moved, deactivated or reactivated: recounts their old and new unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onPlacement(@Observes PlacementChanged change) {
        recount(change.unitIds(), null);
    }

    /** After set-based enrolment in a subtree: recounts one course (null: all) in every unit of the subtree. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedBelow(String subtreePath, Long courseId) {
        recount(em.createQuery("select u.id from OrgUnit u where u.path like :p", Long.class)
                .setParameter("p", subtreePath + "%").getResultList(), courseId);
    }

    /**
     * Recounts the given units (one course, or all when courseId is null). Flushes first, so the
     * recount sees this transaction's own changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(Collection<Long> unitIds, Long courseId) {
        if (unitIds.isEmpty()) {
            return;
        }
        em.flush();
        List<Long> sorted = new ArrayList<>(new TreeSet<>(unitIds));
        for (int from = 0; from < sorted.size(); from += IN_CHUNK) {
            List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + IN_CHUNK));
            String ids = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            em.createNativeQuery("SELECT id FROM org_unit WHERE id IN (" + ids + ") ORDER BY id " + lockClause())
                    .getResultList();
            run(courseId == null ? TallySql.DELETE_UNITS : TallySql.DELETE_UNITS_COURSE, ids, courseId);
            run(courseId == null ? TallySql.COUNT_UNITS : TallySql.COUNT_UNITS_COURSE, ids, courseId);
        }
    }

    /** Recounts every unit: nightly, and after the demo data was written with plain SQL. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void rebuild() {
        em.createNativeQuery("SELECT id FROM org_unit ORDER BY id " + lockClause()).getResultList();
        em.createNativeQuery("DELETE FROM completion_tally").executeUpdate();
        em.createNativeQuery(TallySql.REBUILD).executeUpdate();
    }

    /**
     * Counts per unit path and status over a subtree (one course, or all): path, status, count,
     * overdue on the day.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Object[]> countsBelow(String subtreePath, Long courseId, LocalDate day) {
        Query q = em.createNativeQuery(TallySql.BY_PATH + (courseId == null ? "" : " AND t.course_id = ?3")
                        + TallySql.BY_PATH_GROUP)
                .setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, subtreePath + "%");
        if (courseId != null) {
            q.setParameter(3, courseId);
        }
        return q.getResultList();
    }

    private void run(String sql, String ids, Long courseId) {
        Query q = em.createNativeQuery(String.format(sql, ids));
        if (courseId != null) {
            q.setParameter(1, courseId);
        }
        q.executeUpdate();
    }

    /**
     * PostgreSQL: a lock that does not conflict with the key-share locks of foreign key checks, so
     * adding a person to a unit and recounting it in two transactions cannot deadlock. H2 has only
     * FOR UPDATE (its foreign key checks take no row locks).
     */
    private String lockClause() {
        return config.isH2() ? "FOR UPDATE" : "FOR NO KEY UPDATE";
    }
}
