package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.entity.Skill;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Per key skill, the percentage of grids with a valid holder at each month end; month ends after
 * today show what remains if nobody renews.
 */
public record CoverageTrend(List<Skill> skills, List<LocalDate> monthEnds, Map<String, List<Integer>> percents,
                            LocalDate today) {
}
