package cn.gongzhuling.academy.field.entity;

/** The kinds of field work of the seed article, each with its own fields. */
public enum FieldKind {
    HOUSEHOLD_VISIT, PROBLEM_FOUND, DISPUTE_MEDIATED, FIRST_AID_TAUGHT, FIRST_AID_RESPONSE, HEALTH_SERVICE,
    VOLUNTEER_PROJECT;

    /** Kinds that record how many residents were taught, served or reached. */
    public boolean countsResidents() {
        return this == FIRST_AID_TAUGHT || this == HEALTH_SERVICE || this == VOLUNTEER_PROJECT;
    }
}
