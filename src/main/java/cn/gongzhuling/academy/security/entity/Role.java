package cn.gongzhuling.academy.security.entity;

/** Application roles; INSTRUCTOR and ORGANIZER grants are scoped to an org subtree. */
public enum Role {
    TRAINEE(false), INSTRUCTOR(true), ORGANIZER(true), ADMIN(false);

    private final boolean scoped;

    Role(boolean scoped) {
        this.scoped = scoped;
    }

    public boolean isScoped() {
        return scoped;
    }
}
