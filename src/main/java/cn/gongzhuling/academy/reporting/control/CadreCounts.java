package cn.gongzhuling.academy.reporting.control;

import java.util.List;
import java.util.Map;

/**
 * What the impact roll-up counts of one person: the unit they count in (null when they are not a
 * cadre: inactive, or a trainer), the month index of their first certification per skill id, and
 * their field records summed per grid and month.
 */
public record CadreCounts(Long unitId, Map<Long, Integer> firstMonths, List<MonthSums> months, List<DaysTaken> days) {

    /** A person the roll-up does not count. */
    public static final CadreCounts NONE = new CadreCounts(null, Map.of(), List.of(), List.of());

    /** First month of a skill nobody certified the cadre for. */
    public static final int NEVER = -1;

    public boolean counted() {
        return unitId != null;
    }

    public int firstMonth(long skillId) {
        return firstMonths.getOrDefault(skillId, NEVER);
    }

    /** Records of one grid and month: visits, problems found, resolved, mediations with agreement, residents taught. */
    public record MonthSums(long gridId, int month, long[] sums) {
    }

    /** Resolved problems of one grid and month that took that many whole days. */
    public record DaysTaken(long gridId, int month, int days, long problems) {
    }
}
