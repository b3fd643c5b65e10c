package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.NightlyJobs;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the impact roll-up: every minute (app.report.impact-refresh-seconds) it counts the marked
 * people's changes, building the whole roll-up first when it was never built; every night at 03:00
 * city time it rebuilds everything, which puts right what was written around the application (an
 * operator's SQL, a restored backup, a change to which skills a course certifies).
 */
@ApplicationScoped
public class ImpactRollupJob {

    private static final Logger LOG = Logger.getLogger(ImpactRollupJob.class.getName());
    private static final long SLOW_MS = 2_000;

    @Inject
    ImpactRollup rollup;

    @Inject
    AppConfig config;

    @Inject
    NightlyJobs nightly;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        try {
            int every = config.impactRefreshSeconds();
            scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot schedule the impact roll-up", e);
        }
        nightly.daily(LocalTime.of(3, 0), "Nightly rebuild of the impact roll-up", rollup::rebuild);
    }

    void refresh() {
        try {
            long start = System.nanoTime();
            int people = 0;
            int batch;
            do {
                batch = rollup.refreshPending();
                people += batch;
            } while (batch == ImpactRollup.BATCH);
            long ms = (System.nanoTime() - start) / 1_000_000;
            int counted = people;
            // a minute's changes normally take well under a second; say so when they do not
            LOG.log(ms > SLOW_MS ? Level.INFO : Level.FINE, () -> "Impact roll-up: " + counted
                    + " people counted anew in " + ms + " ms.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Impact roll-up update failed; the changes stay marked for the next run", e);
        }
    }
}
