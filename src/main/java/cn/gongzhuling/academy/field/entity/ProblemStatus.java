package cn.gongzhuling.academy.field.entity;

/** The problem ledger: open, then in progress, then resolved or escalated to the next level. */
public enum ProblemStatus {
    OPEN, IN_PROGRESS, RESOLVED, ESCALATED;

    /** Whether the ledger may move from this status to the next (staying is always allowed). */
    public boolean canMoveTo(ProblemStatus next) {
        if (next == null || next == this) {
            return true;
        }
        return switch (this) {
            case OPEN -> true;
            case IN_PROGRESS -> next == RESOLVED || next == ESCALATED;
            case RESOLVED, ESCALATED -> false;
        };
    }

    public boolean isClosed() {
        return this == RESOLVED || this == ESCALATED;
    }
}
