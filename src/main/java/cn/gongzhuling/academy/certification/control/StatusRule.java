package cn.gongzhuling.academy.certification.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The status of a certificate on a day. A certificate is valid through its {@code expiresOn}
 * inclusive; it is EXPIRING when that last day is at most {@code windowDays} days away.
 */
public final class StatusRule {

    private final int windowDays;

    public StatusRule(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative");
        }
        this.windowDays = windowDays;
    }

    public CertificateStatus status(LocalDate expiresOn, boolean revoked, LocalDate today) {
        if (revoked) {
            return CertificateStatus.REVOKED;
        }
        long left = daysLeft(expiresOn, today);
        if (left < 0) {
            return CertificateStatus.EXPIRED;
        }
        return left <= windowDays ? CertificateStatus.EXPIRING : CertificateStatus.VALID;
    }

    /** Days from today to the last valid day: 0 on the last day, negative once expired. */
    public static long daysLeft(LocalDate expiresOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    /** Last valid day of a certificate issued on a day for a number of months. */
    public static LocalDate expiry(LocalDate issuedOn, int validityMonths) {
        return issuedOn.plusMonths(validityMonths).minusDays(1);
    }

    /** The first day of the expiring window. */
    public LocalDate windowStart(LocalDate expiresOn) {
        return expiresOn.minusDays(windowDays);
    }

    public int windowDays() {
        return windowDays;
    }
}
