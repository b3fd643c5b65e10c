package cn.gongzhuling.academy.reporting.control;

import java.util.HashMap;
import java.util.Map;

/**
 * Certified holders per org path and skill, as counted by the database, rolled up to any unit by
 * path prefix. A person belongs to one unit, so summing per-unit distinct counts over a subtree
 * still counts each person once per skill.
 */
public final class Coverage {

    private final Map<String, Map<String, Long>> holdersByPath = new HashMap<>();

    public void add(String path, String skill, long holders) {
        holdersByPath.computeIfAbsent(path, p -> new HashMap<>()).merge(skill, holders, Long::sum);
    }

    /** Holders of the skill in the subtree of the given path (the unit itself and everything below). */
    public long holders(String subtreePath, String skill) {
        long sum = 0;
        for (Map.Entry<String, Map<String, Long>> e : holdersByPath.entrySet()) {
            if (e.getKey().startsWith(subtreePath)) {
                sum += e.getValue().getOrDefault(skill, 0L);
            }
        }
        return sum;
    }
}
