package cn.gongzhuling.academy.learning.boundary;

import java.time.LocalDateTime;

/**
 * Fired synchronously, inside the transaction that completed the enrolment, the first time an
 * enrolment's completion rule is met. Observers (certification) take part in that transaction, so
 * a completion and what follows from it commit or roll back together.
 */
public record EnrolmentCompleted(Long enrolmentId, Long personId, Long courseId, Long courseVersionId,
                                 LocalDateTime completedAt) {
}
