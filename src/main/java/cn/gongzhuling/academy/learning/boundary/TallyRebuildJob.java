package cn.gongzhuling.academy.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recounts the whole completion tally every night at 02:30 city time: the tally is kept current with
 * every change, and the nightly recount puts right anything written around the application (an
 * operator's SQL, a restored backup).
 */
@ApplicationScoped
public class TallyRebuildJob {

    private static final Logger LOG = Logger.getLogger(TallyRebuildJob.class.getName());

    @Inject
    CompletionTally tally;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime next = now.toLocalDate().plusDays(1).atTime(2, 30);
        try {
            scheduler.scheduleAtFixedRate(this::run, Duration.between(now, next).toMinutes(),
                    TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot schedule the nightly recount of the completion tally", e);
        }
    }

    void run() {
        try {
            long start = System.nanoTime();
            tally.rebuild();
            LOG.info(() -> "Completion tally recounted in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Nightly recount of the completion tally failed", e);
        }
    }
}
