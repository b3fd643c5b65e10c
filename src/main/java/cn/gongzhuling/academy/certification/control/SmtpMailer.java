package cn.gongzhuling.academy.certification.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Plain-text mail through one SMTP server (Jakarta Mail), with timeouts so a dead server cannot stall the job. */
public final class SmtpMailer {

    /** Where and how to send; user null for a server without login. */
    public record Settings(String host, int port, String user, String password, boolean starttls, String from) {
    }

    /** One message. */
    public record Mail(String to, String subject, String body) {
    }

    private final Session session;
    private final String from;

    public SmtpMailer(Settings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(s.starttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.starttls()));
        Authenticator auth = null;
        if (s.user() != null) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(s.user(), s.password() == null ? "" : s.password());
                }
            };
        }
        this.session = Session.getInstance(p, auth);
        this.from = s.from();
    }

    public void send(Mail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.body(), StandardCharsets.UTF_8.name());
        Transport.send(m);
    }
}
