package cn.gongzhuling.academy.reporting.control;

import java.time.YearMonth;

/**
 * Where a cadre-month stands relative to the cadre's first certification for the skill. The month
 * in which the certificate was issued is a transition and counts on neither side.
 */
public enum Phase {
    /** Before the month of first certification, for a cadre certified later. */
    BEFORE,
    /** The month of first certification itself. */
    TRANSITION,
    /** After the month of first certification. */
    AFTER,
    /** The cadre held no certificate for the skill by the end of the data. */
    NEVER;

    public static Phase of(YearMonth month, YearMonth firstCertified) {
        if (firstCertified == null) {
            return NEVER;
        }
        int c = month.compareTo(firstCertified);
        return c < 0 ? BEFORE : c == 0 ? TRANSITION : AFTER;
    }

    /** The same in month indexes (year * 12 + month - 1), as the SQL classifies records. */
    public static Phase of(int monthIndex, Integer firstCertifiedIndex) {
        if (firstCertifiedIndex == null) {
            return NEVER;
        }
        return monthIndex < firstCertifiedIndex ? BEFORE : monthIndex == firstCertifiedIndex ? TRANSITION : AFTER;
    }
}
