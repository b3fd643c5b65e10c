package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.platform.boundary.NightlyJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.LocalTime;

/**
 * Recounts the whole completion tally every night at 02:30 city time: the tally is kept current with
 * every change, and the nightly recount puts right anything written around the application (an
 * operator's SQL, a restored backup).
 */
@ApplicationScoped
public class TallyRebuildJob {

    @Inject
    CompletionTally tally;

    @Inject
    NightlyJobs nightly;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        nightly.daily(LocalTime.of(2, 30), "Nightly recount of the completion tally", tally::rebuild);
    }
}
