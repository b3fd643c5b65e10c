package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The org subtrees an instructor grades in, from their INSTRUCTOR grants, as a JPQL condition on
 * a path column. Anyone without the role, or outside the subtrees, sees nothing.
 */
final class InstructorScope {

    private final String column;
    private final List<String> paths;

    private InstructorScope(String column, List<String> paths) {
        this.column = column;
        this.paths = paths;
    }

    /** The caller's scope; refuses (as "not found") callers who are not instructors. */
    static List<String> pathsOf(Caller caller) {
        if (!caller.has(Role.INSTRUCTOR)) {
            throw new NotInScopeException();
        }
        List<String> paths = caller.scopePaths().getOrDefault(Role.INSTRUCTOR, List.of());
        if (paths.isEmpty()) {
            throw new NotInScopeException();
        }
        return paths;
    }

    static InstructorScope of(Caller caller, String pathColumn) {
        return new InstructorScope(pathColumn, pathsOf(caller));
    }

    static boolean covers(Caller caller, String path) {
        return path != null && pathsOf(caller).stream().anyMatch(path::startsWith);
    }

    /** The unit id at the end of a materialised path such as "/1000/1050/". */
    static Long unitIdOf(String path) {
        String[] parts = path.split("/");
        return Long.valueOf(parts[parts.length - 1]);
    }

    String jpql() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < paths.size(); i++) {
            sb.append(i == 0 ? "" : " or ").append(column).append(" like :iscope").append(i);
        }
        return sb.append(')').toString();
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("iscope" + i, paths.get(i) + "%");
        }
        return query;
    }
}
