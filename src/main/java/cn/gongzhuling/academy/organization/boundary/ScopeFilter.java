package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.persistence.Query;
import java.util.List;

/** A JPQL condition restricting a path column to the caller's organiser scopes. */
final class ScopeFilter {

    private final String column;
    private final List<String> scopes;

    private ScopeFilter(String column, List<String> scopes) {
        this.column = column;
        this.scopes = scopes;
    }

    static ScopeFilter of(Caller caller, String pathColumn) {
        return new ScopeFilter(pathColumn, caller.scopes(Role.ORGANIZER));
    }

    String jpql() {
        if (scopes.isEmpty()) {
            return "1 = 0";
        }
        if (scopes.contains("/")) {
            return "1 = 1";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < scopes.size(); i++) {
            sb.append(i == 0 ? "" : " or ").append(column).append(" like :scope").append(i);
        }
        return sb.append(')').toString();
    }

    void bind(Query query) {
        if (scopes.contains("/")) {
            return;
        }
        for (int i = 0; i < scopes.size(); i++) {
            query.setParameter("scope" + i, scopes.get(i) + "%");
        }
    }
}
