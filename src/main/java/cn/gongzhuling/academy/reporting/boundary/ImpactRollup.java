package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.longs;
import static cn.gongzhuling.academy.platform.control.QueryValues.number;

import cn.gongzhuling.academy.certification.boundary.CertificationChanged;
import cn.gongzhuling.academy.field.boundary.FieldWorkChanged;
import cn.gongzhuling.academy.organization.boundary.PersonAdded;
import cn.gongzhuling.academy.organization.boundary.PlacementChanged;
import cn.gongzhuling.academy.organization.boundary.UnitMoved;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.reporting.control.CadreCounts;
import cn.gongzhuling.academy.reporting.control.ImpactSql;
import cn.gongzhuling.academy.reporting.control.RollupDelta;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the impact roll-up (V16) that {@link ImpactReport} reads.
 * <ul>
 * <li>Marking: in the transaction of every change to what the report counts (a field record saved or
 * corrected, a certificate issued or revoked, a person added, moved, (de)activated or given another
 * position), the person is marked in impact_dirty, once per transaction. A moved unit asks for a
 * rebuild.</li>
 * <li>{@link #refreshPending()}: for the marked people, their counted rows are read anew from the
 * raw tables and the difference to what was counted is applied to the unit rows. Marks are deleted
 * before the raw tables are read, so a change committed after the delete keeps its mark for the
 * next run.</li>
 * <li>{@link #rebuild()}: every row from scratch ({@link ImpactSql#rebuild}).</li>
 * </ul>
 * Writers take the row lock of the 'impact-rollup' job lease: one at a time across nodes, so the
 * unit rows are updated without races. Not a public facade: callers are the observers, the job and
 * the start-up.
 */
@ApplicationScoped
public class ImpactRollup {

    /** People refreshed per transaction. */
    static final int BATCH = 200;

    private static final String LOCK = "SELECT job_name FROM job_lease WHERE job_name = 'impact-rollup' FOR UPDATE";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @Inject
    CadreRows cadres;

    @Inject
    UnitRows units;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.MANDATORY)
    void onFieldWork(@Observes FieldWorkChanged change) {
        mark(change.personId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onCertification(@Observes CertificationChanged change) {
        mark(change.personId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPlacement(@Observes PlacementChanged change) {
        mark(change.personId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onAdded(@Observes PersonAdded added) {
        mark(added.personId());
    }

    /** A moved unit changes the ancestors of everything below it: build the roll-up anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onUnitMoved(@Observes UnitMoved moved) {
        em.createNativeQuery("DELETE FROM app_setting WHERE setting_key = ?1").setParameter(1, ImpactSql.BUILT_KEY)
                .executeUpdate();
    }

    /**
     * Marks people whose counts may have changed, each once per transaction. The insert does not
     * flush the persistence context, so a large import still goes to the database in batches.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void mark(Long... personIds) {
        Set<Long> marked = markedInThisTransaction();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        for (Long id : personIds) {
            if (id != null && marked.add(id)) {
                em.createNativeQuery("INSERT INTO impact_dirty (person_id, marked_at) VALUES (?1, ?2)")
                        .setParameter(1, id).setParameter(2, now).setFlushMode(FlushModeType.COMMIT).executeUpdate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<Long> markedInThisTransaction() {
        Set<Long> marked = (Set<Long>) transaction.getResource(ImpactRollup.class);
        if (marked == null) {
            marked = new HashSet<>();
            transaction.putResource(ImpactRollup.class, marked);
        }
        return marked;
    }

    /**
     * Brings up to {@link #BATCH} marked people up to date (or builds the roll-up when it was never
     * built or a unit moved). Returns how many people it refreshed; the caller repeats while that
     * is the batch size.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refreshPending() {
        lock();
        if (!isBuilt()) {
            rebuildLocked();
            return 0;
        }
        List<Long> people = longs(em.createNativeQuery(
                "SELECT person_id FROM impact_dirty GROUP BY person_id ORDER BY MIN(marked_at)").setMaxResults(BATCH));
        if (people.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("DELETE FROM impact_dirty WHERE person_id IN ("
                + people.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").executeUpdate();
        Map<Long, List<Long>> lineages = new HashMap<>();
        RollupDelta delta = new RollupDelta(longs(em.createNativeQuery("SELECT id FROM skill")),
                unit -> lineages.computeIfAbsent(unit, units::lineage));
        for (Long person : people) {
            CadreCounts counted = cadres.counted(person);
            CadreCounts now = cadres.live(person);
            delta.add(counted, -1);
            delta.add(now, 1);
            cadres.replace(person, counted, now);
        }
        units.add(delta);
        return people.size();
    }

    /** Every row from scratch: nightly, after the demo data was written with plain SQL, and when asked for. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rebuild() {
        lock();
        rebuildLocked();
    }

    /** Whether the roll-up was built, and how many people's changes it has yet to count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImpactFreshness freshness() {
        long pending = number(em.createNativeQuery("SELECT COUNT(DISTINCT person_id) FROM impact_dirty")
                .getSingleResult());
        return new ImpactFreshness(isBuilt(), pending);
    }

    private void rebuildLocked() {
        for (String sql : ImpactSql.rebuild(config.isH2())) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }

    private void lock() {
        em.createNativeQuery(LOCK).getResultList();
    }

    private boolean isBuilt() {
        return !em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, ImpactSql.BUILT_KEY).getResultList().isEmpty();
    }
}
