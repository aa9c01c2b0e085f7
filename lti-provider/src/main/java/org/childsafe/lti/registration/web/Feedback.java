package org.childsafe.lti.registration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.childsafe.lti.admin.AdminScopeException;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.registration.application.FieldProblem;
import org.childsafe.lti.registration.application.InvalidRegistrationException;
import org.childsafe.lti.registration.application.RegistrationException;

/**
 * Turns outcomes into Faces messages in the page's language: a field problem goes to the input it concerns
 * ({@code <form>:<field>}), anything else to the page's global messages. Success messages survive the redirect
 * that follows a change.
 */
final class Feedback {

    private Feedback() {
    }

    static void success(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(locale(faces), key, args), null));
    }

    /** Shows a refusal; field problems are attached to the inputs of {@code formId}. */
    static void refused(RuntimeException failure, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        if (failure instanceof InvalidRegistrationException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                String clientId = problem.field() == null || formId == null ? null : formId + ":" + problem.field();
                faces.addMessage(clientId, error(problem.message(locale, invalid.getMessage())));
            }
            faces.addMessage(null, error(Messages.text(locale, "admin.form.invalid")));
        } else if (failure instanceof RegistrationException known) {
            faces.addMessage(null, error(Messages.text(locale, "problem." + known.code())));
        } else if (failure instanceof AdminScopeException) {
            faces.addMessage(null, error(Messages.text(locale, "problem.auth.forbidden")));
        } else {
            throw failure;
        }
        faces.validationFailed();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null ? Locale.forLanguageTag("vi") : faces.getViewRoot().getLocale();
    }
}
