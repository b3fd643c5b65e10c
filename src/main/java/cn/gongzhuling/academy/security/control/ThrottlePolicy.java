package cn.gongzhuling.academy.security.control;

import cn.gongzhuling.academy.security.entity.LoginThrottle;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Counts failed logins per key inside a sliding window; after too many the
 * key is locked for a while. Pure logic over a {@link LoginThrottle} row.
 */
public final class ThrottlePolicy {

    private final int maxFailures;
    private final Duration window;
    private final Duration lock;

    public ThrottlePolicy(int maxFailures, Duration window, Duration lock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
    }

    public boolean isLocked(LoginThrottle row, LocalDateTime now) {
        return row != null && row.getLockedUntil() != null && now.isBefore(row.getLockedUntil());
    }

    /** Records one failure; returns true when this failure locks the key. */
    public boolean recordFailure(LoginThrottle row, LocalDateTime now) {
        if (now.isAfter(row.getWindowStart().plus(window))
                || (row.getLockedUntil() != null && !now.isBefore(row.getLockedUntil()))) {
            row.setWindowStart(now);
            row.setFailures(0);
            row.setLockedUntil(null);
        }
        row.setFailures(row.getFailures() + 1);
        if (row.getFailures() >= maxFailures) {
            row.setLockedUntil(now.plus(lock));
            return true;
        }
        return false;
    }

    public long minutesLeft(LoginThrottle row, LocalDateTime now) {
        return Math.max(1, Duration.between(now, row.getLockedUntil()).toMinutes() + 1);
    }
}
