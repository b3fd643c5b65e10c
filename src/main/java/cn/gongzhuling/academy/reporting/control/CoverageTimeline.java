package cn.gongzhuling.academy.reporting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which grids have a valid holder of a skill on given days, from the validity periods of the
 * certificates held in each grid (issued on .. expires on, both days included). One read of the
 * periods answers every day of a trend, where counting per day asks the database once per day.
 */
public final class CoverageTimeline {

    private final Map<String, Map<Long, List<LocalDate[]>>> periods = new HashMap<>();

    /** A certificate of the skill, valid from {@code from} to {@code to} inclusive, held by someone in the grid. */
    public void add(Long gridId, String skill, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return;
        }
        periods.computeIfAbsent(skill, s -> new HashMap<>()).computeIfAbsent(gridId, g -> new ArrayList<>())
                .add(new LocalDate[] {from, to});
    }

    /** How many grids have at least one holder of the skill whose certificate is valid on the day. */
    public long coveredGrids(String skill, LocalDate day) {
        return periods.getOrDefault(skill, Map.of()).values().stream()
                .filter(list -> list.stream().anyMatch(p -> !day.isBefore(p[0]) && !day.isAfter(p[1])))
                .count();
    }
}
