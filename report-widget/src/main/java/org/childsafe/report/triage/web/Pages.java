package org.childsafe.report.triage.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;

/** Small helpers the triage beans share: the identity, the view's bundle and feedback messages. */
final class Pages {

    private Pages() {
    }

    static LaunchIdentity identity() {
        Object value = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(LtiSession.ATTRIBUTE);
        return value instanceof LaunchIdentity who ? who : null;
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key) {
        return ResourceBundle.getBundle("org.childsafe.report.i18n.messages", locale()).getString(key);
    }

    static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** An error for a stable code: the message {@code problem.<code>}. */
    static void problem(String code) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text("problem." + code), null));
    }

    static void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }
}
