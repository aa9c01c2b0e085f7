package org.childsafe.report.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one plain-text mail over SMTP with Jakarta Mail (the platform's implementation on Payara; Angus Mail in
 * tests). UTF-8 throughout, so Vietnamese subjects and bodies arrive intact.
 */
public class SmtpMailSender {

    private final Session session;
    private final InternetAddress from;

    public SmtpMailSender(Properties properties, String from, Optional<String> username, Optional<String> password) {
        Authenticator authenticator = username.isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
            }
        };
        if (authenticator != null) {
            properties.put("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(properties, authenticator);
        try {
            this.from = new InternetAddress(Objects.requireNonNull(from, "Sender is required."), true);
        } catch (MessagingException e) {
            throw new IllegalStateException("report.mail.from is not a valid address.", e);
        }
    }

    /** SMTP session properties for a server. */
    public static Properties properties(String host, int port, boolean starttls, int timeoutMs) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMs));
        props.put("mail.smtp.timeout", Integer.toString(timeoutMs));
        props.put("mail.smtp.writetimeout", Integer.toString(timeoutMs));
        if (starttls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return props;
    }

    /** Sends one mail; a {@link MessagingException} means "try again later". */
    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
