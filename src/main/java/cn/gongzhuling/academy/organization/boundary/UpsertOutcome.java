package cn.gongzhuling.academy.organization.boundary;

/** What an insert-or-update by natural key did, for the import's counts. */
public enum UpsertOutcome {
    ADDED, UPDATED, UNCHANGED
}
