package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.certification.boundary.NoticeMailer;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.platform.boundary.NightlyJobs;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flags open field tasks whose assignee's certificate has lapsed and tells their organisers
 * ({@link TaskFlagging}): once at start-up (after the migrations of Startup, by observer priority)
 * and every night at 01:00 city time, mail after the commit. Every node of a cluster may run it: a
 * task is flagged once (a second node's concurrent flagging fails on the task's version and rolls
 * back with its notices).
 */
@ApplicationScoped
public class TaskExpiryJob {

    private static final Logger LOG = Logger.getLogger(TaskExpiryJob.class.getName());

    @Inject
    TaskFlagging flagging;

    @Inject
    NoticeMailer mailer;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestContextController requestContext;

    @Inject
    Clock clock;

    @Inject
    NightlyJobs nightly;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                 ServletContext context) {
        run();
        nightly.daily(LocalTime.of(1, 0), "Nightly field-task certificate check", this::run);
    }

    /** Runs the check for today as the system; returns how many tasks were newly flagged. */
    public int run() {
        boolean activated = requestContext.activate();
        try {
            currentUser.actAsSystem();
            TaskFlagging.Flagged flagged = flagging.flag(LocalDate.now(clock.withZone(ClockProducer.ZONE)),
                    LocalDateTime.now(clock));
            int mailed = mailer.send(flagged.mail());
            if (flagged.tasks() > 0) {
                LOG.info(() -> flagged.tasks() + " field task(s) flagged for reassignment: the assignee's certificate "
                        + "lapsed; " + flagged.notices() + " notices, " + mailed + " mails.");
            }
            return flagged.tasks();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Field-task certificate check failed", e);
            return 0;
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
