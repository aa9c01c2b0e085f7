package org.childsafe.report.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report bundle ({@code reportMsg}) for beans: texts and Faces messages in the page's language. */
final class ReportTexts {

    static final String BUNDLE = "org.childsafe.report.i18n.messages";

    private ReportTexts() {
    }

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale(),
                    Thread.currentThread().getContextClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Adds a page-level message ({@code clientId} null) or one for a field. */
    static void error(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }
}
