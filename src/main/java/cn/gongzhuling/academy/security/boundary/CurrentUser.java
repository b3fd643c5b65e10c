package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * The caller of the current request, loaded once per request from the
 * database so role and scope changes apply immediately.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CallerSource source;

    @Inject
    AccountService accounts;

    private Caller caller;
    private boolean system;

    /** Marks this request context as the system's own work (start-up, scheduled jobs): nobody is logged in. */
    public void actAsSystem() {
        system = true;
        caller = Caller.ANONYMOUS;
    }

    public Caller get() {
        if (system) {
            return caller;
        }
        String name = source.username().orElse(null);
        if (caller == null || !Objects.equals(caller.username(), name)) {
            caller = name == null ? Caller.ANONYMOUS : accounts.loadCaller(name);
        }
        return caller;
    }

    public boolean isAdmin() {
        return get().isAdmin();
    }

    public boolean isOrganizer() {
        return get().has(Role.ORGANIZER);
    }

    public boolean isInstructor() {
        return get().has(Role.INSTRUCTOR);
    }

    public boolean isTrainee() {
        return get().has(Role.TRAINEE);
    }

    public boolean isLoggedIn() {
        return get().isAuthenticated();
    }

    public String getUsername() {
        return get().displayName();
    }
}
