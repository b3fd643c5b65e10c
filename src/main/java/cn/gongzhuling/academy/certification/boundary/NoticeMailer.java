package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.SmtpMailer;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail for notices of other features (a field task flagged for reassignment, an organiser's
 * one-click reminder), sent like the
 * certificate reminders: only when SMTP is configured (off by default), after the notices are
 * committed, and a mail server that is down never undoes a notice.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    AppConfig config;

    /** One mail: address, subject and plain text. */
    public record Letter(String to, String subject, String text) {
    }

    /**
     * Mails a letter fired as a CDI event once the transaction that wrote its in-app notice has
     * committed (at once when fired outside a transaction); a rolled-back notice sends nothing.
     */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letter letter) {
        send(List.of(letter));
    }

    /** Sends the letters when SMTP is configured; returns how many were sent. */
    public int send(List<Letter> letters) {
        if (config.mailSmtpHost().isEmpty() || letters.isEmpty()) {
            return 0;
        }
        SmtpMailer mailer = new SmtpMailer(new SmtpMailer.Settings(config.mailSmtpHost().get(), config.mailSmtpPort(),
                config.mailSmtpUser().orElse(null), config.mailSmtpPassword().orElse(null),
                config.mailSmtpStarttls(), config.mailFrom()));
        int sent = 0;
        for (Letter letter : letters) {
            try {
                mailer.send(new SmtpMailer.Mail(letter.to(), letter.subject(), letter.text()));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Notice mail to " + letter.to() + " failed; the in-app notice stands", e);
            }
        }
        return sent;
    }
}
