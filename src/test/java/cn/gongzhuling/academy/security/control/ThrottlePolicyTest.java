package cn.gongzhuling.academy.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.security.entity.LoginThrottle;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 27, 9, 0);

    private final ThrottlePolicy policy = new ThrottlePolicy(5, WINDOW, LOCK);
    private final LoginThrottle row = new LoginThrottle("u:trainee", T0);

    @Test
    void aKeyWithoutFailuresIsNotLocked() {
        assertFalse(policy.isLocked(row, T0));
        assertFalse(policy.isLocked(null, T0), "no row yet: never failed");
    }

    @Test
    void theFifthFailureInsideTheWindowLocks() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(policy.recordFailure(row, T0.plusSeconds(i)), "failure " + i + " must not lock");
            assertFalse(policy.isLocked(row, T0.plusSeconds(i)));
        }

        assertTrue(policy.recordFailure(row, T0.plusSeconds(5)), "the fifth failure locks");
        assertTrue(policy.isLocked(row, T0.plusSeconds(6)));
        assertEquals(T0.plusSeconds(5).plus(LOCK), row.getLockedUntil());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            policy.recordFailure(row, T0.plusMinutes(i));
        }
        LocalDateTime later = T0.plus(WINDOW).plusMinutes(1);

        assertFalse(policy.recordFailure(row, later), "a new window starts: this is failure 1, not 5");
        assertEquals(1, row.getFailures());
        assertEquals(later, row.getWindowStart());
        assertFalse(policy.isLocked(row, later));
    }

    @Test
    void theLockEndsAfterTheLockTimeAndCountingStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            policy.recordFailure(row, T0);
        }
        LocalDateTime unlock = T0.plus(LOCK);

        assertTrue(policy.isLocked(row, unlock.minusSeconds(1)));
        assertFalse(policy.isLocked(row, unlock));

        assertFalse(policy.recordFailure(row, unlock.plusSeconds(1)), "one failure after the lock does not lock again");
        assertEquals(1, row.getFailures());
        assertNull(row.getLockedUntil());
    }

    @Test
    void minutesLeftRoundsUpSoTheMessageNeverSaysZero() {
        for (int i = 0; i < 5; i++) {
            policy.recordFailure(row, T0);
        }

        assertEquals(15, policy.minutesLeft(row, T0.plusSeconds(30)), "14.5 minutes left reads as 15");
        assertEquals(1, policy.minutesLeft(row, T0.plus(LOCK).minusSeconds(10)));
    }
}
