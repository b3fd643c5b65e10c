package cn.gongzhuling.academy.reporting.boundary;

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
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
        em.createNativeQuery("DELETE FROM impact_dirty WHERE person_id IN (" + ids(people) + ")").executeUpdate();
        Map<Long, List<Long>> lineages = new HashMap<>();
        RollupDelta delta = new RollupDelta(longs(em.createNativeQuery("SELECT id FROM skill")),
                unit -> lineages.computeIfAbsent(unit, this::lineage));
        for (Long person : people) {
            CadreCounts counted = stored(person);
            CadreCounts now = live(person);
            delta.add(counted, -1);
            delta.add(now, 1);
            store(person, counted, now);
        }
        apply(delta);
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
        boolean h2 = config.dbUrl().startsWith("jdbc:h2:");
        for (String sql : ImpactSql.rebuild(h2)) {
            em.createNativeQuery(sql).executeUpdate();
        }
        em.createNativeQuery(ImpactSql.MARK_BUILT).setParameter(1, LocalDateTime.now(clock).toString()).executeUpdate();
    }

    private void lock() {
        em.createNativeQuery(LOCK).getResultList();
    }

    private boolean isBuilt() {
        return !em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, ImpactSql.BUILT_KEY).getResultList().isEmpty();
    }

    /** The ids of a unit's ancestors and itself, root first, from its materialised path of ids. */
    private List<Long> lineage(Long unitId) {
        String path = (String) em.createNativeQuery("SELECT path FROM org_unit WHERE id = ?1").setParameter(1, unitId)
                .getSingleResult();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** What the roll-up counts of a person now. */
    private CadreCounts stored(Long person) {
        List<Long> unit = longs(param(em.createNativeQuery("SELECT unit_id FROM impact_cadre WHERE person_id = ?1"), person));
        if (unit.isEmpty()) {
            return CadreCounts.NONE;
        }
        return counts(unit.get(0), person,
                "SELECT skill_id, first_month FROM impact_cadre_skill WHERE person_id = ?1",
                "SELECT grid_id, month_index, visits, found, resolved, mediations, residents FROM impact_cadre_month"
                        + " WHERE person_id = ?1",
                "SELECT grid_id, month_index, days, problems FROM impact_cadre_days WHERE person_id = ?1");
    }

    /** What the raw tables say of a person. */
    private CadreCounts live(Long person) {
        List<Long> unit = longs(param(em.createNativeQuery(ImpactSql.PERSON), person));
        if (unit.isEmpty()) {
            return CadreCounts.NONE;
        }
        return counts(unit.get(0), person, ImpactSql.PERSON_FIRST_MONTHS, ImpactSql.PERSON_MONTHS,
                ImpactSql.personDays(config.dbUrl().startsWith("jdbc:h2:")));
    }

    private CadreCounts counts(Long unit, Long person, String firstMonths, String months, String days) {
        Map<Long, Integer> first = new HashMap<>();
        for (Object[] r : rows(param(em.createNativeQuery(firstMonths), person))) {
            first.put(number(r[0]), (int) number(r[1]));
        }
        List<CadreCounts.MonthSums> sums = new ArrayList<>();
        for (Object[] r : rows(param(em.createNativeQuery(months), person))) {
            sums.add(new CadreCounts.MonthSums(number(r[0]), (int) number(r[1]),
                    new long[] {number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6])}));
        }
        List<CadreCounts.DaysTaken> taken = new ArrayList<>();
        for (Object[] r : rows(param(em.createNativeQuery(days), person))) {
            taken.add(new CadreCounts.DaysTaken(number(r[0]), (int) number(r[1]), (int) number(r[2]), number(r[3])));
        }
        return new CadreCounts(unit, first, sums, taken);
    }

    /**
     * Makes the person's counted rows say what they now count, writing only the rows that differ
     * (a new record changes one month's row of one grid).
     */
    private void store(Long person, CadreCounts was, CadreCounts now) {
        if (!Objects.equals(was.unitId(), now.unitId())) {
            update("DELETE FROM impact_cadre WHERE person_id = ?1", person);
            if (now.counted()) {
                update("INSERT INTO impact_cadre (person_id, unit_id) VALUES (?1, ?2)", person, now.unitId());
            }
        }
        if (!was.firstMonths().equals(now.firstMonths())) {
            update("DELETE FROM impact_cadre_skill WHERE person_id = ?1", person);
            now.firstMonths().forEach((skill, month) -> update(
                    "INSERT INTO impact_cadre_skill (person_id, skill_id, first_month) VALUES (?1, ?2, ?3)", person, skill,
                    month));
        }
        Map<List<Object>, List<Object>> oldMonths = byKey(was.months().stream().map(ImpactRollup::monthRow).toList(), 2);
        Map<List<Object>, List<Object>> newMonths = byKey(now.months().stream().map(ImpactRollup::monthRow).toList(), 2);
        write(person, oldMonths, newMonths, "impact_cadre_month", List.of("grid_id", "month_index"),
                List.of("visits", "found", "resolved", "mediations", "residents"));
        Map<List<Object>, List<Object>> oldDays = byKey(was.days().stream().map(ImpactRollup::daysRow).toList(), 3);
        Map<List<Object>, List<Object>> newDays = byKey(now.days().stream().map(ImpactRollup::daysRow).toList(), 3);
        write(person, oldDays, newDays, "impact_cadre_days", List.of("grid_id", "month_index", "days"), List.of("problems"));
    }

    private static List<Object> monthRow(CadreCounts.MonthSums m) {
        long[] s = m.sums();
        return List.of(m.gridId(), m.month(), s[0], s[1], s[2], s[3], s[4]);
    }

    private static List<Object> daysRow(CadreCounts.DaysTaken d) {
        return List.of(d.gridId(), d.month(), d.days(), d.problems());
    }

    private static Map<List<Object>, List<Object>> byKey(List<List<Object>> rows, int keyColumns) {
        Map<List<Object>, List<Object>> map = new HashMap<>();
        rows.forEach(r -> map.put(r.subList(0, keyColumns), r.subList(keyColumns, r.size())));
        return map;
    }

    /** Deletes, updates and inserts the rows of one person's table that differ between two states. */
    private void write(Long person, Map<List<Object>, List<Object>> was, Map<List<Object>, List<Object>> now, String table,
                       List<String> keys, List<String> values) {
        String where = " WHERE person_id = ?1" + IntStream.range(0, keys.size())
                .mapToObj(i -> " AND " + keys.get(i) + " = ?" + (i + 2)).collect(Collectors.joining());
        was.forEach((key, old) -> {
            if (!now.containsKey(key)) {
                update("DELETE FROM " + table + where, prepend(person, key, List.of()));
            }
        });
        now.forEach((key, row) -> {
            List<Object> old = was.get(key);
            if (old == null) {
                List<String> columns = new ArrayList<>(List.of("person_id"));
                columns.addAll(keys);
                columns.addAll(values);
                update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + IntStream.rangeClosed(1, columns.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "))
                        + ")", prepend(person, key, row));
            } else if (!old.equals(row)) {
                String set = IntStream.range(0, values.size())
                        .mapToObj(i -> values.get(i) + " = ?" + (keys.size() + 2 + i)).collect(Collectors.joining(", "));
                update("UPDATE " + table + " SET " + set + where, prepend(person, key, row));
            }
        });
    }

    private static Object[] prepend(Long person, List<Object> key, List<Object> row) {
        List<Object> all = new ArrayList<>();
        all.add(person);
        all.addAll(key);
        all.addAll(row);
        return all.toArray();
    }

    /** Adds the differences to the unit rows, inserting the rows that do not exist yet. */
    private void apply(RollupDelta delta) {
        delta.sums().forEach((k, s) -> {
            Object[] key = {k.unitId(), k.skillId(), k.month(), k.firstMonth()};
            if (update("UPDATE impact_node SET visits = visits + ?5, found = found + ?6, resolved = resolved + ?7,"
                    + " mediations = mediations + ?8, residents = residents + ?9 WHERE unit_id = ?1 AND skill_id = ?2"
                    + " AND month_index = ?3 AND first_month = ?4", concat(key, s)) == 0) {
                update("INSERT INTO impact_node (unit_id, skill_id, month_index, first_month, visits, found, resolved,"
                        + " mediations, residents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", concat(key, s));
            }
        });
        delta.days().forEach((k, n) -> {
            RollupDelta.NodeKey node = k.node();
            Object[] values = {node.unitId(), node.skillId(), node.month(), node.firstMonth(), k.days(), n};
            if (update("UPDATE impact_node_days SET problems = problems + ?6 WHERE unit_id = ?1 AND skill_id = ?2"
                    + " AND month_index = ?3 AND first_month = ?4 AND days = ?5", values) == 0) {
                update("INSERT INTO impact_node_days (unit_id, skill_id, month_index, first_month, days, problems)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", values);
            }
        });
        delta.cadres().forEach((k, n) -> {
            Object[] values = {k.unitId(), k.skillId(), k.firstMonth(), n};
            if (update("UPDATE impact_node_cadres SET cadres = cadres + ?4 WHERE unit_id = ?1 AND skill_id = ?2"
                    + " AND first_month = ?3", values) == 0) {
                update("INSERT INTO impact_node_cadres (unit_id, skill_id, first_month, cadres) VALUES (?1, ?2, ?3, ?4)",
                        values);
            }
        });
    }

    private static Object[] concat(Object[] key, long[] sums) {
        Object[] all = Arrays.copyOf(key, key.length + sums.length);
        for (int i = 0; i < sums.length; i++) {
            all[key.length + i] = sums[i];
        }
        return all;
    }

    private int update(String sql, Object... values) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            q.setParameter(i + 1, values[i]);
        }
        return q.executeUpdate();
    }

    private static Query param(Query q, Long person) {
        return q.setParameter(1, person);
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(o -> number(o instanceof Object[] a ? a[0] : o)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(o -> o instanceof Object[] a ? a : new Object[] {o}).toList();
    }
}
