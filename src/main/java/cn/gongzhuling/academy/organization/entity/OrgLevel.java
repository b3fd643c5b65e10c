package cn.gongzhuling.academy.organization.entity;

/** The four levels of the city's community-work hierarchy, top to bottom. */
public enum OrgLevel {
    CITY, STREET, COMMUNITY, GRID;

    /** The level a child of this level must have, or null for a grid. */
    public OrgLevel childLevel() {
        return this == GRID ? null : values()[ordinal() + 1];
    }

    public boolean canParent(OrgLevel child) {
        return child != null && child == childLevel();
    }
}
