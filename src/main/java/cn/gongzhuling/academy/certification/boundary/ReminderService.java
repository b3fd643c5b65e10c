package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.SmtpMailer;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expiry reminders. {@link #run(Clock)} takes the job lease (one node only), records the due
 * reminders and notifications in one transaction, then mails them when SMTP is configured: a mail
 * server that is down never undoes a notification, and a reminder is never recorded twice.
 */
@ApplicationScoped
public class ReminderService {

    public static final String JOB = "certificate-reminders";
    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    JobLease lease;

    @Inject
    ReminderWork work;

    @Inject
    AppConfig config;

    /** What a run did; {@code ran} false when another node held the lease. */
    public record Outcome(boolean ran, int reminders, int notifications, int mailed) {
    }

    public Outcome run(Clock clock) {
        return run(clock, JobLease.NODE);
    }

    /** A run as a named node: tests play two nodes in one JVM. */
    public Outcome run(Clock clock, String node) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!lease.acquire(JOB, node, now, LEASE)) {
            return new Outcome(false, 0, 0, 0);
        }
        try {
            ReminderWork.Pass pass = work.remind(LocalDate.now(clock), now);
            int mailed = mail(pass);
            if (pass.reminders() > 0) {
                LOG.info(() -> "Certificate reminders: " + pass.reminders() + " due, " + pass.notifications()
                        + " notifications, " + mailed + " mails.");
            }
            return new Outcome(true, pass.reminders(), pass.notifications(), mailed);
        } finally {
            lease.release(JOB, node, now);
        }
    }

    private int mail(ReminderWork.Pass pass) {
        if (config.mailSmtpHost().isEmpty() || pass.mail().isEmpty()) {
            return 0;
        }
        SmtpMailer mailer = new SmtpMailer(new SmtpMailer.Settings(config.mailSmtpHost().get(), config.mailSmtpPort(),
                config.mailSmtpUser().orElse(null), config.mailSmtpPassword().orElse(null),
                config.mailSmtpStarttls(), config.mailFrom()));
        int sent = 0;
        for (SmtpMailer.Mail m : pass.mail()) {
            try {
                mailer.send(m);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder mail to " + m.to() + " failed; the in-app notification stands", e);
            }
        }
        return sent;
    }
}
