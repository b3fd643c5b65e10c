package cn.gongzhuling.academy.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    private final StatusRule rule = new StatusRule(60);
    private final LocalDate expires = LocalDate.of(2026, 11, 27);

    @Test
    void validThenExpiringInsideTheWindowThenExpiredTheDayAfterTheLastValidDay() {
        assertEquals(CertificateStatus.VALID, rule.status(expires, false, expires.minusDays(61)));
        assertEquals(CertificateStatus.EXPIRING, rule.status(expires, false, expires.minusDays(60)));
        assertEquals(CertificateStatus.EXPIRING, rule.status(expires, false, expires), "valid through its last day");
        assertEquals(CertificateStatus.EXPIRED, rule.status(expires, false, expires.plusDays(1)));
    }

    @Test
    void revokedWinsOverEveryDate() {
        assertEquals(CertificateStatus.REVOKED, rule.status(expires, true, expires.minusYears(1)));
        assertEquals(CertificateStatus.REVOKED, rule.status(expires, true, expires.plusYears(1)));
        assertFalse(CertificateStatus.REVOKED.renewable());
        assertTrue(CertificateStatus.EXPIRING.renewable());
        assertTrue(CertificateStatus.EXPIRED.renewable());
        assertFalse(CertificateStatus.VALID.renewable());
    }

    @Test
    void theWindowIsConfigurable() {
        StatusRule week = new StatusRule(7);
        assertEquals(CertificateStatus.VALID, week.status(expires, false, expires.minusDays(8)));
        assertEquals(CertificateStatus.EXPIRING, week.status(expires, false, expires.minusDays(7)));
    }

    @Test
    void expiryIsTheDayBeforeTheSameDateMonthsLater() {
        assertEquals(LocalDate.of(2028, 11, 26), StatusRule.expiry(LocalDate.of(2026, 11, 27), 24));
        assertEquals(LocalDate.of(2027, 2, 27), StatusRule.expiry(LocalDate.of(2026, 2, 28), 12), "not leap-day confused");
    }

    @Test
    void remindersAt60_30_7DaysAndOnExpiryMostUrgentOnly() {
        assertEquals(Optional.empty(), Reminder.due(expires, expires.minusDays(61)));
        assertEquals(Optional.of(Reminder.D60), Reminder.due(expires, expires.minusDays(60)));
        assertEquals(Optional.of(Reminder.D60), Reminder.due(expires, expires.minusDays(31)));
        assertEquals(Optional.of(Reminder.D30), Reminder.due(expires, expires.minusDays(30)));
        assertEquals(Optional.of(Reminder.D7), Reminder.due(expires, expires.minusDays(7)));
        assertEquals(Optional.of(Reminder.D7), Reminder.due(expires, expires), "the last valid day is still 'expires soon'");
        assertEquals(Optional.of(Reminder.EXPIRED), Reminder.due(expires, expires.plusDays(1)));
        assertEquals(Optional.of(Reminder.D7), Reminder.due(expires, expires.minusDays(3)),
                "a job that missed days sends only the most urgent reminder");
    }
}
