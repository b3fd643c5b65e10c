package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminders every hour on every node; the job lease lets one of them do the work, and the
 * reminder_sent keys make a second run on the same day send nothing.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    ReminderService reminders;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void hourly() {
        if (!config.remindersEnabled()) {
            return;
        }
        try {
            reminders.run(clock);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Certificate reminder run failed; the next run retries", e);
        }
    }
}
