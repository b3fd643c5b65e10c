package cn.gongzhuling.academy.certification.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders of a certificate: 60, 30 and 7 days before its last valid day, and once it has
 * expired. Each is sent once. When several are due at once (the job did not run for a while, or a
 * certificate was issued with little time left), only the most urgent one is sent: a cadre should
 * not get three messages on one morning.
 */
public enum Reminder {
    D60(60), D30(30), D7(7), EXPIRED(-1);

    private final int daysBefore;

    Reminder(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public int daysBefore() {
        return daysBefore;
    }

    /** The most urgent reminder due on the day, if any: EXPIRED after the last valid day. */
    public static Optional<Reminder> due(LocalDate expiresOn, LocalDate today) {
        long left = StatusRule.daysLeft(expiresOn, today);
        Reminder due = null;
        for (Reminder r : values()) {
            if (left <= r.daysBefore) {
                due = r;
            }
        }
        return Optional.ofNullable(due);
    }

    /** Certificates whose last valid day is at most this many days away may be due for a reminder. */
    public static int horizonDays() {
        return D60.daysBefore;
    }
}
