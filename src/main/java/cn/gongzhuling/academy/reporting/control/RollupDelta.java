package cn.gongzhuling.academy.reporting.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The change to the unit rows of the impact roll-up when cadres' counts change: the old counts
 * subtracted, the new ones added. A cadre counts in every unit from the root down to their own; a
 * record of theirs counts in the units that hold both its grid and the cadre (the common part of the
 * two lineages), once for every skill, under the cadre's first certification month for that skill.
 */
public final class RollupDelta {

    private static final int SUMS = 5;

    private final List<Long> skillIds;
    private final Function<Long, List<Long>> lineage;
    private final Map<NodeKey, long[]> sums = new HashMap<>();
    private final Map<DaysKey, Long> days = new HashMap<>();
    private final Map<CadresKey, Long> cadres = new HashMap<>();

    /**
     * @param skillIds every skill
     * @param lineage  a unit id to the ids of its ancestors and itself, root first
     */
    public RollupDelta(List<Long> skillIds, Function<Long, List<Long>> lineage) {
        this.skillIds = skillIds;
        this.lineage = lineage;
    }

    /** Adds (sign 1) or subtracts (sign -1) one person's counts. */
    public void add(CadreCounts counts, int sign) {
        if (!counts.counted()) {
            return;
        }
        List<Long> own = lineage.apply(counts.unitId());
        Map<Long, List<Long>> shared = new HashMap<>();
        for (long skill : skillIds) {
            int first = counts.firstMonth(skill);
            for (Long unit : own) {
                cadres.merge(new CadresKey(unit, skill, first), (long) sign, Long::sum);
            }
            for (CadreCounts.MonthSums m : counts.months()) {
                for (Long unit : shared.computeIfAbsent(m.gridId(), g -> common(own, lineage.apply(g)))) {
                    long[] to = sums.computeIfAbsent(new NodeKey(unit, skill, m.month(), first), k -> new long[SUMS]);
                    for (int i = 0; i < SUMS; i++) {
                        to[i] += sign * m.sums()[i];
                    }
                }
            }
            for (CadreCounts.DaysTaken d : counts.days()) {
                for (Long unit : shared.computeIfAbsent(d.gridId(), g -> common(own, lineage.apply(g)))) {
                    days.merge(new DaysKey(new NodeKey(unit, skill, d.month(), first), d.days()), sign * d.problems(),
                            Long::sum);
                }
            }
        }
    }

    /** The units on both lineages: their common start. */
    static List<Long> common(List<Long> a, List<Long> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return a.subList(0, n);
    }

    /** The non-zero changes of the sums of a unit, skill, month and first month. */
    public Map<NodeKey, long[]> sums() {
        Map<NodeKey, long[]> result = new HashMap<>();
        sums.forEach((k, v) -> {
            for (long x : v) {
                if (x != 0) {
                    result.put(k, v);
                    return;
                }
            }
        });
        return result;
    }

    /** The non-zero changes of resolved problems per unit, skill, month, first month and days taken. */
    public Map<DaysKey, Long> days() {
        return nonZero(days);
    }

    /** The non-zero changes of the cadres per unit, skill and first month. */
    public Map<CadresKey, Long> cadres() {
        return nonZero(cadres);
    }

    public boolean isEmpty() {
        return sums().isEmpty() && days().isEmpty() && cadres().isEmpty();
    }

    private static <K> Map<K, Long> nonZero(Map<K, Long> map) {
        Map<K, Long> result = new HashMap<>();
        map.forEach((k, v) -> {
            if (v != 0) {
                result.put(k, v);
            }
        });
        return result;
    }

    public record NodeKey(long unitId, long skillId, int month, int firstMonth) {
    }

    public record DaysKey(NodeKey node, int days) {
    }

    public record CadresKey(long unitId, long skillId, int firstMonth) {
    }
}
