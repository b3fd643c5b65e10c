package cn.gongzhuling.academy.assessment.entity;

/** Where one attempt at a practical check stands. Only SIGNED results count towards completion. */
public enum ResultStatus {
    /** On the roster; grades may be saved and changed freely. */
    DRAFT,
    /** The trainee did not come; the attempt is closed and they stay in the queue. */
    ABSENT,
    /** Signed once on a check that needs a second assessor; locked for the first assessor. */
    AWAITING_SECOND,
    /** Signed off (twice where the check asks for it); locked, changed only by a reasoned amendment. */
    SIGNED;

    public boolean isLocked() {
        return this != DRAFT;
    }
}
