package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.security.entity.Role;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling a service: the roles they hold and, for scoped roles, the
 * org-subtree paths they may act on. Services ask it before every read and
 * write; pages only use it to decide what to show.
 */
public record Caller(String username, Long accountId, Long personId, Set<Role> roles,
                     Map<Role, List<String>> scopePaths) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, EnumSet.noneOf(Role.class), Map.of());

    public boolean isAuthenticated() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Scope prefixes for a role; an admin manages the whole tree. */
    public List<String> scopes(Role role) {
        if (isAdmin()) {
            return List.of("/");
        }
        return scopePaths.getOrDefault(role, List.of());
    }

    /** Whether the caller may read and edit people and units under this org path. */
    public boolean canManage(String orgPath) {
        return inScope(Role.ORGANIZER, orgPath);
    }

    public boolean inScope(Role role, String orgPath) {
        if (orgPath == null) {
            return false;
        }
        return scopes(role).stream().anyMatch(orgPath::startsWith);
    }

    public String displayName() {
        return username == null ? "" : username;
    }
}
