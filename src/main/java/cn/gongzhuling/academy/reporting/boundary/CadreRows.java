package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.bind;
import static cn.gongzhuling.academy.platform.control.QueryValues.longs;
import static cn.gongzhuling.academy.platform.control.QueryValues.number;
import static cn.gongzhuling.academy.platform.control.QueryValues.rows;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.reporting.control.CadreCounts;
import cn.gongzhuling.academy.reporting.control.ImpactSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cadre level of the impact roll-up: what it counts of a person (impact_cadre*), what the raw
 * tables say of them now, and writing the one over the other. Used by {@link ImpactRollup} under
 * its lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class CadreRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    /** What the roll-up counts of a person now. */
    CadreCounts counted(Long person) {
        List<Long> unit = longs(em.createNativeQuery("SELECT unit_id FROM impact_cadre WHERE person_id = ?1")
                .setParameter(1, person));
        if (unit.isEmpty()) {
            return CadreCounts.NONE;
        }
        return counts(unit.get(0), person,
                "SELECT skill_id, first_month FROM impact_cadre_skill WHERE person_id = ?1",
                "SELECT grid_id, month_index, visits, found, resolved, mediations, residents FROM impact_cadre_month"
                        + " WHERE person_id = ?1",
                "SELECT grid_id, month_index, days, problems FROM impact_cadre_days WHERE person_id = ?1");
    }

    /** What the people, certificates and field records say of a person. */
    CadreCounts live(Long person) {
        List<Long> unit = longs(em.createNativeQuery(ImpactSql.PERSON).setParameter(1, person));
        if (unit.isEmpty()) {
            return CadreCounts.NONE;
        }
        return counts(unit.get(0), person, ImpactSql.PERSON_FIRST_MONTHS, ImpactSql.PERSON_MONTHS,
                ImpactSql.personDays(config.isH2()));
    }

    private CadreCounts counts(Long unit, Long person, String firstMonths, String months, String days) {
        Map<Long, Integer> first = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(firstMonths).setParameter(1, person))) {
            first.put(number(r[0]), (int) number(r[1]));
        }
        List<CadreCounts.MonthSums> sums = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(months).setParameter(1, person))) {
            sums.add(new CadreCounts.MonthSums(number(r[0]), (int) number(r[1]),
                    new long[] {number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6])}));
        }
        List<CadreCounts.DaysTaken> taken = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(days).setParameter(1, person))) {
            taken.add(new CadreCounts.DaysTaken(number(r[0]), (int) number(r[1]), (int) number(r[2]), number(r[3])));
        }
        return new CadreCounts(unit, first, sums, taken);
    }

    /**
     * Makes the person's counted rows say what they now count, writing only the rows that differ
     * (a new record changes one month's row of one grid).
     */
    void replace(Long person, CadreCounts was, CadreCounts now) {
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
        write(person, byKey(was.months().stream().map(CadreRows::monthRow).toList(), 2),
                byKey(now.months().stream().map(CadreRows::monthRow).toList(), 2), "impact_cadre_month",
                List.of("grid_id", "month_index"), List.of("visits", "found", "resolved", "mediations", "residents"));
        write(person, byKey(was.days().stream().map(CadreRows::daysRow).toList(), 3),
                byKey(now.days().stream().map(CadreRows::daysRow).toList(), 3), "impact_cadre_days",
                List.of("grid_id", "month_index", "days"), List.of("problems"));
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
        was.keySet().stream().filter(key -> !now.containsKey(key))
                .forEach(key -> update("DELETE FROM " + table + where, prepend(person, key, List.of())));
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

    private void update(String sql, Object... values) {
        bind(em.createNativeQuery(sql), values).executeUpdate();
    }
}
