package cn.gongzhuling.academy.learning.boundary;

import java.time.LocalDateTime;

/**
 * Fired synchronously, inside the transaction that re-evaluated it, when a completed enrolment no
 * longer meets its completion rule. Lessons and quiz passes are never undone, so this happens only
 * when an instructor amends a signed practical result from pass to fail. Observers (certification)
 * revoke what the completion produced, in the same transaction.
 */
public record CompletionWithdrawn(Long enrolmentId, Long personId, Long courseId, LocalDateTime at) {
}
