package cn.gongzhuling.academy.learning.entity;

/** Where a trainee stands in a course; derived on the server by CompletionRule after every progress event. */
public enum EnrolmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    /** Lessons and quiz are done; the practical skill checks are still to be passed with an instructor. */
    AWAITING_PRACTICAL,
    COMPLETED
}
