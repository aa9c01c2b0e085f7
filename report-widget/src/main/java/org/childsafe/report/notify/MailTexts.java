package org.childsafe.report.notify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subject and body of a notification, from the report bundle ({@code mail.<kind>.subject}, {@code .body}). The only
 * values put in are the school's name and the link to the triage page: a notification carries no case content by
 * construction, because nothing about the case is passed here.
 */
public final class MailTexts {

    private MailTexts() {
    }

    /** The subject line. */
    public static String subject(MailKind kind, Locale locale) {
        return bundle(locale).getString("mail." + key(kind) + ".subject");
    }

    /** The body: greeting, what is waiting, the link, and the note that the mail deliberately says no more. */
    public static String body(MailKind kind, Locale locale, String schoolName, String link) {
        return new MessageFormat(bundle(locale).getString("mail." + key(kind) + ".body"), locale)
                .format(new Object[] {schoolName, link});
    }

    private static String key(MailKind kind) {
        return kind == MailKind.NEW_CASE ? "new" : "overdue";
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.childsafe.report.i18n.messages", locale);
    }
}
