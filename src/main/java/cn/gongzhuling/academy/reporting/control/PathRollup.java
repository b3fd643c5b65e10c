package cn.gongzhuling.academy.reporting.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns org paths of a subtree to the child of the subtree's root they fall under (materialised
 * paths like {@code /1000/1050/}). Rows at the root itself belong to no child: reports show them as
 * "directly in this unit", so a parent's numbers are always the sum of its rows.
 */
public final class PathRollup<K> {

    private final String rootPath;
    private final Map<String, K> childByPath = new LinkedHashMap<>();

    /** @param children child keys by child path, each a direct child of the root */
    public PathRollup(String rootPath, Map<String, K> children) {
        this.rootPath = rootPath;
        children.forEach((path, key) -> {
            if (!path.startsWith(rootPath) || path.equals(rootPath)) {
                throw new IllegalArgumentException(path + " is not below " + rootPath);
            }
            childByPath.put(path, key);
        });
    }

    /**
     * The child a path belongs to; empty for the root itself.
     *
     * @throws IllegalArgumentException for a path outside the subtree or under no known child
     */
    public Optional<K> childOf(String path) {
        if (path.equals(rootPath)) {
            return Optional.empty();
        }
        if (!path.startsWith(rootPath)) {
            throw new IllegalArgumentException(path + " is outside " + rootPath);
        }
        int end = path.indexOf('/', rootPath.length());
        K key = childByPath.get(path.substring(0, end + 1));
        if (key == null) {
            throw new IllegalArgumentException(path + " is under no child of " + rootPath);
        }
        return Optional.of(key);
    }

    /** The paths of the root's ancestors and itself, outermost first: "/1/5/9/" → "/1/", "/1/5/", "/1/5/9/". */
    public static List<String> ancestry(String path) {
        List<String> result = new java.util.ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            result.add(path.substring(0, i + 1));
        }
        return result;
    }
}
