package cn.gongzhuling.academy.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work once a day at a time of day in the city's time zone, on the container's managed
 * scheduler, logging how long it took or why it failed (a failed night is retried the next night).
 */
@ApplicationScoped
public class NightlyJobs {

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Schedules the work every day at the given time, starting with the next occurrence. */
    public void daily(LocalTime at, String name, Runnable work) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime next = now.toLocalDate().atTime(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        try {
            scheduler.scheduleAtFixedRate(() -> run(name, work), Duration.between(now, next).toMinutes(),
                    TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot schedule: " + name, e);
        }
    }

    private static void run(String name, Runnable work) {
        try {
            long start = System.nanoTime();
            work.run();
            LOG.info(() -> name + " done in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed", e);
        }
    }
}
