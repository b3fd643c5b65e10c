package cn.gongzhuling.academy.field.boundary;

import jakarta.persistence.Query;
import java.util.List;

/** A JPQL condition limiting a materialised-path column to some subtrees: "/" means everything, none means nothing. */
final class PathScope {

    private final String column;
    private final List<String> paths;
    private final String prefix;

    PathScope(String column, List<String> paths, String parameterPrefix) {
        this.column = column;
        this.paths = paths;
        this.prefix = parameterPrefix;
    }

    String jpql() {
        if (paths.isEmpty()) {
            return "1 = 0";
        }
        if (paths.contains("/")) {
            return "1 = 1";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < paths.size(); i++) {
            sb.append(i == 0 ? "" : " or ").append(column).append(" like :").append(prefix).append(i);
        }
        return sb.append(')').toString();
    }

    void bind(Query query) {
        if (paths.contains("/")) {
            return;
        }
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter(prefix + i, paths.get(i) + "%");
        }
    }

    boolean covers(String path) {
        return path != null && paths.stream().anyMatch(path::startsWith);
    }
}
